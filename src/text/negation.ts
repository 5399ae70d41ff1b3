import { normalizeToken, withoutMarks } from './normalize.js';
import { lexiconPhrases, lexiconValues, lexiconWords } from './lexicons.js';

/**
 * The words of lexicons/negation.json (the file says why each is there), by matching key: this module
 * matches keys only, and the tokenizer asks it of every new word, so it reads the file when it loads.
 */
const list = (name: string): readonly string[] => lexiconWords('negation', name);
/** A list's keys, each also with the proclitics given glued before it (و/ف before an Arabic cue). */
const keysWith = (words: readonly string[], proclitics: readonly string[] = ['']): Set<string> => {
  const out = new Set<string>();
  for (const w of words) for (const p of proclitics) out.add(normalizeToken(p + w));
  return out;
};

// Negation cues, Arabic with glued و/ف, and English ones.
const CUES = new Set<string>([...keysWith(list('arabicCues'), ['', 'و', 'ف']), ...keysWith(list('englishCues'))]);

export function isNegationKey(key: string): boolean {
  return CUES.has(key) || /n['’]t$/.test(key);
}

/** lexicons/negation.json spelledCues, as written (without marks), with و/ف: ألا, whose key is that of إلا. */
const SPELLED = new Set(list('spelledCues').flatMap((w) => ['', 'و', 'ف'].map((p) => p + w)));
/** Is a word, as written, a cue of spelledCues? The tokenizer asks it of a form whose key is no cue. */
export const isSpelledCue = (text: string): boolean => SPELLED.has(withoutMarks(text));

/** lexicons/negation.json ballotBefore, ballotAfter: "no" after a verb of voting, or between an article and a word of voting, is a ballot's answer. */
const BALLOT_BEFORE = keysWith(list('ballotBefore'));
const BALLOT_AFTER = keysWith(list('ballotAfter'));
const ARTICLE = keysWith(['a', 'the']);
/** lexicons/negation.json cancelledWithout: "without" that a negation before it cancels. */
const CANCELLED_WITHOUT = keysWith(list('cancelledWithout'));
/** Tokens before a cue of cancelledWithout within which a negation cancels it ("no one had been taken off without"). */
const DOUBLE_WINDOW = 6;
/** lexicons/negation.json numberSign: "No. 131". */
const NUMBER_SIGN = keysWith(list('numberSign'));
/** lexicons/negation.json boundVerbs and boundAfter: لا يزيد على, "no more than". */
const BOUND_VERBS = keysWith(list('boundVerbs'));
const BOUND_AFTER = keysWith(list('boundAfter'));
const BOUND_LATER = keysWith(list('boundLater'));
const BOUND_LATER_AFTER = keysWith(list('boundLaterAfter'));
/** بأكثر ("by more than", "at more than"): a bound further from its cue than boundLater's. */
const BI_AKTHAR = normalizeToken('بأكثر');
/** Jussive and subjunctive forms of كان after لم/لن. */
const KANA = keysWith(list('kanaForms'));
/** The cues of a verb in the past or future (لم، لن, with و/ف), which a bound with بأكثر من may follow. */
const VERBAL_CUES = keysWith(
  list('verbalCues').filter((w) => w !== 'لا'),
  ['', 'و', 'ف'],
);
/** lexicons/negation.json verbalCues, with و/ف: لا، لم، لن, which negate the verb right after them. */
const VERBAL_NEGATIONS = keysWith(list('verbalCues'), ['', 'و', 'ف']);
export const isVerbalNegationKey = (key: string): boolean => VERBAL_NEGATIONS.has(key);
/** Tokens after a cue within which بأكثر من bounds its verb (past a subject and an object of up to four words). */
const BOUND_REACH = 7;
/** Words after a cue that make the pair an idiom that affirms (لا يزال "still", لا بد "must", "not only"). */
const IDIOM_AFTER = keysWith(list('idiomsAfter'));
/** Phrases of two words after a cue that make an idiom that affirms (لا تقدر بثمن "priceless"), as [first key, second key]. */
const IDIOM_PHRASES: readonly string[][] = lexiconPhrases('negation', 'idiomPhrasesAfter');
/** غير before أن is "however" (غير أن الحكومة أعلنت …), not "non-" or "not"; after من, "without" (من غير أن يقدم). */
const GHAYR = keysWith(['غير'], ['', 'و', 'ف']);
/** Adjectives that make one word with غير (غير مسبوق "unprecedented"), which a rewrite says in one word. */
const GHAYR_WORDS = keysWith(list('ghayrWords'));
/** The Arabic complementisers (أن، إن، أنه، بأن … of lexicons/reporting.json), after which غير is "however". */
const THAT = keysWith(
  [...lexiconWords('reporting', 'complementisers'), ...lexiconWords('reporting', 'complementiserForms')].filter((w) => /[\u0600-\u06FF]/.test(w)),
);

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
  // (the second word of an idiom is no cue of its own either: لا غير, "only", ends a clause with غير)
  if (i > 0 && tokens[i - 1].neg && IDIOM_AFTER.has(t.key)) return false;
  // "voted no", "a No vote": the answer of a ballot, no negation (lexicons/negation.json ballot); not "no vote was held"
  if (
    t.key === 'no' &&
    ((i > 0 && BALLOT_BEFORE.has(tokens[i - 1].key)) || (i > 0 && ARTICLE.has(tokens[i - 1].key) && i + 1 < end && BALLOT_AFTER.has(tokens[i + 1].key)))
  )
    return false;
  // a double negation: "no one had been taken off without clinical review" says each case was reviewed (cancelledWithout)
  if (CANCELLED_WITHOUT.has(t.key))
    for (let k = Math.max(0, i - DOUBLE_WINDOW); k < i; k++) if (tokens[k].neg && !CANCELLED_WITHOUT.has(tokens[k].key)) return false;
  if (i + 1 >= end) return true;
  const next = tokens[i + 1].key;
  // "No. 131", "No 10": the sign of a number (lexicons/negation.json numberSign)
  if (NUMBER_SIGN.has(t.key) && /^\d/.test(next)) return false;
  // (but من غير أن is "without": زاعماً أن … من غير أن يقدم دليلاً for the source's دون أن يقدم أدلة, a fresh editor pair's false error)
  if (IDIOM_AFTER.has(next) || (GHAYR.has(t.key) && THAT.has(next) && !(i > 0 && tokens[i - 1].key === 'من'))) return false;
  if (i + 2 < end && IDIOM_PHRASES.some(([a, b]) => next === a && tokens[i + 2].key === b)) return false;
  // a bound: لا يزيد على 8 مليارات, "no more than" (lexicons/negation.json boundVerbs, boundAfter)
  if (BOUND_VERBS.has(next) && i + 2 < end && BOUND_AFTER.has(tokens[i + 2].key)) return false;
  // and one word on: لن يستمر أكثر من أربع سنوات, "did not last more than a week" (boundLater, boundLaterAfter)
  if (i + 3 < end && BOUND_LATER.has(tokens[i + 2].key) && BOUND_LATER_AFTER.has(tokens[i + 3].key)) return false;
  // and past the verb's subject and object, with ب: لم تقدّرهم وزارة التربية بأكثر من 4100, "put them at no more than"
  // (a fresh editor pair's faithful line; not أكثر alone, "لم يتمكن أكثر من مئة شخص", a subject counted)
  // (only after لم/لن and a verb that is not one of reaching, whose negation is a bound of its own, لم تتجاوز … بأكثر من, nor
  // كان, whose "was not … more than" the reach rule reads against a claim's negated reach: "لم تكن تعمل بأكثر من حمولتها"
  // for "لم تتجاوز حمولتها", a fresh editor pair's faithful line)
  if (VERBAL_CUES.has(t.key) && !REACH.has(next) && !KANA.has(next))
    for (let k = i + 3; k + 1 < end && k <= i + BOUND_REACH; k++) if (tokens[k].key === BI_AKTHAR && BOUND_LATER_AFTER.has(tokens[k + 1].key)) return false;
  // دون before a level, an expectation or a figure is "below": جاء النمو دون التوقعات, دون 2 في المئة, دون سن الثامنة عشرة
  if (dunBelow(tokens, i, end)) return false;
  // the exception (لم يُموَّل سوى 15٪ "only 15% was funded", لا يملك إلا "has only"): an Arabic cue with
  // سوى/إلا shortly after it says "only", and affirms what follows; but with إلا بعد/عندما it says "not
  // until", which keeps the negation: لن تنسحب إلا بعد انتهاء التحقيق is لن تنسحب قبل انتهاء التحقيق
  if (ARABIC_CUE.has(t.key)) {
    for (let k = i + 1, limit = i + EXCEPT_WINDOW; k < end && k <= limit; k++) {
      if (EXCEPT.has(tokens[k].key)) return k + 1 < end && UNTIL_AFTER.has(tokens[k + 1].key);
      // a relative clause between (ولم يحقق ميراندا، الذي تولى المهمة في يونيو بعقد لمدة 24 شهرا، سوى): further
      if (limit === i + EXCEPT_WINDOW && EXCEPT_RELATIVES.has(tokens[k].key)) limit += RELATIVE_SPAN;
    }
  }
  return true;
}

/** Verbs of reaching (lexicons/negation.json reach): negated, they say "under". */
const REACH = keysWith(list('reach'), ['', 'و', 'ف']);
export const isReachKey = (key: string): boolean => REACH.has(key);
/** Verbs of passing a figure (lexicons/negation.json exceedVerbs). */
const EXCEED = keysWith(list('exceedVerbs'), ['', 'و', 'ف']);
export const isExceedKey = (key: string): boolean => EXCEED.has(key);
/** lexicons/negation.json belowSource. */
const BELOW_SOURCE = keysWith(list('belowSource'));
/** Does a sentence say "below" a level: دون before a level or a figure (جاء النمو دون التوقعات، دون سن الخامسة), or a word of belowSource? */
export function saysBelow(tokens: readonly { key: string }[]): boolean {
  return tokens.some((t, i) => BELOW_SOURCE.has(t.key) || dunBelow(tokens, i, tokens.length));
}

/**
 * Is tokens[i] دون "below": before a word of a level or an expectation (دون التوقعات، دون سن), a figure (دون 2 في المئة), or a
 * definite noun whose definite adjective is such a word (دون الزمن المستهدف البالغ ساعة, "under the target time": a fresh
 * editor pair's faithful restatement of "أقل من الزمن المستهدف" drew a negation error)?
 */
function dunBelow(tokens: ArrayLike<{ readonly key: string }>, i: number, end: number): boolean {
  if (!DUN.has(tokens[i].key) || i + 1 >= end) return false;
  const next = tokens[i + 1].key;
  // (or a figure in words: "إلى ما دون عشرين في المئة", which a fresh editor pair's faithful "أن ينزل التضخم عن عشرين في المئة"
  // drew a dropped negation against)
  if (BELOW_AFTER.has(next) || /^\d/.test(next) || ARABIC_NUMBER_WORDS.has(next)) return true;
  return i + 2 < end && next.startsWith('ال') && tokens[i + 2].key.startsWith('ال') && BELOW_AFTER.has(tokens[i + 2].key);
}

/**
 * Arabic number words (lexicons/numbers.json arabicUnits, arabicTens, arabicHundreds), by key, read from the lexicon: the
 * number reader (text/numbers.ts) imports the tokenizer, which imports this module, so it cannot be called from here.
 */
const ARABIC_NUMBER_WORDS = keysWith(
  ['arabicUnits', 'arabicTens', 'arabicHundreds'].flatMap((l) =>
    lexiconValues('numbers', l, (v): v is number => typeof v === 'number', 'a number').map(([w]) => w),
  ),
);
/** دون (with glued و/ف, not بدون "without"), which is "below" before the words of BELOW_AFTER. */
const DUN = keysWith(['دون'], ['', 'و', 'ف']);
/** Is this دون (with glued و/ف)? */
export const isDunKey = (key: string): boolean => DUN.has(key);
/** Words of a level after دون "below" (التوقعات، المستوى، سن); دون before another word is "without". */
const BELOW_AFTER = keysWith(list('belowAfter'));
/** After إلا, the words that make the exception "not until" (إلا بعد، إلا عندما). */
const UNTIL_AFTER = keysWith(list('untilAfter'));
/** سوى and إلا. */
const EXCEPT = keysWith(list('except'));
/** Is tokens[k] an exception that says "not until" (إلا بعد، إلا عندما: except and untilAfter)? */
export const exceptionUntilAt = (tokens: ArrayLike<{ readonly key: string }>, k: number): boolean =>
  EXCEPT.has(tokens[k].key) && k + 1 < tokens.length && UNTIL_AFTER.has(tokens[k + 1].key);
/** Tokens after a cue in which its exception may stand (لم يتم تمويل سوى). */
const EXCEPT_WINDOW = 6;
/** lexicons/negation.json exceptRelatives: a relative clause between a cue and its exception. */
const EXCEPT_RELATIVES = keysWith(list('exceptRelatives'));
/** Tokens a relative clause adds to EXCEPT_WINDOW (the fresh editor pair's was ten). */
const RELATIVE_SPAN = 12;
/** The Arabic cues that take an exception: لم لن لا ليس ما (and their و/ف forms). */
const ARABIC_CUE = keysWith(list('exceptCues'), ['', 'و', 'ف']);

/**
 * Is the cue at i غير with one of GHAYR_WORDS after it (غير مسبوق), or بلا/دون/بدون with one of WITHOUT_WORDS
 * (بلا مقابل "free of charge"), a word of its own? A claim that says it
 * adds no negation to a source that says قياسي; a source that says it and a claim that says مسبوق alone
 * still disagree (the negation rule reads the word after a dropped cue).
 */
export function isLexicalNegation(tokens: ArrayLike<{ readonly key: string }>, i: number, end = tokens.length): boolean {
  if (i + 1 >= end) return false;
  const k = tokens[i].key,
    next = tokens[i + 1].key;
  return (GHAYR.has(k) && GHAYR_WORDS.has(next)) || (WITHOUT.has(k) && WITHOUT_WORDS.has(next));
}

/** بلا، دون، بدون (and with و/ف), and English no: before one of WITHOUT_WORDS, one word with it (بلا مقابل, "at no cost": "free of charge"). */
const WITHOUT = new Set([...keysWith(['بلا', 'دون', 'بدون'], ['', 'و', 'ف']), ...keysWith(['no'])]);
/** lexicons/negation.json withoutWords. */
const WITHOUT_WORDS = keysWith(list('withoutWords'));

/**
 * Words that negate what follows without a negation cue: "to avoid casualties" says what "no casualties" says
 * (لتفادي وقوع إصابات for عدم وقوع إصابات), Arabic also with و، ف، ل، ول، ب glued before them. Not cues themselves:
 * "avoided the vote" is no "not".
 */
const IMPLICIT = new Set<string>([...keysWith(list('englishImplicit')), ...keysWith(list('arabicImplicit'), ['', 'و', 'ف', 'ل', 'ول', 'ب'])]);

export function isImplicitNegationKey(key: string): boolean {
  return IMPLICIT.has(key) || DENIAL.has(key);
}

/** How many words after a verb that negates through "from" its "from" may stand, past the object (kept a helicopter from, barred the firm from). */
export const FROM_REACH = 4;

/**
 * lexicons/negation.json englishImplicitOut, englishImplicitOf, englishImplicitFrom, englishImplicitOn, englishImplicitAgainst and englishImplicitHave:
 * words that say "not" only with their particle after them ("ruled out", "short of", "barred from", "a freeze on", "warned against", "should have"), with the tokens after them within which it stands.
 */
const IMPLICIT_WITH: readonly { words: ReadonlySet<string>; particle: string; within: number }[] = [
  { words: keysWith(list('englishImplicitOut')), particle: 'out', within: 2 },
  { words: keysWith(list('englishImplicitOf')), particle: 'of', within: 1 },
  { words: keysWith(list('englishImplicitFrom')), particle: 'from', within: FROM_REACH },
  { words: keysWith(list('englishImplicitOn')), particle: 'on', within: 1 },
  { words: keysWith(list('englishImplicitAgainst')), particle: 'against', within: 3 },
  { words: keysWith(list('englishImplicitHave')), particle: 'have', within: 2 },
];
/** Does tokens[i] negate what follows without a cue: a word of isImplicitNegationKey, or one of IMPLICIT_WITH before its particle? */
export function implicitNegationAt(tokens: ArrayLike<{ readonly key: string }>, i: number): boolean {
  const k = tokens[i].key;
  if (isImplicitNegationKey(k)) return true;
  // ("fell short", with no "of": lexicons/negation.json englishImplicitShortAfter)
  if (k === SHORT && i > 0 && SHORT_AFTER.has(tokens[i - 1].key)) return true;
  for (const w of IMPLICIT_WITH)
    if (w.words.has(k)) for (let j = i + 1; j <= i + w.within && j < tokens.length; j++) if (tokens[j].key === w.particle) return true;
  return false;
}

const SHORT = 'short';
const SHORT_AFTER = keysWith(list('englishImplicitShortAfter'));
/** Verbs of denial and refusal, which say "not" of what follows (تنفي وجود أدلة, "denied the report"), Arabic also with و/ف. */
const DENIAL = new Set<string>([...keysWith(list('englishDenial')), ...keysWith(list('arabicDenial'), ['', 'و', 'ف'])]);

/** lexicons/negation.json keepFrom. */
const KEEP = keysWith(list('keepFrom'));
const FROM = 'from';
/** Is tokens[i] a verb of keeping with "from" after its object ("kept a helicopter from landing"): a "not" without a cue? */
export function keepsFromAt(tokens: ArrayLike<{ readonly key: string }>, i: number): boolean {
  if (!KEEP.has(tokens[i].key)) return false;
  for (let j = i + 1; j < tokens.length && j <= i + FROM_REACH; j++) if (tokens[j].key === FROM) return true;
  return false;
}

/** A verb of denial (نفى، نفت، denied …), which says "not" of what it reports. */
export const isDenialKey = (key: string): boolean => DENIAL.has(key);

/**
 * Verbs that turn round what they govern when a claim adds them (lexicons/negation.json reversing: fail, ignore),
 * and the verbs of denial and refusal: a claim's "تفشل في اعتماد" against its source's "تعتمد".
 */
const REVERSING = new Set<string>([...DENIAL, ...keysWith(list('reversing'), ['', 'و', 'ف'])]);
export const isReversingKey = (key: string): boolean => REVERSING.has(key);

/** lexicons/negation.json votedAgainst and votingWords. */
const AGAINST = keysWith(list('votedAgainst'));
const VOTING = keysWith(list('votingWords'), ['', 'و', 'ف']);
/** Words before "against" within which its word of voting stands. */
const VOTE_REACH = 5;
/** Is tokens[i] "against" after a word of voting (voted against, صوتوا … ضد), which says "not" of what follows without a cue? */
export function votedAgainstAt(tokens: ArrayLike<{ readonly key: string }>, i: number): boolean {
  if (!AGAINST.has(tokens[i].key)) return false;
  for (let k = Math.max(0, i - VOTE_REACH); k < i; k++) if (VOTING.has(tokens[k].key)) return true;
  return false;
}

/** Words with which a source says that something was not so without a cue ("dismissed as baseless", "fell short", مزاعم): lexicons/negation.json withoutCue. */
const WITHOUT_CUE = keysWith(list('withoutCue'), ['', 'و', 'ف']);
export const saysNotKey = (key: string): boolean => WITHOUT_CUE.has(key);

/** lexicons/negation.json tooEarly: phrases that say "not yet" of what follows, by their keys. */
const TOO_EARLY = list('tooEarly').map((p) => p.split(/\s+/).map((w) => normalizeToken(w)));
/** Does a phrase of TOO_EARLY end at tokens[i] (too early, من المبكر)? */
export function tooEarlyAt(tokens: ArrayLike<{ readonly key: string }>, i: number): boolean {
  return TOO_EARLY.some((ks) => ks.length <= i + 1 && ks.every((k, j) => tokens[i - ks.length + 1 + j].key === k));
}
/** Does a phrase of TOO_EARLY begin at tokens[i], ending before `end` (its first word within a window that its last passes)? */
export function tooEarlyFrom(tokens: ArrayLike<{ readonly key: string }>, i: number, end = tokens.length): boolean {
  return TOO_EARLY.some((ks) => i + ks.length <= end && ks.every((k, j) => tokens[i + j].key === k));
}

/** Verbs of stopping (lexicons/negation.json cessation): negated, they say that something goes on. */
const CESSATION = keysWith(list('cessation'), ['', 'و', 'ف']);
export const isCessationKey = (key: string): boolean => CESSATION.has(key);

/** The complementisers that open what a verb of saying reports: the Arabic ones and that. */
const COMPLEMENT = new Set([...THAT, 'that']);
export const isComplementiserKey = (key: string): boolean => COMPLEMENT.has(key);

/** lexicons/negation.json pronounCues and pronounPhrase: English cues that stand for a subject (nobody wanted), and the prepositions that open a phrase of theirs (nobody in this company), by key. */
const PRONOUN_CUES = new Set(list('pronounCues').map((w) => normalizeToken(w)));
const PRONOUN_PHRASE = new Set(list('pronounPhrase').map((w) => normalizeToken(w)));

/** After a pronoun cue and a preposition (nobody in this company), the index of the phrase's noun; -1 for no such phrase. */
export function pronounPhraseEnd(tokens: ArrayLike<{ readonly key: string; readonly stop: boolean }>, cue: number): number {
  if (!PRONOUN_CUES.has(tokens[cue]?.key ?? '') || !PRONOUN_PHRASE.has(tokens[cue + 1]?.key ?? '')) return -1;
  for (let y = cue + 2; y < tokens.length; y++) if (!tokens[y].stop) return y;
  return -1;
}
