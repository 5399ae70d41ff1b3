/** Plain statistics for the benchmarks; each is the textbook definition. */

export function pearson(x: number[], y: number[]): number {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n,
    my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0,
    sxx = 0,
    syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx,
      dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

/** Ranks with ties sharing their mean rank. */
export function ranks(x: number[]): number[] {
  const order = x.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const r = new Array<number>(x.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    for (let k = i; k <= j; k++) r[order[k][1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return r;
}

export const spearman = (x: number[], y: number[]): number => pearson(ranks(x), ranks(y));

/** Area under the ROC curve: the chance that a random positive scores above a random negative (ties 1/2). */
export function auc(scores: number[], positive: boolean[]): number {
  const r = ranks(scores);
  let np = 0,
    sum = 0;
  positive.forEach((p, i) => {
    if (p) {
      np++;
      sum += r[i];
    }
  });
  const nn = positive.length - np;
  if (np === 0 || nn === 0) return NaN;
  return (sum - (np * (np + 1)) / 2) / (np * nn);
}

/** Mean of the recall on each class. */
export function balancedAccuracy(predicted: boolean[], actual: boolean[]): number {
  let tp = 0,
    fn = 0,
    tn = 0,
    fp = 0;
  predicted.forEach((p, i) => {
    if (actual[i]) {
      if (p) tp++;
      else fn++;
    } else if (p) fp++;
    else tn++;
  });
  return ((tp + fn ? tp / (tp + fn) : 0) + (tn + fp ? tn / (tn + fp) : 0)) / 2;
}

export function f1(tp: number, fp: number, fn: number): { p: number; r: number; f1: number } {
  const p = tp + fp ? tp / (tp + fp) : 0,
    r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** One labelled unit of a benchmark: the report's summary score (stats.pUnsupported) and the truth. */
export interface Unit {
  score: number;
  unsupported: boolean;
}

/** The threshold on the summary score with the best balanced accuracy (the lowest of equals), on a grid of 0.01. */
export function bestThreshold(units: readonly Unit[]): { t: number; ba: number } {
  let best = { t: 0.5, ba: -1 };
  for (let k = 1; k < 100; k++) {
    const t = k / 100,
      ba = balancedAccuracy(
        units.map((u) => u.score >= t),
        units.map((u) => u.unsupported),
      );
    if (ba > best.ba) best = { t, ba };
  }
  return best;
}
