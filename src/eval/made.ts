/**
 * What the made pairs share: the training data's (eval/train.ts) and the benchmark's (bench/generate.mjs,
 * which imports this module from dist/). One seeded generator and one rule for the words a rewrite may
 * drop, so that "a light rewrite" means the same in both.
 */

import { normalizeToken } from '../text/normalize.js';
import { isNegationKey, isReversingKey } from '../text/negation.js';

/** mulberry32: a small seeded PRNG, so every run makes the same texts. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Negation words, which a rewrite never drops: "they don't want to" with "don't" dropped says the opposite,
 * so it is no rewrite of its line but a planted change, and a checker's error on it is right, not a false
 * alarm. (Before this guard, 20 of the 25 English rewritten lines of the benchmark with an error at 10,000
 * sentences were such drops: `node tools/invented-lines.mjs`.)
 */
const NEGATION =
  /^[وف]?(?:لا|لم|لن|ليس|ليست|لست|لسنا|ليسوا|غير|دون|بدون|بلا|ما)$|^(?:not|no|never|nor|none|nobody|nothing|neither|nowhere|without|cannot|\w+n't)$/i;

/** Is a whitespace-separated word (punctuation around it allowed) a negation? */
export function isNegation(word: string): boolean {
  const bare = word.replace(/^[^\p{L}]+|[^\p{L}']+$/gu, '').replace(/\u2019/g, "'");
  if (NEGATION.test(bare)) return true;
  // and the engine's own cues and verbs that turn round what they govern (lexicons/negation.json): عدم, ترفض,
  // failed. Dropped, they too say the opposite (يحث على الانسحاب for يحث على عدم الانسحاب; لبنانية مشروع رسم for
  // لبنانية ترفض مشروع رسم: two of the 91 Arabic rewritten lines of tests/spread.test.ts once the engine read them)
  const key = normalizeToken(bare);
  return isNegationKey(key) || isReversingKey(key);
}

/** Drops the word at i unless it is a negation (the draw is spent either way, so the stream of draws stays the same). */
export function dropWord(words: string[], i: number): void {
  if (!isNegation(words[i])) words.splice(i, 1);
}
