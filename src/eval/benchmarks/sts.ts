import { similarity, buildIdf } from '../../index.js';
import { readText } from './data.js';
import { pearson, spearman } from './metrics.js';

/** The SemEval-2017 STS track 1 tracks the project keeps: ar-ar is reported; en-en and es-es are where `similarity` was tuned. */
export const STS_TRACKS = { 'ar-ar': 'track1.ar-ar', 'en-en': 'track5.en-en', 'es-es': 'track3.es-es' } as const;
export type StsTrack = keyof typeof STS_TRACKS;

/**
 * SemEval-2017 STS (250 pairs per track, test sets only): Pearson and Spearman of isnad's sentence
 * similarity against the 0–5 gold. IDF comes from the 500 input sentences themselves (no labels), as
 * it would from a summary and its source. The eval's dev split reads en-en and es-es, the tracks its
 * weights were chosen on; its test split reads ar-ar, which no setting was chosen on.
 */
export function sts(track: StsTrack = 'ar-ar') {
  const name = STS_TRACKS[track];
  const pairs = readText(`sts2017-ar/STS2017.eval.v1.1/STS.input.${name}.txt`)
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => l.split('\t'));
  const gold = readText(`sts2017-ar/STS2017.gs/STS.gs.${name}.txt`)
    .split('\n')
    .filter((l) => l.trim())
    .map(Number);
  const idf = buildIdf(pairs.flat());
  const pred = pairs.map(([a, b]) => similarity(a, b, idf));
  return { pairs: pairs.length, pearson: pearson(pred, gold), spearman: spearman(pred, gold) };
}
