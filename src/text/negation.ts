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

/**
 * Words that negate what follows without a negation cue: "to avoid casualties" says what "no
 * casualties" says (لتفادي وقوع إصابات for عدم وقوع إصابات). A claim with one of them does not drop its
 * source's negation. Not cues themselves: "avoided the vote" is no "not".
 */
const AR_IMPLICIT = ['تفادي', 'تفادى', 'يتفادى', 'تتفادى', 'تجنب', 'يتجنب', 'تتجنب', 'تجنبت', 'تجنبا', 'تفاديا'];
const EN_IMPLICIT = ['avoid', 'avoids', 'avoided', 'avoiding', 'prevent', 'prevents', 'prevented', 'preventing', 'averted', 'averting'];
const IMPLICIT = new Set<string>(EN_IMPLICIT);
for (const w of AR_IMPLICIT) for (const p of ['', 'و', 'ف', 'ل', 'ول', 'ب']) IMPLICIT.add(normalizeToken(p + w));

export function isImplicitNegationKey(key: string): boolean {
  return IMPLICIT.has(key);
}
