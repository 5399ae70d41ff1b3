import type { SourceIndex, Query } from './source-index.js';
import { PREC_WEIGHT, CONTEXT_WEIGHT, CANDIDATE_LIMIT, CLAUSE_BUDGET, MIN_GAIN, MIN_MEMBER, SUPPORT_POOL, CLAUSE_MAX_SUPPORT } from '../settings.js';

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
  /**
   * Per key of the query (by position in `query.keys`), how well the support set carries it (0..1). An array of numbers,
   * not a Float64Array: a typed array of ten numbers was about 256 bytes of heap, twice an array's, for each of the
   * 260,000 claims and sentences of a 1,000,000-sentence check (bench/README.md, seventeenth round).
   */
  covered: number[];
}

export interface AlignOptions {
  /** The enclosing sentence's query: a claim is ranked partly by how its sentence fits. */
  context?: Query;
  /** Most sources in the support set (default CLAUSE_MAX_SUPPORT). */
  maxSupport?: number;
  candidates?: number;
  /**
   * A small bonus per source sentence, for ranking only: where the neighbouring summary sentences
   * came from (summaries mostly, not strictly, follow their source: MASSAlign's vicinity), and the
   * lead for a headline. It never changes the support score that the rules judge.
   */
  prior?: Map<number, number>;
  /**
   * A source sentence (one of `prior`'s) to try before the candidate look-up: when it carries the
   * query so fully that no other candidate could outrank it or add to its support, the answer is the
   * one the full ranking would give, without the look-up (a clause that its sentence's best source
   * holds whole: most clauses of a faithful summary).
   */
  anchor?: number;
}

/** Per query ranked (the unit's own, its context), whose coverages are memoised, by source sentence (mark = valid). */
interface Memo {
  q?: Query;
  mark: number;
  marks: Int32Array;
  vals: Float64Array;
}

/** Slack for float rounding in the bounds below (coverages are sums of products of weights). */
const EPS = 1e-9;

/**
 * Ranks source sentences for summary units against one index, and picks each unit's support set. One
 * per check: it keeps what it has computed for a sentence query (its coverages, its first answer), so
 * that the sentence's second ranking and its clauses look them up instead of computing them again (at
 * 100,000 source sentences these repeated coverages were nearly half of all coverage calls), and its
 * scratch buffers; all of it goes with the check.
 */
export class SupportSearch {
  /** Coverage of a sentence query by the candidates it was ranked against. */
  private readonly ranked = new WeakMap<Query, { ids: number[]; cov: Float64Array }>();
  /** A sentence query's first ranking: what its support search read (maximum size, best, pool in order) and its answer. */
  private readonly searched = new WeakMap<Query, { chosen: number[]; support: Support }>();
  private memos?: [Memo, Memo];
  private scratch = new Float64Array(1024);
  /** Per candidate x, its credits per key at x * nk (one reused buffer), and whether they are there. */
  private rows = new Float64Array(4096);
  private rowDone = new Uint8Array(256);

  constructor(readonly index: SourceIndex) {}

  private memoFor(q: Query, slot: 0 | 1): Memo {
    let pair = this.memos;
    if (!pair) {
      const size = this.index.size;
      const make = (): Memo => ({ mark: 0, marks: new Int32Array(size), vals: new Float64Array(size) });
      pair = this.memos = [make(), make()];
    }
    const m = pair[slot];
    if (m.q !== q) {
      m.q = q;
      m.mark++;
      const r = this.ranked.get(q);
      if (r)
        for (let x = 0; x < r.ids.length; x++) {
          m.marks[r.ids[x]] = m.mark;
          m.vals[r.ids[x]] = r.cov[x];
        }
    }
    return m;
  }

  /** Source sentences that carry at least `min` of a sentence query, from its kept ranking (none once released). */
  holdersOf(q: Query, min: number): number[] {
    const r = this.ranked.get(q);
    const out: number[] = [];
    if (r) for (let x = 0; x < r.ids.length; x++) if (r.cov[x] >= min) out.push(r.ids[x]);
    return out;
  }

  /** Drops what was kept of a sentence query's ranking, once its clauses are aligned (memory). */
  release(q: Query): void {
    this.ranked.delete(q);
    this.searched.delete(q);
  }

  /** How well candidate i fits the clause's enclosing sentence (its coverage of that sentence's query), memoised per sentence. */
  private contextFit(context: Query, m: Memo, i: number): number {
    if (m.marks[i] !== m.mark) {
      m.marks[i] = m.mark;
      m.vals[i] = this.index.cover.coverage(context, i);
    }
    return m.vals[i];
  }

  /** A candidate's rank: its coverage c of q, a little for precision (how much of the candidate q uses), its context fit and its prior. */
  private rankOf(q: Query, i: number, c: number, ctx: number, prior: Map<number, number> | undefined): number {
    const bw = this.index.data.bagWeight(i);
    const prec = bw > 0 ? Math.min(1, (c * q.W) / bw) : 0;
    return c + PREC_WEIGHT * prec + CONTEXT_WEIGHT * ctx + (prior?.get(i) ?? 0);
  }

  /** The unit's best source sentence and support set. */
  support(q: Query, opts: AlignOptions = {}): Support {
    const index = this.index,
      cover = index.cover,
      search = index.search;
    if (opts.anchor !== undefined) {
      const decided = this.anchored(q, opts, opts.anchor);
      if (decided) return decided;
    }
    const limit = opts.candidates ?? CANDIDATE_LIMIT;
    // a clause's words are a subset of its sentence's: the sentence's candidates (already computed) are
    // its first pool, and its own rarest words add a few within a small budget
    const lists = [opts.context ? search.candidates(q, limit / 2, CLAUSE_BUDGET, { keep: false }) : search.candidates(q, limit)];
    if (opts.context) lists.push(search.candidates(opts.context, limit));
    if (opts.prior) lists.push([...opts.prior.keys()]);
    const ids = search.union(lists);
    const n = ids.length,
      nk = q.keys.length;
    if (this.scratch.length < n * 3) this.scratch = new Float64Array(n * 6);
    const scratch = this.scratch;
    // views into one reused buffer: no typed arrays allocated per query
    const cov = scratch.subarray(0, n),
      rank = scratch.subarray(n, 2 * n),
      ctx = scratch.subarray(2 * n, 3 * n);
    // one pass per query over the candidates' bags (the index marks one query's key forms at a time)
    if (opts.context) {
      const m = this.memoFor(opts.context, 1);
      for (let x = 0; x < n; x++) ctx[x] = this.contextFit(opts.context, m, ids[x]);
    } else ctx.fill(0);
    const all = opts.context ? undefined : new Float64Array(n);
    // a sentence query ranked a second time finds its first ranking's coverages (clauses are ranked once)
    const own = all && this.ranked.has(q) ? this.memoFor(q, 0) : undefined;
    // each candidate's credits per key are kept (not only their sum), so that the support search below
    // reads them instead of computing them again for the best candidates
    if (this.rows.length < n * nk) this.rows = new Float64Array(n * nk * 2);
    if (this.rowDone.length < n) this.rowDone = new Uint8Array(n * 2);
    const rows = this.rows,
      done = this.rowDone;
    const order: number[] = [];
    for (let x = 0; x < n; x++) {
      const i = ids[x];
      let c: number;
      if (own && own.marks[i] === own.mark) {
        c = own.vals[i];
        done[x] = 0;
      } else if (q.W === 0) {
        c = 0;
        done[x] = 0;
      } else {
        c = cover.credits(q, i, rows, x * nk) / q.W;
        done[x] = 1;
      }
      if (all) all[x] = c;
      if (c === 0 && ctx[x] === 0) continue;
      cov[x] = c;
      rank[x] = this.rankOf(q, i, c, ctx[x], opts.prior);
      order.push(x);
    }
    if (all) this.ranked.set(q, { ids, cov: all });
    order.sort((a, b) => rank[b] - rank[a] || ids[a] - ids[b]);
    const covered = new Array<number>(nk).fill(0);
    if (order.length === 0 || q.W === 0) return { sources: order.length ? [ids[order[0]]] : [], score: 0, bestScore: 0, covered };
    /** Candidate x's credits: where they start in `rows`. */
    const row = (x: number) => {
      if (!done[x]) {
        cover.credits(q, ids[x], rows, x * nk);
        done[x] = 1;
      }
      return x * nk;
    };
    const best = order[0];
    const max = opts.maxSupport ?? CLAUSE_MAX_SUPPORT;
    // the next candidates, whose credits the greedy rounds compare
    const pool = max > 1 ? order.slice(1, 1 + SUPPORT_POOL).filter((x) => cov[x] >= MIN_MEMBER) : [];
    // the support search reads only the best, the pool (in order) and their credits: a sentence ranked a
    // second time (with its neighbours' prior) that arrives at the same ones has the same answer (kept for
    // sentence queries only: clauses are ranked once)
    const chosen = all ? [max, ids[best], ...pool.map((x) => ids[x])] : undefined;
    if (own && chosen) {
      const first = this.searched.get(q);
      if (first && first.chosen.length === chosen.length && first.chosen.every((v, k) => v === chosen[k])) return first.support;
    }
    const sources = [ids[best]];
    const at0 = row(best);
    for (let kx = 0; kx < nk; kx++) covered[kx] = rows[at0 + kx];
    if (max > 1) {
      const at = pool.map(row);
      const v = rows;
      const taken = new Uint8Array(pool.length);
      while (sources.length < max) {
        let pick = -1,
          pickGain = 0;
        for (let p = 0; p < pool.length; p++) {
          if (taken[p]) continue;
          let g = 0;
          for (let kx = 0, o = at[p]; kx < nk; kx++, o++) if (v[o] > covered[kx]) g += q.keys[kx].w * (v[o] - covered[kx]);
          if (g > pickGain) {
            pickGain = g;
            pick = p;
          }
        }
        if (pick < 0 || pickGain / q.W < MIN_GAIN) break;
        taken[pick] = 1;
        sources.push(ids[pool[pick]]);
        for (let kx = 0, o = at[pick]; kx < nk; kx++, o++) if (v[o] > covered[kx]) covered[kx] = v[o];
      }
    }
    let m = 0;
    for (let kx = 0; kx < nk; kx++) m += q.keys[kx].w * covered[kx];
    const support = { sources, score: m / q.W, bestScore: cov[best], covered };
    if (chosen && !own) this.searched.set(q, { chosen, support });
    return support;
  }

  /**
   * The answer of the full ranking when the anchor alone decides it, else undefined. The bound: no
   * candidate's rank exceeds full coverage plus full precision plus full context fit plus the largest
   * prior of any other sentence; a support member after the anchor adds at most what the anchor leaves
   * uncovered, and one adding less than MIN_GAIN is never taken.
   */
  anchored(q: Query, opts: AlignOptions, a: number): Support | undefined {
    const prior = opts.prior;
    if (!prior?.has(a) || q.W === 0) return undefined;
    const nk = q.keys.length;
    if (this.rows.length < nk) this.rows = new Float64Array(nk * 2);
    const rows = this.rows;
    // credits sums w × credit in key order, as the full ranking sums its support's coverage: the same number
    const c = this.index.cover.credits(q, a, rows, 0) / q.W;
    if ((opts.maxSupport ?? CLAUSE_MAX_SUPPORT) > 1 && 1 - c >= MIN_GAIN - EPS) return undefined;
    let other = 0;
    for (const [i, w] of prior) if (i !== a && w > other) other = w;
    const bound = 1 + PREC_WEIGHT + (opts.context ? CONTEXT_WEIGHT : 0) + other + EPS;
    // the anchor's own rank, as the full ranking computes it
    const ctx = opts.context ? this.contextFit(opts.context, this.memoFor(opts.context, 1), a) : 0;
    if (this.rankOf(q, a, c, ctx, prior) <= bound) return undefined;
    return { sources: [a], score: c, bestScore: c, covered: Array.from(rows.subarray(0, nk)) };
  }
}
