import { describe, expect, it } from 'vitest';
// @ts-expect-error: a JavaScript module of the benchmark, without types
import { withoutNearDuplicates, pool, makePair, HARD_MIX } from '../bench/generate.mjs';
import { rng } from '../src/eval/made.js';
import { splitSentences } from '../src/text/sentences.js';

/** The plain definition: a sentence is dropped when its word set's Jaccard overlap with a kept one's is `most` or more. */
function plainWithoutNearDuplicates(sents: string[], most = 0.5): string[] {
  const wordsOf = (s: string) =>
    new Set(
      s
        .split(' ')
        .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
        .filter(Boolean),
    );
  const kept: Set<string>[] = [];
  const out: string[] = [];
  for (const s of sents) {
    const a = wordsOf(s);
    const near = kept.some((b) => {
      let c = 0;
      for (const w of a) if (b.has(w)) c++;
      return c / (a.size + b.size - c) >= most;
    });
    if (near) continue;
    kept.push(a);
    out.push(s);
  }
  return out;
}

describe("the benchmark's pool (bench/generate.mjs)", () => {
  it('drops near-duplicates exactly as comparing every pair does (prefix filtering is exact)', () => {
    const r = rng(5);
    // a small vocabulary with a skewed spread, so that many sentences are near one another and common words abound
    const vocab = Array.from({ length: 60 }, (_, k) => `w${k}`);
    const word = () => vocab[Math.floor(vocab.length * r() ** 2.5)];
    const sents = Array.from({ length: 1500 }, () => Array.from({ length: 2 + Math.floor(r() * 12) }, word).join(' '));
    sents.push('', '!!', 'w1 w1 w1');
    for (const most of [0.3, 0.5, 0.8]) {
      const fast = withoutNearDuplicates(sents, most),
        plain = plainWithoutNearDuplicates(sents, most);
      expect(fast).toEqual(plain);
      // the case must be one that drops some and keeps some
      expect(plain.length).toBeGreaterThan(20);
      expect(plain.length).toBeLessThan(sents.length - 20);
    }
  });

  it.each(['ar', 'en'])('%s: has no two sentences whose words are mostly the same, and each is one sentence to the splitter', (lang) => {
    const p: string[] = pool(lang);
    expect(plainWithoutNearDuplicates(p.slice(0, 1500))).toEqual(p.slice(0, 1500));
    for (const s of p.slice(0, 3000)) expect(splitSentences(`${s}.`)).toHaveLength(1);
  });

  it('makes compressions from clauses of ten words or more (when one is drawn within a few tries)', () => {
    const p = makePair(3000, 'ar', 9, 0.5, HARD_MIX);
    const clauses: string[] = p.kinds.flatMap((k: string, i: number) => (k === 'compression' ? [p.from[i][0][0]] : []));
    expect(clauses.length).toBeGreaterThan(100);
    const short = clauses.filter((c) => c.split(' ').length < 10).length;
    expect(short / clauses.length).toBeLessThan(0.01);
  });
});
