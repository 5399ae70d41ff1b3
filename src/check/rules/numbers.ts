import type { Rule, CheckContext, UnitAnalysis } from '../context.js';
import type { Claim } from '../../text/document.js';
import type { Severity } from '../types.js';
import { isChecked, severityFor, sourcesFigure, holdersOf, holdersWhere, ruleDocsUrl, keptPerCheck, sentenceAlignment } from '../context.js';
import {
  quantities,
  figureValues,
  withHalfAfter,
  withSubunit,
  spanWithUnitBefore,
  clockSpans,
  inNextScale,
  currencyLetters,
  lastSpans,
  spanSize,
  spanUnitOf,
  isOrdinalRun,
  figureHolds,
  roundedHolds,
  sourceReadings,
  amountWithPart,
  measureUnitAt,
  type MeasureReading,
  isSpanFigure,
  spanInUnits,
  listCounts,
  isDayOfMonth,
  isYear,
  percentAfter,
  isTimeUnit,
  wordsAt,
  hedgeStart,
  isHundredthOfCurrency,
  lessExcept,
  shareOfFigureBefore,
  shareNegated,
  restOfShareIn,
  isShareInWords,
  fractionOf,
  EXCEPT_KEY,
  type Quantity,
} from '../../text/numbers.js';
import { makeToken, type Token } from '../../text/tokenize.js';
import { passingTokens } from '../../text/document.js';
import { lexiconWords, lexiconValues, lexiconPhrases, isString, isNumber, listedAfterConjunction, withoutPronoun } from '../../text/lexicons.js';
import { isArabicChar } from '../../text/normalize.js';
import { carriedAround, wordsAround, sameWord, withNeighbours } from './window.js';
import { entityOf } from '../../text/entities.js';
import { partOfYearTokens, monthRangeLengths } from './entities.js';
import { yearPartsAt } from '../../text/year-parts.js';
import { futureImperfect } from '../../text/stopwords.js';

/** A number in the summary that its aligned source does not carry (Trados NumberMissing: an error). */
export const numberMismatch: Rule = {
  id: 'number-mismatch',
  severity: 'error',
  description: 'A number of the summary is not in the source sentences it was aligned with.',
  help: 'Numbers must match the source exactly (360 is not 460). Check the figure against the source sentence shown.',
  meta: {
    docs: { url: ruleDocsUrl('number-mismatch') },
    messages: {
      elsewhere: 'number {{number}} is not in the aligned source; the source has it in {{sentence}}',
      absent: 'number {{number}} appears nowhere in the source',
      otherCurrency: 'source {{sentence}} gives {{number}} in {{expected}}, not in {{actual}}',
      // the cross-language check's (src/xling/check.ts)
      xlingElsewhere: 'this figure is in the original, but not in the sentences this one translates',
      xlingAbsent: 'the original does not have this figure',
    },
  },
  run(ctx, emit) {
    // (the tokens of each summary sentence by id, made once: shareWithin reads a claim's whole sentence)
    for (const a of ctx.claims) {
      const { unit, support } = a;
      if (!isChecked(unit.kind)) continue;
      const qs = quantities(unit.tokens, ctx.summary.text);
      // the flag on a figure of the claim, against its support set
      const flagFigure = (q: Quantity, severity: Severity, said: { messageId: string; data: Record<string, string>; expected?: string; actual?: string }) =>
        emit({
          rule: this.id,
          severity: severityFor(unit.kind, severity),
          document: 'summary',
          start: q.start,
          end: q.end,
          unit: unit.id,
          sources: support.sources.map((i) => ctx.source.sentences[i].id),
          ...said,
        });
      for (const q of qs) {
        if (figureSourced(ctx, a, qs, q)) {
          // (a figure the source has in another currency: "France bought $301 million" for "at £301 million")
          const c = otherCurrency(ctx, support.sources, unit.tokens, q);
          if (c)
            flagFigure(q, this.severity, {
              messageId: 'otherCurrency',
              data: { sentence: ctx.source.sentences[c.sentence].id, number: ctx.summary.text.slice(q.start, q.end), expected: c.expected, actual: c.actual },
              expected: c.expected,
              actual: c.actual,
            });
          continue;
        }
        const values = figureValues(q);
        const holding = holdingFor(ctx, a, q);
        // (a proportion's parts hold it only all in one sentence, as sourcesFigure reads them: a source's 15 alone is no
        // holder of "13 من أصل 15")
        const own = q.parts ? figureValues({ ...q, parts: undefined }) : values;
        const holders = holding(own.flatMap((v) => holdersOf(ctx, v)).concat(partsHolders(ctx, q)));
        // (or by an editor's reading of a sentence beside the support set: "in its three and a half decades" for the
        // next sentence's "35-year history", a fresh editor pair's number error on a claim aligned one sentence off)
        if (holders.length === 0)
          for (const i of withNeighbours(support.sources, ctx.source.sentences.length, 1))
            if (!support.sources.includes(i) && derivedIn(ctx, [i], q, unit.tokens)) holders.push(i);
        // (or by a reading of its sentence's support set, when the clause alone went elsewhere: a clause of a few words,
        // "أي إلى ما قبل خمسة وثلاثين قرنا تقريبا", aligned by itself to another sentence, restates its sentence's source's
        // "قبل نحو 3500 عام": a fresh editor pair's number error)
        if (holders.length === 0) {
          const own = sentenceAlignment(ctx, unit.sentence)?.support.sources ?? [];
          const extra = own.filter((i) => !support.sources.includes(i));
          if (extra.length && derivedIn(ctx, extra, q, unit.tokens)) continue;
        }
        // (or a total cued as one whose parts a sentence outside the support set gives: "The plane, carrying 68 people in
        // all, touched down at 128 knots" fuses "carrying 64 passengers and four crew" from two sentences before, a dev
        // probe's faithful line)
        // (cued only: a sum of two counts with no cue is read in the support set alone, not in every sentence with figures)
        if (holders.length === 0) holders.push(...sumIn(ctx, withFigures(ctx), unit.tokens, q, true));
        // (or a span of time that a sentence elsewhere gives in another unit: "within a year and a half" for another
        // sentence's "18 months", two fresh editor pairs' faithful summaries drew a number error)
        if (holders.length === 0)
          for (const v of spanInUnits(unit.tokens, q))
            for (const i of holdersOf(ctx, v)) if (!holders.includes(i) && derivedIn(ctx, [i], q, unit.tokens)) holders.push(i);
        // (a hedged figure, "more than 4%", is held by a value in its range: 4.3)
        // (and an unhedged decimal before a scale by a value it rounds: 5.28 million for 5,284,000)
        if ((q.hedge || q.rounding !== undefined) && holders.length === 0)
          for (const i of holding(holdersWhere(ctx, (v) => values.includes(v) || figureHolds(values, q.hedge, v) || roundedHolds(q, v)))) holders.push(i);
        // a sentence outside the support set that has the number and much of the claim besides: the
        // claim fuses it in (guided for sales of $5bn), the figure is sourced
        if (holders.length && carriedAround(ctx.index, [wordsAround(unit.tokens, q.first, q.last)], holders)) continue;
        const elsewhere = holders.length ? holders[0] : -1;
        const text = ctx.summary.text.slice(q.start, q.end);
        const theirs = support.sources.length ? sourceFigure(ctx, support.sources[0], unit.tokens, q) : undefined;
        // (a year found elsewhere is still an error where the best sentence has another year after the same word: "موقوف بلا
        // محاكمة منذ أيار/مايو 2019" for "محتجز منذ أيار/مايو 2021", a planted date of the 112th batch that was only a warning
        // because another sentence of the source names 2019)
        // (unless a sentence elsewhere has the year after the same month: then it is sourced there, as WiCE's dated claims are)
        // (and so is the count of a run that the best sentence gives another count: "للمرة الثالثة على التوالي" for "للاجتماع
        // الرابع على التوالي", whose three a "لثلاثة أشهر" elsewhere held; a planted figure of the 207th batch of fresh editor pairs)
        const swapped =
          elsewhere >= 0 &&
          support.sources.length > 0 &&
          ((yearInSlot(ctx, support.sources[0], unit.tokens, q) && !holders.some((h) => yearAfterMonth(ctx, h, unit.tokens, q))) ||
            runInSlot(ctx, support.sources[0], unit.tokens, q));
        flagFigure(q, elsewhere >= 0 && !swapped ? 'warning' : this.severity, {
          ...(elsewhere >= 0
            ? { messageId: 'elsewhere', data: { number: text, sentence: ctx.source.sentences[elsewhere].id } }
            : { messageId: 'absent', data: { number: text } }),
          ...(theirs === undefined ? {} : { expected: theirs, actual: text }),
        });
      }
    }
  },
};

/** The source sentences that hold every part of a proportion (three in five: 3 and 5), none for another figure. */
function partsHolders(ctx: CheckContext, q: Quantity): number[] {
  if (!q.parts?.length) return [];
  const [first, ...rest] = q.parts.map((p) => holdersOf(ctx, p));
  return first.filter((i) => rest.every((h) => h.includes(i)));
}

/**
 * The figure of the best source sentence that the claim's figure stands in for, as the source writes
 * it: of the sentence's figures whose values the claim has none of (a figure the claim repeats is
 * accounted for), the one with the most of the claim figure's words around it (WINDOW content words
 * each way, by stem). None when no figure shares a word with it, or two share as many: the rule does
 * not guess (a sentence's only other figure is as often a year or a model number: "Long March 2D" for
 * "since 2012"). Read only for a flagged figure.
 */
function sourceFigure(ctx: CheckContext, best: number, tokens: Token[], q: Quantity): string | undefined {
  const src = ctx.source.sentences[best];
  const mine = new Set(quantities(tokens, ctx.summary.text).flatMap(figureValues));
  const around = wordsAround(tokens, q.first, q.last);
  let top = 0,
    pick: Quantity | undefined;
  for (const o of quantities(src.tokens, ctx.source.text)) {
    if (figureValues(o).some((v) => mine.has(v))) continue;
    const n = wordsAround(src.tokens, o.first, o.last).filter((w) => around.some((a) => sameWord(a, w))).length;
    if (n > top) {
      top = n;
      pick = o;
    } else if (n === top) pick = undefined;
  }
  return pick && ctx.source.text.slice(pick.start, pick.end);
}

/**
 * Is the claim's figure a year after a month that stands before another year in source sentence i, with no year of the
 * claim's value there? (A month only: after "in" a year found elsewhere in the source is as often another event's, and
 * read so, WiCE's dev claims lost 0.008 of balanced accuracy.)
 */
function yearInSlot(ctx: CheckContext, i: number, tokens: readonly Token[], q: Quantity): boolean {
  const before = tokens[q.first - 1];
  if (!isYear(q.value) || before === undefined || entityOf(before)?.cls !== 'month') return false;
  const st = passingTokens(ctx.source.sentences[i]);
  const years = quantities(st).filter((o) => isYear(o.value));
  return !years.some((o) => o.value === q.value) && years.some((o) => o.first > 0 && st[o.first - 1].kind === 'word' && sameWord(st[o.first - 1], before));
}

/** Is the claim's figure the count of a run (للمرة الثالثة، على التوالي) where source sentence i counts a run of another size? */
function runInSlot(ctx: CheckContext, i: number, tokens: readonly Token[], q: Quantity): boolean {
  if (!isOrdinalRun(tokens, q)) return false;
  const st = passingTokens(ctx.source.sentences[i]);
  const runs = quantities(st).filter((o) => isOrdinalRun(st, o));
  return runs.length > 0 && !runs.some((o) => o.value === q.value);
}

/** Does source sentence i have the claim's year right after the claim's month before it? */
function yearAfterMonth(ctx: CheckContext, i: number, tokens: readonly Token[], q: Quantity): boolean {
  const before = tokens[q.first - 1];
  const st = passingTokens(ctx.source.sentences[i]);
  return quantities(st).some((o) => o.value === q.value && o.first > 0 && sameWord(st[o.first - 1], before));
}

/**
 * "the two groups", "the two sides": English "the two" before a noun points back to a pair the text has named
 * (the drug and placebo groups; Kiev and Moscow), it does not count them anew, and a source that names the pair
 * has no figure 2 to find ("Rates of serious side effects were nearly identical in the two groups", a faithful
 * probe's restatement, was a number-mismatch error). Not when a support sentence counts the same noun ("the
 * three companies" for "the two companies" is a changed figure), and only for two.
 */
function anaphoricPair(ctx: CheckContext, sources: readonly number[], tokens: readonly Token[], q: { first: number; last: number }): boolean {
  const noun = tokens[q.first + 1];
  if (q.first !== q.last || q.first === 0 || tokens[q.first].key !== 'two' || tokens[q.first - 1].key !== 'the' || !noun || noun.kind !== 'word') return false;
  return !sources.some((i) => {
    const ts = ctx.source.sentences[i].tokens;
    return quantities(ts).some((x) => ts[x.last + 1] !== undefined && ts[x.last + 1].stem === noun.stem);
  });
}

/** lexicons/numbers.json differenceCues and ratioWords. */
const DIFFERENCE_CUES = new Set(lexiconWords('numbers', 'differenceCues').map((w) => makeToken(w, 0).key));
const RATIO_WORDS = new Set(lexiconWords('numbers', 'ratioWords').map((w) => makeToken(w, 0).key));
/** lexicons/numbers.json averageCues: words near a claim's figure that make it a quotient of two source figures. */
const AVERAGE_CUES = new Set(lexiconWords('numbers', 'averageCues').map((w) => makeToken(w, 0).key));
/** An Arabic unit with لل, "per" (للطن، للبرميل), after a figure: a rate's unit, as averageCues' words are. */
const PER_UNIT_AR = /^لل[\u0621-\u064A]{2,}$/;
/** Tokens before a claim's figure in which a difference cue stands (بزيادة 50 ألف، متقدماً بنحو تسع). */
const CUE_BEFORE = 3;
/** lexicons/numbers.json levelAfter: the words after a change that give the level it came to (لتصبح 65 ألفا، to 65), within CUE_AFTER tokens. */
const LEVEL_AFTER = new Set(lexiconWords('numbers', 'levelAfter').map((w) => makeToken(w, 0).key));
const CUE_AFTER = 4;
/** A computed figure rounded to six decimals, as the number rule compares what it derives (49 - 9.3 is 39.699999999999996). */
const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/** lexicons/numbers.json changeBy: verbs of change before "by" or a figure with ب. */
const CHANGE_BY = new Set(lexiconWords('numbers', 'changeBy').map((w) => makeToken(w, 0).key));

/**
 * Is the figure what a verb of change changed by: 'by' for "by" right before it (English) or ب on its first word (بسبعين،
 * بـ70), with a verb of changeBy within CUE_BEFORE (CHANGE_REACH in Arabic) tokens before that ("dropped by five", زادت
 * بسبعين شاحنة); 'bare' for an Arabic figure after such a verb and its subject alone (read more narrowly by arithmeticIn);
 * undefined for neither.
 */
function changedBy(tokens: readonly Token[], q: Quantity, text?: string): 'by' | 'bare' | undefined {
  // (ب on its hedge too: "قفز سعر طن الإسمنت في مصر بنحو سبعمئة جنيه"; an Arabic verb has its subject between, so the verb
  // may stand CHANGE_REACH tokens before)
  const h = hedgeStart(tokens as Token[], q.first);
  const first = tokens[h];
  if (tokens[h - 1]?.key === 'by') return tokens.slice(Math.max(0, h - 1 - CUE_BEFORE), h - 1).some((t) => CHANGE_BY.has(t.key)) ? 'by' : undefined;
  const withBa = /^ب\p{Script=Arabic}/u.test(first.text) || /^بـ?$/.test(tokens[h - 1]?.text ?? '');
  if (!withBa && !isArabicChar(first.text.charCodeAt(0)) && !/^\p{Nd}/u.test(first.text)) return undefined;
  const from = Math.max(0, h - CHANGE_REACH);
  // (with و or ف glued too before a figure with ب: "وزاد عدد المستفيدين بـ950 مواطنا" for 6,850 against 5,900, a faithful line
  // of the 174th batch of fresh editor pairs; not before a bare one, "وارتفع إنتاجها 800 ألف طن إلى 11.2 مليون", whose figures
  // of another pair, 11.4 and 10.6, let a planted amount through)
  const verb = tokens
    .slice(from, h)
    .findLastIndex(
      (t) =>
        isChangeKey(t.key) || (withBa && (listedAfterConjunction(CHANGE_BY, t.key) !== undefined || listedAfterConjunction(EXCEED_BY, t.key) !== undefined)),
    );
  if (verb < 0) return undefined;
  // (or, in Arabic, the figure right after the verb's subject with no level word between, the amount it changed by:
  // "قصر متوسط مدة التحقيق فيها ثلاثة أشهر" for "تراجع … من ثمانية أشهر إلى خمسة", a fresh editor pair's faithful line;
  // "ارتفع إلى 70" is a level; and not a percentage, a relative change the source states: "قرر النادي خفض رواتب الجهاز الفني
  // بنسبة 15%", an invented sentence of the fresh pairs, was excused by two figures 15 apart)
  if (withBa) return 'by';
  // (or an English verb of losing or adding right before the figure, its object: "the plan has shed 40 retail units" for the
  // source's "fallen from 180 to 140", a faithful line of the 228th batch of fresh editor pairs; lexicons/numbers.json
  // amountObjectVerbs)
  if (from + verb === h - 1 && AMOUNT_OBJECT_VERBS.has(tokens[h - 1].key) && text !== undefined && !percentAt(text, tokens, q.last)) return 'bare';
  return text !== undefined &&
    isArabicChar(tokens[from + verb].text.charCodeAt(0)) &&
    !percentAt(text, tokens, q.last) &&
    !tokens.slice(from + verb + 1, h).some((t) => LEVEL_AFTER.has(t.key) || t.kind === 'number')
    ? 'bare'
    : undefined;
}
/**
 * A verb of changeBy by its key, or with the future's س before it (سترفع الكويت سعر اللتر عشرين فلساً, a faithful line of the
 * 189th batch of fresh editor pairs that drew a number error for 85 to 105 فلسا).
 */
const isChangeKey = (k: string): boolean => CHANGE_BY.has(k) || (futureImperfect(k) && CHANGE_BY.has(k.slice(1)));
/** lexicons/numbers.json amountObjectVerbs: English verbs of change whose object is the amount changed by (shed 40 units). */
const AMOUNT_OBJECT_VERBS = new Set(lexiconWords('numbers', 'amountObjectVerbs').map((w) => makeToken(w, 0).key));
/** lexicons/numbers.json exceedBy: Arabic verbs of exceeding before a figure with ب, its difference from what was exceeded. */
const EXCEED_BY = new Set(lexiconWords('numbers', 'exceedBy').map((w) => makeToken(w, 0).key));
/** Tokens before an Arabic figure with ب within which its verb of change stands, past the verb's subject (changedBy). */
const CHANGE_REACH = 6;

/** lexicons/numbers.json additionalAfter: words after a figure's noun that make the figure what was added. */
const ADDITIONAL_AFTER = new Set(lexiconWords('numbers', 'additionalAfter').map((w) => makeToken(w, 0).key));
/** lexicons/numbers.json differenceCuesAfter: words right after a figure that make it a difference ("50 fewer", "nine more"). */
const DIFFERENCE_CUES_AFTER = new Set(lexiconWords('numbers', 'differenceCuesAfter').map((w) => makeToken(w, 0).key));

/**
 * Is a claim's figure the difference or the ratio of two figures of its support set, as its words say (a cue
 * before it: بزيادة 50 ألف جرعة for 400 ألف against 350 ألف; متقدماً بنحو تسع نقاط for 54.3 against 45.7; a
 * ratio word after it: أربعة أمثالها for 200 ألف against 50 ألف)? Without a cue no arithmetic is read: sums
 * excused changed figures on the probe pairs (sourceReadings), and a figure that happens to equal a
 * difference is more likely changed than computed. Within its hedge's range when hedged (more than three times).
 */
/**
 * Is a claim's figure cued as a difference: a cue before it (differenceCues), a verb of change before "by" or ب (changedBy),
 * or a cue right after it ("some 50 fewer than a year before"), not a percent's ("sold 19% fewer items" is a relative change,
 * which the source states, not the difference of two of its figures; 31 - 12, a day of December and twelve months, excused a
 * planted 19% for the source's 9% in the 85th batch)?
 */
function differenceCued(ctx: CheckContext, tokens: readonly Token[], q: Quantity): boolean {
  return differenceCuedByWord(ctx, tokens, q) || changedBy(tokens, q, ctx.summary.text) !== undefined;
}

/**
 * Is a figure cued as a difference (differenceCued) that of two figures of one source sentence that has the noun after it,
 * the thing it counts ("by a margin of fourteen votes": a sentence with "votes" and 41 and 27)? Read through that noun's
 * postings, so a large source is not scanned; only when its support set and the sentences beside it hold no such pair.
 */
function differenceWithNoun(ctx: CheckContext, tokens: readonly Token[], q: Quantity): boolean {
  const noun = tokens[q.last + 1];
  // (or a word of what was added after the noun: "نصف مليون أسرة إضافية"; lexicons/numbers.json additionalAfter)
  if (!noun || noun.stop || noun.kind !== 'word' || !(differenceCued(ctx, tokens, q) || ADDITIONAL_AFTER.has(tokens[q.last + 2]?.key ?? ''))) return false;
  const values = figureValues(q);
  for (const i of sentencesWithWord(ctx, noun)) {
    const have = ctx.sourceQuantities[i];
    for (const a of have) for (const v of values) if (a > v && have.includes(round6(a - v))) return true;
  }
  return false;
}

/**
 * The source sentences that have a word of the claim, read through its postings (a large source is not scanned): the whole
 * of a share, the count a rate is per, the pair a difference is of (differenceWithNoun, shareOfNoun, rateWithNoun).
 */
function* sentencesWithWord(ctx: CheckContext, word: Token): Generator<number> {
  const query = ctx.index.query([word]);
  if (query.keys.length === 0) return;
  for (const i of ctx.index.mayCarry(query, 1)) if (ctx.index.coverage(query, i) >= 1) yield i;
}

/**
 * Is a claim's figure a rate per a thing (an Arabic unit with لل after its own unit, "بمعدل نحو 193 مسافراً للرحلة الواحدة";
 * "193 passengers per flight") that a figure of the claim's sentence or of the sentences around its support set makes when
 * divided by a figure of a source sentence with that thing's noun ("وبلغ عدد الرحلات … اثنين وعشرين ألفاً وخمسمئة رحلة", four
 * sentences on)? A faithful line of the 177th batch of fresh editor pairs. Read through the noun's postings, as
 * differenceWithNoun reads its noun.
 */
function rateWithNoun(ctx: CheckContext, a: UnitAnalysis<Claim>, said: readonly Token[], q: Quantity): boolean {
  const tokens = a.unit.tokens;
  const at = tokens[q.last + 2];
  const per = at !== undefined && PER_UNIT_AR.test(at.key) ? at : at !== undefined && PER_WORDS.has(at.key) ? tokens[q.last + 3] : undefined;
  if (per === undefined || per.stop || per.kind !== 'word') return false;
  const parts = figuresAround(ctx, a, said, q);
  for (const i of sentencesWithWord(ctx, per))
    for (const d of figuresOf(ctx, i)) if (!isYear(d)) for (const n of parts) if (n > d && figureHolds([q.value], q.hedge, round6(n / d))) return true;
  return false;
}

/**
 * The figures a claim's figure may be computed from beyond its support set: the other figures of its whole sentence (not a
 * share in words) and those of the sentences around its support set, once each, positive, no year (rateWithNoun, shareOfLevel).
 */
function figuresAround(ctx: CheckContext, a: UnitAnalysis<Claim>, said: readonly Token[], q: Quantity): number[] {
  const own = quantitiesOf(said, ctx.summary.text)
    .filter((x) => x.start !== q.start && x.also === undefined)
    .map((x) => x.value);
  return [...new Set(own.concat(aroundSupport(ctx, a).flatMap((i) => figuresOf(ctx, i))))].filter((x) => x > 0 && !isYear(x));
}
/** lexicons/numbers.json othersWords, by key. */
const OTHERS = new Set(lexiconWords('numbers', 'othersWords').map((w) => makeToken(w, 0).key));
/** lexicons/numbers.json perYearAfter, by key, and how far after a source figure one stands (past its unit and "a"). */
const PER_YEAR = new Set(lexiconWords('numbers', 'perYearAfter').map((w) => makeToken(w, 0).key));
const PER_YEAR_REACH = 5;
/**
 * Is a claim's figure a yearly rate of a source sentence around its support set times the years of a span its own sentence
 * names ("between 4.3 million and 4.8 million homes over the next 10 years" for "430,000 to 480,000 homes a year over the
 * next decade")? The rate is a figure with a word of perYearAfter within PER_YEAR_REACH tokens after it.
 */
function totalOfRate(ctx: CheckContext, a: UnitAnalysis<Claim>, said: readonly Token[], q: Quantity): boolean {
  const years = quantitiesOf(said, ctx.summary.text)
    .map((x) => spanYears(said, x))
    .filter((y) => Number.isInteger(y) && y > 1);
  if (years.length === 0) return false;
  for (const i of aroundSupport(ctx, a)) {
    const st = ctx.source.sentences[i].tokens;
    for (const r of sourceQuantitiesAt(ctx, i)) {
      if (!st.slice(r.last + 1, r.last + 1 + PER_YEAR_REACH).some((t) => PER_YEAR.has(t.key))) continue;
      for (const y of years) if (figureHolds(figureValues(q), q.hedge, round6(r.value * y)) || roundedHolds(q, round6(r.value * y))) return true;
    }
  }
  return false;
}

/** "per", "each" before the thing a rate is per ("193 passengers per flight"). */
const PER_WORDS = new Set(['per', 'each', 'a', 'an']);

/**
 * Is a claim's figure, cued, the difference or (as an average or a ratio) the quotient of two figures of the sentences (or a
 * change's amount against its level)? `own`: figures of the claim's whole sentence that a quotient may take as its parts.
 */
function arithmeticIn(
  ctx: CheckContext,
  sources: readonly number[],
  tokens: readonly Token[],
  q: Quantity,
  qs: readonly Quantity[],
  own: readonly Quantity[] = qs,
  quotientOnly = false,
): boolean {
  // (or a verb of change before "by" or ب: then a level after it, when there is one, is one of the two figures, as below)
  const change = changedBy(tokens, q, ctx.summary.text);
  const byChange = change !== undefined;
  const cued = differenceCued(ctx, tokens, q);
  // (or the level it came to after it: رفعت ثمن الربطة خمسة آلاف ليرة لتصبح 65 ألفا, "rose 5 points to 65": then the
  // difference is the level's with another figure, not any two figures' (a planted "rose by seven percentage points
  // to 58%" against 49 to 58 was excused by the 91 and 84 of the next sentence)
  const level = cued && !byChange ? undefined : levelAfter(tokens, q, qs);
  // (or a word of an average close by: "ثلاثون ألفا في المتوسط لكل عائلة" for 420 ألف دولار shared by 14 families, "an
  // average of $30,000 a family"; a fresh editor pair's faithful summary drew a number error: a quotient, as a ratio is)
  const ratio =
    (tokens[q.last + 1] !== undefined && RATIO_WORDS.has(tokens[q.last + 1].key)) ||
    tokens.slice(Math.max(0, q.first - CUE_BEFORE), q.last + 1 + CUE_AFTER).some((t) => AVERAGE_CUES.has(t.key)) ||
    PER_UNIT_AR.test(tokens[q.last + 2]?.key ?? '');
  // (or a span of time that says when after or before something: "sealed two days later" for a hull breach "on the
  // evening of August 8" and a crack "sealed on August 10", a fresh editor pair's number error; spanCues)
  const span = !cued && spanAt(tokens, q);
  if ((!cued && level === undefined && !ratio && !span) || (quotientOnly && !ratio)) return false;
  // (a figure after an Arabic verb of change with no ب, its amount by the word order alone, is the difference of two figures
  // of one sentence that has the word after it, the unit of both: "قصر متوسط مدة التحقيق ثلاثة أشهر" for "من ثمانية أشهر
  // إلى خمسة"; of any two figures of the support set and the sentences beside it, a day of the month less a count of
  // witnesses excused a changed "سبعة أشهر")
  const bare = change === 'bare' && level === undefined && !ratio && !span && !differenceCuedByWord(ctx, tokens, q);
  if (bare) return sources.some((i) => unitIn(ctx, i, tokens[q.last + 1]) && differenceOf(figuresOf(ctx, i), figureValues(q), q.hedge));
  // (a quotient may take the claim's own other figures as parts: "بمعدل يقارب 5,840 مركبة شهريا" for 58,412 vehicles in the
  // "الأشهر العشرة الأولى" it names; no year divides or is divided)
  const figures = sources.flatMap((i) => figuresOf(ctx, i));
  if (ratio) for (const x of own) if (x.start !== q.start && x.also === undefined && x.value > 0 && !isYear(x.value)) figures.push(x.value);
  // (a change in a currency's hundredths, of two figures in the currency: "go up by 40 cents to 2.40 euros" for a ticket "from
  // 2 euros to 2.40 euros", a fresh editor pair's faithful line)
  const values = isHundredthOfCurrency(tokens[q.last + 1]?.key ?? '') ? [...figureValues(q), q.value / 100] : figureValues(q);
  // (a quotient when cued as one, and a difference when cued as one too: "about 6,000 dollars more per head" is a difference
  // with a rate's word beside it, as "طاقة المحطة ستزيد بتسعمئة ألف حاوية نمطية سنوياً" is)
  const difference = !quotientOnly && (cued || level !== undefined || span);
  // (a source figure is the level when it is the level's value, or within the level's hedge)
  const isLevel = (v: number) => level !== undefined && (v === level.value || (level.hedge !== undefined && figureHolds([level.value], level.hedge, v)));
  for (let a = 0; a < figures.length; a++)
    for (let b = 0; b < figures.length; b++) {
      if (a === b || figures[a] <= figures[b]) continue;
      if (ratio && figureHolds(values, q.hedge, round6(figures[a] / figures[b]))) return true;
      if (!difference) continue;
      if ((!cued || byChange) && !span && level !== undefined && !isLevel(figures[a]) && !isLevel(figures[b])) continue;
      if (span && !(isDayOfMonth(figures[a]) && isDayOfMonth(figures[b]))) continue;
      if (figureHolds(values, q.hedge, round6(figures[a] - figures[b]))) return true;
    }
  return false;
}

/** Is a figure cued as a difference by a word (differenceCues before it, differenceCuesAfter after it), not by a verb of change alone? */
/** Is a hedged figure's hedge after "by", or its first word an Arabic one with ب glued (بأكثر من، بنحو): a change's amount? */
function byBefore(tokens: readonly Token[], q: Quantity): boolean {
  const h = hedgeStart(tokens as Token[], q.first);
  return tokens[h - 1]?.key === 'by' || (h < q.first && tokens[h].key.startsWith('ب') && isArabicChar(tokens[h].key.charCodeAt(0)));
}

function differenceCuedByWord(ctx: CheckContext, tokens: readonly Token[], q: Quantity): boolean {
  // (the figure's first word, or its hedge's)
  const h = q.hedge === undefined ? q.first : hedgeStart(tokens as Token[], q.first);
  // (the cue after the figure, or after its unit: "some 28,000 tonnes below this year's level")
  const after = (k: number) => tokens[k] !== undefined && DIFFERENCE_CUES_AFTER.has(tokens[k].key);
  const unitThenCue = tokens[q.last + 1] !== undefined && !tokens[q.last + 1].stop && tokens[q.last + 1].kind === 'word' && after(q.last + 2);
  // (percentage points are a difference of two percentages, not a relative change: "Six percentage points separate the rise
  // management offers from the one the union wants" for 4 and 10 percent)
  const points = POINTS.has(tokens[q.last + 2]?.key ?? '') && after(q.last + 3);
  // (or an Arabic comparative and its من a few words before a figure with ب glued: "فافتتحت أعلى من سعر الطرح بثمانية ريالات" for
  // 46 against a price of 38, a fresh editor pair's faithful line, 129th batch)
  // (or right before it, its من after the figure: "جاء عائد شريحة السنوات العشر أعلى بخمس وثلاثين نقطة أساس من عائد شريحة
  // السنوات الخمس" for 4.95 against 4.6 في المئة, a faithful line of the 177th batch of fresh editor pairs)
  // (or its hedge with ب glued, and an Arabic word of "below" or "above" a few words before, no من needed: "وجاء دون توقعات
  // المحللين بنحو 33 مليون درهم" for a profit of 212 against the analysts' 245 two sentences on, a fresh editor pair's
  // faithful line; lexicons/numbers.json arabicBelowAbove)
  const glued = tokens[q.first].key.startsWith('ب') ? q.first : q.hedge !== undefined && tokens[h].key.startsWith('ب') ? h : -1;
  const comparedBy =
    (glued === q.first &&
      (tokens.slice(Math.max(0, q.first - COMPARED_REACH), q.first - 1).some((t, k, a) => COMPARATIVES_AR.has(t.key) && a[k + 1]?.key === 'من') ||
        COMPARATIVES_AR.has(tokens[q.first - 1]?.key ?? ''))) ||
    (glued >= 0 && tokens.slice(Math.max(0, glued - COMPARED_REACH), glued).some((t) => BELOW_ABOVE_AR.has(t.key)));
  return (
    // (a cue with an Arabic pronoun glued: بزيادته خمسة دنانير, "by raising it five dinars", a fresh editor pair's faithful
    // line for 10 and 15 دينارا, 135th batch)
    // (not the figure's own hedge: "أكثر من ثلاثة أرباع هذه الحوالات", "more than three quarters", is no difference; a planted
    // share of the 174th batch of fresh editor pairs was read as the difference of two source figures)
    // (but "by" before it, "beating Whitfield by more than five percentage points", keeps the hedge's word a difference's cue)
    // (counted back from the hedge's first word: "an increase of just over a thousand cedis" for 3,625 against 2,600, a faithful
    // line of the 139th batch of fresh editor pairs, whose cue stood four words before the figure)
    tokens
      .slice(Math.max(0, h - CUE_BEFORE), q.hedge === undefined || byBefore(tokens, q) ? q.first : h)
      .some((t) => DIFFERENCE_CUES.has(t.key) || DIFFERENCE_CUES.has(withoutPronoun(t.key))) ||
    points ||
    comparedBy ||
    ((after(q.last + 1) || unitThenCue) && !percentAt(ctx.summary.text, tokens, q.last)) ||
    // (or a noun of a gap before it in the claim: "وبلغ الفارق بين أعلى معدل … وأدناه … 2.6 نقطة مئوية")
    tokens.slice(Math.max(0, q.first - GAP_REACH), q.first).some((t) => GAP_NOUNS.has(t.key)) ||
    // (or a phrase right before it: "all but eight of the council's 31 members")
    DIFFERENCE_PHRASES.some((p) => q.first >= p.length && wordsAt(tokens, q.first - p.length, p))
  );
}
/** lexicons/numbers.json differenceNouns, and the tokens before a figure within which one stands. */
const GAP_NOUNS = new Set(lexiconWords('numbers', 'differenceNouns').map((w) => makeToken(w, 0).key));
const GAP_REACH = 12;
/** lexicons/numbers.json differencePhrases, as matching keys. */
const DIFFERENCE_PHRASES = lexiconPhrases('numbers', 'differencePhrases');
/** lexicons/numbers.json arabicComparatives: أعلى، أدنى، أكثر … before من, and the tokens before a figure within which one stands. */
const COMPARATIVES_AR = new Set(lexiconWords('numbers', 'arabicComparatives').map((w) => makeToken(w, 0).key));
const COMPARED_REACH = 6;
const BELOW_ABOVE_AR = new Set(lexiconWords('numbers', 'arabicBelowAbove').map((w) => makeToken(w, 0).key));
/** "points" after "percentage", by key. */
const POINTS = new Set(['points', 'point']);

/** Does source sentence i have the word (the unit after a claim's figure), by stem? */
const unitIn = (ctx: CheckContext, i: number, unit: Token | undefined): boolean =>
  unit !== undefined &&
  !unit.stop &&
  (ctx.source.sentences[i].tokens.some((t) => sameWord(t, unit)) ||
    // (or points, of a sentence of percentages: "هبط في فنادق المدينة ست نقاط" for "تراجعت … إلى 64 في المئة من 70 في
    // المئة", a fresh editor pair's faithful line, 215th batch)
    (POINT_UNITS.has(unit.key) && ctx.source.sentences[i].tokens.some((_t, k, ts) => percentAfter(ts as Token[], k))));
/** Words of points after a figure, by key: a difference of two percentages told in points (نقاط، نقطة، points). */
const POINT_UNITS = new Set([...POINTS, ...['نقاط', 'نقطة', 'نقطتين', 'نقطتان'].map((w) => makeToken(w, 0).key)]);

/** Is one of the values (within the hedge, when there is one) the difference of two of the figures? */
function differenceOf(figures: readonly number[], values: readonly number[], hedge: Quantity['hedge']): boolean {
  for (const a of figures) for (const b of figures) if (a > b && figureHolds(values, hedge, round6(a - b))) return true;
  return false;
}

/** lexicons/numbers.json spanCues: after a span of time ("two days later", بعد يومين), the span is a difference of two dates. */
const SPAN_CUES = new Set(lexiconWords('numbers', 'spanCues').map((w) => makeToken(w, 0).key));
/** Is the claim's figure a span of days, weeks or years with a word of spanCues right after its unit or right before it? */
function spanAt(tokens: readonly Token[], q: Quantity): boolean {
  const unit = tokens[q.last + 1];
  if (unit === undefined || !isTimeUnit(unit.key)) return false;
  const after = tokens[q.last + 2],
    before = tokens[q.first - 1];
  return (after !== undefined && SPAN_CUES.has(after.key)) || (before !== undefined && SPAN_CUES.has(before.key));
}

/** lexicons/numbers.json sumCues: words beside a claim's figure that make it a total ("68 people in all", بإجمالي). */
const SUM_CUES = new Set(lexiconWords('numbers', 'sumCues').map((w) => makeToken(w, 0).key));
/** Most figures of one sentence added up for a cued total: "64 passengers and four crew", "12 dead, 40 hurt and 3 missing". */
const SUM_PARTS = 3;

/**
 * Is a claim's figure, cued as a total (within CUE_BEFORE tokens before it or CUE_AFTER after it: "carrying 68 people
 * in all", ما مجموعه 68), the sum of two or three figures of one support sentence ("64 passengers and four crew")?
 * Without a cue no sum is read (text/numbers.ts sourceReadings says why) but two counts of a support sentence joined by
 * "and" (pairedSum; not with `cuedOnly`, which the look through every sentence with figures asks: read there for each
 * figure a sentence's support set lacks, it made the Arabic 100,000-sentence bench pair 6% slower), and the parts must
 * stand in one sentence: a total is what a sentence gives apart, not what a claim gathers from a whole report.
 */
function sumIn(ctx: CheckContext, sources: readonly number[], tokens: readonly Token[], q: Quantity, cuedOnly = false): number[] {
  const near = [...tokens.slice(Math.max(0, q.first - CUE_BEFORE), q.first), ...tokens.slice(q.last + 1, q.last + 1 + CUE_AFTER)];
  const values = figureValues(q);
  // (without a cue, a count that is two counts of a source sentence joined by "and": "205 people on board" for "carrying 186
  // passengers and 19 crew", a fresh editor pair's faithful line drew a number error)
  if (!near.some((t) => SUM_CUES.has(t.key)))
    return !cuedOnly && q.hedge === undefined && Number.isInteger(q.value) && countedAfter(tokens, q.last)
      ? sources.filter((i) => pairedSum(ctx, i, values, tokens[q.last + 1]))
      : [];
  const out: number[] = [];
  for (const i of sources) if (sumOf(ctx, i, values, q.hedge)) out.push(i);
  return out;
}

/** Most tokens between two counts of a source sentence that "and" joins (186 passengers and 19 crew: three). */
const PAIR_GAP = 4;

/**
 * Are two counts of source sentence i, whole numbers each with a noun after it, joined by and/و, together one of the values,
 * counting a noun that neither of them counts? "68 passengers" is no sum of "64 passengers and four crew": a changed figure.
 */
function pairedSum(ctx: CheckContext, i: number, values: readonly number[], noun: Token): boolean {
  const tokens = passingTokens(ctx.source.sentences[i]);
  const qs = quantities(tokens);
  for (let k = 0; k + 1 < qs.length; k++) {
    const a = qs[k],
      b = qs[k + 1];
    if (!Number.isInteger(a.value) || !Number.isInteger(b.value) || b.first - a.last > PAIR_GAP || !values.includes(a.value + b.value)) continue;
    if (!countedAfter(tokens, a.last) || !countedAfter(tokens, b.last)) continue;
    if (sameWord(tokens[a.last + 1], noun) || sameWord(tokens[b.last + 1], noun)) continue;
    const between = tokens.slice(a.last + 1, b.first);
    if (between.some((t) => t.key === 'and' || t.key === 'و') || tokens[b.first].key.startsWith('و')) return true;
  }
  return false;
}

/**
 * The whole of an amount that a claim tells in two figures, each with the same unit word after it (text/numbers.ts
 * amountWithPart): for either figure of such a pair, the sum; undefined otherwise.
 */
function amountOf(tokens: readonly Token[], qs: readonly Quantity[], q: Quantity): number | undefined {
  const first = amountWithPart(tokens, qs, q);
  if (first !== undefined) return first;
  const before = qs.find((x) => x.last + 2 === q.first || (x.last + 3 === q.first && tokens[x.last + 2].key === 'و'));
  return before && amountWithPart(tokens, qs, before);
}

/** lexicons/numbers.json shareOfChangeCues: "by", بنسبة before a claim's share or percentage. */
const CHANGE_CUES = new Set(lexiconWords('numbers', 'shareOfChangeCues').map((w) => makeToken(w, 0).key));

/** Words that restate what came before ("or", أي، أو, by key), and the tokens before a figure after one within which a change's cue stands. */
const RESTATING = new Set(['or', 'أي', 'أو'].map((w) => makeToken(w, 0).key));
const RESTATED_BEFORE = 8;
/**
 * Is a claim's share or percentage, cued as a change (by a third, بنسبة 25 في المئة: within CUE_BEFORE tokens after the cue),
 * the relative change between two figures of one sentence (12 and 8: a third, to the claim's precision: 33% too)?
 */
function changeIn(ctx: CheckContext, sources: readonly number[], tokens: readonly Token[], q: Quantity): boolean {
  // (or a verb of change right before a percentage, past its hedge: "are projected to climb about 7% to 105.5 million tons" for
  // 98.4 to 105.5 million, a faithful line of the 171st batch of fresh editor pairs drew a number error)
  // (past a restating "or", "i.e." right before the figure or its hedge, further back: "بزيادة 104 مليارات جنيه، أو نحو 18 في
  // المئة", a faithful line of the 177th batch of fresh editor pairs)
  const restated = RESTATING.has(tokens[hedgeStart(tokens as Token[], q.first) - 1]?.key ?? '');
  const before = tokens.slice(Math.max(0, q.first - (restated ? RESTATED_BEFORE : CUE_BEFORE)), q.first);
  // (or the Arabic "by" glued to the percentage's hedge: بزيادة 813 ألف نسمة، أي بأكثر من 18 في المئة, "by more than 18%",
  // for a source's two levels, 4,471,000 and 5,284,000, a faithful line of the 171st batch of fresh editor pairs)
  const h = q.hedge === undefined ? undefined : tokens[hedgeStart(tokens as Token[], q.first)];
  const byHedge = !!h?.key.startsWith('ب') && h.start < tokens[q.first].start && percentAt(ctx.summary.text, tokens, q.last);
  if (!byHedge && !before.some((t) => CHANGE_CUES.has(t.key)) && !(before.some((t) => CHANGE_BY.has(t.key)) && percentAt(ctx.summary.text, tokens, q.last)))
    return false;
  if (q.value <= 0 || q.value >= 100) return false;
  // (to the claim's precision: a third is 33.33…, "33%" is whole)
  const decimals = q.also !== undefined ? 6 : (String(q.value).split('.')[1] ?? '').length;
  const same = (change: number) => Math.abs(change - q.value) < 0.5 * 10 ** -decimals + 1e-9 || figureHolds([q.value], q.hedge, round6(change));
  const close = (change: number) =>
    Math.abs(change - q.value) < 0.5 * 10 ** -decimals + 1e-9 || (q.hedge === 'about' && figureHolds([q.value], q.hedge, round6(change)));
  // (from a to b, either way: a fall from 12 to 8 is a third, a rise from 8 to 10 a quarter)
  for (const i of sources) {
    // (of two levels, not of two percentages: a sentence's "rose 22%, while energy costs fell about 15%" made a planted 32%
    // for the 22% a relative change, (22 - 15) / 22, a number error of the 203rd batch of fresh editor pairs that drew nothing)
    const percents = percentOnly(ctx, i);
    const figures = figuresOf(ctx, i).filter((v) => !percents.has(v));
    for (const a of figures) for (const b of figures) if (a !== b && same((Math.abs(a - b) / a) * 100)) return true;
    // (or an amount of change "by" against the level it came "to": "increased by 128,000 to 3.3 million" is a rise of about 4%,
    // a fall "by 420,000 to 7.96 million" one of 5%; a faithful line of the 171st batch of fresh editor pairs drew a number
    // error on "rose by about 4%". Only that pair, and to the claim's precision or within its "about": any two figures of a
    // sentence, or a bound, "more than 40%", let two planted figures through)
    const st = ctx.source.sentences[i].tokens;
    const sq = quantitiesOf(st, ctx.source.text);
    for (const by of sq) {
      if (changeRole(st, by) !== 'by') continue;
      for (const to of sq)
        if (
          to.first > by.last &&
          to.value > by.value &&
          changeRole(st, to) === 'to' &&
          (close((by.value / (to.value - by.value)) * 100) || close((by.value / (to.value + by.value)) * 100))
        )
          return true;
    }
  }
  return false;
}

/**
 * Is a claim's share in words (نصف، a third: a figure with its fraction) the ratio of two counts of one sentence, to its
 * hedge's range (exact when it has none): "أقل بقليل من نصف المخابز المصنفة البالغ عددها 3200" for "نحو 1500 مخبزة من
 * أصل 3200" (46.9%), "أكثر من نصف المسروقات، أي 21 قطعة" for "21 قطعة من أصل 38" (55%): two fresh editor pairs' faithful
 * restatements drew number errors. Counts only: whole numbers, no year, no percentage (40% and 60% are no two-thirds).
 */
function shareOfCounts(ctx: CheckContext, sources: readonly number[], q: Quantity, percent = false): boolean {
  // (or a percentage in digits: "fewer than 7% of the invoiced trips" for "only 11 of the 160 invoiced tanker trips", a fresh
  // editor pair's faithful line)
  if (!inWords(q) && !percent) return false;
  return sources.some((i) => ratioOfCounts(q, sourceCounts(ctx, i)));
}

/**
 * Is a share in words of a noun (أكثر من ربع سكان السلطنة, "a third of the workforce") the ratio of a count of the sentences
 * around its support set to a count of a source sentence that has the noun, the whole it is a share of? "ويقطن محافظة مسقط
 * أكثر من ربع سكان السلطنة" for Muscat's 1,472,000 against "عدد سكان سلطنة عُمان بلغ خمسة ملايين و284 ألف" three sentences
 * before: a faithful line of the 171st batch of fresh editor pairs. The whole is read through the noun's postings.
 */
function shareOfNoun(ctx: CheckContext, a: UnitAnalysis<Claim>, q: Quantity): boolean {
  if (!inWords(q)) return false;
  const tokens = a.unit.tokens;
  const noun = tokens.slice(q.last + 1, q.last + 3).find((t) => !t.stop && t.kind === 'word');
  if (noun === undefined) return false;
  const parts = aroundSupport(ctx, a).flatMap((i) => countsOf(ctx.source.sentences[i].tokens, (x) => percentAfter(ctx.source.sentences[i].tokens, x.last)));
  if (parts.length === 0) return false;
  for (const i of sentencesWithWord(ctx, noun)) {
    const st = ctx.source.sentences[i].tokens;
    for (const whole of countsOf(st, (x) => percentAfter(st, x.last))) for (const part of parts) if (shareHolds(q, part, whole)) return true;
  }
  return false;
}

/**
 * Is a share in words after a count of the claim's sentence ("اثنتين وتسعين منها، أي قرابة الثلثين", 92 of them, about two
 * thirds) that count's ratio to a count of the sentences around the support set, the whole it is a share of (137 pieces, two
 * sentences before)? A faithful line of the 175th batch of fresh editor pairs. Counts only, as shareOfCounts reads them; the
 * part is a count of the claim's own sentence, before the share.
 */
function shareOfCountBefore(ctx: CheckContext, a: UnitAnalysis<Claim>, said: readonly Token[], q: Quantity): boolean {
  if (!inWords(q)) return false;
  const at = said.findIndex((t) => t.start === a.unit.tokens[q.first].start);
  if (at < 0) return false;
  const parts = countsOf(said.slice(0, at), (x) => percentAt(ctx.summary.text, said, x.last));
  if (parts.length === 0) return false;
  const wholes = aroundSupport(ctx, a).flatMap((i) => sourceCounts(ctx, i));
  for (const part of parts) for (const whole of wholes) if (shareHolds(q, part, whole)) return true;
  // (or "of them" after the share, the count before it the whole: "At least 23 people, nearly half of them children" for the
  // source's 23 and "Eleven of the dead were children" four sentences on, a fresh editor pair's faithful line; the part a count
  // of a sentence with the noun after "of them", read through its postings, or of the sentences around the support set)
  const of = a.unit.tokens[q.last + 1]?.key === 'of' && SHARE_POINTERS_OF.has(a.unit.tokens[q.last + 2]?.key ?? '');
  const noun = of ? a.unit.tokens.slice(q.last + 3, q.last + 5).find((t) => !t.stop && t.kind === 'word') : undefined;
  if (noun === undefined) return false;
  const whole = parts[parts.length - 1];
  const sentences = new Set([...aroundSupport(ctx, a), ...sentencesWithWord(ctx, noun)]);
  for (const i of sentences) for (const part of sourceCounts(ctx, i)) if (shareHolds(q, part, whole)) return true;
  return false;
}
/**
 * Is a share in words with a word of what remains within REST_REACH tokens of it (remains, left, متبقيا) the rest of a share
 * in words of a support sentence: one less it, to the share's hedge (a third remaining for two-thirds done)?
 */
function restOfShare(ctx: CheckContext, sources: readonly number[], tokens: readonly Token[], q: Quantity): boolean {
  if (!inWords(q)) return false;
  // (or a negation after it: "a third of customers are still without core payroll functions" for "about two-thirds of customers
  // had restored" them; text/numbers.ts shareNegated)
  if (!tokens.slice(Math.max(0, q.first - REST_REACH), q.last + 1 + REST_REACH).some((t) => REST_WORDS.has(t.key)) && !shareNegated(tokens, q)) return false;
  return sources.some((i) => restOfShareIn(passingTokens(ctx.source.sentences[i]), q));
}
/** lexicons/numbers.json restWords, by key, and the tokens around a share within which one stands. */
const REST_WORDS = new Set(lexiconWords('numbers', 'restWords').map((w) => makeToken(w, 0).key));
const REST_REACH = 10;

/** lexicons/numbers.json shareOfPointers ("of them", "of whom"), by key. */
const SHARE_POINTERS_OF = new Set(lexiconWords('numbers', 'shareOfPointers').map((w) => makeToken(w, 0).key));

/** lexicons/numbers.json shareLevelNouns, by key. */
const SHARE_LEVEL_NOUNS = new Set(lexiconWords('numbers', 'shareLevelNouns').map((w) => makeToken(w, 0).key));
/**
 * Is a share in words of a level, a pace or a peak (نصف وتيرة الشهر السابق، أقل من ربع الذروة, "half its peak") the ratio of
 * two figures, percentages too, of the sentences around its support set and of the claim's own sentence?
 */
function shareOfLevel(ctx: CheckContext, a: UnitAnalysis<Claim>, said: readonly Token[], q: Quantity): boolean {
  if (!inWords(q)) return false;
  const tokens = a.unit.tokens;
  if (!tokens.slice(q.last + 1, q.last + 3).some((t) => SHARE_LEVEL_NOUNS.has(t.key))) return false;
  return ratioOfCounts(q, figuresAround(ctx, a, said, q));
}

/** Is the share q (a fraction in words, hedged or exact) that of two counts of the claim's own sentence (its tokens)? */
function shareWithin(ctx: CheckContext, tokens: readonly Token[], q: Quantity): boolean {
  return (
    inWords(q) &&
    ratioOfCounts(
      q,
      countsOf(tokens, (x) => percentAt(ctx.summary.text, tokens, x.last), q),
    )
  );
}

/** lexicons/numbers.json totalCues: words a few tokens before a total (out of, a total of, من أصل، إجمالي). */
const TOTAL_CUES = lexiconPhrases('numbers', 'totalCues');
/** Tokens before a figure within which a word of totalCues makes it a total. */
const TOTAL_BEFORE = 6;
/**
 * Is q, cued as a total, the sum of two other figures of the claim's own sentence, each a figure the number rule reads for
 * itself: "That left 16.84 million people employed and 7.96 million unemployed, out of a labour force of 24.8 million" (a
 * faithful line of the 171st batch of fresh editor pairs drew a number error on the total, which the source never states)?
 */
function sumWithin(tokens: readonly Token[], q: Quantity, text: string): boolean {
  const at = tokens.findIndex((t) => t.start === q.start);
  if (at < 0 || !tokens.slice(Math.max(0, at - TOTAL_BEFORE), at).some((_t, k, a) => TOTAL_CUES.some((p) => wordsAt(a, k, p)))) return false;
  const others = quantitiesOf(tokens, text).filter((x) => x.start !== q.start && !isYear(x.value) && x.also === undefined);
  for (let a = 0; a < others.length; a++)
    for (let b = a + 1; b < others.length; b++) if (round6(others[a].value + others[b].value) === round6(q.value)) return true;
  return false;
}

/** Is q a share told in words (نصف، a third: a figure with its fraction as `also`)? */
const inWords = isShareInWords;

/** The counts among the figures of tokens (but `except`): whole, positive, no year, no percentage (`percent` says which are). */
function countsOf(tokens: readonly Token[], percent: (x: Quantity) => boolean, except?: Quantity): number[] {
  return quantities(tokens as Token[])
    .filter((x) => x.start !== except?.start && x.also === undefined && Number.isInteger(x.value) && x.value > 0 && !isYear(x.value))
    .filter((x) => !percent(x))
    .map((x) => x.value);
}

/** Is a quantity of source tokens a percentage: a percent word after it, or a % sign right after it? */
const sourcePercentAt = (ctx: CheckContext, tokens: readonly Token[], x: Quantity): boolean =>
  percentAfter(tokens as Token[], x.last) || ctx.source.text[x.end] === '%';

/** The counts of source sentence i (countsOf), a figure before a percent word or a % sign being no count. */
function sourceCounts(ctx: CheckContext, i: number): number[] {
  const tokens = ctx.source.sentences[i].tokens;
  return countsOf(tokens, (x) => sourcePercentAt(ctx, tokens, x));
}

/** Is the share q, to its hedge's range, the ratio of a smaller count to a larger one? */
function ratioOfCounts(q: Quantity, counts: readonly number[]): boolean {
  for (const a of counts) for (const b of counts) if (shareHolds(q, a, b)) return true;
  return false;
}
/** Is the share q, to its hedge's range, the smaller figure's share of the larger (part of whole, in percent)? */
const shareHolds = (q: Quantity, part: number, whole: number): boolean =>
  // (the share to the same six decimals as the ratio: a third is 33.333333333 in the Arabic lexicon and 33.333333333333336 as
  // English reads it, and neither equalled the ratio's 33.333333, so no unhedged third, sixth or ninth was ever a share:
  // "600 ألف جرعة، أي ما يعادل ثلث عدد الأطفال المستهدفين" for 600,000 of 1.8 million, a faithful line of the 195th batch of
  // fresh editor pairs, drew a number error)
  part < whole && figureHolds([round6(q.value)], q.hedge, round6((100 * part) / whole));

/** The source sentences with two figures or more (the ones a total's parts may stand in). */
const WITH_FIGURES = new WeakMap<CheckContext, number[]>();
/**
 * The source sentences with two figures or more, made once per check: a claim's unsourced figure asked for them anew, a
 * pass over every source sentence each time (15 s of the Arabic bench pair's 1,000,000-sentence check).
 */
function withFigures(ctx: CheckContext): number[] {
  let r = WITH_FIGURES.get(ctx);
  if (!r) WITH_FIGURES.set(ctx, (r = ctx.sourceQuantities.flatMap((s, i) => (s.length >= 2 ? [i] : []))));
  return r;
}

/** Do two or three figures of source sentence i add up to one of the values (within the hedge's range)? */
function sumOf(ctx: CheckContext, i: number, values: readonly number[], hedge: Quantity['hedge']): boolean {
  const figures = figuresOf(ctx, i);
  const n = figures.length;
  for (let a = 0; a < n; a++)
    for (let b = a + 1; b < n; b++) {
      if (figureHolds(values, hedge, figures[a] + figures[b])) return true;
      if (SUM_PARTS > 2) for (let c = b + 1; c < n; c++) if (figureHolds(values, hedge, figures[a] + figures[b] + figures[c])) return true;
    }
  return false;
}

/**
 * The positive figures of source sentence i, in order (the parts a claim's difference, ratio, total or change is read from).
 * Kept per check and sentence, and read from tokens that are not kept: a total asks every sentence with figures, again for
 * each cued figure of the summary (3.1 s of the number rule's 5.0 s at Arabic 1,000,000, bench/README.md thirteenth round).
 */
const figuresOf = (ctx: CheckContext, i: number): readonly number[] =>
  keptPerCheck(FIGURES, ctx, i, () =>
    sourceQuantitiesAt(ctx, i)
      .map((x) => x.value)
      .filter((x) => x > 0),
  );
/** Source sentence i's quantities (of its passing tokens, with the text), read once per check: figuresOf, changeCorner and otherCurrency ask again for each figure. */
const sourceQuantitiesAt = (ctx: CheckContext, i: number): readonly Quantity[] =>
  keptPerCheck(SOURCE_QUANTITIES, ctx, i, () => quantities(passingTokens(ctx.source.sentences[i]), ctx.source.text));
const SOURCE_QUANTITIES = new WeakMap<CheckContext, Map<number, readonly Quantity[]>>();
/** The sentences that support a claim or its whole sentence (the sentence may be carried where a clause alone went elsewhere). */
const claimAndSentenceSupport = (ctx: CheckContext, a: UnitAnalysis<Claim>): number[] => [
  ...a.support.sources,
  ...(sentenceAlignment(ctx, a.unit.sentence)?.support.sources ?? []),
];
/** Those and the sentences beside them (the number rule's readings near the support set, and the span rule's: unsupported.ts). */
export const aroundSupport = (ctx: CheckContext, a: UnitAnalysis<Claim>): number[] =>
  withNeighbours(claimAndSentenceSupport(ctx, a), ctx.source.sentences.length, 1);
const FIGURES = new WeakMap<CheckContext, Map<number, readonly number[]>>();

/**
 * A share followed by "of" (and "the"), or by "the" alone, and a count, what it makes of that count: "half of the 14 injured" is 7,
 * "a third of the 30 workers" 10, "half the two million tonnes" one million. Undefined for no share or no count right after it.
 */
function shareOfCountAfter(tokens: readonly Token[], qs: readonly Quantity[], q: Quantity): number | undefined {
  const share = q.also !== undefined && q.also < 1 ? q.also : undefined;
  // (or "the" right after it, "of" left out: "only half the two million tonnes the industry asked for" is one million, a
  // faithful line of the 153rd batch of fresh editor pairs)
  const next = tokens[q.last + 1]?.key;
  if (share === undefined || (next !== 'of' && next !== 'the')) return undefined;
  const at = next === 'the' ? q.last + 2 : tokens[q.last + 2]?.key === 'the' ? q.last + 3 : q.last + 2;
  const n = qs.find((x) => x.first === at);
  return n === undefined || !Number.isInteger(n.value) ? undefined : round6(share * n.value);
}

/** lexicons/numbers.json englishMultiples (tripled: 3), by key. */
const MULTIPLES = new Map(lexiconValues('numbers', 'englishMultiples', isNumber, 'a number').map(([w, v]) => [makeToken(w, 0).key, v] as const));
const TIMES_KEY = makeToken('times', 0).key;

/** Is the claim's figure a multiple before "times" (three times as many) that a support sentence says in one word (tripled)? */
function multipleSourced(ctx: CheckContext, sources: readonly number[], tokens: readonly Token[], q: Quantity): boolean {
  if (tokens[q.last + 1]?.key !== TIMES_KEY) return false;
  return sources.some((i) => ctx.source.sentences[i].tokens.some((t) => MULTIPLES.get(t.key) === q.value));
}

/** The size of a year in lexicons/numbers.json timeUnits (360 days), in minutes, and of a month (30 days). */
const YEAR_MINUTES = 518400;
const MONTH_MINUTES = 43200;

/** A span figure's length in years (six decimals: half a decade is 5, 18 months 1.5), 0 when it is no span. */
function spanYears(tokens: readonly Token[], q: Quantity): number {
  const size = spanSize(tokens, q);
  return size === undefined ? 0 : round6(size / YEAR_MINUTES);
}
/**
 * Is a claim's span of years (five years, خمس سنوات) the years from one year to another that a support sentence names, counted
 * with both ends or as their difference (2026 to 2030: five years, or four), where the claim names one of those two years?
 */
function yearsBetween(ctx: CheckContext, sources: readonly number[], tokens: readonly Token[], qs: readonly Quantity[], q: Quantity): boolean {
  // (a span in any unit that is a whole number of years: نصف عقد منذ تعداد 2020 for a census of 2025, a faithful line of the
  // 171st batch of fresh editor pairs; five years, two decades)
  const span = spanYears(tokens, q);
  if (!Number.isInteger(span) || span <= 0) return false;
  const named = new Set(qs.filter((x) => x !== q && isYear(x.value)).map((x) => x.value));
  if (named.size === 0) return false;
  return sources.some((i) => {
    const years = figuresOf(ctx, i).filter(isYear);
    return years.some((a) => years.some((b) => b > a && (named.has(a) || named.has(b)) && (b - a === span || b - a + 1 === span)));
  });
}

const QUANTITIES = new WeakMap<readonly Token[], Quantity[]>();
/** A summary sentence's quantities, read once (sumOfPartsAfter asks for every figure of each of its claims). */
function quantitiesOf(tokens: readonly Token[], text: string): Quantity[] {
  let out = QUANTITIES.get(tokens);
  if (!out) QUANTITIES.set(tokens, (out = quantities(tokens as Token[], text)));
  return out;
}

/** Figures after a total read for its parts (twenty 737 MAX aircraft and eight 787 Dreamliners: 20, 737, 8, 787). */
const PARTS_READ = 5;
/** Tokens after a total within which its breakdown starts, past the noun it counts ("28 Boeing jets, twenty …"). */
const PARTS_FROM = 4;

/**
 * Is a claim's figure the sum of two or three of the figures that follow it in a breakdown: after a comma, colon, dash or
 * parenthesis within PARTS_FROM tokens, the first of the next PARTS_READ figures and one or two more of them, with "and"
 * (و) before the last? A fresh editor pair's faithful "has agreed to buy 28 Boeing jets, twenty 737 MAX aircraft and eight 787
 * Dreamliners" drew a number error on 28, which the source never states. The parts are the number rule's to read each.
 */
function sumOfPartsAfter(text: string, tokens: readonly Token[], inClaim: Quantity, claim: readonly Token[]): boolean {
  if (!Number.isInteger(inClaim.value) || inClaim.value < 2) return false;
  const at = tokens.indexOf(claim[inClaim.first]);
  if (at < 0) return false;
  const qs = quantitiesOf(tokens, text);
  const q = qs.find((x) => x.first === at);
  if (q === undefined || q.value !== inClaim.value) return false;
  let opens = -1;
  for (let k = q.last + 1; k < tokens.length && k <= q.last + PARTS_FROM; k++)
    if (/[,:;(\u2013\u2014\u060C]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) {
      opens = k;
      break;
    }
  if (opens < 0) return false;
  // (the breakdown opens with its first part, a word at most before it: "twenty 737 MAX aircraft", "including twenty", منها
  // عشرون; not a date's day with two figures later that happen to sum to it: "on August 4, 2018, … making 8 saves and
  // allowing 2 goals", a WiCE dev claim whose 4 this read as 2 + 2)
  const parts = qs.filter((x) => x.first >= opens).slice(0, PARTS_READ);
  if (parts.length < 2 || parts[0].first > opens + 1 || dayOfMonth(tokens, q)) return false;
  const joined = (x: Quantity) => /^و/.test(tokens[x.first].text) || tokens.slice(opens, x.first).some((t) => t.key === 'and' || t.key === 'و');
  const first = parts[0].value;
  for (let b = 1; b < parts.length; b++) {
    if (first + parts[b].value === q.value && joined(parts[b])) return true;
    for (let c = b + 1; c < parts.length; c++) if (first + parts[b].value + parts[c].value === q.value && joined(parts[c])) return true;
  }
  return false;
}

/**
 * Is a claim's figure sourced by its support set (or the sentences beside it) in any of the readings the number rule accepts:
 * as written or hedged, read in another form, computed (a difference, a ratio, a sum, a share), in another unit or with its
 * subunit? The number rule's judgement before it looks for the figure elsewhere in the source; unsupported-span reads it too,
 * so a figure restated in other words is no word the source lacks.
 */
export function figureSourced(ctx: CheckContext, a: UnitAnalysis<Claim>, qs: readonly Quantity[], q: Quantity): boolean {
  const { unit, support } = a;
  // (the claim's whole sentence, which several readings below take the figures of: a breakdown, times of day, a share or a sum)
  const sentence = sentenceAlignment(ctx, unit.sentence)?.unit.tokens;
  const said = sentence ?? unit.tokens;
  if (anaphoricPair(ctx, support.sources, unit.tokens, q)) return true;
  // (a total that the claim breaks down right after it: "28 Boeing jets, twenty 737 MAX aircraft and eight 787
  // Dreamliners" for the source's 20 and eight; its parts are read each for itself)
  // (read in the claim's whole sentence: the breakdown after the comma is a claim of its own)
  if (sumOfPartsAfter(ctx.summary.text, said, q, unit.tokens)) return true;
  // (a span of years between two years of a support sentence, one of which the claim names: "over five years starting
  // in 2026" for "delivered between 2026 and 2030", a fresh editor pair's faithful line)
  if (yearsBetween(ctx, support.sources, unit.tokens, qs, q)) return true;
  // (or a span of months that a range of months of a support sentence covers, both ends counted: "على مدى سبعة أشهر من 2024"
  // for "خلال الفترة من يونيو إلى ديسمبر 2024", a fresh editor pair's faithful line)
  if (
    Number.isInteger(q.value) &&
    spanSize(unit.tokens, q) === q.value * MONTH_MINUTES &&
    support.sources.some((i) => monthRangeLengths(ctx, i).includes(q.value))
  )
    return true;
  // (the count of a part of the year whose months the support set names: "the first three months of the year" for
  // January-March, الأشهر التسعة الأولى for من يناير إلى سبتمبر; a dev probe pair's faithful summary drew a number error)
  if (yearPartOf(ctx, a).has(unit.tokens[q.first])) return true;
  // (held as the kind of figure it is: holdingFor)
  const holding = holdingFor(ctx, a, q);
  if (sourcesFigure(ctx, holding(support.sources), q)) return true;
  if (derivedIn(ctx, support.sources, q, unit.tokens)) return true;
  // (or a span that a support sentence names as the last one with no figure: "in the past seven days" for "over the past
  // week"; lexicons/numbers.json lastSpanBefore, lastSpanAfter)
  const size = spanSize(unit.tokens, q);
  if (size !== undefined && support.sources.some((i) => lastSpansOf(ctx, i).some((s) => Math.abs(s - size) < 1e-6))) return true;
  // (or a span after a demonstrative, "over those six months", which points back to a span the text has named: read in the
  // sentences up to two before or after the support set, lexicons/numbers.json spanDemonstratives)
  if (
    size !== undefined &&
    demonstrativeBefore(unit.tokens, q) &&
    derivedIn(ctx, withNeighbours(support.sources, ctx.source.sentences.length, 2), q, unit.tokens)
  )
    return true;
  // (or the span of two times of day that the claim's own sentence gives, each a figure checked for itself: "ثماني ساعات كل ليلة،
  // من العاشرة مساءً حتى السادسة فجراً", a fresh editor pair's faithful line whose support set lacked the times' sentence)
  if (size !== undefined && clockSpans(said).some((s) => Math.abs(s - size) < 1e-6)) return true;
  // (or weeks and a half for the whole days on either side: "within a week and a half" for "within ten days", 10.5 days that
  // no source writes; two fresh editor pairs' faithful lines drew number errors)
  if (size !== undefined && Math.abs(((size / WEEK_MINUTES) % 1) - 0.5) < 1e-6) {
    const near = [size - DAY_MINUTES / 2, size + DAY_MINUTES / 2];
    if (support.sources.some((i) => spansOf(ctx, i).some((s) => near.some((v) => Math.abs(s - v) < 1e-6)))) return true;
  }
  // (the two figures of a difference may stand in the sentences beside the support set: "about 260 animals, some 50
  // fewer than a year before" fuses the next sentence's "down from around 310", a fresh editor pair's number error)
  // (a difference not around the claim's sentence's support set: a planted "some 25 knots above" of probes/dev was the
  // difference of two figures there)
  const own = quantitiesOf(said, ctx.summary.text);
  if (arithmeticIn(ctx, withNeighbours(support.sources, ctx.source.sentences.length, 1), unit.tokens, q, qs, own)) return true;
  // (a quotient around the claim's sentence's support set too: "worth an average of about 1,840 francs each", a clause whose
  // total stands in its sentence's source)
  if (arithmeticIn(ctx, aroundSupport(ctx, a), unit.tokens, q, qs, own, true)) return true;
  if (rateWithNoun(ctx, a, said, q) || totalOfRate(ctx, a, said, q)) return true;
  // (or one corner of a change the claim tells as two of "from", "to" and "by", whose other corner its source gives)
  if (changeCorner(ctx, a, qs, q)) return true;
  // (or of two figures of a sentence elsewhere that has the noun the figure counts: "backed … by a margin of fourteen
  // votes" for "The budget passed by 41 votes to 27", which the claim fused with the lead)
  if (differenceWithNoun(ctx, unit.tokens, q)) return true;
  // (one amount told in two figures with its unit after each: ملياري دينار ومئة مليون دينار, 2.1 billion dinars)
  // (the figure read at another value, in its own words: its support set holds that value)
  const holdsAt = (value: number | undefined, sentences: readonly number[] = support.sources) =>
    value !== undefined && sourcesFigure(ctx, sentences, { ...q, value, also: undefined, parts: undefined });
  const whole = amountOf(unit.tokens, qs, q);
  if (holdsAt(whole)) return true;
  // (or the others beside the one the claim speaks of, a whole count less one: "ستة تحالفات أخرى" for seven bidders)
  if (Number.isInteger(q.value) && q.also === undefined && [1, 2].some((k) => OTHERS.has(unit.tokens[q.last + k]?.key ?? '')) && holdsAt(q.value + 1))
    return true;
  // (or less what إلا after it takes off: "أربع سنوات إلا شهرين" for 46 months, read as a span in the source's units too, in
  // the support set or its sentence's; and the part that إلا takes off with it)
  const less = lessExcept(unit.tokens, qs, q);
  if (less !== undefined) {
    const lessened = { ...q, value: less, also: undefined, parts: undefined };
    const own = claimAndSentenceSupport(ctx, a);
    if (sourcesFigure(ctx, own, lessened) || derivedIn(ctx, own, lessened, unit.tokens)) return true;
  }
  // (or the second figure of a span told in two units: "a year and two months" for "fourteen months")
  const joined = spanWithUnitBefore(unit.tokens, qs, q);
  if (joined !== undefined && (holdsAt(joined) || derivedIn(ctx, support.sources, { ...q, value: joined, also: undefined, parts: undefined }, unit.tokens)))
    return true;
  const whole2 = qs.find((p) => p.last < q.first && unit.tokens[q.first - 1]?.key === EXCEPT_KEY && lessExcept(unit.tokens, qs, p) !== undefined);
  if (whole2 !== undefined && figureSourced(ctx, a, qs, whole2)) return true;
  // (or a share of a count after it, as many as it makes: "half of the 14 injured were still in hospital" for "seven of
  // the injured remained in hospital", a fresh editor pair's faithful line)
  // (held by the support set or a sentence beside it: "That is only half the two million tonnes the industry asked for" restates
  // the quota of the sentence before the one it aligns to)
  if (holdsAt(shareOfCountAfter(unit.tokens, qs, q), aroundSupport(ctx, a))) return true;
  // (or a share "of them" of the figure before it, as many as it makes: "nine miners remain in hospital, a third of them badly
  // burned" for "three of them with severe burns")
  if (holdsAt(shareOfFigureBefore(unit.tokens, qs, q))) return true;
  // (or a multiple, "three times as many fines", that a support sentence says in one word: "had tripled the number of fines")
  if (multipleSourced(ctx, support.sources, unit.tokens, q)) return true;
  // (or with a half after its unit: "بثلاثة ريالات ونصف" for the source's 3.5 ريال, a fresh editor pair's faithful line;
  // its own value still counts, as a source's is read both ways)
  // (or in the scale of the figure a range word links it to: "من 90 إلى 55 مليون درهم" is 90 million)
  if (holdsAt(inNextScale(unit.tokens, qs, q)) || holdsAt(withHalfAfter(unit.tokens, q))) return true;
  // (or a sum in a currency and its subunit: "أحد عشر ديناراً ومئتي فلس" for 11.2 دينارا, "جنيها وربع الجنيه" for 125 قرشا,
  // two fresh editor pairs' faithful lines)
  if (withSubunit(unit.tokens, qs, q, sentence).some((v) => holdsAt(v))) return true;
  if (sumIn(ctx, support.sources, unit.tokens, q).length) return true;
  // (or a share of what remains, the rest of a share the support set gives: "roughly a third of the corridor remains to be
  // cleared" for "had so far cleared about two-thirds of the corridor", a fresh editor pair's faithful line, 216th batch)
  if (restOfShare(ctx, support.sources, unit.tokens, q)) return true;
  // (a share in words, hedged or exact, of two counts of one sentence: أقل بقليل من نصف المخابز for 1500 of 3200)
  // (not a fraction of a unit of time, which is a span: "بأقل من ربع ثانية", a planted margin for 0.38 seconds, was read as a
  // share of two counts of its sentence)
  if (
    spanUnitOf(unit.tokens, q) === undefined &&
    (shareOfCounts(ctx, support.sources, q, q.also === undefined && percentAt(ctx.summary.text, unit.tokens, q.last)) ||
      shareOfNoun(ctx, a, q) ||
      shareOfLevel(ctx, a, said, q) ||
      shareOfCountBefore(ctx, a, said, q))
  )
    return true;
  // (or of two counts the claim's sentence gives itself, each judged on its own: "قرابة 1200 هكتار …، أي نحو ربع مساحة
  // المحمية البالغة خمسة آلاف هكتار", fused from two sentences, a fresh editor pair's faithful line drew a number error)
  if (shareWithin(ctx, said, q)) return true;
  if (sumWithin(said, q, ctx.summary.text)) return true;
  // (around the claim's sentence's support set too: "أي بنمو يقارب 7 في المئة", a clause of its own, aligned elsewhere)
  if (changeIn(ctx, aroundSupport(ctx, a), unit.tokens, q)) return true;
  // (or the difference of two figures of one support sentence, cued in other words: differenceInSentence)
  if (differenceInSentence(ctx, a, qs, q)) return true;
  // (or a sum or difference of two support figures that no cue names, for a figure precise enough that it is no chance:
  // exactSumOrDifference)
  if (exactSumOrDifference(ctx, support.sources, unit.tokens, q)) return true;
  // (or two amounts that a support sentence joins by "plus" or زائد, added up: plusSum)
  if (plusSum(ctx, support.sources, q)) return true;
  // (or a share of two counts of one thing in the sentences around the support set: likeShare)
  if (spanUnitOf(unit.tokens, q) === undefined && likeShare(ctx, aroundSupport(ctx, a), unit.tokens, q)) return true;
  // (or the part of an amount that a support sentence's percentage of it makes, or the amount of a change by a percentage
  // to or from a level: partOfAmount)
  if (partOfAmount(ctx, support.sources, unit.tokens, q)) return true;
  // (or the part of a whole named after it that a support sentence's share in words makes of that whole: shareOfWholeIn)
  if (shareOfWholeIn(ctx, support.sources, unit.tokens, qs, q)) return true;
  return false;
}

/**
 * Is the figure, with no cue, the sum or the difference of two figures of its support set, and precise enough that this is no
 * chance: MIN_SIGNIFICANT significant digits or more, exact (or to its written rounding), or about it to the unit of its last
 * non-zero digit ("نحو 222 ألفا" for 1,833,164 less 1,611,310)? Editors add up and take away without saying so: "171 طائرة
 * لمطاري دمشق واللاذقية مجتمعين" for 118 and 53, "بعدما كان مليونا وسبعمئة وثلاثة وتسعين ألف ليرة" for 1.82 million less 27,000,
 * "888 مليار درهم" for 369 and 519 billion (faithful lines of fresh editor pairs). Not a figure of two significant digits:
 * its chance of being some sum or difference of a support set's figures is too high. Measured on the fresh and arrival
 * editor pairs (`node` over dist/eval/benchmarks/probes.js, forty-first session): any sum, difference, quotient or share
 * of the support set's figures cleared 38 faithful summaries and lost 35 planted errors ("Nine people" for 7 + 2, "April 24"
 * for 7 + 17); sums and differences to two significant digits 16 and 10; to three, 5 and 1 (a planted "121" that is 112 + 9).
 * Not a year, a day of a month, a hedge of direction (more than, under) or a span of time.
 */
function exactSumOrDifference(ctx: CheckContext, sources: readonly number[], tokens: readonly Token[], q: Quantity): boolean {
  if (isYear(q.value) || q.value <= 0 || dayOfMonth(tokens, q) || significant(q.value) < MIN_SIGNIFICANT) return false;
  if ((q.hedge !== undefined && q.hedge !== 'about') || spanSize(tokens, q) !== undefined) return false;
  const figures = sources.flatMap((i) => figuresOf(ctx, i)).filter((v) => !isYear(v));
  const holds = precisely(q);
  for (let i = 0; i < figures.length; i++)
    for (let j = 0; j < figures.length; j++) {
      if (i === j) continue;
      const x = figures[i],
        y = figures[j];
      if ((x > y && holds(x - y)) || (i < j && holds(x + y))) return true;
    }
  return false;
}
/** Significant digits a figure needs before an uncued sum or difference sources it (exactSumOrDifference). */
const MIN_SIGNIFICANT = 3;

/**
 * Does a computed value stand for the figure to the precision its writer gave: exact or to its written rounding (roundedHolds)
 * when unhedged, within half the unit of its last non-zero digit when "about" it (about 222,000: 221,500 to 222,500)?
 */
const precisely =
  (q: Quantity) =>
  (v: number): boolean =>
    q.hedge === 'about'
      ? Math.abs(v - q.value) < leastUnit(q.value) / 2 - 1e-9
      : figureHolds(figureValues(q), undefined, round6(v)) || roundedHolds(q, round6(v));

/** lexicons/numbers.json plusJoiners: words between two amounts of a source sentence that add them up. */
const PLUS_JOINERS = new Set(lexiconWords('numbers', 'plusJoiners').map((w) => makeToken(w, 0).key));
/** How far after an amount its joiner may stand ("62 million euros ($67 million) plus up to 8 million"), and the next amount after the joiner. */
const PLUS_REACH = 8;
const PLUS_NEXT = 4;

/**
 * Is the figure two amounts of a support sentence that a word of adding joins (plusJoiners), added up? "a fee that could climb
 * to 70 million with add-ons" for "62 million euros ($67 million) plus up to 8 million euros in add-ons", a faithful line of the
 * 220th batch of fresh editor pairs. The source says the sum is meant, so no cue is asked of the claim.
 */
function plusSum(ctx: CheckContext, sources: readonly number[], q: Quantity): boolean {
  const values = figureValues(q);
  for (const i of sources) {
    const tokens = passingTokens(ctx.source.sentences[i]);
    const qs = sourceQuantitiesAt(ctx, i);
    for (const x of qs)
      for (let j = x.last + 1; j < tokens.length && j <= x.last + PLUS_REACH; j++) {
        if (!PLUS_JOINERS.has(tokens[j].key)) continue;
        const y = qs.find((o) => o.first > j && o.first <= j + PLUS_NEXT);
        const sum = y === undefined ? undefined : round6(x.value + y.value);
        if (sum !== undefined && (figureHolds(values, q.hedge, sum) || roundedHolds(q, sum))) return true;
        break;
      }
  }
  return false;
}

/**
 * Is a share in words (or an unhedged or "about" percentage) the ratio of two counts of one thing, each before the same noun,
 * in the sentences around the support set? "رشت ما يزيد على ثلث المساحة الموبوءة" for 4500 هكتار sprayed of "نحو 12 ألف
 * هكتار" two sentences before, a faithful line of the 219th batch of fresh editor pairs. The same noun after both is what makes
 * one a part of the other; a percentage with a hedge of direction is too loose for counts from several sentences (a planted
 * "أكثر بقليل من 40 في المئة" held).
 */
function likeShare(ctx: CheckContext, sources: readonly number[], tokens: readonly Token[], q: Quantity): boolean {
  const percent = q.also === undefined && q.hedge !== 'over' && q.hedge !== 'under' && percentAt(ctx.summary.text, tokens, q.last);
  if (!inWords(q) && !percent) return false;
  const counts: { v: number; noun: Token }[] = [];
  for (const i of sources) {
    const st = passingTokens(ctx.source.sentences[i]);
    for (const x of sourceQuantitiesAt(ctx, i)) {
      if (x.also !== undefined || !Number.isInteger(x.value) || x.value <= 0 || isYear(x.value)) continue;
      if (sourcePercentAt(ctx, st, x)) continue;
      const noun = st[x.last + 1];
      if (noun && !noun.stop && noun.kind === 'word') counts.push({ v: x.value, noun });
    }
  }
  for (const p of counts) for (const w of counts) if (p !== w && sameWord(p.noun, w.noun) && shareHolds(q, p.v, w.v)) return true;
  return false;
}

/** lexicons/numbers.json levelTo and levelFrom: the word before the level a change went to, and from. */
const LEVEL_TO = new Set(lexiconWords('numbers', 'levelTo').map((w) => makeToken(w, 0).key));
const LEVEL_FROM = new Set(lexiconWords('numbers', 'levelFrom').map((w) => makeToken(w, 0).key));
/** "Of" and من, by key: the word between a share and the whole it is of. */
const OF_KEYS = new Set(['of', 'من']);
/** Most tokens between a percentage and the amount "of" it is a share of ("28 percent of the $409 million"). */
const SHARE_OF_REACH = 5;

/**
 * Is the figure an amount that a percentage of a support sentence makes of another amount there: its part or the rest
 * ("a shortfall of roughly $294 million" for "only 28 percent of the $409 million it requested"), the amount of a change
 * by the percentage to a level ("9 percent, or roughly 68,000 tonnes, more" for "rose 9 percent to 821,000 tonnes") or from one
 * (its share of the level)? Two faithful lines of the 220th batch of fresh editor pairs. To the figure's own precision
 * (`precisely`), with two significant digits or more; which level the percentage is of is read off the word before it
 * (levelTo, levelFrom): "climbed 14% to 68.4 billion" makes 8.4 billion more, not 9.6 (a planted figure of a fresh pair).
 */
function partOfAmount(ctx: CheckContext, sources: readonly number[], tokens: readonly Token[], q: Quantity): boolean {
  if (q.hedge !== undefined && q.hedge !== 'about') return false;
  if (isYear(q.value) || q.value <= 0 || inWords(q) || percentAt(ctx.summary.text, tokens, q.last) || significant(q.value) < 2) return false;
  const near = precisely(q);
  for (const i of sources) {
    const st = passingTokens(ctx.source.sentences[i]);
    const qs = sourceQuantitiesAt(ctx, i);
    const isPct = (x: Quantity) => x.also === undefined && sourcePercentAt(ctx, st, x);
    for (const p of qs) {
      if (!isPct(p) || p.value <= 0 || p.value >= 100) continue;
      for (const t of qs) {
        if (t === p || isPct(t) || isYear(t.value) || t.value <= 0) continue;
        const of = t.first > p.last && t.first - p.last <= SHARE_OF_REACH && st.slice(p.last + 1, t.first).some((x) => OF_KEYS.has(x.key));
        if (of && (near((t.value * p.value) / 100) || near((t.value * (100 - p.value)) / 100))) return true;
        const before = st[hedgeStart(st, t.first) - 1]?.key ?? '';
        if (LEVEL_TO.has(before) && (near(t.value - t.value / (1 + p.value / 100)) || near(t.value / (1 - p.value / 100) - t.value))) return true;
        if (LEVEL_FROM.has(before) && near((t.value * p.value) / 100)) return true;
      }
    }
  }
  return false;
}

/**
 * Most tokens between a figure and the whole after it that "of" or من names ("1,000 of Ikarama's 1,500 residents", "111 مليون
 * يورو من كلفته البالغة 185 مليونا").
 */
const WHOLE_REACH = 5;

/**
 * Is the figure, with a whole after it that "of" names in the claim ("Roughly 1,000 of Ikarama's 1,500 residents", "about $7.7
 * million of the $11.5 million bill"), what a share in words of a support sentence that holds the whole makes of it ("about
 * two-thirds of Ikarama's 1,500 residents", "The restoration cost $11.5m, with roughly two-thirds paid for by international
 * donors")? Two faithful lines of the 224th batch of fresh editor pairs drew number errors. The share's hedge holds for the
 * product ("about two-thirds" makes about 1,000).
 */
function shareOfWholeIn(ctx: CheckContext, sources: readonly number[], tokens: readonly Token[], qs: readonly Quantity[], q: Quantity): boolean {
  const whole = qs.find((x) => x.first > q.last && x.first - q.last <= WHOLE_REACH && tokens.slice(q.last + 1, x.first).some((t) => OF_KEYS.has(t.key)));
  if (whole === undefined || whole.value <= q.value) return false;
  for (const i of sources) {
    const theirs = sourceQuantitiesAt(ctx, i);
    if (!theirs.some((x) => figureHolds(figureValues(whole), whole.hedge, x.value))) continue;
    // (a percentage too: "موّل البنك نحو ستين في المئة منها" of 185 million makes "ما يقارب 111 مليون يورو من كلفته البالغة 185
    // مليونا", a faithful line of the 231st batch of fresh editor pairs)
    const st = passingTokens(ctx.source.sentences[i]);
    for (const s of theirs) {
      const share = fractionOf(s) ?? (s.also === undefined && s.value > 0 && s.value < 100 && sourcePercentAt(ctx, st, s) ? s.value / 100 : undefined);
      if (share === undefined) continue;
      const v = round6(share * whole.value);
      if (figureHolds(figureValues(q), q.hedge ?? (s.hedge === undefined ? undefined : 'about'), v) || roundedHolds(q, v)) return true;
    }
  }
  return false;
}

/** The unit of a value's last non-zero digit (270000: 10000; 2.35: 0.01). */
function leastUnit(v: number): number {
  let u = 10 ** Math.floor(Math.log10(v));
  for (let k = 0; k < 12 && Math.abs(v / u - Math.round(v / u)) > 1e-6; k++) u /= 10;
  return u;
}
const significant = (v: number): number => Math.floor(Math.log10(v / leastUnit(v)) + 1e-9) + 1;

/** lexicons/numbers.json comparedAfter, and how far after a figure one stands. */
const COMPARED_AFTER = new Set(lexiconWords('numbers', 'comparedAfter').map((w) => makeToken(w, 0).key));
const COMPARED_AFTER_REACH = 4;

/**
 * Is the figure one side of a comparison or a change, told in words the cue lists do not hold: a ب glued to it or to its
 * hedge (تخطت … المستهدف بست نقاط، متجاوزة فائض العام الماضي بمئة وستة وعشرين مليون ريال، دون معدل الشبكة بما يزيد على ست
 * وعشرين نقطة), "by" before it ("exceeded losses to roads … by 1.7 billion pesos"), a word of comparedAfter after it ("four
 * productions rather than the six", "ثلاثاً وعشرين فعالية أكثر مما استضافه"), or a cue of differenceCuedByWord?
 */
function comparedAt(ctx: CheckContext, tokens: readonly Token[], q: Quantity): boolean {
  const h = q.hedge === undefined ? q.first : hedgeStart(tokens as Token[], q.first);
  const withBa = (k: number) => tokens[k]?.key.startsWith('ب') === true;
  if (withBa(h) || withBa(q.first) || tokens[h - 1]?.key === 'by') return true;
  for (let k = q.last + 1; k <= q.last + COMPARED_AFTER_REACH && k < tokens.length; k++) if (COMPARED_AFTER.has(tokens[k].key)) return true;
  return differenceCuedByWord(ctx, tokens, q);
}

/**
 * Is the figure, exactly, the difference of two figures of one sentence of the claim's support (or its sentence's), cued as a
 * comparison (comparedAt) in words arithmeticIn's cues do not hold? arithmeticIn reads a cued difference of any two figures
 * around the support set, hedged; this reading is narrower, measured on the probe pairs (faithful summaries clean / planted
 * errors caught, thirty-sixth session): within one sentence, the figure exact and cued, not a span of time or a day of a
 * month (dates and spans coincide with differences), a level ("to 1,500", or with a level after it: arithmeticIn's level
 * reading decides), a year or a percentage (a percentage as a relative change: +1 faithful, −3 caught). probes/arrival
 * 513 → 522 of 700 clean, probes/fresh 1,963 → 1,964 of 2,170, no planted error lost anywhere. Without the cue it was
 * 524 and 1,967 clean for two planted errors lost, and a figure that equals a difference but is not said to be one (ووفرت
 * الوزارة 50 ألف جرعة في الموسم الماضي for 400 and 350 ألف) is a changed figure (tests/lexical.test.ts).
 */
function differenceInSentence(ctx: CheckContext, a: UnitAnalysis<Claim>, qs: readonly Quantity[], q: Quantity): boolean {
  const tokens = a.unit.tokens;
  if (spanSize(tokens, q) !== undefined || dayOfMonth(tokens, q) || percentAt(ctx.summary.text, tokens, q.last)) return false;
  if (levelAfter(tokens, q, qs) !== undefined || !comparedAt(ctx, tokens, q)) return false;
  const before = (k: number) => LEVEL_AFTER.has(tokens[k]?.key ?? '');
  if (before(q.first - 1) || (q.hedge !== undefined && before(hedgeStart(tokens as Token[], q.first) - 1))) return false;
  const values = figureValues(q);
  return claimAndSentenceSupport(ctx, a).some((i) =>
    differenceOf(
      figuresOf(ctx, i).filter((x) => !isYear(x)),
      values,
      undefined,
    ),
  );
}

const YEAR_PARTS = new WeakMap<UnitAnalysis<Claim>, Set<Token>>();
/** The claim's words of a part of the year that its support set names (partOfYearTokens), read once per claim for all its figures. */
function yearPartOf(ctx: CheckContext, a: UnitAnalysis<Claim>): Set<Token> {
  let out = YEAR_PARTS.get(a);
  if (!out) YEAR_PARTS.set(a, (out = partOfYearTokens(ctx, a.support.sources, a.unit.tokens)));
  return out;
}

/**
 * The sentences of a list that hold a figure as the kind of figure it is: a count not by a sentence that has its value only as
 * a percentage ("injuring 41, nine of them seriously" against a support set that has "risen 9%" beside "Seven of the
 * injured"), a percentage not by one that has it only as a span of time, a span not by one that has it only as spans of
 * another size ("as long as six weeks" against "up to six months").
 */
function holdingFor(ctx: CheckContext, a: UnitAnalysis<Claim>, q: Quantity): (srcs: readonly number[]) => number[] {
  const { unit } = a;
  const values = figureValues(q);
  const count = q.also === undefined && Number.isInteger(q.value) && countedAfter(unit.tokens, q.last) && !percentAt(ctx.summary.text, unit.tokens, q.last);
  const percent = !count && q.also === undefined && percentAt(ctx.summary.text, unit.tokens, q.last);
  // (not a clock's later part, whose unit is not the one after it: the 04.62 of "8:04.62 دقيقة" is seconds, a fresh editor
  // pair's faithful time for "ثماني دقائق و4.62 ثانية")
  const claimSpan = !percent && q.also === undefined && !clockPartAt(ctx.summary.text, q.start) ? spanSize(unit.tokens, q) : undefined;
  return (srcs) => {
    const held = count
      ? srcs.filter((i) => !values.some((v) => percentOnly(ctx, i).has(v)))
      : percent
        ? srcs.filter((i) => !values.some((v) => spanOnly(ctx, i).has(v)))
        : [...srcs];
    return claimSpan === undefined ? held : held.filter((i) => !values.some((v) => otherSpansOnly(ctx, i, v, claimSpan)));
  };
}

/** Does the figure at `start` follow a digit and a colon (the minutes and seconds of 8:04.62, 2:05:31)? */
const clockPartAt = (text: string, start: number): boolean => start >= 2 && text[start - 1] === ':' && /\d/.test(text[start - 2]);

/**
 * Tokens after a claim's figure within which a level word opens the level it came to: past its unit and a span of time, "صعد
 * بخمسة وسبعين ديناراً في ثلاثة أعوام ليبلغ 285" (a fresh editor pair's faithful line for "ارتفع من 210 دنانير إلى 285",
 * whose ليبلغ is the fifth token after the figure, drew a number error with the four of CUE_AFTER).
 */
const LEVEL_REACH = 6;
/** Words between a level word and its figure: an article and an adjective of a record ("to a record 166.3 million"). */
const LEVEL_FILLERS = new Set(['a', 'an', 'the', 'record', 'new', 'fresh', 'all-time']);
/** The figure (of the claim's, qs) that a level word within LEVEL_REACH tokens after the claim's figure opens (لتصبح 65 ألفا, to 58%). */
function levelAfter(tokens: readonly Token[], q: Quantity, qs: readonly Quantity[]): Quantity | undefined {
  // (a part of the year between, and a year, take none of the reach: "بـ56 مليون دينار في الأشهر الأحد عشر الأولى من 2024
  // لتصل إلى نحو 2.38 مليار دينار", a faithful line of the 174th batch of fresh editor pairs)
  const time = new Set<number>();
  for (const p of yearPartsAt(tokens)) if (p.first > q.last) for (let k = p.first - 1; k <= p.last; k++) time.add(k);
  for (const x of qs) if (x.first > q.last && isYear(x.value)) for (let k = x.first - 1; k <= x.last; k++) time.add(k);
  let reach = LEVEL_REACH;
  for (let k = q.last + 1; k <= q.last + reach && k < tokens.length; k++) {
    if (time.has(k)) {
      reach++;
      continue;
    }
    if (!LEVEL_AFTER.has(tokens[k].key)) continue;
    // (past a currency's letters glued to its sign: "climbing by NZ$10,000 to NZ$30,000", a fresh editor pair's faithful
    // restatement of "to NZ$30,000 from NZ$20,000" that drew a number error)
    // (a level in words as well as in digits: "dropped by five, to nine" for "fell from 14 to 9", a fresh editor pair's
    // faithful line that drew two number errors)
    // (and past إلى after a verb of reaching: "لتصل إلى 71%", a fresh editor pair's faithful line)
    let past = LEVEL_AFTER.has(tokens[k + 1]?.key ?? '') ? k + 1 : k;
    // (and past "a record", "a new": "raised its forecast by 3.9 million tons to a record 166.3 million tons", a faithful line of
    // the 171st batch of fresh editor pairs drew a number error)
    while (past < k + 3 && LEVEL_FILLERS.has(tokens[past + 1]?.key ?? '')) past++;
    const at = currencyLetters(tokens, past + 1) ? past + 2 : past + 1;
    // (or past its hedge: "ارتفعت الحوالات بـ56 مليون دينار … لتصل إلى نحو 2.38 مليار دينار" for 2,381 against 2,325 مليون, a
    // faithful line of the 174th batch of fresh editor pairs drew a number error)
    const level = qs.find((x) => x.first === at || (x.hedge !== undefined && hedgeStart(tokens as Token[], x.first) === at));
    if (level === undefined) continue;
    return level;
  }
  return undefined;
}

/** The part a figure plays in a change a claim tells: the level it came to, the level it came from, or the amount it changed by. */
type ChangeRole = 'to' | 'from' | 'by';
/** lexicons/numbers.json changeFrom: the word before the level a change came from (from, من، مقابل). */
const CHANGE_FROM = new Set(lexiconWords('numbers', 'changeFrom').map((w) => makeToken(w, 0).key));
/** lexicons/numbers.json changeCompared: the word before "with" that opens the level a change is compared with (compared, مقارنة). */
const CHANGE_COMPARED = new Set(lexiconWords('numbers', 'changeCompared').map((w) => makeToken(w, 0).key));
/** The prepositions after changeCompared's words (compared with, مقارنة بـ، مقارنة مع). */
const COMPARED_WITH = new Set(['with', 'to', 'ب', 'مع'].map((w) => makeToken(w, 0).key));
/** Tokens before a change's first figure within which its verb of change stands, and figures of one change at most this far apart. */
const CHANGE_VERB_REACH = 15;
const CHANGE_SPAN = 12;

/**
 * The part a claim's figure plays in a change: 'to' after a word of levelAfter (to, إلى، لتصل), 'from' after changeFrom,
 * 'by' after "by", with ب glued (بنحو 12، بـ12) or right after a verb of change ("slipped 27 US cents"); undefined for none.
 */
function changeRole(tokens: readonly Token[], q: Quantity): ChangeRole | undefined {
  let h = hedgeStart(tokens as Token[], q.first);
  // (past the article of "by a quarter of a percentage point")
  if (h > 0 && (tokens[h - 1].key === 'a' || tokens[h - 1].key === 'an')) h--;
  const before = tokens[h - 1];
  if (before === undefined) return /^ب\p{Script=Arabic}/u.test(tokens[h].text) ? 'by' : undefined;
  // (the level it is compared with is the level it came from: "to 74% compared with 79%", "إلى 74 في المئة مقارنة بـ79")
  if (
    (CHANGE_COMPARED.has(tokens[h - 2]?.key ?? '') && COMPARED_WITH.has(before.key)) ||
    (CHANGE_COMPARED.has(before.key) && /^ب\p{Script=Arabic}/u.test(tokens[h].text))
  )
    return 'from';
  if (LEVEL_AFTER.has(before.key)) return 'to';
  if (CHANGE_FROM.has(before.key)) return 'from';
  if (before.key === 'by' || /^ب\p{Script=Arabic}/u.test(tokens[h].text) || /^بـ?$/.test(before.text) || CHANGE_BY.has(before.key)) return 'by';
  // (a whole of which the change took part: "lost eight of its 20 inspectors" came from 20, which a source's "fell to 12 from
  // 20" sources with the eight; a fresh editor pair's faithful line drew a number error)
  if (OWNERS.has(before.key) && tokens[h - 2]?.key === 'of') return 'from';
  // (or a bare amount after the verb of change and its subject, up to SUBJECT_WORDS content words: "وانخفض معدل إشغال المقاعد
  // خمس نقاط مئوية إلى 74 في المئة", a fresh editor pair's faithful line)
  for (let k = h - 1; k >= 0 && k >= h - 1 - SUBJECT_WORDS; k--) {
    if (isChangeVerb(tokens[k])) return 'by';
    if (tokens[k].stop || tokens[k].kind !== 'word') break;
  }
  return undefined;
}
/** Most words of a change's subject between its verb and a bare amount (وانخفض معدل إشغال المقاعد خمس نقاط). */
const SUBJECT_WORDS = 3;
/** The possessives of "of its 20", "of their 300 jobs": the whole a change took part of. */
const OWNERS = new Set(['its', 'their', 'his', 'her']);
/** A verb of change (changeBy), with و/ف glued on it too (وانخفض). */
const isChangeVerb = (t: Token): boolean => listedAfterConjunction(CHANGE_BY, t.key) !== undefined;

/**
 * Is the claim's figure one corner of a change that it tells with another figure (two of its level before, its level after
 * and the amount: "lower its cash rate by a quarter of a percentage point to 3.6%", "dropped to 9.4% from 10.2%", "slipped 27
 * US cents to $2.34", "إلى قرابة 15 ديناراً … من 27 ديناراً …، أي بنحو 12 ديناراً"), whose source gives that other figure and the
 * third corner in one sentence ("cut its 3.85% cash rate by 25 basis points", "dropped 0.8 percentage point to 9.4%", "fell to
 * $2.34 from $2.61")? Then the figure is the other's sum with or difference from a figure of that sentence. The other figure
 * anchors it: it must be the claim's own and the source's, in one change with a verb of change before it (four fresh editor
 * pairs' faithful lines drew number errors on such corners, 137th batch). Not years: "from 2019 to 2021" is no change.
 */
function changeCorner(ctx: CheckContext, a: UnitAnalysis<Claim>, claimQs: readonly Quantity[], inClaim: Quantity): boolean {
  if (isYear(inClaim.value)) return false;
  // (read in the claim's whole sentence: its verb of change may stand in the clause before, "زادت الصادرات …، شاملة إعادة
  // التصدير، في الربع الثاني … بنحو 5.9 مليارات ريال … لتصل إلى قرابة 77 مليار ريال")
  const { unit } = a;
  const tokens = sentenceAlignment(ctx, unit.sentence)?.unit.tokens ?? unit.tokens;
  const qs = tokens === unit.tokens ? claimQs : quantitiesOf(tokens, ctx.summary.text);
  const q = qs.find((x) => tokens[x.first]?.start === unit.tokens[inClaim.first].start) ?? inClaim;
  const role = changeRole(tokens, q);
  if (role === undefined) return false;
  // (another corner: a figure of another part, near it; two amounts are no corners of one change)
  const anchors = qs.filter((o) => {
    if (o === q || isYear(o.value) || Math.abs(o.first - q.first) > CHANGE_SPAN) return false;
    const other = changeRole(tokens, o);
    return other !== undefined && other !== role;
  });
  if (anchors.length === 0) return false;
  // (each anchor in one change with the figure: a verb of change before both, with و/ف on it too (وانخفض), and none between
  // them: "entries dropped by 7 percent even as bus speeds rose by four percent" tells two changes)
  const inChange = (o: Quantity) => {
    const from = Math.min(q.first, o.first),
      to = Math.max(q.first, o.first);
    return tokens.slice(Math.max(0, from - CHANGE_VERB_REACH), from).some(isChangeVerb) && !tokens.slice(from, to).some(isChangeVerb);
  };
  // (a change in a currency's hundredths: "slipped 27 US cents to $2.34")
  const hundredths = [tokens[q.last + 1], tokens[q.last + 2]].some((t) => t !== undefined && isHundredthOfCurrency(t.key));
  const values = hundredths ? [...figureValues(q), q.value / 100] : figureValues(q);
  // (against the sentences that support the claim or its sentence, and those beside them)
  for (const i of aroundSupport(ctx, a)) {
    // (the third corner in the source: a figure of the part that neither the claim's figure nor its anchor plays, "from 3 to 2"
    // giving no amount for a claim's "from three to one"; every value of it, 25 basis points being 0.25 points too)
    const st = passingTokens(ctx.source.sentences[i]);
    const parts = sourceQuantitiesAt(ctx, i).map((x) => ({ role: changeRole(st, x), values: figureValues(x) }));
    const all = parts.flatMap((x) => x.values);
    for (const o of anchors) {
      if (!inChange(o)) continue;
      const third = (['to', 'from', 'by'] as const).find((r) => r !== role && r !== changeRole(tokens, o));
      // (a level before the change may stand with no word of its part: "cut its 3.85% cash rate by 25 basis points")
      const corners = parts.filter((x) => x.role === third || (third === 'from' && x.role === undefined)).flatMap((x) => x.values);
      // (the source's own value of the anchor, which the claim may round: "لتصل إلى قرابة 77 مليار ريال" for 77.4)
      const mine = figureValues(o);
      for (const v of all) {
        if (!mine.includes(v) && !(o.hedge !== undefined && figureHolds(mine, o.hedge, v))) continue;
        for (const a of corners) if (a !== v && [v + a, Math.abs(v - a)].some((c) => figureHolds(values, q.hedge, round6(c)))) return true;
      }
    }
  }
  return false;
}

/** Tokens from a verb of direction to the amount it moved by, and from the amount to the level it came to. */
const DIRECTION_REACH = 8;

/** lexicons/numbers.json changePace: words of the pace of a change (slowed, تباطؤ), and how far before the word of direction they are read. */
const CHANGE_PACE = new Set(lexiconWords('numbers', 'changePace').map((w) => makeToken(w, 0).key));
const PACE_BEFORE = 3;

/**
 * A claim's verb of direction that its own figures, read against the source, turn round: "wheat shipments rose by 350,000
 * tonnes to 0.7 million tonnes", whose level the source gives and whose amount only a higher level there stands apart from
 * ("wheat exports fell by a third from 1.05 million tonnes": 1.05 million less 350,000 is 0.7 million, so they fell). The verb
 * (a word of lexicons/antonyms.json's direction group), then an amount after "by"/ب, then the level after "to"/إلى, with no
 * other verb of direction between; the level held by a sentence that supports the claim or its sentence, or one beside them;
 * and every figure there that stands the amount apart from the level on one side of it (a fresh editor pair's planted
 * polarity in a sentence of both directions drew nothing, 140th batch). The verb, its side and the source sentence and
 * figures that say the other side; undefined for none.
 */
export function directionAgainstFigures(
  ctx: CheckContext,
  a: UnitAnalysis<Claim>,
  sideOf: (t: Token) => 0 | 1 | undefined,
): { verb: Token; sentence: number; from: number; to: number } | undefined {
  const tokens = a.unit.tokens;
  const qs = quantities(tokens, ctx.summary.text);
  for (const by of qs) {
    if (changeRole(tokens, by) !== 'by' || by.value <= 0) continue;
    const h = hedgeStart(tokens as Token[], by.first);
    // the verb: the nearest word of a side before the amount
    let v = -1;
    for (let k = h - 1; k >= 0 && k >= h - DIRECTION_REACH; k--)
      if (sideOf(tokens[k]) !== undefined) {
        v = k;
        break;
      }
    if (v < 0) continue;
    // (a word of pace near it makes the word of direction a rate: "growth slowed by 0.4 points to 0.85%", تباطؤ وتيرة النمو)
    if (tokens.slice(Math.max(0, v - PACE_BEFORE), h).some((t) => listedAfterConjunction(CHANGE_PACE, t.key) !== undefined)) continue;
    const to = qs.find((x) => x.first > by.last && x.first <= by.last + DIRECTION_REACH && changeRole(tokens, x) === 'to');
    if (!to || tokens.slice(v + 1, to.first).some((t) => sideOf(t) !== undefined)) continue;
    const side = sideOf(tokens[v])!;
    const near = aroundSupport(ctx, a);
    const levels = figureValues(to);
    const amounts = figureValues(by);
    let up: { sentence: number; from: number } | undefined, down: { sentence: number; from: number } | undefined;
    // (the level and the other level may stand in two of these sentences: "wheat 700,000 tonnes", then "wheat exports fell by a
    // third from 1.05 million tonnes")
    const held = near.flatMap((i) => [...ctx.sourceQuantities[i]].map((x) => ({ i, x })));
    for (const { x: l } of held) {
      if (!levels.includes(l) && !(to.hedge !== undefined && figureHolds(levels, to.hedge, l))) continue;
      for (const { i, x: o } of held)
        if (o !== l && figureHolds(amounts, by.hedge, round6(Math.abs(o - l)))) {
          if (o < l) up ??= { sentence: i, from: o };
          else down ??= { sentence: i, from: o };
        }
    }
    const against = side === 0 ? (up ? undefined : down) : down ? undefined : up;
    if (against) return { verb: tokens[v], sentence: against.sentence, from: against.from, to: to.value };
  }
  return undefined;
}

/** lexicons/numbers.json currencySignNames: a currency sign right before an amount and the currency it names (entities.json's id). */
const SIGN_CURRENCY = new Map<string, string>(lexiconValues('numbers', 'currencySignNames', isString, 'a currency'));

/**
 * The currency an amount is in, as its text says it: a sign right before it (£301 million, US$3m) or a currency word of
 * lexicons/entities.json right after it (301 million pounds, 15 ديناراً): the currency's entity id and the words that say it.
 */
function currencyOf(text: string, tokens: readonly Token[], q: Quantity): { id: string; text: string } | undefined {
  const sign = q.start > 0 ? text[q.start - 1] : '';
  const named = SIGN_CURRENCY.get(sign);
  if (named !== undefined) return { id: named, text: sign };
  const after = tokens[q.last + 1];
  const e = after && entityOf(after);
  return e && e.cls === 'currency' ? { id: e.id, text: after.text } : undefined;
}

/**
 * A claim's amount that its support set gives in another currency, and never in the claim's: "France bought $301 million" for
 * "France remained the biggest buyer at £301 million", "قرابة 15 يورو للكيلوغرام" for "نحو 15 ديناراً للكيلوغرام" (fresh editor
 * pairs' planted errors that drew nothing, 137th and 140th batches: the figure is the source's, its currency is not). Both
 * currencies must be read; a conversion gives another figure, which the number rule reads as such.
 */
function otherCurrency(
  ctx: CheckContext,
  sources: readonly number[],
  tokens: readonly Token[],
  q: Quantity,
): { sentence: number; expected: string; actual: string } | undefined {
  const mine = currencyOf(ctx.summary.text, tokens, q);
  if (!mine) return undefined;
  const values = figureValues(q);
  let other: { sentence: number; expected: string; actual: string } | undefined;
  for (const i of sources) {
    if (!values.some((v) => ctx.sourceQuantities[i].includes(v))) continue;
    const st = passingTokens(ctx.source.sentences[i]);
    for (const x of sourceQuantitiesAt(ctx, i)) {
      if (!figureValues(x).some((v) => values.includes(v))) continue;
      const theirs = currencyOf(ctx.source.text, st, x);
      if (theirs === undefined) continue;
      if (theirs.id === mine.id) return undefined;
      other ??= { sentence: i, expected: theirs.text, actual: mine.text };
    }
  }
  return other;
}

const READINGS = new WeakMap<CheckContext, Map<number, { plain: number[]; spans: number[]; spanUnits: number[]; measures: MeasureReading[] }>>();
/** Source sentence i's last spans with no figure (text/numbers.ts lastSpans), read once per check. */
const LAST_SPANS = new WeakMap<CheckContext, Map<number, number[]>>();
const lastSpansOf = (ctx: CheckContext, i: number): number[] => keptPerCheck(LAST_SPANS, ctx, i, () => lastSpans(ctx.source.sentences[i].tokens));
/** lexicons/numbers.json spanDemonstratives, by key. */
const SPAN_DEMONSTRATIVES = new Set(lexiconWords('numbers', 'spanDemonstratives').map((w) => makeToken(w, 0).key));
/** Does a demonstrative stand right before a span figure, or before the unit that opens it (تلك الأشهر الستة)? */
function demonstrativeBefore(tokens: readonly Token[], q: Quantity): boolean {
  const before = tokens[q.first - 1];
  if (before === undefined) return false;
  if (SPAN_DEMONSTRATIVES.has(before.key)) return true;
  return isTimeUnit(before.key.replace(/^ال/, '')) && SPAN_DEMONSTRATIVES.has(tokens[q.first - 2]?.key ?? '');
}
const SPANS = new WeakMap<CheckContext, Map<number, number[]>>();
/** The spans of time, in minutes, that source sentence i gives with a figure (ten days: 14,400), read once per check. */
const spansOf = (ctx: CheckContext, i: number): number[] =>
  keptPerCheck(SPANS, ctx, i, () => {
    const tokens = ctx.source.sentences[i].tokens;
    return quantities(tokens).flatMap((x) => spanSize(tokens, x) ?? []);
  });
/** A week and a day in minutes (lexicons/numbers.json timeUnits). */
const WEEK_MINUTES = 10080;
const DAY_MINUTES = 1440;
const PERCENT_ONLY: OnlyCache = new WeakMap();
const SPAN_ONLY: OnlyCache = new WeakMap();
const NONE: ReadonlySet<number> = new Set();

/** Does a noun, or "of" (منهم), follow the figure ending at tokens[i], close by: it counts something. */
function countedAfter(tokens: readonly Token[], i: number): boolean {
  const nx = tokens[i + 1];
  return nx !== undefined && nx.start - tokens[i].end <= 2 && nx.kind === 'word' && (!nx.stop || nx.key === 'of' || nx.key === 'منهم');
}

/** Is the figure ending at tokens[i] a percentage: a percent word after it, or the sign (9%, 9 %, ٪), which is no token? */
function percentAt(text: string, tokens: readonly Token[], i: number): boolean {
  if (percentAfter(tokens as Token[], i)) return true;
  let x = tokens[i].end;
  if (text[x] === ' ') x++;
  return text[x] === '%' || text[x] === '٪';
}

type OnlyCache = WeakMap<CheckContext, { read: Uint8Array; sets: Map<number, ReadonlySet<number>> }>;

/**
 * The values that source sentence i has only as figures of one kind (`is`), none of its other figures having them: read once
 * per sentence and check. A count's holders elsewhere can be 100,000 sentences of a large source (the figure 2): which
 * were read is a byte per sentence, and only the sentences that have such values keep a set.
 */
function valuesOnly(ctx: CheckContext, i: number, caches: OnlyCache, is: (tokens: readonly Token[], x: Quantity) => boolean): ReadonlySet<number> {
  if (ctx.sourceQuantities[i].length === 0) return NONE;
  let cache = caches.get(ctx);
  if (!cache) caches.set(ctx, (cache = { read: new Uint8Array(ctx.sourceQuantities.length), sets: new Map() }));
  if (!cache.read[i]) {
    cache.read[i] = 1;
    // (its tokens for one look: a kept token object per word of 100,000 holders was 240 MiB at 1,000,000 sentences)
    const tokens = passingTokens(ctx.source.sentences[i]);
    const only = new Set<number>(),
      other = new Set<number>();
    for (const x of quantities(tokens)) for (const v of figureValues(x)) (is(tokens, x) ? only : other).add(v);
    for (const v of other) only.delete(v);
    if (only.size) cache.sets.set(i, only);
  }
  return cache.sets.get(i) ?? NONE;
}

/** The values that source sentence i has only as percentages (9 of "risen 9%", when no other 9 stands there). */
const percentOnly = (ctx: CheckContext, i: number): ReadonlySet<number> =>
  valuesOnly(ctx, i, PERCENT_ONLY, (tokens, x) => x.also === undefined && percentAt(ctx.source.text, tokens, x.last));

/**
 * The values that source sentence i has only as spans of time (6 of "a study that lasted six months"); not a percentage
 * before a word of time ("climbed 14.2% year-on-year").
 */
const spanOnly = (ctx: CheckContext, i: number): ReadonlySet<number> =>
  valuesOnly(ctx, i, SPAN_ONLY, (tokens, x) => {
    const unit = tokens[x.last + 1];
    return x.also === undefined && unit !== undefined && isTimeUnit(unit.key) && !percentAt(ctx.source.text, tokens, x.last);
  });

/** Each figure value of a source sentence with its figure's size as a span of time (NaN: none), for otherSpansOnly. */
interface SpanSizes {
  readonly values: readonly number[];
  readonly sizes: readonly number[];
}
/** The size in minutes of figure x as a plain span of time (not a percentage, not a range); undefined when it is none. */
const plainSpanSize = (text: string, tokens: readonly Token[], x: Quantity): number | undefined =>
  x.also === undefined && !percentAt(text, tokens, x.last) ? spanSize(tokens, x) : undefined;
/** spanSizesOf's store per check: which sentences were read (a byte each), and those that have a span of time. */
const SPAN_SIZES = new WeakMap<CheckContext, { read: Uint8Array; of: Map<number, SpanSizes> }>();

/**
 * The figure values of source sentence i, each with its figure's size as a plain span of time (not a percentage, not a
 * range): read once per sentence and check, and kept only for sentences with a span. It answers otherSpansOnly for every
 * size of span asked: a store per size (valuesOnly's byte per source sentence, once for each size a claim asked about)
 * was 266 MiB of the 1,000,000-sentence English check (bench/README.md, seventeenth round).
 */
function spanSizesOf(ctx: CheckContext, i: number): SpanSizes | undefined {
  let cache = SPAN_SIZES.get(ctx);
  if (!cache) SPAN_SIZES.set(ctx, (cache = { read: new Uint8Array(ctx.sourceQuantities.length), of: new Map() }));
  if (!cache.read[i]) {
    cache.read[i] = 1;
    const tokens = passingTokens(ctx.source.sentences[i]);
    const values: number[] = [],
      sizes: number[] = [];
    let spans = false;
    for (const x of quantities(tokens)) {
      const z = plainSpanSize(ctx.source.text, tokens, x);
      if (z !== undefined) spans = true;
      for (const v of figureValues(x)) {
        values.push(v);
        sizes.push(z ?? Number.NaN);
      }
    }
    if (spans) cache.of.set(i, { values, sizes });
  }
  return cache.of.get(i);
}

/**
 * Does source sentence i have value v only as spans of time, none of them of `size` minutes (6 of "six months" for a claim's
 * six weeks)? By definition valuesOnly with that kind of figure: some figure has v, and every figure that has v is a span
 * of another size (a test holds the two equal).
 */
export function otherSpansOnly(ctx: CheckContext, i: number, v: number, size: number): boolean {
  if (ctx.sourceQuantities[i].length === 0) return false;
  const s = spanSizesOf(ctx, i);
  if (s === undefined) return false;
  let some = false;
  for (let k = 0; k < s.values.length; k++) {
    if (s.values[k] !== v) continue;
    const z = s.sizes[k];
    if (Number.isNaN(z) || Math.abs(z - size) < 1e-6) return false;
    some = true;
  }
  return some;
}

/** otherSpansOnly by its definition, valuesOnly with one store per size asked (for the test that holds the two equal). */
export function otherSpansOnlyByDefinition(ctx: CheckContext, i: number, v: number, size: number): boolean {
  return valuesOnly(ctx, i, new WeakMap(), (tokens, x) => {
    const z = plainSpanSize(ctx.source.text, tokens, x);
    return z !== undefined && Math.abs(z - size) >= 1e-6;
  }).has(v);
}

/**
 * Does one of the sentences stand for the figure by an editor's reading of it (text/numbers.ts
 * sourceReadings: سن العاشرة for "ten", a century for a hundred years, 1.4 times for 40% larger, 90 days
 * for three months)? Read lazily, once per sentence and check, for figures that nothing else sources.
 */
export function derivedIn(ctx: CheckContext, sources: readonly number[], q: Quantity, tokens?: readonly Token[]): boolean {
  // (a day of a month is a date, which no span restates: "Monday, April 14" for the source's April 7 is no "fortnight",
  // a fresh editor pair's planted date that the 14 days of "two weeks" let through)
  if (tokens && dayOfMonth(tokens, q)) return false;
  let cache = READINGS.get(ctx);
  if (!cache) READINGS.set(ctx, (cache = new Map()));
  const values = figureValues(q);
  // (a span of time in another unit sources a span only: sourceReadings' spans)
  const span = tokens === undefined || isSpanFigure(tokens, q);
  const unit = tokens === undefined ? undefined : measureUnitAt(tokens, q.last + 1);
  const spanUnit = tokens === undefined ? undefined : spanUnitOf(tokens, q);
  for (const i of sources) {
    let r = cache.get(i);
    if (!r) {
      const spans: number[] = [],
        spanUnits: number[] = [],
        measures: MeasureReading[] = [];
      // (and the sizes of its lists of names: "three counties" for Leicestershire, Nottinghamshire and Derbyshire)
      const plain = [
        ...sourceReadings(ctx.source.sentences[i].tokens, spans, measures, spanUnits),
        ...listCounts(ctx.source.text, ctx.source.sentences[i].tokens),
      ];
      cache.set(i, (r = { plain, spans, spanUnits, measures }));
    }
    if (r.plain.some((s) => figureHolds(values, q.hedge, s))) return true;
    // (a span by the source's spans in its own unit, when it names one: sourceReadings' spanUnits)
    if (span && r.spans.some((s, k) => (spanUnit === undefined || r.spanUnits[k] === spanUnit) && figureHolds(values, q.hedge, s))) return true;
    // (a measure in another unit sources a figure in that unit only: 120,000 tonnes are 120 million kilograms, not tonnes)
    if (unit && r.measures.some((m) => m.family === unit.family && m.unit === unit.unit && figureHolds(values, q.hedge, m.value))) return true;
  }
  return false;
}

/** Is the figure a day of a month: a whole number from 1 to 31 right after or before a month's name (April 14, 14 أبريل)? */
function dayOfMonth(tokens: readonly Token[], q: Quantity): boolean {
  if (!isDayOfMonth(q.value)) return false;
  const month = (t: Token | undefined) => t !== undefined && entityOf(t)?.cls === 'month';
  return month(tokens[q.first - 1]) || month(tokens[q.last + 1]);
}
