import { makeToken, byForm, type Token } from './tokenize.js';
import { isString, isStrings, lexiconGroups, lexiconValues, lexiconWords, type LexiconGroup } from './lexicons.js';
import { isArabicChar, normalizeToken } from './normalize.js';
import { isDayOfMonth, isYear } from './numbers.js';

/**
 * Closed classes of names that a news rewrite can swap for another of the same class while keeping the rest
 * of the sentence (مصر for ليبيا): lexicons/entities.json (countries, cities, commodities, currencies, colours)
 * and lexicons/dates.json (months, weekdays), which say how a form matches and which words were left out.
 * In this order: a stem that two entities share is dropped whichever comes first, but an entity's forms are
 * read in their order.
 */
const CLASSES: [string, readonly LexiconGroup[]][] = [
  ['country', lexiconGroups('entities', 'country')],
  ['city', lexiconGroups('entities', 'city')],
  ['commodity', lexiconGroups('entities', 'commodity')],
  ['currency', lexiconGroups('entities', 'currency')],
  ['month', lexiconGroups('dates', 'months')],
  ['weekday', lexiconGroups('dates', 'weekdays')],
  ['colour', lexiconGroups('entities', 'colour')],
];

const ARTICLE = /^[وفبلك]?(ال|لل)/;

/** Stem (or proclitic-free stem) → the entity, whether the word must carry the article, and whether it must be in lower case. */
const ENTITY = new Map<string, { entity: Entity; article: boolean; lower?: boolean } | null>();
/** The matching keys of the forms the lexicon lists (ليبيا، ليبية، الليبيين), for `listedForm`. */
const LISTED = new Set<string>();
/** One object per entity, returned by entityOf. */
const ONE = new Map<string, Entity>();
const one = (cls: string, id: string): Entity => {
  const k = `${cls} ${id}`;
  let e = ONE.get(k);
  if (!e) ONE.set(k, (e = { cls, id }));
  return e;
};
/** lexicons/entities.json notEntityWords: words with an entity's stem that name none (الرياضة "sport"), by key. */
const NOT_ENTITY = new Set(lexiconWords('entities', 'notEntityWords').map((w) => makeToken(w, 0).key));
/** Forms matched by their exact key only. */
const EXACT = new Map<string, Entity>();
for (const [cls, entries] of CLASSES) {
  for (const { words: forms = [] } of entries) {
    const id = forms[0].replace(/^[~=]/, ''); // (an entity is named by its first form without its marker: =كوبا is كوبا)
    const entity = one(cls, id);
    for (const form of forms) {
      if (form.startsWith('=')) {
        const key = makeToken(form.slice(1), 0).key;
        EXACT.set(key, entity);
        LISTED.add(key);
        continue;
      }
      const lower = form.startsWith('~');
      const f = lower ? form.slice(1) : form;
      const t = makeToken(f.toLowerCase(), 0);
      LISTED.add(t.key);
      const seen = ENTITY.get(t.stem);
      // a stem shared by two entities tells nothing: drop it
      if (seen !== undefined && (seen === null || seen.entity !== entity)) {
        ENTITY.set(t.stem, null);
        continue;
      }
      const article = f.startsWith('ال') && !seen;
      ENTITY.set(t.stem, { entity, article: seen ? seen.article && article : article, ...(lower ? { lower } : {}) });
    }
  }
}

/** Capitals that news writes for their governments (واشنطن for the United States), by entity id: lexicons/entities.json. */
const CAPITALS: Record<string, string> = Object.fromEntries(lexiconValues('entities', 'capitals', isString, 'a country'));
/** Names of two words or more by which a source names an entity (المملكة المتحدة is بريطانيا). */
const PHRASES: Record<string, readonly string[]> = Object.fromEntries(lexiconValues('entities', 'phrases', isStrings, 'a list of phrases'));
/** The names of more than one word of an entity (none for most). */
export const phrasesOf = (id: string): readonly string[] => PHRASES[id] ?? [];
/** A phrase of a list as the matching keys of its words joined by a space (united states, تشرين الأول). */
function tokenizeKeys(phrase: string): string {
  return phrase
    .split(' ')
    .map((w) => makeToken(w, 0).key)
    .join(' ');
}
/** The entity that a name of several words names, by the words' keys (tokenizeKeys). */
const BY_PHRASE = new Map(Object.entries(PHRASES).flatMap(([id, ps]) => ps.map((p) => [tokenizeKeys(p), id] as [string, string])));
export const entityOfPhrase = (keys: string): string | undefined => BY_PHRASE.get(keys);

/** Continents and regions of the country class (lexicons/entities.json regions), by entity id: a country against one is no swap. */
const REGIONS: ReadonlySet<string> = new Set(lexiconWords('entities', 'regions'));
export const isRegion = (id: string): boolean => REGIONS.has(id);

/** National news agencies and their countries (lexicons/entities.json agencies), by the agency's words' keys joined by a space. */
const AGENCIES = new Map(lexiconValues('entities', 'agencies', isString, 'a country').map(([a, c]) => [tokenizeKeys(a), c] as [string, string]));
/** Where an Arabic dateline names its agency: between slashes or in brackets, in the opening characters. */
const DATELINE_AGENCY = /[/(]\s*([^/()]{1,20}?)\s*[/)]/g;
const DATELINE_SPAN = 200;
/**
 * The countries whose national agency a source's dateline names (/ واس /، (بترا)): the dateline says where the
 * report comes from, as its city does.
 */
export function datelineCountries(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.slice(0, DATELINE_SPAN).matchAll(DATELINE_AGENCY)) {
    const c = AGENCIES.get(tokenizeKeys(m[1].trim()));
    if (c !== undefined) out.add(c);
  }
  return out;
}

/** The country whose government a capital stands for, by entity id. */
export const countryOfCapital = (id: string): string | undefined => CAPITALS[id];
/** A country's capital, by entity id (a source that says واشنطن names the American government). */
const CAPITAL_OF: Record<string, string> = Object.fromEntries(Object.entries(CAPITALS).map(([city, country]) => [country, city]));
export const capitalOfCountry = (id: string): string | undefined => CAPITAL_OF[id];

/**
 * Is the word one of the lexicon's listed forms, with at most a conjunction, a preposition and the article
 * before it (وليبيا، بالليبية، للسودان)? A stem can be shared by another word: البحر "the sea" has the stem of
 * البحرين, لبن "milk" that of لبنان, مان that of الألمان. The rules that read an entity from a word alone
 * (an Arabic name absent from the source) ask for a listed form.
 */
export function listedForm(t: Pick<Token, 'key'>): boolean {
  let k = t.key;
  for (let step = 0; step < 3; step++) {
    if (LISTED.has(k) || LISTED.has(`ال${k}`)) return true;
    const next = k.replace(/^(?:[وف]|[بلك]|ال|لل)/, '');
    if (next === k || next.length < 3) return false;
    k = next;
  }
  return LISTED.has(k);
}

/** The stems by which each entity is known (those of its forms that no other entity shares). */
const STEMS = new Map<string, string[]>();
for (const [stem, e] of ENTITY) if (e) STEMS.set(e.entity.id, [...(STEMS.get(e.entity.id) ?? []), stem]);
export const stemsOf = (id: string): readonly string[] => STEMS.get(id) ?? [];

/** Is the entity a place (a country or a city), which a word names on its own (a commodity or a currency is as often paraphrased: العملة الروسية for الروبل)? */
export const isPlace = (e: Pick<Entity, 'cls'>): boolean => e.cls === 'country' || e.cls === 'city';

export interface Entity {
  readonly cls: string;
  readonly id: string;
}

/** entityOf's answers by surface form (`Token.form`): the rules ask for every word of every claim and of its sources. */
const entities = new Map<number, Entity | null>();
const MAX_MEMO = 200_000;

/** The class and identity of a word that names an entity of a closed class, if it does (one shared object per entity). */
export function entityOf(t: Pick<Token, 'stem' | 'alt' | 'key' | 'kind' | 'stop' | 'text' | 'form'>): Entity | undefined {
  // a function word names nothing: the pronoun "us" has the key of U.S.
  if (t.kind !== 'word' || t.stop) return undefined;
  const f = t.form;
  if (f === undefined) return lookUp(t);
  const hit = entities.get(f);
  if (hit !== undefined) return hit ?? undefined;
  const e = lookUp(t);
  if (entities.size >= MAX_MEMO) entities.clear();
  entities.set(f, e ?? null);
  return e;
}

/** The ambiguous weekdays, as matching keys: الأحد ("the one"), الاثنين ("the two"), الجمعة (also "the gathering"). */
const CONTEXT_WEEKDAYS = new Map<string, string>(
  lexiconValues('dates', 'weekdaysInContext', isString, 'a weekday').map(([w, id]) => [makeToken(w, 0).key, id]),
);
/** Words around a weekday that make it one: يوم الأحد, الأحد الماضي, الجمعة المقبل. */
const DAY_BEFORE = new Set(lexiconWords('dates', 'dayBefore').map((w) => makeToken(w, 0).key));
const DAY_AFTER = new Set(lexiconWords('dates', 'dayAfter').map((w) => makeToken(w, 0).key));
const NOT_DAY_AFTER = new Set(lexiconWords('dates', 'notDayAfter').map((w) => makeToken(w, 0).key));
/** The Levantine months of two words, by their first word and their second: تشرين الأول is أكتوبر. */
const TWO_WORD_MONTHS = new Map<string, string>(lexiconValues('dates', 'twoWordMonths', isString, 'a month').map(([w, id]) => [tokenizeKeys(w), id]));

type EntityToken = Pick<Token, 'stem' | 'alt' | 'key' | 'kind' | 'stop' | 'text' | 'form'>;

/**
 * The entity that tokens[i] names, reading its neighbours for the words that name one only in context
 * (within tokens[from, to)): an ambiguous weekday beside يوم or الماضي (يوم الأحد is Sunday, أحد المسؤولين
 * "one of the officials"), and the first word of a Levantine month of two words (تشرين الثاني).
 */
export function entityAt(tokens: ArrayLike<EntityToken>, i: number, from = 0, to = tokens.length): Entity | undefined {
  const t = tokens[i];
  const e = entityOf(t);
  if (e || t.kind !== 'word' || !mayNameInContext(t)) return e;
  const day = CONTEXT_WEEKDAYS.get(t.key);
  if (day !== undefined && ((i > from && DAY_BEFORE.has(tokens[i - 1].key)) || (i + 1 < to && DAY_AFTER.has(tokens[i + 1].key)))) return one('weekday', day);
  // (or with the article right after a content word, and before none of notDayAfter: "أسقط مجلس الأمة الكويتي الأحد مشروع
  // الميزانية", a bare weekday after a verb's subject)
  if (
    day !== undefined &&
    t.key.startsWith('ال') &&
    i > from &&
    tokens[i - 1].kind === 'word' &&
    !tokens[i - 1].stop &&
    !(i + 1 < to && NOT_DAY_AFTER.has(tokens[i + 1].key))
  )
    return one('weekday', day);
  const month = twoWordMonth(tokens, i, to);
  if (month !== undefined) return one('month', month);
  const beside = MONTHS_BESIDE_DAY.get(t.key);
  if (
    beside !== undefined &&
    /^\p{Lu}/u.test(t.text) &&
    ((i + 1 < to && dayOrYear(tokens[i + 1])) || (i > from && dayOrYear(tokens[i - 1], false)) || besideMonth(tokens, i, from, to))
  )
    return one('month', beside);
  const office = portfolioAt(tokens, i, from, to);
  if (office !== undefined) return one('portfolio', office);
  const city = cityInContext(tokens, i, from, to);
  return city === undefined ? undefined : one('city', city);
}

/** A form of a word with the clitics a place name takes (و، ف، ب، ل، وب، ول، في's glued ب), and لل for ال. */
const withPlaceClitics = (w: string): string[] => {
  const k = makeToken(w, 0).key;
  const out = [k, ...['و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب', 'فل'].map((c) => c + k)];
  if (k.startsWith('ال')) out.push(`لل${k.slice(2)}`, `ولل${k.slice(2)}`);
  return out;
};
/** lexicons/entities.json citiesInContext, by every clitic form's key → the city's id. */
const CITIES_IN_CONTEXT = new Map<string, string>(
  lexiconValues('entities', 'citiesInContext', isString, 'a city').flatMap(([w, id]) => withPlaceClitics(w).map((k) => [k, id] as [string, string])),
);
/** lexicons/entities.json placeBefore, with their clitics. */
const PLACE_BEFORE = new Set(lexiconWords('entities', 'placeBefore').flatMap(withPlaceClitics));
/** Most names of a list read past for a known place (عمان والزرقاء والعقبة: two). */
const LIST_REACH = 4;
/** Names of citiesInContext in a row that make a list of places with no known place in it. */
const LIST_ALONE = 3;

/**
 * The city tokens[i] names when it is a word of citiesInContext after a word of a place (مدينة العقبة) or in a list with a
 * place the lexicon knows, or of LIST_ALONE of them (عمان والزرقاء والعقبة: each name after the first glued to و), if it does.
 */
function cityInContext(tokens: ArrayLike<EntityToken>, i: number, from: number, to: number): string | undefined {
  const id = CITIES_IN_CONTEXT.get(tokens[i].key);
  if (id === undefined) return undefined;
  if (i > from && PLACE_BEFORE.has(tokens[i - 1].key)) return id;
  // (a list: each later name has و glued; a place known on its own anywhere in the run makes the run a list of places)
  const joined = (x: number) => tokens[x].key.startsWith('و');
  const known = (x: number) => {
    const e = entityOf(tokens[x]);
    return e !== undefined && isPlace(e);
  };
  let run = 1;
  for (let x = i - 1, n = 0; x >= from && n < LIST_REACH && joined(x + 1); x--, n++) {
    if (known(x)) return id;
    if (!CITIES_IN_CONTEXT.has(tokens[x].key)) break;
    run++;
  }
  for (let x = i + 1, n = 0; x < to && n < LIST_REACH && joined(x); x++, n++) {
    if (known(x)) return id;
    if (!CITIES_IN_CONTEXT.has(tokens[x].key)) break;
    run++;
  }
  return run >= LIST_ALONE ? id : undefined;
}

/** lexicons/entities.json portfolios, by key (Arabic also without ل، ب، و before the article: للمالية, وبالخارجية). */
const PORTFOLIOS = new Map<string, string>(lexiconValues('entities', 'portfolios', isString, 'a portfolio').map(([w, id]) => [makeToken(w, 0).key, id]));
const PORTFOLIO_BEFORE = new Set(lexiconWords('entities', 'portfolioBefore').map((w) => makeToken(w, 0).key));
const PORTFOLIO_AFTER = new Set(lexiconWords('entities', 'portfolioAfter').map((w) => makeToken(w, 0).key));
/** A portfolio's forms, with its clitics when it has the article (للماليه, والخارجيه, بالخارجيه, وبالخارجيه), → its key as listed. */
const PORTFOLIO_FORMS = new Map<string, string>();
for (const p of PORTFOLIOS.keys()) {
  PORTFOLIO_FORMS.set(p, p);
  if (!p.startsWith('ال')) continue;
  for (const f of ['لل' + p.slice(2), ...['و', 'ب', 'ف', 'وب', 'ول', 'فب', 'فل'].map((c) => c + p)]) if (!PORTFOLIOS.has(f)) PORTFOLIO_FORMS.set(f, p);
}
/** A portfolio's key as listed: للماليه is الماليه, والخارجيه and بالخارجيه الخارجيه. */
const portfolioKey = (key: string): string | undefined => PORTFOLIO_FORMS.get(key);
/** The portfolio tokens[i] names beside its word of office (وزير المالية، the finance minister, minister of finance), if it does. */
function portfolioAt(tokens: ArrayLike<Pick<Token, 'key'>>, i: number, from: number, to: number): string | undefined {
  const k = portfolioKey(tokens[i].key);
  if (k === undefined) return undefined;
  const before = i > from ? tokens[i - 1].key : undefined,
    after = i + 1 < to ? tokens[i + 1].key : undefined;
  const ofBefore = before === 'of' && i - 1 > from && PORTFOLIO_BEFORE.has(tokens[i - 2].key);
  if (
    (before !== undefined && before !== 'of' && PORTFOLIO_BEFORE.has(before) && isArabicChar(k.charCodeAt(0))) ||
    ofBefore ||
    (after !== undefined && PORTFOLIO_AFTER.has(after))
  )
    return PORTFOLIOS.get(k);
  return undefined;
}

/** lexicons/dates.json monthsBesideDay: "May", "March" as months beside a day of the month or a year. */
const MONTHS_BESIDE_DAY = new Map<string, string>(lexiconValues('dates', 'monthsBesideDay', isString, 'a month').map(([w, id]) => [makeToken(w, 0).key, id]));
/** Is the word one of monthsBesideDay ("May", "March"): a month only in context (entityAt), never out of it (entityOf)? */
export const isMonthInContext = (t: Pick<Token, 'key'>): boolean => MONTHS_BESIDE_DAY.has(t.key);
/** The month entity's id of a word of monthsBesideDay ("March"), whatever its context, if it is one. */
export const monthInContextId = (t: Pick<Token, 'key'>): string | undefined => MONTHS_BESIDE_DAY.get(t.key);
/**
 * Words between the two ends of a range, by matching key (none for January-July, whose hyphen is no token): to, through,
 * إلى, حتى … (by key: إلى is الي, حتى حتي; written as is, the Arabic ones never matched).
 */
export const RANGE_WORDS: ReadonlySet<string> = new Set(['to', 'through', 'until', 'and', 'إلى', 'حتى', 'و'].map((w) => normalizeToken(w)));
/**
 * Is tokens[i] one end of a span whose other end is a month on its own (January-March, whose hyphen is no token; April
 * to May)? "March" and "May" name months there: a dev probe pair's source said January-March and its summary the first
 * three months of the year, and the span was read as January alone.
 */
function besideMonth(tokens: ArrayLike<EntityToken>, i: number, from: number, to: number): boolean {
  const month = (x: number) => x >= from && x < to && entityOf(tokens[x])?.cls === 'month';
  const joins = (x: number) => x >= from && x < to && RANGE_WORDS.has(tokens[x].key);
  return month(i - 1) || month(i + 1) || (joins(i - 1) && month(i - 2)) || (joins(i + 1) && month(i + 2));
}
/** A day of the month (1–31) written in digits, or (with `year`) a year of four digits. */
function dayOrYear(t: Pick<Token, 'kind' | 'text'>, year = true): boolean {
  if (t.kind !== 'number' || !/^\d{1,4}$/.test(t.text)) return false;
  const v = Number(t.text);
  return isDayOfMonth(v) || (year && t.text.length === 4 && isYear(v));
}

/** First words of TWO_WORD_MONTHS. */
const MONTH_FIRST = new Set([...TWO_WORD_MONTHS.keys()].map((k) => k.split(' ')[0]));
/**
 * May a word name an entity in context (an ambiguous weekday, the first word of a month of two words)?
 * Answered once per surface form: every word of the claims and of their sources is asked, and two Map
 * look-ups by its key for each were a third of the entity rule.
 */
const mayNameInContext = byForm<Pick<Token, 'key' | 'form'>>(
  (t) =>
    CONTEXT_WEEKDAYS.has(t.key) || MONTH_FIRST.has(t.key) || MONTHS_BESIDE_DAY.has(t.key) || portfolioKey(t.key) !== undefined || CITIES_IN_CONTEXT.has(t.key),
);

/** The month that tokens[i] and tokens[i + 1] name together (تشرين الثاني: نوفمبر), if they do. */
function twoWordMonth(tokens: ArrayLike<Pick<Token, 'key'>>, i: number, to: number): string | undefined {
  return i + 1 < to ? TWO_WORD_MONTHS.get(`${tokens[i].key} ${tokens[i + 1].key}`) : undefined;
}

/** How many words the entity at tokens[i] spans: 2 for a month of two words, else 1. */
export const entityWords = (tokens: ArrayLike<Pick<Token, 'key'>>, i: number, to = tokens.length): number =>
  twoWordMonth(tokens, i, to) === undefined ? 1 : 2;

function lookUp(t: Pick<Token, 'stem' | 'alt' | 'key' | 'text'>): Entity | undefined {
  const bareKey = t.key.replace(/^[وفبل]/, '');
  if (NOT_ENTITY.has(t.key) || NOT_ENTITY.has(bareKey)) return undefined;
  const exact = EXACT.get(t.key) ?? EXACT.get(bareKey);
  if (exact) return exact;
  for (const key of [t.stem, t.alt]) {
    if (key === undefined) continue;
    const e = ENTITY.get(key);
    if (!e) continue;
    if (e.article && !ARTICLE.test(t.key)) continue;
    if (e.lower && t.text[0] !== t.text[0].toLowerCase()) continue;
    return e.entity;
  }
  // a name that begins with أل (ألمانيا، ألماني) takes the article as الألماني, whose stem keeps the name's own
  // ال (المان against مان): read the word without the article (ANS: مخيم موريا الألماني was no country)
  const bare = /^[وف]?(?:ال|بال|كال|لل)(ال..+)$/.exec(t.key);
  return bare ? lookUp(makeToken(bare[1], 0)) : undefined;
}
