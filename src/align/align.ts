import { SourceIndex, type Query, type QueryKey } from './source-index.js';

/**
 * Order-free alignment of one summary unit: its best source sentence and its support set, the few
 * sentences that together cover it (summaries fuse sentences). Similarity is the IDF-weighted share
 * of the unit's content words that a source sentence carries (exact stem, proclitic-free stem, or a
 * spelling variant), plus a small share of the source sentence's own words, so that of two sentences
 * that cover a claim equally the more specific one wins (CATS, MASSAlign: weighted lexical overlap
 * is competitive; recall comes from fuzzy keys and support sets).
 */
export interface Support {
  /** Source sentence indices, best first. */
  sources: number[];
  /** Share of the unit's weight that the support set covers, 0..1. */
  score: number;
  /** Coverage of the best sentence alone. */
  bestScore: number;
  /** Per key, how well the support set carries it (0..1). */
  covered: Map<QueryKey, number>;
}

export interface AlignOptions {
  /** The enclosing sentence's query: a claim is ranked partly by how its sentence fits. */
  context?: Query;
  maxSupport?: number;
  candidates?: number;
  /**
   * A small bonus per source sentence, for ranking only: where the neighbouring summary sentences
   * came from (summaries mostly, not strictly, follow their source: MASSAlign's vicinity), and the
   * lead for a headline. It never changes the support score that the rules judge.
   */
  prior?: Map<number, number>;
  /** Keep this query's coverages for later calls (a sentence's query: ranked twice, and its claims' context). */
  cache?: boolean;
}

const PREC_WEIGHT = 0.15;
/** Postings a clause's own candidate look-up reads (its sentence's candidates come for free). */
const CLAUSE_BUDGET = 400;
const CONTEXT_WEIGHT = 0.3;
/** Candidate sentences ranked per sentence query (a clause adds half as many of its own). */
export const CANDIDATE_LIMIT = 40;
const MIN_GAIN = 0.12;
const MIN_MEMBER = 0.2;

export function coverage(index: SourceIndex, q: Query, i: number): number {
  if (q.W === 0) return 0;
  let m = 0;
  for (const k of q.keys) m += k.w * index.match(k, i);
  return m / q.W;
}

const bagWeights = new WeakMap<SourceIndex, Float64Array>();
function bagWeight(index: SourceIndex, i: number): number {
  let a = bagWeights.get(index);
  if (!a) { a = new Float64Array(index.size).fill(-1); bagWeights.set(index, a); }
  if (a[i] < 0) { let w = 0; for (const s of index.source.sentences[i].tokens) if (!s.stop) w += index.idf.weight(s.stem); a[i] = w; }
  return a[i];
}

/**
 * Coverage of a candidate by a sentence's query, computed once: a sentence is ranked twice (without and
 * with the neighbours' prior) and serves as the context of each of its claims.
 */
const coverageCache = new WeakMap<Query, Map<number, number>>();
function cachedCoverage(index: SourceIndex, q: Query, i: number): number {
  let m = coverageCache.get(q);
  if (!m) { m = new Map(); coverageCache.set(q, m); }
  let c = m.get(i);
  if (c === undefined) { c = coverage(index, q, i); m.set(i, c); }
  return c;
}

export function alignQuery(index: SourceIndex, q: Query, opts: AlignOptions = {}): Support {
  const limit = opts.candidates ?? CANDIDATE_LIMIT;
  // a clause's words are a subset of its sentence's: the sentence's candidates (already computed) are
  // its first pool, and its own rarest words add a few within a small budget
  const cands = new Set(opts.context ? index.candidates(q, limit / 2, CLAUSE_BUDGET) : index.candidates(q, limit));
  if (opts.context) for (const i of index.candidates(opts.context, limit)) cands.add(i);
  if (opts.prior) for (const i of opts.prior.keys()) cands.add(i);
  const scored: { i: number; cov: number; rank: number }[] = [];
  for (const i of cands) {
    const cov = opts.cache ? cachedCoverage(index, q, i) : coverage(index, q, i);
    const m = cov * q.W;
    const bw = bagWeight(index, i);
    const prec = bw > 0 ? Math.min(1, m / bw) : 0;
    const ctx = opts.context ? cachedCoverage(index, opts.context, i) : 0;
    if (cov === 0 && ctx === 0) continue;
    scored.push({ i, cov, rank: cov + PREC_WEIGHT * prec + CONTEXT_WEIGHT * ctx + (opts.prior?.get(i) ?? 0) });
  }
  scored.sort((a, b) => b.rank - a.rank || a.i - b.i);
  const covered = new Map<QueryKey, number>();
  for (const k of q.keys) covered.set(k, 0);
  if (scored.length === 0 || q.W === 0) return { sources: scored.length ? [scored[0].i] : [], score: 0, bestScore: 0, covered };
  const best = scored[0];
  const sources = [best.i];
  for (const k of q.keys) covered.set(k, index.match(k, best.i));
  const max = opts.maxSupport ?? 3;
  while (sources.length < max) {
    let pick = -1, pickGain = 0;
    for (const c of scored.slice(1, 16)) {
      if (sources.includes(c.i) || c.cov < MIN_MEMBER) continue;
      let g = 0;
      for (const k of q.keys) g += k.w * Math.max(0, index.match(k, c.i) - (covered.get(k) ?? 0));
      if (g > pickGain) { pickGain = g; pick = c.i; }
    }
    if (pick < 0 || pickGain / q.W < MIN_GAIN) break;
    sources.push(pick);
    for (const k of q.keys) covered.set(k, Math.max(covered.get(k) ?? 0, index.match(k, pick)));
  }
  let m = 0;
  for (const k of q.keys) m += k.w * (covered.get(k) ?? 0);
  return { sources, score: m / q.W, bestScore: best.cov, covered };
}
