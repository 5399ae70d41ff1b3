import type { CheckContext, UnitAnalysis } from './context.js';
import { isChecked, sourcesFigure, holdersOf, keptPerCheck } from './context.js';
import type { Claim, Sentence } from '../text/document.js';
import type { Token } from '../text/tokenize.js';
import type { Support } from '../align/support.js';
import type { QueryKey } from '../align/query-builder.js';
import { gallop } from '../typed-arrays.js';
import { quantities, figureValues, hedgeStart, type Quantity } from '../text/numbers.js';
import { wordsAround } from './rules/window.js';

/**
 * Most source sentences a unit's support set may grow by for the figures it fuses in. A fused summary
 * sentence draws a figure from each of a few source sentences ("X (24), signed from Y for €3.5m" from
 * three); more than two figure sentences beside the lexical support set is a list, not a fusion.
 */
const MAX_FUSED = 2;

/**
 * A figure fused in from a sentence that says little else of the claim (the player's age, the fee of the
 * deal: "X (24) signed from Y for €3.5m", fused from three source sentences) adds too little weight to
 * join the support set (support.ts MIN_GAIN): the claim read as 54% carried, and the claim model's
 * error fell on the figures themselves, which the source has. Found by fresh editor pairs.
 *
 * After alignment, a unit's figure that its support set does not hold, and that a source sentence
 * outside it holds together with the word the figure counts (the first content word after it that is
 * no figure: "24 عاماً", "€3.5 million in fees"; or, when none follows, the last before it), brings that
 * sentence into the support set (at most MAX_FUSED), whose credits the set then has, and the support's
 * score is the weighted share the set covers, as the support search computes it. A figure whose counted
 * word the other sentence lacks (24 years given as 24 goals) stays outside, for the number rule.
 *
 * Measured (`npm run eval -- --split dev`, model refitted): WiCE support-set F1 0.641 → 0.646, SuperPAL
 * 0.443 → 0.454 (human-marked evidence links: the fusions are real), WiCE error decision 0.838 → 0.846.
 * SummEdits' evaluation split falls 0.771 → 0.707, all of it one article (32 of its 133 summaries):
 * "guided for sales of $5bn in 2023" is now sourced by the sentence that says it, so its edits elsewhere
 * (increase for decline beside a sentence that has both) are no longer caught through that figure;
 * the unedited summary, flagged before for the same figure, is now clean.
 * (Restated figures, "more than 800,000" for 812,000, were also tried as covered: dev probes' faithful
 * summaries with an error went 0.458 → 0.583, and after the spread feature's merge planted probe errors caught
 * 0.62 → 0.60, so not kept. Fusing only into a support set that carries half the claim or more, so that an
 * invention around a real "two weeks" is not lifted by it: dev WiCE claim balanced accuracy 0.846 → 0.838 and
 * SuperPAL support-set F1 0.454 → 0.443, so not kept either.)
 */
export function fuseFigures(ctx: CheckContext): void {
  for (const a of ctx.sentences) if (isChecked(a.unit.kind)) a.support = withFigures(ctx, a);
  for (const a of ctx.claims) if (isChecked(a.unit.kind)) a.support = withFigures(ctx, a);
}

function withFigures(ctx: CheckContext, a: UnitAnalysis<Claim | Sentence>): Support {
  const { query, support, unit } = a;
  const tokens = unit.tokens;
  if (query.W === 0) return support;
  const qs = quantities(tokens, ctx.summary.text);
  if (qs.length === 0) return support;
  const nk = query.keys.length;
  // the query key each token carries (a stop word none)
  const keyOf = new Map<Token, number>();
  query.keyAt?.forEach((kx, i) => {
    if (kx >= 0) keyOf.set(query.tokens![i], kx);
  });
  const figure = figureTokens(tokens, qs);
  let sources = support.sources;
  let covered = support.covered;
  for (const q of qs) {
    if (sources.length - support.sources.length >= MAX_FUSED) break;
    if (sourcesFigure(ctx, sources, q)) continue;
    const h = fusedHolder(ctx, a, keyOf, q, figure, sources);
    if (h < 0) continue;
    if (covered === support.covered) {
      covered = covered.slice();
      sources = [...sources];
    }
    sources.push(h);
    for (let kx = 0; kx < nk; kx++) {
      const m = ctx.index.match(query.keys[kx], h);
      if (m > covered[kx]) covered[kx] = m;
    }
  }
  if (covered === support.covered) return support;
  let m = 0;
  for (let kx = 0; kx < nk; kx++) m += query.keys[kx].w * covered[kx];
  return { sources, score: m / query.W, bestScore: support.bestScore, covered };
}

/** Indices of the tokens of the figures (their hedges included). */
function figureTokens(tokens: Token[], qs: readonly Quantity[]): Set<number> {
  const out = new Set<number>();
  for (const q of qs) for (let i = hedgeStart(tokens, q.first); i <= q.last; i++) out.add(i);
  return out;
}

/**
 * The source sentence outside the support set that holds figure q with the word it counts, or -1: of those
 * that do, the one that carries most of the words around the figure, the first in the source on a tie.
 *
 * The sentences that may answer are in two sorted lists at once: the holders of the figure's values and the
 * postings of the counted word's forms. They are read from the shorter, in sentence order, each tested
 * against the other in place, and the reading stops at the first sentence that carries every word around
 * the figure at its best form (no later one can beat it: a tie goes to the earlier). A year or a small
 * number stands in thousands of sentences of a large source, and reading every holder for every figure of
 * the summary was 256 s of 551 s in the profile of English 1,000,000 (0.9 s of 22 s at 100,000;
 * bench/README.md, issue 25 growth round).
 */
function fusedHolder(
  ctx: CheckContext,
  a: UnitAnalysis<Claim | Sentence>,
  keyOf: ReadonlyMap<Token, number>,
  q: Quantity,
  figure: ReadonlySet<number>,
  sources: readonly number[],
): number {
  const tokens = a.unit.tokens;
  const counted = countedWord(tokens, q, figure);
  const countedKey = counted && keyOf.get(counted);
  if (countedKey === undefined) return -1;
  const keys = a.query.keys;
  const ck = keys[countedKey];
  const around = wordsAround(tokens, q.first, q.last).flatMap((t) => keyOf.get(t) ?? []);
  // the most a sentence can score, summed in the order the scores are (match gives a key's forms' best first)
  let most = 0;
  for (const kx of around) most += keys[kx].alts.reduce((m, f) => Math.max(m, f.m), 0);
  const values = figureValues(q);
  let best = -1,
    top = -1;
  for (const h of figureHolders(ctx, values, ck)) {
    if (sources.includes(h)) continue;
    let n = 0;
    for (const kx of around) n += ctx.index.match(keys[kx], h);
    if (n > top) {
      top = n;
      best = h;
      if (n === most) break;
    }
  }
  return best;
}

/** figureHolders' answers per check, by the values and the counted word's forms with their credits. */
const FIGURE_HOLDERS = new WeakMap<CheckContext, Map<string, Int32Array>>();

/**
 * The source sentences that hold one of `values` and a form of the counted word `ck` that credits, ascending: the sentences
 * of two sorted lists at once (the holders of the values, the postings of the word's forms). Kept per check: a summary states the same figure of the same thing in many sentences (a large source's summary,
 * or the bench's, whose lines repeat a pool's), and the lists of a year or of a small number grow with the source, so that
 * reading them again for each figure made fusedHolder grow with the square of the source (English 1,000,000: 41 s of self
 * time against 0.24 s at 100,000, where the sentences holding both were one in fifteen of those read). Exported for the test
 * that holds it equal to its definition.
 */
export function figureHolders(ctx: CheckContext, values: readonly number[], ck: QueryKey): Int32Array {
  const id = `${values.join()}|${ck.alts.map((f) => `${f.id}:${f.m}`).join()}`;
  return keptPerCheck(FIGURE_HOLDERS, ctx, id, () => {
    const holders = values.map((v) => holdersOf(ctx, v));
    const { postData: post, postStart: start } = ctx.index.data;
    const words = ck.alts.map((f) => post.subarray(start[f.id], start[f.id + 1]));
    let nHolders = 0,
      nPosted = 0;
    for (const l of holders) nHolders += l.length;
    for (const l of words) nPosted += l.length;
    const found: number[] = [];
    if (ck.alts.every((f) => f.m > 0)) {
      // every form credits: a sentence matches the word when it holds one of them (its postings). The shorter side's
      // sentences, in order, are each sought in the longer side's lists by galloping on from where the last search
      // stopped, so that a year's 10,000 holders cost about the length of a rare word's postings, not their own
      const [walk, seek] = nPosted < nHolders ? [words, holders] : [holders, words];
      const at = new Int32Array(seek.length);
      forEachOf(walk, (h) => {
        for (let l = 0; l < seek.length; l++) {
          at[l] = gallop(seek[l], at[l], seek[l].length, h);
          if (seek[l][at[l]] === h) {
            found.push(h);
            return;
          }
        }
      });
    } else
      forEachOf(holders, (h) => {
        if (ctx.index.match(ck, h) > 0) found.push(h);
      });
    return Int32Array.from(found);
  });
}

/**
 * Calls `f` with the sentences of sorted lists, ascending, each once; a single list (the usual case: one value, one form) is
 * read straight. (A generator did the same: 1.3 s of the profile at English 1,000,000.)
 */
function forEachOf(lists: readonly ArrayLike<number>[], f: (h: number) => void): void {
  if (lists.length === 1) {
    const l = lists[0];
    for (let x = 0; x < l.length; x++) if (x === 0 || l[x] !== l[x - 1]) f(l[x]);
    return;
  }
  const at = new Int32Array(lists.length);
  for (let prev = -1; ; ) {
    let h = -1;
    for (let l = 0; l < lists.length; l++) {
      const list = lists[l];
      while (at[l] < list.length && list[at[l]] <= prev) at[l]++;
      if (at[l] < list.length && (h < 0 || list[at[l]] < h)) h = list[at[l]];
    }
    if (h < 0) return;
    prev = h;
    f(h);
  }
}

/**
 * The content word a figure counts: the first after it, else (a figure ending its unit) the last before its
 * hedge. Never a figure's own word: in "sales of $10bn in 2023" the year is no unit of the sum, and a
 * sentence holding 10bn and 2023 (another company's sales that year) would pass as its source.
 */
function countedWord(tokens: Token[], q: Quantity, figure: ReadonlySet<number>): Token | undefined {
  for (let i = q.last + 1; i < tokens.length; i++) if (!tokens[i].stop && !figure.has(i)) return tokens[i];
  for (let i = hedgeStart(tokens, q.first) - 1; i >= 0; i--) if (!tokens[i].stop && !figure.has(i)) return tokens[i];
  return undefined;
}
