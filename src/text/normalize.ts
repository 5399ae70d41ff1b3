import { WORD_FORMS } from './word-forms.js';

/**
 * Matching keys. Everything here is for comparison only: offsets and displayed text always come
 * from the text as the user gave it. See docs/ARABIC.md (orthographic variants).
 */

const HAMZA_SEATS = /[\u0624\u0626]/g; // ؤ ئ → ء, so مسؤول and مسئول share a key
const MARKS = /\p{M}/gu; // tashkeel, superscript alef, and Latin accents after NFKD
const INVISIBLE = /[\u0640\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g; // tatweel, soft hyphen, ZW*, bidi

const CHAR_MAP: Record<string, string> = {
  '\u0671': '\u0627', // ٱ → ا
  '\u0649': '\u064A', // ى → ي
  '\u0629': '\u0647', // ة → ه
  '\u06A9': '\u0643', // ک → ك
  '\u06CC': '\u064A', // ی → ي
  '\u06C0': '\u0647', // ۀ → ه
  '\u06D5': '\u0647', // ە → ه
};

const cache = new Map<string, string>();

/**
 * Normalised key of one token: NFKD, marks and invisibles removed, Arabic letter variants folded, ASCII digits, lower case.
 * A lexicon's word as the build computed it, when the bundled CLI has the table (word-forms.ts).
 */
export function normalizeToken(token: string): string {
  let k = cache.get(token);
  if (k !== undefined) return k;
  k = WORD_FORMS?.norm(token) ?? normalizeText(token);
  if (cache.size > 200_000) cache.clear();
  cache.set(token, k);
  return k;
}

/** The words normalised so far in this process (the build's table lists those the modules normalise as they load). */
export const normalizedWords = (): string[] => [...cache.keys()];

/** normalizeToken's definition, without its cache or the build's table. */
export function normalizeText(token: string): string {
  return token
    .replace(HAMZA_SEATS, '\u0621')
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(INVISIBLE, '')
    .replace(/[\u0671\u0649\u0629\u06A9\u06CC\u06C0\u06D5]/g, (c) => CHAR_MAP[c])
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .toLowerCase();
}

export const isArabicChar = (c: number): boolean =>
  (c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff);

/** A word as written without its Arabic short vowels, shadda, sukun and tatweel (مؤكِّداً → مؤكداً): for lists kept as written. */
export const withoutMarks = (w: string): string => w.replace(/[\u064B-\u0652\u0640]/g, '');
