import { makeToken, type Token } from './tokenize.js';
import { isGluedVerbStart } from './claims.js';

// Words that may stand in a dateline, timestamp or byline without making it a claim.
const MONTHS = `يناير فبراير مارس أبريل ابريل إبريل مايو يونيو يونيه يوليو يوليه أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر
كانون الثاني شباط آذار اذار نيسان أيار ايار حزيران تموز آب اب أيلول ايلول تشرين الأول الاول
january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec`;
const DAYS = `السبت الأحد الاحد الاثنين الإثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun`;
const TIME = `ص م صباحا مساء مساءً ظهرا am pm a.m p.m gmt utc بتوقيت غرينتش جرينتش مكة القدس بيروت القاهرة updated published posted آخر تحديث نشر في at on
ت.غ الساعة الموافق هـ ه`;
const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean).map((w) => w.toLowerCase()));
const META_WORDS = new Set([...words(MONTHS), ...words(DAYS), ...words(TIME)]);

/** Most tokens of a dateline or timestamp, and of a byline: a longer unit is neither (callers may skip reading its tokens). */
export const META_MAX_TOKENS = 12, BYLINE_MAX_TOKENS = 6;

/**
 * A unit is metadata (dateline, timestamp) when it holds a number and nothing but numbers and
 * date/time words: `2016-11-12`, `2025-05-15 07:26 ص`, `Monday 12 November 2016, 07:26 GMT`.
 */
export function isMetadata(tokens: Token[]): boolean {
  if (tokens.length === 0 || tokens.length > META_MAX_TOKENS) return false;
  let numbers = 0;
  for (const t of tokens) {
    if (t.kind === 'number') { numbers++; continue; }
    if (!META_WORDS.has(t.text.toLowerCase()) && !META_WORDS.has(t.key)) return false;
  }
  return numbers > 0;
}

/** A byline: `By Jane Doe`, `بقلم: فلان`, short and without terminal punctuation. */
export function isByline(text: string, tokens: Token[]): boolean {
  return tokens.length <= BYLINE_MAX_TOKENS && /^\s*(by|بقلم|كتب|كتبت)\b[\s:]/iu.test(text) && !/[.!?؟]\s*$/.test(text);
}

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
  if (/^\s*[*†‡](?!\s)/.test(text)) return 0;
  let at = -1;
  for (const re of [COPYRIGHT, DISCLAIMER_AR, DISCLAIMER_EN]) { const m = re.exec(text); if (m && (at < 0 || m.index < at)) at = m.index; }
  return at;
}

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
const DISCLAIMER_AR = /غير\s+مسؤول[ةه]?\s+عن\s+(?:\S+\s+){0,3}?(?:مضامين|مضمون|محتو|ما\s+(?:ينشر|يُنشر|يرد|ورد)|الآراء|آراء|الاراء|التعليقات|المواد\s+المنشورة)/u;
const DISCLAIMER_EN = /not\s+(?:be\s+)?(?:held\s+)?responsible\s+for\s+(?:\S+\s+){0,3}?(?:content|contents|opinions|views|accuracy|comments|external\s+(?:sites|links))\b/iu;
