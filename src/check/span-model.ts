import type { CheckContext, UnitAnalysis } from './context.js';
import type { Claim } from '../text/document.js';
import type { Token } from '../text/tokenize.js';
import type { RuleId } from './types.js';
import model from './span-model.json' with { type: 'json' };

/**
 * The span model: which words of a claim that the claim model judges unsupported lack a source, besides the words its
 * flags already mark. A logistic regression over each content word's evidence, learned from WiCE dev's partly
 * supported claims with the words the project had labelled (benchmarks/wice/isnad) by `npm run train:spans`
 * (src/eval/train-spans.ts), which writes check/span-model.json with its data, threshold and dev figures.
 *
 * Why only in claims judged unsupported: on the labelled words, a word model over every claim reached F1 0.548–0.570
 * against the flags' 0.523–0.525 (one half trained, the other scored), but it marks words of faithful paraphrase as
 * readily; read only in claims the claim model already makes errors, faithful text that draws no error draws nothing
 * more, and an error's words are the ones an editor checks.
 */
/**
 * The rules whose flags mark words of a claim that the source does not carry (content flags): the words the span model
 * sees as already flagged, and the flags that the eval's flagged-word figures count (eval/benchmarks/spans.ts).
 */
export const CONTENT_RULES: ReadonlySet<RuleId> = new Set([
  'unsupported-claim',
  'unsupported-span',
  'unknown-name',
  'entity-mismatch',
  'number-mismatch',
  'negation-mismatch',
]);

export const WORD_FEATURES = [
  'covered',
  'known',
  'weight',
  'capitalised',
  'number',
  'prevUncovered',
  'nextUncovered',
  'position',
  'claimUncovered',
  'support',
  'pClaim',
  'flagged',
] as const;

export interface SpanModel {
  features: string[];
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
  /** A word at or above it is flagged (chosen on the labelled words' dev half). */
  threshold: number;
}

export const SPAN_MODEL: SpanModel = model as SpanModel;

if (SPAN_MODEL.features.join() !== WORD_FEATURES.join())
  throw new Error('check/span-model.json does not match check/span-model.ts: rebuild it with npm run train:spans');

/** A claim's content word and its evidence, in WORD_FEATURES order. */
export interface WordRow {
  token: Token;
  x: number[];
}

/** Under this share of its weight carried by the support set, a word counts as uncovered (for its neighbours' features). */
const UNCOVERED = 0.5;

/**
 * The evidence of each content word of a claim (a word with a key of the claim's query): how far its support set
 * carries it, whether the source has it anywhere, its weight, its case and kind, whether the content words beside it
 * are uncovered, its place, the share of the claim's words uncovered, the claim's support and chance of being
 * unsupported, and whether a flag already marks it.
 */
export function wordRows(ctx: CheckContext, a: UnitAnalysis<Claim>, p: number, flagged: (t: Token) => boolean): WordRow[] {
  const { query, support, unit } = a;
  const at = query.keyAt;
  if (!at) return [];
  const content: { token: Token; kx: number; i: number }[] = [];
  unit.tokens.forEach((token, i) => {
    const kx = at[i];
    if (kx !== undefined && kx >= 0 && !token.stop) content.push({ token, kx, i });
  });
  if (content.length === 0) return [];
  const unc = content.map((c) => support.covered[c.kx] < UNCOVERED);
  const share = unc.filter(Boolean).length / content.length;
  return content.map((c, n) => {
    const k = query.keys[c.kx];
    const text = c.token.text;
    return {
      token: c.token,
      x: [
        support.covered[c.kx],
        ctx.index.known(k) ? 1 : 0,
        k.w,
        c.i > 0 && /^\p{Lu}/u.test(text) ? 1 : 0,
        c.token.kind === 'number' || /\p{N}/u.test(text) ? 1 : 0,
        n > 0 && unc[n - 1] ? 1 : 0,
        n + 1 < content.length && unc[n + 1] ? 1 : 0,
        c.i / unit.tokens.length,
        share,
        support.score,
        p,
        flagged(c.token) ? 1 : 0,
      ],
    };
  });
}

/** The chance that a word with this evidence lacks a source (0..1). */
export function pWord(x: readonly number[], m: SpanModel = SPAN_MODEL): number {
  let z = m.bias;
  for (let j = 0; j < x.length; j++) z += (m.weights[j] * (x[j] - m.mean[j])) / m.scale[j];
  return 1 / (1 + Math.exp(-z));
}
