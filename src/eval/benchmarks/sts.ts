import { similarity, buildIdf } from '../../index.js';
import { readText } from './data.js';
import { pearson, spearman } from './metrics.js';

/**
 * SemEval-2017 STS track 1 (Arabic–Arabic, 250 pairs, test only): Pearson and Spearman of isnad's
 * sentence similarity against the 0–5 gold. IDF comes from the 500 input sentences themselves (no
 * labels), as it would from a summary and its source.
 */
export function sts() {
  const pairs = readText('sts2017-ar/STS2017.eval.v1.1/STS.input.track1.ar-ar.txt').split('\n').filter((l) => l.trim()).map((l) => l.split('\t'));
  const gold = readText('sts2017-ar/STS2017.gs/STS.gs.track1.ar-ar.txt').split('\n').filter((l) => l.trim()).map(Number);
  const idf = buildIdf(pairs.flat());
  const pred = pairs.map(([a, b]) => similarity(a, b, idf));
  return { pairs: pairs.length, pearson: pearson(pred, gold), spearman: spearman(pred, gold) };
}
