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
  const before = lastWords(text, Math.max(0, start - WINDOW), start, N);
  const after = keys(text.slice(end, end + WINDOW), N);
  return { before: before.join(' '), after: after.join(' ') };
}

/**
 * The last n words of text[lo, hi) as WORD reads that window, found from its end: a word is the part
 * of a run of word characters from its first letter or digit (WORD's first class) to the run's end.
 * Reading the window from its start normalised every word in it, about three times the words kept:
 * with the 55,000 omission flags of a 100,000-sentence English source that was 0.9 s (bench/README.md).
 */
function lastWords(text: string, lo: number, hi: number, n: number): string[] {
  const out: string[] = [];
  let j = hi;
  while (out.length < n && j > lo) {
    // back over what is not a word character, then over the run of word characters before it
    let k = classBefore(text, j, lo);
    while (j > lo && (k & 3) === OUT) {
      j -= k >> 2;
      k = classBefore(text, j, lo);
    }
    if (j <= lo) break;
    const runEnd = j;
    while (j > lo && (k & 3) !== OUT) {
      j -= k >> 2;
      k = classBefore(text, j, lo);
    }
    // the word starts at the run's first letter or digit (marks, tatweel and apostrophes before it are not read)
    let s = j;
    while (s < runEnd) {
      const c = classAt(text, s, runEnd);
      if ((c & 3) === FIRST) break;
      s += c >> 2;
    }
    if (s < runEnd) out.push(normalizeToken(text.slice(s, runEnd)));
  }
  return out.reverse();
}

/** Character classes of WORD: its first character, its other characters only, neither. */
const OUT = 0,
  FIRST = 1,
  NEXT = 2;
const IS_FIRST = /[\p{L}\p{N}]/u,
  IS_NEXT = /[\p{M}\u0640\u200C\u200D'’]/u;
const classes = new Uint8Array(65536);
const classOf = (ch: string) => (IS_FIRST.test(ch) ? FIRST : IS_NEXT.test(ch) ? NEXT : OUT);
/** Class of the code point that starts at i (within [.., hi)), with its width in code units: class | width << 2. */
function classAt(text: string, i: number, hi: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < hi) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classOf(text.slice(i, i + 2)) | 8;
  }
  return bmpClass(c) | 4;
}
/** Class of the code point that ends at j (within [lo, ..)), with its width, as classAt. */
function classBefore(text: string, j: number, lo: number): number {
  if (j <= lo) return OUT | 4;
  const d = text.charCodeAt(j - 1);
  if (d >= 0xdc00 && d <= 0xdfff && j - 2 >= lo) {
    const c = text.charCodeAt(j - 2);
    if (c >= 0xd800 && c <= 0xdbff) return classOf(text.slice(j - 2, j)) | 8;
  }
  return bmpClass(d) | 4;
}
/** A lone surrogate is neither (as with WORD's u flag); others are classified once and remembered (class + 1, 0: not yet). */
function bmpClass(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return OUT;
  let k = classes[c];
  if (k === 0) k = classes[c] = classOf(String.fromCharCode(c)) + 1;
  return k - 1;
}

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
