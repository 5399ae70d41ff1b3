import { byForm, type Token } from './tokenize.js';
import { normalizeToken } from './normalize.js';
import type { TokenForms } from './document.js';

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
}

export type Hedge = 'about' | 'over' | 'under';

/**
 * Hedges by the matching key of the word (or the last word of a phrase) right before a figure. English
 * "some" and "nearly" read as they are used in wire copy: "some 11,400 people" is about, "nearly 51%" is
 * under. Arabic: نحو، حوالي، زهاء، قرابة، ما يقرب/يناهز (about), أكثر من، ما يزيد/يربو على (over), أقل من، ما يقل
 * عن (under). From the project's probe pairs, written as an editor would (probes/dev).
 */
const HEDGES: [string[], Hedge][] = [
  [['about', 'around', 'roughly', 'approximately', 'some', 'circa', 'nearly', 'almost'], 'about'],
  [['over', 'above', 'least'], 'over'],
  [['under', 'below'], 'under'],
  [['نحو', 'بنحو', 'ونحو', 'حوالي', 'حوالى', 'بحوالي', 'زهاء', 'بزهاء', 'قرابه', 'بقرابه', 'يقرب', 'يناهز', 'تقريبا'], 'about'],
];
const HEDGE_KEY = new Map<string, Hedge>(HEDGES.flatMap(([ws, h]) => ws.map((w) => [normalizeToken(w), h] as [string, Hedge])));
/** more/less + than|من: the word before the comparative's particle decides the direction. */
const MORE = new Set(['more', 'اكثر', 'يزيد', 'يربو', 'يفوق'].map((w) => normalizeToken(w)));
const LESS = new Set(['less', 'fewer', 'اقل', 'يقل'].map((w) => normalizeToken(w)));
const THAN = new Set(['than', 'من', 'عن', 'علي', 'على'].map((w) => normalizeToken(w)));

/** The hedge right before token i (skipping an article of a fraction: "about a fifth"), if any. */
export function hedgeBefore(tokens: Token[], i: number): Hedge | undefined {
  let j = i - 1;
  if (tokens[j]?.key === 'a') j--;
  const w = tokens[j]?.key;
  if (w === undefined) return undefined;
  if (THAN.has(w)) {
    const c = tokens[j - 1]?.key;
    return c === undefined ? undefined : MORE.has(c) ? 'over' : LESS.has(c) ? 'under' : undefined;
  }
  return HEDGE_KEY.get(w);
}

/**
 * Source values a hedged figure stands for: about v, within a tenth of v; more than v, above v and at
 * most a quarter above; less than v, below v and at most a fifth below. Chosen to accept the probe
 * pairs' restatements ("more than 45,000" for 45,200, "about a fifth" for 21%, "just under 51%" for
 * 50.8%) and not a figure an editor would call wrong ("about 40,000" for 45,200).
 */
export function hedgeHolds(h: Hedge, claimed: number, source: number): boolean {
  const a = Math.abs(claimed);
  if (h === 'about') return Math.abs(source - claimed) <= 0.1 * a;
  if (h === 'over') return source > claimed && source <= 1.25 * claimed;
  return source < claimed && source >= 0.8 * claimed;
}

/** The values a figure stands for: its value, and its value in the other unit when it has one (200 basis points: 200 and 2). */
export const figureValues = (q: Quantity): number[] => (q.also === undefined ? [q.value] : [q.value, q.also]);

/** نقطة أساس / نقاط أساس, basis point(s), bp(s) right after a figure: a hundredth of a percentage point. */
function basisPointsAt(tokens: Token[], i: number): boolean {
  const a = tokens[i]?.key,
    b = tokens[i + 1]?.key;
  if (a === undefined) return false;
  if ((a === 'نقطه' || a === 'نقاط') && b === 'اساس') return true;
  if (a === 'basis' && (b === 'point' || b === 'points')) return true;
  return a === 'bp' || a === 'bps';
}

const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  dozen: 12,
  // business-news abbreviations after a figure ($5bn, £3.2mn); the one-letter m/k/b are left out
  // (5m is as often five metres)
  mn: 1e6,
  bn: 1e9,
  tn: 1e12,
};
/**
 * English ordinals from third on (the fourth quarter, its sixth year): a summary that says "third
 * quarter" for a source's fourth is a changed figure. "first" and "second" are left out: "at first",
 * "a second", "second-hand" are no counts; so are fractions ("a third", "one fifth").
 */
const ORDINALS: Record<string, number> = {
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
};
const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
};

/**
 * Arabic number words by matching key (ة→ه, ئ→ء, أإآ→ا): both genders and both cases. Left out:
 * عشرات/مئات/آلاف alone (tens, hundreds, thousands of: vague), واحد/واحدة ("one of" as often as "one") and
 * the teens' first words alone (أحد is also "someone" and Sunday), and ordinals (الثالث).
 */
const AR_UNITS: Record<string, number> = {
  اثنان: 2,
  اثنين: 2,
  اثنتان: 2,
  اثنتين: 2,
  ثلاث: 3,
  ثلاثه: 3,
  اربع: 4,
  اربعه: 4,
  خمس: 5,
  خمسه: 5,
  ست: 6,
  سته: 6,
  سبع: 7,
  سبعه: 7,
  ثمان: 8,
  ثماني: 8,
  ثمانيه: 8,
  تسع: 9,
  تسعه: 9,
  عشر: 10,
  عشره: 10,
};
const AR_TENS: Record<string, number> = {
  عشرون: 20,
  عشرين: 20,
  ثلاثون: 30,
  ثلاثين: 30,
  اربعون: 40,
  اربعين: 40,
  خمسون: 50,
  خمسين: 50,
  ستون: 60,
  ستين: 60,
  سبعون: 70,
  سبعين: 70,
  ثمانون: 80,
  ثمانين: 80,
  تسعون: 90,
  تسعين: 90,
};
const AR_HUNDREDS: Record<string, number> = {
  مءه: 100,
  ماءه: 100,
  ميه: 100,
  مءتان: 200,
  مءتين: 200,
  ماءتان: 200,
  ماءتين: 200,
  مءتا: 200,
  مءتي: 200,
  ماءتا: 200,
  ماءتي: 200,
};
const AR_HUNDRED_PREFIX: Record<string, number> = { ثلاث: 3, اربع: 4, خمس: 5, ست: 6, سبع: 7, ثمان: 8, ثماني: 8, تسع: 9 };
/** Singular and dual scales stand alone (ألف جندي = 1,000); plural ones only after a number (ثلاثة آلاف). */
const AR_SCALES: Record<string, { v: number; alone: boolean }> = {
  الف: { v: 1e3, alone: true },
  الفا: { v: 1e3, alone: false },
  الاف: { v: 1e3, alone: false },
  الفان: { v: 2e3, alone: true },
  الفين: { v: 2e3, alone: true },
  الفي: { v: 2e3, alone: true },
  مليون: { v: 1e6, alone: true },
  مليونا: { v: 1e6, alone: false },
  ملايين: { v: 1e6, alone: false },
  مليونان: { v: 2e6, alone: true },
  مليونين: { v: 2e6, alone: true },
  مليوني: { v: 2e6, alone: true },
  مليار: { v: 1e9, alone: true },
  مليارا: { v: 1e9, alone: false },
  مليارات: { v: 1e9, alone: false },
  ملياران: { v: 2e9, alone: true },
  مليارين: { v: 2e9, alone: true },
  ملياري: { v: 2e9, alone: true },
};
/** مئة with the article is the hundred of a percentage (ثلاثة في المئة, 3%), not a figure of its own. */
const PERCENT_HUNDRED = new Set(['المءه', 'الماءه', 'والمءه', 'والماءه', 'فالمءه', 'فالماءه']);
/** واحد/واحدة (with a clitic: بواحد) right before "percent" (في المئة، بالمئة; percent, per cent): the figure 1. */
const AR_ONE = withClitics([{ واحد: 1, واحده: 1 }]);
const PERCENT_WORD = new Set(['بالمءه', 'بالماءه', 'percent', 'pct']);
function percentAfter(tokens: Token[], i: number): boolean {
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
const AR_DECADE = withClitics([{ عقد: 10 }]);
const DECADE_AFTER = new Set(['الماضي', 'الأخير', 'المنصرم', 'المقبل', 'القادم', 'الفائت'].map(normalizeToken));
/** مئة/مائة after a unit from three to nine makes its hundreds (ثلاث مئة = 300). */
const HUNDRED = new Set(['مءه', 'ماءه']);
/** عشر/عشرة after a unit makes a teen (ثلاثة عشر). */
const TEN = /^عشره?$/;
const TEEN_FIRST: Record<string, number> = { احد: 1, احدي: 1, اثنا: 2, اثني: 2, اثنتا: 2, اثنتي: 2 };

type ArabicValue = { v: number; kind: 'unit' | 'ten' | 'hundred' };

/**
 * Every written form of the Arabic number and scale words with their clitics (و/ف, then ال/ب/ل:
 * وثلاثة، الخمسة، بعشرين، والألف), built once so that a token costs one lookup: the source side of a
 * pair runs every word through here. A form's bare reading wins over a clitic reading of it.
 */
function withClitics<V>(tables: Record<string, V>[]): Map<string, V> {
  const m = new Map<string, V>();
  const put = (k: string, v: V) => {
    if (!m.has(k)) m.set(k, v);
  };
  const conj = ['و', 'ف'],
    art = ['ال', 'ب', 'ل'];
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
  Object.entries(AR_HUNDRED_PREFIX).flatMap(([k, v]) => ['مءه', 'ماءه'].map((h) => [k + h, v * 100])),
);
const AR_VALUES = withClitics([entries(AR_UNITS, 'unit'), entries(AR_TENS, 'ten'), entries(AR_HUNDREDS, 'hundred'), entries(COMPOUND_HUNDREDS, 'hundred')]);
const AR_SCALE_FORMS = withClitics([AR_SCALES]);
/** A fraction before a scale (نصف مليون، ربع مليون): a figure; alone (نصف السكان) it is a proportion, not a number. */
const AR_FRACTIONS = withClitics([{ نصف: 0.5, ربع: 0.25 }]);

/** The value of an Arabic number word, with or without a leading و/ف and ال/ب/ل (وثلاثة، الخمسة، بعشرين). */
const arabicValue = (key: string): ArabicValue | undefined => AR_VALUES.get(key);
const arabicScale = (key: string): { v: number; alone: boolean } | undefined => AR_SCALE_FORMS.get(key);

const near = (a: Token, b: Token) => b.start - a.end <= 2;

/**
 * Arabic ordinals of the teens, by matching key, before عشر/عشرة: الحادي عشر (11th), الثامنة عشرة (18th),
 * and before و + a ten: الحادي والعشرين (21st). Alone (الثالث، الرابعة) they are left out, as the cardinal
 * tables leave them out: العالم الثالث, الطرف الثالث are no counts. Without them عشر/عشرة after an ordinal read
 * as 10, and الدورة الثامنة عشرة against a source's الدورة الـ18 was a changed figure.
 */
const AR_ORDINAL_UNITS = withClitics([
  Object.fromEntries(
    Object.entries({
      حادي: 1,
      حاديه: 1,
      ثاني: 2,
      ثانيه: 2,
      ثالث: 3,
      ثالثه: 3,
      رابع: 4,
      رابعه: 4,
      خامس: 5,
      خامسه: 5,
      سادس: 6,
      سادسه: 6,
      سابع: 7,
      سابعه: 7,
      ثامن: 8,
      ثامنه: 8,
      تاسع: 9,
      تاسعه: 9,
    }),
  ),
]);

/**
 * A fraction of a percentage point: ربع نقطة مئوية (0.25), نصف نقطة مئوية (0.5); a central bank's quarter
 * point is its 25 basis points.
 */
const POINT = new Set(['نقطه']);
const PERCENTAGE_ADJ = new Set(['مءويه']);

/**
 * An Arabic number written in words from token i: ثلاثة، خمسة وعشرون، ثلاثة عشر، ثلاثمئة ألف، مليون ونصف,
 * مليونان ومئتا ألف (2,200,000), ثلاثة ملايين ونصف المليون (3,500,000), الحادي عشر (11th).
 * Read as the sum of groups: each group (below a thousand) is multiplied by the scale after it, and a group
 * after a scale (ومئتا ألف after مليونان) starts again; before, مئتا was added to the two million and ألف
 * began a figure of its own (2,000,200 and 1,000).
 */
function arabicQuantity(tokens: Token[], i: number): { value: number; last: number } | undefined {
  const t = tokens[i];
  // total: the groups already multiplied by their scale; cur: the group being read (below a thousand);
  // lastScale: the smallest scale read so far, which a later group must stay below (ومئتا ألف after مليونان)
  let total = 0,
    cur: number,
    last = i,
    lastScale = Infinity;
  const first = arabicValue(t.key);
  const teen = TEEN_FIRST[t.key];
  const ordinal = AR_ORDINAL_UNITS.get(t.key);
  const nx0 = tokens[i + 1] && near(t, tokens[i + 1]) ? tokens[i + 1] : undefined;
  if (ordinal !== undefined) {
    // الحادي عشر، الثامنة عشرة; الحادي والعشرين
    if (!nx0) return undefined;
    if (TEN.test(nx0.key)) return { value: 10 + ordinal, last: i + 1 };
    const ten = nx0.key[0] === 'و' ? arabicValue(nx0.key) : undefined;
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
    if (!sc || !sc.alone) return undefined;
    total = sc.v;
    cur = 0;
    lastScale = isDual(sc.v) ? sc.v / 2 : sc.v;
  }
  // و + a smaller part (خمسة وعشرون، مئة وخمسون), then a scale (ألف، آلاف، مليون), then ونصف
  for (let j = last + 1; j < tokens.length && near(tokens[j - 1], tokens[j]); j++) {
    const k = tokens[j].key;
    const part = k[0] === 'و' ? arabicValue(k) : undefined;
    // units come before tens (خمسة وعشرون), smaller parts after larger ones (مئة وخمسون); after a scale a new
    // group begins (ألف ومئتان، مليونان ومئتا ألف)
    if (part) {
      if (cur === 0 && total > 0 && part.v < Math.min(lastScale, 1000)) {
        cur = part.v;
        last = j;
        continue;
      }
      if (cur > 0 && ((part.kind === 'ten' && cur % 100 < 10) || (part.kind === 'unit' && cur % 100 === 0))) {
        cur += part.v;
        last = j;
        continue;
      }
      break;
    }
    const sc = arabicScale(k);
    if (sc && !isDual(sc.v) && cur > 0 && cur < sc.v && sc.v < lastScale) {
      total += cur * sc.v;
      cur = 0;
      lastScale = sc.v;
      last = j;
      continue;
    }
    if (k === 'ونصف' && cur === 0 && total >= 1000) {
      total += lastScale / 2;
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

const isDual = (v: number) => v === 2e3 || v === 2e6 || v === 2e9;
/** A scale's value after a number: a dual (ألفين) already holds its two and takes no number. */
const nonDual = (s: { v: number } | undefined) => (s && !isDual(s.v) ? s.v : undefined);

/** Every word that can begin a quantity: most words of a text are none, and one lookup tells. */
const STARTS = new Set([
  ...AR_VALUES.keys(),
  ...Object.keys(TEEN_FIRST),
  ...[...AR_SCALE_FORMS].filter(([, s]) => s.alone).map(([k]) => k),
  ...AR_FRACTIONS.keys(),
  ...AR_ORDINAL_UNITS.keys(),
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
 * percent (0.25, 0.5), which a source's 25 or 50 basis points also carry (basisPointsAt). Without "percentage",
 * only a point glued on by a hyphen counts (a quarter-point cut; "half a point" in a game is no rate).
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
  // quarter-point: glued, no words skipped
  if (j === i + 1 && a.key === 'point' && a.start - tokens[i].end === 1) return { value, last: j };
  return undefined;
}

/** "a third of", "grew by a fifth in", "one fifth": a fraction; "a third quarter", "a fifth straight month": an ordinal. */
/**
 * Is "a fifth" at token i a share: followed by "of", or after a word that measures a change or an amount
 * (by, about, roughly, nearly, some, almost, than)? "a fifth term" and "a third straight win" are ordinals.
 */
function isShare(tokens: Token[], i: number): boolean {
  if (tokens[i + 1]?.key === 'of') return true;
  const b = tokens[i - 2]?.key;
  return b !== undefined && (b === 'by' || b === 'than' || HEDGE_KEY.has(b));
}

function isFraction(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.key,
    after = tokens[i + 1];
  return (before === 'a' || before === 'one') && (after === undefined || after.stop);
}

/**
 * Can a token begin a quantity (a number, or a word in STARTS)? Answered once per surface form: every
 * source sentence is read for its numbers, and the set look-up of each word's key was most of that (0.2 s
 * of 3 million English tokens; a form's answer never changes).
 */
const canStart = byForm<Pick<Token, 'form' | 'kind' | 'key'>>((t) => t.kind === 'number' || STARTS.has(t.key));

/** Can a run of token forms hold a quantity (has it a token that can begin one)? Read without token objects. */
export function mayHoldQuantities(r: TokenForms): boolean {
  const { forms, from, to } = r;
  // "a" is in most English sentences and begins a quantity only as "a dozen"
  for (let i = from; i < to; i++) if (canStart(forms[i]) && (forms[i].key !== 'a' || (i + 1 < to && forms[i + 1].key === 'dozen'))) return true;
  return false;
}

export function quantities(tokens: Token[]): Quantity[] {
  const out = plainQuantities(tokens);
  for (const q of out) {
    const h = hedgeBefore(tokens, q.first);
    if (h) q.hedge = h;
  }
  return out;
}

function plainQuantities(tokens: Token[]): Quantity[] {
  const out: Quantity[] = [];
  let pp: { value: number; last: number } | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!canStart(t)) continue;
    if (t.kind === 'word' && /^[\u0621-\u064A]/.test(t.key)) {
      if (PERCENT_HUNDRED.has(t.key)) continue;
      if (AR_ONE.has(t.key)) {
        if (percentAfter(tokens, i)) out.push({ value: 1, start: t.start, end: t.end, first: i, last: i });
        continue;
      }
      if (AR_DECADE.has(t.key)) {
        const nx = tokens[i + 1];
        if (nx && near(t, nx) && DECADE_AFTER.has(nx.key)) out.push({ value: 10, start: t.start, end: t.end, first: i, last: i });
        continue;
      }
      const q = arabicQuantity(tokens, i);
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
      const sc = nx && near(t, nx) ? (SCALES[nx.key] ?? nonDual(arabicScale(nx.key))) : undefined;
      const first = i;
      if (sc && sc >= 1000) {
        v *= sc;
        end = nx.end;
        i++;
      }
      if (Number.isFinite(v)) out.push({ value: v, start: t.start, end, first, last: i, ...(basisPointsAt(tokens, i + 1) ? { also: v / 100 } : {}) });
      continue;
    }
    const k = t.key;
    if (k in UNITS && !(k === 'one' && tokens[i + 1] && !(tokens[i + 1].key in SCALES) && !percentAfter(tokens, i))) {
      let v = UNITS[k];
      const start = t.start;
      let end = t.end;
      let j = i + 1;
      // twenty-five, two hundred thousand
      while (j < tokens.length && near(tokens[j - 1], tokens[j])) {
        const n = tokens[j].key;
        if (n in UNITS && UNITS[n] < 10 && v >= 20 && v % 10 === 0) v += UNITS[n];
        else if (n in SCALES) v *= SCALES[n];
        else break;
        end = tokens[j].end;
        j++;
      }
      out.push({ value: v, start, end, first: i, last: j - 1 });
      i = j - 1;
    } else if (k in ORDINALS && (tokens[i - 1]?.key === 'a' || tokens[i - 1]?.key === 'one') && isShare(tokens, i)) {
      // "by about a fifth", "a third of the votes": a share, read as a percentage (and as the fraction)
      out.push({ value: 100 / ORDINALS[k], also: 1 / ORDINALS[k], start: tokens[i - 1].start, end: t.end, first: i - 1, last: i });
    } else if (k in ORDINALS && !isFraction(tokens, i)) {
      out.push({ value: ORDINALS[k], start: t.start, end: t.end, first: i, last: i });
    } else if ((k === 'half' || k === 'quarter') && (pp = pointFraction(tokens, i))) {
      // a quarter of a percentage point, a half-point cut: the 25 or 50 basis points of the source
      out.push({ value: pp.value, start: t.start, end: tokens[pp.last].end, first: i, last: pp.last });
      i = pp.last;
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
    } else if (k === 'decade') {
      out.push({ value: 10, start: t.start, end: t.end, first: i, last: i });
    } else if (k === 'a' && tokens[i + 1]?.key === 'dozen') {
      out.push({ value: 12, start: t.start, end: tokens[i + 1].end, first: i, last: i + 1 });
      i++;
    }
  }
  return out;
}
