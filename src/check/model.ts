import { FEATURES, type FeatureName } from './features.js';
import type { RuleId } from './types.js';
import model from './claim-model.json' with { type: 'json' };

/**
 * The claim model: an additive logistic model (a line and steps per feature, see Step) over a claim's evidence (check/features.ts) that gives the
 * chance that the claim is unsupported by its source. Its weights are data, learned from labelled
 * pairs by `npm run train` (src/eval/train.ts), which writes check/claim-model.json with the data it
 * used, the dev figures that chose its operating points, and its calibration table on dev.
 */
export type OperatingPoint = 'high' | 'balanced' | 'recall';
export const OPERATING_POINTS: readonly OperatingPoint[] = ['high', 'balanced', 'recall'];

/**
 * A step in one feature's effect: a claim whose feature is at or above `at` gets `weight` more log-odds. With the
 * linear weights they make the model additive (a generalised additive model with a line and steps per feature):
 * coverage's effect is not a line (a claim at 0.95 is no surer than one at 0.85; one at 0.4 is much less sure than
 * one at 0.6), and steps at the training claims' quantiles let each feature bend where the data bends it.
 */
export interface Step {
  feature: string;
  at: number;
  weight: number;
}

export interface ClaimModel {
  features: string[];
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
  /** The steps of the features' effects, in raw units (no mean or scale): see Step. */
  steps?: Step[];
  /** The decision threshold on pUnsupported at each operating point (chosen on dev). */
  operatingPoints: Record<OperatingPoint, number>;
  /**
   * The thresholds for a summary of an article (at least `sentences` sentences with a checked claim), chosen on the dev
   * editor pairs (src/eval/train-points.ts): the public labelled sets, which choose operatingPoints, are claims, headlines
   * and summaries of one to three sentences, and cannot choose for such a summary. Absent: operatingPoints for every summary.
   * `ignore`: features of evidence no rule flags (LONG_IGNORABLE) that the model does not read in such a summary, chosen
   * there too (read as 0, their value when there is none).
   */
  long?: { sentences: number; operatingPoints: Record<OperatingPoint, number>; ignore?: FeatureName[]; ignoreFlags?: FlagKind[] };
}

/** A kind of rule flag: its rule and message id. */
export interface FlagKind {
  rule: RuleId;
  messageId: string;
}

/**
 * The kinds of rule flag that src/eval/train-points.ts may choose for ClaimModel.long's `ignoreFlags`: flags the model does
 * not read as their rule's evidence in a summary of an article (they stay in the report, at the severity the model gives the
 * claim from its other evidence: a warning, unless that evidence makes it an error). Chosen on pairs read on arrival
 * (probes/arrival), whose faithful summaries no rule was mended on: there, in two batches of editor pairs, a negation the
 * claim adds or an opposite read through a negation was an error on ten faithful summaries and on no planted error, while
 * on the pairs the rules have been mended on it looked precise.
 */
export const LONG_IGNORABLE_FLAGS: readonly FlagKind[] = [
  { rule: 'negation-mismatch', messageId: 'added' },
  { rule: 'negation-mismatch', messageId: 'opposite' },
  { rule: 'negation-mismatch', messageId: 'dropped' },
  { rule: 'antonym-mismatch', messageId: 'opposite' },
];

/**
 * The features that src/eval/train-points.ts may choose for ClaimModel.long's `ignore`: evidence that no flag shows the
 * editor (a negation of words the source never says, a claim spread over unrelated sentences), learned from the public
 * sets' claims and headlines, where it was evidence of invention, and in an editor's summary of an article often an
 * editor's paraphrase.
 */
export const LONG_IGNORABLE: readonly FeatureName[] = ['negationUnsaid', 'spreadGap'];

/** Is `sentences` (sentences with a checked claim) a summary of an article for the model (ClaimModel.long)? */
export const isLong = (m: ClaimModel, sentences: number): boolean => m.long !== undefined && sentences >= m.long.sentences;

export const CLAIM_MODEL: ClaimModel = model as ClaimModel;

// the model file and the features must name the same columns in the same order
if (CLAIM_MODEL.steps?.some((s) => !CLAIM_MODEL.features.includes(s.feature)))
  throw new Error('check/claim-model.json has a step on a feature it does not list: rebuild it with npm run train');
if (CLAIM_MODEL.features.join() !== FEATURES.join()) throw new Error('check/claim-model.json does not match check/features.ts: rebuild it with npm run train');

/** Each step's feature column, per list of steps: found once, not per claim (the decision reads every claim of a summary). */
const STEP_COLUMNS = new WeakMap<readonly Step[], number[]>();
const stepColumns = (m: ClaimModel, steps: readonly Step[]): number[] => {
  let c = STEP_COLUMNS.get(steps);
  if (!c) STEP_COLUMNS.set(steps, (c = steps.map((s) => m.features.indexOf(s.feature))));
  return c;
};

/** The chance that a claim with these features is unsupported (0..1). */
export function pUnsupported(x: readonly number[], m: ClaimModel = CLAIM_MODEL): number {
  let z = m.bias;
  for (let j = 0; j < x.length; j++) z += (m.weights[j] * (x[j] - m.mean[j])) / m.scale[j];
  const steps = m.steps;
  if (steps) {
    const cols = stepColumns(m, steps);
    for (let k = 0; k < steps.length; k++) if (x[cols[k]] >= steps[k].at) z += steps[k].weight;
  }
  return 1 / (1 + Math.exp(-z));
}

/**
 * The threshold on pUnsupported at or above which a claim is an error, in a summary of `sentences` sentences with a
 * checked claim (the long summaries' own when it has at least ClaimModel.long's).
 */
export const thresholdFor = (op: OperatingPoint = 'balanced', m: ClaimModel = CLAIM_MODEL, sentences = 0): number =>
  isLong(m, sentences) ? m.long!.operatingPoints[op] : m.operatingPoints[op];
