import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import fc from 'fast-check';
import { analyze } from '../src/text/document.js';
import { SourceIndex } from '../src/align/source-index.js';
import { CarriedShares } from '../src/align/carried.js';

const seed = (f: string) => fs.readFileSync(`corpus/libya-sirte-2016/${f}.txt`, 'utf8');

/** The definition CarriedShares must keep: an index over the summary, queried with each source sentence (no spelling variants). */
function byReverseIndex(summaryText: string, sourceText: string) {
  const summary = analyze(summaryText, { prefix: 's' }), source = analyze(sourceText, { prefix: 't' });
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

describe('how much of a source sentence the summary carries (the omission rule\'s measure)', () => {
  it('equals, to the bit, the coverage by an index over the summary: Arabic seed pair', () => {
    const pairs = byReverseIndex(seed('summary'), seed('source'));
    expect(pairs.length).toBeGreaterThan(400);
    expect(pairs.filter((p) => p.slow > 0).length).toBeGreaterThan(100);
    for (const p of pairs) expect(p.fast).toBe(p.slow);
  });

  it('equals it on English and on mixed random text, and takes the best of several summary sentences', () => {
    const words = ['the', 'army', 'armies', 'said', 'says', 'Sirte', 'city', 'والمدينة', 'المدينة', 'مدن', 'كتب', 'والكتاب', 'لكتاب', '360', 'not', 'strikes', 'struck', 'جوية'];
    const sentence = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }).map((w) => w.join(' ') + '.');
    fc.assert(fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }), fc.array(sentence, { minLength: 1, maxLength: 4 }), (sum, src) => {
      const summaryText = sum.join('\n'), sourceText = src.join('\n');
      for (const p of byReverseIndex(summaryText, sourceText)) expect(p.fast).toBe(p.slow);
      const summary = analyze(summaryText, { prefix: 's' }), source = analyze(sourceText, { prefix: 't' });
      const index = new SourceIndex(source, summary), carried = new CarriedShares(index, summary);
      const all = summary.sentences.map((_, j) => j);
      source.sentences.forEach((_, i) => expect(carried.best(i, all)).toBe(Math.max(0, ...all.map((j) => carried.best(i, [j])))));
    }), { numRuns: 200 });
  });
});
