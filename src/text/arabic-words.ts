import { readFileSync } from 'node:fs';
import { isStopKey } from './stopwords.js';

/**
 * The Arabic word list that tells a dictionary word from a name (Arabic has no capitals): the matching keys
 * and stems of Ayaspell's hunspell-ar entries, in `data/hunspell-ar/words.txt`, a derived file kept apart
 * under MPL 1.1 (its SOURCE.md). Read once, on first use (a pair with no Arabic name candidate never reads it).
 * When the file is missing the list is undefined and the rule that asks says nothing, the same way every run.
 */
const DEFAULT = new URL('../../data/hunspell-ar/words.txt', import.meta.url);

/** A word list: only membership is asked. */
export interface WordList {
  has(key: string): boolean;
}

/**
 * The list in a file (one key a line, `#` lines first as a header), or undefined when it cannot be read. The
 * keys must be sorted by code point with no duplicates, as tools/build-arabic-words.mjs writes them (a test
 * holds the shipped file to it): a key is found by binary search in the file's own UTF-8 bytes, whose order is
 * code point order. Reading the file is then the whole cost of loading it (about 1 ms); a Set of its 103,616
 * keys cost 120-150 ms, a sixth of a whole one-pair run.
 */
export function loadArabicWords(file: URL | string): WordList | undefined {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  let start = 0;
  while (start < bytes.length && bytes[start] === HASH) {
    const nl = bytes.indexOf(NL, start);
    start = nl < 0 ? bytes.length : nl + 1;
  }
  return new SortedLines(bytes, start);
}

const NL = 0x0a,
  HASH = 0x23;

/** Sorted lines of UTF-8 text, looked up by binary search over the bytes. */
export class SortedLines implements WordList {
  /** the key being looked up, as UTF-8 (reused) */
  private key = new Uint8Array(64);

  constructor(
    private readonly bytes: Uint8Array,
    private readonly start = 0,
  ) {}

  has(key: string): boolean {
    if (key === '') return false;
    const n = this.encode(key);
    const b = this.bytes,
      k = this.key;
    let lo = this.start,
      hi = b.length;
    // [lo, hi) holds whole lines, each ended by a newline (or by the end of the bytes)
    while (lo < hi) {
      let at = (lo + hi) >>> 1;
      while (at > lo && b[at - 1] !== NL) at--;
      let end = at;
      while (end < hi && b[end] !== NL) end++;
      let c = 0,
        i = 0;
      for (; i < n && at + i < end; i++) {
        c = k[i] - b[at + i];
        if (c !== 0) break;
      }
      if (c === 0) c = n - (end - at);
      if (c === 0) return true;
      if (c < 0) hi = at;
      else lo = end + 1;
    }
    return false;
  }

  /** The key's UTF-8 bytes into this.key; their count. */
  private encode(key: string): number {
    if (this.key.length < key.length * 3 + 4) this.key = new Uint8Array(key.length * 3 + 4);
    const k = this.key;
    let n = 0;
    for (let i = 0; i < key.length; i++) {
      let c = key.charCodeAt(i);
      if (c < 0x80) k[n++] = c;
      else if (c < 0x800) {
        k[n++] = 0xc0 | (c >> 6);
        k[n++] = 0x80 | (c & 0x3f);
      } else {
        const next = key.charCodeAt(i + 1);
        if (c >= 0xd800 && c < 0xdc00 && next >= 0xdc00 && next < 0xe000) {
          c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
          i++;
          k[n++] = 0xf0 | (c >> 18);
          k[n++] = 0x80 | ((c >> 12) & 0x3f);
        } else k[n++] = 0xe0 | (c >> 12);
        k[n++] = 0x80 | ((c >> 6) & 0x3f);
        k[n++] = 0x80 | (c & 0x3f);
      }
    }
    return n;
  }
}

let cached: WordList | undefined | null = null;

/** The shipped list (undefined when it is missing). */
export function arabicWords(): WordList | undefined {
  if (cached === null) cached = loadArabicWords(DEFAULT);
  return cached;
}

/** Is a token a word of the shipped list (inArabicWords); undefined when the list is missing, so that a caller can tell "no word" from "not known". */
export function inWordList(t: { readonly key: string; readonly stem: string; readonly alt?: string }): boolean | undefined {
  const words = arabicWords();
  return words === undefined ? undefined : inArabicWords(words, t);
}

/** For tests: use this list instead of the shipped one (undefined: as if it were missing; null: the shipped one again). */
export function setArabicWords(words: WordList | undefined | null): void {
  cached = words;
}

/**
 * Is a token a word of the list, by its key, its stem or its proclitic-free stem, or once a clitic and an
 * inflection are taken off? The list holds Ayaspell's entries without their affix rules, so its verbs are in
 * their bare forms (قام, not قامت or شنتها) and its nouns without the pronoun (مدينة, not مدينتي): on ANS
 * paraphrase pairs those inflections were most of the words read as names.
 */
export function inArabicWords(words: WordList, t: { readonly key: string; readonly stem: string; readonly alt?: string }): boolean {
  if (words.has(t.key) || words.has(t.stem) || (t.alt !== undefined && !verbAfterPreposition(t.key[0], t.alt) && words.has(t.alt))) return true;
  return inflected(words, t.key) || glued(words, t.key) || swapped(words, t.key);
}

/** A word of the list with a proclitic and an inflection or pronoun on it (or a participle of one of its verbs, when asked). */
function inflected(words: WordList, key: string, participles = true): boolean {
  for (const p of PREFIXES) {
    if (!key.startsWith(p)) continue;
    const w = key.slice(p.length);
    if (verbAfterPreposition(p, w)) continue;
    for (const s of SUFFIXES) {
      if (!w.endsWith(s) || w.length - s.length < 2) continue;
      const r = w.slice(0, w.length - s.length);
      // a taa marbuta before a suffix is written ت (مدينتي، إدانتها), and a feminine or dual ending may
      // stand for it (عملاقتين); the key writes it ه
      if (words.has(r) || words.has(r + 'ه') || (r.endsWith('ت') && words.has(r.slice(0, -1) + 'ه'))) return true;
      // (an abstract noun in ية of a word of the list, with a pronoun: محكوميته from محكوم, "his sentence", a faithful line of the
      // 149th batch of fresh editor pairs read as an unknown name; the list has the bare word, and the noun alone by its stem)
      if (s !== '' && r.endsWith('يت') && r.length >= 5 && words.has(r.slice(0, -2))) return true;
      // an alif maqsura before a pronoun is written ا (أقصى → أقصاه، مستوى → مستواها، مرمى → مرماه); the key writes ى as ي:
      // a faithful line's "في موعد أقصاه 25 يوليو" (twice in the probe pairs) and "مرماه" were read as unknown names
      if (s !== '' && r.endsWith('ا') && r.length >= 3 && words.has(r.slice(0, -1) + 'ي')) return true;
      // a pronoun after a plural's or a person's ending (يعتبرونه، يدرسونها، كتبوه: the list has يعتبر، يدرس، كتب); a faithful
      // line's "يعتبرونه" was read as an unknown name
      if (PRONOUNS.has(s)) for (const e of BEFORE_PRONOUN) if (r.endsWith(e) && r.length - e.length >= 3 && words.has(r.slice(0, -e.length))) return true;
      if (participles && participle(words, r)) return true;
    }
  }
  return false;
}

/**
 * A passive participle (مفعول: م, the root's first two letters, و, its last) of a verb of the list: the list keeps
 * the common ones (مكتوب، مرفوض) but not every verb's, and a doubled verb's is written with the doubled letter twice
 * (المياه المضخوخة, from ضخّ; a faithful line of the 145th batch of fresh editor pairs drew an unknown name on it).
 * Names of this pattern (منصور، محمود، مسعود) are words of the list already.
 */
function participle(words: WordList, r: string): boolean {
  if (r.length !== 5 || r[0] !== 'م' || r[3] !== 'و') return false;
  const root = r[1] + r[2] + r[4];
  return words.has(root) || (r[2] === r[4] && words.has(r[1] + r[2]));
}

/**
 * ك "like" stands before nouns, and news nouns seldom begin with ي, ت or ن after it: a name read as ك and a
 * present-tense verb (كيربي, Kirby, as ك + يربي "raises") is no word. Not ب: بتهمة، بنتائج، بيوم are nouns
 * (with ب as well, ANS train paraphrase pairs with an unknown name went from 30 to 37 of 903).
 */
function verbAfterPreposition(prefix: string, rest: string): boolean {
  return prefix[prefix.length - 1] === 'ك' && (rest[0] === 'ي' || rest[0] === 'ت' || rest[0] === 'ن');
}

/** Two words written without the space between them: شخصينفي (شخصين في), بانهيارالريال (بانهيار الريال). */
function glued(words: WordList, key: string): boolean {
  for (let k = 3; k <= key.length - 2; k++) {
    const a = key.slice(0, k),
      b = key.slice(k);
    const right = isStopKey(b) || (b.length >= 5 && b.startsWith('ال') && words.has(b.slice(2)));
    if (right && (words.has(a) || inflected(words, a))) return true;
  }
  return false;
}

/** Fewest letters of a word read as a typing slip. */
const SWAP_MIN = 6;

/** A dictionary word with two neighbouring letters swapped (a typing slip: تقترتب is no name). */
function swapped(words: WordList, key: string): boolean {
  // (in a short word a swap reaches another word too easily: كيربي, Kirby, is يكربي swapped)
  if (key.length < SWAP_MIN) return false;
  for (let i = 0; i + 1 < key.length; i++) {
    if (key[i] === key[i + 1]) continue;
    const w = key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2);
    // (no participle of a word with its letters swapped: والمانجو swapped is والمانوج, a participle of انج, and a planted
    // fruit of an editor pair drew nothing)
    if (inflected(words, w, false)) return true;
  }
  return false;
}

/** Proclitics, longest last (the empty one first): conjunction, preposition, future س, article. */
const PREFIXES = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'س', 'وس', 'فس', 'ول', 'وب', 'فل', 'فب', 'ال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ولل'];
/** The attached pronouns of SUFFIXES, after which an inflection may stand (BEFORE_PRONOUN). */
const PRONOUNS = new Set(['ه', 'ها', 'هم', 'هما', 'هن', 'كم', 'كن', 'نا', 'ني']);
/** Endings of person and number before an attached pronoun: يعتبرونه (ون), كتبوه (و: وا loses its ا), كتبتموه (تمو). */
const BEFORE_PRONOUN = ['ون', 'و', 'تمو', 'ت'];
/** Inflections and attached pronouns, as matching keys (ة is ه): past-tense persons, plurals, duals, pronouns. */
const SUFFIXES = [
  '',
  'ت',
  'تا',
  'تم',
  'تن',
  'وا',
  'ن',
  'ا',
  'ي',
  'ه',
  'ها',
  'هم',
  'هن',
  'هما',
  'كم',
  'كن',
  'نا',
  'ته',
  'تها',
  'تهم',
  'تهن',
  'تي',
  'تنا',
  'ات',
  'ان',
  'ين',
  'ون',
  'يه',
  'يا',
  'يات',
  'يين',
  'يون',
  'وه',
  'وها',
  'وهم',
  'ني',
  'اته',
  'اتها',
  'اتهم',
  'اتي',
  'اتنا',
  'يها',
  'يهم',
  'تين',
  'تان',
  'يتين',
];
