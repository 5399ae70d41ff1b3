/**
 * Sentence splitting with exact offsets. A rule-based scanner rather than Intl.Segmenter: V8's
 * segmenter splits after every abbreviation (Mr., د.), does not split `sentence.Second`, and has no
 * rule for a closing guillemet glued to the next sentence (`الليبية»وقال`). See ARABIC.md and PRIOR-ART.md.
 *
 * Every line is its own unit (headline, dateline, timestamp), except that a line starting with a
 * lower-case Latin letter continues a hard-wrapped English paragraph.
 */

export interface Span {
  start: number;
  end: number;
}

const TERMINAL = new Set(['.', '!', '?', '\u061F', '\u2026', '\u06D4', '\u3002', '\uFF01', '\uFF1F']);
const CLOSERS = new Set(['»', '”', '’', '"', "'", ')', ']', '›', '\u201D', '}']);
const GLUED_CLOSERS = new Set(['»', '”', '›']);
const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029|\u0085/g;
const SPACE = /[\s\u00A0\u200B-\u200F\u2060\uFEFF\u061C\u202A-\u202E\u2066-\u2069]/;

// Abbreviations after which a period does not end a sentence (lower-cased, without the final dot).
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'maj',
  'gov',
  'sen',
  'rep',
  'rev',
  'hon',
  'pres',
  'supt',
  'mt',
  'ft',
  'messrs',
  'mme',
  'mlle',
]);
const ABBREVS = new Set([
  'u.s',
  'u.k',
  'u.n',
  'e.g',
  'i.e',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'no',
  'nos',
  'fig',
  'figs',
  'vol',
  'p',
  'pp',
  'approx',
  'dept',
  'est',
  'a.m',
  'p.m',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'cf',
  'al',
  'ed',
  'eds',
  'op',
  'art',
  'sec',
  'ch',
  'para',
  'ca',
  'c',
  'vs',
  'v',
]);
// Arabic abbreviations written with a period (ARABIC.md; Wikimedia sentencex): د. = Dr., ص.ب, ج.م.ع, أ.ف.ب
const ARABIC_ABBREVS = new Set(['د', 'أ', 'ا']);

const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
const isDigit = (c: string | undefined) => c !== undefined && /\p{Nd}/u.test(c);
const isLowerLatin = (c: string | undefined) => c !== undefined && /\p{Ll}/u.test(c) && c.charCodeAt(0) < 0x0530;
const isUpper = (c: string | undefined) => c !== undefined && /\p{Lu}/u.test(c);
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/**
 * Does the character at i belong to the word before a period (a letter, a combining mark or a dot)?
 * Decided by code for ASCII and the Arabic letters and marks, without a string: V8 caches one-character
 * strings only for one-byte characters, so each `text[i]` of an Arabic text is a new string, and these
 * walks read every word before a period (80 MB of garbage at 100,000 sentences, bench/README.md).
 */
function wordCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
  if (c >= 0x0621 && c <= 0x065f) return true;
  return c === c && LETTER_OR_MARK.test(text[i]); // c !== c: NaN, outside the text
}

/** Is the character at i white space (what SPACE matches, line breaks included)? By code for ASCII and the Arabic letters. */
function blankAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  if (c >= 0x0621 && c <= 0x064a) return false;
  return c === c && SPACE.test(text[i]);
}

/** Splits text into line units: [start, end) of each run of lines that belong together. */
export function lineBlocks(text: string): Span[] {
  const lines: Span[] = [];
  let last = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m; (m = LINE_BREAK.exec(text)) !== null; ) {
    lines.push({ start: last, end: m.index });
    last = m.index + m[0].length;
  }
  lines.push({ start: last, end: text.length });
  const blocks: Span[] = [];
  for (const l of lines) {
    const first = firstVisible(text, l.start, l.end);
    if (first < 0) continue;
    const prev = blocks[blocks.length - 1];
    // A hard-wrapped English paragraph: the line goes on in lower case right after a non-blank line.
    // Not when the previous line ended a sentence: a final period that no abbreviation explains.
    if (prev && prev.end === lineEndBefore(text, l.start) && isLowerLatin(text[first]) && !endsSentence(text, prev.start, prev.end)) prev.end = l.end;
    else blocks.push({ start: l.start, end: l.end });
  }
  return blocks;
}

function lineEndBefore(text: string, lineStart: number): number {
  let i = lineStart;
  if (text[i - 1] === '\n' && text[i - 2] === '\r') return i - 2;
  return i - 1;
}

function firstVisible(text: string, a: number, b: number): number {
  for (let i = a; i < b; i++) if (!blankAt(text, i)) return i;
  return -1;
}

/** Sentence spans, trimmed of surrounding white space; they never overlap and cover every visible character. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  for (const b of lineBlocks(text)) splitBlock(text, b.start, b.end, out);
  return out;
}

/** The characters splitBlock acts on, by UTF-16 code: most characters of a text are none of them. */
const ACTS = new Uint8Array(0x10000);
for (const c of [...TERMINAL, ...GLUED_CLOSERS, '"', '(', ')']) ACTS[c.charCodeAt(0)] = 1;

function splitBlock(text: string, a: number, b: number, out: Span[]): void {
  let start = a;
  let dq = 0; // ASCII double quotes seen in the current sentence
  let paren = 0;
  for (let i = a; i < b; i++) {
    if (ACTS[text.charCodeAt(i)] === 0) continue;
    const c = text[i];
    if (c === '"') dq++;
    else if (c === '(') paren++;
    else if (c === ')' && paren > 0) paren--;
    if (TERMINAL.has(c)) {
      let j = i + 1;
      while (j < b && (TERMINAL.has(text[j]) || text[j] === '.')) j++;
      if (c === '.' && j === i + 1 && !periodEnds(text, i, b)) continue;
      if ((c === '.' || c === '\u2026') && j - i >= 2 && isLowerLatin(nextVisible(text, j, b))) {
        i = j - 1;
        continue;
      }
      // `الحوثيون ينهبون الملايين.. بذريعة…`, `بالأرقام.. كيف انهارت الليرة؟`: in Arabic news two dots or an
      // ellipsis inside a line are a pause (a headline's colon), not a sentence end; claims split there
      if (
        ((c === '.' && j - i >= 2) || c === '\u2026') &&
        (isArabicLetter(nextVisible(text, j, b)) || (isArabicLetter(text[i - 1]) && isDigit(nextVisible(text, j, b))))
      ) {
        i = j - 1;
        continue;
      }
      if ((c === '!' || c === '?') && isLowerLatin(nextVisible(text, j, b))) {
        i = j - 1;
        continue;
      }
      // closing quotes and brackets belong to the sentence they close
      while (j < b && CLOSERS.has(text[j])) {
        const q = text[j];
        if (q === '"') {
          if (dq % 2 === 0 && j + 1 < b && !SPACE.test(text[j + 1])) break;
          dq++;
        }
        if (q === ')') {
          if (paren === 0) break;
          paren--;
        }
        j++;
      }
      if (j < b && !SPACE.test(text[j]) && !isLetter(text[j]) && !/["«“(\[]/.test(text[j])) {
        i = j - 1;
        continue;
      }
      push(text, start, j, out);
      start = j;
      dq = 0;
      paren = 0;
      i = j - 1;
    } else if (GLUED_CLOSERS.has(c) && isLetter(text[i + 1]) && i + 1 < b) {
      // `القوات الليبية»وقال`: a closing quote glued to the next sentence's first letter
      push(text, start, i + 1, out);
      start = i + 1;
      dq = 0;
      paren = 0;
    }
  }
  push(text, start, b, out);
}

const isArabicLetter = (c: string | undefined) => c !== undefined && c >= '\u0620' && c <= '\u064A';

function nextVisible(text: string, j: number, b: number): string | undefined {
  while (j < b && (blankAt(text, j) || CLOSERS.has(text[j]))) j++;
  return j < b ? text[j] : undefined;
}

/** Does the line text[a..b) end with a sentence end (! ? … or a period after a word that is no abbreviation)? */
function endsSentence(text: string, a: number, b: number): boolean {
  let p = b - 1;
  while (p >= a && (blankAt(text, p) || CLOSERS.has(text[p]))) p--;
  if (p < a) return false;
  const c = text[p];
  if (c === '!' || c === '?' || c === '\u2026' || c === '\u061F') return true;
  if (c !== '.') return false;
  let w = p;
  while (w > a && wordCharAt(text, w - 1)) w--;
  const word = text.slice(w, p),
    lower = word.toLowerCase();
  if (!word) return true;
  if (TITLES.has(lower) || ABBREVS.has(lower) || ARABIC_ABBREVS.has(word)) return false;
  if (/^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) return false; // an initial, U.S.
  return true;
}

/** Does the period at i end a sentence? */
function periodEnds(text: string, i: number, b: number): boolean {
  const prev = text[i - 1],
    next = text[i + 1];
  if (isDigit(prev) && isDigit(next)) return false; // 3.5
  // `23. Viola Davis won…`: a number alone at the start of a line is a list marker
  if (isDigit(prev)) {
    let d = i;
    while (d > 0 && isDigit(text[d - 1])) d--;
    let l = d;
    while (l > 0 && (text[l - 1] === ' ' || text[l - 1] === '\t')) l--;
    if (l === 0 || text[l - 1] === '\n' || text[l - 1] === '\r') return false;
  }
  // the word before the period
  let w = i;
  while (w > 0 && wordCharAt(text, w - 1)) w--;
  const word = text.slice(w, i);
  const lower = word.toLowerCase();
  const after = nextVisible(text, i + 1, b);
  if (after === undefined) return true;
  if (word.length > 0) {
    if (TITLES.has(lower)) return false;
    if (/^\p{Lu}$/u.test(word) && word.charCodeAt(0) < 0x0530) return false; // initials: J. K. Rowling
    // J.J. Watt, J.R.R. Tolkien: capital initials before a capitalised word are a name
    if (/^(\p{Lu}\.)+\p{Lu}$/u.test(word) && isUpper(after) && !/^(u\.s|u\.k|u\.n)$/.test(lower)) return false;
    if (/^(\p{L}\.)+\p{L}$/u.test(word)) return isUpper(after) && !/^(u\.s|u\.k|u\.n|e\.g|i\.e)$/.test(lower); // U.S., e.g., أ.ف.ب
    if (ARABIC_ABBREVS.has(word)) return false; // د. أحمد
    if (ABBREVS.has(lower))
      return (
        isUpper(after) &&
        !['no', 'nos', 'fig', 'figs', 'vol', 'p', 'pp', 'cf', 'vs', 'v', 'c', 'ca', 'art', 'sec', 'ch', 'para', 'op', 'al', 'ed', 'eds'].includes(lower)
      );
  }
  if (isLowerLatin(after) || isDigit(next)) return false; // example.com, 'e.g. this', No.5
  if (next !== undefined && !SPACE.test(next) && isLetter(next)) {
    // no space after the period: split before an Arabic letter or an upper-case word (sentence.Second)
    return !isLowerLatin(next);
  }
  return true;
}

function push(text: string, a: number, b: number, out: Span[]): void {
  while (a < b && blankAt(text, a)) a++;
  while (b > a && blankAt(text, b - 1)) b--;
  if (b > a) out.push({ start: a, end: b });
}
