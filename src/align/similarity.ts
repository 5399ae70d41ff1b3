import { analyze } from '../text/document.js';
import { SourceIndex } from './source-index.js';
import { coverage } from './align.js';
import type { Idf } from './weights.js';

/**
 * Symmetric similarity of two sentences in 0..1: the mean of each side's weighted coverage by the
 * other (the measure the aligner ranks with), for benchmarks such as STS and for library users.
 */
export function similarity(a: string, b: string, idf?: Idf): number {
  const da = analyze(a, { prefix: 'a' }), db = analyze(b, { prefix: 'b' });
  const one = (x: typeof da, y: typeof db) => {
    const merged = { ...y, sentences: [{ ...y.sentences[0], tokens: y.tokens, kind: 'body' as const }] };
    if (!y.sentences.length) return 0;
    const index = new SourceIndex(merged, x, idf);
    return coverage(index, index.query(x.tokens), 0);
  };
  return (one(da, db) + one(db, da)) / 2;
}
