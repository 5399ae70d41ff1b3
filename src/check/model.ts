import { FEATURES } from './features.js';
import model from './claim-model.json' with { type: 'json' };

/**
 * The claim model: a logistic regression over a claim's evidence (check/features.ts) that gives the
 * chance that the claim is unsupported by its source. Its weights are data, learned from labelled
 * pairs by `npm run train` (src/eval/train.ts), which writes check/claim-model.json with the data it
 * used, the dev figures that chose its operating points, and its calibration table on dev.
 */
export type OperatingPoint = 'high' | 'balanced' | 'recall';
export const OPERATING_POINTS: readonly OperatingPoint[] = ['high', 'balanced', 'recall'];

export interface ClaimModel {
  features: string[];
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
  /** The decision threshold on pUnsupported at each operating point (chosen on dev). */
  operatingPoints: Record<OperatingPoint, number>;
}

export const CLAIM_MODEL: ClaimModel = model as ClaimModel;

// the model file and the features must name the same columns in the same order
if (CLAIM_MODEL.features.join() !== FEATURES.join()) throw new Error('check/claim-model.json does not match check/features.ts: rebuild it with npm run train');

/** The chance that a claim with these features is unsupported (0..1). */
export function pUnsupported(x: readonly number[], m: ClaimModel = CLAIM_MODEL): number {
  let z = m.bias;
  for (let j = 0; j < x.length; j++) z += (m.weights[j] * (x[j] - m.mean[j])) / m.scale[j];
  return 1 / (1 + Math.exp(-z));
}

/** The threshold on pUnsupported at or above which a claim is an error. */
export const thresholdFor = (op: OperatingPoint = 'balanced', m: ClaimModel = CLAIM_MODEL): number => m.operatingPoints[op];
