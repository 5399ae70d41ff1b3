import { isArabicChar } from './normalize.js';
import { STOP_EN } from './stopwords.js';
import { ENGLISH_STOPWORD_SHARE } from '../settings.js';

/** Language of a document by script (and, for Latin script, English function words): 'ar', 'en' or 'und'. */
export function detectLanguage(text: string): string {
  let ar = 0,
    latin = 0,
    other = 0;
  const n = Math.min(text.length, 20_000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isArabicChar(c)) ar++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if (c > 0x2ff && /\p{L}/u.test(text[i])) other++;
  }
  if (ar === 0 && latin === 0 && other === 0) return 'und';
  if (ar >= latin && ar >= other) return 'ar';
  if (latin >= other) {
    const words =
      text
        .slice(0, n)
        .toLowerCase()
        .match(/[a-z']+/g) ?? [];
    const hits = words.filter((w) => STOP_EN.has(w)).length;
    return words.length > 0 && hits / words.length >= ENGLISH_STOPWORD_SHARE ? 'en' : 'und';
  }
  return 'und';
}

/** The writing direction of a language: 'rtl' for Arabic script languages. */
export const directionOf = (lang: string): 'rtl' | 'ltr' | 'auto' => (/^(ar|fa|ur|he|ps|ckb|yi)/.test(lang) ? 'rtl' : lang === 'und' ? 'auto' : 'ltr');
