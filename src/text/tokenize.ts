import { grown } from '../typed-arrays.js';
import { normalizeText, normalizeToken } from './normalize.js';
import { WORD_FORMS, type WordForms, type WordRow } from './word-forms.js';
import { stem, proclitic, arabicRoot } from './stem.js';
import { isStopKey } from './stopwords.js';
import { isNegationKey, isSpelledCue } from './negation.js';

export interface Token {
  start: number;
  end: number;
  /** Exactly text.slice(start, end). */
  text: string;
  /** Normalised form (matching only). */
  key: string;
  /** Stemmed key: what documents are compared on. */
  stem: string;
  /** A second stem without a one-letter proclitic, when the word may carry one. */
  alt?: string;
  /** Approximate Arabic root (of the proclitic-free stem when there is one), for derived forms. */
  root?: string;
  kind: 'word' | 'number';
  /** A function word: not a claim of its own. */
  stop: boolean;
  /** A negation cue (لم، لا، not, never …). */
  neg: boolean;
  /** A number for the token's surface form, shared by every token of the same text (for caches keyed by form). */
  readonly form?: number;
}

// Latin initialisms (U.S., U.K.), numbers with inner separators (1,200 3.5 ٣٫٥), or a run of letters
// and marks (with tatweel/ZWNJ/ZWJ inside, and apostrophes inside Latin words). Digits and letters
// are separate tokens: ب100 is ب + 100 (docs/ARABIC.md). This expression is the definition; `tokenize`
// implements it with a scanner over character classes (the expression's matching and the substring of
// each match were two thirds of reading a 100,000-sentence English source), and a property test
// holds the two equal on arbitrary Unicode text.
export const TOKEN_RE = /(?:\p{Lu}\.){2,}|\p{Nd}+(?:[.,\u066B\u066C]\p{Nd}+)*|[\p{L}\p{M}](?:[\p{L}\p{M}\u0640\u200C\u200D]|['’](?=\p{L}))*/gu;

const OTHER = 1,
  LETTER = 2,
  UPPER = 3,
  MARK = 4,
  DIGIT = 5;
const IS_L = /\p{L}/u,
  IS_LU = /\p{Lu}/u,
  IS_M = /\p{M}/u,
  IS_ND = /\p{Nd}/u;
const classify = (ch: string): number => (IS_LU.test(ch) ? UPPER : IS_L.test(ch) ? LETTER : IS_M.test(ch) ? MARK : IS_ND.test(ch) ? DIGIT : OTHER);
/** Class of each BMP code unit, filled on first sight (0: not yet); astral code points in a Map. */
const bmp = new Uint8Array(65536);
const astral = new Map<number, number>();

/** Class of the code point at i, and its length in code units (a surrogate pair is one code point, as with the u flag). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
      let k = astral.get(cp);
      if (k === undefined) {
        k = classify(String.fromCodePoint(cp));
        astral.set(cp, k);
      }
      return k | 8; // 8: two code units
    }
  }
  let k = bmp[c];
  if (k === 0) k = bmp[c] = c >= 0xd800 && c <= 0xdfff ? OTHER : classify(String.fromCharCode(c));
  return k;
}

const isLetter = (k: number) => k === LETTER || k === UPPER;

/** End of TOKEN_RE's match at i (which starts with a code point of class k, width w), or -1. */
function matchAt(text: string, i: number, k: number, w: number): number {
  const len = text.length;
  if (k === UPPER) {
    // (?:\p{Lu}\.){2,}, greedy
    let j = i,
      reps = 0;
    for (;;) {
      if (j >= len) break;
      const kk = classAt(text, j),
        ww = kk & 8 ? 2 : 1;
      if ((kk & 7) !== UPPER || text.charCodeAt(j + ww) !== 46) break;
      j += ww + 1;
      reps++;
    }
    if (reps >= 2) return j;
  }
  if (k === DIGIT) {
    // \p{Nd}+(?:[.,٫٬]\p{Nd}+)*
    let j = i + w;
    for (;;) {
      while (j < len) {
        const kk = classAt(text, j);
        if ((kk & 7) !== DIGIT) break;
        j += kk & 8 ? 2 : 1;
      }
      const sep = text.charCodeAt(j);
      if ((sep === 46 || sep === 44 || sep === 0x066b || sep === 0x066c) && j + 1 < len && (classAt(text, j + 1) & 7) === DIGIT) {
        j++;
        continue;
      }
      return j;
    }
  }
  if (k === LETTER || k === UPPER || k === MARK) {
    // [\p{L}\p{M}](?:[\p{L}\p{M}\u0640\u200C\u200D]|['’](?=\p{L}))*
    let j = i + w;
    while (j < len) {
      const c = text.charCodeAt(j);
      if (c === 0x640 || c === 0x200c || c === 0x200d) {
        j++;
        continue;
      }
      if (c === 39 || c === 0x2019) {
        if (j + 1 < len && isLetter(classAt(text, j + 1) & 7)) {
          j++;
          continue;
        }
        break;
      }
      const kk = classAt(text, j);
      const kc = kk & 7;
      if (kc === LETTER || kc === UPPER || kc === MARK) {
        j += kk & 8 ? 2 : 1;
        continue;
      }
      break;
    }
    return j;
  }
  return -1;
}

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const store = scanTokens(text, start, end);
  return store.slice(0, store.length);
}

/**
 * The tokens of a text as two parallel columns (offset, shared form) instead of an object per token:
 * a 100,000-sentence English source has three million tokens, and allocating them (and the
 * collector copying them out of the young generation) was a third of reading it (bench/README.md).
 * Token objects are made on demand (`slice`) for the sentences a rule actually reads.
 */
export class TokenStore {
  constructor(
    /** Offset of each token in the text. */
    readonly starts: Int32Array,
    /**
     * Each token's form as a number: its place in `list` (the forms met in this text), or for a word inside a link,
     * -1 - its place in `links`. A column of numbers, not of pointers to the forms: a 1,000,000-sentence source has 21
     * million tokens, and an array of their forms was 160 MiB of heap that every full collection walked
     * (bench/README.md, issue 25, item 1, second round).
     */
    readonly ids: Int32Array,
    /** The forms met in this text (its text, keys and flags, shared by every token of the same text). */
    readonly list: readonly TokenForm[],
    /** The forms of the words inside links (see linkForm). */
    readonly links: readonly TokenForm[],
    readonly length: number,
  ) {}
  /** The form of token i. */
  form(i: number): TokenForm {
    const id = this.ids[i];
    return id >= 0 ? this.list[id] : this.links[-1 - id];
  }
  /** The forms of tokens a (inclusive) to b (exclusive), in a new array. */
  forms(a: number, b: number): TokenForm[] {
    const out: TokenForm[] = new Array(b - a);
    for (let i = a; i < b; i++) out[i - a] = this.form(i);
    return out;
  }
  /** End offset of token i. */
  end(i: number): number {
    return this.starts[i] + this.form(i).text.length;
  }
  /** Tokens a (inclusive) to b (exclusive) as objects. */
  slice(a: number, b: number): Token[] {
    const out: Token[] = new Array(b - a);
    for (let i = a; i < b; i++) out[i - a] = new WordToken(this.starts[i], this.form(i));
    return out;
  }
}

/**
 * The first size of a scan's columns and form table for a text of n characters (at most one token each): a power of
 * two from 8 to 1,024, grown as needed. A word's columns then fit in V8's heap (64 bytes or less) rather than an
 * off-heap store each: names.ts tokenises 116 lexicon words one by one as it loads, and with 1,024-entry columns
 * (six typed arrays, 18 KiB a word) that took 9–13 ms (bench/README.md, issue 25).
 */
function columnSize(n: number): number {
  let size = 8;
  while (size < n && size < 1024) size <<= 1;
  return size;
}

/** Tokens of text[start, end) as a TokenStore (what `tokenize` returns as objects). */
export function scanTokens(text: string, start = 0, end = text.length, opts: { links?: boolean } = {}): TokenStore {
  const size = columnSize(end - start);
  let starts = new Int32Array(size),
    ids = new Int32Array(size);
  const linked: TokenForm[] = [];
  const seen = new SeenForms(size);
  let n = 0;
  // the words of a link are no words of a claim (links: the summary side); a source's link can still
  // carry a name in its path (…/malkiel-theresa-serber), and matching keeps it (WiCE dev recall)
  const links = opts.links ? linkSpans(text, start, end) : NO_LINKS;
  let u = 0;
  for (let i = start; i < end; ) {
    const kk = classAt(text, i),
      w = kk & 8 ? 2 : 1;
    const j = (kk & 7) === OTHER ? -1 : matchAt(text, i, kk & 7, w);
    if (j < 0) {
      i += w;
      continue;
    }
    if (n === starts.length) {
      starts = grown(starts, n + 1);
      ids = grown(ids, n + 1);
    }
    starts[n] = i;
    while (u < links.length && links[u + 1] <= i) u += 2;
    if (u < links.length && links[u] <= i) {
      linked.push(linkForm(text.slice(i, Math.min(j, end))));
      ids[n++] = -linked.length;
    } else ids[n++] = seen.at(text, i, Math.min(j, end));
    i = j;
  }
  // the used part of the grown columns (a text's tokens are kept as long as the text is checked)
  return new TokenStore(n < starts.length ? starts.slice(0, n) : starts, n < ids.length ? ids.slice(0, n) : ids, seen.forms(), linked, n);
}

const NO_LINKS: number[] = [];
/** A web address or an e-mail address, without the punctuation that ends the sentence around it. */
const LINK = /(?:https?:\/\/|www\.)[^\s<>"«»()\[\]]+|[\w.+-]+@[\w-]+\.[\w.-]*\w/giu;
/**
 * Where the links of text[start, end) stand, as [start, end) pairs in one array. Their parts are no
 * words of a claim: `https://news.un.org/ar/story/2023` holds no name "news" and no figure 2023. One
 * indexOf pass decides that a text has none (most news text).
 */
function linkSpans(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  const has = (k: string) => {
    const at = text.indexOf(k, start);
    return at >= 0 && at < end;
  };
  if (!has('://') && !has('www.') && !has('@')) return out;
  LINK.lastIndex = start;
  for (let m; (m = LINK.exec(text)) !== null && m.index < end; ) {
    let b = m.index + m[0].length;
    while (b > m.index && /[.,;:!?'’]/.test(text[b - 1])) b--;
    out.push(m.index, Math.min(b, end));
  }
  return out;
}

/** The form of a word inside a link: a function word in all but its text (never content, a name or a figure). */
const linkForms = new Map<string, TokenForm>();
function linkForm(s: string): TokenForm {
  let f = linkForms.get(s);
  if (!f) {
    if (linkForms.size >= MAX_PROTOS) linkForms.clear();
    linkForms.set(s, (f = { form: ++forms, text: s, key: LINK_KEY, stem: LINK_KEY, alt: undefined, root: undefined, kind: 'word', stop: true, neg: false }));
  }
  return f;
}
/** The key of every word inside a link: no letters, so it meets no word of a text. */
const LINK_KEY = '\u2060link';

/**
 * Forms by their FNV hash in an open-addressing table kept at most half full: the slots, hashes and
 * growth that SeenForms (one text's forms, compared in the text) and KnownForms (every form so far,
 * compared with its text) share; each probes the table its own way.
 */
class FormSlots {
  protected slots: Int32Array<ArrayBuffer>;
  protected hashes: Int32Array<ArrayBuffer>;
  protected list: TokenForm[] = [];

  constructor(slots: number) {
    this.slots = new Int32Array(slots).fill(-1);
    this.hashes = new Int32Array(slots >> 1);
  }

  /** Adds form f of hash h and returns its id (its place in `list`). */
  protected insert(h: number, f: TokenForm): number {
    const id = this.list.length;
    if (id === this.hashes.length) {
      this.hashes = grown(this.hashes, id + 1);
      this.grow(id + 1);
    }
    this.list.push(f);
    this.hashes[id] = h;
    if (2 * (id + 1) > this.slots.length) {
      this.slots = new Int32Array(2 * this.slots.length).fill(-1);
      for (let k = 0; k <= id; k++) this.place(k);
    } else this.place(id);
    return id;
  }

  /** A subclass's own per-id columns grow with `hashes` (to at least `need` entries). */
  protected grow(need: number): void {
    void need;
  }

  /** Forgets every form: a table of `slots` slots again. */
  protected empty(slots: number): void {
    this.slots = new Int32Array(slots).fill(-1);
    this.hashes = new Int32Array(slots >> 1);
    this.list = [];
  }

  private place(id: number): void {
    const slots = this.slots,
      mask = slots.length - 1;
    let x = this.hashes[id] & mask;
    while (slots[x] >= 0) x = (x + 1) & mask;
    slots[x] = id;
  }
}

/**
 * The forms met in one text, found by the characters in place (FNV-1a hash, open addressing): a
 * token of a form already met costs no substring and no string hashing. At three million English
 * tokens, the substring and Map look-up per token were most of the tokenizer's time (bench/README.md).
 */
class SeenForms extends FormSlots {
  /** Per form met: where it first stands in this text and its length (compared in place, in one flat string). */
  private firstAt: Int32Array<ArrayBuffer>;
  private lens: Int32Array<ArrayBuffer>;

  /** For a text of at most `size` tokens (a power of two; more grow the table). */
  constructor(size: number) {
    super(size);
    this.firstAt = new Int32Array(size >> 1);
    this.lens = new Int32Array(size >> 1);
  }

  /** The number of the form of text[a, b) in this text (its place in `forms()`). */
  at(text: string, a: number, b: number): number {
    const h = fnv(text, a, b);
    const slots = this.slots,
      mask = slots.length - 1,
      len = b - a;
    for (let x = h & mask; ; x = (x + 1) & mask) {
      const id = slots[x];
      if (id < 0) break;
      if (this.hashes[id] !== h || this.lens[id] !== len) continue;
      const f0 = this.firstAt[id];
      let k = 0;
      while (k < len && text.charCodeAt(f0 + k) === text.charCodeAt(a + k)) k++;
      if (k === len) return id;
    }
    // new to this text: perhaps met in an earlier one (a corpus of many pairs shares its vocabulary)
    const f = KNOWN.find(text, a, len, h) ?? KNOWN.add(h, proto(text.slice(a, b)));
    const id = this.insert(h, f);
    this.firstAt[id] = a;
    this.lens[id] = len;
    return id;
  }

  /** The forms met, by their number (what `at` returned). */
  forms(): readonly TokenForm[] {
    return this.list;
  }

  protected override grow(need: number): void {
    this.firstAt = grown(this.firstAt, need);
    this.lens = grown(this.lens, need);
  }
}

/** What a token's surface form alone decides (keys, stems, root, kind): computed once per distinct form. */
export type TokenForm = Readonly<Pick<Token, 'text' | 'key' | 'stem' | 'alt' | 'root' | 'kind' | 'stop' | 'neg'> & { form: number }>;
let forms = 0;
/** Most forms KnownForms keeps before it starts again. */
const MAX_PROTOS = 500_000;

/**
 * Initialisms: U.K. and UK are one name, so a dotted initialism is keyed without its dots; it is never a
 * function word, and neither is the all-capital US (the country, not the pronoun "us").
 */
const INITIALISM = /^(\p{L}\.){2,}$/u;
const isName = (s: string) => INITIALISM.test(s) || s === 'US';

/** A token text's matching key (with `norm` for normalizeToken: the build's table computes the definition). */
const keyOfText = (s: string, isNum: boolean, norm: (s: string) => string = normalizeToken): string =>
  isNum ? numberKey(s) : INITIALISM.test(s) ? norm(s).replace(/\./g, '') : norm(s).replace(/\.$/, '');

/**
 * `makeToken(s, 0).stem` without the rest of the token's form (its proclitic-free stem, root, function-word and
 * negation tests) and without keeping the form: the synonym table asks it of two thousand lexicon words when a
 * check starts, most of which its texts never use (bench/README.md, issue 25). The build's table has those.
 */
export function stemOfText(s: string): string {
  return stemOfTextWith(s, WORD_FORMS);
}

/** stemOfText with the given table (none: computed). */
export function stemOfTextWith(s: string, table: WordForms | undefined): string {
  const row = table?.row(s);
  if (row !== undefined) return row.stem;
  const isNum = /^\p{Nd}/u.test(s);
  const key = keyOfText(s, isNum);
  return isNum ? key : stem(key);
}

/**
 * A word's row of the build's table (word-forms.ts), by the definition: normalizeToken's key, and the key, stem,
 * proclitic-free stem and root of its token form; undefined for a text that begins with a digit (a number's form,
 * which the table does not hold). What tools/word-forms.mjs writes, and what the tests hold the table to.
 */
export function wordRowOf(s: string): WordRow | undefined {
  if (/^\p{Nd}/u.test(s)) return undefined;
  const key = keyOfText(s, false, normalizeText);
  const st = stem(key);
  const alt = proclitic(key);
  return { norm: normalizeText(s), key, stem: st, alt, root: arabicRoot(alt ?? st) ?? arabicRoot(st) };
}

/** A new form for a token text: from the build's table when it lists the text (a lexicon's word), else computed. */
function proto(s: string): TokenForm {
  return protoWith(s, WORD_FORMS);
}

/** proto with the given table (none: computed), for the test that holds the two equal. */
export function protoWith(s: string, table: WordForms | undefined): TokenForm {
  const row = table?.row(s);
  if (row !== undefined) return newForm(s, false, row.key, row.stem, row.alt, row.root);
  const isNum = /^\p{Nd}/u.test(s);
  const key = keyOfText(s, isNum);
  const st = isNum ? key : stem(key);
  const alt = isNum ? undefined : proclitic(key);
  return newForm(s, isNum, key, st, alt, isNum ? undefined : (arabicRoot(alt ?? st) ?? arabicRoot(st)));
}

/** A form of these keys, with its function-word and negation marks (read from their lists, not from the table). */
function newForm(s: string, isNum: boolean, key: string, st: string, alt: string | undefined, root: string | undefined): TokenForm {
  const neg = !isNum && (isNegationKey(key) || isSpelledCue(s));
  return {
    form: ++forms,
    text: s,
    key,
    stem: st,
    alt,
    root,
    kind: isNum ? 'number' : 'word',
    stop: !isNum && (neg || (isStopKey(key) && !isName(s)) || key.length < 2),
    neg,
  };
}

/**
 * A token at `start`. News text repeats its words (Zipf), so the keys of each distinct surface form
 * are computed once and shared: the profile of a 100,000-sentence source showed normalisation and
 * stemming as half of the cost of reading it (see bench/README.md).
 */
export function makeToken(s: string, start: number): Token {
  return new WordToken(start, formOf(s));
}

/** A token of the same text as t at another offset: makeToken(t.text, start) without finding its form again. */
export function tokenAt(t: Token, start: number): Token {
  return t instanceof WordToken ? new WordToken(start, t['p']) : makeToken(t.text, start);
}

/** The shared form of a token text (see makeToken). */
function formOf(s: string): TokenForm {
  const h = fnv(s, 0, s.length);
  return KNOWN.find(s, 0, s.length, h) ?? KNOWN.add(h, proto(s));
}

/** FNV-1a hash of text[a, b) (SeenForms and KnownForms). */
function fnv(text: string, a: number, b: number): number {
  let h = 0x811c9dc5;
  for (let i = a; i < b; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * Every form made so far in this process, found by the characters of a token in place, as SeenForms
 * finds them within one text: a form new to a text but met in an earlier one costs no substring and
 * no string hashing. In corpus mode (a thousand seed-sized pairs) the Map from text to form that this
 * replaces was the largest self time of the run (314 of 3,650 ms). Emptied when it holds MAX_PROTOS forms.
 */
class KnownForms extends FormSlots {
  constructor() {
    super(1 << 12);
  }

  find(text: string, a: number, len: number, h: number): TokenForm | undefined {
    const slots = this.slots,
      mask = slots.length - 1;
    for (let x = h & mask; ; x = (x + 1) & mask) {
      const id = slots[x];
      if (id < 0) return undefined;
      if (this.hashes[id] !== h) continue;
      const t = this.list[id].text;
      if (t.length !== len) continue;
      let k = 0;
      while (k < len && t.charCodeAt(k) === text.charCodeAt(a + k)) k++;
      if (k === len) return this.list[id];
    }
  }

  add(h: number, f: TokenForm): TokenForm {
    if (this.list.length >= MAX_PROTOS) this.empty(1 << 12);
    this.insert(h, f);
    return f;
  }
}
const KNOWN = new KnownForms();

/**
 * A token as two fields (its offset and the shared form: text and keys) instead of ten: a
 * 100,000-sentence source has about two million tokens, and their size drove the peak memory.
 */
class WordToken implements Token {
  constructor(
    readonly start: number,
    private readonly p: TokenForm,
  ) {}
  get end() {
    return this.start + this.p.text.length;
  }
  get text() {
    return this.p.text;
  }
  get key() {
    return this.p.key;
  }
  get stem() {
    return this.p.stem;
  }
  get alt() {
    return this.p.alt;
  }
  get root() {
    return this.p.root;
  }
  get kind() {
    return this.p.kind;
  }
  get stop() {
    return this.p.stop;
  }
  get neg() {
    return this.p.neg;
  }
  get form() {
    return this.p.form;
  }
}

/** Canonical key of a digit string: ASCII digits; thousands separators removed; decimal point '.'. */
export function numberKey(s: string): string {
  let t = normalizeToken(s)
    .replace(/\u066C/g, ',')
    .replace(/\u066B/g, '.');
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
  else t = t.replace(/,/g, '.');
  const v = Number(t);
  return Number.isFinite(v) ? String(v) : t;
}

/**
 * A yes/no question about a token that its surface form alone answers, remembered by form number (a
 * typed array: 1 yes, 2 no, 0 not yet asked). For questions asked of every token of large texts
 * (can it begin a figure, can it name an entity in context), where a Set look-up by key for each token
 * was a good part of a rule's time. A token without a form number is asked each time.
 */
export function byForm<T extends { readonly form?: number }>(ask: (t: T) => boolean): (t: T) => boolean {
  let seen = new Uint8Array(1 << 16);
  return (t) => {
    const f = t.form;
    if (f === undefined) return ask(t);
    if (f >= seen.length) seen = grown(seen, f + 1);
    let v = seen[f];
    if (v === 0) v = seen[f] = ask(t) ? 1 : 2;
    return v === 1;
  };
}
