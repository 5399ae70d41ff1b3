import { analyze, type Doc } from '../text/document.js';
import { SourceIndex } from './source-index.js';
import { Idf } from './weights.js';
import { COVERAGE_WEIGHT, STOPWORD_TRIGRAM_WEIGHT } from '../settings.js';

/**
 * Symmetric similarity of two sentences in 0..1: the mean of each side's weighted coverage by the
 * other (the measure the aligner ranks with), blended with the cosine of IDF-weighted character
 * trigrams of their words, which catches shared morphology that stems miss. For benchmarks such as
 * STS and for library users.
 */
export function similarity(a: string, b: string, idf?: Idf): number {
  const da = analyze(a, { prefix: 'a' }),
    db = analyze(b, { prefix: 'b' });
  const w = idf ?? Idf.ofSentences([da, db]);
  const one = (x: typeof da, y: typeof db) => {
    if (!y.sentences.length) return 0;
    // every token of y in one source sentence (the first's id and place)
    const { id, start, end, text } = y.sentences[0];
    const merged = { ...y, sentences: [{ id, start, end, text, tokens: y.tokens, kind: 'body' as const }] };
    const index = new SourceIndex(merged, x, idf);
    return index.coverage(index.query(x.tokens), 0);
  };
  const cov = (one(da, db) + one(db, da)) / 2;
  return COVERAGE_WEIGHT * cov + (1 - COVERAGE_WEIGHT) * cosine(trigrams(da, w), trigrams(db, w));
}

/** Character trigrams of each word's matching key (padded with spaces), weighted by the word's IDF; function words count STOPWORD_TRIGRAM_WEIGHT. */
function trigrams(d: Doc, idf: Idf): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of d.tokens) {
    const w = idf.weight(t.stem) * (t.stop ? STOPWORD_TRIGRAM_WEIGHT : 1);
    const k = ' ' + t.key + ' ';
    for (let i = 0; i + 3 <= k.length; i++) {
      const g = k.slice(i, i + 3);
      m.set(g, (m.get(g) ?? 0) + w);
    }
  }
  return m;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0,
    na = 0,
    nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    const u = b.get(k);
    if (u !== undefined) dot += v * u;
  }
  for (const v of b.values()) nb += v * v;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/**
 * Inverse document frequencies over a collection of texts, one unit per sentence, for comparing
 * sentences that come without their documents (benchmarks, a list of headlines).
 */
export function buildIdf(texts: string[]): Idf {
  return Idf.ofSentences(texts.map((t) => analyze(t, { prefix: 'x' })));
}
