import { stemmer as porter } from 'stemmer';

/**
 * Light stemming on normalised keys.
 * Arabic: the light10 family (Larkey et al.; Lucene ArabicStemmer): strip one prefix group and one
 * suffix, keeping at least 3 letters. Single-letter proclitics ب ل ك ف (beyond و) are ambiguous with
 * root letters (لبنان, بحث), so they are not stripped here: `proclitic()` offers that as a second key.
 * Latin script: Porter (English), the project's second language.
 */
const AR_PREFIXES = ['وبال', 'وكال', 'ولل', 'وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const AR_SUFFIXES = ['هما', 'كما', 'ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'يا', 'وا', 'هم', 'هن', 'كم', 'نا', 'ه', 'ي', 'و', 'ا'];
const ARABIC_LETTERS = /^[\u0621-\u064A]+$/;
const LATIN = /^[a-z\u00DF-\u024F'’.]+$/;

const cache = new Map<string, string>();

export function stem(key: string): string {
  let s = cache.get(key);
  if (s !== undefined) return s;
  if (ARABIC_LETTERS.test(key)) s = stemArabic(key);
  else if (LATIN.test(key)) s = key.length > 3 && !key.includes('.') ? porter(key.replace(/['’]s$/, '')) : key;
  else s = key;
  if (cache.size > 200_000) cache.clear();
  cache.set(key, s);
  return s;
}

export function stemArabic(w: string): string {
  let s = w;
  for (const p of AR_PREFIXES) {
    if (s.startsWith(p) && s.length - p.length >= 2) { s = s.slice(p.length); break; }
  }
  for (const x of AR_SUFFIXES) {
    if (s.endsWith(x) && s.length - x.length >= 3) { s = s.slice(0, -x.length); break; }
  }
  return s;
}

/**
 * A second stem for Arabic words that may carry a one-letter proclitic (و ف ب ل ك): لتعقب → تعقب,
 * وتحليل → تحليل. Kept apart from the main stem because the same letters begin many names and
 * roots (واشنطن، لبنان، بريطانيا); matching accepts either.
 */
export function proclitic(key: string): string | undefined {
  const c = key[0];
  if ((c === 'و' || c === 'ف' || c === 'ب' || c === 'ل' || c === 'ك') && key.length >= 4 && ARABIC_LETTERS.test(key)) return stemArabic(key.slice(1));
  return undefined;
}

/**
 * An approximate root for an Arabic stem, so that derived forms of one root meet at a lower credit
 * than the same stem: هجمات/هجوم/يهاجم → هجم, متابعة/تتبعت → تبع, توسيع/موسعة → وسع. Arabic derives
 * words from (mostly three-letter) roots through patterns of prefixes and long vowels; light
 * stemming leaves the patterns in (see ../../shared docs: Larkey et al. on light vs root stemming,
 * and Khoja's root stemmer). Here: drop a final ه (ة), the pattern prefixes است م ت ي ن ا, and
 * long vowels ا و ي after the first letter, while more than three letters remain, then a final ت. Only a result of
 * exactly three letters is a root; anything else gives undefined (no root key).
 */
export function arabicRoot(stemKey: string): string | undefined {
  if (!ARABIC_LETTERS.test(stemKey) || stemKey.length < 3) return undefined;
  let s = stemKey;
  const vowels = () => { for (let i = s.length - 1; i >= 1 && s.length > 3; i--) if ('اوي'.includes(s[i])) s = s.slice(0, i) + s.slice(i + 1); };
  if (s.length > 3 && s.endsWith('ه')) s = s.slice(0, -1);
  if (s.length > 5 && s.startsWith('است')) s = s.slice(3);
  if (s.length > 3 && 'مين'.includes(s[0])) s = s.slice(1);
  if (s.length > 3 && 'تا'.includes(s[0]) && s[1] !== 'ا') s = s.slice(1);
  vowels();
  if (s.length > 3 && s.endsWith('ت')) s = s.slice(0, -1);
  return s.length === 3 ? s : undefined;
}
