// (the one module of diff that the page uses, not its index of 19: the HTML page is loaded by a run that writes one)
import { diffArrays } from 'diff/lib/diff/array.js';
import stringSimilarity from 'string-similarity';
import { makeToken, tokenAt, type Token } from '../text/tokenize.js';
import { skeleton } from '../align/variants.js';
import { synonymStems } from '../text/synonyms.js';
import { quantities, figureValues, canStartFigure } from '../text/numbers.js';
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

/**
 * Word-break classes (UAX #29, as ICU applies them) of the characters that the fast scanner knows;
 * every other character sends its text to Intl.Segmenter. Classes read off ICU by probes ("a·a" is one
 * word, "1·1" is not), and a property test holds the scanner equal to Intl.Segmenter on random text
 * over all of these characters.
 */
const OTHER = 0,
  LETTER = 1,
  NUMERIC = 2,
  EXTEND = 3,
  EXTEND_NUM_LET = 4,
  MID_LETTER = 5,
  MID_NUM_LET = 6,
  MID_NUM = 7,
  UNKNOWN = 255;
const WORD_BREAK = (() => {
  const t = new Uint8Array(0x10000).fill(UNKNOWN);
  const set = (from: number, to: number, c: number) => t.fill(c, from, to + 1);
  set(0x09, 0x0d, OTHER);
  set(0x20, 0x7e, OTHER);
  set(0x30, 0x39, NUMERIC);
  set(0x41, 0x5a, LETTER);
  set(0x61, 0x7a, LETTER);
  t[0x5f] = EXTEND_NUM_LET; // _
  t[0x27] = MID_NUM_LET; // ' (Single_Quote: as MidNumLet between letters or digits)
  t[0x2e] = MID_NUM_LET; // .
  t[0x3a] = MID_LETTER; // :
  t[0x2c] = MID_NUM; // ,
  t[0x3b] = MID_NUM; // ;
  set(0xa0, 0xbf, OTHER);
  t[0xad] = UNKNOWN; // soft hyphen (Format)
  t[0xb8] = UNKNOWN; // the cedilla, a word character to ICU
  for (const c of [0xaa, 0xb5, 0xba]) t[c] = LETTER;
  t[0xb7] = MID_LETTER; // ·
  set(0xc0, 0x24f, LETTER);
  t[0xd7] = OTHER; // ×
  t[0xf7] = OTHER; // ÷
  set(0x621, 0x64a, LETTER); // the letters and the tatweel
  set(0x64b, 0x65f, EXTEND); // harakat
  set(0x660, 0x669, NUMERIC);
  t[0x66b] = NUMERIC; // ٫ decimal separator
  t[0x66c] = MID_NUM; // ٬ thousands separator
  t[0x60c] = MID_NUM; // ،
  t[0x60d] = MID_NUM;
  for (const c of [0x61b, 0x61f, 0x66a, 0x66d, 0x6d4]) t[c] = OTHER; // ؛ ؟ ٪ ٭ ۔
  set(0x66e, 0x66f, LETTER);
  t[0x670] = EXTEND;
  set(0x671, 0x6d3, LETTER);
  t[0x6d5] = LETTER;
  set(0x6f0, 0x6f9, NUMERIC);
  t[0x200c] = EXTEND; // zero-width non-joiner
  set(0x2010, 0x2015, OTHER); // dashes
  for (const c of [0x201c, 0x201d, 0x2022, 0x2026]) t[c] = OTHER; // “ ” • …
  for (const c of [0x2018, 0x2019, 0x2024]) t[c] = MID_NUM_LET; // ‘ ’ ․
  return t;
})();

/**
 * segmentsOf by a scan of the word-break classes above, for the languages whose ICU word rules are the
 * root's (no tailoring: a colon joins letters in English and Arabic, not in Swedish): a word is a run of
 * letters, digits and connectors (_ and the tatweel), joined across one mid character when letters (or
 * digits) stand on both sides, with the marks that follow a character kept with it. Undefined when the
 * text has a character outside the table. Intl.Segmenter is the definition (a test holds the two equal);
 * it costs about 4.5 µs a word in Node 20, the larger part of the aligned-sentences table's time.
 */
export function scanSegments(text: string, lang: string): Segment[] | undefined {
  const bounds: number[] = [];
  if (!scanWords(text, lang, bounds)) return undefined;
  const out: Segment[] = [];
  for (let k = 0; k < bounds.length; k += 2) out.push({ segment: text.slice(bounds[k], bounds[k + 1]), index: bounds[k] });
  return out;
}

/** scanSegments as [start, end] pairs pushed on `out`; false (and `out` unusable) when the scan does not apply. */
function scanWords(text: string, lang: string, out: number[]): boolean {
  if (lang !== 'en' && lang !== 'ar' && lang !== 'und') return false;
  const n = text.length;
  const cls = (i: number) => WORD_BREAK[text.charCodeAt(i)];
  const skipMarks = (i: number) => {
    while (i < n && cls(i) === EXTEND) i++;
    return i;
  };
  for (let i = 0; i < n; ) {
    const c = cls(i);
    if (c === UNKNOWN) return false;
    if (c !== LETTER && c !== NUMERIC && c !== EXTEND_NUM_LET) {
      i++;
      continue;
    }
    const start = i;
    // ICU calls a word of connectors alone word-like from two of them on ("__", not "_")
    let last = c,
      wordLike = c !== EXTEND_NUM_LET;
    i = skipMarks(i + 1);
    while (i < n) {
      const d = cls(i);
      if (d === LETTER || d === NUMERIC || d === EXTEND_NUM_LET) {
        last = d;
        wordLike = true;
        i = skipMarks(i + 1);
        continue;
      }
      // letter (mid) letter, digit (mid) digit: the mid character and what follows join the word
      const k = skipMarks(i + 1);
      const e = k < n ? cls(k) : OTHER;
      if (
        (last === LETTER && e === LETTER && (d === MID_LETTER || d === MID_NUM_LET)) ||
        (last === NUMERIC && e === NUMERIC && (d === MID_NUM || d === MID_NUM_LET))
      ) {
        i = skipMarks(k + 1);
        continue;
      }
      break;
    }
    if (i < n && cls(i) === UNKNOWN) return false;
    // a word that ends in a connector with marks on it ("a_\u064b") is not word-like to ICU: left to it
    if (last === EXTEND_NUM_LET && cls(i - 1) === EXTEND) return false;
    if (wordLike) out.push(start, i);
  }
  return true;
}

/**
 * What the page's script needs to mark the words of the aligned-sentences table as `marksBetween`
 * does: each distinct word form once, with its keys (stem, alternative stem or null, stop word 1/0,
 * consonant skeleton, synonym stems), and each sentence's words as [start, end, form] triples with the
 * figure values of the words that are part of a figure (sparse: [word index, values], ...). The keys
 * are those of wordsOf; the script (src/report/html/script.ts, WORD_MARKS) runs the same diff.
 */
export type FormKeys = [stem: string, alt: string | null, stop: number, skeleton: string, synonyms: readonly string[]];
export interface SentenceWords {
  /** the length of the sentence's text (a support set's sentences are joined by line breaks) */
  n: number;
  /** [start, end, form] for each word, offsets in the sentence's text */
  w: number[];
  /** [word index, [values]] pairs for the words of a figure */
  v?: (number | number[])[];
}

/** Each word form's keys, kept for the process as makeToken keeps its forms (a corpus's pages share most words). */
const FORM_KEYS = new Map<string, { keys: FormKeys; figureStart: boolean; token: Token }>();

export class PageWords {
  readonly forms: FormKeys[] = [];
  private readonly figureStart: boolean[] = [];
  private readonly keys: string[] = [];
  private readonly tokens: Token[] = [];
  private readonly texts: string[] = [];
  private readonly hashes: number[] = [];
  private slots = new Int32Array(1 << 13).fill(-1);
  private readonly bounds: number[] = [];

  /** The words of one text (a sentence), read as wordsOf reads them. */
  words(text: string, lang: string): SentenceWords {
    const w: number[] = [];
    const bounds = this.bounds;
    bounds.length = 0;
    if (scanWords(text, lang, bounds)) {
      for (let k = 0; k < bounds.length; k += 2) w.push(bounds[k], bounds[k + 1], this.formAt(text, bounds[k], bounds[k + 1]));
    } else for (const s of segmentsOf(text, lang)) w.push(s.index, s.index + s.segment.length, this.formAt(text, s.index, s.index + s.segment.length));
    const out: SentenceWords = { n: text.length, w };
    if (this.hasFigures(out)) {
      const v = this.values([{ text, words: out, offset: 0 }]);
      if (v.length) out.v = v;
    }
    return out;
  }

  /**
   * Whether quantities() could read a figure from these words: it reads one only from a word that can
   * start one, and "a" (in most English sentences) starts one only as "a dozen" (mayHoldQuantities).
   */
  hasFigures(s: SentenceWords): boolean {
    const w = s.w;
    for (let k = 2; k < w.length; k += 3)
      if (this.figureStart[w[k]] && (this.keys[w[k]] !== 'a' || (k + 3 < w.length && this.keys[w[k + 3]] === 'dozen'))) return true;
    return false;
  }

  /** The figure values of words made of parts (a support set), sparse, as wordsOf reads them over the whole. */
  values(parts: { text: string; words: SentenceWords; offset: number }[]): (number | number[])[] {
    const tokens = [];
    for (const p of parts) {
      const w = p.words.w;
      for (let k = 0; k < w.length; k += 3) tokens.push(tokenAt(this.tokens[w[k + 2]], w[k] + p.offset));
    }
    const v: (number | number[])[] = [];
    for (const q of quantities(tokens)) for (let i = q.first; i <= q.last; i++) v.push(i, figureValues(q));
    return v;
  }

  /**
   * The form of text[a, b), found by its characters in place (no substring for a form met before: a
   * Map keyed by each word's substring was the larger part of this class's time).
   */
  private formAt(text: string, a: number, b: number): number {
    let h = 0x811c9dc5;
    for (let i = a; i < b; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    // slots hold [form, hash] side by side: a probe reads one place, and a form's text only when the hashes agree
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let x = h & mask; ; x = (x + 1) & mask) {
      const f = slots[2 * x];
      if (f < 0) break;
      if (slots[2 * x + 1] !== h) continue;
      const t = this.texts[f];
      if (t.length !== b - a) continue;
      let k = 0;
      while (k < t.length && t.charCodeAt(k) === text.charCodeAt(a + k)) k++;
      if (k === t.length) return f;
    }
    return this.add(text.slice(a, b), h);
  }

  private add(segment: string, h: number): number {
    const f = this.forms.length;
    let known = FORM_KEYS.get(segment);
    if (!known) {
      if (FORM_KEYS.size > 200_000) FORM_KEYS.clear();
      const t = makeToken(segment, 0);
      const syn = synonymStems({ stem: t.stem, alt: t.alt, kind: 'word' });
      known = { keys: [t.stem, t.alt ?? null, t.stop ? 1 : 0, skeleton(t.stem), syn], figureStart: canStartFigure(t), token: t };
      FORM_KEYS.set(segment, known);
    }
    const t = known.token;
    this.forms.push(known.keys);
    this.figureStart.push(known.figureStart);
    this.keys.push(t.key);
    this.tokens.push(t);
    this.texts.push(segment);
    this.hashes.push(h);
    if (4 * this.forms.length > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2).fill(-1);
      for (let g = 0; g < this.hashes.length; g++) this.place(g);
    } else this.place(f);
    return f;
  }

  private place(f: number): void {
    const mask = (this.slots.length >> 1) - 1;
    const h = this.hashes[f];
    let x = h & mask;
    while (this.slots[2 * x] >= 0) x = (x + 1) & mask;
    this.slots[2 * x] = f;
    this.slots[2 * x + 1] = h;
  }
}
