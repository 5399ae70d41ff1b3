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
 * Words after a cue that make the pair an idiom that affirms (ARABIC.md's negation cues, in their
 * fixed phrases): لا يزال / ما زال / لم يزل "still", لا ينفك / لا يبرح "keeps on", لا سيما "especially",
 * لا بد "must", لا شك / لا ريب "no doubt", ليس فقط / لا … فحسب "not only"; English "not only", "no doubt".
 * A summary that says يسيطر حتى الآن for لا يزال يسيطر drops no negation.
 */
const IDIOM_AFTER = new Set<string>([
  ...[
    'يزال',
    'تزال',
    'يزالون',
    'يزالوا',
    'تزالون',
    'نزال',
    'ازال',
    'زال',
    'زالت',
    'زالوا',
    'زلت',
    'يزل',
    'تزل',
    'نزل',
    'ينفك',
    'تنفك',
    'انفك',
    'انفكت',
    'يبرح',
    'تبرح',
    'برح',
    'برحت',
    'يفتا',
    'تفتا',
    'فتئ',
    'فتيء',
    'سيما',
    'بد',
    'شك',
    'ريب',
    'فقط',
    'فحسب',
  ].map((w) => normalizeToken(w)),
  'only',
  'doubt',
]);
/** غير before أن is "however" (غير أن الحكومة أعلنت …), not "non-" or "not". */
const GHAYR = new Set(['غير', 'وغير', 'فغير'].map((w) => normalizeToken(w)));
/**
 * Adjectives that make one word with غير, of novelty and surprise, which a rewrite says in one word: غير مسبوق
 * "unprecedented" for قياسي "record", غير معتاد for نادر "rare", غير متوقع for مفاجئ "sudden". Not the others:
 * غير قانوني against قانوني, غير معنية against حريصة are a negation.
 */
const GHAYR_WORDS = new Set(
  ['مسبوق', 'مسبوقة', 'عادي', 'عادية', 'معتاد', 'معتادة', 'مألوف', 'مألوفة', 'متوقع', 'متوقعة', 'مسبوقين', 'اعتيادي', 'اعتيادية'].map((w) => normalizeToken(w)),
);
const THAT = new Set(['أن', 'أنه', 'أنها', 'أنهم', 'أنهما', 'أننا', 'إن', 'إنه'].map((w) => normalizeToken(w)));

/**
 * Whether the token at i negates: a negation cue that does not open one of the idioms above. Reads
 * the next token's key only, so it works on token objects and on a document's token forms alike.
 */
export function negatesAt(tokens: ArrayLike<{ readonly neg: boolean; readonly key: string }>, i: number, end = tokens.length): boolean {
  const t = tokens[i];
  // "has yet to announce" says "has not announced"; "yet" elsewhere (not yet, yet another, and yet) is no cue.
  // It is no cue of the tokenizer (a cue is a stop word, and "yet" as one moved the alignment: SummEdits'
  // evaluation split 0.713 → 0.706), only here.
  if (t.key === 'yet') return i + 1 < end && tokens[i + 1].key === 'to';
  if (!t.neg) return false;
  if (i + 1 >= end) return true;
  const next = tokens[i + 1].key;
  if (IDIOM_AFTER.has(next) || (GHAYR.has(t.key) && THAT.has(next))) return false;
  // دون before a level, an expectation or a figure is "below": جاء النمو دون التوقعات, دون 2 في المئة, دون سن الثامنة عشرة
  if (DUN.has(t.key) && (BELOW_AFTER.has(next) || /^\d/.test(next))) return false;
  // the exception (لم يُموَّل سوى 15٪ "only 15% was funded", لا يملك إلا "has only"): an Arabic cue with
  // سوى/إلا shortly after it says "only", and affirms what follows; but with إلا بعد/عندما it says "not
  // until", which keeps the negation: لن تنسحب إلا بعد انتهاء التحقيق is لن تنسحب قبل انتهاء التحقيق
  if (ARABIC_CUE.has(t.key)) {
    for (let k = i + 1; k < end && k <= i + EXCEPT_WINDOW; k++) {
      if (EXCEPT.has(tokens[k].key)) return k + 1 < end && UNTIL_AFTER.has(tokens[k + 1].key);
    }
  }
  return true;
}

/** دون (with glued و/ف, not بدون "without"), which is "below" before the words of BELOW_AFTER. */
const DUN = new Set(['دون', 'ودون', 'فدون'].map((w) => normalizeToken(w)));
/**
 * Words of a level after دون "below": expectations (التوقعات، المتوقع، المأمول), levels and thresholds
 * (المستوى، الحد، العتبة، المعدل، المتوسط), an age (سن). دون before another word is "without" (دون التوصل إلى اتفاق).
 */
const BELOW_AFTER = new Set(
  [
    'توقعات',
    'التوقعات',
    'توقع',
    'التوقع',
    'المتوقع',
    'المتوقعة',
    'المأمول',
    'المأمولة',
    'المستهدف',
    'المستهدفة',
    'المطلوب',
    'مستوى',
    'المستوى',
    'مستويات',
    'المستويات',
    'حد',
    'الحد',
    'حدود',
    'عتبة',
    'العتبة',
    'معدل',
    'المعدل',
    'معدلات',
    'متوسط',
    'المتوسط',
    'سن',
    'السن',
    'الصفر',
    'النصف',
  ].map((w) => normalizeToken(w)),
);
/** After إلا, the words that make the exception "not until" (إلا بعد، إلا عند، إلا عندما، إلا حين، إلا إذا). */
const UNTIL_AFTER = new Set(['بعد', 'عند', 'عندما', 'حين', 'حينما', 'إذا', 'لدى'].map((w) => normalizeToken(w)));

/** سوى and إلا (the matching key writes إلا as الا, as it does ألا "that … not", which follows no cue within the window in news text). */
const EXCEPT = new Set(['سوى', 'إلا'].map((w) => normalizeToken(w)));
/** Tokens after a cue in which its exception may stand (لم يتم تمويل سوى). */
const EXCEPT_WINDOW = 6;
/** The Arabic cues that take an exception: لم لن لا ليس ما (and their و/ف forms). */
const ARABIC_CUE = new Set<string>();
for (const w of ['لم', 'لن', 'لا', 'ليس', 'ليست', 'ليسوا', 'ما']) for (const p of ['', 'و', 'ف']) ARABIC_CUE.add(normalizeToken(p + w));

/**
 * Is the cue at i غير with one of GHAYR_WORDS after it (غير مسبوق), a word of its own? A claim that says it
 * adds no negation to a source that says قياسي; a source that says it and a claim that says مسبوق alone
 * still disagree (the negation rule reads the word after a dropped cue).
 */
export function isLexicalNegation(tokens: ArrayLike<{ readonly key: string }>, i: number, end = tokens.length): boolean {
  return GHAYR.has(tokens[i].key) && i + 1 < end && GHAYR_WORDS.has(tokens[i + 1].key);
}

/**
 * Words that negate what follows without a negation cue: "to avoid casualties" says what "no
 * casualties" says (لتفادي وقوع إصابات for عدم وقوع إصابات). A claim with one of them does not drop its
 * source's negation. Not cues themselves: "avoided the vote" is no "not".
 */
const AR_IMPLICIT = [
  'تفادي',
  'تفادى',
  'يتفادى',
  'تتفادى',
  'تجنب',
  'يتجنب',
  'تتجنب',
  'تجنبت',
  'تجنبا',
  'تفاديا',
  // ruled out (استبعد), instead of (بدلا من، عوضا عن): from the project's probe pairs (probes/dev)
  'استبعد',
  'استبعدت',
  'يستبعد',
  'تستبعد',
  'استبعدوا',
  'بدلا',
  'عوضا',
];
const EN_IMPLICIT = [
  'avoid',
  'avoids',
  'avoided',
  'avoiding',
  'prevent',
  'prevents',
  'prevented',
  'preventing',
  'averted',
  'averting',
  // "ruled out a tsunami" for "said there was no tsunami threat", "a first step rather than a final peace" for
  // "a first step, not a final peace", "instead of": from the project's probe pairs (probes/dev)
  'ruled',
  'rules',
  'ruling',
  'rather',
  'instead',
  'lack',
  'lacks',
  'lacked',
  'lacking',
  'absence',
];
const IMPLICIT = new Set<string>(EN_IMPLICIT);
for (const w of AR_IMPLICIT) for (const p of ['', 'و', 'ف', 'ل', 'ول', 'ب']) IMPLICIT.add(normalizeToken(p + w));

export function isImplicitNegationKey(key: string): boolean {
  return IMPLICIT.has(key) || DENIAL.has(key);
}

/**
 * Verbs of denial and refusal, which say "not" of what follows: روسيا تنفي وجود أدلة says عدم وجود أدلة,
 * رفض التعليق says لم يعلق, "denied the report" says it was not so.
 */
const AR_DENIAL = ['نفى', 'ينفي', 'تنفي', 'نفت', 'نفوا', 'ينفون', 'نفي', 'رفض', 'يرفض', 'ترفض', 'رفضت', 'رفضوا', 'يرفضون'];
const EN_DENIAL = ['deny', 'denies', 'denied', 'denying', 'refuse', 'refuses', 'refused', 'refusing'];
const DENIAL = new Set<string>(EN_DENIAL);
for (const w of AR_DENIAL) for (const p of ['', 'و', 'ف']) DENIAL.add(normalizeToken(p + w));
