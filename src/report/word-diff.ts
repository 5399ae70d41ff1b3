// (the one module of diff that the page uses, not its index of 19: the HTML page is loaded by a run that writes one)
import { diffArrays } from 'diff/lib/diff/array.js';
import stringSimilarity from 'string-similarity';
import { makeToken } from '../text/tokenize.js';
import { skeleton } from '../align/variants.js';
import { synonymStems } from '../text/synonyms.js';
import { quantities, figureValues } from '../text/numbers.js';
import { MIN_DICE as VARIANT } from '../settings.js';

const { compareTwoStrings } = stringSimilarity;

/**
 * A word of one side of an aligned pair: shared in order, shared but moved, a synonym of a word of the
 * other side (the lexicon the aligner credits: غارات/ضربات, bought/acquired), or new to this side.
 */
export interface WordMark {
  start: number;
  end: number;
  kind: 'same' | 'moved' | 'synonym' | 'new';
}

export interface Word {
  start: number;
  end: number;
  stem: string;
  alt?: string;
  stop: boolean;
  skeleton: string;
  values?: number[];
}

/**
 * Word-level marks for a summary sentence against its source sentence(s): jsdiff's array diff over
 * the words' matching keys (normalised, stemmed, so البنتاجون/البنتاغون and الأمريكية/الأميركية
 * compare equal after normalisation, and long stems with the same consonant skeleton or at the aligner's Dice threshold, MIN_DICE, with string-similarity), with words from Intl.Segmenter. jsdiff's own word tokenizer
 * splits Arabic into letters (see docs/PRIOR-ART.md), hence the segmenter. Summaries reorder, so a
 * word the diff calls new but that the other side has elsewhere is marked "moved", not "new". A figure
 * is the same as the other side's figure of the same value, in digits or in words (خمسة and 5).
 */
export function wordMarks(a: string, aLang: string, b: string, bLang: string): { a: WordMark[]; b: WordMark[] } {
  return marksBetween(wordsOf([{ segments: segmentsOf(a, aLang), offset: 0 }]), wordsOf([{ segments: segmentsOf(b, bLang), offset: 0 }]));
}

/**
 * Dice over bigrams is at most 2·min(m, n) / (m + n) for m and n bigrams: stems of very different
 * lengths cannot reach VARIANT, and are not compared (the same answer, without building bigrams).
 */
function diceCanReach(a: number, b: number): boolean {
  return (2 * Math.min(a - 1, b - 1)) / (a + b - 2) >= VARIANT;
}

/** Each stem's bigrams (two UTF-16 units packed in a number), sorted; stems recur across a report's sentences. */
const BIGRAMS = new Map<string, number[]>();
function bigramsOf(stem: string): number[] {
  let b = BIGRAMS.get(stem);
  if (!b) {
    if (BIGRAMS.size > 200_000) BIGRAMS.clear();
    b = [];
    for (let i = 0; i < stem.length - 1; i++) b.push(stem.charCodeAt(i) * 65536 + stem.charCodeAt(i + 1));
    b.sort((p, q) => p - q);
    BIGRAMS.set(stem, b);
  }
  return b;
}

/**
 * string-similarity's compareTwoStrings for two different stems without white space, the same number
 * by the same formula (2 × shared bigrams, counted with repeats, over all bigrams), from sorted bigrams
 * kept per stem instead of a Map of the first string's bigrams built at every call (the largest cost of
 * the aligned-sentences table of an English 32,000-sentence source).
 */
export function dice(a: string, b: string): number {
  if (a.length < 2 || b.length < 2) return compareTwoStrings(a, b);
  const x = bigramsOf(a),
    y = bigramsOf(b);
  let i = 0,
    j = 0,
    shared = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      shared++;
      i++;
      j++;
    } else if (x[i] < y[j]) i++;
    else j++;
  }
  return (2.0 * shared) / (a.length + b.length - 2);
}

/** wordMarks over words already found (wordsOf): the HTML report finds each sentence's words once. */
export function marksBetween(wa: Word[], wb: Word[]): { a: WordMark[]; b: WordMark[] } {
  const same = (x: Word, y: Word) =>
    x.stem === y.stem ||
    (x.alt !== undefined && x.alt === y.stem) ||
    (y.alt !== undefined && y.alt === x.stem) ||
    (x.values !== undefined && y.values !== undefined && x.values.some((v) => y.values!.includes(v))) ||
    (x.stem.length >= 4 &&
      y.stem.length >= 4 &&
      (x.skeleton === y.skeleton || (diceCanReach(x.stem.length, y.stem.length) && dice(x.stem, y.stem) >= VARIANT)));
  const parts = diffArrays(wa, wb, { comparator: same });
  const out = { a: [] as WordMark[], b: [] as WordMark[] };
  const seen = (w: Word, side: Word[]) => side.some((x) => same(w, x));
  const synonym = (w: Word, side: Word[]) => {
    const syn = synonymStems({ stem: w.stem, alt: w.alt, kind: 'word' });
    return syn.length > 0 && side.some((x) => syn.includes(x.stem) || (x.alt !== undefined && syn.includes(x.alt)));
  };
  const kindOf = (w: Word, side: Word[]): WordMark['kind'] => (seen(w, side) ? 'moved' : synonym(w, side) ? 'synonym' : 'new');
  let ia = 0,
    ib = 0;
  for (const p of parts) {
    const n = p.value.length;
    if (p.removed) {
      for (const w of wa.slice(ia, ia + n)) if (!w.stop) out.a.push({ start: w.start, end: w.end, kind: kindOf(w, wb) });
      ia += n;
    } else if (p.added) {
      for (const w of wb.slice(ib, ib + n)) if (!w.stop) out.b.push({ start: w.start, end: w.end, kind: kindOf(w, wa) });
      ib += n;
    } else {
      for (let k = 0; k < n; k++) {
        const x = wa[ia + k],
          y = wb[ib + k];
        if (!x.stop) out.a.push({ start: x.start, end: x.end, kind: 'same' });
        if (!y.stop) out.b.push({ start: y.start, end: y.end, kind: 'same' });
      }
      ia += n;
      ib += n;
    }
  }
  out.a.sort((x, y) => x.start - y.start);
  out.b.sort((x, y) => x.start - y.start);
  return out;
}

const segmenters = new Map<string, Intl.Segmenter>();

/** A word-like segment of a text and its offset. */
export interface Segment {
  segment: string;
  index: number;
}

/** The word-like segments of a text (Intl.Segmenter for its language). */
export function segmentsOf(text: string, lang: string): Segment[] {
  const key = lang === 'und' ? 'en' : lang;
  let seg = segmenters.get(key);
  if (!seg) {
    seg = new Intl.Segmenter(key, { granularity: 'word' });
    segmenters.set(key, seg);
  }
  const out: Segment[] = [];
  for (const s of seg.segment(text)) if (s.isWordLike) out.push({ segment: s.segment, index: s.index });
  return out;
}

/**
 * The words of a text made of parts (a support set: its sentences joined by line breaks), from each
 * part's segments shifted by the part's offset in the whole. A line break is always a word boundary
 * (UAX #29 WB3a/b), so these are the segments of the joined text itself; the figures are read over
 * the whole, as they would be in the joined text.
 */
export function wordsOf(parts: { segments: Segment[]; offset: number }[]): Word[] {
  const out: Word[] = [];
  const tokens = [];
  for (const p of parts) {
    for (const s of p.segments) {
      const t = makeToken(s.segment, s.index + p.offset);
      tokens.push(t);
      out.push({ start: t.start, end: t.end, stem: t.stem, alt: t.alt, stop: t.stop, skeleton: skeleton(t.stem) });
    }
  }
  // a figure's words carry its value, as the number rule reads them: خمسة against 5, 1.2 مليون against 1,200,000
  for (const q of quantities(tokens))
    for (let i = q.first; i <= q.last; i++) {
      out[i].values = figureValues(q);
      out[i].stop = false;
    }
  return out;
}
