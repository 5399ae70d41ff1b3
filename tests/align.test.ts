import { describe, it, expect, vi } from 'vitest';
import fs from 'node:fs';
import fc from 'fast-check';
import { analyze } from '../src/text/document.js';
import { SourceIndex } from '../src/align/source-index.js';
import { CandidateSearch } from '../src/align/candidates.js';
import { CarriedShares } from '../src/align/carried.js';
import { SupportSearch, type AlignOptions } from '../src/align/support.js';
import { keyTokens, type Query } from '../src/align/query-builder.js';
import { quantities } from '../src/text/numbers.js';
import { phrasalAt } from '../src/text/synonyms.js';
import { tokenize, type Token } from '../src/text/tokenize.js';
import { buildContext, DEFAULT_THRESHOLDS } from '../src/check/context.js';
// @ts-expect-error: the benchmark's generator is plain JavaScript
import { makePair } from '../bench/generate.mjs';
import { check } from './checked.js';
import { TIE_SURVIVORS } from '../src/settings.js';
import { VariantFinder } from '../src/align/variants.js';

/** One support search per index, as one check has (its memos are what the fast paths reuse). */
const searches = new WeakMap<SourceIndex, SupportSearch>();
const searchOf = (index: SourceIndex) => {
  let s = searches.get(index);
  if (!s) searches.set(index, (s = new SupportSearch(index)));
  return s;
};
const alignQuery = (index: SourceIndex, q: Query, opts?: AlignOptions) => searchOf(index).support(q, opts);
const anchoredSupport = (index: SourceIndex, q: Query, opts: AlignOptions, a: number) => searchOf(index).anchored(q, opts, a);

const seed = (f: string) => fs.readFileSync(`corpus/libya-sirte-2016/${f}.txt`, 'utf8');

/** The definition CarriedShares must keep: an index over the summary, queried with each source sentence (no spelling variants). */
function byReverseIndex(summaryText: string, sourceText: string) {
  const summary = analyze(summaryText, { prefix: 's' }),
    source = analyze(sourceText, { prefix: 't' });
  const index = new SourceIndex(source, summary);
  const reverse = new SourceIndex(summary, undefined, index.idf);
  const carried = new CarriedShares(index, summary);
  const pairs: { fast: number; slow: number }[] = [];
  source.sentences.forEach((s, i) => {
    if (!s.tokens.some((t) => !t.stop)) return;
    const q = reverse.query(s.tokens, { variants: false, tokens: false });
    summary.sentences.forEach((_, j) => pairs.push({ fast: carried.best(i, [j]), slow: reverse.coverage(q, j) }));
  });
  return pairs;
}

describe("how much of a source sentence the summary carries (the omission rule's measure)", () => {
  it('equals, to the bit, the coverage by an index over the summary: Arabic seed pair', () => {
    const pairs = byReverseIndex(seed('summary'), seed('source'));
    expect(pairs.length).toBeGreaterThan(400);
    expect(pairs.filter((p) => p.slow > 0).length).toBeGreaterThan(100);
    for (const p of pairs) expect(p.fast).toBe(p.slow);
  });

  it('equals it on English and on mixed random text, and takes the best of several summary sentences', () => {
    const words = [
      'the',
      'army',
      'armies',
      'said',
      'says',
      'Sirte',
      'city',
      'والمدينة',
      'المدينة',
      'مدن',
      'كتب',
      'والكتاب',
      'لكتاب',
      '360',
      'not',
      'strikes',
      'struck',
      'جوية',
    ];
    const sentence = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }).map((w) => w.join(' ') + '.');
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }), fc.array(sentence, { minLength: 1, maxLength: 4 }), (sum, src) => {
        const summaryText = sum.join('\n'),
          sourceText = src.join('\n');
        for (const p of byReverseIndex(summaryText, sourceText)) expect(p.fast).toBe(p.slow);
        const summary = analyze(summaryText, { prefix: 's' }),
          source = analyze(sourceText, { prefix: 't' });
        const index = new SourceIndex(source, summary),
          carried = new CarriedShares(index, summary);
        const all = summary.sentences.map((_, j) => j);
        source.sentences.forEach((_, i) => expect(carried.best(i, all)).toBe(Math.max(0, ...all.map((j) => carried.best(i, [j])))));
        // a run of a typed array (the omission rule's CSR lists) is the same as the run copied out
        const packed = Int32Array.from([...all, ...all].reverse());
        for (let from = 0; from <= packed.length; from++)
          for (let to = from; to <= packed.length; to++)
            source.sentences.forEach((_, i) => expect(carried.best(i, packed, from, to)).toBe(carried.best(i, [...packed.subarray(from, to)])));
      }),
      { numRuns: 200 },
    );
  });
});

/**
 * Every clause that is not its whole sentence, aligned as the check aligns it: with its sentence as
 * context and its sentence's sources (and a neighbour's) as prior; once with the anchor fast path, once without.
 * A small `anchorPrior` (the check gives 0.5) lets other candidates outrank the anchor.
 */
function anchorPairs(summaryText: string, sourceText: string, anchorPrior = 0.5) {
  const summary = analyze(summaryText, { prefix: 's', claims: true }),
    source = analyze(sourceText, { prefix: 't' });
  const ctx = buildContext(summary, source, DEFAULT_THRESHOLDS);
  const bySentence = new Map(ctx.sentences.map((s, i) => [s.unit.id, i]));
  const out: { decided: boolean; fast: unknown; slow: unknown }[] = [];
  for (const unit of summary.claims) {
    const at = bySentence.get(unit.sentence)!;
    const whole = ctx.sentences[at];
    if (whole.unit.start === unit.start && whole.unit.end === unit.end) continue;
    const q = ctx.index.query(unit.tokens);
    const prior = new Map<number, number>();
    const next = ctx.sentences[at + 1]?.support.sources[0];
    if (next !== undefined) prior.set(next, 0.1);
    whole.support.sources.forEach((i, r) => prior.set(i, Math.max(prior.get(i) ?? 0, r === 0 ? anchorPrior : 0.1)));
    const anchor = whole.support.sources[0];
    if (anchor === undefined) continue;
    const opts = { context: whole.query, prior };
    const plain = (x: { sources: number[]; score: number; bestScore: number; covered: readonly number[] }) => ({ ...x, covered: [...x.covered] });
    out.push({
      decided: anchoredSupport(ctx.index, q, opts, anchor) !== undefined,
      fast: plain(alignQuery(ctx.index, q, { ...opts, anchor })),
      slow: plain(alignQuery(ctx.index, q, opts)),
    });
  }
  return out;
}

describe("the anchor fast path for clauses (a clause its sentence's best source holds whole)", () => {
  it("gives, to the bit, the full ranking's answer: Arabic seed pair and generated Arabic and English pairs", () => {
    const cases = [anchorPairs(seed('summary'), seed('source'))];
    for (const lang of ['ar', 'en']) {
      const p = makePair(400, lang, 7);
      cases.push(anchorPairs(p.summary, p.source));
    }
    for (const pairs of cases) {
      expect(pairs.length).toBeGreaterThan(10);
      // the path is taken for some clauses and declined for others, so both branches are compared
      expect(pairs.some((p) => p.decided)).toBe(true);
      expect(pairs.some((p) => !p.decided)).toBe(true);
      for (const p of pairs) expect(p.fast).toEqual(p.slow);
    }
  });

  it('declines when a tighter source sentence outranks a weakly preferred anchor', () => {
    // t0 holds the clause and much else (low precision); t1 is the clause alone
    const source = analyze('The army said Sirte city strikes raids government books 360 towns.\nThe army said Sirte city.\n', { prefix: 't' });
    const summary = analyze('The army said Sirte city.\n', { prefix: 's' });
    const index = new SourceIndex(source, summary);
    const q = index.query(summary.sentences[0].tokens);
    const opts = { prior: new Map([[0, 0.02]]) };
    expect(alignQuery(index, q, opts).sources[0]).toBe(1);
    expect(anchoredSupport(index, q, opts, 0)).toBeUndefined();
    expect(alignQuery(index, q, { ...opts, anchor: 0 }).sources[0]).toBe(1);
    // with the check's own preference for the anchor, the anchor decides alone
    const strong = { prior: new Map([[0, 0.5]]) };
    expect(anchoredSupport(index, q, strong, 0)?.sources).toEqual([0]);
    expect(alignQuery(index, q, strong).sources).toEqual([0]);
  });

  it("gives the full ranking's answer on random mixed text", () => {
    const words = ['the', 'army', 'said', 'Sirte', 'city', 'والمدينة', 'المدينة', 'كتب', 'والكتاب', '360', 'not', 'strikes', 'جوية', 'raids', 'حكومة'];
    const clause = fc.array(fc.constantFrom(...words), { minLength: 2, maxLength: 6 }).map((w) => w.join(' '));
    const clauses = fc.array(clause, { minLength: 1, maxLength: 3 });
    // summary sentences are source clauses (some with a word more) or new ones, joined as clauses
    const summaryOf = (src: string[][]) =>
      fc
        .array(fc.tuple(fc.nat(src.length), fc.array(fc.nat(3), { minLength: 1, maxLength: 3 }), fc.constantFrom('', ' raids', ' حكومة')), {
          minLength: 1,
          maxLength: 4,
        })
        .chain((picks) =>
          fc.constant(
            picks.map(([at, parts, extra]) => {
              const from = src[at] ?? [];
              return parts.map((p) => (from[p] ?? 'army said') + extra).join(', and ') + '.';
            }),
          ),
        );
    const seen = { decided: 0, declined: 0 };
    fc.assert(
      fc.property(
        fc.array(clauses, { minLength: 1, maxLength: 6 }).chain((src) => fc.tuple(fc.constant(src), summaryOf(src))),
        ([src, sum]) => {
          const sourceText = src.map((c) => c.join(', ') + '.').join('\n');
          for (const w of [0.5, 0.02])
            for (const p of anchorPairs(sum.join('\n'), sourceText, w)) {
              seen[p.decided ? 'decided' : 'declined']++;
              expect(p.fast).toEqual(p.slow);
            }
        },
      ),
      { numRuns: 300 },
    );
    expect(seen.decided).toBeGreaterThan(20);
    expect(seen.declined).toBeGreaterThan(20);
  });
});

/**
 * Each summary sentence ranked twice as the check ranks it (first alone, then with a prior from its
 * neighbours' picks, ±1 source sentence), against the same second ranking of a fresh query that has no
 * first ranking to reuse.
 */
function secondRankings(summaryText: string, sourceText: string, weight: number) {
  const summary = analyze(summaryText, { prefix: 's' }),
    source = analyze(sourceText, { prefix: 't' });
  const index = new SourceIndex(source, summary);
  const queries = summary.sentences.map((s) => index.query(s.tokens));
  const first = queries.map((q) => alignQuery(index, q, { maxSupport: 4 }));
  const plain = (x: { sources: number[]; score: number; bestScore: number; covered: readonly number[] }) => ({ ...x, covered: [...x.covered] });
  return queries.map((q, j) => {
    const prior = new Map<number, number>();
    for (const k of [j - 1, j + 1]) {
      const b = first[k]?.sources[0];
      if (b !== undefined) for (const i of [b - 1, b, b + 1]) if (i >= 0 && i < source.sentences.length) prior.set(i, weight);
    }
    const second = alignQuery(index, q, { maxSupport: 4, prior });
    const fresh = alignQuery(index, index.query(summary.sentences[j].tokens), { maxSupport: 4, prior });
    return { reused: second === first[j], second: plain(second), fresh: plain(fresh) };
  });
}

describe("a sentence's second ranking (with its neighbours' prior)", () => {
  it('returns what a ranking from scratch returns, reusing the first answer when the best and the pool stay', () => {
    const pairs = [[seed('summary'), seed('source')]];
    for (const lang of ['ar', 'en']) {
      const p = makePair(400, lang, 11);
      pairs.push([p.summary, p.source]);
    }
    let reused = 0,
      recomputed = 0;
    for (const [sum, src] of pairs)
      for (const w of [0.1, 0.25, 0.6])
        for (const r of secondRankings(sum, src, w)) {
          if (r.reused) reused++;
          else recomputed++;
          expect(r.second).toEqual(r.fresh);
        }
    expect(reused).toBeGreaterThan(20);
    expect(recomputed).toBeGreaterThan(20);
  });

  it('recomputes the support when the prior brings a new member into the pool, though the best stays', () => {
    // A holds four of the six words; 32 exact sentences with two of them (precision 1) outrank B, which
    // holds the other two among filler, and fill the pool of 15; every word is in 17 sentences (equal weights)
    const lines = ['Alpha bravo charlie delta.', 'Golf hotel xray yankee zulu whiskey.'];
    for (let k = 0; k < 16; k++) lines.push('Alpha bravo.', 'Charlie delta.', `Golf hotel xray${k} yankee${k} zulu${k} whiskey${k}.`);
    const source = analyze(lines.join('\n') + '\n', { prefix: 't' });
    const summary = analyze('Alpha bravo charlie delta golf hotel.\n', { prefix: 's' });
    const index = new SourceIndex(source, summary);
    const q = index.query(summary.sentences[0].tokens);
    expect(alignQuery(index, q, { maxSupport: 4 }).sources).toEqual([0]);
    // a prior that lifts B above the pool but not above A
    expect(alignQuery(index, q, { maxSupport: 4, prior: new Map([[1, 0.25]]) }).sources).toEqual([0, 1]);
  });
});

describe('the sentences that may carry the words around a figure (mayCarry)', () => {
  /** Windows of summary words against a source, each checked against every source sentence by coverage. */
  function check(summaryText: string, sourceText: string, windows: number, min: number, rand: () => number) {
    const summary = analyze(summaryText, { prefix: 's' }),
      source = analyze(sourceText, { prefix: 't' });
    const index = new SourceIndex(source, summary);
    const words = summary.tokens.filter((t) => !t.stop);
    let pruned = 0,
      carriers = 0;
    for (let n = 0; n < windows; n++) {
      const at = Math.floor(rand() * words.length),
        w = words.slice(at, at + 1 + Math.floor(rand() * 6));
      const q = index.query(w, { tokens: false });
      if (q.W === 0) continue;
      const every = Array.from({ length: source.sentences.length }, (_, i) => i);
      // with no list, every sentence (none marked): the same sentences in the same order as with the full list
      expect(index.mayCarry(q, min)).toEqual(index.mayCarry(q, min, every));
      const among = every.filter(() => rand() < 0.7);
      const kept = new Set(index.mayCarry(q, min, among));
      for (const i of kept) expect(among).toContain(i);
      // every sentence that does carry min of the window is kept
      for (const i of among)
        if (index.coverage(q, i) >= min) {
          carriers++;
          expect(kept.has(i)).toBe(true);
        }
      if (kept.size < among.length) pruned++;
    }
    return { pruned, carriers };
  }
  const random = (s: number) => () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

  it('keeps every sentence that carries the share asked for, and leaves most others out: generated Arabic and English pairs', () => {
    for (const lang of ['ar', 'en']) {
      const p = makePair(400, lang, 11, 0.5);
      const r = check(p.summary, p.source, 300, 0.5, random(lang === 'ar' ? 3 : 4));
      expect(r.carriers).toBeGreaterThan(50);
      expect(r.pruned).toBeGreaterThan(150);
    }
  });

  it('keeps them at other shares too, with spelling variants and roots among the forms (seed pair)', () => {
    for (const min of [0.2, 0.5, 0.8, 1]) {
      const r = check(seed('summary'), seed('source'), 200, min, random(Math.round(min * 10)));
      expect(r.carriers).toBeGreaterThan(20);
    }
  });
});

describe('the candidate look-up', () => {
  it('finds the sentence that carries every word as written, though rarer spelling variants of the words would fill its budget', () => {
    // six invented words; each has three one-letter variants, each variant in 120 sentences, and the
    // word itself in 150 sentences alone: the variants' postings are the shortest of the query's forms
    const words = ['kormantel', 'blivorask', 'zundaprix', 'gethwolin', 'pramosulk', 'dervinoth'];
    const variant = (w: string, p: number) => w.slice(0, p) + (w[p] === 'u' ? 'y' : 'u') + w.slice(p + 1);
    const lines: string[] = [];
    let n = 0;
    for (const w of words) {
      for (const p of [1, 4, 7]) for (let k = 0; k < 120; k++) lines.push(`Dispatch ${n++} quoted ${variant(w, p)} briefly.`);
      for (let k = 0; k < 150; k++) lines.push(`Bulletin ${n++} quoted ${w} briefly.`);
    }
    // the one sentence with all six, last (ties between candidates go to earlier sentences)
    lines.push(`${words.join(' ')}.`);
    const source = analyze(lines.join('\n'), { prefix: 't' });
    const summary = analyze(`The ${words.join(' and ')}.`, { prefix: 's' });
    const index = new SourceIndex(source, summary);
    const q = index.query(summary.sentences[0].tokens);
    // the variants are forms of the query's keys (else the case tests nothing)
    expect(q.keys.every((k) => k.alts.length === 4)).toBe(true);
    const last = source.sentences.length - 1;
    expect(index.candidates(q, 40)).toContain(last);
    const support = alignQuery(index, q);
    expect(support.sources[0]).toBe(last);
    expect(support.score).toBe(1);
  });

  it('credits a sentence once for a word it holds in two forms (with and without a proclitic)', () => {
    // 60 copies hold وكريمان (its keys: the stem and the proclitic-free كريمان), the true sentence,
    // last, holds كريمان only; the summary's common words stand in 250 other sentences
    const lines: string[] = [];
    for (let k = 0; k < 60; k++) lines.push(`أخبار متفرقة، وكريمان تزور بلدة نائية.`);
    for (let k = 0; k < 250; k++) lines.push(`قافلة تعبر وسط جبال شاهقة رقم ${k}.`);
    lines.push('كريمان تزور بلدة نائية، في وسط جبال شاهقة.');
    const source = analyze(lines.join('\n'), { prefix: 't' });
    const summary = analyze('وكريمان تزور بلدة نائية في وسط جبال شاهقة.', { prefix: 's' });
    const index = new SourceIndex(source, summary);
    const q = index.query(summary.sentences[0].tokens);
    // the word's key has two forms that the source holds, both as written (credit 1)
    expect(q.keys[0].alts.filter((a) => a.m === 1)).toHaveLength(2);
    const last = source.sentences.length - 1;
    expect(index.candidates(q, 40)).toContain(last);
    expect(alignQuery(index, q).sources[0]).toBe(last);
  });

  it("reads the rarest words the source has, however many of the claim's words it lacks", () => {
    // words the source lacks (two names, a verb), and two in more sentences than the look-up reads past the two rarest
    const lines = Array.from({ length: 300 }, (_, k) => `Melkorian dispatch number ${k} arrived.`);
    const source = analyze(lines.join('\n'), { prefix: 't' });
    const summary = analyze('Zorblat and Quinnex read the melkorian dispatch.', { prefix: 's' });
    const index = new SourceIndex(source, summary);
    const q = index.query(summary.sentences[0].tokens);
    expect(q.keys.filter((k) => k.alts.length === 0).length).toBeGreaterThanOrEqual(2);
    expect(index.candidates(q, 40)).toHaveLength(40);
    expect(alignQuery(index, q).score).toBeGreaterThan(0);
  });

  it('keeps, of many sentences tied on the rare words, the one that also carries the common words, wherever it stands', () => {
    // a stock line repeated 60 times (more than the 40 candidates a sentence query keeps), common words
    // in 250 other sentences (more than the postings a look-up reads past the two rarest keys), and
    // the one sentence with both, last
    const lines: string[] = [];
    for (let k = 0; k < 60; k++) lines.push('Quorbex vindalith prastoon.');
    for (let k = 0; k < 250; k++) lines.push(`Melkorian tashbury frelling, said dispatch ${k}.`);
    lines.push('Quorbex vindalith prastoon, and melkorian tashbury frelling.');
    const source = analyze(lines.join('\n'), { prefix: 't' });
    const summary = analyze('Melkorian tashbury frelling, and quorbex vindalith prastoon.', { prefix: 's' });
    const index = new SourceIndex(source, summary);
    const q = index.query(summary.sentences[0].tokens);
    const last = source.sentences.length - 1;
    const found = index.candidates(q, 40);
    expect(found).toHaveLength(40);
    expect(found).toContain(last);
    const support = alignQuery(index, q);
    expect(support.sources[0]).toBe(last);
    expect(support.score).toBe(1);
  });
  it("finds the line a paraphrase came from, though the paraphrase's stand-in is its rarest word and the line has the lexicon's synonym", () => {
    // the lexicon's soldiers/troops (lexicons/synonyms.json): "troops" stands in 60 lines (more than
    // the 40 candidates), "soldiers" in 200; the summary's other words in 250 lines each (more than the
    // look-up reads past its two rarest keys), and the true line, last, has them all with "soldiers"
    const name = (k: number) => 'zq' + k.toString(26).replace(/[0-9]/g, (d) => 'klmnopqrst'[Number(d)]);
    const lines: string[] = [];
    let n = 0;
    for (let k = 0; k < 60; k++) lines.push(`Troops guarded the ${name(n++)} checkpoint overnight.`);
    for (let k = 0; k < 200; k++) lines.push(`Soldiers marched through ${name(n++)} at noon.`);
    for (let k = 0; k < 250; k++) lines.push(`Villagers crossed the river near ${name(n++)}.`);
    for (let k = 0; k < 250; k++) lines.push(`The bridge closed for ${name(n++)} repairs.`);
    while (lines.length < 2500) lines.push(`Markets in ${name(n++)} opened higher.`);
    lines.push('Soldiers crossed the river before the bridge closed.');
    const source = analyze(lines.join('\n'), { prefix: 't' });
    const summary = analyze('Troops crossed the river before the bridge closed.', { prefix: 's' });
    const index = new SourceIndex(source, summary);
    const q = index.query(summary.sentences[0].tokens);
    // "troops" has its own postings and the synonym's (else the case tests nothing)
    const troops = q.keys.find((k) => k.stem === 'troop')!;
    expect(troops.alts.map((a) => a.syn)).toEqual([false, true]);
    const last = source.sentences.length - 1;
    expect(index.candidates(q, 40)).toContain(last);
    const support = alignQuery(index, q);
    expect(support.sources[0]).toBe(last);
    expect(support.score).toBeGreaterThan(0.8);
  });
});

describe('the candidate look-up by merged postings (one or two keys read, long lists)', () => {
  /** The same look-ups through the accumulators (plain) and through the merge path, on two indexes of one source. */
  const both = (sourceText: string, summaryText: string, limits: number[], budgets: number[], survivors?: number) => {
    const source = analyze(sourceText, { prefix: 't' }),
      summary = analyze(summaryText, { prefix: 's' });
    const plain = new SourceIndex(source, summary),
      merged = new SourceIndex(source, summary);
    plain.search.mergeFrom = Infinity;
    merged.search.mergeFrom = 0;
    // a small survivor budget: the tied sets of these small sources are narrowed on both paths alike
    if (survivors !== undefined) plain.search.tieSurvivors = merged.search.tieSurvivors = survivors;
    const out: { plain: number[]; merged: number[] }[] = [];
    for (const u of [...summary.sentences, ...summary.claims]) {
      const qp = plain.query(u.tokens),
        qm = merged.query(u.tokens);
      for (const limit of limits)
        for (const budget of budgets)
          out.push({ plain: plain.candidates(qp, limit, budget, { keep: false }), merged: merged.candidates(qm, limit, budget, { keep: false }) });
    }
    return out;
  };

  it("gives the plain look-up's answer on random repetitive sources (ties at the cut, keys of equal weight, ineligible lines)", () => {
    // with words of the synonym lexicon (army/military, troops/soldiers, attack/raid, قوات/جيش): keys whose forms credit different weights
    const lexical = ['military', 'troops', 'soldiers', 'attack', 'raid', 'قوات', 'الجيش'];
    const plain = ['army', 'armies', 'Sirte', 'city', 'والمدينة', 'المدينة', 'مدن', 'كتب', 'والكتاب', 'لكتاب', 'strikes', 'struck', 'جوية', 'harbour'];
    const words = [...plain, 'vote', ...lexical];
    const sentence = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }).map((w) => w.join(' ') + '.');
    // a line repeated up to 60 times: more copies than a look-up keeps, so the cut falls among equals
    const block = fc.tuple(sentence, fc.integer({ min: 1, max: 60 })).map(([x, k]) => Array(k).fill(x).join('\n'));
    // a block of bylines ("By Army Harbour"): the claim's words in sentences that are not eligible as support
    const byline = fc.tuple(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 30 })).map(([w, k]) =>
      Array(k)
        .fill(`By ${w.join(' ')}`)
        .join('\n'),
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(block, block, byline), { minLength: 1, maxLength: 8 }),
        fc.array(sentence, { minLength: 1, maxLength: 3 }),
        fc.constantFrom(undefined, 3, 45),
        (src, sum, survivors) => {
          let checked = 0;
          for (const r of both(src.join('\n'), sum.join('\n'), [1, 5, 40], [0, 2000], survivors)) {
            expect(r.merged).toEqual(r.plain);
            checked++;
          }
          expect(checked).toBeGreaterThan(0);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("gives the plain look-up's answer when more sentences tie at the cut than are rescored (TIE_SURVIVORS)", () => {
    // 400 copies of a stock line (more than TIE_SURVIVORS), the line that also says where among them,
    // a word of the claim in 450 others (too many to be read, few enough to narrow: under
    // NARROW_MAX_SHARE of the 15,000 lines), and a generated pair's lines for keys of every weight
    const g = makePair(200, 'en', 11);
    const lines = [...g.source.split('\n')];
    const stock = lines.length;
    // the line with every word is the 300th copy: past the first TIE_SURVIVORS, found by the narrowing
    for (let k = 0; k < 400; k++) lines.push(k === 299 ? 'Quorbex vindalith prastoon reported from melkorian.' : 'Quorbex vindalith prastoon reported.');
    for (let k = 0; k < 450; k++) lines.push(`Melkorian dispatch ${k % 7}.`);
    for (let k = 0; k < 14000; k++) lines.push(`Routine bulletin ${k}.`);
    const merges = vi.spyOn(CandidateSearch.prototype as unknown as { viaMerge: () => unknown }, 'viaMerge');
    const rescored = vi.spyOn(CandidateSearch.prototype as unknown as { rescoreTied: (q: unknown, out: unknown, tied: Int32Array) => void }, 'rescoreTied');
    const rs = both(lines.join('\n'), `Quorbex vindalith prastoon reported from melkorian.\n${g.summary}`, [1, 20, 40], [0, 2000]);
    for (const r of rs) expect(r.merged).toEqual(r.plain);
    // the case tests something: the merge path answered, some look-up rescored TIE_SURVIVORS of more tied sentences, and the line with every word won
    expect(merges.mock.results.some((r) => r.value !== undefined)).toBe(true);
    expect(rescored.mock.calls.some((c) => c[2].length === TIE_SURVIVORS)).toBe(true);
    const whole = analyze(lines.join('\n'), { prefix: 't' }).sentences.findIndex((x) => x.text.includes('from melkorian'));
    expect(whole).toBeGreaterThan(stock);
    expect(rs.find((r) => r.plain.length === 40)!.plain).toContain(whole);
    merges.mockRestore();
    rescored.mockRestore();
  });
});

describe('the sentences tied at the cut, narrowed by the keys not read (TIE_SURVIVORS)', () => {
  type Narrow = { narrowTied: (tied: Int32Array, kept: number, unread: number, nk: number) => Int32Array };
  /** Every look-up of the summary's sentences and claims, on an index narrowing at `survivors` and on one rescoring every tied sentence (the definition). */
  const lookups = (sourceText: string, summaryText: string, survivors: number, limits: number[]) => {
    const source = analyze(sourceText, { prefix: 't' }),
      summary = analyze(summaryText, { prefix: 's' });
    const fast = new SourceIndex(source, summary),
      exact = new SourceIndex(source, summary);
    fast.search.tieSurvivors = survivors;
    exact.search.tieSurvivors = Infinity;
    const narrowed = vi.spyOn(CandidateSearch.prototype as unknown as Narrow, 'narrowTied');
    const out: { fast: number[]; exact: number[]; narrowed: boolean }[] = [];
    try {
      for (const u of [...summary.sentences, ...summary.claims])
        for (const limit of limits) {
          const before = narrowed.mock.calls.length;
          const f = fast.candidates(fast.query(u.tokens), limit, undefined, { keep: false });
          const was = narrowed.mock.calls.length > before;
          out.push({ fast: f, exact: exact.candidates(exact.query(u.tokens), limit, undefined, { keep: false }), narrowed: was });
        }
    } finally {
      narrowed.mockRestore();
    }
    return out;
  };

  it('gives the answer of rescoring every tied sentence wherever no more than the budget tie (random repetitive sources)', () => {
    const words = ['army', 'armies', 'Sirte', 'city', 'والمدينة', 'المدينة', 'مدن', 'كتب', 'والكتاب', 'strikes', 'struck', 'جوية', 'harbour', 'vote'];
    const sentence = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }).map((w) => w.join(' ') + '.');
    const block = fc.tuple(sentence, fc.integer({ min: 1, max: 60 })).map(([x, k]) => Array(k).fill(x).join('\n'));
    let narrowedSome = 0,
      plainSome = 0;
    fc.assert(
      fc.property(
        fc.array(block, { minLength: 1, maxLength: 8 }),
        fc.array(sentence, { minLength: 1, maxLength: 3 }),
        fc.constantFrom(8, 20, 50),
        (src, sum, survivors) => {
          for (const r of lookups(src.join('\n'), sum.join('\n'), survivors, [1, 5, 40])) {
            if (r.narrowed) {
              narrowedSome++;
              // narrowed or not, the answer is as long, and holds no sentence twice
              expect(r.fast).toHaveLength(r.exact.length);
              expect(new Set(r.fast).size).toBe(r.fast.length);
            } else {
              plainSome++;
              expect(r.fast).toEqual(r.exact);
            }
          }
        },
      ),
      { numRuns: 120 },
    );
    // both kinds of look-up were met
    expect(narrowedSome).toBeGreaterThan(0);
    expect(plainSome).toBeGreaterThan(0);
  });

  /**
   * 300 copies of a stock line (more than TIE_SURVIVORS); the 290th also holds two words of the claim
   * that stand in 400 and 600 other lines (too many for the look-up to read, few enough to narrow: under
   * NARROW_MAX_SHARE of the source's 14,300 lines); 100 copies, earlier, hold one of them.
   */
  const repetitive = () => {
    const lines: string[] = [];
    for (let k = 0; k < 300; k++) {
      if (k === 289) lines.push('Quorbex vindalith prastoon, melkorian tashbury.');
      else if (k >= 50 && k < 150) lines.push('Quorbex vindalith prastoon, tashbury.');
      else lines.push('Quorbex vindalith prastoon.');
    }
    for (let k = 0; k < 250; k++) lines.push(`Tashbury report ${k}.`);
    for (let k = 0; k < 450; k++) lines.push(`Melkorian dispatch ${k}.`);
    for (let k = 0; k < 13300; k++) lines.push(`Routine bulletin ${k}.`);
    return lines.join('\n');
  };
  const claim = 'Quorbex vindalith prastoon, melkorian tashbury.';

  it('narrows alike whether the keys are read as bitsets or galloped through (bitsetFrom)', () => {
    const narrowed = vi.spyOn(CandidateSearch.prototype as unknown as Narrow, 'narrowTied');
    const bitsRead = vi.spyOn(CandidateSearch.prototype as unknown as { bitsetOf: () => unknown }, 'bitsetOf');
    const source = analyze(repetitive(), { prefix: 't' });
    /** narrowTied's answers, in order, and the candidates, over every look-up of the claims on an index reading bitsets from `from` postings. */
    const answers = (summary: ReturnType<typeof analyze>, from: number, survivors: number) => {
      const index = new SourceIndex(source, summary);
      index.search.bitsetFrom = from;
      index.search.tieSurvivors = survivors;
      const before = narrowed.mock.results.length;
      const out: number[][] = [];
      for (const u of [...summary.sentences, ...summary.claims])
        for (const limit of [1, 5, 40]) out.push(index.candidates(index.query(u.tokens), limit, undefined, { keep: false }));
      return { out, narrowings: narrowed.mock.results.slice(before).map((r) => [...(r.value as Int32Array)]) };
    };
    try {
      const claims = [claim, 'Quorbex vindalith prastoon, tashbury.', 'Quorbex vindalith prastoon, melkorian.', 'Quorbex melkorian tashbury report.'];
      for (const survivors of [8, 50, TIE_SURVIVORS]) {
        const summary = analyze(claims.join('\n'), { prefix: 's' });
        const bits = answers(summary, 0, survivors),
          gallop = answers(summary, Infinity, survivors);
        // the same sentences kept at every narrowing, and so the same candidates
        expect(bits.narrowings.length).toBeGreaterThan(0);
        expect(bits.narrowings).toEqual(gallop.narrowings);
        expect(bits.out).toEqual(gallop.out);
      }
      // (the bitsets were read)
      expect(bitsRead.mock.calls.length).toBeGreaterThan(0);
    } finally {
      narrowed.mockRestore();
      bitsRead.mockRestore();
    }
  });

  it("keeps the copy that holds the claim's unread words, however far past the budget it stands, and rescores at most the budget", () => {
    const text = repetitive();
    const rescored = vi.spyOn(CandidateSearch.prototype as unknown as { rescoreTied: (q: unknown, out: unknown, tied: Int32Array) => void }, 'rescoreTied');
    const rs = lookups(text, claim, TIE_SURVIVORS, [40]);
    // the rescorings of the narrowing index (the definition's rescore all 300)
    const sizes = rescored.mock.calls
      .filter((_, k) => (rescored.mock.contexts[k] as unknown as CandidateSearch).tieSurvivors !== Infinity)
      .map((c) => c[2].length);
    rescored.mockRestore();
    const whole = 289;
    expect(analyze(text, { prefix: 't' }).sentences[whole].text).toContain('melkorian');
    // the look-up was narrowed, rescored no more than the budget, and kept the whole line, as rescoring every tied sentence does
    expect(rs[0].narrowed).toBe(true);
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(TIE_SURVIVORS);
    expect(rs[0].exact).toContain(whole);
    expect(rs[0].fast).toContain(whole);
    // the copies with one of the words fill the other places, as in the definition's answer
    expect(rs[0].fast).toEqual(rs[0].exact);
    expect(rs[0].fast.filter((i) => i >= 50 && i < 150)).toHaveLength(39);
  });

  it('would lose that copy if the tied set were cut by position instead (the narrowing is what finds it)', () => {
    const cut = vi.spyOn(CandidateSearch.prototype as unknown as Narrow, 'narrowTied').mockImplementation((tied) => tied.slice(0, TIE_SURVIVORS));
    try {
      const source = analyze(repetitive(), { prefix: 't' }),
        summary = analyze(claim, { prefix: 's' });
      const index = new SourceIndex(source, summary);
      expect(index.candidates(index.query(summary.sentences[0].tokens), 40, undefined, { keep: false })).not.toContain(289);
      expect(cut).toHaveBeenCalled();
    } finally {
      cut.mockRestore();
    }
  });
});

describe("a clause and its sentence's best source", () => {
  const source = [
    "Japan's economy shrank for a second straight quarter in October-December, government data showed on Thursday, pushing the country into a technical recession.",
    'Gross domestic product fell an annualised 0.4% in the fourth quarter, after a 3.3% decline in the previous quarter.',
    'Economists polled by Reuters had expected a rise.',
  ].join(' ');
  it("goes to the source sentence that carries it when the sentence's best source carries none of it", () => {
    const r = check(
      'GDP fell at an annualised rate of 0.4% in October-December in the data shown on Thursday, following a 3.3% decline in July-September.',
      source,
    );
    const clause = r.summary.claims.find((c) => c.text.startsWith('following'))!;
    expect(r.alignments.find((a) => a.summary === clause.id)!.sources[0]).toBe('t2');
    // its new words are flagged, not the whole clause as unsupported
    expect(r.flags.filter((f) => f.rule === 'unsupported-claim')).toEqual([]);
  });
  it("keeps an attribution clause with its sentence's source, though its words stand in another sentence (seed pair)", () => {
    const dir = 'corpus/libya-sirte-2016';
    const r = check(fs.readFileSync(`${dir}/summary.txt`, 'utf8'), fs.readFileSync(`${dir}/source.txt`, 'utf8'));
    // ونقلت الصحيفة الأمريكية عن مسؤول أمريكي: its words (the paper, an official) are those of other sentences
    const clause = r.summary.claims.find((c) => c.text.includes('ونقلت الصحيفة الأمريكية عن مسؤول أمريكي'))!;
    const best = r.alignments.find((a) => a.summary === clause.id)!.sources[0];
    expect(r.source.sentences.find((s) => s.id === best)!.text).toContain('هؤلاء الرجال يهربون من القتال');
  });
});

describe('the aligner keeps nothing between checks', () => {
  it('gives a pair the same report whether or not other pairs were checked before it', () => {
    const p = makePair(300, 'ar', 3),
      o = makePair(300, 'en', 5);
    const alone = JSON.stringify(check(p.summary, p.source));
    // another check in between, then the same pair again: an aligner's memos and buffers are its own
    check(o.summary, o.source);
    check(seed('summary'), seed('source'));
    expect(JSON.stringify(check(p.summary, p.source))).toBe(alone);
  });
});

describe("a query's tokens per key (keyTokens, columns instead of an object per key)", () => {
  /**
   * The definition: a key's tokens are the unit's content tokens of its stem, in text order, or, for a figure
   * written in words whose digits the source has (query-builder.ts figureKeys), that figure's content tokens; for
   * an English phrasal verb of which the source has an equivalent (phrasalKeys, outside such a figure), its two
   * tokens, as that equivalent's key; every content token is in one key.
   */
  const holds = (q: Query, tokens: readonly Token[], index?: SourceIndex) => {
    const seen = new Set<unknown>();
    const inFigure = new Map<Token, string>();
    for (const f of quantities(tokens as Token[])) {
      const span = tokens.slice(f.first, f.last + 1);
      const digits = tokenize(String(f.value))[0]?.stem;
      if (index && span.every((t) => t.kind === 'word') && digits !== undefined && index.vocab.has(digits))
        for (const t of span) if (!t.stop) inFigure.set(t, digits);
    }
    if (index)
      for (let i = 0; i + 1 < tokens.length; i++) {
        const p = /^[a-z]/.test(tokens[i].key) ? phrasalAt(tokens, i) : undefined;
        const stem = p?.words.map((w) => tokenize(w)[0].stem).find((x) => index.vocab.has(x));
        if (stem === undefined) continue;
        for (const t of [tokens[i], tokens[i + 1]]) if (!t.stop && !inFigure.has(t)) inFigure.set(t, stem);
      }
    q.keys.forEach((k, kx) => {
      const mine = keyTokens(q, kx);
      expect(mine).toEqual(tokens.filter((t) => !t.stop && (inFigure.has(t) ? inFigure.get(t) === k.stem : t.stem === k.stem)));
      expect(mine.length).toBeGreaterThan(0);
      for (const t of mine) seen.add(t);
    });
    expect(seen.size).toBe(tokens.filter((t) => !t.stop).length);
  };

  it("equals the definition on the seed pair's sentences and clauses, and is empty for a query made without tokens", () => {
    const summary = analyze(seed('summary'), { prefix: 's', claims: true }),
      source = analyze(seed('source'), { prefix: 't' });
    const index = new SourceIndex(source, summary);
    let repeated = 0;
    for (const u of [...summary.sentences, ...summary.claims]) {
      const q = index.query(u.tokens);
      holds(q, u.tokens, index);
      // a stem said twice in one unit is one key with two tokens (else the case tests little)
      repeated += q.keys.filter((_k, kx) => keyTokens(q, kx).length > 1).length;
      const bare = index.query(u.tokens, { tokens: false });
      expect(bare.keys).toEqual(q.keys);
      for (let kx = 0; kx < bare.keys.length; kx++) expect(keyTokens(bare, kx)).toEqual([]);
    }
    expect(repeated).toBeGreaterThan(0);
  });

  it('equals the definition on generated pairs, in both languages', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.constantFrom('ar', 'en'), (seedNo, lang) => {
        const p = makePair(60, lang, seedNo, 0.5);
        const summary = analyze(p.summary, { prefix: 's', claims: true }),
          source = analyze(p.source, { prefix: 't' });
        const index = new SourceIndex(source, summary);
        for (const u of [...summary.sentences, ...summary.claims]) holds(index.query(u.tokens), u.tokens, index);
      }),
      { numRuns: 20 },
    );
  });
});

describe('spelling variants (align/variants.ts)', () => {
  const finder = (vocab: string[]) => new VariantFinder(new Set(vocab.map((w) => tokenize(w)[0].stem)));
  const stem = (w: string) => tokenize(w)[0].stem;
  it('does not take two words of the Arabic word list one root letter apart for two spellings of one (أعرق، أعرف)', () => {
    expect(finder(['أعرف']).find(stem('أعرق'))).toEqual([]);
    expect(finder(['يريد']).find(stem('يزيد'))).toEqual([]);
  });
  it('still takes a name spelt two ways and a first letter that is a prefix (يزيد، مزيد) for variants', () => {
    expect(
      finder(['البنتاغون'])
        .find(stem('البنتاجون'))
        .map((v) => v.stem),
    ).toEqual([stem('البنتاغون')]);
    expect(
      finder(['مزيد'])
        .find(stem('يزيد'))
        .map((v) => v.stem),
    ).toEqual([stem('مزيد')]);
  });
});

describe("the index's content tokens read off the source's token store (tokenSeq, contentAt), equal to a copy of them", () => {
  /** The same source with sentences made otherwise (plain objects with their tokens): the index copies their content forms. */
  const plainCopy = (doc: ReturnType<typeof analyze>) => ({
    ...doc,
    sentences: doc.sentences.map((s) => ({ id: s.id, start: s.start, end: s.end, text: s.text, kind: s.kind, tokens: s.tokens })),
    claims: doc.claims,
  });
  it('gives every sentence the same weight, content and carried shares, Arabic seed pair and an English probe pair with links', () => {
    const en = 'probes/dev/en08_freight_takeover';
    const pairs = [
      [seed('summary'), seed('source')],
      [
        fs.readFileSync(`${en}/altered.txt`, 'utf8'),
        `${fs.readFileSync(`${en}/source.txt`, 'utf8')}\nMore at https://example.com/deal-2024 and www.example.org.`,
      ],
    ];
    let compared = 0;
    for (const [summaryText, sourceText] of pairs) {
      const summary = analyze(summaryText, { prefix: 's' }),
        source = analyze(sourceText, { prefix: 't' });
      const stored = new SourceIndex(source, summary),
        copied = new SourceIndex(plainCopy(source), summary);
      // the two readings are the two paths: the store's own form numbers, and a copy of the content tokens' offsets
      expect(stored.data.tokenSeq).toBe((source.sentences[0] as unknown as { range(o: Int32Array): { ids: Int32Array } }).range(new Int32Array(2)).ids);
      expect(copied.data.tokenSeq.length).toBeLessThan(stored.data.tokenSeq.length);
      const a = new CarriedShares(stored, summary),
        b = new CarriedShares(copied, summary);
      const js = summary.sentences.map((_, j) => j);
      source.sentences.forEach((_, i) => {
        expect(stored.data.bagWeight(i)).toBe(copied.data.bagWeight(i));
        expect(stored.data.hasContent(i)).toBe(copied.data.hasContent(i));
        expect(a.best(i, js)).toBe(b.best(i, js));
        for (const j of js) expect(a.best(i, [j])).toBe(b.best(i, [j]));
        compared++;
      });
    }
    expect(compared).toBeGreaterThan(30);
  });
});
