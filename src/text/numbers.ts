import { byForm, type Token } from './tokenize.js';
import { isArabicChar, normalizeToken, withoutMarks } from './normalize.js';
import { isNumber, lexiconGroups, lexiconPhrases, lexiconValues, lexiconWords, listedAfterConjunction, withoutPronoun } from './lexicons.js';
import type { TokenForms } from './document.js';
import { arabicWords } from './arabic-words.js';
import { negatesAt } from './negation.js';

/**
 * Quantities in a run of tokens: digit numbers (any script, 1,200 / 3.5 / ٣٦٠), with a following
 * scale word (1.2 million, ٣ ملايين), English number words (twelve, a dozen, two hundred) and Arabic
 * ones (ثلاثة، خمسة وعشرون، ثلاثة عشر، ثلاثمئة ألف، مليون ونصف).
 */
export interface Quantity {
  value: number;
  start: number;
  end: number;
  /** Index of the first token. */
  first: number;
  /** Index of the last token (a scale or the last number word). */
  last: number;
  /** The same figure in another unit: 200 basis points is also 2 (percent). */
  also?: number;
  /**
   * A hedge before the figure (about, more than, just under; نحو، أكثر من، أقل من): a rounded restatement,
   * which a nearby source value in the hedge's direction sources (HEDGE_RANGE).
   */
  hedge?: Hedge;
  /** A proportion's own figures (three in five: 3 and 5), which a text that counts them sources too. */
  parts?: number[];
  /**
   * Half the unit of the last digit an unhedged decimal before a scale states (5.28 million: 5,000): the figure is the
   * source's value rounded to the precision its writer chose, which an editor writes without a hedge (roundedHolds).
   */
  rounding?: number;
}

/**
 * How a figure is hedged: about it, over it, under it, or just past it (a level crossed: تجاوز حاجز الـ60 دولاراً, a
 * value above it by at most a tenth; against a source's 75 it is another level, an ANS train contradiction).
 */
export type Hedge = 'about' | 'over' | 'under' | 'past';

/** A list of lexicons/numbers.json by matching key. */
const keysOf = (list: string): Set<string> => new Set(lexiconWords('numbers', list).map((w) => normalizeToken(w)));
/** A list of phrases of lexicons/numbers.json, each as the matching keys of its words. */
const phrasesOf = (list: string): string[][] => lexiconPhrases('numbers', list);
/** A list of lexicons/numbers.json as matching key → value, in the file's order. */
function valuesOf<V = number>(list: string, is: (v: unknown) => v is V = isNumber as (v: unknown) => v is V): Record<string, V> {
  return Object.fromEntries(lexiconValues('numbers', list, is, 'a number').map(([w, v]) => [normalizeToken(w), v]));
}

/**
 * Hedges by the matching key of the word (or the last word of a phrase) right before a figure (lexicons/numbers.json:
 * about, around, نحو، قرابة; over; under), from the project's probe pairs (probes/dev).
 */
const HEDGE_KEY = new Map<string, Hedge>(
  lexiconGroups('numbers', 'hedges').flatMap((g) => (g.words ?? []).map((w) => [normalizeToken(w), g.name as Hedge] as [string, Hedge])),
);
const HEDGE_WORDS: ReadonlySet<string> = new Set(HEDGE_KEY.keys());
/** The hedge a word says, as listed or after a glued و/ف (ونحو). */
const hedgeOfKey = (key: string): Hedge | undefined =>
  HEDGE_KEY.get(key) ??
  HEDGE_KEY.get(listedAfterConjunction(HEDGE_WORDS, key) ?? '') ??
  // (an imperfect verb with the ل of purpose glued: "ليتجاوز 1100 رأس", to pass 1,100, for the source's 1,120, a faithful line of
  // the 227th batch of fresh editor pairs; as يتجاوز and ويتجاوز are)
  (key.length > 3 && key[0] === 'ل' && (key[1] === 'ي' || key[1] === 'ت') ? HEDGE_KEY.get(key.slice(1)) : undefined);
/** more/less + than|من: the word before the comparative's particle decides the direction. */
const MORE = keysOf('more');
const LESS = keysOf('less');
const THAN = keysOf('than');
/** lexicons/numbers.json approach and negatedExceed: تقترب من (about); لم تتجاوز (under). */
const APPROACH = keysOf('approach');
const NEGATED_EXCEED = keysOf('negatedExceed');
/** lexicons/numbers.json negatedReach, and حتى ("even") between one and its figure. */
const NEGATED_REACH = keysOf('negatedReach');
const EVEN_AR = normalizeToken('حتى');
/** Tokens between حتى and the negated verb of reaching before it (its subject, an appositive). */
const REACH_SUBJECT = 14;
const BELOW = normalizeToken('دون');
/** من by its key: "of" between a day's ordinal and its month and in a partitive (أربعاً من السفن), "from" in من دون (without). */
const MIN = normalizeToken('من');

/** lexicons/numbers.json degree: words between a comparative and its particle (ما يزيد قليلاً على: slightly more than). */
const DEGREE = keysOf('degree');

/** The hedge right before token i (skipping an article of a fraction: "about a fifth"), if any. */
export function hedgeBefore(tokens: Token[], i: number): Hedge | undefined {
  return hedgeAt(tokens, i)?.[0];
}

/**
 * The first token of the hedge right before token i ("more" of "more than", نحو of نحو 800), or i when the
 * figure has none: the words that, with the figure, restate a source value (check/figures.ts credits them).
 */
export function hedgeStart(tokens: Token[], i: number): number {
  return hedgeAt(tokens, i)?.[1] ?? i;
}

/** Is token i a currency's letters glued to the sign before the next token's figure (NZ$30,000, US$, C$, HK$)? */
export const currencyLetters = (tokens: readonly Token[], i: number): boolean =>
  tokens[i] !== undefined && tokens[i + 1] !== undefined && /^[A-Z]{1,3}$/.test(tokens[i].text) && tokens[i + 1].start - tokens[i].end === 1;

/** lexicons/numbers.json overMoreBefore: words before "over" that keep it "more than" before a span (for over two years, in over a decade). */
const OVER_MORE_BEFORE = keysOf('overMoreBefore');

/** hedgeBefore's reading, with the index of the hedge's first token. */
function hedgeAt(tokens: Token[], i: number): [Hedge, number] | undefined {
  let j = i - 1;
  // (past a currency's letters glued to its sign: "roughly C$1.05 million", A$, NZ$, US$; a fresh editor pair's faithful
  // "roughly C$1.05 million" for C$1,052,000 lost its hedge and drew a number error)
  if (j >= 0 && currencyLetters(tokens, j)) j--;
  if (tokens[j]?.key === 'a') j--;
  const w = tokens[j]?.key;
  if (w === undefined) return undefined;
  // (a negated verb of reaching right before the figure, or before its subject and حتى: "لم تبلغ نسبة ملء السد … حتى خمسة في
  // المئة", under five; negatedReach)
  if (j > 0 && NEGATED_REACH.has(w) && NEGATED_EXCEED.has(tokens[j - 1].key)) return ['under', j - 1];
  if (w === EVEN_AR)
    for (let k = j - 1; k > 0 && k >= j - REACH_SUBJECT; k--)
      if (NEGATED_REACH.has(tokens[k].key) && NEGATED_EXCEED.has(tokens[k - 1].key)) return ['under', j];
  if (THAN.has(w)) {
    // (a degree word between: ما يزيد قليلاً على، slightly more than)
    let k = j - 1,
      c = tokens[k]?.key;
    if (c !== undefined && DEGREE.has(c)) c = tokens[--k]?.key;
    // (or a noun of quantity between, its subject: "بطلبية تزيد قيمتها على 400 مليون دولار" for 412 million, a faithful line of
    // the 231st batch of fresh editor pairs)
    if (c !== undefined && isQuantityNoun(c) && k > 0 && listedAfterConjunction(MORE, tokens[k - 1].key)) c = tokens[--k]?.key;
    // (after و/ف: وأكثر من مئة جريح)
    const h =
      c === undefined
        ? undefined
        : listedAfterConjunction(MORE, c)
          ? 'over'
          : listedAfterConjunction(LESS, c)
            ? 'under'
            : listedAfterConjunction(APPROACH, c)
              ? 'about'
              : undefined;
    return h ? [h, k] : undefined;
  }
  // close to, قريب من: about
  if (w === 'to' && tokens[j - 1]?.key === 'close') return ['about', j - 1];
  // (من دون is "without", not "below")
  if (w === BELOW && tokens[j - 1]?.key === MIN) return undefined;
  // ("over" before a span of time is mostly its length, "phased in over four years", not "more than"; a planted "over four
  // years" for the source's "over six years" was held by a ratio's five elsewhere)
  if (w === 'over' && TIME_UNITS[tokens[i + 1]?.key ?? ''] !== undefined && j > 0 && !OVER_MORE_BEFORE.has(tokens[j - 1].key)) return undefined;
  const h = hedgeOfKey(w);
  // a verb of exceeding after a negation is a ceiling: لم تتجاوز 4 بالمئة, "did not exceed 4%"
  if (h === 'over' && w !== 'least' && j > 0 && NEGATED_EXCEED.has(tokens[j - 1].key)) return ['under', j - 1];
  if (h) return [h, j];
  return governedHedge(tokens, i);
}

/**
 * A verb of exceeding (or falling under) that governs a figure a few words on: through a word for the level
 * right before it (تجاوز غرام عيار 22 حاجز 316 درهماً, "topped the $80 mark"), or through a noun of quantity
 * right after it (تجاوز عدد الخلايا العصرية 30 ألفاً: the number of hives exceeded 30,000). Two fresh editor
 * pairs' number errors, for a source's 316.5 and 32 ألف. The hedge's words are the level word only: the
 * subject between is the claim's own content.
 */
function governedHedge(tokens: Token[], i: number): [Hedge, number] | undefined {
  // (the article written apart before digits: حاجز الـ80)
  const at = tokens[i - 1]?.key === 'ال' ? i - 2 : i - 1;
  const level = at >= 0 && HEDGE_LEVEL.has(tokens[at].key);
  for (let j = at - 1; j >= 0 && j >= i - GOVERNED; j--) {
    const h = hedgeOfKey(tokens[j].key);
    if (h === undefined || h === 'about') continue;
    if (level) return [h === 'over' ? 'past' : h, at];
    // (with its article too: تجاوزت القيمة السوقية للأسهم المدرجة عشرة تريليونات ريال for 10.3 تريليون, a fresh editor pair's
    // faithful line, 137th batch)
    if (isQuantityNoun(tokens[j + 1]?.key ?? '')) return [h, i];
  }
  return openingVerbHedge(tokens, i);
}

/** lexicons/function-words.json contrast: words that open a clause (فيما، بينما), as openingVerbHedge reads them. */
const CONTRAST_OPENERS = new Set(lexiconWords('function-words', 'contrast').map((w) => normalizeToken(w)));
/** How far back an Arabic verb of exceeding that opens its clause may stand from the figure it governs. */
const CLAUSE_GOVERNED = 12;
const PREPOSITIONS_BEFORE_FIGURE = keysOf('openingVerbNotAfter');

/**
 * An Arabic verb of exceeding that opens its clause (the sentence's first word, or after a comma or a word of contrast)
 * governs the clause's first figure past a subject of any length, the verb-subject-object order of Arabic: فيما تتجاوز
 * أدوات الدين التي يحملها صندوق استثمار أموال الضمان الاجتماعي عشرة مليارات دينار (for the source's 10.1 مليار), a fresh
 * editor pair's faithful line, 171st batch. Not past a figure in digits between (the subject's own) nor to a figure after
 * a preposition (في 2020، منذ عام). A wrong reading only widens what the figure stands for: its own value still holds.
 */
function openingVerbHedge(tokens: Token[], i: number): [Hedge, number] | undefined {
  if (PREPOSITIONS_BEFORE_FIGURE.has(tokens[i - 1]?.key ?? '')) return undefined;
  // (nor a figure of the subject before the level the verb passes: وتجاوز غرام عيار 22 حاجز 316 درهماً)
  for (let k = i + 1; k <= i + 2 && k < tokens.length; k++) if (HEDGE_LEVEL.has(tokens[k].key)) return undefined;
  for (let j = i - 1; j >= 0 && j >= i - CLAUSE_GOVERNED; j--) {
    const t = tokens[j];
    if (/\d/.test(t.text)) return undefined;
    if (hedgeOfKey(t.key) !== 'over' || !isArabicChar(t.key.charCodeAt(0))) continue;
    const opens = j === 0 || t.start - tokens[j - 1].end > 1 || CONTRAST_OPENERS.has(tokens[j - 1].key);
    return opens ? ['over', j] : undefined;
  }
  return undefined;
}
/** lexicons/numbers.json doubledIdioms: number words that, doubled, say "equally" (fifty-fifty). */
const DOUBLED = keysOf('doubledIdioms');
/** lexicons/numbers.json hedgeLevel and quantityNouns (governedHedge), and how far back the verb may stand. */
const HEDGE_LEVEL = keysOf('hedgeLevel');
const QUANTITY_NOUNS = keysOf('quantityNouns');
// (or with a pronoun glued: "بطلبية تزيد قيمتها على 400 مليون دولار" for 412 million, a faithful line of the 231st batch of
// fresh editor pairs)
const isQuantityNoun = (key: string): boolean =>
  QUANTITY_NOUNS.has(key) ||
  (key.startsWith('ال') && QUANTITY_NOUNS.has(key.slice(2))) ||
  (withoutPronoun(key) !== key && QUANTITY_NOUNS.has(withoutPronoun(key)));
const GOVERNED = 6;

/**
 * Source values a hedged figure stands for: about v, within a tenth of v; more than v, above v and at
 * most a quarter above; less than v, below v and at most a fifth below; past v (a level crossed), v to a tenth above. Chosen to accept the probe
 * pairs' restatements ("more than 45,000" for 45,200, "about a fifth" for 21%, "just under 51%" for
 * 50.8%) and not a figure an editor would call wrong ("about 40,000" for 45,200).
 */
export function hedgeHolds(h: Hedge, claimed: number, source: number): boolean {
  const a = Math.abs(claimed);
  if (h === 'about') return Math.abs(source - claimed) <= 0.1 * a;
  // (a bound of less than one, "less than half a second", بأقل من نصف ثانية, is a round fraction the writer reached for, not
  // the figure rounded: it holds down to half itself, 0.38 seconds, which a fresh editor pair's faithful line drew a number
  // error for; FRACTION_BOUND_UNDER, FRACTION_BOUND_OVER)
  const fraction = claimed > 0 && claimed < 1;
  if (h === 'over') return source > claimed && source <= (fraction ? Math.min(1, FRACTION_BOUND_OVER * claimed) : 1.25 * claimed);
  if (h === 'past') return source >= claimed && source <= 1.1 * claimed;
  return source < claimed && source >= (fraction ? FRACTION_BOUND_UNDER : 0.8) * claimed;
}
/** How far a bound below one reaches: "less than half" down to a quarter, "more than half" up to three quarters. */
const FRACTION_BOUND_UNDER = 0.5;
const FRACTION_BOUND_OVER = 1.5;

/** The values a figure stands for: its value, and its value in the other unit when it has one (200 basis points: 200 and 2). */
export const figureValues = (q: Quantity): number[] => {
  const v = q.also === undefined ? [q.value] : [q.value, q.also];
  return q.parts ? v.concat(q.parts) : v;
};

/** Does a source value stand for a figure: one of its values (figureValues), or one in its hedge's range? */
export const figureHolds = (values: readonly number[], hedge: Hedge | undefined, source: number): boolean =>
  // (a source's readings are rounded to nine decimals, a claim's thirds are not: "منذ ثلثي عام" is 0.6666666666666666 of a
  // year, a source's eight months 0.666666667, which a fresh editor pair's faithful line drew a number error between)
  values.some((v) => v === source || round(v) === source || (hedge !== undefined && hedgeHolds(hedge, v, source)));

/** The names of a basis point (lexicons/numbers.json): of one word (bp) and of two (نقطة أساس, basis points), by their words' keys. */
const BASIS_POINTS = phrasesOf('basisPoints');
const BASIS_ONE = new Set(BASIS_POINTS.filter((p) => p.length === 1).map((p) => p[0]));
const BASIS_TWO = new Set(BASIS_POINTS.filter((p) => p.length === 2).map((p) => p.join(' ')));

/** نقطة أساس / نقاط أساس, basis point(s), bp(s) right after a figure: a hundredth of a percentage point. */
function basisPointsAt(tokens: Token[], i: number): boolean {
  const a = tokens[i]?.key,
    b = tokens[i + 1]?.key;
  if (a === undefined) return false;
  if (b !== undefined && BASIS_TWO.has(`${a} ${b}`)) return true;
  return BASIS_ONE.has(a);
}

/** English scale words after a number (1.2 million, $5bn), ordinals from third on, and number words below a hundred: lexicons/numbers.json. */
const SCALES: Record<string, number> = valuesOf('englishScales');
const ORDINALS: Record<string, number> = valuesOf('englishOrdinals');
const UNITS: Record<string, number> = valuesOf('englishUnits');

/**
 * Arabic number words by matching key (lexicons/numbers.json, which says which were left out and why): units,
 * tens and hundreds in both genders and both cases, the units that make hundreds glued to مئة, the scales.
 */
const AR_UNITS: Record<string, number> = valuesOf('arabicUnits');
const AR_TENS: Record<string, number> = valuesOf('arabicTens');
const AR_HUNDREDS: Record<string, number> = valuesOf('arabicHundreds');
const AR_HUNDRED_PREFIX: Record<string, number> = valuesOf('hundredPrefixes');
const isScale = (v: unknown): v is { value: number; alone?: boolean } => typeof v === 'object' && v !== null && isNumber((v as { value: unknown }).value);
/** Singular and dual scales stand alone (ألف جندي = 1,000); plural ones only after a number (ثلاثة آلاف). */
const AR_SCALES: Record<string, { v: number; alone: boolean }> = Object.fromEntries(
  Object.entries(valuesOf('arabicScales', isScale)).map(([k, s]) => [k, { v: s.value, alone: s.alone === true }]),
);
/** مئة/مائة, as keys: after a unit from three to nine (ثلاث مئة), glued to it (ثلاثمئة), in a percentage (في المئة، بالمئة). */
const HUNDRED_KEYS = [...keysOf('hundredWords')];
/** مئة with the article is the hundred of a percentage (ثلاثة في المئة, 3%), not a figure of its own. */
const PERCENT_HUNDRED = new Set(['ال', 'وال', 'فال'].flatMap((p) => HUNDRED_KEYS.map((h) => p + h)));
/** واحد/واحدة (with a clitic: بواحد) right before "percent" (في المئة، بالمئة; percent, per cent): the figure 1. */
const AR_ONE = withClitics([valuesOf('arabicOne')]);
const PERCENT_WORD = new Set([...HUNDRED_KEYS.map((h) => 'بال' + h), ...keysOf('percentWords')]);
/** lexicons/numbers.json percentWords alone (percent, pct). */
const ENGLISH_PERCENT = keysOf('percentWords');
/** Does a percent word follow the figure ending at tokens[i] (في المئة، بالمئة، percent, per cent)? */
export function percentAfter(tokens: Token[], i: number): boolean {
  const a = tokens[i + 1],
    b = tokens[i + 2];
  if (!a || !near(tokens[i], a)) return false;
  if (PERCENT_WORD.has(a.key)) return true;
  return b !== undefined && near(a, b) && ((a.key === 'في' && PERCENT_HUNDRED.has(b.key)) || (a.key === 'per' && b.key === 'cent'));
}
/**
 * A decade is ten years: العقد الماضي (عقد alone is also "contract" and "held", so only before الماضي,
 * الأخير, المنصرم, المقبل, القادم) and English "decade", so that السنوات العشر الأخيرة for العقد الماضي is
 * no changed figure.
 */
const AR_DECADE = withClitics([valuesOf('arabicDecade')]);
const DECADE_AFTER = keysOf('decadeAfter');
const DECADE_BEFORE = keysOf('decadeBefore');
const DECADE_HEDGE = keysOf('decadeHedge');
/** Is the عقد at i a decade by the word of time before it, past a hedge (منذ ما يزيد على عقد), with no noun after it? */
function decadeOfTime(tokens: Token[], i: number): boolean {
  const nx = tokens[i + 1];
  // (a word right after it, a space between, makes it a construct: عقد عمل, a contract; not one after a comma: "أعلى
  // مستوى منذ عقد، لتمويل مشاريع", a fresh editor pair's "منذ عشر سنوات" drew a number error)
  if (nx && nx.start - tokens[i].end <= 1 && !nx.stop) return false;
  let j = i - 1;
  while (j >= 0 && j >= i - 4 && near(tokens[j], tokens[j + 1]) && DECADE_HEDGE.has(tokens[j].key)) j--;
  return j >= 0 && near(tokens[j], tokens[j + 1]) && DECADE_BEFORE.has(tokens[j].key);
}
/** مئة/مائة after a unit from three to nine makes its hundreds (ثلاث مئة = 300). */
const HUNDRED = new Set(HUNDRED_KEYS);
/** عشر/عشرة after a unit makes a teen (ثلاثة عشر). */
const TEN = /^عشره?$/;
/** lexicons/numbers.json teenFirst, with their clitics (باثنتي عشرة، وأحد عشر). */
const TEEN_FIRST: Record<string, number> = Object.fromEntries(withClitics([valuesOf('teenFirst')]));

type ArabicValue = { v: number; kind: 'unit' | 'ten' | 'hundred' };

/**
 * Every written form of the Arabic number and scale words with their clitics (و/ف, then ال/ب/ل:
 * وثلاثة، الخمسة، بعشرين، والألف), built once so that a token costs one lookup: the source side of a
 * pair runs every word through here. A form's bare reading wins over a clitic reading of it.
 */
function withClitics<V>(tables: Record<string, V>[], articled = false): Map<string, V> {
  const m = new Map<string, V>();
  const put = (k: string, v: V) => {
    if (!m.has(k)) m.set(k, v);
  };
  // (`articled`, for ordinals: ل before the article, which drops its alif, للخامس من يوليو, and ب before it, بالخامس: a fresh
  // editor pair's faithful "في الخامس من يوليو" for its source's "الموافق للخامس من يوليو" drew a number error. Not for
  // the cardinals: بالمئة is "percent", not 100)
  const conj = ['و', 'ف'],
    art = articled ? ['ال', 'ب', 'ل', 'بال', 'لل'] : ['ال', 'ب', 'ل'];
  for (const t of tables) for (const [k, v] of Object.entries(t)) put(k, v);
  for (const t of tables) for (const [k, v] of Object.entries(t)) for (const c of conj) put(c + k, v);
  for (const t of tables) for (const [k, v] of Object.entries(t)) for (const a of art) put(a + k, v);
  for (const t of tables) for (const [k, v] of Object.entries(t)) for (const c of conj) for (const a of art) put(c + a + k, v);
  return m;
}
const entries = (t: Record<string, number>, kind: ArabicValue['kind']): Record<string, ArabicValue> =>
  Object.fromEntries(Object.entries(t).map(([k, v]) => [k, { v, kind }]));
/** ثلاثمئة، خمسمائة: a unit glued to مئة. */
const COMPOUND_HUNDREDS: Record<string, number> = Object.fromEntries(
  Object.entries(AR_HUNDRED_PREFIX).flatMap(([k, v]) => HUNDRED_KEYS.map((h) => [k + h, v * 100])),
);
const AR_VALUES = withClitics([entries(AR_UNITS, 'unit'), entries(AR_TENS, 'ten'), entries(AR_HUNDREDS, 'hundred'), entries(COMPOUND_HUNDREDS, 'hundred')]);
const AR_SCALE_FORMS = withClitics([AR_SCALES]);
/**
 * Units that open a compound only (و + a ten after them): lexicons/numbers.json compoundUnits, and every unit
 * of arabicUnits in the accusative with its alif (ثمانياً وأربعين, سبعاً وثلاثين): without them a figure that
 * wire copy writes out in words (بلغت نسبة المشاركة واحداً وأربعين في المئة) was no figure, and the summary's 41%
 * a changed one.
 */
const AR_COMPOUND_UNITS = new Map([
  ...withClitics([
    Object.fromEntries(Object.entries(AR_UNITS).flatMap(([k, v]) => (v < 10 && !k.endsWith('ة') && !k.endsWith('ا') ? [[k + 'ا', v]] : []))),
    valuesOf('compoundUnits'),
  ]),
  // (a unit with ب or ل before its article, before و + a ten: "ستحتفظ بالتسعة والأربعين في المئة" for the source's 49 في المئة,
  // a fresh editor pair's faithful summary drew a number error on والأربعين. Only there: بالخمس alone is a fifth)
  ...[...withClitics([Object.fromEntries(Object.entries(AR_UNITS).filter(([, v]) => v < 10))], true)].filter(([k]) => /^[وف]?(?:بال|لل)/.test(k)),
]);
/**
 * The accusative of the units two to nine with their alif (أربعاً، ثلاثاً), with و/ف: a count also before من and a definite
 * noun, "of" a whole (وزعمت الوزارة أن أربعاً من السفن أطفأت أجهزة التتبع, which a fresh editor pair's faithful أربع سفن
 * restates and drew a number error). Not واحداً (one of is no count) nor ثمانياً alone.
 */
const AR_ACCUSATIVE_UNITS = new Set(
  [
    ...withClitics([
      Object.fromEntries(Object.entries(AR_UNITS).flatMap(([k, v]) => (v >= 2 && v < 10 && !k.endsWith('ة') && !k.endsWith('ا') ? [[k + 'ا', v]] : []))),
    ]),
  ].map(([k]) => k),
);
/**
 * Does من and a definite noun follow tokens[i] (أربعاً من السفن), or من كل, a proportion (سبعاً من كل عشر أسر, a fresh editor
 * pair's faithful line for 70 في المئة, whose سبعاً was no figure and عشر a changed one)?
 */
const partitiveAfter = (tokens: Token[], i: number): boolean => {
  const of = tokens[i + 1],
    noun = tokens[i + 2];
  return of !== undefined && noun !== undefined && near(tokens[i], of) && of.key === MIN && (/^(?:ال|لل)/.test(noun.key) || noun.key === EVERY_AR);
};
/** كل, "every", by key. */
const EVERY_AR = normalizeToken('كل');
/** A fraction before a scale (نصف مليون، ربع مليون): a figure; alone (نصف السكان) it is a proportion, not a number. */
const AR_FRACTIONS = withClitics([valuesOf('arabicFractions')]);

/**
 * Arabic fractions as shares (lexicons/numbers.json arabicShares, arabicShareDuals): per matching key, the
 * denominator, how many of it (1, or 2 for a dual) and whether the word carries the article. Without them an
 * editor's قرابة خُمسي الأموال for a source's نحو 40 بالمئة was three unknown words, and بزيادة تقارب الخُمس for
 * 20 بالمئة a changed figure (الخمس read as the cardinal five).
 */
const AR_SHARES = (() => {
  const m = new Map<string, { d: number; n: number; definite: boolean; core: string }>();
  const add = (table: Record<string, number>, n: number) => {
    for (const [core, d] of Object.entries(table))
      for (const c of ['', 'و', 'ف'])
        for (const a of ['', 'ال', 'ب', 'ل', 'بال', 'لل'])
          if (!m.has(c + a + core)) m.set(c + a + core, { d, n, definite: a === 'ال' || a === 'بال' || a === 'لل', core });
  };
  add(valuesOf('arabicShares'), 1);
  add(valuesOf('arabicShareDuals'), 2);
  return m;
})();
const AR_SHARES_AMBIGUOUS = keysOf('arabicSharesAmbiguous');
const AR_SHARES_NOT_BEFORE = keysOf('arabicSharesNotBefore');
const AR_SHARES_PRICES = keysOf('arabicSharesPrices');
const AR_SHARE_CUES = keysOf('arabicShareCues');
/**
 * The shares of AR_SHARES with an Arabic pronoun glued, the construct's end (ثلثيها، نصفهم، ربعه: "two thirds of it"), by key: not
 * one with the article, nor a cardinal's form (خمسه، عشره), nor a price (ثمنه, "its price"). Read on the source side only
 * (`quantities`' `owned`): a source's "استعادت حتى الآن قرابة ثلثيها" then holds the two thirds that a fresh editor pair's
 * faithful "استرجعت نحو ثلثي ثمانية وأربعين ألف عبوة" restates (it drew a number error). A summary's own share of an amount it
 * states, "1500 درهم يصرف نصفها في يناير", is a figure its source gives as 750, which the rule cannot derive: read on both
 * sides, three faithful summaries of the probe sets drew a number error.
 */
const AR_SHARES_OWNED = (() => {
  const m = new Map<string, { d: number; n: number; definite: boolean; core: string }>();
  for (const [k, v] of AR_SHARES)
    if (!v.definite && !AR_SHARES_AMBIGUOUS.has(v.core) && !AR_SHARES_PRICES.has(v.core))
      for (const p of ['ه', 'ها', 'هم', 'هما', 'هن']) if (!m.has(k + p)) m.set(k + p, v);
  return m;
})();
const AR_SHARE_PLURALS = valuesOf('arabicSharePlurals');
const DAMMA = 0x064f;
const FIFTY_OR_TWO_FIFTHS = normalizeToken('خمسين');
const ROUGHLY_AFTER = normalizeToken('تقريبا');

/** Is the letter of `text` that begins its last `coreLetters` letters (diacritics and tatweel skipped) followed by a damma (خُمس)? */
function dammaOnCore(text: string, coreLetters: number): boolean {
  const letters: number[] = [];
  for (let x = 0; x < text.length; x++) {
    const c = text.charCodeAt(x);
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) continue;
    letters.push(x);
  }
  const at = letters[letters.length - coreLetters];
  return at !== undefined && text.charCodeAt(at + 1) === DAMMA;
}

/**
 * An Arabic fraction at token i read as a share (its percentage, and the fraction as `also`), or undefined:
 * after a hedge (نحو الربع، قرابة خمسي), written with its damma (الخُمس), or without the article before a
 * definite noun (ثلث السكان: the construct). Never after a number (ثلاثة عشر, الحادي عشر) nor before
 * another number word, and the cardinals' forms (خمس، عشر …) only after a hedge or with the damma.
 */
function arabicShareAt(tokens: Token[], i: number, owned = false): { value: number; also: number } | undefined {
  const t = tokens[i];
  // (with a pronoun glued, on the source side: AR_SHARES_OWNED; read as written, since the key folds ة to ه)
  const own = owned && !AR_SHARES.has(t.key) && !/ة$/.test(withoutMarks(t.text)) ? AR_SHARES_OWNED.get(t.key) : undefined;
  const s = own ?? AR_SHARES.get(t.key);
  if (!s) return undefined;
  const prev = tokens[i - 1];
  if (prev && (prev.kind === 'number' || arabicValue(prev.key) || TEEN_FIRST[prev.key] !== undefined || AR_ORDINAL_UNITS.has(prev.key))) return undefined;
  // (and on the source side إلى before a half: "انخفض عدد الفرق الميدانية المتاحة إلى النصف", halved, which a faithful line of the 178th batch of
  // fresh editor pairs restated as "تقلص … بمقدار النصف" and drew a number error; not before another share, إلى الربع الأخير, nor
  // before a definite word, إلى النصف الثاني من المدينة; a claim's "تقلّص متوسط الانتظار إلى النصف" is read against the two
  // figures it halves, not as a figure of its own)
  const cued =
    prev !== undefined &&
    near(prev, t) &&
    (AR_SHARE_CUES.has(prev.key) || (owned && prev.key === TO_AR && s.n === 1 && s.d === 2 && !/^ال/.test(tokens[i + 1]?.key ?? '')));
  // (or with تقريباً after it: لا يعمل منهم سوى النصف تقريبا, "only about half", which a fresh editor pair's faithful "نحو نصف
  // الموزعين" restates and drew a number error)
  // (not a share that is also a cardinal: السنوات الخمس تقريبا are about five years)
  const hedged = hedgeBefore(tokens, i) !== undefined || cued || (tokens[i + 1]?.key === ROUGHLY_AFTER && !AR_SHARES_AMBIGUOUS.has(s.core));
  const damma = dammaOnCore(t.text, s.core.length);
  // (the dual خمسين is also the cardinal fifty, arabicShareDuals: a share with its damma, or with the article after a cue,
  // بمقدار الخمسين; نحو الخمسين من عمره is about fifty, بمقدار خمسين نقطة أساس fifty basis points)
  if (s.core === FIFTY_OR_TWO_FIFTHS && !damma && !(cued && s.definite)) return undefined;
  const nx = tokens[i + 1] && near(t, tokens[i + 1]) ? tokens[i + 1] : undefined;
  const definite = (o: Token | undefined) => o !== undefined && o.kind === 'word' && /^(?:[وفبل])?ال/.test(o.key) && !arabicValue(o.key);
  // (or a chain of constructs, a fraction that is no cardinal before an indefinite noun and a definite one: ربع تكلفة
  // البرنامج is a quarter of the programme's cost, which a summary's بربع الكلفة restates; a fresh editor pair's faithful
  // summary drew a number error)
  // (not a share after و, "مرتين ونصف مستواه السابق" is two and a half times its level, nor before a noun with a pronoun
  // glued on, which ends the construct: مستواه السابق is its former level)
  const chain = (o: Token | undefined) =>
    o !== undefined &&
    o.kind === 'word' &&
    !o.stop &&
    !arabicValue(o.key) &&
    !AR_SHARES_AMBIGUOUS.has(s.core) &&
    t.key[0] !== 'و' &&
    !PRONOUN_SUFFIX.test(withoutMarks(o.text)) &&
    near(o, tokens[i + 2] ?? o) &&
    definite(tokens[i + 2]);
  // (nor a half with و after a unit, the unit named again: "دقيقتين ونصف الدقيقة" is two and a half minutes, "ثلاثة دراهم ونصف
  // الدرهم" three and a half dirhams; read as a share they were a 50 that a faithful line of the 153rd batch of fresh editor
  // pairs drew a number error on)
  // (after a figure and its unit, or a dual span, which holds its figure; "جنيها ونصف الجنيه", one pound and a half, is
  // withSubunit's to read on the claim side)
  const before = tokens[i - 2];
  const counted = before !== undefined && (before.kind === 'number' || arabicValue(before.key) !== undefined);
  if (t.key[0] === 'و' && prev !== undefined && (DUAL_SPANS.has(prev.key) || (counted && (isTimeUnit(prev.key) || isMeasureUnit(prev.key))))) return undefined;
  const construct = !s.definite && (definite(nx) || chain(nx));
  // (a fraction with the article is no construct's head: "انخفض … بنحو الخُمس العام الماضي" is about a fifth last year, which a
  // fresh editor pair's faithful line restated for "بنسبة 18 في المئة" and read as the cardinal five drew a number error)
  if (nx && AR_SHARES_NOT_BEFORE.has(nx.key) && !s.definite) return undefined;
  // (nor a cardinal's form that opens a range to another number: يقلص عدد الشرائح من سبع إلى ثلاث is from seven to
  // three, not from a seventh; a fresh editor pair's faithful "الشرائح السبع إلى ثلاث" drew a number error)
  // (but after a hedge it is the share, and إلى opens the level: "نمو أقساطها بنحو الخمس إلى 612 مليون ريال", a fresh editor
  // pair's faithful restatement of "بنسبة 18 في المئة إلى 612 مليون ريال")
  if (AR_SHARES_AMBIGUOUS.has(s.core) && !damma && !hedged && nx && nx.key === TO_AR && numberAt(tokens, i + 2)) return undefined;
  // (nor before و and a ten: خمساً وأربعين is the accusative of 45, not two fifths and 40; a fresh editor pair's faithful
  // "حرارة فاقت خمساً وأربعين درجة" for "تجاوزت 45 درجة" drew a number error)
  if (nx && nx.key[0] === 'و' && arabicValue(nx.key)?.kind === 'ten') return undefined;
  // before a span of time it is that share of it (لمدة ربع قرن: a quarter of a century, which a source's 25 عاماً
  // restates; a fresh editor pair's restatement drew an unsupported span)
  // (not a share that is also a number, عشر سنوات "ten years", nor و + a share after a figure: يوماً ونصف يوم)
  if (nx && TIME_UNITS[nx.key] !== undefined && !AR_SHARES_AMBIGUOUS.has(s.core) && t.key[0] !== 'و') return { value: s.n / s.d, also: s.n / s.d };
  // before a scale it is a figure (تقارب ربع مليار دولار: 250 million, not 25%): arabicQuantity reads it
  if (nx && arabicScale(nx.key)?.alone && !isDual(arabicScale(nx.key)!.v)) return undefined;
  // (a word that is also a cardinal, before an indefinite noun, is the cardinal, hedge or not: قرابة سبع ساعات is about
  // seven hours, not a seventh; a fresh editor pair's faithful restatement of لنحو سبع ساعات drew a number error)
  // (and before "percent": نحو خمس بالمئة is 5%)
  // (not with the article: a definite cardinal stands after its noun, السنوات الخمس, so "انخفضت بنحو الخمس مقارنة بالعام
  // الماضي" is about a fifth, a fresh editor pair's faithful restatement of "بنحو 20 في المئة" that drew a number error)
  if (
    AR_SHARES_AMBIGUOUS.has(s.core) &&
    !damma &&
    !/^(?:[وفب]|وب|فب)?(?:ال|لل)/.test(t.key) &&
    nx &&
    ((nx.kind === 'word' && !/^(?:[وفبل])?ال/.test(nx.key) && !arabicValue(nx.key) && !nx.stop) || percentAfter(tokens, i))
  )
    return undefined;
  // (a cardinal's form in the construct before a definite noun is the share too: يستحوذ على خمس السوق is a fifth of the
  // market, which a source's 20 في المئة restates, where five of them is خمس أسواق or الأسواق الخمس; a fresh editor pair's
  // faithful restatement drew a number error; not a price, arabicSharesPrices: ثمن الهجوم سيكون باهظا, an ANS pair)
  if (!(hedged || damma || own !== undefined || (construct && !AR_SHARES_PRICES.has(s.core)))) return undefined;
  return { value: round((100 * s.n) / s.d), also: s.n / s.d };
}

/**
 * A pronoun glued to a noun's end (مستواه، قيمتها، أعضائهم), longest first so that a replace takes it whole; read on the word
 * as written for a construct's end (not ة, which the key folds to ه), and off a plural fraction's key (pluralFraction).
 */
const PRONOUN_SUFFIX = /(?:هما|هم|هن|ها|ه)$/;

/** إلى by its key, and whether token i is a number (digits or an Arabic number word): a range's second figure. */
const TO_AR = normalizeToken('إلى');
const numberAt = (tokens: Token[], i: number): boolean =>
  tokens[i] !== undefined && near(tokens[i - 1], tokens[i]) && (tokens[i].kind === 'number' || arabicValue(tokens[i].key) !== undefined);

/** The value of an Arabic number word, with or without a leading و/ف and ال/ب/ل (وثلاثة، الخمسة، بعشرين). */
const arabicValue = (key: string): ArabicValue | undefined => AR_VALUES.get(key);
/**
 * A unit glued to و at tokens[j] that stands in a compound only, with و and a ten right after it: in the accusative (وستاً،
 * وخمساً) or of compoundUnits (وواحد، وإحدى), after a hundred or a scale. That unit, else undefined.
 */
function unitBeforeTen(tokens: readonly Token[], j: number): ArabicValue | undefined {
  const key = tokens[j].key;
  const accusative = AR_ACCUSATIVE_UNITS.has(key.slice(1)) ? AR_UNITS[key.slice(1, -1)] : undefined;
  const v = accusative ?? AR_COMPOUND_UNITS.get(key);
  const next = tokens[j + 1];
  if (v === undefined || !next || !near(tokens[j], next) || next.key[0] !== 'و' || arabicValue(next.key)?.kind !== 'ten') return undefined;
  return { v, kind: 'unit' };
}
const arabicScale = (key: string): { v: number; alone: boolean } | undefined => AR_SCALE_FORMS.get(key);

const near = (a: Token, b: Token) => b.start - a.end <= 2;

/** lexicons/numbers.json currencyScales and currencySigns: £600m is 600 million, $3.5k 3,500; 600m alone is as often metres. */
const CURRENCY_SCALES: Record<string, number> = valuesOf('currencyScales');
const CURRENCY_SIGNS = new Set(lexiconWords('numbers', 'currencySigns'));
/**
 * The value of a one-letter scale (m, k, bn's b) glued to a number that a currency sign stands right before (£600m, US$3m,
 * €1.2m): British and business copy writes amounts so, and a summary's "climbed by £600m" for a source's rise from £9.2bn to
 * £9.8bn drew a number error on 600 (a fresh editor pair, 137th batch). Undefined without the text (the tokens do not hold
 * the sign) or with no sign before it.
 */
function currencyScale(text: string | undefined, t: Token, nx: Token): number | undefined {
  const v = CURRENCY_SCALES[nx.key];
  if (v === undefined || text === undefined || nx.start !== t.end || t.start === 0) return undefined;
  return CURRENCY_SIGNS.has(text[t.start - 1]) ? v : undefined;
}

/**
 * Arabic ordinals of the teens, by matching key, before عشر/عشرة: الحادي عشر (11th), الثامنة عشرة (18th),
 * and before و + a ten: الحادي والعشرين (21st). Alone (الثالث، الرابعة) they are left out, as the cardinal
 * tables leave them out: العالم الثالث, الطرف الثالث are no counts. Without them عشر/عشرة after an ordinal read
 * as 10, and الدورة الثامنة عشرة against a source's الدورة الـ18 was a changed figure.
 */
const AR_ORDINAL_UNITS = withClitics([valuesOf('ordinalUnits')], true);
/** lexicons/numbers.json dayOrdinals: الأول and العاشر, read as figures only as a day of a month (arabicQuantity). */
const AR_DAY_ORDINALS = withClitics([valuesOf('dayOrdinals')], true);
/** The Arabic names of the months (lexicons/dates.json months), by key: after an ordinal and من, a date. */
const AR_MONTHS = new Set(
  lexiconGroups('dates', 'months')
    .flatMap((g) => g.words ?? [])
    .filter((w) => isArabicChar(w.charCodeAt(0)))
    .map(normalizeToken),
);

/**
 * A fraction of a percentage point: ربع نقطة مئوية (0.25), نصف نقطة مئوية (0.5); a central bank's quarter
 * point is its 25 basis points.
 */
const [POINT_WORD, PERCENTAGE_WORD] = lexiconWords('numbers', 'percentagePoint').map((w) => normalizeToken(w));
const POINT = new Set([POINT_WORD]);
const PERCENTAGE_ADJ = new Set([PERCENTAGE_WORD]);

/**
 * An Arabic number written in words from token i: ثلاثة، خمسة وعشرون، ثلاثة عشر، ثلاثمئة ألف، مليون ونصف,
 * مليونان ومئتا ألف (2,200,000), ثلاثة ملايين ونصف المليون (3,500,000), الحادي عشر (11th).
 * Read as the sum of groups: each group (below a thousand) is multiplied by the scale after it, and a group
 * after a scale (ومئتا ألف after مليونان) starts again; before, مئتا was added to the two million and ألف
 * began a figure of its own (2,000,200 and 1,000).
 */
/** lexicons/numbers.json ordinalRunAfter (على التوالي), by key. */
const ORDINAL_RUN_AFTER = phrasesOf('ordinalRunAfter');
/** Is a figure an Arabic ordinal's count of a run (ordinalRun)? */
export const isOrdinalRun = (tokens: readonly Token[], q: Pick<Quantity, 'first' | 'last'>): boolean =>
  q.first === q.last && (AR_ORDINAL_UNITS.get(tokens[q.first].key) ?? 0) >= 3 && ordinalRun(tokens, q.first);
/**
 * Is the Arabic ordinal at i the count of a run, before على التوالي (ordinalRunAfter)? Not after للمرة alone: "للمرة الثالثة"
 * is as often a count the writer made of the source's occasions, and read there it gave a faithful line of the held-aside
 * editor pairs an error.
 */
function ordinalRun(tokens: readonly Token[], i: number): boolean {
  return ORDINAL_RUN_AFTER.some((p) => wordsAt(tokens, i + 1, p));
}
/** The forms of تسع that are also the verb "holds" (وسع), and the tokens after one within which a figure makes it the verb. */
const HOLDS = new Set(['تسع', 'وتسع']);
const HOLDS_REACH = 3;
function arabicQuantity(tokens: Token[], i: number): { value: number; last: number } | undefined {
  const t = tokens[i];
  // total: the groups already multiplied by their scale; cur: the group being read (below a thousand);
  // lastScale: the smallest scale read so far, which a later group must stay below (ومئتا ألف after مليونان)
  let total = 0,
    cur: number,
    last = i,
    lastScale = Infinity;
  // (تسع/يسع "holds" before its object and a figure is no nine: "طائرات بوينغ 787 تسع الواحدة منها 252 راكباً", a fresh editor
  // pair's faithful line drew a number error on تسع, 135th batch; a number word is no word before another figure)
  if (HOLDS.has(t.key) && tokens.slice(i + 1, i + 1 + HOLDS_REACH).some((o) => o.kind === 'number')) return undefined;
  const first = arabicValue(t.key);
  const teen = TEEN_FIRST[t.key];
  const ordinal = AR_ORDINAL_UNITS.get(t.key);
  const nx0 = tokens[i + 1] && near(t, tokens[i + 1]) ? tokens[i + 1] : undefined;
  const day = ordinal ?? AR_DAY_ORDINALS.get(t.key);
  // (an ordinal before من and a month's name is the day of the month it names: الثامن من مارس, العاشر من أبريل)
  if (day !== undefined && nx0 && nx0.key === MIN && tokens[i + 2] && near(nx0, tokens[i + 2]) && AR_MONTHS.has(tokens[i + 2].key))
    return { value: day, last: i };
  if (ordinal !== undefined) {
    // (an ordinal of a run, the count of times: "للمرة الثالثة على التوالي", "للاجتماع الرابع على التوالي"; a fresh editor pair's
    // planted third for the source's fourth drew nothing; lexicons/numbers.json ordinalRunAfter)
    // (from the third on, as English ordinals are read: "للمرة الثانية" restates a source's "again", مجدداً)
    if (ordinal >= 3 && ordinalRun(tokens, i)) return { value: ordinal, last: i };
    // الحادي عشر، الثامنة عشرة; الحادي والعشرين
    if (!nx0) return undefined;
    if (TEN.test(nx0.key)) return { value: 10 + ordinal, last: i + 1 };
    const ten = nx0.key[0] === 'و' ? arabicValue(nx0.key) : undefined;
    // (an hour and its minutes: في السادسة وأربعين دقيقة is 6:40, not the 46th; the minutes are a figure of their own)
    const nx1 = tokens[i + 2];
    if (ten && nx1 && near(nx0, nx1) && TIME_UNITS[nx1.key] === MINUTE) return undefined;
    if (ten && ten.kind === 'ten') return { value: ten.v + ordinal, last: i + 1 };
    return undefined;
  }
  if (teen !== undefined && nx0 && TEN.test(nx0.key)) {
    cur = 10 + teen;
    last = i + 1;
  } else if (first) {
    cur = first.v;
    // ثلاثة عشر: a unit and عشر is a teen; ثلاث مئة (the hundreds in two words): a unit times a hundred
    if (first.kind === 'unit' && cur < 10 && nx0 && TEN.test(nx0.key)) {
      cur += 10;
      last = i + 1;
    } else if (first.kind === 'unit' && cur >= 3 && cur < 10 && nx0 && HUNDRED.has(nx0.key)) {
      cur *= 100;
      last = i + 1;
    }
  } else if (AR_COMPOUND_UNITS.has(t.key) && (opensTen(tokens, i) || (AR_ACCUSATIVE_UNITS.has(t.key) && partitiveAfter(tokens, i)))) {
    cur = AR_COMPOUND_UNITS.get(t.key)!;
  } else if (AR_FRACTIONS.has(t.key)) {
    const f = AR_FRACTIONS.get(t.key)!;
    // ربع نقطة مئوية: a quarter of a percentage point
    const nx1 = nx0 && tokens[i + 2] && near(nx0, tokens[i + 2]) ? tokens[i + 2] : undefined;
    if (nx0 && POINT.has(nx0.key) && nx1 && PERCENTAGE_ADJ.has(nx1.key)) return { value: f, last: i + 2 };
    const sc = nx0 ? arabicScale(nx0.key) : undefined;
    if (!sc || !sc.alone || isDual(sc.v)) return undefined;
    total = f * sc.v;
    cur = 0;
    last = i + 1;
    lastScale = sc.v;
  } else {
    const sc = arabicScale(t.key);
    // an accusative scale (ألفاً، مليوناً) stands after a number, but also opens a compound of its own:
    // يزن ألفاً ومئتي كيلوغرام (1,200); alone it may be a transliteration (ألفا روميو), so only before و + a number
    // (and a singular scale in ا before a currency or a unit is the nominative dual: "دعماً شهرياً قدره ألفا درهم" is two
    // thousand dirhams, which a fresh editor pair's faithful "ألفي درهم" restated and drew a number error)
    const dual = sc !== undefined && !sc.alone && !isDual(sc.v) && t.key.endsWith('ا') && nx0 !== undefined && isMeasureUnit(nx0.key);
    if (!sc || (!sc.alone && !dual && !(t.key.endsWith('ا') && opensCompound(tokens, i)))) return undefined;
    if (dual) return { value: 2 * sc.v, last: i };
    total = sc.v;
    cur = 0;
    lastScale = isDual(sc.v) ? sc.v / 2 : sc.v;
  }
  // و + a smaller part (خمسة وعشرون، مئة وخمسون), then a scale (ألف، آلاف، مليون), then ونصف
  for (let j = last + 1; j < tokens.length && near(tokens[j - 1], tokens[j]); j++) {
    const k = tokens[j].key;
    // و then digits after a scale (عشرة آلاف و400: 10,400), as wire copy mixes words and digits
    const dn = tokens[j + 1];
    if (k === 'و' && cur === 0 && total >= 1000 && dn && dn.kind === 'number' && near(tokens[j], dn) && Number(dn.key) < lastScale) {
      // (a smaller scale after them multiplies them first: مليون و190 ألف is 1,190,000, a fresh editor pair's
      // "1.19 مليون" for it drew a number error)
      const after = tokens[j + 2];
      const sc2 = after && near(dn, after) ? (SCALES[after.key] ?? nonDual(arabicScale(after.key))) : undefined;
      const scaled = sc2 !== undefined && sc2 >= 1000 && Number(dn.key) * sc2 < lastScale;
      // (a part as large as what was read is no part of it: "ما بين ربع مليون و400 ألف جنيه" is a range, 250,000 to
      // 400,000, not 650,000, a fresh editor pair's faithful restatement of "ما بين 250 ألفاً و400 ألف" drew a number error)
      if ((scaled ? Number(dn.key) * sc2 : Number(dn.key)) >= total) break;
      cur = Number(dn.key);
      last = j + 1;
      if (scaled) {
        cur *= sc2;
        last = j + 2;
      }
      break;
    }
    // (or a unit in the accusative before و and a ten: مئتين وستاً وسبعين is 276, a fresh editor pair's faithful line for 276)
    // (or a unit that opens a compound only, before و and a ten: سبعمئة وواحد وستين مليار is 761 billion, a fresh editor pair's
    // faithful line for 761 مليار read 700 and 61 billion, 129th batch)
    let part = k[0] === 'و' ? (arabicValue(k) ?? unitBeforeTen(tokens, j)) : undefined;
    // (a teen after و: أربعمئة واثنا عشر is 412, ألف وثلاثة عشر 1,013; read before, واثنا was no part and عشر a figure of
    // its own, a fresh editor pair's number errors on a faithful "four hundred and twelve")
    const teenAt = tokens[j + 1] && near(tokens[j], tokens[j + 1]) && TEN.test(tokens[j + 1].key);
    const teen = k[0] === 'و' && teenAt ? (TEEN_FIRST[k] ?? (part?.kind === 'unit' && part.v < 10 ? part.v : undefined)) : undefined;
    if (teen !== undefined) part = { v: 10 + teen, kind: 'unit' };
    // units come before tens (خمسة وعشرون), smaller parts after larger ones (مئة وخمسون); after a scale a new
    // group begins (ألف ومئتان، مليونان ومئتا ألف)
    if (part) {
      // (not a part that its own scale follows, as large as the one read: ستة آلاف وتسعة آلاف is two figures, a range,
      // not 6,009 and a stray آلاف; a fresh editor pair's "between six and nine thousand" drew a number error)
      // (but a chain of parts before that scale, "ألفين وأربعمئة وثلاثة آلاف ومئة", is no group of 403 thousand after 2,000:
      // the first part ends this figure, 2,400, and the next one opens the other, 3,100, a range; a fresh editor pair's
      // "ما بين ألفين وأربعمئة وثلاثة آلاف ومئة دينار" for "ما بين 2400 و3100 دينار" drew number errors)
      // (thousands and hundreds of a larger scale after them: ثلاثة آلاف وخمسمئة مليون دينار is 3,500 million, a fresh editor
      // pair's faithful line for a bill the source gives in billions read 3,000 and 500 million, 133rd batch)
      const larger = tokens[j + 1] && near(tokens[j], tokens[j + 1]) ? nonDual(arabicScale(tokens[j + 1].key)) : undefined;
      if (cur === 0 && lastScale === 1000 && part.kind === 'hundred' && larger !== undefined && larger > 1000) {
        total = (total + part.v) * larger;
        last = j + 1;
        break;
      }
      if (cur === 0 && total > 0 && ownScaleAfter(tokens, j, lastScale)) {
        const nx = tokens[j + 1];
        if (teen === undefined && nx && near(tokens[j], nx) && nx.key[0] === 'و' && arabicValue(nx.key) !== undefined && part.v < Math.min(lastScale, 1000)) {
          cur = part.v;
          last = j;
        }
        break;
      }
      if (cur === 0 && total > 0 && part.v < Math.min(lastScale, 1000)) {
        cur = part.v;
        last = teen !== undefined ? ++j : j;
        continue;
      }
      if (cur > 0 && ((part.kind === 'ten' && cur % 100 < 10) || (part.kind === 'unit' && cur % 100 === 0))) {
        cur += part.v;
        last = teen !== undefined ? ++j : j;
        continue;
      }
      break;
    }
    const sc = arabicScale(k);
    // (thousands of a larger scale right after them: ألفي مليار دينار is two trillion, ثلاثة آلاف مليون three billion; a faithful
    // line of the 151st batch of fresh editor pairs restated "تريليوني دينار" so and drew two number errors, 2,000 and a billion)
    if (sc && !isDual(sc.v) && cur === 0 && lastScale === 1000 && total >= 1000 && total < 1e6 && sc.v >= 1e6) {
      total *= sc.v;
      lastScale = sc.v;
      last = j;
      continue;
    }
    if (sc && !isDual(sc.v) && cur > 0 && cur < sc.v && sc.v < lastScale) {
      total += cur * sc.v;
      cur = 0;
      lastScale = sc.v;
      last = j;
      continue;
    }
    // (and a quarter or a third of it: مليار وربع المليار is 1.25 billion, a fresh editor pair's faithful restatement of
    // "1.25 مليار دولار" drew number errors)
    const share = k[0] === 'و' ? AR_FRACTIONS.get(k.slice(1)) : undefined;
    if (share !== undefined && cur === 0 && total >= 1000) {
      total += lastScale * share;
      last = j;
      // ونصف المليون: the half of the scale just read, named again
      const nx = tokens[j + 1];
      const named = nx && near(tokens[j], nx) ? arabicScale(nx.key) : undefined;
      if (named && named.v === lastScale) last = j + 1;
      break;
    }
    break;
  }
  return { value: total + cur, last };
}

/** A minute's size in lexicons/numbers.json timeUnits (sizes are in minutes): its words after an hour and its count (في السادسة وأربعين دقيقة). */
const MINUTE = 1;

/**
 * After the part at tokens[j] (و + a number word) and any more such parts, does a scale of at least `scale` stand,
 * close by (ستة آلاف وتسعة آلاف: the part has a scale of its own, so it is another figure)?
 */
function ownScaleAfter(tokens: Token[], j: number, scale: number): boolean {
  let k = j + 1;
  // (past a teen's عشر: ثمانية آلاف وخمسة عشر ألف دولار is a range, 8,000 to 15,000, not 8,015 and a stray ألف; a
  // fresh editor pair's faithful restatement of "بين 8 آلاف و15 ألف دولار" drew two number errors)
  if (k < tokens.length && near(tokens[j], tokens[k]) && TEN.test(tokens[k].key)) k++;
  while (k < tokens.length && near(tokens[k - 1], tokens[k]) && tokens[k].key[0] === 'و' && arabicValue(tokens[k].key) !== undefined) k++;
  const t = tokens[k];
  if (!t || !near(tokens[k - 1], t)) return false;
  const sc = nonDual(arabicScale(t.key));
  return sc !== undefined && sc >= scale;
}

/** Is token i followed, close by, by و + an Arabic number word (ومئتي، وخمسون), ونصف (مليوناً ونصف المليون) or و + digits? */
function opensCompound(tokens: Token[], i: number): boolean {
  const nx = tokens[i + 1];
  if (nx === undefined || !near(tokens[i], nx) || nx.key[0] !== 'و') return false;
  if (arabicValue(nx.key) !== undefined || nx.key === 'ونصف') return true;
  // (or و and digits, as wire copy mixes words and digits: مليوناً و870 ألف ناخب, a fresh editor pair's source, whose
  // faithful "مليوناً وثمانمئة وسبعين ألف" drew a number error against the 870,000 read alone)
  const dn = tokens[i + 2];
  return nx.key === 'و' && dn !== undefined && dn.kind === 'number' && near(nx, dn);
}

/** Is token i the first word of a teen (أحد، اثنا, with و: وأحد), عشر/عشرة close after it? */
function opensTeen(tokens: Token[], i: number): boolean {
  const nx = tokens[i + 1];
  return TEEN_FIRST[tokens[i].key] !== undefined && nx !== undefined && near(tokens[i], nx) && TEN.test(nx.key);
}

/** Is token i followed, close by, by و + an Arabic ten (وأربعين، وعشرون)? */
function opensTen(tokens: Token[], i: number): boolean {
  const nx = tokens[i + 1];
  return nx !== undefined && near(tokens[i], nx) && nx.key[0] === 'و' && arabicValue(nx.key)?.kind === 'ten';
}

const isDual = (v: number) => v === 2e3 || v === 2e6 || v === 2e9;
/** A scale's value after a number: a dual (ألفين) already holds its two and takes no number. */
const nonDual = (s: { v: number } | undefined) => (s && !isDual(s.v) ? s.v : undefined);

/**
 * The singular spans of time of lexicons/numbers.json oneUnit, Arabic ones also in the accusative (عاما، شهرا) and with
 * their clitics: one of the span, which a half after it (halfAfter, andAHalf) makes a figure, one and a half. A summary's
 * "إثر تحقيق دام عاما ونصف العام" for its source's "التحقيقات التي استمرت ثمانية عشر شهرا" was three unsourced words and a
 * fresh editor pair's false error; as 1.5 it is a figure that the source's 18 months restate (sourceReadings).
 */
const HALF_SPANS = withClitics([
  Object.fromEntries(
    lexiconWords('numbers', 'oneUnit').flatMap((w) => {
      const k = normalizeToken(w);
      return isArabicChar(k.charCodeAt(0))
        ? [
            [k, 1],
            [k + 'ا', 1],
          ]
        : [[k, 1]];
    }),
  ),
]);

/** Every word that can begin a quantity: most words of a text are none, and one lookup tells. */
const STARTS = new Set([
  ...[...HALF_SPANS.keys()].filter((k) => isArabicChar(k.charCodeAt(0))),
  'an',
  ...AR_VALUES.keys(),
  ...Object.keys(TEEN_FIRST),
  ...AR_COMPOUND_UNITS.keys(),
  ...[...AR_SCALE_FORMS].filter(([k, s]) => s.alone || k.endsWith('ا')).map(([k]) => k),
  ...AR_FRACTIONS.keys(),
  ...AR_SHARES.keys(),
  ...AR_SHARES_OWNED.keys(),
  ...Object.keys(AR_SHARE_PLURALS),
  ...AR_ORDINAL_UNITS.keys(),
  ...AR_DAY_ORDINALS.keys(),
  ...AR_ONE.keys(),
  ...AR_DECADE.keys(),
  ...Object.keys(UNITS),
  ...Object.keys(ORDINALS),
  'a',
  'half',
  'quarter',
  'decade',
]);

/**
 * A fraction of a percentage point from token i (half or quarter): "a quarter of a percentage point", "half a
 * percentage point", "a quarter-percentage-point rise", "a quarter-point cut", "half-point". Read as its value in
 * percent (0.25, 0.5), which a source's 25 or 50 basis points also carry (basisPointsAt); and of a percent ("half a
 * percent": 0.5). Without "percentage", only a point glued on by a hyphen counts (a quarter-point cut; "half a point" in
 * a game is no rate).
 */
function pointFraction(tokens: Token[], i: number): { value: number; last: number } | undefined {
  const value = tokens[i].key === 'half' ? 0.5 : 0.25;
  let j = i + 1;
  // of, a (half of a, a quarter of a, half a)
  for (let skip = 0; skip < 2 && tokens[j] && near(tokens[j - 1], tokens[j]) && (tokens[j].key === 'of' || tokens[j].key === 'a'); skip++) j++;
  const a = tokens[j],
    b = tokens[j + 1];
  if (!a || !near(tokens[j - 1], a)) return undefined;
  if (a.key === 'percentage' && b && near(a, b) && (b.key === 'point' || b.key === 'points')) return { value, last: j + 1 };
  // (and of a percent: "The pound weakened half a percent" for "Sterling fell 0.5%", a probe pair's faithful line; a
  // quarter of a per cent)
  if (ENGLISH_PERCENT.has(a.key)) return { value, last: j };
  if (a.key === 'per' && b && near(a, b) && b.key === 'cent') return { value, last: j + 1 };
  // quarter-point: glued, no words skipped
  if (j === i + 1 && a.key === 'point' && a.start - tokens[i].end === 1) return { value, last: j };
  return undefined;
}

/**
 * Is "a fifth" at token i a share: followed by "of", or after a word that measures a change or an amount
 * (by, about, roughly, nearly, some, almost, than)? "a fifth term" and "a third straight win" are ordinals,
 * and "a quarter of a million", "a third of a billion" counts, not shares.
 */
function isShare(tokens: Token[], i: number): boolean {
  if (tokens[i + 1]?.key === 'of') return !ofACount(tokens, i + 1);
  // (or a comparative after it: "a tenth dearer", lexicons/numbers.json shareComparatives)
  return measuresShare(tokens[i - 2]?.key) || SHARE_COMPARATIVES.has(tokens[i + 1]?.key ?? '');
}
/** lexicons/numbers.json shareComparatives: "a tenth dearer", "a third more", by key. */
const SHARE_COMPARATIVES = keysOf('shareComparatives');

/** Does the word before a share measure a change or an amount (by, than, about, nearly, some …)? */
const measuresShare = (key: string | undefined): boolean => key !== undefined && (key === 'by' || key === 'than' || HEDGE_KEY.has(key));
/** Does "of" at tokens[i] go on to a count ("a quarter of a million", "half of a billion"), not to what the share is of? */
const ofACount = (tokens: Token[], i: number): boolean => (tokens[i + 1]?.key === 'a' || tokens[i + 1]?.key === 'an') && (tokens[i + 2]?.key ?? '') in SCALES;

/** A whole number that can be a day of a month (1–31). */
export const isDayOfMonth = (v: number): boolean => Number.isInteger(v) && v >= 1 && v <= 31;
/** A whole number that can be a year of news (1900–2100). */
export const isYear = (v: number): boolean => Number.isInteger(v) && v >= 1900 && v <= 2100;

/** Words before "one" that make it a pronoun (no one, every one, any one), by key. */
const PRONOUN_ONE = new Set(['no', 'every', 'any', 'each', 'some']);

/** Words before "half of" that make it a part, not a share: the first half of the year, the second half of the match. */
const HALF_PART = new Set(['the', 'first', 'second', 'latter', 'former', 'other', 'a', 'an', 'one', 'and', 'back', 'front']);

/**
 * Is "half" at token i a share: after a word that measures a change or an amount (by half, more than half, nearly
 * half), or before "of" where no word makes it a part (half of the respondents; not "the first half of 2024", which
 * a summary restates as "the first six months", nor "half of a million", a count)?
 */
function halfShare(tokens: Token[], i: number): boolean {
  const b = tokens[i - 1]?.key,
    next = tokens[i + 1]?.key;
  // (half a point, half an hour: a half of what follows, read elsewhere or not at all; not past a comma, "had dropped by almost
  // half, a sign that the vent could be blocked", whose half went unread and a fresh editor pair's faithful "fell by nearly 50
  // percent" drew a number error, 135th batch)
  if ((next === 'a' || next === 'an') && tokens[i + 1].start - tokens[i].end <= 1) return false;
  if (measuresShare(b)) return true;
  // ("the remaining half" of a whole the sentence shares out: "40 percent …, 10 percent and … the remaining half")
  if (b === 'remaining') return true;
  if (b !== undefined && HALF_PART.has(b)) return false;
  // (or before a determiner, with "of" left out: "covers half the project cost", "laid off half its staff", which a summary
  // restates as "half of the project"; a fresh editor pair's faithful line drew a number error against it)
  if (next !== undefined && HALF_DETERMINERS.has(next)) return true;
  if (next !== 'of') return false;
  return !ofACount(tokens, i + 1);
}
/** lexicons/numbers.json halfDeterminers: after "half", a share of what follows, "of" left out (half the cost, half its staff), by key. */
const HALF_DETERMINERS = new Set(lexiconWords('numbers', 'halfDeterminers').map((w) => normalizeToken(w)));

function isFraction(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.key,
    after = tokens[i + 1];
  // (or before the clause's end: "killing two workers and seriously injuring a third, officials said" is a third worker, as the
  // source's "a third was seriously injured" is; read as 3 it was a number error of a fresh editor pair's faithful summary)
  return (before === 'a' || before === 'an' || before === 'one') && (after === undefined || after.stop || after.start - tokens[i].end > 1);
}

/**
 * Can a token begin a quantity (a number, or a word in STARTS)? Answered once per surface form: every
 * source sentence is read for its numbers, and the set look-up of each word's key was most of that (0.2 s
 * of 3 million English tokens; a form's answer never changes).
 */
const canStart = byForm<Pick<Token, 'form' | 'kind' | 'key'>>((t) => t.kind === 'number' || STARTS.has(t.key));
/** Whether a word can start a figure: quantities() reads none from a text without such a word (the HTML report skips those texts). */
export const canStartFigure = (t: Pick<Token, 'form' | 'kind' | 'key'>): boolean => canStart(t);

/**
 * Can a run of token forms hold a quantity (has it a token that can begin one)? Read without token objects.
 * `words`: a quantity written in words (a word, not digits, begins it).
 */
export function mayHoldQuantities(r: TokenForms, words = false): boolean {
  const { forms, from, to } = r;
  // "a" is in most English sentences and begins a quantity only as "a dozen"
  for (let i = from; i < to; i++)
    if (
      canStart(forms[i]) &&
      (!words || forms[i].kind === 'word') &&
      ((forms[i].key !== 'a' && forms[i].key !== 'an') ||
        (i + 1 < to && (forms[i + 1].key === 'dozen' || HALF_SPANS.has(forms[i + 1].key) || forms[i + 1].key in SCALES)))
    )
      return true;
  return false;
}

/**
 * The figures of a unit's tokens (`text`, its document's, for what the tokens do not hold: a currency's sign, a range's dash).
 * `owned`: a source's, which also reads an Arabic fraction with a pronoun glued as its share (AR_SHARES_OWNED).
 */
export function quantities(tokens: Token[], text?: string, owned = false): Quantity[] {
  const out = proportions(tokens, plainQuantities(tokens, text, owned));
  for (const q of out) {
    const h = hedgeBefore(tokens, q.first);
    if (h) q.hedge = h;
    else {
      const r = roundingOf(tokens[q.first], q.value);
      if (r !== undefined) q.rounding = r;
    }
    // a half right after the figure, before no scale: سبعة ونصف بالمئة is 7.5% (an unseen fresh editor pair's faithful
    // "بنمو سنوي نسبته سبعة ونصف بالمئة" for 7.5 drew a number error on سبعة); after a unit it is sourceReadings' and
    // withHalfAfter's (ثلاث ساعات ونصف)
    const half = halfRightAfter(tokens, q);
    // (or a quarter: اثنين وربع في المئة is 2.25%, lexicons/numbers.json quarterAfter)
    const quarter = half > 0 ? 0 : halfRightAfter(tokens, q, QUARTER_AFTER);
    if (half > 0 || quarter > 0) {
      q.value = round(q.value + (half > 0 ? 0.5 : 0.25));
      q.last = Math.max(half, quarter);
      q.end = tokens[q.last].end;
    }
  }
  // a whole number and a half before a scale, the scale said once: "ثلاثة ونصف مليار متر مكعب" is 3.5 billion, read as 3 and
  // half a billion (a fresh editor pair's faithful line for "ثلاثة مليارات ونصف المليار" drew two number errors, 169th batch)
  for (let k = out.length - 2; k >= 0; k--) {
    const a = out[k],
      b = out[k + 1];
    if (a.first !== a.last || b.first !== a.last + 1 || b.last !== b.first + 1 || !Number.isInteger(a.value) || a.value >= 1000) continue;
    const scale = arabicScale(tokens[b.last].key)?.v;
    if (scale === undefined || tokens[b.first].key !== AND_HALF_AR || Math.abs(b.value - scale / 2) > 1e-6) continue;
    out.splice(k, 2, { ...a, value: round((a.value + 0.5) * scale), end: b.end, last: b.last });
  }
  // a range of years whose second is written in two digits, 1905-07, 2019/20: the second is a year of the same century, or
  // of the next when smaller (1998-02), at most YEAR_RANGE on (a fresh editor pair's faithful "crushed in 1905-07" for the
  // source's "between 1905 and 1907" drew a number error on 07). Not an ISO date's month, 2011-12-05
  if (text !== undefined)
    for (let k = 1; k < out.length; k++) {
      const a = out[k - 1],
        b = out[k],
        ta = tokens[a.last],
        tb = tokens[b.first];
      if (a.first !== a.last || b.first !== b.last || ta.kind !== 'number' || tb.kind !== 'number' || !isYear(a.value)) continue;
      if (!/^\d{4}$/.test(ta.text) || !/^\d{2}$/.test(tb.text) || !YEAR_RANGE_LINKS.has(text.slice(ta.end, tb.start))) continue;
      if (YEAR_RANGE_LINKS.has(text[tb.end] ?? '') || /\d/.test(text[tb.end] ?? '')) continue;
      const y = Math.floor(a.value / 100) * 100 + b.value + (b.value <= a.value % 100 ? 100 : 0);
      if (y - a.value <= YEAR_RANGE) b.value = y;
    }
  // roughly 53% to 47%, بنحو 53 في المئة مقابل 47: the hedge rounds the second figure of the pair too
  for (let k = 1; k < out.length; k++)
    if (out[k - 1].hedge === 'about' && out[k].hedge === undefined && pairLinked(tokens, out[k - 1].last, out[k].first)) out[k].hedge = 'about';
  return out;
}

/**
 * The rounding an unhedged figure of digits with decimals before a scale states: half the unit of its last digit (5.28
 * مليون: 5,000; "$1.2 billion": 50 million). A fresh editor pair's faithful "5.28 مليون نسمة" for the source's "خمسة
 * ملايين و284 ألف نسمة" drew a number error (171st batch); wire copy rounds a count of millions so, without a hedge. Only
 * before a scale (a multiple of 1,000): a percentage's or a price's decimals are the figure itself, 18.3% is no 18.27%.
 */
function roundingOf(t: Token, value: number): number | undefined {
  if (t.kind !== 'number') return undefined;
  // (on the key, whose digits are ASCII whatever the script they were written in)
  const m = /^\d+[.\u066B](\d+)$/.exec(t.key);
  if (!m) return undefined;
  const scale = value / Number.parseFloat(m[0].replace('\u066B', '.'));
  if (!(scale >= 1000) || Math.abs(Math.log10(scale) - Math.round(Math.log10(scale))) > 1e-9) return undefined;
  return 0.5 * 10 ** -m[1].length * Math.round(scale);
}

/** Does a source value stand for an unhedged figure rounded to the precision it states (Quantity.rounding)? */
export const roundedHolds = (q: Pick<Quantity, 'value' | 'rounding'>, source: number): boolean =>
  q.rounding !== undefined && Math.abs(source - q.value) < q.rounding + 1e-9 * Math.abs(q.value);

/** ونصف, "and a half", by key. */
const AND_HALF_AR = normalizeToken('ونصف');
/** What joins the two years of a range written short (1905-07, 2019/20), and most years it spans. */
const YEAR_RANGE_LINKS = new Set(['-', '\u2013', '/']);
const YEAR_RANGE = 20;

/** lexicons/numbers.json pairLinks: the word between two figures set side by side (to, against, مقابل). */
const PAIR_LINKS = keysOf('pairLinks');

/**
 * A bare figure's value in the scale of the figure a range word links it to: "from 90 to 55 million" is 90 million,
 * من 90 إلى 55 مليون درهم too (the scale said once, for both). Undefined when q has a scale of its own or no such
 * figure follows. A fresh editor pair's faithful "من 90 إلى 55 مليون درهم" for "من 90 مليون درهم إلى 55 مليون درهم"
 * drew a number error on 90.
 */
export function inNextScale(tokens: readonly Token[], qs: readonly Quantity[], q: Quantity): number | undefined {
  if (q.first !== q.last) return undefined;
  const digits = tokens[q.first].kind === 'number';
  // (a number word too, below a thousand: "between four and seven thousand", بين أربعة وسبعة آلاف دينار, with و glued to
  // the second figure; a fresh editor pair's faithful restatement of "بين 4 آلاف و7 آلاف دينار" drew a number error)
  if (!digits && !(q.value < 1000 && Number.isInteger(q.value))) return undefined;
  const link = tokens[q.last + 1];
  if (!link) return undefined;
  const glued = !digits && link.key.length > 1 && link.key[0] === 'و';
  if (!glued && !RANGE_LINKS.has(link.key) && !PAIR_LINKS.has(link.key)) return undefined;
  const next = qs.find((o) => o.first === q.last + (glued ? 1 : 2));
  if (!next || next.last === next.first) return undefined;
  let scale: number | undefined;
  if (tokens[next.first].kind === 'number') {
    const written = Number(tokens[next.first].key.replace(/,/g, ''));
    if (!Number.isFinite(written) || written === 0) return undefined;
    // (the ratio's nearest power of ten: 5.1 billion over 5.1 is 999,999,999.9999999 in floating point, and "from 3.6 to
    // 5.1 billion dinars" drew a number error on 3.6, a fresh editor pair of the 111th batch)
    const ratio = next.value / written,
      power = 10 ** Math.round(Math.log10(ratio));
    scale = Math.abs(ratio / power - 1) < 1e-9 ? power : ratio;
  } else {
    // (a figure in words: its last word is the scale, what comes before it under a thousand)
    const key = tokens[next.last].key;
    scale = SCALES[key] ?? nonDual(arabicScale(key));
    if (scale === undefined || next.value / scale >= 1000) return undefined;
  }
  return scale >= 1000 && Number.isInteger(Math.log10(scale)) ? round(q.value * scale) : undefined;
}
/** Words of a range between two figures (and, و: between 3 and 4 million). */
const RANGE_LINKS = new Set(['and', 'و'].map((w) => normalizeToken(w)));

/** Is the only word between tokens[a] and tokens[b] (past a percent after a) a pair link? */
function pairLinked(tokens: Token[], a: number, b: number): boolean {
  let i = a + 1;
  if (percentAfter(tokens, a)) i += PERCENT_WORD.has(tokens[a + 1].key) ? 1 : 2;
  return i === b - 1 && PAIR_LINKS.has(tokens[i].key);
}

/** Is t a unit or a ten with و glued (والثمانية، وعشرين), which after المئة makes it a figure's hundred? */
function hundredOpens(t: Token | undefined): boolean {
  if (t === undefined || t.key[0] !== 'و') return false;
  const v = AR_VALUES.get(t.key);
  return v !== undefined && (v.kind === 'unit' || v.kind === 'ten');
}

function plainQuantities(tokens: Token[], text?: string, owned = false): Quantity[] {
  const out: Quantity[] = [];
  let pp: { value: number; last: number } | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!canStart(t)) continue;
    if (t.kind === 'word' && /^[\u0621-\u064A]/.test(t.key)) {
      // (the hundred with the article opens a figure before و and a unit or a ten, outside a percentage: "أعضائه المئة والثمانية
      // والعشرين" is its 128 members, a faithful line of the 147th batch of fresh editor pairs that drew a number error on 28)
      if (PERCENT_HUNDRED.has(t.key) && !(tokens[i - 1]?.key !== 'في' && hundredOpens(tokens[i + 1]))) continue;
      // a span and a half: عاما ونصف العام، ساعة ونصف (1.5); the span alone is no figure here
      if (HALF_SPANS.has(t.key)) {
        if (halfAfter(tokens, i + 1) && near(t, tokens[i + 1])) {
          // (and the span again, with the article, after نصف: ونصف العام)
          const again =
            tokens[i + 2] !== undefined &&
            near(tokens[i + 1], tokens[i + 2]) &&
            tokens[i + 2].key.startsWith('ال') &&
            bareKey(tokens[i + 2].key) === bareKey(t.key).replace(/ا$/, '');
          const last = again ? i + 2 : i + 1;
          out.push({ value: 1.5, start: t.start, end: tokens[last].end, first: i, last });
          i = last;
        }
        continue;
      }
      // واحد alone is "one of" as often as "one"; before و + a ten it opens a compound (واحد وثلاثين مليون
      // قنطار, 31 million: a fresh editor pair read it as 30 million and gave a faithful restatement an error)
      // (nor وأحد before عشر, whose key is واحد's: بين ثمانية وأحد عشر عاما is 8 and 11, a fresh editor pair's "11" for
      // it drew a number error)
      if (AR_ONE.has(t.key) && !(AR_COMPOUND_UNITS.has(t.key) && opensTen(tokens, i)) && !opensTeen(tokens, i)) {
        if (percentAfter(tokens, i)) out.push({ value: 1, start: t.start, end: t.end, first: i, last: i });
        continue;
      }
      if (AR_DECADE.has(t.key)) {
        const nx = tokens[i + 1];
        if ((nx && near(t, nx) && DECADE_AFTER.has(nx.key)) || decadeOfTime(tokens, i)) out.push({ value: 10, start: t.start, end: t.end, first: i, last: i });
        continue;
      }
      const share = arabicShareAt(tokens, i, owned);
      if (share) {
        out.push({ value: share.value, also: share.also, start: t.start, end: t.end, first: i, last: i });
        continue;
      }
      const q = withDecimals(tokens, arabicQuantity(tokens, i));
      if (q) {
        out.push({
          value: q.value,
          start: t.start,
          end: tokens[q.last].end,
          first: i,
          last: q.last,
          ...(basisPointsAt(tokens, q.last + 1) ? { also: q.value / 100 } : {}),
        });
        i = q.last;
        continue;
      }
    }
    if (t.kind === 'number') {
      let v = Number(t.key);
      let end = t.end;
      const nx = tokens[i + 1];
      // 1.2 million, ٣ ملايين (Arabic scales from their own table, which knows their forms)
      // (and £600m, $3.5k: a one-letter scale glued to an amount after a currency sign, when the text is given)
      const sc = nx && near(t, nx) ? (SCALES[nx.key] ?? nonDual(arabicScale(nx.key)) ?? currencyScale(text, t, nx)) : undefined;
      const first = i;
      if (sc && sc >= 1000) {
        v = scaled(t.key, sc);
        end = nx.end;
        i++;
        // 17 ألفاً و620 (17,620): digits after و below the scale add to it (read as two figures, a fresh editor
        // pair's "more than 17.6 thousand" was a changed figure)
        const and = tokens[i + 1],
          rest = tokens[i + 2];
        // (2 مليون و300 ألف: a smaller scale after them multiplies them first, 2,300,000)
        const after = tokens[i + 3];
        const sc2 = after && rest && near(rest, after) ? (SCALES[after.key] ?? nonDual(arabicScale(after.key))) : undefined;
        const add = rest && rest.kind === 'number' ? Number(rest.key) * (sc2 ?? 1) : NaN;
        if (add < sc && and.key === 'و' && near(tokens[i], and) && near(and, rest) && (sc2 === undefined || sc2 < sc)) {
          v += add;
          end = sc2 === undefined ? rest.end : after.end;
          i += sc2 === undefined ? 2 : 3;
        }
      }
      if (Number.isFinite(v)) out.push({ value: v, start: t.start, end, first, last: i, ...(basisPointsAt(tokens, i + 1) ? { also: v / 100 } : {}) });
      continue;
    }
    const k = t.key;
    // a span and a half: "a year and a half", "an hour and a half" (1.5)
    if (k === 'a' || k === 'an') {
      const span = tokens[i + 1];
      if (span !== undefined && near(t, span) && HALF_SPANS.has(span.key) && andAHalf(tokens, i + 2) && near(span, tokens[i + 2])) {
        out.push({ value: 1.5, start: t.start, end: tokens[i + 4].end, first: i, last: i + 4 });
        i += 4;
      } else {
        // (or of another unit, of one word or two: "turnout rose by a percentage point and a half", which a fresh editor pair's
        // faithful "climbed one and a half points" restated and drew a number error; a mile and a half)
        const n = unitAndAHalf(tokens, i + 1);
        if (n > 0) {
          out.push({ value: 1.5, start: t.start, end: tokens[i + n + 3].end, first: i, last: i + n + 3 });
          i += n + 3;
          continue;
        }
      }
      if (k === 'an') continue;
    }
    // a number word doubled (fifty-fifty: "equally"; a fresh editor pair's "split the money fifty-fifty" drew two
    // number errors) is no figure
    if (DOUBLED.has(k) && tokens[i + 1]?.key === k && near(t, tokens[i + 1])) {
      i++;
      continue;
    }
    // (a pronoun's "one" counts nothing: "arrested no one", "every one of them"; a fresh editor pair's "no one" at a
    // clause's end was read as 1)
    if (k === 'one' && PRONOUN_ONE.has(tokens[i - 1]?.key ?? '') && !((tokens[i + 1]?.key ?? '') in SCALES)) continue;
    // (nor the object of an infinitive that ends its clause: "has four weeks to lodge one", an appeal; a fresh editor
    // pair's faithful summary drew a number error on it. Not "cut from three to one": "to" right before it)
    if (k === 'one' && i + 1 === tokens.length && i >= 2 && tokens[i - 2].key === 'to' && !tokens[i - 1].stop && tokens[i - 1].kind === 'word') continue;
    // a time of day in words: "twenty to seven" is 6:40, its two figures the 6 and the 40 a source's "6:40 a.m." has (a
    // fresh editor pair's faithful "at about twenty to seven" drew a number error on "twenty")
    const clock = clockTime(tokens, i);
    if (clock) {
      out.push(...clock);
      i = clock[1].last;
      continue;
    }
    // ("one" only before a scale, a percent or a proportion, or with a half after it: "one and a half million homes", which a
    // source gave and a fresh editor pair's faithful "1.5 million homes" drew a number error against)
    // ("a" or "an" as "one" before a scale: "more than a million tonnes", "a thousand jobs"; a source's "a million" was read
    // as no figure, and a faithful "more than one million tonnes" of the 184th batch of fresh editor pairs drew a number error)
    const aScale = (k === 'a' || k === 'an') && tokens[i + 1] !== undefined && tokens[i + 1].key in SCALES && near(t, tokens[i + 1]);
    if (
      (k in UNITS || aScale) &&
      !(
        k === 'one' &&
        tokens[i + 1] &&
        !(tokens[i + 1].key in SCALES) &&
        !percentAfter(tokens, i) &&
        !opensProportion(tokens, i) &&
        andAFraction(tokens, i + 1) === undefined
      )
    ) {
      // the figure as groups: `cur` the group being read (four hundred and twenty), `total` the groups closed by a
      // scale of a thousand or more (one thousand | four hundred: 1,400, which was read 100,400 when every scale
      // multiplied the whole: a fresh editor pair's "1,400" for "one thousand four hundred")
      let cur = aScale ? 1 : UNITS[k],
        total = 0;
      const start = t.start;
      let end = t.end;
      let j = i + 1;
      // twenty-five, two hundred thousand
      while (j < tokens.length && near(tokens[j - 1], tokens[j])) {
        const n = tokens[j].key;
        if (n in UNITS && UNITS[n] < 10 && cur % 100 >= 20 && cur % 10 === 0) cur += UNITS[n];
        else if (n in UNITS && UNITS[n] < 100 && cur > 0 && cur % 100 === 0) cur += UNITS[n];
        else if (n in UNITS && UNITS[n] < 100 && cur === 0 && total > 0) cur = UNITS[n];
        else if (n in SCALES && SCALES[n] >= 1000 && cur > 0) {
          total += cur * SCALES[n];
          cur = 0;
        } else if (n in SCALES && cur > 0 && cur < 100) cur *= SCALES[n];
        else if (n === 'and' && andUnder100(tokens, j, total + cur)) {
          // one hundred and fifty (150), two thousand and five; not "one hundred and two hundred", a range
          cur += UNITS[tokens[j + 1].key];
          j++;
        } else break;
        end = tokens[j].end;
        j++;
      }
      let v = total + cur;
      // (a decimal said in words: "three point three million tonnes" is 3.3 million, a fresh editor pair's faithful line for
      // "about 3.3 million tonnes"; each digit after "point" a unit word under ten)
      if (total === 0 && cur < 1000 && tokens[j]?.key === 'point' && near(tokens[j - 1], tokens[j])) {
        let digits = '';
        let k = j + 1;
        for (; k < tokens.length && near(tokens[k - 1], tokens[k]) && (UNITS[tokens[k].key] ?? 10) < 10; k++) digits += String(UNITS[tokens[k].key]);
        if (digits.length > 0) {
          v = Number(`${v}.${digits}`);
          end = tokens[k - 1].end;
          j = k;
          if (j < tokens.length && near(tokens[j - 1], tokens[j]) && tokens[j].key in SCALES) {
            v = round(v * SCALES[tokens[j].key]);
            end = tokens[j].end;
            j++;
          }
        }
      }
      // two and a half (years): a half added (a fresh editor pair's "two and a half years" for "30 months" read 2)
      // (after a scale, half of it: "a dozen and a half" is 18, "two million and a half" 2.5 million; both read 12.5 and 2,000,000.5)
      // (and a quarter too: "about one and a quarter million vehicles", which a fresh editor pair's faithful "roughly 1.25
      // million" drew a number error against, the source's figure read as none)
      const part = andAFraction(tokens, j);
      if (part !== undefined) {
        v += part * (j > i && tokens[j - 1].key in SCALES ? SCALES[tokens[j - 1].key] : 1);
        end = tokens[j + 2].end;
        j += 3;
        // (two and a half million)
        if (j < tokens.length && near(tokens[j - 1], tokens[j]) && tokens[j].key in SCALES) {
          v *= SCALES[tokens[j].key];
          end = tokens[j].end;
          j++;
        }
      }
      out.push({ value: v, start, end, first: i, last: j - 1 });
      i = j - 1;
    } else if (
      (k in ORDINALS || k === 'quarter') &&
      (tokens[i - 1]?.key === 'a' || tokens[i - 1]?.key === 'one' || tokens[i - 1]?.key === 'another' || tokens[i - 1]?.key === 'the') &&
      ofACount(tokens, i + 1) &&
      near(t, tokens[i + 1])
    ) {
      // "a quarter of a billion", "a third of a million": a count, as "three quarters of a million" is (a fresh editor pair's
      // faithful "250 million more than its earlier forecast" for "a quarter of a billion more" drew a number error)
      // ("another quarter of a million", "the quarter of a million economists had forecast" too, from the fraction on: read
      // as "a million" once "a" before a scale was read, two faithful lines of the 146th and 184th batches)
      const share = k === 'quarter' ? 4 : ORDINALS[k];
      const from = tokens[i - 1].key === 'a' || tokens[i - 1].key === 'one' ? i - 1 : i;
      out.push({ value: SCALES[tokens[i + 3].key] / share, start: tokens[from].start, end: tokens[i + 3].end, first: from, last: i + 3 });
      i += 3;
    } else if (k in ORDINALS && (tokens[i - 1]?.key === 'a' || tokens[i - 1]?.key === 'an' || tokens[i - 1]?.key === 'one') && isShare(tokens, i)) {
      // "by about a fifth", "a third of the votes": a share, read as a percentage (and as the fraction)
      // ("an eighth" too: "roughly an eighth more than the previous season" for 12.6% more, read as the ordinal 8, a faithful
      // line of the 171st batch of fresh editor pairs drew a number error)
      out.push({ value: 100 / ORDINALS[k], also: 1 / ORDINALS[k], start: tokens[i - 1].start, end: t.end, first: i - 1, last: i });
    } else if (k in ORDINALS && !isFraction(tokens, i)) {
      out.push({ value: ORDINALS[k], start: t.start, end: t.end, first: i, last: i });
    } else if ((k === 'half' || k === 'quarter') && (pp = pointFraction(tokens, i))) {
      // a quarter of a percentage point, a half-point cut: the 25 or 50 basis points of the source
      out.push({ value: pp.value, start: t.start, end: tokens[pp.last].end, first: i, last: pp.last });
      i = pp.last;
    } else if (k === 'quarter' && (tokens[i - 1]?.key === 'a' || tokens[i - 1]?.key === 'one') && isShare(tokens, i)) {
      // "up by almost a quarter", "a quarter of the votes": a share as "a fifth" is (not "a quarter" of a year,
      // which is no share: isShare wants "of" after it or a measure word before it)
      out.push({ value: 25, also: 0.25, start: tokens[i - 1].start, end: t.end, first: i - 1, last: i });
    } else if (
      k === 'half' &&
      tokens[i + 1]?.key === 'a' &&
      (tokens[i + 2]?.key ?? '') in SCALES &&
      near(t, tokens[i + 1]) &&
      near(tokens[i + 1], tokens[i + 2])
    ) {
      // half a million
      out.push({ value: SCALES[tokens[i + 2].key] / 2, start: t.start, end: tokens[i + 2].end, first: i, last: i + 2 });
      i += 2;
    } else if (k === 'half' && tokens[i + 1]?.key === 'a' && tokens[i + 2]?.key === 'decade' && near(t, tokens[i + 1]) && near(tokens[i + 1], tokens[i + 2])) {
      // half a decade: five (years), as a decade is ten (a fresh editor pair's faithful "over half a decade" for "over five
      // years" drew a number error on a decade read as ten)
      out.push({ value: 5, start: t.start, end: tokens[i + 2].end, first: i, last: i + 2 });
      i += 2;
    } else if (
      k === 'half' &&
      (tokens[i + 1]?.key === 'a' || tokens[i + 1]?.key === 'an') &&
      tokens[i + 2] !== undefined &&
      (isMeasureUnit(tokens[i + 2].key) || isTimeUnit(tokens[i + 2].key)) &&
      near(t, tokens[i + 1]) &&
      near(tokens[i + 1], tokens[i + 2])
    ) {
      // half a metre, half an hour, half a tonne: 0.5 of the unit after it, which the unit readings take (50 centimetres, 30
      // minutes); a faithful "about 50 centimetres above flood level" for "about half a metre above" drew a number error
      out.push({ value: 0.5, start: t.start, end: tokens[i + 1].end, first: i, last: i + 1 });
      i += 1;
    } else if (k === 'half' && halfShare(tokens, i)) {
      // "fell by nearly half", "more than half of the seats": a share, as "a third" is (a fresh editor pair's
      // "dropped by almost 50 percent" for "fell by nearly half" drew a number error)
      out.push({ value: 50, also: 0.5, start: t.start, end: t.end, first: i, last: i });
    } else if (k === 'decade') {
      out.push({ value: 10, start: t.start, end: t.end, first: i, last: i });
    } else if (k === 'a' && tokens[i + 1]?.key === 'dozen') {
      // (a dozen and a half: 18)
      const half = andAHalf(tokens, i + 2) && near(tokens[i + 1], tokens[i + 2]);
      out.push({ value: half ? 18 : 12, start: t.start, end: tokens[half ? i + 4 : i + 1].end, first: i, last: half ? i + 4 : i + 1 });
      i += half ? 4 : 1;
    }
  }
  return out;
}

/**
 * Fewest and most items of a list that a summary may count. Not two: "X and Y" is too common a shape to vouch for a
 * "two" ("Syrian and Russian commandos" excused a WiCE dev claim's "two Su-25s"); beyond ten a count is a figure of its own.
 */
const LIST_MIN = 3;
const LIST_MAX = 10;

/**
 * The sizes of a sentence's lists of names, which a summary may restate as a count: "Leicestershire, Nottinghamshire
 * and Derbyshire" for "three counties", أسيوط وسوهاج وقنا for ثلاث محافظات (a fresh editor pair's faithful "across three
 * East Midlands counties" drew a number error). An English item is a run of capitalised words, the items set off by a
 * comma and the last by "and"/"or"; an Arabic item is one word, the next glued to و (or set off by a comma), the last
 * glued to و. Read on the source side only, for a figure its support set does not hold as written.
 */
export function listCounts(text: string, tokens: readonly Token[]): number[] {
  const out: number[] = [];
  const gap = (a: Token, b: Token) => text.slice(a.end, b.start);
  const cased = (t: Token | undefined) => t !== undefined && t.kind === 'word' && !t.stop && /^\p{Lu}/u.test(t.text);
  const arabic = (t: Token | undefined) => t !== undefined && t.kind === 'word' && !t.stop && isArabicChar(t.text.charCodeAt(0));
  const glued = (t: Token | undefined) => arabic(t) && t!.key.length >= 4 && t!.key[0] === 'و';
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i];
    if (cased(t)) {
      // English: items of capitalised words; between two, ", " or " and "/" or " (", and")
      let items = 0,
        closed = false,
        j = i;
      while (j < tokens.length && cased(tokens[j])) {
        items++;
        while (j + 1 < tokens.length && cased(tokens[j + 1]) && gap(tokens[j], tokens[j + 1]) === ' ') j++;
        const next = tokens[j + 1];
        // (an item may open with "the": the United States, France and the United Kingdom)
        const item = (k: number) => (cased(tokens[k]) ? k : tokens[k]?.key === 'the' && cased(tokens[k + 1]) ? k + 1 : -1);
        if (next && /^(?:and|or)$/.test(next.key) && /^,? $/.test(gap(tokens[j], next)) && item(j + 2) >= 0) {
          j = item(j + 2);
          closed = true;
          continue;
        }
        if (!closed && next && gap(tokens[j], next) === ', ' && item(j + 1) >= 0) {
          j = item(j + 1);
          continue;
        }
        j++;
        break;
      }
      if (closed && items >= LIST_MIN && items <= LIST_MAX) out.push(items);
      i = Math.max(j, i + 1);
      continue;
    }
    if (arabic(t) && !glued(t)) {
      // Arabic: a word, then words glued to و (or after "، "), the last glued to و
      let items = 1,
        j = i,
        last = false;
      while (j + 1 < tokens.length) {
        const next = tokens[j + 1],
          g = gap(tokens[j], next);
        if (glued(next) && g === ' ') {
          items++;
          last = true;
        } else if (arabic(next) && !glued(next) && /^\s*،\s*$/.test(g)) {
          items++;
          last = false;
        } else break;
        j++;
      }
      if (last && items >= LIST_MIN && items <= LIST_MAX) out.push(items);
      i = j + 1;
      continue;
    }
    i++;
  }
  return out;
}

/**
 * The whole of an amount told in two figures, each with the same unit word after it, joined by و: ملياري دينار ومئة مليون
 * دينار is 2.1 billion dinars, ملياري دولار و240 مليون دولار 2.24 billion (two fresh editor pairs: a claim's restatement
 * of "2.1 مليار دينار" drew a number error on ومئة مليون; a source's two figures left a claim's "2.24 مليار دولار" unsourced);
 * or a fraction of the unit after it, which Arabic names again with the article (ستة كيلومترات ونصف الكيلومتر is 6.5 km).
 * The sum when `a` is the first figure of such a pair; undefined otherwise.
 */
export function amountWithPart(tokens: readonly Token[], qs: readonly Quantity[], a: Quantity): number | undefined {
  const unit = tokens[a.last + 1];
  // (و glued to the second figure's word, ومئة, or apart before its digits, و240)
  const apart = tokens[a.last + 2]?.key === 'و';
  const b = qs.find((x) => x.first === a.last + (apart ? 3 : 2));
  if (!unit || unit.kind !== 'word' || !b || (!apart && !tokens[b.first].key.startsWith('و'))) return undefined;
  const after = tokens[b.last + 1];
  if (b.also !== undefined && b.also > 0 && b.also < 1 && after?.kind === 'word' && after.key.startsWith('ال')) return a.value + b.also;
  if (b.value >= a.value) return undefined;
  // (or a second figure that ends in its own scale, the unit not named again: "مليار دولار ومئة مليون" is 1.1 billion dollars,
  // a faithful line of the 155th batch of fresh editor pairs for "1.1 مليار دولار" drew two number errors)
  const scaled = arabicScale(tokens[b.last].key) !== undefined || tokens[b.last].key in SCALES;
  if (after?.key !== unit.key && !(scaled && b.value >= 1000)) return undefined;
  return a.value + b.value;
}

/**
 * A smaller span joined to a span whose unit word is at p, by "and" or و (two hours and 51 minutes, ساعتين وثماني دقائق, ساعة
 * وثلاثين دقيقة): its size in minutes, the figure within two tokens after p and its unit smaller than `unit`; undefined when
 * there is none. `glued`: a figure right after p must have و glued (ساعة وثلاثين), not stand bare.
 */
function smallerSpanAfter(tokens: readonly Token[], qs: readonly Quantity[], p: number, unit: number, glued = false): number | undefined {
  const q2 = qs.find((o) => o.first > p && o.first <= p + 2);
  const unit2 = q2 ? TIME_UNITS[tokens[q2.last + 1]?.key ?? ''] : undefined;
  if (q2 === undefined || unit2 === undefined || unit2 >= unit) return undefined;
  if (!tokens.slice(p + 1, q2.first).every((t) => t.key === 'and' || t.key === 'و')) return undefined;
  if (glued && q2.first === p + 1 && !tokens[p + 1].key.startsWith('و')) return undefined;
  return q2.value * unit2;
}

/** Words after a year before the era (BC, BCE; قبل الميلاد), and the year an age is counted to from it. */
const BEFORE_ERA = new Set(['bc', 'bce']);
const ERA_PHRASE = ['قبل', 'الميلاد'].map((w) => normalizeToken(w));
const ERA_AGE_FROM = 2000;
/** "nil", the nought of a score (one-nil), and a word of a score: nil or an English number word below twenty. */
const NIL = 'nil';
const scoreWord = (key: string): number | undefined => (key === NIL ? 0 : UNITS[key] !== undefined && UNITS[key] < 20 ? UNITS[key] : undefined);
/** English words after a quarter or a half that make it a share of a point (a quarter-point, half a percentage point). */
const OF_A_POINT = new Set(['point', 'points', 'percentage', 'basis']);
/** lexicons/numbers.json sourceReadings: ordinals alone, centuries and decades, read as figures on the source side only. */
const READINGS = withClitics([valuesOf('sourceReadings')]);
/** lexicons/numbers.json previousYearWords and previousWords: the year before one the sentence names (بالعام السابق, a year earlier). */
const PREVIOUS_YEAR = keysOf('previousYearWords');
const PREVIOUS = keysOf('previousWords');
/** The largest multiplier by which a source's figure before it is read divided (three times Y: Y is the figure over three). */
const MULTIPLE_MAX = 20;
/** lexicons/numbers.json timesWords: a multiplier's word (1.4 times, ثلاث مرات). */
const TIMES = keysOf('timesWords');
/** lexicons/numbers.json arabicClock and arabicClockMinutes: the hours as ordinals and the minutes after them, by their words' keys. */
const clockList = (list: string): [string[], number][] =>
  lexiconValues('numbers', list, isNumber, 'a number').map(([w, v]) => [w.split(' ').map((x) => normalizeToken(x)), v]);
const AR_CLOCK_HOURS = clockList('arabicClock');
const AR_CLOCK_MINUTES = clockList('arabicClockMinutes');
const CLOCK_WORD = normalizeToken('الساعة');
/**
 * An Arabic time of day in words (lexicons/numbers.json arabicClock): its hour and minutes as figures (`values`: الساعة الثانية
 * والنصف is 2 and 30), and with a word of the half of the day after it, its minute of the day, so that the span from one such
 * time to the next is its length in minutes (`spans`: "من الساعة الرابعة فجراً حتى الواحدة ظهراً" is nine hours,
 * lexicons/numbers.json arabicClockPeriods). The first time after الساعة, or after من with its half of the day ("من العاشرة
 * مساءً حتى السادسة فجراً"); the second after حتى/إلى, or glued to و after بين ("بين الساعة العاشرة ليلاً والسادسة صباحاً" is eight
 * hours, which a fresh editor pair's faithful "ثماني ساعات كل ليلة" restated and drew a number error, 161st batch).
 */
function arabicClock(tokens: readonly Token[]): { values: number[]; spans: number[] } {
  const values: number[] = [],
    spans: number[] = [];
  let lastClock: { at: number; minute: number; between: boolean } | undefined;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const from = tokens[i].key === MIN && lastClock === undefined;
    let clockAt = tokens[i].key === CLOCK_WORD || from ? i + 1 : lastClock !== undefined && TO_TIME.has(tokens[i].key) ? i + 1 : -1,
      hours = AR_CLOCK_HOURS;
    if (clockAt < 0 && lastClock?.between && tokens[i].key[0] === 'و') {
      clockAt = i;
      hours = AR_CLOCK_HOURS_AND;
    }
    if (clockAt < 0) continue;
    const hour = phraseValueAt(hours, tokens, clockAt);
    if (!hour) continue;
    if (tokens[i].key === CLOCK_WORD) values.push(hour.value);
    const minutes = phraseValueAt(AR_CLOCK_MINUTES, tokens, clockAt + hour.length);
    if (minutes && tokens[i].key === CLOCK_WORD)
      values.push(minutes.value > 0 ? minutes.value : 60 + minutes.value, minutes.value > 0 ? hour.value : hour.value - 1);
    const period = AR_CLOCK_PERIODS[tokens[clockAt + hour.length + (minutes ? minutes.length : 0)]?.key ?? ''];
    if (period === undefined) continue;
    const minute = ((hour.value % 12) + period) * 60 + (minutes ? minutes.value : 0);
    // (the second time after حتى/إلى, with الساعة or without)
    const end = (tokens[i].key !== CLOCK_WORD && !from) || TO_TIME.has(tokens[i - 1]?.key ?? '');
    if (lastClock !== undefined && end && i - lastClock.at <= CLOCK_SPAN_REACH) {
      const total = (minute - lastClock.minute + 1440) % 1440;
      if (total > 0) spans.push(total);
      lastClock = undefined;
    } else lastClock = { at: i, minute, between: tokens[i - 1]?.key === BETWEEN_AR };
  }
  return { values, spans };
}

/** The spans, in minutes, from one time of day to the next that a sentence gives (arabicClock, englishClockSpans): a claim's span may restate its own times. */
export function clockSpans(tokens: readonly Token[]): number[] {
  return [...arabicClock(tokens).spans, ...englishClockSpans(tokens, quantities(tokens as Token[]))];
}

/** The hours of arabicClock glued to و, the second time after بين (والسادسة صباحاً), and بين by key. */
const AR_CLOCK_HOURS_AND: [string[], number][] = AR_CLOCK_HOURS.map(([ws, v]) => [[normalizeToken(`و${ws[0]}`), ...ws.slice(1)], v]);
const BETWEEN_AR = normalizeToken('بين');
/** Words between two English times of day that make a span of them (from 10 p.m. to 6 a.m., between 10pm and 6am). */
const EN_CLOCK_LINKS = new Set(['to', 'and', 'until', 'till', 'through']);

/**
 * The spans, in minutes, from one English time of day to the next: an hour from 1 to 12 with a.m. or p.m. (as "a m", "am",
 * "p m", "pm" after it), a word of EN_CLOCK_LINKS, then another such time; past midnight the next day's.
 */
function englishClockSpans(tokens: readonly Token[], qs: readonly Quantity[]): number[] {
  const out: number[] = [];
  const timeAt = (q: Quantity): { minute: number; last: number } | undefined => {
    if (q.first !== q.last || !Number.isInteger(q.value) || q.value < 1 || q.value > 12) return undefined;
    const a = tokens[q.last + 1]?.key,
      b = tokens[q.last + 2]?.key;
    const half = a === 'am' || a === 'pm' ? a : (a === 'a' || a === 'p') && b === 'm' ? `${a}m` : undefined;
    if (half === undefined) return undefined;
    return { minute: ((q.value % 12) + (half === 'pm' ? 12 : 0)) * 60, last: half === a ? q.last + 1 : q.last + 2 };
  };
  for (let n = 0; n + 1 < qs.length; n++) {
    const from = timeAt(qs[n]);
    if (from === undefined) continue;
    const next = qs[n + 1];
    if (next.first !== from.last + 2 || !EN_CLOCK_LINKS.has(tokens[from.last + 1].key)) continue;
    const to = timeAt(next);
    if (to === undefined) continue;
    const total = (to.minute - from.minute + 1440) % 1440;
    if (total > 0) out.push(total);
  }
  return out;
}
/** lexicons/numbers.json arabicClockPeriods: the hours a word of the half of the day adds to a time below twelve, by key. */
const AR_CLOCK_PERIODS: Record<string, number> = Object.fromEntries(
  lexiconValues('numbers', 'arabicClockPeriods', isNumber, 'a number of hours').map(([w, v]) => [normalizeToken(w), v]),
);
/** Words between two times of day that end the span (حتى، إلى), and how many tokens from the first time the second may stand. */
const TO_TIME = new Set(['حتى', 'إلى', 'لغاية', 'وحتى'].map((w) => normalizeToken(w)));
const CLOCK_SPAN_REACH = 8;
/** Do the tokens from i on have the words' keys, in a row (a phrase of a lexicon, by its words' matching keys)? */
export const wordsAt = (tokens: readonly Pick<Token, 'key'>[], i: number, words: readonly string[]): boolean => words.every((w, k) => tokens[i + k]?.key === w);
/** The longest phrase of the list that starts at tokens[i], with its value and its length in tokens. */
function phraseValueAt(list: readonly [string[], number][], tokens: readonly Token[], i: number): { value: number; length: number } | undefined {
  let best: { value: number; length: number } | undefined;
  for (const [words, value] of list) if (wordsAt(tokens, i, words) && (!best || words.length > best.length)) best = { value, length: words.length };
  return best;
}
/** lexicons/numbers.json clockAfter: words after a 24-hour time of day (0600 GMT, 1400 بتوقيت غرينتش). */
const CLOCK_24_AFTER = keysOf('clockAfter');

/** lexicons/numbers.json shareOfWords (with percentWords, ENGLISH_PERCENT) and shareOfPointers, by key. */
const SHARE_OF = keysOf('shareOfWords');
const SHARE_POINTERS = keysOf('shareOfPointers');

/**
 * The count that a share "of them" is of the figure before it: "laid off 220 workers … would recall about half of them" is
 * 110, which a summary may write as a figure (an editor pair on arrival: "bring back around 110 of those workers" drew a number
 * error). A share is a fraction's word or a figure before a percent word (lexicons/numbers.json shareOfWords); a count before
 * "of them" (five of them) is none.
 */
function shareOfThem(tokens: readonly Token[], qs: readonly Quantity[], k: number): number | undefined {
  const q = qs[k];
  if (k === 0 || q.value <= 0 || q.value >= 100) return undefined;
  let j = q.last + 1;
  let share = false;
  const shareWord = (k: string) => SHARE_OF.has(k) || ENGLISH_PERCENT.has(k);
  for (let i = q.first; i <= q.last; i++) if (shareWord(tokens[i].key)) share = true;
  if (shareWord(tokens[j]?.key ?? '')) {
    share = true;
    j++;
  }
  if (!share || tokens[j]?.key !== 'of' || !SHARE_POINTERS.has(tokens[j + 1]?.key ?? '')) return undefined;
  return round((qs[k - 1].value * q.value) / 100);
}

/** What a share (a third, نصف) makes of a figure right after "of the" or من: "a third of the 54 billion dollars" is 18 billion. */
function shareOfFigureAfter(tokens: readonly Token[], qs: readonly Quantity[], k: number): number | undefined {
  const q = qs[k],
    next = qs[k + 1];
  if (q.also === undefined || q.also >= 1 || next === undefined) return undefined;
  const between = tokens.slice(q.last + 1, next.first).map((t) => t.key);
  const of = between.length === 2 ? between[0] === 'of' && between[1] === 'the' : between.length === 1 && between[0] === MIN;
  return of ? round(q.also * next.value) : undefined;
}

/**
 * The count that a claim's share "of them" makes of the figure before it (shareOfThem, read for a summary's figure): "nine miners
 * remain in hospital, a third of them badly burned" is three, which a source's "three of them with severe burns" holds (a
 * faithful line of the 149th batch of fresh editor pairs drew a number error).
 */
export function shareOfFigureBefore(tokens: readonly Token[], qs: readonly Quantity[], q: Quantity): number | undefined {
  const k = qs.indexOf(q);
  return k < 0 ? undefined : shareOfThem(tokens, qs, k);
}

/**
 * The values a source sentence also stands for, beyond its figures, that a summary may restate as figures:
 * an ordinal or a span word alone (دون سن العاشرة: under ten; منذ نحو قرن: about a hundred years; two
 * decades: 20), a multiplier as a percentage (1.4 times the size: 40% larger, 140%), a span of time in another
 * unit (90 days: three months), a measure in another unit of its family (1,100 MW: 1.1 GW), and a score told in words (بهدفين مقابل هدف واحد: 2 and 1). Read only for a
 * summary figure that the support set does not hold as written. Not the sum of two figures (64 passengers
 * and four crew: 68 on board): on the probe pairs sums excused three changed figures (5 seasons for 3 beside
 * a 2; 25 knots for 15 beside a 10) for the one restatement they sourced.
 */
export function sourceReadings(tokens: Token[], spans?: number[], measures?: MeasureReading[], spanUnits?: number[]): number[] {
  const qs = quantities(tokens);
  const out: number[] = [];
  // (a measure in another unit of its family goes to `measures` when it is given, with that unit: it restates a figure in
  // that unit only; "120 مليون طن" for the source's "مئة وعشرين ألف طن", a planted scale error of a fresh editor pair (137th
  // batch), was sourced as 120 million kilograms)
  const converted = (value: number, family: number, unit: number) => (measures ? measures.push({ value, family, unit }) : out.push(value));
  // (a span of time in another unit goes to `spans` when it is given: it restates a span, not any figure; "21 يوماً" is
  // three weeks, and sourced "وأغلقت السلطات ثلاث مدارس", an unseen fresh editor pair's invented sentence, whose 3 then
  // drew nothing)
  // (with the unit, in minutes, of each reading in spanUnits when it is given: a span restates a span in the same unit
  // only, as 21 years are not "under a quarter of a second" for being 0.21 centuries; a fresh editor pair's planted
  // "بأقل من ربع ثانية" for 0.38 seconds drew nothing)
  const spanIn = (unit: number, ...vs: number[]): void => {
    if (!spans) {
      out.push(...vs);
      return;
    }
    spans.push(...vs);
    if (spanUnits) for (const _ of vs) spanUnits.push(unit);
  };
  const fourWeekUnit = (unit: number) => (unit === TIME_UNITS.month ? TIME_UNITS.week : TIME_UNITS.month);
  const lastOf = new Map(qs.map((q) => [q.last, q]));
  // (an amount told in two figures with its unit after each: ملياري دولار و240 مليون دولار is 2.24 billion)
  for (const q of qs) {
    const whole = amountWithPart(tokens, qs, q);
    if (whole !== undefined) out.push(whole);
  }
  // (a year before the era is an age too, counted from the era's start: "تعود إلى نحو عام 2400 قبل الميلاد" for a summary's
  // "يبلغ عمرها نحو 4400 عام", a fresh editor pair's faithful line, 215th batch; ERA_AGE_FROM keeps the report the same
  // whatever the day, and a hedge of a tenth covers the years since)
  for (const q of qs)
    if (
      Number.isInteger(q.value) &&
      q.value >= 100 &&
      (BEFORE_ERA.has(tokens[q.last + 1]?.key ?? '') || ERA_PHRASE.every((w, k) => tokens[q.last + 1 + k]?.key === w))
    )
      out.push(q.value + ERA_AGE_FROM);
  // (a score in words, "one-nil", "two-one": both its figures, which a summary writes 1-0; a fresh editor pair's "lead the
  // two-match series 1-0" for "puts Sri Lanka one-nil up" drew three number errors, 212th batch)
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = scoreWord(tokens[i].key),
      b = scoreWord(tokens[i + 1].key);
    if (a !== undefined && b !== undefined && (tokens[i].key === NIL || tokens[i + 1].key === NIL) && tokens[i + 1].start - tokens[i].end === 1) out.push(a, b);
  }
  for (let i = 0; i < tokens.length; i++) {
    const v = READINGS.get(tokens[i].key);
    if (v === undefined) continue;
    // (not a quarter or a half of a point: "a quarter-point reduction" names no three months, and its 3 held a planted "all but
    // three of nine economists" for the source's seven of nine, 208th batch of fresh editor pairs)
    if (POINT.has(tokens[i + 1]?.key ?? '') || OF_A_POINT.has(tokens[i + 1]?.key ?? '')) continue;
    const before = lastOf.get(i - 1);
    out.push(before ? before.value * v : v);
    // an ordinal century is also the year it begins: the 19th century, القرن التاسع عشر (the 1800s)
    if (TIME_UNITS[tokens[i].key] === CENTURY) {
      const n = ORDINAL_SUFFIX.has(tokens[i - 1]?.key ?? '') ? lastOf.get(i - 2) : qs.find((q) => q.first === i + 1);
      if (n && Number.isInteger(n.value) && n.value > 1 && n.value <= 21) out.push((n.value - 1) * 100);
    }
  }
  for (const [k, q] of qs.entries()) {
    const next = tokens[q.last + 1];
    if (next && TIMES.has(next.key)) {
      out.push(round((q.value - 1) * 100), round(q.value * 100));
      // (and the figure before it divided by it, the level it is a multiple of: "7.8 مليار ريال خلال الربع، أي ثلاثة أضعاف صافي
      // مشترياتهم في الربع الثاني" holds the second quarter's 2.6 billion, which a fresh editor pair's faithful line named and
      // drew a number error on)
      if (q.value > 1 && q.value <= MULTIPLE_MAX)
        for (const o of qs) if (o.last < q.first && o.value > q.value && !isYear(o.value)) out.push(round(o.value / q.value));
    }
    const share = shareOfThem(tokens, qs, k);
    if (share !== undefined) out.push(share);
    // (and a share "of the" figure after it, what it makes of it: "about a third of the 54 billion dollars in projects" holds the
    // 18 billion that a fresh editor pair's faithful line named, 167th batch)
    const ofCount = shareOfFigureAfter(tokens, qs, k);
    if (ofCount !== undefined) out.push(ofCount);
    // a time of day on the 24-hour clock of wire copy is its hour: 0600 local time (0400 GMT) is 6 a.m., 1830 GMT 18 and
    // 6 p.m. (a probe pair's faithful "Starting at 6 a.m. local time" drew a number error); "local" only before "time"
    // (2023 local elections)
    const clock = q.first === q.last ? /^([01]\d|2[0-3])([0-5]\d)$/.exec(tokens[q.first].text) : null;
    if (clock && next && CLOCK_24_AFTER.has(next.key) && (next.key !== 'local' || tokens[q.last + 2]?.key === 'time')) {
      const hour = Number(clock[1]);
      out.push(hour);
      if (hour > 12) out.push(hour - 12);
    }
    // a span in another unit: 90 days is three months, two weeks 14 days, 18 months a year and a half, six
    // decades 60 years; a fraction by its share (نصف ساعة, half an hour: 0.5 of an hour, 30 minutes)
    const unit = timeUnitAfter(tokens, q.last) ?? unitBefore(tokens, q.first);
    // (and a half after the unit: ثلاث ساعات ونصف, 3.5 hours)
    const half = unit !== undefined && halfAfter(tokens, q.last + 2) ? 0.5 : 0;
    if (unit !== undefined)
      for (const v of q.also === undefined ? [q.value + half] : [q.value + half, q.also]) {
        for (const other of UNIT_SIZES) if (other !== unit) spanIn(other, round((v * unit) / other));
        spanIn(fourWeekUnit(unit), ...inFourWeekMonths(v * unit, unit));
      }
    // (and in its own unit, with the half: "3.5 ساعات" for "ثلاث ساعات ونصف الساعة"; the figure alone is the source's 3)
    if (unit !== undefined && half > 0) spanIn(unit, q.value + half);
    // (a half after any unit: أربعة أطنان ونصف الطن is 4.5 tons, a fresh editor pair's "4.5 طن" drew a number error)
    if (unit === undefined && next && next.kind === 'word' && !next.stop && halfAfter(tokens, q.last + 2)) out.push(q.value + 0.5);
    // (a span told in two units: two hours and 51 minutes is 171 minutes, a fresh editor pair's "171-minute final")
    const smaller = unit === undefined ? undefined : smallerSpanAfter(tokens, qs, q.last + 1, unit);
    if (smaller !== undefined) for (const other of UNIT_SIZES) if (other <= unit!) spanIn(other, round((q.value * unit! + smaller) / other));
    // a measure in another unit of its family: 1,100 ميغاواط is 1.1 غيغاواط
    const m = measureUnitAt(tokens, q.last + 1);
    if (m) for (const other of MEASURES[m.family].all) if (other !== m.unit) converted(round((q.value * m.unit) / other), m.family, other);
  }
  // times of day: an Arabic one in words is its hour and minutes (الساعة الثانية والنصف: 2 and 30), and a span from one time to
  // the next is its length in every unit (clockSpans)
  const clock = arabicClock(tokens);
  out.push(...clock.values);
  for (const total of [...clock.spans, ...englishClockSpans(tokens, qs)]) for (const other of UNIT_SIZES) spanIn(other, round(total / other));
  // the year before a year the sentence names: في عام 2024 … مقارنة بالعام السابق (2023), in 2024 … a year earlier
  const years = qs.filter((q) => isYear(q.value) && tokens[q.first].kind === 'number');
  if (years.length > 0)
    for (let i = 0; i + 1 < tokens.length; i++) {
      const a = tokens[i].key,
        b = tokens[i + 1].key;
      if ((PREVIOUS_YEAR.has(a) && PREVIOUS.has(b)) || (PREVIOUS.has(a) && PREVIOUS_YEAR.has(b))) {
        for (const y of years) out.push(y.value - 1);
        break;
      }
    }
  // a span with no figure: in a year (twelve months), خلال عام
  for (let i = 1; i < tokens.length; i++) {
    // (or with a word of wholeness, whatever stands before: إلى أسبوع كامل, يوماً واحداً, "to a full week", which fresh editor
    // pairs' faithful lines restated as seven days and 24 hours; the Arabic unit in the accusative, يوماً، أسبوعاً)
    const k = tokens[i].key;
    const bare = ONE_UNIT.has(k) ? k : k.endsWith('ا') && ONE_UNIT.has(k.slice(0, -1)) ? k.slice(0, -1) : undefined;
    const whole =
      bare !== undefined &&
      (WHOLE_SPAN_AFTER.has(tokens[i + 1]?.key ?? '') || (i > 1 && WHOLE_SPAN_BEFORE.has(tokens[i - 1].key) && ONE_UNIT_AFTER.has(tokens[i - 2].key)));
    // (or as the first one, "in its first year", or the one before or after an event, "in the week before the murder": two fresh
    // editor pairs' faithful "in its first twelve months" and "in the seven days before the killing" drew number errors)
    // (and after "within the next", "over the coming": nextSpanBefore, spanOpeners)
    const edge =
      bare === k &&
      (FIRST_SPAN_BEFORE.has(tokens[i - 1].key) ||
        (tokens[i - 1].key === 'the' && EDGE_SPAN_AFTER.has(tokens[i + 1]?.key ?? '')) ||
        (i > 2 && NEXT_SPAN_BEFORE.has(tokens[i - 1].key) && tokens[i - 2].key === 'the' && SPAN_OPENERS.has(tokens[i - 3].key)));
    const unit = bare === k || whole ? TIME_UNITS[bare!] : undefined;
    // (one of it and a smaller span after "and": ساعة وثلاثين دقيقة, "an hour and 20 minutes", is 90 and 80 minutes, as a
    // dual's "ساعتين وثماني دقائق" is read below; told in one unit by an editor, "تسعين دقيقة", it drew a number error)
    // (after "and" or و alone, or a figure in words with و glued: ساعة وثلاثين دقيقة)
    const smaller = unit !== undefined && !lastOf.has(i - 1) ? smallerSpanAfter(tokens, qs, i, unit, true) : undefined;
    if (smaller !== undefined) for (const other of UNIT_SIZES) if (other <= unit!) spanIn(other, round((unit! + smaller) / other));
    // (a span with a half after it is one and a half of it, whatever stands before: a minute and a half, استمرت ساعة ونصف)
    const andHalf = unit !== undefined && halfAfter(tokens, i + 1);
    // (or after a comparative's particle: أقل من عام, "less than a year", which a fresh editor pair's faithful "أقل من اثني عشر
    // شهرا" restates; not before a year's figure, من عام 2023)
    const compared = i > 1 && THAN.has(tokens[i - 1].key) && (MORE.has(tokens[i - 2].key) || LESS.has(tokens[i - 2].key)) && tokens[i + 1]?.kind !== 'number';
    if (unit === undefined || (!andHalf && !compared && !whole && !edge && !ONE_UNIT_AFTER.has(tokens[i - 1].key)) || lastOf.has(i - 1)) continue;
    // half an hour is 30 minutes, not one hour (read as one, it sourced a summary's 60 minutes)
    // (and a share of it: a quarter of an hour, three quarters of an hour; lexicons/numbers.json spanShares)
    // (the share as its figure reads it, "three quarters" 0.75, else the word's own)
    const share = !andHalf && i > 2 && tokens[i - 2].key === 'of' ? (lastOf.get(i - 3)?.also ?? SPAN_SHARES[tokens[i - 3].key]) : undefined;
    const size = share !== undefined ? unit * share : andHalf ? unit * 1.5 : i > 1 && HALF_BEFORE.has(tokens[i - 2].key) ? unit / 2 : unit;
    for (const other of UNIT_SIZES) if (other !== size) spanIn(other, round(size / other));
    spanIn(fourWeekUnit(unit), ...inFourWeekMonths(size, unit));
  }
  // how often, as the span between two times: twice a year is every six months (timesPer)
  for (let i = 0; i + 1 < tokens.length; i++) {
    const n = TIMES_PER[tokens[i].key];
    if (n === undefined) continue;
    const per = TIMES_PER_WORDS.has(tokens[i + 1].key) ? tokens[i + 2] : tokens[i + 1];
    const span = per && (TIMES_PER_ADVERBS[per.key] ?? TIME_UNITS[per.key] ?? TIME_UNITS[per.key.replace(/^ال/, '')]);
    if (span !== undefined && (per !== tokens[i + 1] || TIMES_PER_ADVERBS[per.key] !== undefined))
      for (const other of UNIT_SIZES) out.push(round(span / n / other));
  }
  // an Arabic dual of a span (وتستمر أسبوعين: 14 days)
  // (and with a fraction after it: ساعتين ونصف الساعة is two and a half hours, 150 minutes, as a fresh editor pair's faithful
  // "في غضون مئة وخمسين دقيقة" said; read as two hours, it drew a number error)
  tokens.forEach((t, i) => {
    const unit = DUAL_SPANS.get(t.key);
    if (unit === undefined) return;
    const next = tokens[i + 1];
    const fraction = next !== undefined && near(t, next) && next.key.startsWith('و') ? AR_FRACTIONS.get(next.key.slice(1)) : undefined;
    const n = 2 + (fraction ?? 0);
    for (const other of UNIT_SIZES) if (other !== unit || fraction !== undefined) out.push(round((n * unit) / other));
    // (or with a smaller span after و: ساعتين وثماني دقائق is 128 minutes, as "two hours and eight minutes" is; a fresh editor
    // pair's faithful "أنهى السباق في 128 دقيقة" drew a number error)
    const smaller = fraction === undefined ? smallerSpanAfter(tokens, qs, i, unit) : undefined;
    if (smaller !== undefined) for (const other of UNIT_SIZES) if (other <= unit) out.push(round((2 * unit + smaller) / other));
  });
  // واحد after its noun, and a dual whose noun the sentence also has (بهدفين مقابل هدف واحد: 2-1)
  // (a singular in the accusative too: 34 عضواً beside وامتناع عضوين, a fresh editor pair's اثنين for it)
  const keys = new Set(tokens.flatMap((t) => [bareKey(t.key), bareKey(t.key).replace(/ا$/, '')]));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // (after its noun: هدف واحد; not "one of", واحد من المسؤولين, which counts nothing)
    if (AR_ONE.has(t.key) && i > 0 && !tokens[i - 1].stop && tokens[i + 1]?.key !== 'من') out.push(1);
    const k = bareKey(t.key);
    if (k.length >= 5 && /(ين|ان)$/.test(k) && (keys.has(k.slice(0, -2)) || dualOfWord(k))) out.push(2);
    // (a dual of a unit of measure is two of it, in the other units of its family too: نحو طنين, which a fresh editor pair's
    // faithful "قرابة ألفي كيلوغرام" restated and drew a number error)
    const unitOfDual = /(ين|ان)$/.test(k) ? k.slice(0, -2) : '';
    const m = unitOfDual ? measureOfKey(unitOfDual) : undefined;
    if (m) {
      out.push(2);
      for (const other of MEASURES[m.family].all) if (other !== m.unit) converted(round((2 * m.unit) / other), m.family, other);
    }
    // (a bare singular after مقابل that counts what the figure or dual before it counts is one: بثلاثة أهداف مقابل هدف,
    // 3-1, by the two nouns' root; an unseen fresh editor pair's faithful "تغلّب الصقور على الواحة 3-1" drew a number error)
    const link = tokens[i - 1],
      counted = tokens[i - 2];
    if (
      i >= 2 &&
      PAIR_LINKS.has(link.key) &&
      t.kind === 'word' &&
      !t.stop &&
      t.root !== undefined &&
      counted.root === t.root &&
      (lastOf.has(i - 3) || /(ين|ان)$/.test(bareKey(counted.key)))
    )
      out.push(1);
  }
  return out;
}

/**
 * Is an Arabic word (its key with its proclitics off) the dual of a word of the list, though the sentence has no
 * singular of it? "وفازت … برخصتين مقابل 46 مليار دينار" and "بأغلبية 27 صوتاً مقابل 11 وامتناع عضوين" hold a 2
 * that a summary writes as a figure (اثنتين منها، امتنع اثنان: two fresh editor pairs' faithful lines drew number
 * errors). A feminine noun's dual (ة written ت before تين/تان) is no other form of it. A masculine one in ين is also
 * the sound plural, which Arabic gives mostly to participles (مفعل، مستفعل: المهندسين، المستثمرين), to فاعل
 * (اللاجئين، العاملين) and to nisba adjectives (الفلسطينيين): those are read as plurals; a noun whose plural is
 * broken (عضو، أعضاء) has ين only as its dual. A wrong reading only adds a 2 to what the sentence may stand for.
 */
function dualOfWord(k: string): boolean {
  const words = arabicWords();
  // (a word of the list as it stands is that word: إعلان، البرلمان، فلسطين; the list holds no inflected forms)
  if (!words || words.has(k)) return false;
  if (/ت(?:ين|ان)$/.test(k)) return words.has(`${k.slice(0, -3)}ه`);
  const base = k.slice(0, -2);
  if (base.length < 3 || base.startsWith('م') || base.endsWith('ي') || (base.length === 4 && base[1] === 'ا')) return false;
  return words.has(base);
}

/** lexicons/numbers.json powerUnits, massUnits, lengthUnits, areaUnits, moneyUnits: a unit's size in its family's base unit (watts, kilograms, metres, square metres, a hundredth of a currency). */
const MEASURE_LISTS = ['powerUnits', 'massUnits', 'lengthUnits', 'areaUnits', 'moneyUnits'] as const;
const MEASURES = MEASURE_LISTS.map((list) => {
  const sizes: Record<string, number> = valuesOf(list);
  return { sizes, all: [...new Set(Object.values(sizes))] };
});
/** A source figure in another unit of its family (sourceReadings): its value there, the family (by index) and that unit's size. */
export interface MeasureReading {
  value: number;
  family: number;
  unit: number;
}
/**
 * The family (by index in MEASURES) and size of the unit of measure at tokens[i], if one stands there: a word of a family's
 * list, or a unit of length squared, an area ("square kilometres", كيلومتر مربع: a fresh editor pair's "62,000 hectares, or
 * 620 square kilometres").
 */
export function measureUnitAt(tokens: readonly Token[], i: number): { family: number; unit: number } | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  const squared = (k: string | undefined) => (k === undefined ? undefined : measure('lengthUnits').sizes[k]);
  const area = MEASURE_LISTS.indexOf('areaUnits');
  const square = SQUARE.has(t.key) ? squared(tokens[i + 1]?.key) : SQUARE.has(tokens[i + 1]?.key ?? '') ? squared(t.key) : undefined;
  if (square !== undefined) return { family: area, unit: square * square };
  return measureOfKey(t.key);
}
/** The family (by index in MEASURES) and size of the unit of measure that a matching key is, if it is one. */
function measureOfKey(key: string): { family: number; unit: number } | undefined {
  const family = MEASURES.findIndex((f) => f.sizes[key] !== undefined);
  return family < 0 ? undefined : { family, unit: MEASURES[family].sizes[key] };
}
/** "square" before a unit of length and مربع after one (lexicons/numbers.json squareWords). */
const SQUARE = keysOf('squareWords');
/** One family of MEASURES by its list's name. */
const measure = (list: (typeof MEASURE_LISTS)[number]) => MEASURES[MEASURE_LISTS.indexOf(list)];
/** Is this matching key a currency's hundredth (moneyUnits of size 1: cents, pence, هللة، قرش)? */
export const isHundredthOfCurrency = (key: string): boolean => measure('moneyUnits').sizes[key] === 1;
/** Is this matching key a unit of power, mass, length, area or money (lexicons/numbers.json powerUnits …: GW, طن، هللة)? */
export const isMeasureUnit = (key: string): boolean => MEASURES.some((f) => f.sizes[key] !== undefined);
/** Is this matching key a unit of length (lexicons/numbers.json lengthUnits: متر، أمتار، km)? */
export const isLengthUnit = (key: string): boolean => measure('lengthUnits').sizes[key] !== undefined;
/** lexicons/numbers.json timeUnits: words of a span of time and their size in minutes (a month 30 days, a year 360, so that 12 months are a year). */
/**
 * A span of months in weeks, and of weeks in months, as news text counts them, four weeks a month: "within a month and a
 * half" for the source's "within six weeks" (an arrival pair's faithful summary drew a number error: a month being 30 days,
 * a month and a half is 6.4 weeks), "eight weeks" for two months. Beside the exact sizes, not instead.
 */
function inFourWeekMonths(size: number, unit: number): number[] {
  if (unit === TIME_UNITS.month) return [round((size / TIME_UNITS.month) * 4)];
  if (unit === TIME_UNITS.week) return [round(size / TIME_UNITS.week / 4)];
  return [];
}
const TIME_UNITS: Record<string, number> = Object.fromEntries(Object.entries(valuesOf('timeUnits')).map(([k, v]) => [normalizeToken(k), v]));
/** lexicons/numbers.json oneUnit and oneUnitAfter: a singular span with no figure (in a year, خلال عام) is one of it. */
/**
 * The span of an Arabic figure that follows its noun as an adjective with the article (الأشهر الستة الماضية, "the past
 * six months"; السنوات العشر الأخيرة): the noun before it, with the article, is the unit. A fresh editor pair's faithful
 * "خلال نصف عام" for the source's "خلال الأشهر الستة الماضية" drew a number error: only a unit after a figure was read.
 */
function unitBefore(tokens: readonly Token[], first: number): number | undefined {
  const t = tokens[first],
    before = tokens[first - 1];
  if (!t || !before || !t.key.startsWith('ال') || !before.key.startsWith('ال')) return undefined;
  return TIME_UNITS[before.key.slice(2)];
}
/** lexicons/numbers.json ageAfter: the words after a figure that make it an age (38-year-old, 38 years old), by their keys. */
const AGE_AFTER = phrasesOf('ageAfter');
/** How many tokens after tokens[last] say that the figure is an age (0 when none). */
export function ageWordsAfter(tokens: readonly Token[], last: number): number {
  for (const words of AGE_AFTER) if (wordsAt(tokens, last + 1, words)) return words.length;
  return 0;
}
/**
 * The span of time that a figure counts, in minutes: its value times the unit of time after it (3 days), or one and a half
 * of its own span (a year and a half, عاما ونصف العام); undefined for a figure of no span.
 */
function spanMinutes(tokens: readonly Token[], q: Pick<Quantity, 'first' | 'last' | 'value'>): number | undefined {
  const unit = timeUnitAfter(tokens, q.last);
  if (unit !== undefined) return q.value * unit;
  if (q.value !== 1.5) return undefined;
  for (let k = q.first; k <= q.last; k++) {
    const own = HALF_SPANS.has(tokens[k].key) ? TIME_UNITS[bareKey(tokens[k].key)] : undefined;
    if (own !== undefined) return 1.5 * own;
  }
  return undefined;
}

/**
 * A figure less what "إلا" after it takes off, in the figure's own unit: "أربع سنوات إلا شهرين" is 46 months, 3.83 years;
 * "مليونين إلا مئة ألف دولار" is 1.9 million (two fresh editor pairs' faithful lines, for a source's 46 months and 1.9
 * million, drew number errors). After the figure's unit of time, a dual of a span (شهرين) or a figure and its unit; after an
 * amount, a smaller figure. Undefined when no such "إلا" follows.
 */
export function lessExcept(tokens: readonly Token[], qs: readonly Quantity[], q: Quantity): number | undefined {
  const unit = timeUnitAfter(tokens, q.last);
  const at = unit === undefined ? q.last + 1 : q.last + 2;
  if (tokens[at]?.key !== EXCEPT_KEY) return undefined;
  const next = tokens[at + 1];
  if (next === undefined) return undefined;
  if (unit !== undefined) {
    const dual = DUAL_SPANS.get(next.key);
    if (dual !== undefined) return round(q.value - (2 * dual) / unit);
    const q2 = qs.find((x) => x.first === at + 1);
    const unit2 = q2 ? timeUnitAfter(tokens, q2.last) : undefined;
    return q2 && unit2 !== undefined && q2.value * unit2 < q.value * unit ? round(q.value - (q2.value * unit2) / unit) : undefined;
  }
  const q2 = qs.find((x) => x.first === at + 1);
  return q2 && q2.value < q.value ? round(q.value - q2.value) : undefined;
}
/**
 * A claim's span told in two units, read at its second figure: "a year and two months" is 14 months, "two years and three
 * months" 27, "عام وثلاثة أشهر" 15; the whole in the unit after the figure (a fresh editor pair's faithful "its weakest in a
 * year and two months" for "the lowest level in fourteen months" drew a number error on "two"). Before the figure "and" (or و
 * glued to it), a larger unit of time, and before that its figure, "a" or "one", or nothing (عام). Undefined otherwise.
 */
export function spanWithUnitBefore(tokens: readonly Token[], qs: readonly Quantity[], q: Quantity): number | undefined {
  const unit = timeUnitAfter(tokens, q.last);
  if (unit === undefined || q.also !== undefined) return undefined;
  const glued = /^و\p{Script=Arabic}/u.test(tokens[q.first].text);
  const at = glued ? q.first - 1 : tokens[q.first - 1]?.key === 'and' || tokens[q.first - 1]?.key === 'و' ? q.first - 2 : -1;
  const bigger = at >= 0 ? TIME_UNITS[tokens[at].key] : undefined;
  if (bigger === undefined || bigger <= unit) return undefined;
  const before = qs.find((x) => x.last === at - 1);
  const n =
    before !== undefined
      ? before.value
      : tokens[at - 1]?.key === 'a' || tokens[at - 1]?.key === 'one' || isArabicChar(tokens[at].text.charCodeAt(0))
        ? 1
        : undefined;
  return n === undefined ? undefined : round((n * bigger) / unit + q.value);
}

/** إلا, "except", by key (lessExcept; the number rule reads the part it takes off). */
export const EXCEPT_KEY = normalizeToken('إلا');

/**
 * A figure's span of time in every unit of time (a year and a half: 18 months, 540 days …), what the number rule looks for
 * as written in the source's other sentences; none for a figure of no span.
 */
export function spanInUnits(tokens: readonly Token[], q: Pick<Quantity, 'first' | 'last' | 'value'>): number[] {
  const span = spanMinutes(tokens, q);
  return span === undefined ? [] : UNIT_SIZES.map((size) => round(span / size));
}

/**
 * The sizes, in minutes, of the last spans a text names with no figure: "over the past week", خلال الأسبوع الماضي (one
 * week). A claim's span of the same size restates it ("in the past seven days": a fresh editor pair's faithful summary
 * drew a number error). Not among sourceReadings: a bare 7 there held a summary's "سبعة أضعاف" (sevenfold), a planted
 * number of the dev editor pairs; only a claim's span is compared with them (spanSize).
 */
export function lastSpans(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const k = tokens[i].key;
    const before = LAST_SPAN_BEFORE.has(tokens[i - 1].key) && ONE_UNIT.has(k);
    const after = k.startsWith('ال') && ONE_UNIT.has(k.slice(2)) && LAST_SPAN_AFTER.has(tokens[i + 1]?.key ?? '');
    if (before || after) out.push(TIME_UNITS[before ? k : k.slice(2)]);
  }
  return out;
}
/** A claim's figure's span of time in minutes (seven days, الأيام السبعة: 10,080), or undefined for a figure of no span. */
/** The unit of time, in minutes, that a figure counts: after it (three weeks, ربع ثانية) or before it with the article (الأشهر الستة). */
export const spanUnitOf = (tokens: readonly Token[], q: Pick<Quantity, 'first' | 'last'>): number | undefined =>
  timeUnitAfter(tokens, q.last) ?? unitBefore(tokens, q.first);

export function spanSize(tokens: readonly Token[], q: Pick<Quantity, 'first' | 'last' | 'value'>): number | undefined {
  const unit = unitBefore(tokens, q.first);
  return spanMinutes(tokens, q) ?? (unit === undefined ? undefined : q.value * unit);
}

/** Is this matching key a word of a span of time after a figure (lexicons/numbers.json timeUnits: days, أشهر)? */
export const isTimeUnit = (key: string): boolean => TIME_UNITS[key] !== undefined;
/**
 * Is a figure a span of time: a unit of time in it or within SPAN_UNIT_AFTER tokens after it (three weeks, three-week, a year
 * and a half, three quarters of an hour, fortnight), or its unit before it with the article (الأسابيع الثلاثة)?
 */
export function isSpanFigure(tokens: readonly Token[], q: Pick<Quantity, 'first' | 'last'>): boolean {
  for (let i = q.first; i <= q.last + SPAN_UNIT_AFTER && i < tokens.length; i++) {
    const k = tokens[i].key;
    // (with the article too: ساعة وثلاثة أرباع الساعة)
    if (isTimeUnit(k) || SPAN_NUMBERS.has(k) || (k.startsWith('ال') && isTimeUnit(k.slice(2)))) return true;
  }
  return unitBefore(tokens, q.first) !== undefined;
}
/** lexicons/numbers.json spanNumbers: fortnight. */
const SPAN_NUMBERS = keysOf('spanNumbers');
/** lexicons/numbers.json spanAdjectives: consecutive, straight, full. */
const SPAN_ADJECTIVES = keysOf('spanAdjectives');
/** The size in minutes of the unit of time right after tokens[last], or after one of spanAdjectives (18 consecutive months). */
function timeUnitAfter(tokens: readonly Token[], last: number): number | undefined {
  const next = tokens[last + 1];
  if (next === undefined) return undefined;
  const unit = TIME_UNITS[next.key];
  if (unit !== undefined || !SPAN_ADJECTIVES.has(next.key)) return unit;
  const then = tokens[last + 2];
  return then === undefined ? undefined : TIME_UNITS[then.key];
}
/** Tokens after a figure within which its unit of time stands (three quarters | of an hour). */
const SPAN_UNIT_AFTER = 3;
/** Is this matching key a scale word that multiplies the figure before it (lexicons/numbers.json englishScales: million, bn; arabic scales: مليون، آلاف)? */
export const isScaleWord = (key: string): boolean => SCALES[key] !== undefined || arabicScale(key) !== undefined;
const ONE_UNIT = keysOf('oneUnit');
/** lexicons/numbers.json lastSpanBefore and lastSpanAfter: the last one of a span (the past week, الأسبوع الماضي). */
const LAST_SPAN_BEFORE = keysOf('lastSpanBefore');
const LAST_SPAN_AFTER = keysOf('lastSpanAfter');
const ONE_UNIT_AFTER = keysOf('oneUnitAfter');
/** lexicons/numbers.json wholeSpanAfter and wholeSpanBefore: a singular span that a word of wholeness makes one of it (أسبوع كامل، a full week). */
const WHOLE_SPAN_AFTER = keysOf('wholeSpanAfter');
const WHOLE_SPAN_BEFORE = keysOf('wholeSpanBefore');
/** lexicons/numbers.json firstSpanBefore and edgeSpanAfter: a singular span that is one of it as the first one (its first year) or the one before or after an event (the week before the murder). */
const FIRST_SPAN_BEFORE = keysOf('firstSpanBefore');
const EDGE_SPAN_AFTER = keysOf('edgeSpanAfter');
/** lexicons/numbers.json nextSpanBefore and spanOpeners: within the next week. */
const NEXT_SPAN_BEFORE = keysOf('nextSpanBefore');
const SPAN_OPENERS = keysOf('spanOpeners');
/** lexicons/numbers.json spanShares: a quarter of an hour, a third of a year. */
const SPAN_SHARES = valuesOf('spanShares');
/** lexicons/numbers.json halfBefore: "half" before "a"/"an" and a singular span (half an hour). */
const HALF_BEFORE = keysOf('halfBefore');
/** The sizes of the units of time, in minutes (lexicons/numbers.json timeUnits). */
const UNIT_SIZES: readonly number[] = [...new Set(Object.values(TIME_UNITS))];
/** lexicons/numbers.json timesPer and timesPerAdverbs: how many times (twice), and the adverbs of a span (yearly) with its size. */
const TIMES_PER = valuesOf('timesPer');
const TIMES_PER_ADVERBS = valuesOf('timesPerAdverbs');
/** The words between how many times and its span: twice a year, per month, each week, في السنة, كل عام. */
const TIMES_PER_WORDS = new Set(['a', 'an', 'per', 'each', 'every', 'في', 'كل'].map((w) => normalizeToken(w)));
/** lexicons/numbers.json dualTimeUnits: أسبوعين، شهرين … with the size in minutes of one, with their clitics (لمدة أسبوعين، بيومين). */
const DUAL_SPANS = withClitics([valuesOf('dualTimeUnits')]);
/** A key without a leading و/ف, ب/ل and ال: the noun a dual and its singular share (بهدفين، هدف). */
const bareKey = (k: string): string => k.replace(/^[وف]?(?:[بل]|ال|بال|لل)?/, '');

/** After a round hundred or thousand v, do tokens[j], tokens[j+1] read "and" + a number under 100 that no scale follows? */
function andUnder100(tokens: readonly Token[], j: number, v: number): boolean {
  const nx = tokens[j + 1],
    after = tokens[j + 2];
  return (
    v >= 100 &&
    v % 100 === 0 &&
    nx !== undefined &&
    near(tokens[j], nx) &&
    nx.key in UNITS &&
    UNITS[nx.key] < 100 &&
    // (not "one hundred and two hundred", a range; but a scale of a thousand or more after a group under a thousand takes the
    // whole group: "four hundred and twenty thousand" is 420,000, which a faithful line of the 151st batch of fresh editor
    // pairs restated for "420,000" and drew two number errors, 400 and 20,000)
    !(after !== undefined && near(nx, after) && after.key in SCALES && !(SCALES[after.key] >= 1000 && v < 1000))
  );
}

/**
 * An Arabic figure in words with its decimals in words after فاصلة "point" (ثلاثة فاصلة اثنين: 3.2; a fresh editor
 * pair's 3.2% for it drew a number error). lexicons/numbers.json decimalPoint.
 */
function withDecimals(tokens: Token[], q: { value: number; last: number } | undefined): { value: number; last: number } | undefined {
  if (!q || !DECIMAL_POINT.has(tokens[q.last + 1]?.key ?? '')) return q;
  const at = q.last + 2,
    t = tokens[at];
  if (!t || !near(tokens[q.last + 1], t)) return q;
  const d = t.kind === 'number' ? { value: Number(t.key), last: at } : arabicQuantity(tokens, at);
  if (!d || !Number.isInteger(d.value) || d.value < 0) return q;
  return { value: round(q.value + d.value / 10 ** String(d.value).length), last: d.last };
}
const DECIMAL_POINT = keysOf('decimalPoint');

/**
 * The figure with a half after its unit (بثلاثة ريالات ونصف: 3.5, أربعة أطنان ونصف الطن: 4.5), as sourceReadings reads a
 * source's: what a claim's figure may restate besides its own value. Undefined without one.
 */
export function withHalfAfter(tokens: readonly Token[], q: Quantity): number | undefined {
  const next = tokens[q.last + 1];
  return next && next.kind === 'word' && !next.stop && halfAfter(tokens, q.last + 2) ? q.value + 0.5 : undefined;
}

/**
 * lexicons/numbers.json thousandthsOf, hundredthsOf: a currency's thousandth or hundredth (فلس, قرش, cents) by its matching key,
 * with the currencies it divides and how many of it make one of them. فلس is both: a dinar's thousandth, a dirham's hundredth.
 */
const SUBUNITS: { size: number; of: Map<string, Set<string>> }[] = (
  [
    ['thousandthsOf', 1000],
    ['hundredthsOf', 100],
  ] as const
).map(([list, size]) => ({
  size,
  of: new Map(
    lexiconValues('numbers', list, (v): v is string[] => Array.isArray(v), 'a list of words').map(([w, v]) => [
      normalizeToken(w),
      new Set(v.map((x) => normalizeToken(x))),
    ]),
  ),
}));
/** How many of a subunit make one of a currency (the matching keys of both), or undefined when it does not divide it. */
function subunitsIn(sub: string, main: string): number | undefined {
  for (const u of SUBUNITS) if (u.of.get(sub)?.has(main)) return u.size;
  return undefined;
}
/** lexicons/numbers.json amountUnits: a singular currency or span that says one of it before و and a fraction (جنيها وربع). */
const AMOUNT_UNITS = keysOf('amountUnits');
/** The "and" between the two amounts of one sum: a token of its own (and, و), or the و glued to the second one's first word. */
function andBetween(tokens: readonly Token[], after: number, first: number): boolean {
  if (first === after + 1) return tokens[first].key.startsWith('و') && isArabicChar(tokens[first].key.charCodeAt(0));
  return first === after + 2 && (tokens[after + 1].key === 'and' || tokens[after + 1].key === 'و');
}

/**
 * An amount told in a currency and its subunit (أحد عشر ديناراً ومئتي فلس: 11.2 dinars; 3 dollars and 20 cents: 3.2), or one of a
 * currency or a span with a fraction after it and no figure before (جنيها وربع الجنيه: 1.25), as the claim's figure q (either
 * part) restates it: the values it may stand for, in the currency (11.2) and, for one of a hundred, in its hundredths (125, as
 * moneyUnits reads a source's 125 قرشا); or subunits alone of a currency that `sentence` (the claim's whole sentence) names.
 * Empty when q is no part of such an amount.
 */
export function withSubunit(tokens: readonly Token[], qs: readonly Quantity[], q: Quantity, sentence: readonly Token[] = tokens): number[] {
  const bare = (t: Token | undefined) => (t ? t.key.replace(/^[وفبل]?(?:ال)?/, '') : '');
  const inHundredths = (main: string, v: number): number[] => {
    const size = measure('moneyUnits').sizes[main];
    return size === undefined ? [round(v)] : [round(v), round(v * size)];
  };
  // q, its currency, and, the next figure and its subunit: q is either of the two figures, the pair the one after q's or
  // the one before it
  const k = qs.indexOf(q);
  for (const [a, b] of [
    [q, qs[k + 1]],
    [qs[k - 1], q],
  ]) {
    if (!a || !b) continue;
    const main = tokens[a.last + 1],
      sub = tokens[b.last + 1];
    if (!main || !sub || !andBetween(tokens, a.last + 1, b.first)) continue;
    const size = subunitsIn(sub.key, main.key) ?? subunitsIn(sub.key, bare(main));
    if (size !== undefined && b.value < size) return inHundredths(main.key, a.value + b.value / size);
  }
  // one of a currency or a span, then و and a fraction: جنيها وربع الجنيه
  const t = tokens[q.first],
    before = tokens[q.first - 1];
  const fraction = t?.key.startsWith('و') ? AR_FRACTIONS.get(t.key.slice(1)) : undefined;
  if (fraction !== undefined && before && AMOUNT_UNITS.has(before.key) && !qs.some((x) => x.last === q.first - 2))
    return inHundredths(before.key, 1 + fraction);
  // (or two of it, its dual: ريالين ونصف is 2.5 riyals, ساعتين وربع 2.25 hours; a fresh editor pair's faithful "صعد من ريالين
  // ونصف إلى أربعة" for the source's "إلى 4 ريالات من 2.5 ريال" drew a number error on ونصف, read after the 114th batch)
  const one = fraction !== undefined && before ? dualOf(before.key) : undefined;
  if (one !== undefined && !qs.some((x) => x.last === q.first - 2)) return inHundredths(one, 2 + fraction!);
  // (or two of a currency and then its subunits: دينارين و400 فلس is 2.4 dinars, a fresh editor pair's faithful line for the
  // source's 2.4 دينار; the dual is no figure of its own, so no pair above holds it)
  const and = tokens[q.first - 1],
    dual = and !== undefined && (and.key === 'و' || and.key === 'and') ? tokens[q.first - 2] : undefined,
    sub = tokens[q.last + 1];
  const main = dual ? dualKeyOf(dual.key) : undefined;
  const size = main !== undefined && sub ? subunitsIn(sub.key, main) : undefined;
  if (size !== undefined && q.value < size && !qs.some((x) => x.last === q.first - 2)) return inHundredths(main!, 2 + q.value / size);
  // (or subunits alone, of a currency the sentence names elsewhere: "هبط متوسط ما تجبيه السلطة عنه إلى 900 فلس" beside
  // "دينارين و400 فلس" is 0.9 dinar, a fresh editor pair's faithful line; فلس is a dirham's hundredth and a dinar's
  // thousandth, so only the currency named says which)
  if (sub && q.value >= 1) {
    for (const c of sentence) {
      const dualOne = dualKeyOf(c.key);
      const n = subunitsIn(sub.key, c.key) ?? subunitsIn(sub.key, bare(c)) ?? (dualOne === undefined ? undefined : subunitsIn(sub.key, dualOne));
      if (n !== undefined && q.value < n) return [round(q.value / n)];
    }
  }
  return [];
}

/** The key of the currency whose dual the key is (دينارين → دينار, ريالين → ريال), as hundredthsOf and thousandthsOf list it. */
function dualKeyOf(key: string): string | undefined {
  if (key.length < 5 || !(key.endsWith('ين') || key.endsWith('ان'))) return undefined;
  const one = key.slice(0, -2);
  return SUBUNIT_MAINS.has(one) ? one : undefined;
}
/** The currencies that hundredthsOf and thousandthsOf divide, by key (read once, not per word asked). */
const SUBUNIT_MAINS: ReadonlySet<string> = new Set(SUBUNITS.flatMap((u) => [...u.of.values()].flatMap((mains) => [...mains])));

/** The singular of amountUnits whose dual the key is (ريالين، ريالان → ريال; ساعتين → ساعه), if it is one. */
function dualOf(key: string): string | undefined {
  if (key.length < 5 || !(key.endsWith('ين') || key.endsWith('ان'))) return undefined;
  const stem = key.slice(0, -2);
  for (const one of [stem, stem.endsWith('ت') ? `${stem.slice(0, -1)}ه` : stem]) if (AMOUNT_UNITS.has(one)) return one;
  return undefined;
}

/**
 * The index of the last word of a half read right after a figure (سبعة ونصف, 7 and a half, two and a half years), when no
 * scale follows it (ثلاثة ملايين ونصف المليون is read as a whole); else 0.
 */
function halfRightAfter(tokens: readonly Token[], q: Quantity, phrases: readonly string[][] = HALF_AFTER): number {
  const j = q.last + 1;
  if (q.also !== undefined || q.parts !== undefined || !tokens[j] || !near(tokens[q.last], tokens[j])) return 0;
  const words = phrases.find((w) => inRow(tokens, j, w));
  if (!words) return 0;
  const last = j + words.length - 1,
    after = tokens[last + 1];
  if (after !== undefined && isScaleWord(after.key)) return 0;
  return last;
}

/** Do tokens from j read a half added to a span (lexicons/numbers.json halfAfter: and a half, ونصف)? */
function halfAfter(tokens: readonly Token[], j: number): boolean {
  return HALF_AFTER.some((words) => inRow(tokens, j, words));
}
/** Do tokens from j have these matching keys, each next to the one before? */
function inRow(tokens: readonly Token[], j: number, words: readonly string[]): boolean {
  return words.every((w, k) => tokens[j + k]?.key === w && (k === 0 || near(tokens[j + k - 1], tokens[j + k])));
}
const HALF_AFTER = phrasesOf('halfAfter');
const QUARTER_AFTER = phrasesOf('quarterAfter');
/** A century's size in minutes (lexicons/numbers.json timeUnits), and the letters after an ordinal's digits (19th). */
const CENTURY = TIME_UNITS.century;
const ORDINAL_SUFFIX = new Set(['th', 'st', 'nd', 'rd']);

/** Do tokens[j..j+2] read "and a half", each next to the one before (lexicons/numbers.json andAHalf)? */
function andAHalf(tokens: readonly Token[], j: number): boolean {
  return inRow(tokens, j, AND_A_HALF);
}
const AND_A_HALF = lexiconWords('numbers', 'andAHalf').map((w) => normalizeToken(w));
/** "and a half" (0.5) or "and a quarter" (0.25) at tokens[j], three words in a row; undefined for neither. */
function andAFraction(tokens: readonly Token[], j: number): number | undefined {
  if (andAHalf(tokens, j)) return 0.5;
  return tokens[j]?.key === 'and' &&
    tokens[j + 1]?.key === 'a' &&
    tokens[j + 2]?.key === 'quarter' &&
    near(tokens[j], tokens[j + 1]) &&
    near(tokens[j + 1], tokens[j + 2])
    ? 0.25
    : undefined;
}
/**
 * The number of words (one or two, plain Latin words next to each other) of a unit at tokens[j] that "and a half" follows, "a
 * percentage point and a half", or 0.
 */
function unitAndAHalf(tokens: readonly Token[], j: number): number {
  for (let n = 1; n <= 2; n++) {
    const words = tokens.slice(j, j + n);
    if (
      words.length < n ||
      !words.every(
        (w, k) =>
          w.kind === 'word' &&
          !w.stop &&
          /^[a-z]+$/.test(w.key) &&
          !(w.key in UNITS) &&
          !(w.key in SCALES) &&
          !(w.key in ORDINALS) &&
          (k === 0 || near(words[k - 1], w)),
      )
    )
      return 0;
    if (andAHalf(tokens, j + n) && near(words[n - 1], tokens[j + n])) return n;
  }
  return 0;
}

/** (1.4 - 1) * 100 is 39.99999999999999 in floating point: figures are compared exactly. */
const round = (x: number): number => Math.round(x * 1e9) / 1e9;

/**
 * A decimal in digits times a scale, exactly: 8.2 × 1,000,000 in floating point is 8,199,999.999999999 (which no rounding
 * to a few decimals mends at that size), so the digits are scaled as an integer first: 82 × 1,000,000 / 10. A faithful
 * "8.2 مليون" for "ثمانية ملايين ومئتي ألف" drew a number error (145th batch of fresh editor pairs).
 */
function scaled(digits: string, scale: number): number {
  const dot = digits.indexOf('.');
  if (dot < 0) return Number(digits) * scale;
  const places = digits.length - dot - 1;
  return (Number(digits.slice(0, dot) + digits.slice(dot + 1)) * scale) / 10 ** places;
}

/** lexicons/numbers.json proportionLinks: the words between the two figures of a proportion (three in five, أربعة من كل عشرة), by key. */
const PROPORTION_LINKS = phrasesOf('proportionLinks');
/** lexicons/numbers.json notProportion: units after the second figure that make it a span, not a whole (5 in 10 days). */
const NOT_PROPORTION = keysOf('notProportion');
/** The minutes of an English time of day in words, before "to" or "past" (half only past: "half to" is no time). */
const CLOCK_MINUTES: Record<string, number> = { five: 5, ten: 10, quarter: 15, twenty: 20, half: 30 };
/** Words before a time of day ("at", with "about" and the like between) and after its hour (a.m., o'clock, in the morning). */
const CLOCK_BEFORE = new Set(['at', 'by', 'until', 'till', 'from', 'before', 'after', 'around', 'about', 'roughly', 'approximately', 'shortly', 'just']);
const CLOCK_AFTER = new Set(['a', 'p', "o'clock", 'local', 'gmt']);
/**
 * Words after the hour that make it a time of day only before a part of the day ("in the morning", "that evening"): "on" is
 * none, "The board voted five to two on Thursday" is a vote (a fresh editor pair's faithful summary read 1:55 and drew two
 * number errors against the source's "voted 5-2").
 */
const CLOCK_AFTER_PART = new Set(['in', 'that', 'this']);
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);

/**
 * An English time of day in words from token i: "twenty to seven" (6:40), "quarter past nine" (9:15), "twenty-five past
 * six", "half past ten": its hour and its minutes as two figures, as a source's "6:40" gives them. Only after "at" (or
 * "about", "until" …) or before a.m./p.m./o'clock/"in the morning": "ten to one" alone is odds.
 */
function clockTime(tokens: Token[], i: number): [Quantity, Quantity] | undefined {
  const t = tokens[i];
  let m = CLOCK_MINUTES[t.key];
  if (m === undefined) return undefined;
  let j = i + 1;
  // (twenty-five)
  if (m === 20 && tokens[j]?.key === 'five' && near(tokens[j - 1], tokens[j])) {
    m = 25;
    j++;
  }
  const rel = tokens[j],
    h = tokens[j + 1];
  // (a space alone between the minutes and "to": "dropped by five, to nine" is a change and its level, which a fresh editor
  // pair's faithful line said for "fell from 14 to 9" and which read 8:55 drew two number errors)
  if (!rel || !h || rel.start - tokens[j - 1].end > 1 || !near(rel, h) || (rel.key !== 'to' && rel.key !== 'past') || (m === 30 && rel.key === 'to'))
    return undefined;
  const hour = h.kind === 'number' ? Number(h.key) : UNITS[h.key];
  if (hour === undefined || !Number.isInteger(hour) || hour < 1 || hour > 12) return undefined;
  const before = tokens[i - 1],
    after = tokens[j + 2];
  const part = (k: number) => tokens[k] !== undefined && (DAY_PARTS.has(tokens[k].key) || (tokens[k].key === 'the' && DAY_PARTS.has(tokens[k + 1]?.key ?? '')));
  const afterHour = after !== undefined && near(h, after) && (CLOCK_AFTER.has(after.key) || (CLOCK_AFTER_PART.has(after.key) && part(j + 3)));
  if (!(before && CLOCK_BEFORE.has(before.key)) && !afterHour) return undefined;
  // (not "to one" without a.m. or o'clock after it: "from roughly five to one to just over two to one" is a ratio, a
  // fresh editor pair's source read 12:55 and its faithful "from about five to just above two" drew a number error)
  if (rel.key === 'to' && hour === 1 && !afterHour) return undefined;
  const to = rel.key === 'to';
  return [
    { value: to ? 60 - m : m, start: t.start, end: tokens[j - 1].end, first: i, last: j - 1 },
    { value: to ? (hour === 1 ? 12 : hour - 1) : hour, start: h.start, end: h.end, first: j + 1, last: j + 1 },
  ];
}

/** The last token of "of a point", "of a percentage point" or "of a percent" from tokens[j] on, or undefined. */
function ofAPointAt(tokens: Token[], j: number): number | undefined {
  if (tokens[j]?.key !== 'of' || tokens[j + 1]?.key !== 'a') return undefined;
  const k = tokens[j + 2]?.key;
  if (k === 'point' || (k !== undefined && ENGLISH_PERCENT.has(k))) return j + 2;
  return k === 'percentage' && tokens[j + 3]?.key === 'point' ? j + 3 : undefined;
}

/** English plural fractions after a figure (two-thirds, three quarters): their denominators. */
const PLURAL_FRACTIONS: Record<string, number> = Object.fromEntries(Object.entries(ORDINALS).map(([k, v]) => [`${k}s`, v]));
PLURAL_FRACTIONS.halves = 2;
PLURAL_FRACTIONS.quarters = 4;
// and the Arabic ones (ثلاثة أرباع، ثلاثة أخماس: lexicons/numbers.json arabicSharePlurals)
Object.assign(PLURAL_FRACTIONS, AR_SHARE_PLURALS);
/**
 * A plural fraction's denominator, an Arabic one with a pronoun after it too (ثلاثة أخماسها: three fifths of it,
 * a fresh editor pair's number error for a source's 60 في المئة منها).
 */
const pluralFraction = (key: string): number | undefined => PLURAL_FRACTIONS[key] ?? PLURAL_FRACTIONS[key.replace(PRONOUN_SUFFIX, '')];

/**
 * A proportion is one figure, a percentage (and the fraction): "three in five" homes, "four out of ten", أربعة من
 * كل عشرة, "two-thirds". Without it a summary's "roughly three in five" for a source's "about 60 percent" was
 * two changed figures, 3 and 5 (fresh editor pairs). Only a smaller whole figure before a larger one up to 100.
 */
function proportions(tokens: Token[], qs: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (let n = 0; n < qs.length; n++) {
    const a = qs[n],
      b = qs[n + 1];
    const denominator = tokens[a.last + 1] && near(tokens[a.last], tokens[a.last + 1]) ? pluralFraction(tokens[a.last + 1].key) : undefined;
    if (denominator !== undefined && Number.isInteger(a.value) && a.value > 0 && a.value < denominator) {
      // before a scale it is that share of it, a figure (ثلاثة أرباع مليون برميل: 750,000, "three quarters of a million"),
      // the scale no figure of its own: a fresh editor pair's ثلاثة أرباع مليون for a source's 750 ألف drew two number errors
      const scale = scaleAfter(tokens, a.last + 2);
      if (scale) {
        out.push({ ...a, value: round((a.value / denominator) * scale.value), end: tokens[scale.last].end, last: scale.last });
        if (b && b.first <= scale.last) n++;
        continue;
      }
      // (of a point, a percentage point or a percent: "seven-tenths of a point below August's pace" is 0.7 points, as "a quarter of
      // a percentage point" is 0.25; read as 70%, a fresh editor pair's faithful line for 4.1 and 3.4 percent was unsupported)
      const point = ofAPointAt(tokens, a.last + 2);
      if (point !== undefined) {
        out.push({ ...a, value: round(a.value / denominator), end: tokens[point].end, last: point });
        if (b && b.first <= point) n++;
        continue;
      }
      out.push({
        ...a,
        value: round((100 * a.value) / denominator),
        also: a.value / denominator,
        parts: [a.value],
        end: tokens[a.last + 1].end,
        last: a.last + 1,
      });
      continue;
    }
    if (
      b &&
      Number.isInteger(a.value) &&
      Number.isInteger(b.value) &&
      a.value > 0 &&
      a.value < b.value &&
      b.value <= 100 &&
      (linked(tokens, a.last + 1, b.first) || (a.first === a.last && b.first === a.last + 3 && oneNounIn(tokens, a.first, true))) &&
      !(tokens[b.last + 1] && NOT_PROPORTION.has(tokens[b.last + 1].key))
    ) {
      out.push({ ...a, value: round((100 * a.value) / b.value), also: a.value / b.value, parts: [a.value, b.value], end: b.end, last: b.last });
      n++;
      continue;
    }
    // (or one of a word of oneOfEvery before من كل and the figure: "أكثر من امرأة من كل خمس نساء" is more than 20%, read as a
    // changed 5 in a faithful line of the 171st batch of fresh editor pairs)
    const one = a.first >= 3 && tokens[a.first - 1].key === EVERY_AR && tokens[a.first - 2].key === MIN ? a.first - 3 : -1;
    if (one >= 0 && ONE_OF_EVERY.has(tokens[one].key) && Number.isInteger(a.value) && a.value >= 2 && a.value <= 100) {
      out.push({ ...a, value: round(100 / a.value), also: 1 / a.value, parts: [1, a.value], start: tokens[one].start, first: one });
      continue;
    }
    out.push(a);
  }
  return out;
}
/** lexicons/numbers.json oneOfEvery: words that stand for one of a number before من كل (واحد، امرأة، أسرة), by key. */
const ONE_OF_EVERY = keysOf('oneOfEvery');

/**
 * A scale word at tokens[i] (مليون، المليون; million), or after "of a" there (three quarters of a million): its value and
 * its index. Not a dual (مليونا: two million).
 */
function scaleAfter(tokens: Token[], i: number): { value: number; last: number } | undefined {
  const t = tokens[i];
  if (!t || !near(tokens[i - 1], t)) return undefined;
  const ar = arabicScale(t.key);
  if (ar) return ar.alone && !isDual(ar.v) ? { value: ar.v, last: i } : undefined;
  if (t.key in SCALES) return { value: SCALES[t.key], last: i };
  return ofACount(tokens, i) && near(t, tokens[i + 1]) && near(tokens[i + 1], tokens[i + 2]) ? { value: SCALES[tokens[i + 2].key], last: i + 2 } : undefined;
}

/**
 * Is token i followed by a proportion link and a figure ("one in three", "one out of five")? Then "one" is the
 * proportion's first figure; elsewhere "one" is mostly no count (one of them, one day). Without it a summary's
 * "about one in three comets" for a source's "around a third" was a changed figure, three (a fresh editor pair).
 */
function opensProportion(tokens: Token[], i: number): boolean {
  return (
    PROPORTION_LINKS.some((l) => {
      const b = tokens[i + 1 + l.length];
      return b !== undefined && (b.kind === 'number' || b.key in UNITS) && l.every((w, x) => tokens[i + 1 + x]?.key === w);
    }) || oneNounIn(tokens, i)
  );
}

/**
 * Is tokens[i] the "one" of "one train in four", "one child in five": "one", a counted noun, "in" and a figure up to ten? A
 * source's "with only one train in four running" restates as "just a quarter of its trains ran" (a fresh editor pair's faithful
 * line drew a number error on "a quarter"). With `any`, another figure too ("three bikes in four are now electric", a fresh
 * editor pair's faithful restatement of "three-quarters electric" that drew a number error on four), when the phrase ends at the
 * second figure: "two goals in three games" is a rate.
 */
function oneNounIn(tokens: Token[], i: number, any = false): boolean {
  const noun = tokens[i + 1],
    link = tokens[i + 2],
    b = tokens[i + 3];
  if ((!any && tokens[i]?.key !== 'one') || !noun || noun.stop || noun.kind !== 'word' || link?.key !== 'in' || !b) return false;
  const v = b.kind === 'number' ? Number(b.key) : UNITS[b.key];
  if (v === undefined || v <= 1 || v > 10) return false;
  const after = tokens[i + 4];
  return tokens[i].key === 'one' || after === undefined || after.stop || after.start - b.end > 1;
}

/** Are tokens [from, to) one of the proportion links, each close to the next? */
function linked(tokens: Token[], from: number, to: number): boolean {
  const isLink = (keys: readonly string[]) => PROPORTION_LINKS.some((l) => l.length === keys.length && l.every((k, x) => k === keys[x]));
  if (isLink(tokens.slice(from, to).map((t) => t.key))) return true;
  // (or the counted noun before a link of "every": تسعة ملفات من كل عشرة, "nine files in every ten", which restate a
  // source's 90 بالمئة من الملفات; a fresh editor pair's faithful summary drew a number error)
  const [noun, ...rest] = tokens.slice(from, to);
  return noun !== undefined && noun.kind === 'word' && !noun.stop && rest.length > 0 && EVERY.has(rest[rest.length - 1].key) && isLink(rest.map((t) => t.key));
}
/** lexicons/numbers.json proportionEvery: the word of "every" that ends a proportion link (in every, من كل), after a counted noun. */
const EVERY = keysOf('proportionEvery');

/** Tokens after a share in words within which a negation cue makes it the share of what is not ("a third are still without power"). */
const SHARE_NEGATED_REACH = 5;

/** A share's fraction (a third: 1/3; two-thirds, also read as 2 of 3: 2/3), or undefined for a figure that is none. */
export const fractionOf = (q: Quantity): number | undefined => (q.also !== undefined && q.also > 0 && q.also < 1 ? q.also : undefined);
/** Is q a share in words (a third, ثلث: a fraction below one, not a proportion of two figures)? */
export const isShareInWords = (q: Quantity): boolean => fractionOf(q) !== undefined && !q.parts;

/**
 * The share in words that a negation cue at tokens[cue] says is not (within SHARE_NEGATED_REACH tokens after it), if any:
 * "Roughly a third of customers are still without core payroll functions" is the rest of "about two-thirds of customers had
 * restored core payroll functions" (a faithful line of the 220th batch of fresh editor pairs drew both a number and a
 * negation error).
 */
export function shareNegatedBy(tokens: readonly Token[], cue: number): Quantity | undefined {
  return quantities(tokens as Token[]).find((q) => isShareInWords(q) && q.last < cue && cue - q.last <= SHARE_NEGATED_REACH);
}

/** Does a negation cue within SHARE_NEGATED_REACH tokens after the share q say that the share is of what is not? */
export function shareNegated(tokens: readonly Token[], q: Quantity): boolean {
  for (let k = q.last + 1; k < tokens.length && k <= q.last + SHARE_NEGATED_REACH; k++) if (negatesAt(tokens, k)) return true;
  return false;
}

/** Is the share q (in words) the rest of a share in words of the tokens given: one less it, to its hedge or the other's? */
export function restOfShareIn(tokens: readonly Token[], q: Quantity): boolean {
  if (!isShareInWords(q)) return false;
  return quantities(tokens as Token[]).some((o) => {
    // (a share of the source's with its own figures too: two-thirds is 2 of 3)
    const f = fractionOf(o);
    return f !== undefined && figureHolds([round(q.also!)], q.hedge ?? (o.hedge === undefined ? undefined : 'about'), round(1 - f));
  });
}
