import { makeToken, byForm, type Token } from './tokenize.js';

/**
 * Closed classes of names that a news rewrite can swap for another of the same class while keeping the
 * rest of the sentence: countries with their adjectives (مصر/مصري, Egypt/Egyptian), large news cities,
 * commodities, currencies, months, weekdays and (English) colours. A summary that says «قفزة جديدة بإنتاج الغاز في مصر» for a
 * source that says «ليبيا» is supported word for word except for the one word that matters.
 *
 * Each entry is one entity: its forms in Arabic and English, separated by spaces; a word matches by its
 * stem (or proclitic-free stem), or by its exact key for a form written `=form`. An Arabic form written with the article (الذهب) matches only a word that
 * carries it, because the bare stem is another word (ذهب "went", فض "dispersed"). Words with a common
 * second sense are left out: عمان (Oman and Amman), تونس and الجزائر (country and capital), آب (August in
 * the Levant, and أب "father" by its key). الأحد (Sunday and "one"), الجمعة (Friday and جمع "to gather")
 * and الاثنين ("the two") are weekdays only beside يوم or الماضي, and the Levantine months of two words
 * (تشرين الأول، كانون الثاني), one word of which names two months, only as the pair (`entityAt`); the other
 * Levantine months stand beside their Egyptian names (أيار with مايو); the United States is known by the exact word الولايات (not الولاية, "term of office") and U.S. May and March (also a verb
 * and a noun), Jordan and Chad (also first names). Written from general knowledge of news language, not
 * from any benchmark's test split.
 */
const CLASSES: [string, string[]][] = [
  [
    'country',
    [
      'مصر مصري مصرية المصريين مصريون egypt egyptian egyptians',
      'ليبيا ليبي ليبية الليبيين ليبيون libya libyan libyans',
      'السودان سوداني سودانية السودانيين sudan sudanese',
      'الصومال صومالي صومالية somalia somali',
      'اليمن يمني يمنية اليمنيين yemen yemeni',
      'السعودية سعودي سعودية السعوديين saudi saudis',
      'تركيا تركي تركية الأتراك turkey turkish',
      'إيران إيراني إيرانية الإيرانيين iran iranian iranians',
      'العراق عراقي عراقية العراقيين iraq iraqi iraqis',
      'سوريا سورية سوري السوريين syria syrian syrians',
      'لبنان لبناني لبنانية اللبنانيين lebanon lebanese',
      'الأردن أردني أردنية',
      'فلسطين فلسطيني فلسطينية الفلسطينيين palestine palestinian palestinians',
      'إسرائيل إسرائيلي إسرائيلية الإسرائيليين israel israeli israelis',
      'قطر قطري قطرية qatar qatari',
      'الإمارات إماراتي إماراتية emirates emirati',
      'الكويت كويتي كويتية kuwait kuwaiti',
      'البحرين بحريني بحرينية bahrain bahraini',
      'المغرب مغربي مغربية المغاربة morocco moroccan',
      'موريتانيا موريتاني mauritania',
      'الصين صيني صينية الصينيين china chinese',
      'روسيا روسي روسية الروس russia russian russians',
      'أمريكا أميركا أمريكي أميركي أمريكية أميركية الأمريكيين الأميركيين =الولايات america american americans u.s.',
      'بريطانيا بريطاني بريطانية البريطانيين britain british u.k.',
      'فرنسا فرنسي فرنسية الفرنسيين france french',
      'ألمانيا ألماني ألمانية الألمان germany german germans',
      'إيطاليا إيطالي إيطالية italy italian',
      'إسبانيا إسباني إسبانية spain spanish',
      'اليابان ياباني يابانية japan japanese',
      'الهند هندي هندية india indian',
      'باكستان باكستاني باكستانية pakistan pakistani',
      'أفغانستان أفغاني أفغانية afghanistan afghan',
      'كندا كندي كندية canada canadian',
      'أستراليا أسترالي أسترالية australia australian',
      'البرازيل برازيلي برازيلية brazil brazilian',
      'المكسيك مكسيكي mexico mexican',
      'نيجيريا نيجيري nigeria nigerian',
      'إثيوبيا إثيوبي إثيوبية ethiopia ethiopian',
      'كينيا كيني kenya kenyan',
      'أوكرانيا أوكراني أوكرانية ukraine ukrainian',
      'اليونان يوناني greece greek',
      'فنزويلا venezuela venezuelan',
      'إندونيسيا إندونيسي indonesia indonesian',
      'ماليزيا ماليزي malaysia malaysian',
      'السويد سويدي sweden swedish',
      'النرويج نرويجي norway norwegian',
    ],
  ],
  [
    'city',
    [
      'القاهرة cairo',
      'الإسكندرية alexandria',
      'طرابلس tripoli',
      'بنغازي benghazi',
      'سرت sirte',
      'مصراتة misrata',
      'دمشق damascus',
      'حلب aleppo',
      'بغداد baghdad',
      'الموصل mosul',
      'البصرة basra',
      'بيروت beirut',
      'الرياض riyadh',
      'جدة jeddah',
      'دبي dubai',
      'الدوحة doha',
      'صنعاء sanaa',
      'عدن aden',
      'الخرطوم khartoum',
      'الرباط rabat',
      'إسطنبول اسطنبول istanbul',
      'أنقرة ankara',
      'طهران tehran',
      'القدس jerusalem',
      'غزة gaza',
      'واشنطن washington',
      'نيويورك york',
      'لندن london',
      'باريس paris',
      'برلين berlin',
      'موسكو moscow',
      'بكين beijing',
      'روما rome',
      'مدريد madrid',
      'جنيف geneva',
      'فيينا vienna',
      'طوكيو tokyo',
    ],
  ],
  ['commodity', ['الذهب gold', 'النفط oil', 'الفضة silver', 'الغاز gas', 'القمح wheat', 'النحاس copper', 'القطن cotton']],
  [
    'currency',
    [
      'الدولار dollar dollars',
      'اليورو euro euros',
      'الجنيه pound pounds',
      'الريال riyal rial',
      'الليرة lira',
      'الدينار dinar',
      'الدرهم dirham',
      'اليوان yuan',
      'الروبل rouble ruble',
    ],
  ],
  [
    'month',
    [
      'يناير january jan',
      'فبراير شباط february feb',
      'أبريل إبريل نيسان april apr',
      'مايو أيار',
      'يونيو حزيران june jun',
      'يوليو تموز july jul',
      'أغسطس august aug',
      'سبتمبر أيلول september sept',
      'أكتوبر october oct',
      'نوفمبر november nov',
      'ديسمبر december dec',
      'مارس آذار',
    ],
  ],
  ['weekday', ['الثلاثاء tuesday', 'الأربعاء wednesday', 'الخميس thursday', 'السبت saturday', 'monday', 'friday', 'sunday']],
  // English colour words, in lower case only (White House, Gordon Brown, the Green Party are names); the
  // Arabic ones are names too often (الأخضر, الأحمر as names, أسود "lions", البيت الأبيض) to be judged
  ['colour', ['~red', '~blue', '~green', '~yellow', '~white', '~black', '~purple', '~pink', '~brown', '~grey ~gray']],
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
/** Forms matched by their exact key only. */
const EXACT = new Map<string, Entity>();
for (const [cls, entries] of CLASSES) {
  for (const entry of entries) {
    const forms = entry.split(/\s+/).filter(Boolean);
    const id = forms[0].replace(/^~/, '');
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

/**
 * Capitals that news writes for their governments (واشنطن for the United States, موسكو for Russia): a
 * source that names the country names its capital's government too. By entity id.
 */
const CAPITALS: Record<string, string> = {
  واشنطن: 'أمريكا',
  موسكو: 'روسيا',
  بكين: 'الصين',
  لندن: 'بريطانيا',
  باريس: 'فرنسا',
  برلين: 'ألمانيا',
  روما: 'إيطاليا',
  مدريد: 'إسبانيا',
  طوكيو: 'اليابان',
  طهران: 'إيران',
  أنقرة: 'تركيا',
  الرياض: 'السعودية',
  القاهرة: 'مصر',
  دمشق: 'سوريا',
  بغداد: 'العراق',
  بيروت: 'لبنان',
  طرابلس: 'ليبيا',
  الخرطوم: 'السودان',
  صنعاء: 'اليمن',
  الدوحة: 'قطر',
  الرباط: 'المغرب',
};
/** Names of two words or more by which a source names an entity (المملكة المتحدة is بريطانيا). */
const PHRASES: Record<string, string[]> = { بريطانيا: ['المملكة المتحدة', 'united kingdom'], أمريكا: ['الولايات المتحدة', 'united states'] };
/** The names of more than one word of an entity (none for most). */
export const phrasesOf = (id: string): readonly string[] => PHRASES[id] ?? [];

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
  [
    ['الأحد', 'sunday'],
    ['الاثنين', 'monday'],
    ['الإثنين', 'monday'],
    ['الجمعة', 'friday'],
  ].map(([w, id]) => [makeToken(w, 0).key, id]),
);
/** Words around a weekday that make it one: يوم الأحد, الأحد الماضي, الجمعة المقبل. */
const DAY_BEFORE = new Set(['يوم', 'ويوم', 'اليوم', 'بيوم', 'ليوم', 'فجر', 'صباح', 'مساء', 'ليل', 'ليلة', 'ظهر', 'منذ'].map((w) => makeToken(w, 0).key));
const DAY_AFTER = new Set(['الماضي', 'المقبل', 'الفائت', 'القادم', 'المنصرم'].map((w) => makeToken(w, 0).key));
/** The Levantine months of two words, by their first word and their second: تشرين الأول is أكتوبر. */
const TWO_WORD_MONTHS = new Map<string, string>(
  [
    ['تشرين الأول', 'أكتوبر'],
    ['تشرين الثاني', 'نوفمبر'],
    ['كانون الأول', 'ديسمبر'],
    ['كانون الثاني', 'يناير'],
  ].map(([w, id]) => [
    w
      .split(' ')
      .map((x) => makeToken(x, 0).key)
      .join(' '),
    id,
  ]),
);

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
  const month = twoWordMonth(tokens, i, to);
  return month === undefined ? undefined : one('month', month);
}

/** First words of TWO_WORD_MONTHS. */
const MONTH_FIRST = new Set([...TWO_WORD_MONTHS.keys()].map((k) => k.split(' ')[0]));
/**
 * May a word name an entity in context (an ambiguous weekday, the first word of a month of two words)?
 * Answered once per surface form: every word of the claims and of their sources is asked, and two Map
 * look-ups by its key for each were a third of the entity rule.
 */
const mayNameInContext = byForm<Pick<Token, 'key' | 'form'>>((t) => CONTEXT_WEEKDAYS.has(t.key) || MONTH_FIRST.has(t.key));

/** The month that tokens[i] and tokens[i + 1] name together (تشرين الثاني: نوفمبر), if they do. */
function twoWordMonth(tokens: ArrayLike<Pick<Token, 'key'>>, i: number, to: number): string | undefined {
  return i + 1 < to ? TWO_WORD_MONTHS.get(`${tokens[i].key} ${tokens[i + 1].key}`) : undefined;
}

/** How many words the entity at tokens[i] spans: 2 for a month of two words, else 1. */
export const entityWords = (tokens: ArrayLike<Pick<Token, 'key'>>, i: number, to = tokens.length): number =>
  twoWordMonth(tokens, i, to) === undefined ? 1 : 2;

function lookUp(t: Pick<Token, 'stem' | 'alt' | 'key' | 'text'>): Entity | undefined {
  const exact = EXACT.get(t.key) ?? EXACT.get(t.key.replace(/^[وفبل]/, ''));
  if (exact) return exact;
  for (const key of [t.stem, t.alt]) {
    if (key === undefined) continue;
    const e = ENTITY.get(key);
    if (!e) continue;
    if (e.article && !ARTICLE.test(t.key)) continue;
    if (e.lower && t.text[0] !== t.text[0].toLowerCase()) continue;
    return e.entity;
  }
  return undefined;
}
