import { normalizeToken } from '../text/normalize.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}\u0640\u200C\u200D'’]*/gu;
const N = 3;
/** Characters searched on each side: three words of news text, with room for long ones. */
const WINDOW = 120;

/**
 * The words around a flag, as matching keys: up to three before and three after. A review decision
 * is keyed by the flagged words and this context, not by offsets, so it survives edits elsewhere in
 * the text (and an edit on one side of the flag: either side matching is enough).
 */
export function flagContext(text: string, start: number, end: number): { before: string; after: string } {
  // a short window first: with more than N words in it, its last N are the window's last N (only its
  // first word can be cut), so the long window is read only near the start of a text or long words
  let before = keys(text.slice(Math.max(0, start - SHORT), start));
  if (before.length <= N && start > SHORT) before = keys(text.slice(Math.max(0, start - WINDOW), start));
  const after = keys(text.slice(end, end + WINDOW), N);
  return { before: before.slice(-N).join(' '), after: after.join(' ') };
}

/** Characters of the first, short look back: about five words of news text. */
const SHORT = 48;

/** The flagged words as a key: normalised words joined by single spaces. */
export function wordsKey(s: string): string {
  return keys(s).join(' ');
}

function keys(s: string, max = Infinity): string[] {
  const out: string[] = [];
  // exec on the one global expression (matchAll clones it per call: a RegExp per flag side)
  WORD.lastIndex = 0;
  for (let m = WORD.exec(s); m !== null; m = WORD.exec(s)) {
    if (out.length >= max) break;
    // normalizeToken keeps its own cache of words already seen (a long source has tens of thousands of
    // omission flags, each with context)
    out.push(normalizeToken(m[0]));
  }
  return out;
}
