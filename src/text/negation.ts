import { normalizeToken } from './normalize.js';

// Negation cues (ARABIC.md: لم لن لا ليس/ليسوا غير عدم دون بدون), with glued و/ف, and English ones.
const AR = ['لم', 'لن', 'لا', 'ليس', 'ليست', 'ليسوا', 'ليسا', 'لسنا', 'لست', 'غير', 'عدم', 'دون', 'بدون', 'بلا'];
const EN = ['not', 'no', 'never', "n't", 'none', 'nobody', 'nothing', 'neither', 'nor', 'without', 'cannot', 'non', 'nowhere'];

const CUES = new Set<string>();
for (const w of AR) for (const p of ['', 'و', 'ف']) CUES.add(normalizeToken(p + w));
for (const w of EN) CUES.add(w);

export function isNegationKey(key: string): boolean {
  return CUES.has(key) || /n['’]t$/.test(key);
}
