import { makeToken, type Token } from './tokenize.js';
import { normalizeToken, withoutMarks } from './normalize.js';
import { inWordList } from './arabic-words.js';
import { SAYING_PARTICIPLES } from './stopwords.js';
import { isSpeechVerb, isPresentSpeechVerb, isAttributionOpener, CONTRAST_KEYS } from './claims.js';
import { isString, lexiconGroups, lexiconValues, lexiconWords, listedAfterConjunction, listedWithClitics } from './lexicons.js';
import { entityOf } from './entities.js';
import { isComplementiserKey, isDenialKey, saysNotKey } from './negation.js';
import { markedSpans, QUOTATION_MARKS } from './quotes.js';

/**
 * Who says what: the speaker of a verb of saying (`وقال وزير المالية محمد معيط إن …`, "Finance Minister
 * Mohamed Maait said …", "according to the central bank"). The verbs are claims.ts's list
 * (`isSpeechVerb`); this file reads the noun phrase beside them. Arabic puts the subject after the verb
 * (verb–subject order), English before it ("X said"), or after it in an inversion after a quote
 * (`…," said John Kirby`) and after "according to".
 */
export interface Speaker {
  /** The speaker's words (content words, with `of`/`the` inside an English phrase), in text order. */
  tokens: Token[];
  /** Index in the token list of the verb (or opener) it was read from. */
  verb: number;
  /**
   * named: a phrase that says who (وزير المالية، John Kirby); generic: who in general (officials,
   * مصادر); pronoun: a pronoun or a bare verb (he said; وأضاف أن), whose speaker the text named before.
   */
  kind: 'named' | 'generic' | 'pronoun';
}

/** Longest speaker phrase read (a role and a two-part name: وزير المالية محمد معيط). */
const MAX_WORDS = 6;
/**
 * Longest Arabic speaker phrase read after a verb or an opener: a role with its body, a rank and a name of four words
 * (المتحدث باسم الشرطة العميد حيدر عبد الكريم الساعدي, nine words: at six the phrase ended at عبد, and the
 * source's later الساعدي, the same man, was read as another speaker, a fresh editor pair's false wrong-speaker error).
 * What was said must still open right after it (AR_TO_THAT), so a longer phrase takes no object.
 */
const AR_MAX_WORDS = 9;

/** The Arabic and the English weekdays of lexicons/dates.json (those read only in context too). */
const WEEKDAYS = [
  ...lexiconGroups('dates', 'weekdays').flatMap((g) => g.words ?? []),
  ...lexiconValues('dates', 'weekdaysInContext', isString, 'a weekday').map(([w]) => w),
];
const isArabicWord = (w: string): boolean => /[\u0600-\u06FF]/.test(w);

/**
 * Words that end an Arabic speaker phrase though they are no stop words (lexicons/reporting.json, speakerEnds):
 * times (وقال الوزير اليوم، and the weekdays), a statement or interview as the means (في بيان، في مقابلة), and
 * قوله after a quoted speaker.
 */
const AR_END = keys([...lexiconWords('reporting', 'speakerEnds'), ...WEEKDAYS.filter(isArabicWord)]);

/** English time words that may stand between a speaker and the verb ("Kirby on Monday said"): the weekdays and lexicons/reporting.json's englishTimes. */
const EN_TIME = keys([...WEEKDAYS.filter((w) => !isArabicWord(w)), ...lexiconWords('reporting', 'englishTimes')]);
/** lexicons/reporting.json perfectBeforeSaying: has, have, had ("The union has warned"). */
const EN_PERFECT = keys(lexiconWords('reporting', 'perfectBeforeSaying'));
/** and, but: a verb of saying after them shares the clause's subject. */
const COORDINATORS = keys(['and', 'but']);
/** A bracketed abbreviation between a body's name and its verb: "The Competition and Markets Authority (CMA) said". */
const ABBREVIATION_GAP = /^\s*\(\s*$/;
/** The gap before an appositive: a comma. */
const COMMA_GAP = /^\s*,\s*$/;

/** lexicons/reporting.json objectVerbs: an Arabic verb of saying whose object stands before بأن. */
const OBJECT_VERBS = keys(lexiconWords('reporting', 'objectVerbs'));
/** Is the key a verb of objectVerbs, with ت after it or و/ف before it (ووصفت)? */
const objectVerb = (k: string): boolean => [k, k.replace(/ت$/, '')].some((v) => listedAfterConjunction(OBJECT_VERBS, v) !== undefined);
/** lexicons/reporting.json quotingVerbs: an Arabic verb of saying only with عن after its subject (نقل). */
const QUOTING_VERBS = keys(lexiconWords('reporting', 'quotingVerbs'));
const quotingVerb = (k: string): boolean => [k, k.replace(/(ت|وا)$/, '')].some((v) => listedAfterConjunction(QUOTING_VERBS, v) !== undefined);
/** Tokens after a verb of quotingVerbs within which its عن must stand: the subject's words and the عن. */
const QUOTING_REACH = 6;
/** An Arabic word with a pronoun glued after it, as written (three letters or more before it: احتجازه، قرارها، موقفهم). */
const OBJECT_PRONOUN = /^[\u0621-\u064A]{3,}(?:ه|ها|هم|هما|هن)$/;
/** lexicons/reporting.json participleVerbs and participleAfter: "accused of", "criticised for" are participles. */
const PARTICIPLE_VERBS = keys(lexiconWords('reporting', 'participleVerbs'));
const PARTICIPLE_AFTER = keys(lexiconWords('reporting', 'participleAfter'));
/** lexicons/reporting.json degreeBefore: adverbs of degree before which a verb of saying is an adjective. */
const DEGREE_BEFORE = keys(lexiconWords('reporting', 'degreeBefore'));
/** lexicons/reporting.json nameParticles: after them a word is a name whatever its ending (ولد اباه). */
const NAME_PARTICLES = keys(lexiconWords('reporting', 'nameParticles'));
/** الله and عبد الله's last word, which ends in ه and is a name. */
const GOD = /لله$/;

/** Pronouns: a speaker the text names elsewhere (he said; وأضاف أنه): no speaker read here. */
const PRONOUNS = keys(lexiconWords('reporting', 'pronouns'));

/** Forms of "be" and "have been" before a participle: a passive, whose subject is what was said, not who said it. */
const PASSIVE = keys(lexiconWords('reporting', 'passive'));

/** English words allowed inside a speaker phrase ("the head of the central bank"). */
const EN_INSIDE = keys(lexiconWords('reporting', 'englishInside'));

/**
 * Speakers whose words say who in general, not who in particular (officials, sources, analysts; lexicons/reporting.json,
 * generic): a claim that gives the minister's words to "officials" generalises, it does not swap speakers. By stem.
 */
/** lexicons/reporting.json arabicGivenNames and givenNames, by key. */
const GIVEN_NAMES = keys([...lexiconWords('reporting', 'arabicGivenNames'), ...lexiconWords('reporting', 'givenNames')]);
/** Is the key a given name of those lists (بدر، بلال; a ب that opens no allegation: allegations.ts)? */
export const isGivenNameKey = (key: string): boolean => GIVEN_NAMES.has(key);
const GENERIC = new Set(lexiconWords('reporting', 'generic').map((w) => makeToken(w, 0).stem));
/** lexicons/reporting.json personRoles, by key. */
const ROLES = new Set(lexiconWords('reporting', 'personRoles').map((w) => makeToken(w, 0).key));
/** Is the word a person's role (lexicons/reporting.json personRoles), also with و/ف glued (والوزير)? */
export const isPersonRole = (t: Pick<Token, 'key'>): boolean => listedAfterConjunction(ROLES, t.key) !== undefined;
export const isGeneric = (t: Token): boolean => GENERIC.has(t.stem) || (t.alt !== undefined && GENERIC.has(t.alt));

/** A word list by matching key. */
function keys(list: readonly string[]): Set<string> {
  return new Set(list.map((w) => makeToken(w, 0).key));
}

const isArabic = (t: Token): boolean => /[\u0600-\u06FF]/.test(t.text);
/**
 * A word with an Arabic proclitic that marks an addressee or a means (للصحفيين، لوكالة، بتصريحات): no part of the speaker.
 * Not a given name that opens so (ليلى، لينا، بلال, lexicons/reporting.json arabicGivenNames): "وقالت ليلى حداد، المحللة …، إن"
 * was read as ل + يلى and had no speaker, one of the fresh editor pairs' sources.
 */
const isPrepositional = (t: Token, next?: Token): boolean =>
  t.alt !== undefined && /^(ل|ب|لل)/.test(t.key) && isArabic(t) && !nameBeforeThat(t, next) && !GIVEN_NAMES.has(t.key);

/** Arabic relative pronouns (الذي، التي، الذين، اللذان، اللتان), by key. */
const AR_RELATIVES = new Set(['الذي', 'التي', 'الذين', 'اللذان', 'اللتان', 'اللذين', 'اللتين'].map((w) => normalizeToken(w)));
/**
 * Does a relative pronoun at tokens[i] open a verb of saying whose subject it is (الحمروني الذي أشار إلى أن)? Not a verb with an
 * object pronoun, whose subject follows: "وفق النتائج المؤقتة التي أعلنتها اللجنة" names who announced the results.
 */
const relativeSpeaks = (tokens: readonly Token[], i: number): boolean =>
  AR_RELATIVES.has(tokens[i].key) && tokens[i + 1] !== undefined && isSpeechVerb(tokens[i + 1]) && !OBJECT_PRONOUN.test(tokens[i + 1].text);
/** Is the token no word of the Arabic word list (false when the list is missing)? */
const notArabicWord = (t: Token): boolean => inWordList(t) === false;

/** A word that opens with ب but not بال: a name of its own (بنكيران، بوزيدي) where the place says so, not "in the". */
const withBa = (t: Token): boolean => t.key[0] === 'ب' && !t.key.startsWith('بال');

/**
 * A word of ب (not بال) right before what is said or a function word (وقال بايدن إن، وأضاف بنكيران أن، وقال بوتين
 * في مؤتمر صحفي) is the speaker's name: "said with X that" is no Arabic (the Arabic word list cannot tell: it
 * knows ايدن and وتين). Not for ل: وقال لرويترز إن is "told Reuters", as لافروف cannot be told from it.
 */
function nameBeforeThat(t: Token, next: Token | undefined): boolean {
  // (فإن too, which opens what is said after an attribution without a verb: "وبحسب بلقاسمي، فإن الملف يخلو من أي دليل",
  // a planted wrong speaker of the 111th batch that drew nothing, its speaker read as ب + لقاسمي)
  return withBa(t) && (next === undefined || next.stop || AR_THAT.has(next.key) || (next.key[0] === 'ف' && AR_THAT.has(next.key.slice(1))));
}

/**
 * A word with ب alone between a verb of saying and a colon or a quote (وقالت بنعلي: «…», وقال باوزير: "…") is a name, as
 * before إن (nameBeforeThat): three speakers of the fresh editor pairs' sources went unread. Not after other words: "وقال
 * الوزير بتصريحات: …" says how.
 */
function nameBeforeQuote(text: string, t: Token, next: Token | undefined): boolean {
  return withBa(t) && next !== undefined && /[:«"“]/.test(text.slice(t.end, next.start));
}

/** Only white space between two tokens (a comma, a quote or a bracket ends a speaker phrase)? */
/** Is the text between two words a hyphen alone (ASCII, or U+2010/U+2011)? */
export const isHyphen = (gap: string): boolean => /^[-\u2010\u2011]$/.test(gap);
/** Does a hyphen join two capitalised words into one name (Okonkwo-Price)? */
export const hyphenatedName = (gap: string, a: Pick<Token, 'text'>, b: Pick<Token, 'text'>): boolean =>
  isHyphen(gap) && /^\p{Lu}/u.test(a.text) && /^\p{Lu}/u.test(b.text);
// (a hyphen between two capitalised words joins one name: Okonkwo-Price, read as "Price" alone, set against the source's
// Gallagher-Ruiz, read as "Ruiz", a fresh editor pair's wrong speaker)
const joined = (text: string, a: Token, b: Token): boolean => {
  const gap = text.slice(a.end, b.start);
  return !/[^\s]/.test(gap) || hyphenatedName(gap, a, b);
};

/** lexicons/reporting.json speakerHomographs, as written without diacritics: والي، إمام، علي, a role or a name in a speaker phrase. */
const SPEAKER_HOMOGRAPHS = new Set(lexiconWords('reporting', 'speakerHomographs'));

/** "يوم" before a weekday, the weekdays, and the words of time after which an Arabic lead's object follows its subject (lexicons/reporting.json leadTimes). */
const DAY_KEY = makeToken('يوم', 0).key;
const ABOUT_KEY = makeToken('عن', 0).key;
const WEEKDAY_KEYS = keys(WEEKDAYS.filter(isArabicWord));
const AR_TIMES = new Set([...WEEKDAY_KEYS, ...keys(lexiconWords('reporting', 'leadTimes'))]);

/** Complementisers that open what was said (إن، أن، بأن with a pronoun): the end of a speaker phrase. */
const AR_THAT = keys([...lexiconWords('reporting', 'complementisers'), ...lexiconWords('reporting', 'complementiserForms')].filter(isArabicWord));
/** lexicons/reporting.json openersAfterPunctuation: attribution openers that mean "depending on" inside a clause (حسب، وفق). */
const MID_CLAUSE_OPENERS = keys(lexiconWords('reporting', 'openersAfterPunctuation'));
/** lexicons/reporting.json verbParticles: the particle between a verb of saying and أن (أشار إلى أن، شدد على أن). */
const VERB_PARTICLES = keys(lexiconWords('reporting', 'verbParticles'));
/**
 * Tokens after the speaker phrase within which what was said must open: في بيان، للصحفيين، أمس … then إن; or the
 * rest of a role and the name set off by commas (قالت المكلفة بالشؤون البيئية ببلدية تونس، ليلى الدريدي، إن: a fresh
 * editor pair's source sentence had no speaker at 6, and a statement given to another speaker passed).
 */
const AR_TO_THAT = 9;
/** Most words of a name or a role set off by commas between an Arabic speaker phrase and إن. */
const AR_APPOSITIVE_NAME = 4;
/** lexicons/reporting.json statementOpeners: words that open a denied or confirmed statement with no أن after the speaker. */
const STATEMENT_OPENERS = keys(lexiconWords('reporting', 'statementOpeners'));

/**
 * The Arabic speaker after the verb at i: content words up to a stop word, punctuation, a time or an
 * addressee. Verb–subject–object order has no mark between subject and object (نفى الوزير خطة الحكومة), so
 * after a verb the phrase is a speaker only when what was said opens soon after it: إن/أن, or a colon or
 * a quote; or, after a verb of denial, a word that refers back to the accusation (نفى الوزير الاتهامات، ذلك),
 * or, with `backRef` (the verb's pronoun the object after وهو ما), the clause's end. After an opener (بحسب،
 * وفقا لـ) the phrase is the speaker.
 */
function speakerAfter(text: string, tokens: readonly Token[], i: number, verb = true, backRef = false): Token[] {
  const out: Token[] = [];
  let j = i + 1,
    opened = false;
  // (a verb of denial whose object refers back to the accusation: "ونفى جاسم الحلفي ذلك", "ونفى المنصوري هذه الاتهامات"; the
  // phrase before the back-reference is the denier, as before إن. Read only up to أن, "ونفى جاسم الحلفي الاتهامات، مؤكدا أن …"
  // had the speaker "جاسم الحلفي الاتهامات", and with none after it no speaker at all: a fresh editor pair's denial given to
  // the wrong official drew nothing)
  const denial = verb && isDenialKey(tokens[i].key);
  for (; j < tokens.length && out.length < AR_MAX_WORDS; j++) {
    const t = tokens[j];
    if (!joined(text, tokens[j - 1], t)) break;
    if (denial && out.length > 0 && refersToAccusation(t.key)) {
      opened = true;
      break;
    }
    // (a word that opens what is denied or confirmed, with no أن: ونفى البقالي وجود أي تعليمات, "denied there were any
    // orders"; the phrase before it is the speaker, as before إن)
    if (verb && out.length > 0 && STATEMENT_OPENERS.has(t.key)) {
      opened = true;
      break;
    }
    // (باسم: المتحدث باسم الوزارة, "spokesman for the ministry", is one phrase)
    // (في after a word of who in general: مسؤولون في وزارة الصحة, "officials in the health ministry", say whose)
    if (out.length > 0 && (t.key === 'باسم' || (t.key === 'في' && isGeneric(out[out.length - 1])))) {
      out.push(t);
      continue;
    }
    // (a complementiser ends it, بأن too, which is no stop word: "ورد عبد الرؤوف بأن الجلسة انعقدت …" read its speaker as "عبد
    // الرؤوف بأن الجلسة انعقدت", a fresh editor pair's faithful "غير أن النقيب أكد أن الجلسة عقدت …" drew a wrong speaker)
    if (
      (t.stop && !SPEAKER_HOMOGRAPHS.has(withoutMarks(t.text))) ||
      t.kind === 'number' ||
      AR_END.has(t.key) ||
      AR_THAT.has(t.key) ||
      (isPrepositional(t, tokens[j + 1]) &&
        !(out.length === 0 && nameBeforeQuote(text, t, tokens[j + 1])) &&
        // (a surname with ب after a given name: مصطفى بوزيدي، بلال بنسعيد)
        !(out.length > 0 && GIVEN_NAMES.has(out[out.length - 1].key) && withBa(t)) &&
        // (or right after an opener, which a noun follows, when the word with ب is no Arabic word: "وبحسب بوزيد، حصل …", a
        // planted wrong speaker of the 159th batch of fresh editor pairs that drew nothing; "بحسب بيان الوزارة" is a statement's)
        !(out.length === 0 && !verb && withBa(t) && notArabicWord(t))) ||
      isSpeechVerb(t) ||
      PRONOUNS.has(t.key)
    )
      break;
    // (a word with a pronoun glued after it is the verb's object, no part of a name: ووصف القروي احتجازه بأنه …, "Qarwi
    // described his detention as …", a fresh editor pair's wrong speaker read as "القروي احتجازه"; as written, ة is no ه)
    // (but a name after ولد، بن، بنت: وأضاف ولد اباه أن …, lexicons/reporting.json nameParticles)
    if (out.length > 0 && OBJECT_PRONOUN.test(t.text) && !GOD.test(t.text) && !NAME_PARTICLES.has(out[out.length - 1].key)) break;
    out.push(t);
  }
  while (out.length > 0 && out[out.length - 1].key === 'في') out.pop();
  // (an opener right after a phrase of AR_MAX_WORDS)
  if (verb && !opened && out.length === AR_MAX_WORDS && j < tokens.length && STATEMENT_OPENERS.has(tokens[j].key) && joined(text, tokens[j - 1], tokens[j]))
    opened = true;
  if (out.length === 0 || !verb || opened) return out;
  // (a verb of denial with the pronoun of what it denies, after a word that points back to it, `backRef`: "وهو ما نفاه جاسم
  // الحلفي." and "وهو ما رفضه جاسم الحلفي مؤكدا انسجام الشروط" have their denier up to the clause's end or a participle of
  // saying)
  if (backRef && (j >= tokens.length || !joined(text, tokens[j - 1], tokens[j]) || SAYING_PARTICIPLES.has(tokens[j].key))) return out;
  // (a name or a role set off by commas after the phrase, then إن: "وقال والي بينغول، جنكيز أوزتورك، إن" and "وقال مصطفى
  // بوزيدي، المحلل، إن" are the governor and the analyst by name; the name was read as what was said)
  if (j < tokens.length && /^\s*[,،]\s*$/.test(text.slice(tokens[j - 1].end, tokens[j].start)))
    for (let k = j + 1; k < tokens.length && k <= j + AR_APPOSITIVE_NAME; k++) {
      const gap = text.slice(tokens[k - 1].end, tokens[k].start);
      if (/^\s*[,،]\s*$/.test(gap)) {
        const words = tokens.slice(j, k);
        if (AR_THAT.has(tokens[k].key) && words.every((w) => isArabic(w) && w.kind !== 'number' && !isSpeechVerb(w) && !AR_THAT.has(w.key)))
          return [...out, ...words];
        break;
      }
      if (/[^\s]/.test(gap)) break;
    }
  for (let k = j; k < tokens.length && k < j + AR_TO_THAT; k++) {
    if (/[:«"“]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return out;
    if (AR_THAT.has(tokens[k].key)) return out;
    if (isSpeechVerb(tokens[k])) break;
  }
  // (or a time after the phrase, and what was announced after that: "أعلنت وزارة الصحة الأردنية يوم الأحد افتتاح أربعة مراكز",
  // "أعلن نادي الاتحاد السعودي، الخميس، تعاقده مع …": verb, subject, time, object, the wire lead's order, in which the time
  // tells the subject from the object; "يوم" before the day is the time's, not the phrase's)
  const last = out[out.length - 1];
  if (last.key === DAY_KEY && out.length > 1 && j < tokens.length && WEEKDAY_KEYS.has(tokens[j].key)) return out.slice(0, -1);
  if (j < tokens.length && AR_TIMES.has(tokens[j].key)) return out;
  // (or عن right after it, which opens what is announced, revealed or expressed: "أعلن مركز الإسعاف الوطني عن إضافة 22 سيارة",
  // "كشفت وزارة الحج عن خطتها"; among the leads with no speaker read)
  if (j < tokens.length && tokens[j].key === ABOUT_KEY && joined(text, tokens[j - 1], tokens[j])) return out;
  return [];
}

/** The English speaker after the word at i ("said John Kirby", "according to the central bank"): words up to punctuation or a stop word. */
function englishAfter(text: string, tokens: readonly Token[], i: number): Token[] {
  const out: Token[] = [];
  // (MAX_WORDS content words: of/the inside do not count, "said senior hydrologist Sunita Khadka of the department" is
  // five; counted, the phrase stopped at "the", ran on into "department" and read as no speaker, a fresh editor pair's
  // wrong speaker that drew nothing)
  // (a title first, "said Dr. Claire Hughes", with the period after it: latinNameTitles; missed in the fresh pairs' sources)
  const afterTitle = (j: number) =>
    out.length > 0 &&
    out[out.length - 1] === tokens[j - 1] &&
    NAME_TITLES.has(tokens[j - 1].key) &&
    /^\.\s+$/.test(text.slice(tokens[j - 1].end, tokens[j].start));
  for (let j = i + 1, content = 0; j < tokens.length && content < MAX_WORDS; j++) {
    const t = tokens[j];
    if (!joined(text, tokens[j - 1], t) && !afterTitle(j)) break;
    const title = out.length === 0 && NAME_TITLES.has(t.key) && CAPITAL.test(t.text);
    if (t.stop && !title && !(out.length > 0 && EN_INSIDE.has(t.key)) && !(out.length === 0 && t.key === 'the') && !nameAnd(tokens, j, out[out.length - 1]))
      break;
    if (t.kind === 'number' || isSpeechVerb(t) || (out.length === 0 && EN_TIME.has(t.key))) break;
    if (!(out.length === 0 && t.key === 'the')) out.push(t);
    if (!t.stop) content++;
  }
  return trimInside(out);
}

/** Is tokens[j] an "and" between two capitalised words of one name (the Coffee and Cocoa Council, Food and Drug Administration)? */
function nameAnd(tokens: readonly Token[], j: number, phrase: Token | undefined): boolean {
  if (tokens[j].key !== 'and' || phrase === undefined) return false;
  const other = tokens[j - 1] === phrase ? tokens[j + 1] : tokens[j - 1];
  return other !== undefined && CAPITAL.test(phrase.text) && CAPITAL.test(other.text);
}
const CAPITAL = /^\p{Lu}/u;

/** Words that open an appositive between a speaker and its verb: "Rosa Delgado, who endorsed Brennan, said". */
const APPOSITIVE_OPENERS = new Set(['who', 'which', 'whose', 'the', 'a', 'an', 'his', 'her', 'its', 'their']);
/** Tokens back from a verb within which an appositive's opening comma is looked for. */
const APPOSITIVE_MAX = 12;
/** A possessive (Australia's, Europe's): it opens an appositive role as his or its does. */
const POSSESSIVE = /^\p{Lu}\p{L}*['’]s$/u;
/** A lower-case Latin word: a role that opens an appositive (director, spokesman, head). */
const ROLE_START = /^[a-z]/;

/** A role in lower case: a content word of Latin letters that is no verb of saying (director, secretary). */
const lowerRole = (t: Token | undefined): boolean => t !== undefined && ROLE_START.test(t.text) && !t.stop && !isSpeechVerb(t);
/** Does a comma (or a semicolon) stand right before tokens[i]? */
const afterComma = (text: string, tokens: readonly Token[], i: number): boolean => i > 0 && /[،,؛;]/.test(text.slice(tokens[i - 1].end, tokens[i].start));
/** Does a complementiser (أن، إن) follow the words read after a verb? */
const thatAfter = (tokens: readonly Token[], words: readonly Token[]): boolean => {
  const last = tokens.indexOf(words[words.length - 1]);
  return last >= 0 && AR_THAT.has(tokens[last + 1]?.key ?? '');
};

/**
 * The speaker before an appositive that stands between it and its verb ("City Councilwoman Rosa Delgado, who
 * endorsed Brennan, said …"; "Tom Geraghty, the airport's head of cargo, said …"), or undefined when there is
 * none: the verb follows a comma, and the comma that opens the clause comes after a name and before who or an
 * article. Without it the words after the verb were read as an inverted speaker ("said the result showed").
 */
function appositiveSpeaker(text: string, tokens: readonly Token[], i: number): Token[] | undefined {
  if (i === 0 || !/^\s*,\s*$/.test(text.slice(tokens[i - 1].end, tokens[i].start))) return undefined;
  for (let c = i - 1; c > 0 && c >= i - APPOSITIVE_MAX; c--) {
    const gap = text.slice(tokens[c - 1].end, tokens[c].start);
    if (/[.;:!?"“”]/.test(gap)) return undefined;
    if (!/^\s*,\s*$/.test(gap)) continue;
    // (or a name after its role: "the utility's operations chief, Mathieu Gendron, told reporters", whose speaker is the role
    // and the name, a fresh editor pair's statement given to the speaker of the sentence before)
    const name = nameBetween(text, tokens, c, i);
    // (or an age: "Elsie Kowalczyk, 78, said")
    if (c === i - 1 && tokens[c].kind === 'number') {
      const named = englishBefore(text, tokens, c, true);
      return named === 'pronoun' || named.length === 0 ? undefined : named;
    }
    // (or a role in lower case: "Aminata Diabaté, director of operations at the Coffee and Cocoa Council, said"; or one that
    // opens with a possessive: "Pinnacle, Australia's third-largest mobile operator, said"; or with a capitalised word of place
    // or body before it: "Kirsty Boyle, Glasgow secretary of the EIS teachers' union, said", a fresh editor pair's source whose
    // speaker went unread, so that her words given to the minister drew nothing)
    if (
      !name &&
      !APPOSITIVE_OPENERS.has(tokens[c].key) &&
      !POSSESSIVE.test(tokens[c].text) &&
      !lowerRole(tokens[c]) &&
      !(/^\p{Lu}/u.test(tokens[c].text) && c + 1 < i && lowerRole(tokens[c + 1]))
    )
      return undefined;
    const before = englishBefore(text, tokens, c, true);
    if (name) return before === 'pronoun' ? name : [...before, ...name];
    // (a phrase in lower case before a comma is no name: past it, the name before a relative clause, "Carolina Vidal, whose
    // government has offered a 4.5% raise, half the 9% the union wants, said", whose "raise" was read as the speaker)
    if (before !== 'pronoun' && before.length > 0 && !before.some((w) => CAPITAL.test(w.text))) return relativeSpeaker(text, tokens, c) ?? before;
    return before === 'pronoun' || before.length === 0 ? undefined : before;
  }
  return undefined;
}

/**
 * The speaker before a relative clause that has a comma of its own ("Education Minister Carolina Vidal, whose government has
 * offered a 4.5% raise, half the 9% the union wants, said …": read from the last comma, "raise" was the speaker, and a fresh
 * editor pair's faithful line drew a wrong speaker, 216th batch): an earlier comma before who, whose or which within
 * APPOSITIVE_MAX tokens of the comma at c, after a name.
 */
function relativeSpeaker(text: string, tokens: readonly Token[], c: number): Token[] | undefined {
  for (let k = c - 1; k > 0 && k >= c - APPOSITIVE_MAX; k--) {
    const gap = text.slice(tokens[k - 1].end, tokens[k].start);
    if (/[.;:!?"“”]/.test(gap)) return undefined;
    if (!/^\s*,\s*$/.test(gap) || !RELATIVE_OPENERS.has(tokens[k].key)) continue;
    const before = englishBefore(text, tokens, k, true);
    return before === 'pronoun' || before.length === 0 ? undefined : before;
  }
  return undefined;
}
const RELATIVE_OPENERS = new Set(['who', 'whose', 'which']);

/** Most words of a name between an appositive's commas. */
const APPOSITIVE_NAME = 4;

/**
 * The tokens from c to the verb at i (the appositive's commas excluded), when they are a name: at most APPOSITIVE_NAME + 2
 * words, two of them or more capitalised, each capitalised (no stop word but a title first, no verb of saying), a particle or
 * joined by a hyphen ("Mathieu Gendron" in "the operations chief, Mathieu Gendron, said").
 */
function nameBetween(text: string, tokens: readonly Token[], c: number, i: number): Token[] | undefined {
  const words = tokens.slice(c, i);
  // (a title first, "Dr. Helen Ashdown"; a particle inside, "Annelies de Vries"; a word joined by a hyphen, "Park Min-seok",
  // "Oslo-based Fjordline Tankers": names of the fresh editor pairs' sources that the reader missed)
  const fits = (t: Token, k: number) =>
    (CAPITAL.test(t.text) && !isSpeechVerb(t) && (!t.stop || (k === 0 && NAME_TITLES.has(t.key)))) ||
    (k > 0 && NAME_LOWER.has(t.key)) ||
    (k > 0 && /^-$/.test(text.slice(words[k - 1].end, t.start)));
  const capitals = words.filter((t) => CAPITAL.test(t.text) && !NAME_TITLES.has(t.key)).length;
  return capitals >= 2 && words.length <= APPOSITIVE_NAME + 2 && words.every(fits) ? words : undefined;
}
/** lexicons/reporting.json latinNameTitles and latinNameParticles: Dr, Mr, Prof …; de, van, al …, by key. */
const NAME_TITLES = keys(lexiconWords('reporting', 'latinNameTitles'));
const NAME_LOWER = keys(lexiconWords('reporting', 'latinNameParticles'));

/**
 * The index of the first token of the clause of tokens[i] as a semicolon opens one, looked for back to `floor` (exclusive);
 * `floor` when none stands between.
 */
function clauseStart(text: string, tokens: readonly Token[], i: number, floor = 0): number {
  for (let k = i; k > floor; k--) if (/[;\u061B]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return k;
  return floor;
}

/**
 * The subject of the first verb in the past before `i` (a word in lower case ending in -ed, or a verb of saying, joined to the word before it), as
 * englishBefore reads it, when it has a word in capitals: "Pettigrew rejected that, saying …", "Culture councillor Giulia
 * Tessera-Monti rejected the accusation, saying …", "Conservation group Tusk Watch welcomed the arrests but said …". A
 * subject in lower case ("the government rejected") gives none, as a described speaker gives none elsewhere. From the token
 * after `from` on (a clause's first, clauseStart).
 */
function clauseSubject(text: string, tokens: readonly Token[], i: number, from = 0): Token[] | undefined {
  for (let v = from + 1; v < i; v++) {
    const t = tokens[v];
    // (a verb of saying is the clause's first verb too: "Minister Kalla said the Zinder region accounted for 62 percent …, and
    // denied that …" is Kalla's denial, not the region's, an editor pair's faithful summary)
    // ("said" is a stop word: read as a verb of saying all the same)
    if (!(isSpeechVerb(t) || (!t.stop && /^[a-z]+ed$/.test(t.text)))) continue;
    // (or the speaker set off by an appositive before it, after its comma: "Mercy Achieng, chair of the exporters'
    // association, welcomed the deal but said …")
    const afterComma = COMMA_GAP.test(text.slice(tokens[v - 1].end, t.start));
    if (!afterComma && !joined(text, tokens[v - 1], t)) continue;
    const before = afterComma ? (appositiveSpeaker(text, tokens, v) ?? []) : englishBefore(text, tokens, v);
    if (before === 'pronoun') return undefined;
    if (before.some((w) => CAPITAL.test(w.text))) return before;
    // (past a participle with no subject of its own: "Sewell, a registered independent, rejected the charge and said")
    if (before.length > 0) return undefined;
  }
  return undefined;
}

/**
 * The speaker of an inversion (`…," said John Kirby`, "…, said Tom Geraghty, the head of cargo"): the phrase
 * after the verb ends its clause. One that runs on into a verb is the subject of what is said ("Tom Geraghty,
 * who heads cargo, said two freight carriers had consolidated …": a fresh editor pair's false wrong speaker).
 */
function inversionSpeaker(text: string, tokens: readonly Token[], i: number): Token[] {
  const words = englishAfter(text, tokens, i);
  if (words.length === 0) return words;
  const next = tokens[tokens.indexOf(words[words.length - 1]) + 1];
  return next === undefined || !joined(text, words[words.length - 1], next) ? words : [];
}

/** The English speaker before the verb at i ("Finance Minister Mohamed Maait said"), over a time word or two. */
function englishBefore(text: string, tokens: readonly Token[], i: number, afterComma = false, firstGap = COMMA_GAP): Token[] | 'pronoun' {
  // a passive ("were first reported by the Journal", "was announced") has its speaker after "by", if anywhere
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) if (PASSIVE.has(tokens[k].key)) return [];
  let j = i - 1;
  // "Kirby also said", "Kirby on Monday said", "The union has warned", "The operator has previously warned"
  for (
    let skipped = 0;
    j >= 0 && skipped < 3 && (EN_TIME.has(tokens[j].key) || EN_PERFECT.has(tokens[j].key) || tokens[j].key === 'on') && joined(text, tokens[j], tokens[j + 1]);
    j--, skipped++
  );
  // ("The Competition and Markets Authority (CMA) said": past the bracketed abbreviation, to the name before it)
  if (
    j >= 1 &&
    /^\s*\)\s*$/.test(text.slice(tokens[j].end, tokens[j + 1].start)) &&
    ABBREVIATION_GAP.test(text.slice(tokens[j - 1].end, tokens[j].start)) &&
    /^\p{Lu}[\p{Lu}\d&-]*$/u.test(tokens[j].text)
  ) {
    const name = englishBefore(text, tokens, j, true, ABBREVIATION_GAP);
    if (name !== 'pronoun' && name.length > 0) return name;
  }
  const out: Token[] = [];
  // (MAX_WORDS content words, as after a verb: "Geir Stokke of industry group Seafood Norway accused" lost Geir to its "of",
  // and read as "Stokke of industry group Seafood Norway" it was another speaker than the source's "Geir Stokke", a fresh editor
  // pair's faithful line, 131st batch)
  for (let content = 0; j >= 0 && content < MAX_WORDS; j--) {
    const t = tokens[j];
    // (afterComma: i opens an appositive, and the phrase ends at the comma before it; or, with firstGap, at the bracket
    // before an abbreviation)
    if (!joined(text, t, tokens[j + 1]) && !(afterComma && j === i - 1 && firstGap.test(text.slice(t.end, tokens[i].start)))) break;
    // (a pronoun in capitals between capitalised words is part of a name: Save Our Shore, Save Our Schools)
    const inName = CAPITAL.test(t.text) && out.length > 0 && CAPITAL.test(out[0].text) && j > 0 && CAPITAL.test(tokens[j - 1].text) && !tokens[j - 1].stop;
    if (PRONOUNS.has(t.key) && !inName) {
      if (out.length === 0) return 'pronoun';
      break;
    }
    // (inside: "head of the bank", not "In a statement the ministry")
    if (
      t.stop &&
      !inName &&
      !(out.length > 0 && EN_INSIDE.has(t.key) && (t.key !== 'the' || (j > 0 && EN_INSIDE.has(tokens[j - 1].key)))) &&
      !nameAnd(tokens, j, out[0])
    )
      break;
    if (t.kind === 'number' || isSpeechVerb(t)) break;
    out.unshift(t);
    if (!t.stop) content++;
  }
  return trimInside(out);
}

/** Drops `of`/`the`/`for` left at either end of an English phrase. */
function trimInside(out: Token[]): Token[] {
  let a = 0,
    b = out.length;
  while (a < b && EN_INSIDE.has(out[a].key)) a++;
  while (b > a && EN_INSIDE.has(out[b - 1].key)) b--;
  return out.slice(a, b);
}

/** lexicons/reporting.json callingVerbs and callingNotAfter. */
const CALLING = keys(lexiconWords('reporting', 'callingVerbs'));
const CALLING_NOT_AFTER = keys(lexiconWords('reporting', 'callingNotAfter'));
/** Is tokens[i] "called" before a word of callingNotAfter (called a medical timeout, called off): no saying? */
function callsNothing(tokens: readonly Token[], i: number): boolean {
  return CALLING.has(tokens[i].key) && CALLING_NOT_AFTER.has(tokens[i + 1]?.key ?? '');
}

/** lexicons/reporting.json namedAs: "named", "called" between a person and their name (ويدعى سفيان قرطبي). */
const NAMED_AS = keys(lexiconWords('reporting', 'namedAs'));
/** The Arabic words of contrast (claims.ts CONTRAST_KEYS): a clause opener before an Arabic subject (لكن أحد العمال … قال). */
const AR_CLAUSE_OPENERS = new Set([...CONTRAST_KEYS].filter((k) => /^[\u0600-\u06FF]/.test(k)));

/**
 * The Arabic subject before a verb of saying with no و/ف (SVO: "لكن أحد العمال المصابين، ويدعى سفيان قرطبي، قال …"): the
 * words back to the sentence's start or a word that opens a clause (لكن، بينما، أن), past commas and a word of naming
 * (ويدعى), up to AR_MAX_WORDS content words; none when there are more, or a figure or another verb of saying stands there.
 */
function subjectBefore(text: string, tokens: readonly Token[], i: number): Token[] {
  const out: Token[] = [];
  let content = 0;
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j];
    // (only back to the sentence's start or a word that opens a clause: a quote or a colon before it may open a statement
    // of someone else's, "إن «معظم العائدين يقولون …»", whose subject is no speaker of the sentence)
    if (/[^\s,\u060C]/.test(text.slice(t.end, tokens[j + 1].start))) return [];
    if (listedAfterConjunction(AR_CLAUSE_OPENERS, t.key) !== undefined || AR_THAT.has(t.key)) break;
    if (t.kind === 'number' || isSpeechVerb(t) || !isArabic(t)) return [];
    if (NAMED_AS.has(t.key)) continue;
    if (!t.stop && ++content > AR_MAX_WORDS) return [];
    out.unshift(t);
  }
  while (out.length > 0 && out[0].stop) out.shift();
  return out;
}

/** lexicons/reporting.json denialBackRefs, by key: ما، الذي before a verb of denial that denies "it" (وهو ما نفاه). */
const BACK_REFS = keys(lexiconWords('reporting', 'denialBackRefs'));
/** The pronouns that open a clause of what the clause before is (وهو اتهام رفضه …, "an accusation that … rejected"). */
const IT_IS = new Set(['وهو', 'وهي']);
/**
 * Does a word before tokens[i] point back to what it denies: a word of denialBackRefs (وهو ما نفاه), or an allegation noun after
 * وهو (وهو اتهام رفضه الإدريسي, a planted speaker of the arrival pairs that drew nothing)?
 */
const deniedBackRef = (tokens: readonly Token[], i: number): boolean =>
  BACK_REFS.has(tokens[i - 1].key) || (i > 1 && IT_IS.has(tokens[i - 2].key) && ALLEGATION_NOUNS.has(tokens[i - 1].key));
/** The object pronouns that an Arabic verb may have glued after it (نفاه، نفته، رفضها، نفوه). */
const OBJECT_SUFFIX = /(?:ه|ها|هم|هما)$/;

/** lexicons/reporting.json allegationNouns, by key: "an accusation Moncrieff denies" denies the accusation. */
const ALLEGATION_NOUNS = keys(lexiconWords('reporting', 'allegationNouns'));

/**
 * Words by which a verb of denial refers back to what was said before it (نفت الوزارة ذلك، ونفى المحامي الاتهام, "denied the
 * claim"): lexicons/reporting.json allegationBackRefs and allegationNouns, by key, with the article or without.
 */
const ACCUSATION_REFS = new Set([...keys(lexiconWords('reporting', 'allegationBackRefs')), ...ALLEGATION_NOUNS]);
export const refersToAccusation = (key: string): boolean => ACCUSATION_REFS.has(key) || (key.startsWith('ال') && ACCUSATION_REFS.has(key.slice(2)));

/**
 * The last word of tokens[from, to) that points back to what a verb of denial after it denies: a word of denialBackRefs
 * (which, ما، الذي) or an allegation noun (accusation; with و/ف before it or an Arabic pronoun after it, اتهاماته); -1 when
 * none. Read by allegations.ts deniesBefore ("…, which the minister denied" gives the clause before to no one) and for an
 * English speaker phrase ("an accusation Moncrieff denies": the speaker is after the noun).
 */
export function backRefIn(tokens: readonly Token[], from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) {
    const key = tokens[k].key;
    if (BACK_REFS.has(key) || listedWithClitics(ALLEGATION_NOUNS, key)) return k;
  }
  return -1;
}
/** lexicons/reporting.json sayingParticipleEnglish: "saying" after a comma, whose subject is its clause's. */
const PARTICIPLE_SAYING = keys(lexiconWords('reporting', 'sayingParticipleEnglish'));
/** Is this matching key an English participle of saying (saying, adding, insisting …; lexicons/reporting.json sayingParticipleEnglish)? */
export const isEnglishSayingParticiple = (key: string): boolean => PARTICIPLE_SAYING.has(key);

/** أما, by key: "as for", which puts the topic first. */
const AS_FOR = makeToken('أما', 0).key;

/**
 * The topic of أما before a verb joined to it by ف (أما الخبير القانوني نبيل فرحات فقال): the words between them, past
 * commas, up to AR_MAX_WORDS content words; none when أما is not there, or a figure or another verb of saying stands between.
 */
function topicBefore(text: string, tokens: readonly Token[], i: number): Token[] {
  const out: Token[] = [];
  for (let j = i - 1, content = 0; j >= 0; j--) {
    const t = tokens[j];
    if (t.key === AS_FOR) return out;
    if (/[^\s,\u060C]/.test(text.slice(t.end, tokens[j + 1].start)) || t.kind === 'number' || isSpeechVerb(t) || !isArabic(t)) return [];
    if (!t.stop && ++content > AR_MAX_WORDS) return [];
    out.unshift(t);
  }
  return [];
}

/**
 * The speakers of a run of tokens (a sentence), one per verb of saying or attribution opener whose
 * speaker can be read: a phrase (named, or generic: officials, مصادر), or a pronoun or bare verb (he
 * said; وأضاف أن: `pronoun`, no tokens). A verb whose subject cannot be told from its object gives none.
 * `text` is what the tokens' offsets point into.
 */
export function speakersOf(text: string, tokens: readonly Token[]): Speaker[] {
  const out: Speaker[] = [];
  let quoted: [number, number][] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let words: Token[] = [];
    // (حسب and وفق inside a clause say "depending on", "in line with": مدته تمتد من عام إلى عامين حسب التخصص; a fresh editor
    // pair's التخصص read as a speaker. They open an attribution at a clause's start, after punctuation)
    if (isAttributionOpener(t) && MID_CLAUSE_OPENERS.has(t.key) && i > 0 && !/[,،؛;:.«"“(]/.test(text.slice(tokens[i - 1].end, t.start))) continue;
    if (isAttributionOpener(t)) {
      // according to X, بحسب X، وفقا لـ X، نقلا عن X
      let j = i;
      if (j + 1 < tokens.length && (tokens[j + 1].key === 'to' || tokens[j + 1].key === 'عن')) j++;
      const first = tokens[j + 1];
      if (!isArabic(t)) words = englishAfter(text, tokens, j);
      // (وفقا لوزارة المالية: the ل is glued to the speaker)
      else if (first && isPrepositional(first) && joined(text, tokens[j], first)) words = [first, ...speakerAfter(text, tokens, j + 1, false)];
      else words = speakerAfter(text, tokens, j, false);
    } else if ((isSpeechVerb(t) && !callsNothing(tokens, i)) || isPresentSpeechVerb(t)) {
      // (not a verb inside a quotation: its words are the speaker's own, and "'… and now I'm told to wait again,' he said"
      // made "now I'm" a speaker, whose words a fresh editor pair's faithful summary gave to the man who said them)
      // (its own pronoun stands, the people quoted: "قالت ممثلة المفوضية إن «معظم العائدين يقولون إنهم …»")
      if (
        (quoted ??= markedSpans(
          text,
          Math.max(0, tokens[0].start - 2),
          tokens[tokens.length - 1].end + 2,
          Math.min(text.length, tokens[tokens.length - 1].end + 2),
          QUOTATION_MARKS,
        )).some(([a, b]) => t.start > a && t.end <= b)
      ) {
        out.push({ tokens: [], verb: i, kind: 'pronoun' });
        continue;
      }
      if (isArabic(t)) {
        // (نقل without عن moves or carries: "في نقل المرضى إلى المستشفيات", no saying; lexicons/reporting.json quotingVerbs)
        if (quotingVerb(t.key) && !tokens.slice(i + 1, i + 1 + QUOTING_REACH).some((o) => o.key === 'عن')) continue;
        // (a verb with the plural ending وا has its subject in it: first in its clause an Arabic verb is singular, so the
        // words after "وأبلغوا" are whom they told, "وأبلغوا المهندسين دون أن …", not a speaker, a fresh editor pair's
        // faithful summary that drew a wrong speaker; before it, "العمال قالوا إن", they are: subjectBefore)
        words = t.key.endsWith('وا') ? [] : speakerAfter(text, tokens, i);
        // (ووصف رئيس الهيئة القرار بأنه …: the last word before بأن is what was described)
        if (words.length >= 2 && objectVerb(t.key)) words = words.slice(0, -1);
        // ونقلت وكالة رويترز عن وزير المالية قوله إن …: the speaker is the one quoted, after عن
        const from = words.length > 0 ? tokens.indexOf(words[words.length - 1]) + 1 : -1;
        // (of a verb of quoting, or when what the quoted says opens right after them, "وذكرت الصحيفة عن مصادر حكومية أن …": after
        // أعلن، كشف، أعرب, عن opens what is announced, revealed or expressed, "أعلن المركز عن إضافة 22 سيارة")
        if (from > 0 && from < tokens.length && tokens[from].key === 'عن') {
          const quoted = speakerAfter(text, tokens, from, false);
          const after = quoted.length > 0 ? tokens[tokens.indexOf(quoted[quoted.length - 1]) + 1] : undefined;
          if (quoted.length > 0 && (quotingVerb(t.key) || (after !== undefined && (AR_THAT.has(after.key) || AR_END.has(after.key))))) words = quoted;
        }
        // وأضاف أن، وقالت إنها، وقال: «…»: the verb's own pronoun
        // (and through the verb's particle: وأشارت إلى أن، وشدد على أن; a fresh editor pair's وأشار الرومي for the
        // source's وأشارت إلى أن after العنزي's sentence had no speaker to compare)
        // (a verb with no و/ف after its subject, SVO: "لكن أحد العمال المصابين، ويدعى سفيان قرطبي، قال من سريره إن …"; read as
        // the verb's pronoun, a fresh editor pair's injured worker's words given to a union man drew nothing)
        // (a topic after أما before a verb with ف is its speaker whatever the words after the verb read as: "أما الخبيرة نادية الفاسي
        // … فعزت الارتفاع … إلى …، مذكّرة بأن …" read الارتفاع, what she attributed, as the speaker; a faithful line of the 157th batch
        // of fresh editor pairs drew a wrong speaker)
        // (not words after the verb that a complementiser follows, its speaker: "أما المرحلة الثانية، بقدرة مماثلة، فقال السقاف إنها …")
        const topic = t.key[0] === 'ف' && words.length > 0 && !thatAfter(tokens, words) ? topicBefore(text, tokens, i) : [];
        if (topic.length > 0) words = topic;
        if (words.length === 0 && t.alt === undefined) words = subjectBefore(text, tokens, i);
        // (أما X فقال: the topic after أما is the speaker of the verb that ف joins to it, "أما الخبير القانوني نبيل فرحات فقال
        // إن …"; read as the verb's pronoun, a fresh editor pair's statement was given to the speaker of the sentence before)
        else if (words.length === 0 && t.key[0] === 'ف') words = topicBefore(text, tokens, i);
        // (and one of two content words or more before a verb whose phrase after it is one word: "غير أن المحامي الطاهر زرواطي
        // نفى تسلم موكله أي أموال" has its speaker before the verb, and تسلم is what he denied, a fresh editor pair's faithful
        // summary whose speaker was read as تسلم)
        // (and one word before a verb of denial, whose object follows it: "لكن الوزارة نفت علم أي من قادتها بالتلاعب" is the
        // ministry's denial, and علم what it denied; a fresh editor pair's faithful summary drew a wrong speaker)
        // (not across a comma right before the verb when أن follows the word after it: "…، مؤكداً أنها رفعت إلى لجنة النقل تقارير
        // فصلية مفصلة، توقع الشناوي أن …" is الشناوي's forecast, and the clause before it no subject; read as one, a fresh editor
        // pair's planted speaker drew nothing. Without أن the word is the verb's object: "…، وصف أرقام النقابة بأنها مبالغ فيها")
        else if (t.alt === undefined && words.filter((w) => !w.stop).length === 1 && !(afterComma(text, tokens, i) && thatAfter(tokens, words))) {
          const before = subjectBefore(text, tokens, i);
          if (before.filter((w) => !w.stop).length >= (isDenialKey(t.key) ? 1 : 2)) words = before;
        }
        const next = tokens[i + 1];
        const particle = next !== undefined && VERB_PARTICLES.has(next.key) && tokens[i + 2] !== undefined && AR_THAT.has(tokens[i + 2].key);
        if (words.length === 0 && (!next || AR_THAT.has(next.key) || particle || /[:«"“]/.test(text.slice(t.end, next.start)))) {
          out.push({ tokens: [], verb: i, kind: 'pronoun' });
          continue;
        }
      } else {
        // (a participle of the noun before it, "a sergeant accused of punching", has no speaker: lexicons/reporting.json
        // participleVerbs, participleAfter)
        if (PARTICIPLE_VERBS.has(t.key) && PARTICIPLE_AFTER.has(tokens[i + 1]?.key ?? '')) continue;
        // (nor an adjective after an adverb of degree, "somewhat stressed": degreeBefore)
        if (i > 0 && DEGREE_BEFORE.has(tokens[i - 1].key)) continue;
        // ("…, saying …": the participle's subject is its clause's, the speaker before it in the sentence, or a pronoun: "an
        // accusation Moncrieff denies, saying the deal was discussed …" read "board's consent" before the comma as its speaker,
        // a fresh editor pair's faithful summary drew a wrong speaker)
        if (PARTICIPLE_SAYING.has(t.key) && i > 0 && text.slice(tokens[i - 1].end, t.start).includes(',')) {
          // (after ", which Gallacher rejected,", the denier's: what follows is the denial's reason, not the accuser's words)
          const denier = denierBefore(text, tokens, i);
          if (denier) {
            out.push({ tokens: denier, verb: i, kind: denier.some(isGeneric) ? 'generic' : 'named' });
            continue;
          }
          // (a speaker read before a semicolon is another clause's: "Llewelyn accused the board …, claiming only one bidder had
          // been invited; Parkwise's Mark Halsall rejected this, saying three companies had bid" is Halsall's, a planted speaker of
          // the arrival pairs that drew nothing)
          const clause = clauseStart(text, tokens, i);
          const last = out[out.length - 1];
          const prev = last && last.verb >= clause ? last : undefined;
          // (or, with no speaker before it, the subject of the sentence's first verb: "Pettigrew rejected that, saying track
          // maintenance had been carried out" is Pettigrew's, not the speaker's of the sentence before, a fresh editor pair's
          // planted speaker that drew nothing once that sentence's speaker was read)
          const opener = prev ? undefined : clauseSubject(text, tokens, i, clause);
          if (opener) out.push({ tokens: opener, verb: i, kind: opener.some(isGeneric) ? 'generic' : 'named' });
          else out.push(prev ? { tokens: prev.tokens, verb: i, kind: prev.kind } : { tokens: [], verb: i, kind: 'pronoun' });
          continue;
        }
        let before = englishBefore(text, tokens, i);
        if (before === 'pronoun') {
          out.push({ tokens: [], verb: i, kind: 'pronoun' });
          continue;
        }
        // (a verb of denial after what it denies, "an accusation Moncrieff denies": the speaker is after the noun)
        const back = isDenialKey(t.key) && before.length > 0 ? backRefIn(tokens, tokens.indexOf(before[0]), i) : -1;
        if (back >= 0) before = before.filter((w) => w.start > tokens[back].start);
        // an inversion follows a quote or a comma (`…," said John Kirby`); "announced today" has no speaker after it
        const inverted = i === 0 || /[,"”’]/.test(text.slice(tokens[i - 1].end, t.start));
        words = before.length > 0 ? before : inverted ? appositiveSpeaker(text, tokens, i) || inversionSpeaker(text, tokens, i) : [];
        // (a verb joined by and/but to the clause's first, "Tusk Watch welcomed the arrests but said …": that verb's subject)
        // (the nearest speaker read before it first: "… but campaign group Save Our Shore called the grants far too low and accused
        // the council …" is the group's accusation, not the council leader's of the sentence's first verb)
        if (words.length === 0 && i > 0 && COORDINATORS.has(tokens[i - 1].key)) {
          const prev = out[out.length - 1];
          if (prev && prev.kind !== 'pronoun') {
            out.push({ tokens: prev.tokens, verb: i, kind: prev.kind });
            continue;
          }
          words = clauseSubject(text, tokens, i) ?? [];
        }
      }
    } else if (i > 0 && deniedBackRef(tokens, i) && isArabic(t) && OBJECT_SUFFIX.test(t.key) && isDenialKey(t.key)) {
      // (وهو ما نفاه المتحدث، الأمر الذي رفضته الوزارة: a verb of denial with the pronoun of what it denies glued on, after a word
      // that points back to it; its subject follows. Not every verb of saying: "التي توقعها الإدارة" is one the body signs.
      // Unread, the statement before it ran on into the spokesman's words, and a fresh editor pair's "أما سعيداني … فرأت …، وهو
      // ما نفاه المتحدث يوسف مراد قاسمي مؤكداً أن …" gave his words to her. When a statement of the denier's follows, "…
      // مؤكداً أن", or the clause ends with the denier, "وهو ما نفاه جاسم الحلفي.": what it says is then the clause before,
      // which the attribution rule reads for the denial alone, denierOfAccusation)
      words = speakerAfter(text, tokens, i, true, true);
    } else continue;
    // (a role or name written as a function word is content here: "وقال اللواتي إن", a surname that is also a relative pronoun)
    const content = words.filter((w) => !w.stop || SPEAKER_HOMOGRAPHS.has(withoutMarks(w.text)));
    if (content.length === 0) continue;
    // (a senior official, مسؤول مصري، officials at the ministry: who in general, whatever words qualify it)
    // (but one who is also named, by a given name, is that person: "الخبير القانوني نبيل فرحات" is no expert in general, and
    // a fresh editor pair's statement of his given to another speaker drew nothing)
    out.push({ tokens: words, verb: i, kind: content.some(isGeneric) && !content.some((w) => GIVEN_NAMES.has(w.key)) ? 'generic' : 'named' });
  }
  return out;
}

/**
 * Do two words meet: a shared stem (either stem), or, with `roots`, a shared Arabic root of three letters
 * or more (الوزير، الوزارة: the minister speaks for the ministry).
 */
export function sameSpeakerWord(a: Token, b: Token, roots = true): boolean {
  if (a.stem === b.stem || (b.alt !== undefined && a.stem === b.alt) || (a.alt !== undefined && (a.alt === b.stem || a.alt === b.alt))) return true;
  // (a country and its adjective: "scientists in Japan" are the source's "Japanese scientists", a fresh editor
  // pair's false wrong-speaker error; entityOf gives one shared object per entity)
  const e = entityOf(a);
  if (e !== undefined && e === entityOf(b)) return true;
  return roots && a.root !== undefined && a.root.length >= 3 && a.root === b.root;
}

/**
 * Are two speaker phrases the same speaker? One is a part of the other (Kirby, John Kirby; المتحدث,
 * المتحدث باسم الوزارة), or they share more than half of the shorter one's words. وزير المالية and
 * وزير الخارجية share only the role, half: two speakers.
 */
export function sameSpeaker(a: readonly Token[], b: readonly Token[]): boolean {
  const ca = a.filter((t) => !t.stop),
    cb = b.filter((t) => !t.stop);
  if (ca.length === 0 || cb.length === 0) return true;
  // a body and its officer named by its acronym: "Tenaga Nasional Berhad" and "TNB chief operating officer Azlan
  // Hashim" (a fresh editor pair's false wrong-speaker error)
  if (acronymOfOther(ca, cb) || acronymOfOther(cb, ca)) return true;
  const [short, long] = ca.length <= cb.length ? [ca, cb] : [cb, ca];
  const shared = short.filter((t) => long.some((o) => sameSpeakerWord(t, o))).length;
  return shared === short.length || shared * 2 > short.length;
}

/** lexicons/function-words.json statementEnd, by key, Arabic also after و/ف. */
const STATEMENT_END = keys(lexiconWords('function-words', 'statementEnd'));

/** Does tokens[i] open a clause of its own that ends a statement (while, بينما, في حين, في وقت)? */
function endsStatement(tokens: readonly Token[], i: number): boolean {
  const bare = listedAfterConjunction(STATEMENT_END, tokens[i].key);
  if (bare === undefined) return false;
  return (bare !== 'حين' && bare !== 'وقت') || (i > 0 && tokens[i - 1].key === 'في');
}

/** Tokens after ", which" within which a verb of denial makes the clause a denial of what was said before (", which X rejected"). */
const DENIED_WITHIN = 4;
/** lexicons/reporting.json denialAppositiveNouns, after one of these articles: ", a claim the group rejected". */
const DENIAL_APPOSITIVES = keys(lexiconWords('reporting', 'denialAppositiveNouns'));
const ARTICLES = new Set(['a', 'an', 'the']);
/** Tokens more than DENIED_WITHIN that an appositive's verb may stand after its article: its noun and a subject of four words (a claim | the Anierac bottlers' group | rejected). */
const APPOSITIVE_EXTRA = 3;
/**
 * When tokens[i] opens ", which … denied" (", which Gallacher rejected, saying none had been paid"), a denial by someone else
 * of what was said before, which ends that statement: the index of its verb of denial (or rejection: rejected, dismissed).
 * Read as the accuser's, the denier's own words after it ("saying none had been paid for 2023-24") drew the accusation to the
 * denial's source sentence, and an editor pair's faithful summary on arrival drew a wrong speaker.
 */
function denialVerbAfter(text: string, tokens: readonly Token[], i: number): number | undefined {
  // (or ", a claim … rejected": lexicons/reporting.json denialAppositiveNouns)
  const appositive = ARTICLES.has(tokens[i].key) && DENIAL_APPOSITIVES.has(tokens[i + 1]?.key ?? '');
  if ((tokens[i].key !== 'which' && !appositive) || i === 0 || !/,/.test(text.slice(tokens[i - 1].end, tokens[i].start))) return undefined;
  for (let k = i + 1; k < tokens.length && k <= i + DENIED_WITHIN + (appositive ? APPOSITIVE_EXTRA : 0); k++)
    if (isDenialKey(tokens[k].key) || saysNotKey(tokens[k].key)) return k;
  return undefined;
}

/**
 * The denier of ", which X rejected" right before a participle of saying at i (", which Gallacher rejected, saying none had
 * been paid"): the participle is X's, not the speaker's before the denial. Undefined when none stands there.
 */
function denierBefore(text: string, tokens: readonly Token[], i: number): Token[] | undefined {
  for (let k = i - 1; k > 0 && k >= i - DENIED_WITHIN - APPOSITIVE_EXTRA - 1; k--) {
    const v = denialVerbAfter(text, tokens, k);
    if (v === undefined) continue;
    // (past an appositive's article and noun: "a claim | the Anierac bottlers' group")
    const words = tokens.slice(tokens[k].key === 'which' ? k + 1 : k + 2, v);
    return v < i && words.some((w) => !w.stop) ? words : undefined;
  }
  return undefined;
}

/**
 * The tokens each speaker says, as [from, to) indices into `tokens`: after the speaker and its verb up to
 * the next speaker (Arabic, and "X said that …"), or, when the verb ends its clause ("…, Amer said"),
 * before them back to the speaker before. A sentence that gives two statements to two speakers ("Maait
 * said A, while Amer said B") is judged per statement.
 */
export function saidBy(text: string, tokens: readonly Token[], speakers: readonly Speaker[]): [number, number][] {
  const units = speakers.map((s) => {
    const at = s.tokens.map((t) => tokens.indexOf(t));
    return [Math.min(s.verb, ...at), Math.max(s.verb, ...at)];
  });
  return speakers.map((s, k) => {
    const [a, b] = units[k];
    const prev = units.filter(([, e]) => e < a).reduce((m, [, e]) => Math.max(m, e), -1);
    const next = units.filter(([f]) => f > b).reduce((m, [f]) => Math.min(m, f), tokens.length);
    // (and an opener at its clause's start says what follows its comma: "According to Dr. Marchetti, the merger offered
    // …" was read as closing a clause before it, with nothing there, and a fresh editor pair's planted speaker drew nothing)
    // (but an Arabic بحسب، وفقاً لـ after its statement and before a comma closes it: "…، فسيستعيدون ثمنها كاملاً …، بحسب
    // الهاجري، في حين أكد …" gives the refund to الهاجري, and read as what follows, a fresh editor pair's planted speaker drew
    // nothing)
    // (or before a relative pronoun that tells more of the speaker: "ويكبّد كل يوم من الإضراب الشركة قرابة 3.5 مليون دينار، بحسب
    // الحمروني الذي أشار إلى أن …" gives the cost to الحمروني; read as saying الذي, a planted speaker of the 163rd batch of fresh
    // editor pairs drew nothing)
    const closing =
      isArabic(tokens[s.verb]) &&
      isAttributionOpener(tokens[s.verb]) &&
      b + 1 < tokens.length &&
      (afterComma(text, tokens, b + 1) || relativeSpeaks(tokens, b + 1)) &&
      tokens.slice(prev + 1, a).some((t) => !t.stop);
    const after =
      b + 1 < tokens.length &&
      !closing &&
      (isArabic(tokens[s.verb]) ||
        !/[,;:.!?"”’)\]]/.test(text.slice(tokens[b].end, tokens[b + 1].start)) ||
        (isAttributionOpener(tokens[s.verb]) && tokens.slice(prev + 1, a).every((t) => t.stop)));
    // (an attribution that closes its sentence gives it what follows the last semicolon before it, not the clause before
    // that: "The staff will stay on while administrators from Belfast firm Corrigan Hale look for a buyer; three offers
    // have come in, chairman Desmond Reilly said" has Reilly say the offers only, and read back to the sentence's start
    // his words named "Corrigan" of the source's speaker Niall Corrigan, and a fresh editor pair's planted speaker drew nothing)
    let before = clauseStart(text, tokens, a - 1, prev + 1);
    // (and after a speaker before it, what follows the last clause of its own that opens after that speaker: "وأشار الربيعي إلى
    // أن القطع … تخطت …، بينما تراجعت حالات التنقيب …، في حين لن تُعرض القطع …، وفق مديرة المتحف" gives the director the display
    // only; read back to الربيعي, her closing attribution took his figures, a faithful line of the 175th batch of fresh editor pairs)
    if (prev >= 0 && !after) {
      let opened = false;
      for (let i = a - 1; i > Math.max(before, prev); i--)
        if (endsStatement(tokens, i)) {
          before = tokens[i - 1]?.key === 'في' && i - 1 > prev ? i - 1 : i;
          opened = true;
          break;
        }
      // (in English, past the last comma: "PGG announced that its colliery will shut by March, having lost 310 million zlotys
      // last year, chief executive Tomasz Wrobel said" gives Wrobel the loss, as the source does, and PGG the closure; a
      // faithful line of the 178th batch of fresh editor pairs drew a wrong speaker)
      if (!opened && !isArabic(tokens[s.verb]))
        for (let i = a - 1; i > Math.max(before, prev) + 1; i--)
          if (/,/.test(text.slice(tokens[i - 1].end, tokens[i].start)) && tokens.slice(i, a).some((t) => !t.stop)) {
            before = i;
            break;
          }
    }
    if (!after || adverbialAfter(tokens, s.verb, b, next, before, a)) return [before, a];
    // (what is said ends where a clause of its own opens: في حين وصف رئيس الهيئة …, while the regulator …)
    let end = next;
    for (let i = b + 1; i < next; i++)
      if (endsStatement(tokens, i) || denialVerbAfter(text, tokens, i) !== undefined) {
        end = i;
        break;
      }
    return [b + 1, end];
  });
}

/** lexicons/reporting.json adverbialsAfterSaying: while, during, as, after a verb of saying. */
const ADVERBIALS_AFTER = keys(lexiconWords('reporting', 'adverbialsAfterSaying'));
/**
 * Does an English speaker and verb that close a statement (content words before them in their clause, from `from` to `a`)
 * go on with an adverbial, not with what was said: "…, Ndlovu said while visiting a shelter", with no complementiser
 * before the next speaker (`next`)?
 */
function adverbialAfter(tokens: readonly Token[], verb: number, b: number, next: number, from: number, a: number): boolean {
  if (isArabic(tokens[verb]) || !ADVERBIALS_AFTER.has(tokens[b + 1].key)) return false;
  for (let i = b + 1; i < next; i++) if (isComplementiserKey(tokens[i].key)) return false;
  for (let i = from; i < a; i++) if (!tokens[i].stop && tokens[i].kind === 'word') return true;
  return false;
}

/** lexicons/reporting.json declineVerbs, by key (Arabic also with its endings and a و/ف prefix: ورفضت، امتنعوا). */
const DECLINE = keys(lexiconWords('reporting', 'declineVerbs'));
/** lexicons/reporting.json negatedAuxiliaries: did not, could not … before a word of commentWords. */
const NEGATED_AUX = keys(lexiconWords('reporting', 'negatedAuxiliaries'));
/** lexicons/reporting.json commentWords, by stem. */
const COMMENT = new Set(lexiconWords('reporting', 'commentWords').map((w) => makeToken(w, 0).stem));
/** Tokens after the verb (and its speaker, in Arabic) within which the word of commentWords must come: "did not immediately respond to a request for comment". */
const COMMENT_SPAN = 8;

const isComment = (t: Token): boolean => COMMENT.has(t.stem) || (t.alt !== undefined && COMMENT.has(t.alt));

/** Is t a verb of declineVerbs, with an Arabic verb's و/ف prefix and ت/وا/ا ending? */
function isDecline(t: Token): boolean {
  const k = t.key;
  const bare = isArabic(t) && (k[0] === 'و' || k[0] === 'ف') && k.length > 3 ? [k, k.slice(1)] : [k];
  for (const b of bare) {
    if (DECLINE.has(b)) return true;
    if (isArabic(t)) for (const e of ['ت', 'وا', 'ا']) if (b.length > e.length + 2 && b.endsWith(e) && DECLINE.has(b.slice(0, -e.length))) return true;
  }
  return false;
}

/** Does a word of commentWords come within COMMENT_SPAN tokens from tokens[from]? */
function commentFrom(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + COMMENT_SPAN; k++) if (isComment(tokens[k])) return true;
  return false;
}

/**
 * The phrases of those a sentence says gave no comment: the subject of a verb of declining with a word of comment
 * after it ("A spokesperson for the health department declined to comment", ورفضت وزارة الصحة التعليق، وامتنع
 * المتحدث باسم الوزارة عن التعليق), of an English auxiliary with not ("The company did not respond to a request for
 * comment"), or of an Arabic verb after لم (ولم ترد الوزارة على طلب للتعليق). Read as speakersOf reads a speaker
 * (before the verb in English, after it in Arabic), with the word of comment left out of an Arabic phrase.
 */
export function declinersOf(text: string, tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (isArabic(t)) {
      // (لم ترد الوزارة: the verb after لم; رفضت الوزارة: the verb itself)
      const verb = isDecline(t) ? i : listedAfterConjunction(NEGATION_LAM, t.key) !== undefined && i + 1 < tokens.length ? i + 1 : -1;
      if (verb < 0) continue;
      const words = speakerAfter(text, tokens, verb, false);
      const cut = words.findIndex(isComment);
      const phrase = cut < 0 ? words : words.slice(0, cut);
      const after = tokens.indexOf(words[words.length - 1]) + 1;
      if (phrase.some((w) => !w.stop) && (cut >= 0 || commentFrom(tokens, after))) out.push(phrase);
    } else {
      const negated = NEGATED_AUX.has(t.key) && tokens[i + 1]?.key === 'not';
      if (!isDecline(t) && !negated) continue;
      if (!commentFrom(tokens, i + 1)) continue;
      const before = englishBefore(text, tokens, i);
      if (before !== 'pronoun' && before.some((w) => !w.stop)) out.push(before);
    }
  }
  return out;
}
/** لم, the Arabic negation of the past, before the verb whose subject gave no comment. */
const NEGATION_LAM = new Set(['لم']);

/** Does a word of `a` written as an acronym (TNB) spell the initials of the capitalised words of `b` (Tenaga Nasional Berhad)? */
function acronymOfOther(a: readonly Token[], b: readonly Token[]): boolean {
  const initials = b
    .filter((t) => /^\p{Lu}/u.test(t.text))
    // (dotted initials give each letter: U.S. Department of Agriculture is USDA, a fresh editor pair's false error)
    .map((t) => (/^(?:\p{Lu}\.)+$/u.test(t.text) ? t.text.replace(/\./g, '') : t.text[0]))
    .join('');
  return initials.length >= 2 && a.some((t) => /^[A-Z]{2,6}$/.test(t.text) && initials.includes(t.text));
}
