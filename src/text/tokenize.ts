import { normalizeToken } from './normalize.js';
import { stem, proclitic, arabicRoot } from './stem.js';
import { isStopKey } from './stopwords.js';
import { isNegationKey } from './negation.js';

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
// are separate tokens: ب100 is ب + 100 (ARABIC.md).
const TOKEN_RE = /(?:\p{Lu}\.){2,}|\p{Nd}+(?:[.,\u066B\u066C]\p{Nd}+)*|[\p{L}\p{M}](?:[\p{L}\p{M}\u0640\u200C\u200D]|['’](?=\p{L}))*/gu;

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    if (m.index >= end) break;
    let s = m[0];
    if (m.index + s.length > end) s = s.slice(0, end - m.index);
    out.push(makeToken(s, m.index));
  }
  return out;
}

/** What a token's surface form alone decides (keys, stems, root, kind): computed once per distinct form. */
type Proto = Pick<Token, 'text' | 'key' | 'stem' | 'alt' | 'root' | 'kind' | 'stop' | 'neg'> & { form: number };
let forms = 0;
const protos = new Map<string, Proto>();
const MAX_PROTOS = 500_000;

/**
 * Initialisms: U.K. and UK are one name, so a dotted initialism is keyed without its dots; it is never a
 * function word, and neither is the all-capital US (the country, not the pronoun "us").
 */
const INITIALISM = /^(\p{L}\.){2,}$/u;
const isName = (s: string) => INITIALISM.test(s) || s === 'US';

function proto(s: string): Proto {
  const isNum = /^\p{Nd}/u.test(s);
  const key = isNum ? numberKey(s) : INITIALISM.test(s) ? normalizeToken(s).replace(/\./g, '') : normalizeToken(s).replace(/\.$/, '');
  const st = isNum ? key : stem(key);
  const alt = isNum ? undefined : proclitic(key);
  const neg = !isNum && isNegationKey(key);
  const root = isNum ? undefined : arabicRoot(alt ?? st) ?? arabicRoot(st);
  return { form: ++forms, text: s, key, stem: st, alt, root, kind: isNum ? 'number' : 'word', stop: !isNum && (neg || (isStopKey(key) && !isName(s)) || key.length < 2), neg };
}

/**
 * A token at `start`. News text repeats its words (Zipf), so the keys of each distinct surface form
 * are computed once and shared: the profile of a 100,000-sentence source showed normalisation and
 * stemming as half of the cost of reading it (see bench/README.md).
 */
export function makeToken(s: string, start: number): Token {
  let p = protos.get(s);
  if (p === undefined) {
    p = proto(s);
    if (protos.size >= MAX_PROTOS) protos.clear();
    protos.set(s, p);
  }
  return new WordToken(start, p);
}

/**
 * A token as two fields (its offset and the shared form: text and keys) instead of ten: a
 * 100,000-sentence source has about two million tokens, and their size drove the peak memory.
 */
class WordToken implements Token {
  constructor(readonly start: number, private readonly p: Proto) {}
  get end() { return this.start + this.p.text.length; }
  get text() { return this.p.text; }
  get key() { return this.p.key; }
  get stem() { return this.p.stem; }
  get alt() { return this.p.alt; }
  get root() { return this.p.root; }
  get kind() { return this.p.kind; }
  get stop() { return this.p.stop; }
  get neg() { return this.p.neg; }
  get form() { return this.p.form; }
}

/** Canonical key of a digit string: ASCII digits; thousands separators removed; decimal point '.'. */
export function numberKey(s: string): string {
  let t = normalizeToken(s).replace(/\u066C/g, ',').replace(/\u066B/g, '.');
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
  else t = t.replace(/,/g, '.');
  const v = Number(t);
  return Number.isFinite(v) ? String(v) : t;
}

/** Is this token a content word (not a function word, not punctuation)? */
export const isContent = (t: Token): boolean => !t.stop;
