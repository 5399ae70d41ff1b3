import { makeToken, type Token } from './tokenize.js';
import { isGluedVerbStart } from './claims.js';
import { isString, lexiconGroups, lexiconValues, lexiconWords } from './lexicons.js';

/**
 * Words that may stand in a dateline, timestamp or byline without making it a claim, by matching key: every
 * month and weekday name of lexicons/dates.json (the entities', those read in datelines only, the words of
 * the two-word months, the abbreviations) and its dateline words.
 */
const META_WORDS = new Set(
  [
    ...lexiconGroups('dates', 'months').flatMap((g) => g.words ?? []),
    ...lexiconGroups('dates', 'monthsInDatelines').flatMap((g) => g.words ?? []),
    ...lexiconValues('dates', 'twoWordMonths', isString, 'a month').flatMap(([phrase]) => phrase.split(' ')),
    ...lexiconGroups('dates', 'weekdays').flatMap((g) => g.words ?? []),
    ...lexiconValues('dates', 'weekdaysInContext', isString, 'a weekday').map(([w]) => w),
    ...lexiconWords('dates', 'weekdayAbbreviations'),
    ...lexiconWords('dates', 'datelineWords'),
  ].map((w) => makeToken(w, 0).key),
);

/** Most tokens of a dateline or timestamp, and of a byline: a longer unit is neither (callers may skip reading its tokens). */
export const META_MAX_TOKENS = 12,
  BYLINE_MAX_TOKENS = 6;

/**
 * A unit is metadata (dateline, timestamp) when it holds a number and nothing but numbers and
 * date/time words: `2016-11-12`, `2025-05-15 07:26 ص`, `Monday 12 November 2016, 07:26 GMT`; or when it
 * is a relative timestamp as a whole unit (`منذ ساعتين`, `قبل 3 ساعات`, `2 hours ago`).
 */
export function isMetadata(tokens: Token[]): boolean {
  if (tokens.length === 0 || tokens.length > META_MAX_TOKENS) return false;
  if (isRelativeTime(tokens)) return true;
  let numbers = 0;
  for (const t of tokens) {
    if (t.kind === 'number') {
      numbers++;
      continue;
    }
    if (!META_WORDS.has(t.key)) return false;
  }
  return numbers > 0;
}

/** Units of a relative timestamp (lexicons/dates.json), by matching key. */
const AGO_UNITS = new Set(lexiconWords('dates', 'agoUnits').map((w) => makeToken(w, 0).key));

/**
 * `منذ ساعتين`, `قبل 5 دقائق`, `3 hours ago`, `an hour ago`: when a page was published, as a unit of its own.
 * Inside a sentence the same words are part of a claim (`وقع الانفجار منذ ساعتين`), so only a whole
 * unit of at most four words counts.
 */
function isRelativeTime(tokens: Token[]): boolean {
  if (tokens.length < 2 || tokens.length > 4) return false;
  const first = tokens[0].key,
    last = tokens[tokens.length - 1].key;
  const rest = first === 'منذ' || first === 'قبل' ? tokens.slice(1) : last === 'ago' ? tokens.slice(0, -1) : [];
  let units = 0;
  for (const t of rest) {
    if (AGO_UNITS.has(t.key)) units++;
    else if (t.kind !== 'number' && t.key !== 'a' && t.key !== 'an' && t.key !== 'few') return false;
  }
  return units === 1;
}

/**
 * A byline or credit line: `By Jane Doe`, `بقلم فلان`, `كتب: فلان`, `المصدر: وكالات`, `ترجمة: …`,
 * short and without terminal punctuation. Words that also open claims (كتب "wrote", المصدر "the
 * source said …") count only before a colon or a dash. Why not `\b`: in JavaScript it is an ASCII word
 * boundary even with the u flag, so `كتب\b` never matched an Arabic byline.
 */
export function isByline(text: string, tokens: Token[]): boolean {
  return tokens.length <= BYLINE_MAX_TOKENS && (BYLINE_BARE.test(text) || BYLINE_COLON.test(text)) && !/[.!?؟]\s*$/.test(text);
}
const BYLINE_BARE = /^\s*(?:by|(?:reporting|writing|editing|written|edited)\s+by|بقلم)(?![\p{L}\p{M}])/iu;
const BYLINE_COLON = /^\s*(?:كتب|كتبت|بقلم|إعداد|اعداد|ترجمة|تحرير|المصدر|مصدر|المحرر|source)\s*[:\-–—ـ]/iu;

/**
 * Where an inline dateline ends, or -1: the place and agency that open agency copy and rewrites of
 * it, `القاهرة - (رويترز) - قال …`, `بيروت ـ «القدس العربي»: أعلنت …`, `واشنطن ـ وكالات: …`,
 * `WASHINGTON (Reuters) - …`, `LONDON — …`. It is metadata, not a claim: the agency is not something
 * the source must say. A place followed by a colon alone (`ترامب: سنفرض رسوما`) is a quote's speaker,
 * not a dateline, so an agency (bracketed, quoted, or a known agency word) or a capitalised English place is needed.
 * The rest must be a clause of at least three words.
 */
export function datelineEnd(text: string): number {
  const end = datelineAt(text);
  return end > 0 && WORDS_BEFORE.test(text.slice(end)) ? end : -1;
}

/** A unit that is a dateline and nothing else (`القاهرة - (رويترز) -` on a line of its own). */
export function isDatelineOnly(text: string): boolean {
  const end = datelineAt(text);
  return end > 0 && end >= text.trimEnd().length;
}

/**
 * The length of the dateline that opens the text (with the white space after it), or -1: datelineByExpressions,
 * trying only the expressions that can match (`mayOpenWithDateline`, `mayBe`).
 */
export function datelineAt(text: string): number {
  const mark = mayOpenWithDateline(text);
  if (mark === undefined) return -1;
  const m =
    (mayBe.agency(text, mark) ? DATELINE_AGENCY.exec(text) : null) ??
    (mayBe.bracketed(text, mark) ? DATELINE_BRACKETED.exec(text) : null) ??
    (mayBe.caps(text) ? DATELINE_CAPS.exec(text) : null);
  return m ? m[0].length : -1;
}

/** datelineAt by its three expressions alone (exported for the test that holds the two equal). */
export function datelineByExpressions(text: string): number {
  const m = DATELINE_AGENCY.exec(text) ?? DATELINE_BRACKETED.exec(text) ?? DATELINE_CAPS.exec(text);
  return m ? m[0].length : -1;
}

/** What every dateline has after its place: a dash or tatweel, an opening bracket or quote, or (in English) a colon. */
const DATELINE_MARK = /[-–—\u0640(«"“:]/;

/**
 * The first mark of a text that may open with a dateline, or undefined when no dateline expression can match:
 * before its first mark a dateline has only its place, at most six words (`NEW YORK, N.Y. (AP) —`, `KELOWNA, British
 * Columbia, June 18 (Reuters) -`; the Arabic place is one or two), and a mark inside a word of it (a tatweel) comes sooner. Most sentences have no mark, or
 * many words before it; the expressions, with their \p{L} classes, cost 4–12 ms each to compile on first use and
 * again when V8 tiers them up after a second use (bench/README.md, issue 25), so a check runs them on the few
 * sentences that may open with a dateline.
 */
function mayOpenWithDateline(text: string): RegExpExecArray | undefined {
  const m = DATELINE_MARK.exec(text);
  if (!m) return undefined;
  const before = text.slice(0, m.index).trim();
  return before === '' || before.split(/\s+/).length <= 6 ? m : undefined;
}

/** One or two words of a place (not starting with a tatweel used as a dash): القاهرة، القدس المحتلة، رام الله. */
const PLACE = String.raw`(?!\u0640)\p{L}[\p{L}\p{M}.'’]*(?:\s+(?!\u0640)\p{L}[\p{L}\p{M}.'’]*)?`;
const DASH = String.raw`[-–—\u0640]+`;
const BRACKETED = String.raw`(?:\([^()\n]{1,40}\)|«[^«»\n]{1,40}»|"[^"\n]{1,40}"|“[^”\n]{1,40}”)`;
/** Agencies and credits that stand without brackets in a dateline. */
const AGENCY_WORD = String.raw`(?:وكالات|خاص|رويترز|الأناضول|الاناضول|واس|وام|قنا|سانا|كونا|بترا|وفا|معا|سما|أ\s?ف\s?ب|ا\s?ف\s?ب|د\s?ب\s?أ|أ\.ف\.ب|[\p{L}]+\.نت)`;
const DATELINE_AGENCY = new RegExp(String.raw`^\s*${PLACE}\s*${DASH}\s*(?:${BRACKETED}|${AGENCY_WORD})\s*(?:${DASH}|:)\s*`, 'u');
const DATELINE_BRACKETED = new RegExp(String.raw`^\s*${PLACE}\s*${BRACKETED}\s*(?:${DASH}|:)\s*`, 'u');
/**
 * English: a place in capitals, with its agency (`WASHINGTON (Reuters) -`, `NEW YORK, N.Y. (AP) —`), or
 * a long word in capitals before an em dash (`LONDON — `). A short acronym before a hyphen opens a
 * headline (`NATO - Russia talks resume`), not a dateline.
 */
/**
 * After the place, its state or the day of filing, or both: `NEW YORK, N.Y. (AP)`, `CANBERRA, June 4 (Reuters) -`, `ZURICH,
 * Sept. 22 (Reuters) -`, `KELOWNA, British Columbia, June 18 (Reuters) -`. Without the day, Reuters' own datelines were no
 * datelines, and a summary's "From August 1" was judged against the day the report was filed (a fresh editor pair's false
 * entity error); without a state of two words before the day, "the August 2023 … wildfire" against the dateline's June (the
 * 111th batch).
 */
const STATE_OR_DATE = String.raw`(?:,\s*[A-Z][\p{L}.]+(?:\s+[A-Z][\p{L}.]+)?(?:\s+\d{1,2})?){0,2}`;
const CAPS_PLACE = String.raw`[A-Z][A-Z.'’]{2,}(?:\s+[A-Z][A-Z.'’]+){0,2}${STATE_OR_DATE}`;
const DATELINE_CAPS = new RegExp(String.raw`^\s*(?:${CAPS_PLACE}\s*${BRACKETED}\s*[-–—:]|[A-Z]{4,}(?:\s+[A-Z]{2,}){0,2}${STATE_OR_DATE}\s+—)\s+`, 'u');

/** A place's first letter (not a tatweel) after white space: how the agency's and the bracketed expressions open. */
const PLACE_FIRST = /^\s*(?!\u0640)\p{L}/u;
/** The marks of a dateline but the tatweel, which may stand inside a place's word. */
const MARK_BUT_TATWEEL = /[-–—(«"“:]/g;
/** What follows a place in DATELINE_BRACKETED: the bracketed agency and its dash or colon (no \p{…} class: cheap to compile). */
const BRACKETED_THEN_DASH = new RegExp(String.raw`${BRACKETED}\s*(?:${DASH}|:)`, 'uy');

/**
 * Tests that each expression needs to pass, each read off it, so that a sentence that cannot match one does not
 * compile it (the seed pair has seven sentences with a mark near their start, none a dateline):
 * - agency: a place (one or two words of letters, marks, dots and apostrophes; a tatweel is a letter) and then a
 *   dash, so the first mark is a dash or a tatweel, after a letter that is not a tatweel;
 * - bracketed: a place and then a bracketed agency and a dash or colon, so the first mark but a tatweel opens that
 *   agency, with at most two words before it;
 * - caps: a capital A–Z first.
 */
const mayBe = {
  agency: (text: string, mark: RegExpExecArray): boolean => '-–—\u0640'.includes(mark[0]) && PLACE_FIRST.test(text),
  bracketed(text: string, mark: RegExpExecArray): boolean {
    MARK_BUT_TATWEEL.lastIndex = mark.index;
    const open = MARK_BUT_TATWEEL.exec(text);
    if (!open || !'(«"“'.includes(open[0])) return false;
    const before = text.slice(0, open.index).trim();
    if (before.split(/\s+/).length > 2 || !PLACE_FIRST.test(text)) return false;
    BRACKETED_THEN_DASH.lastIndex = open.index;
    return BRACKETED_THEN_DASH.test(text);
  },
  caps: (text: string): boolean => /^\s*[A-Z]/.test(text),
};

/**
 * Boilerplate: a footnote (a marker glued to its text: `*بوابة…`; `* item` with a space is a list
 * item), a publisher's disclaimer about content, copyright lines. "Not responsible for" alone is not
 * enough: news reports it as a claim (`بريطانيا غير مسؤولة عن قتل مدنيين`, "the army said it was not
 * responsible for the attack"), and a claim must be checked; a disclaimer is about what is published.
 */
export function isBoilerplate(text: string): boolean {
  return boilerplateAt(text) >= 0;
}

/** Where boilerplate begins in the text (0 for a leading footnote marker), or -1 for none. */
export function boilerplateAt(text: string): number {
  if (/^\s*[*†‡](?!\s)/.test(text) || SHARE.test(text) || SOCIAL.test(text) || READ_ALSO.test(text)) return 0;
  let at = -1;
  for (const re of [COPYRIGHT, DISCLAIMER_AR, DISCLAIMER_EN]) {
    const m = re.exec(text);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  return at;
}

/**
 * The page around a scraped article: a share prompt on a line of its own (`شارك هذا المقال عبر:`, "Share
 * this article"), a line of social networks (`فيسبوك تويتر واتساب`), a link to another article (`اقرأ
 * أيضا: …`, "Read more: …"). A verb of its own (شارك آلاف في المظاهرة) is no prompt: the prompt is the
 * whole line.
 */
const SHARE =
  /^\s*(?:شارك|شاركوا|انشر|مشاركة|share)(?:\s+(?:هذا|هذه|this))?(?:\s+(?:المقال|الخبر|الموضوع|الصفحة|القصة|article|story|post|page))?(?:\s+(?:عبر|على|on|via))?\s*:?\s*$/iu;
const NETWORK = String.raw`(?:فيسبوك|فيس\s?بوك|تويتر|واتساب|واتس\s?اب|تلغرام|تيليجرام|تليجرام|لينكدإن|لينكد\s?إن|انستغرام|إنستغرام|انستجرام|يوتيوب|البريد\s+الإلكتروني|طباعة|نسخ\s+الرابط|facebook|twitter|whatsapp|telegram|linkedin|instagram|youtube|reddit|pinterest|e-?mail|print|copy\s+link)`;
const SOCIAL = new RegExp(String.raw`^\s*${NETWORK}(?:[\s|·,،/•-]+${NETWORK}){1,}[\s|·,،/•-]*$`, 'iu');
const READ_ALSO = /^\s*(?:(?:اقرأ|إقرأ|اقرا|إقرا)\s+(?:أيضا|أيضاً|ايضا|ايضاً|المزيد)|(?:read\s+(?:more|also)|also\s+read|related|see\s+also)\s*:)/iu;

/**
 * A sentence whose boilerplate comes only after a clause of its own (a scraped headline with the
 * site's disclaimer glued on: `ترامب يرفض التدخل …، و*بوابة افريقيا الإخبارية غير مسؤولة عن
 * مضامين …`): the sentence is a claim, and only its boilerplate clauses are left unchecked.
 */
export function boilerplateAfterClaim(text: string, at = boilerplateAt(text)): boolean {
  if (at <= 0) return false;
  const before = text.slice(0, at);
  const cut = Math.max(before.lastIndexOf('،'), before.lastIndexOf(','), before.lastIndexOf('؛'), before.lastIndexOf(';'));
  return cut > 0 && WORDS_BEFORE.test(before.slice(0, cut));
}

/**
 * The other order: boilerplate, then a clause of the sentence's own that a conjunction opens (scraped
 * lines run together: `© 2000 American Physical Society, and Azerbaijan's Aisel will compete …`,
 * `جميع الحقوق محفوظة، وقال المتحدث …`). The sentence is a claim, and only its boilerplate clause is
 * left unchecked: a claim glued after a copyright notice was never checked. Only after a conjunction
 * (and/but/while, و/ف on a past-tense verb): a copyright line's own parts follow its commas
 * (`© 2019 Foo Media, LLC, a subsidiary of …`, `…محفوظة، وكالة الأنباء`).
 */
export function claimAfterBoilerplate(text: string, at = boilerplateAt(text)): boolean {
  if (at < 0) return false;
  const cut = text.slice(at).search(/[,،;؛]/);
  if (cut < 0) return false;
  const after = text.slice(at + cut + 1);
  if (boilerplateAt(after) >= 0 || !WORDS_BEFORE.test(after)) return false;
  if (/^\s*(?:and|but|while|whereas)\s/i.test(after)) return true;
  const first = /^\s*([\p{L}\p{M}]+)/u.exec(after);
  return first !== null && isGluedVerbStart(makeToken(first[1], 0));
}

/** At least three words. */
const WORDS_BEFORE = /(?:[\p{L}\p{N}]+[^\p{L}\p{N}]+){2}[\p{L}\p{N}]/u;

const COPYRIGHT = /(©|\(c\)\s*\d{4}|all rights reserved|جميع الحقوق محفوظة)/iu;
/** `غير مسؤولة عن مضامين/محتوى/ما ينشر/الآراء…` within a few words. */
const DISCLAIMER_AR =
  /غير\s+مسؤول[ةه]?\s+عن\s+(?:\S+\s+){0,3}?(?:مضامين|مضمون|محتو|ما\s+(?:ينشر|يُنشر|يرد|ورد)|الآراء|آراء|الاراء|التعليقات|المواد\s+المنشورة)/u;
const DISCLAIMER_EN =
  /not\s+(?:be\s+)?(?:held\s+)?responsible\s+for\s+(?:\S+\s+){0,3}?(?:content|contents|opinions|views|accuracy|comments|external\s+(?:sites|links))\b/iu;
