import { normalizeToken } from './normalize.js';
import { isString, lexiconGroups, lexiconValues, lexiconWords } from './lexicons.js';
import { quantities, wordsAt } from './numbers.js';
import type { Token } from './tokenize.js';

/**
 * Parts of a year as months (lexicons/dates.json yearParts, monthsWords, firstWords): economic copy says "the
 * first nine months" or "the first half", a summary "from January to September" or "since January". A span is
 * [first, last] month (1-12); last is undefined for a part that runs up to now (since the start of the year).
 */
export type MonthSpan = readonly [number, number | undefined];

/** A month entity's number (1-12), by entity id (the first form of its lexicons/dates.json group). */
export const MONTH_NUMBER: ReadonlyMap<string, number> = new Map(lexiconGroups('dates', 'months').map((g, i) => [g.words![0], i + 1]));

const PARTS: [string[], MonthSpan][] = lexiconValues('dates', 'yearParts', isString, 'a span of months (1-6, or 1- for one up to now)').map(
  ([phrase, span]) => {
    const [a, b] = span.split('-');
    return [phrase.split(' ').map((w) => normalizeToken(w)), [Number(a), b === '' ? undefined : Number(b)]];
  },
);
const keys = (list: string) => new Set(lexiconWords('dates', list).map((w) => normalizeToken(w)));
const MONTHS_WORDS = keys('monthsWords');
/** lexicons/dates.json quartersWords: the first N quarters, 3N months. */
const QUARTERS_WORDS = keys('quartersWords');
const FIRST_WORDS = keys('firstWords');
/** The months a word of monthsWords (1) or quartersWords (3) counts; 0 for another word. */
const monthsPer = (key: string): number => (MONTHS_WORDS.has(key) ? 1 : QUARTERS_WORDS.has(key) ? 3 : 0);
/** lexicons/dates.json lastWords: the last N months of a year, with the year after them. */
const LAST_WORDS = keys('lastWords');
/** Tokens after the last N months within which the year word stands (of the year, من العام). */
const YEAR_AFTER = 3;
/** lexicons/dates.json yearWords: the year after a part of it (the first half of the year, الربع الأول من العام). */
export const YEAR_WORDS = keys('yearWords');
/** lexicons/dates.json monthsToWords: the six months to December, الأشهر الستة المنتهية في ديسمبر. */
const MONTHS_TO = keys('monthsToWords');
/** Tokens from "months" to the word of monthsToWords, and from that word to the month, at most. */
const MONTHS_TO_REACH = 3;

/**
 * The parts of the year that a sentence names as N months up to a month ("the six months to Dec. 31" as [7, 12],
 * الأشهر الثلاثة المنتهية في مارس as [1, 3]); monthAt gives the month (1-12) a token names, if any. Not a part that
 * runs into the year before (the six months to March).
 */
export function monthsTo(tokens: readonly Token[], monthAt: (i: number) => number | undefined): YearPart[] {
  const out: YearPart[] = [];
  for (const q of quantities(tokens as Token[])) {
    const n = q.value;
    if (!Number.isInteger(n) || n < 1 || n > 12) continue;
    // "six months" or الأشهر الستة: the months word on either side of the figure
    const after = MONTHS_WORDS.has(tokens[q.last + 1]?.key ?? '');
    if (!after && !MONTHS_WORDS.has(tokens[q.first - 1]?.key ?? '')) continue;
    // (where the words of the part begin, and the last of "N months" after which its "to" is looked for)
    const start = after ? q.first : q.first - 1,
      word = after ? q.last + 1 : q.last;
    let to = -1;
    for (let k = word + 1; k < tokens.length && k <= word + MONTHS_TO_REACH; k++)
      if (MONTHS_TO.has(tokens[k].key)) {
        to = k;
        break;
      }
    if (to < 0) continue;
    for (let k = to + 1; k < tokens.length && k <= to + MONTHS_TO_REACH; k++) {
      const m = monthAt(k);
      if (m === undefined) continue;
      if (m - n + 1 >= 1) out.push({ span: [m - n + 1, m], first: start, last: k });
      break;
    }
  }
  return out;
}

/** lexicons/dates.json sinceMonth: منذ يناير, since January. */
export const SINCE_MONTH = keys('sinceMonth');

/** A part of the year that a sentence names, with the tokens [first, last] that name it. */
export interface YearPart {
  span: MonthSpan;
  first: number;
  last: number;
}

/** The parts of a year that a sentence names, as spans of months (in the order found). */
export function yearParts(tokens: readonly Token[]): MonthSpan[] {
  return yearPartsAt(tokens).map((p) => p.span);
}

/**
 * Is a token's key the word w, or w with the proclitics news glues to a noun with its article (و، ف، ب، ك, and ل for
 * whose ال one ل stands: بالربع الأول، وللنصف الثاني)? "مقارنة بالربع الأول" was no part of the year, so a faithful line of
 * a fresh editor pair that says "عن الربع الأول" for it drew a swap once parts were compared (partSwaps).
 */
function atWithClitic(key: string, w: string): boolean {
  if (key === w) return true;
  if (!w.startsWith('ال') || key.length <= w.length) return false;
  const head = key.slice(0, key.length - w.length);
  if (key.endsWith(w)) return /^(?:[وف]?[بك]|[وف])$/.test(head);
  // (ل before ال writes one ل: لل)
  return key.endsWith(w.slice(1)) && /^[وف]?ل$/.test(key.slice(0, key.length - w.length + 1));
}

/** yearParts with where each part stands in the tokens. */
export function yearPartsAt(tokens: readonly Token[]): YearPart[] {
  const out: YearPart[] = [];
  for (let i = 0; i < tokens.length; i++)
    for (const [words, span] of PARTS)
      if (atWithClitic(tokens[i].key, words[0]) && wordsAt(tokens, i + 1, words.slice(1))) out.push({ span, first: i, last: i + words.length - 1 });
  // the first N months: الأشهر التسعة الأولى، the first nine months
  for (const q of quantities(tokens as Token[])) {
    const before = tokens[q.first - 1]?.key ?? '',
      after = tokens[q.last + 1]?.key ?? '',
      after2 = tokens[q.last + 2]?.key ?? '';
    // (or the first N quarters, its first 3N months: الأرباع الثلاثة الأولى; "the first three quarters", which the
    // figure reads as the share three quarters, its last token the quarters word)
    const shareOfQuarters = QUARTERS_WORDS.has(tokens[q.last].key) && q.last === q.first + 1 && q.also !== undefined;
    if (shareOfQuarters) {
      const k = Math.round(q.value / 25);
      if (FIRST_WORDS.has(before) && k >= 1 && k <= 4) out.push({ span: [1, 3 * k], first: q.first - 1, last: q.last });
      continue;
    }
    // (the months a word of the unit beside the figure counts: a month one, a quarter three)
    const per = Math.max(monthsPer(before), monthsPer(after));
    if (per === 3 && q.value > 4) continue;
    const n = q.value * Math.max(per, 1);
    if (!Number.isInteger(n) || n < 1 || n > 12) continue;
    const unitBefore = monthsPer(before) > 0,
      unitAfter = monthsPer(after) > 0;
    if (unitBefore && FIRST_WORDS.has(after)) out.push({ span: [1, n], first: q.first - 1, last: q.last + 1 });
    else if (FIRST_WORDS.has(before) && unitAfter) out.push({ span: [1, n], first: q.first - 1, last: q.last + 1 });
    else if (unitAfter && FIRST_WORDS.has(after2)) out.push({ span: [1, n], first: q.first, last: q.last + 2 });
    // the last N months of the year: الأشهر الثلاثة الأخيرة من العام، the final three months of the year
    else {
      const end = unitBefore && LAST_WORDS.has(after) ? q.last + 1 : LAST_WORDS.has(before) && unitAfter ? q.last + 1 : -1;
      if (end < 0) continue;
      let year = -1;
      for (let k = end + 1; k < tokens.length && k <= end + YEAR_AFTER; k++) {
        if (YEAR_WORDS.has(tokens[k].key)) {
          year = k;
          break;
        }
        if (!tokens[k].stop) break;
      }
      if (year >= 0) out.push({ span: [13 - n, 12], first: q.first - 1, last: end });
    }
  }
  return out;
}
