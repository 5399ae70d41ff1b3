import fs from 'node:fs';
import { describe, it, expect } from 'vitest';
import { check } from './checked.js';
import { quantities, listCounts, figureHolds, sourceReadings } from '../src/text/numbers.js';
import { negatesAt } from '../src/text/negation.js';
import { tokenize } from '../src/text/tokenize.js';
import { arabicWords, inArabicWords } from '../src/text/arabic-words.js';
import { entityAt } from '../src/text/entities.js';
import { speakersOf, saidBy } from '../src/text/speakers.js';
import { allegationsIn, closesWithAttribution, speaks } from '../src/text/allegations.js';
import { analyze } from '../src/text/document.js';
import { datelineAt } from '../src/text/meta.js';
import { partsOf } from '../src/check/rules/window.js';
import { buildContext, DEFAULT_THRESHOLDS, holdersWhere, sourcesFigure } from '../src/check/context.js';
import { unsourcedRuns, figureCoverage } from '../src/check/rules/unsupported.js';

/**
 * What editors restate that the rules must read as the source says it: Arabic fractions for percentages,
 * دون for "less than", an exception beyond a relative clause, "one in three" for "a third", and one
 * complementiser per reporting verb. Each case is from the eighth batch of fresh editor pairs (written
 * without seeing the code), rewritten here in the same shape.
 */
const ar = { summaryLang: 'ar', sourceLang: 'ar' } as const;
const en = { summaryLang: 'en', sourceLang: 'en' } as const;
const errors = (r: ReturnType<typeof check>) => r.flags.filter((f) => f.document === 'summary' && f.severity === 'error');
/** The texts of a report's flags of the given rules (those that `keep` keeps). */
const flagged = (r: ReturnType<typeof check>, rules: readonly string[], keep = (_f: ReturnType<typeof check>['flags'][number]) => true) =>
  r.flags.filter((f) => rules.includes(f.rule) && keep(f)).map((f) => f.text);
/** The texts of the number-mismatch flags, and of the antonym-mismatch flags, of a check of a summary against a source. */
const numberFlags = (s: string, src: string, lang: typeof ar | typeof en) => flagged(check(s, src, lang), ['number-mismatch']);
const antonymFlags = (s: string, src: string, lang: typeof ar | typeof en) => flagged(check(s, src, lang), ['antonym-mismatch']);
const figures = (s: string) => quantities(tokenize(s)).map((q) => [s.slice(q.start, q.end), Math.round(q.value * 100) / 100, q.hedge ?? null]);

describe('Arabic fractions as shares (lexicons/numbers.json arabicShares)', () => {
  it('reads a fraction after a hedge, with its damma, or before a definite noun as its percentage', () => {
    expect(figures('بيّنت الخبرة تحويل قرابة خُمسي الأموال المحصلة')).toEqual([['خُمسي', 40, 'about']]);
    expect(figures('أي بزيادة تقارب الخُمس عن الموسم الماضي')).toEqual([['الخُمس', 20, 'about']]);
    expect(figures('يعيش ثلث السكان في العاصمة')).toEqual([['ثلث', 33.33, null]]);
    expect(figures('وفاز الحزب بثلثي المقاعد')).toEqual([['بثلثي', 66.67, null]]);
    expect(figures('صوت ثلاثة أرباع الناخبين')).toEqual([['ثلاثة أرباع', 75, null]]);
  });
  it('leaves the other readings: a quarter of a year, the semi-final, the cardinals five and ten, a teen', () => {
    expect(figures('في الربع الأول من العام')).toEqual([]);
    expect(figures('تأهل الفريق إلى نصف النهائي')).toEqual([]);
    expect(figures('قضى خمس سنوات في السجن')).toEqual([['خمس', 5, null]]);
    expect(figures('بعد عشر سنوات')).toEqual([['عشر', 10, null]]);
    expect(figures('خلال ثلاثة عشر عاما')).toEqual([['ثلاثة عشر', 13, null]]);
    expect(figures('ثمن السلعة ارتفع')).toEqual([]);
  });
  it('keeps a summary that restates percentages as fractions free of number errors', () => {
    const source =
      'وقالت الوزارة إن عدد الجرعات يزيد بنحو 20 بالمئة على ما وفر الموسم الماضي. وأظهر تقرير الخبرة المحاسبية أن نحو 40 بالمئة من المبالغ المحصلة حولت إلى حسابات شخصية.';
    const r = check('وعدد الجرعات يزيد بما يقارب الخُمس على الموسم الماضي. وأظهر التقرير تحويل قرابة خُمسي المبالغ المحصلة إلى حسابات شخصية.', source, ar);
    expect(r.flags.filter((f) => f.rule === 'number-mismatch')).toEqual([]);
  });
});

describe('a share of a scale, and "a third" after a count (the twenty-ninth batch)', () => {
  it('reads a plural fraction before a scale as that share of it, the scale no figure of its own', () => {
    expect(figures('المحمّلة بقرابة ثلاثة أرباع مليون برميل من الخام')).toEqual([['ثلاثة أرباع مليون', 750000, 'about']]);
    expect(figures('three quarters of a million barrels')).toEqual([['three quarters of a million', 750000, null]]);
    expect(figures('بلغت الصفقة ثلث مليار دولار')).toEqual([['ثلث مليار', 333333333.33, null]]);
    // (and before no scale still a share)
    expect(figures('صوت ثلاثة أرباع الناخبين')).toEqual([['ثلاثة أرباع', 75, null]]);
  });
  it("keeps a faithful ثلاثة أرباع مليون for a source's 750 ألف free of number errors", () => {
    const source = 'وقالت وكالة تسنيم إن الناقلة كانت تحمل نحو 750 ألف برميل من النفط الخام.';
    const r = check('وذكرت وكالة تسنيم أن الناقلة كانت محمّلة بقرابة ثلاثة أرباع مليون برميل من الخام.', source, ar);
    expect(r.flags.filter((f) => f.rule === 'number-mismatch')).toEqual([]);
    // a changed share of the scale is still a changed figure
    const changed = check('وذكرت وكالة تسنيم أن الناقلة كانت محمّلة بقرابة ربع مليون برميل من الخام.', source, ar);
    expect(changed.flags.some((f) => f.rule === 'number-mismatch')).toBe(true);
  });
  it('reads "a third" at a clause\'s end after a count as the source\'s "a third" is read (no figure), and "a third straight" as 3', () => {
    expect(figures('killing two workers and seriously injuring a third, officials said.')).toEqual([['two', 2, null]]);
    expect(figures('Two workers were killed and a third was seriously injured.')).toEqual([['Two', 2, null]]);
    expect(figures('The team won a third straight title.')).toEqual([['third', 3, null]]);
    const r = check(
      'A rock wall gave way at a quarry on Wednesday, killing two workers and seriously injuring a third, officials said.',
      'Two workers were killed and a third was seriously injured when a section of rock wall collapsed at a quarry on Wednesday, officials said.',
      en,
    );
    expect(r.flags.filter((f) => f.rule === 'number-mismatch')).toEqual([]);
  });
});

describe('a count of a list of names (text/numbers.ts listCounts)', () => {
  it('reads the sizes of lists of three names or more, English and Arabic, and no pair', () => {
    const counts = (s: string) => listCounts(s, tokenize(s));
    expect(counts('The gang fitted skimmers at 23 stations in Leicestershire, Nottinghamshire and Derbyshire between March and May.')).toEqual([3]);
    expect(counts('Officials from the United States, France, and the United Kingdom met on Monday.')).toEqual([3]);
    expect(counts('وشملت الحملة محافظات أسيوط وسوهاج وقنا خلال الأسبوع الماضي')).toEqual([3]);
    expect(counts('وافتتحت فروع في الرياض، جدة والدمام')).toEqual([3]);
    // (a pair is too common a shape to vouch for a "two": Syrian and Russian commandos)
    expect(counts('helicopters laden with Syrian and Russian commandos flew in')).toEqual([]);
  });
  it('keeps a faithful count of a listed three free of number errors, and still flags a wrong count', () => {
    const source = 'Prosecutors said the gang fitted skimming devices at 23 fuel stations in Leicestershire, Nottinghamshire and Derbyshire last year.';
    const ok = check('The gang planted skimmers at 23 fuel stations across three counties last year, prosecutors said.', source, en);
    expect(ok.flags.filter((f) => f.rule === 'number-mismatch')).toEqual([]);
    const wrong = check('The gang planted skimmers at 23 fuel stations across four counties last year, prosecutors said.', source, en);
    expect(wrong.flags.some((f) => f.rule === 'number-mismatch' && f.text === 'four')).toBe(true);
    const ar1 = check('ثلاث دول خليجية تقدم دعما للأردن بقيمة مليار دولار', 'السعودية والإمارات والكويت تقدم دعما للأردن بقيمة مليار دولار', ar);
    expect(ar1.flags.filter((f) => f.rule === 'number-mismatch')).toEqual([]);
  });
});

describe('amounts moved by a verb, demands and "far from" (the thirtieth and thirty-first batches)', () => {
  const rule = (r: ReturnType<typeof check>, id: string) => r.flags.filter((f) => f.rule === id && f.severity !== 'info').map((f) => f.text);
  it('reads the direction of "losses climbed" from the verb, and still the side of losses alone (lexicons/antonyms.json amountNouns)', () => {
    const source =
      'UK Finance said that losses from card fraud at the point of sale had fallen slightly in the first half of the year, even as remote-purchase fraud rose.';
    expect(
      rule(check('UK Finance said card fraud losses at the point of sale climbed slightly in the first half of the year.', source, en), 'antonym-mismatch'),
    ).toEqual(['climbed']);
    expect(
      rule(check('UK Finance said card fraud losses at the point of sale fell slightly in the first half of the year.', source, en), 'antonym-mismatch'),
    ).toEqual([]);
    expect(rule(check("The company's losses narrowed in 2024.", "The company's losses widened in 2024.", en), 'antonym-mismatch')).toEqual(['narrowed']);
    expect(rule(check('وتراجعت أرباح الشركة في الربع الثالث.', 'وارتفعت أرباح الشركة في الربع الثالث.', ar), 'antonym-mismatch')).toEqual(['وتراجعت']);
    expect(rule(check('Shares extended losses on Monday.', 'Shares extended gains on Monday.', en), 'antonym-mismatch')).toEqual(['losses']);
  });
  it('reads longer/shorter (أطول/أقصر) and hailed/condemned as opposites (lexicons/antonyms.json length, reaction)', () => {
    const src = 'ولم تسجل أزمة في توفر الوقود بمحطات البصرة، غير أن سائقين أفادوا بطوابير أطول من المعتاد في بعض المحطات.';
    expect(rule(check('ولم تشهد محطات البصرة نقصاً، وإن أشار سائقون إلى طوابير أقصر من المعتاد في بعضها.', src, ar), 'antonym-mismatch')).toEqual(['أقصر']);
    expect(rule(check('ولم تشهد محطات البصرة نقصاً، وإن أشار سائقون إلى طوابير أطول من المعتاد في بعضها.', src, ar), 'antonym-mismatch')).toEqual([]);
    const en1 = 'Union leader Joseph Kilonzo welcomed the ruling but said the union remained open to talks.';
    expect(rule(check('Union leader Joseph Kilonzo condemned the ruling but said the union remained open to talks.', en1, en), 'antonym-mismatch')).toEqual([
      'condemned',
    ]);
    expect(rule(check('Union leader Joseph Kilonzo hailed the ruling but said the union remained open to talks.', en1, en), 'antonym-mismatch')).toEqual([]);
  });
  it('reads no dropped negation in what a claim says is demanded (lexicons/negation.json demandOf)', () => {
    const src = 'وقال المتحدث باسم العمال إن نحو 700 عامل بعقود مؤقتة يشاركون في الإضراب، مضيفاً أن بعضهم يعمل منذ أكثر من عشر سنوات دون تثبيت.';
    expect(rule(check('أضرب نحو 700 عامل مؤقت للمطالبة بتثبيتهم في وظائفهم، وفق المتحدث باسمهم.', src, ar), 'negation-mismatch')).toEqual([]);
    const en1 = 'The detained students have not been released, their lawyers said, as protesters marched.';
    expect(rule(check('Protesters marched demanding the release of the detained students.', en1, en), 'negation-mismatch')).toEqual([]);
    expect(rule(check('Protesters marched after the release of the detained students.', en1, en), 'negation-mismatch')).toEqual(['release']);
  });
  it('flags "ruled out" for "would not rule out" though both sentences have a verb of failing ("should the talks fail")', () => {
    const src = 'Ledesma said the union would not rule out further strikes if the meeting failed, but pilots would not walk out during the holidays.';
    expect(rule(check('Ledesma ruled out more strikes should the talks fail.', src, en), 'negation-mismatch')).toEqual(['ruled']);
    expect(rule(check('Ledesma did not rule out more strikes should the talks fail.', src, en), 'negation-mismatch')).toEqual([]);
    // (a word that says "not" of a state keeps the negation: "an outage that cut voice and data" for "without voice and data")
    expect(
      rule(
        check(
          'Anatel fined the operator over a March outage that cut voice and data for 19 million customers.',
          'Anatel fined the operator over a nationwide outage in March that left 19 million customers without voice and data services.',
          en,
        ),
        'negation-mismatch',
      ),
    ).toEqual([]);
  });
  it('reads بعيد عن الواقع "far from reality" as the source\'s غير واقعي (lexicons/negation.json outOfReach)', () => {
    const src = 'وقال الخبير إن سقف السعر البالغ 2.5 مليون جنيه غير واقعي في كثير من المدن.';
    expect(rule(check('ورأى الخبير أن سقف السعر بعيد عن الواقع في مدن كثيرة.', src, ar), 'negation-mismatch')).toEqual([]);
    expect(rule(check('ورأى الخبير أن سقف السعر واقعي في مدن كثيرة.', src, ar), 'negation-mismatch')).toEqual(['واقعي']);
  });
});

describe('a share of two counts and a decade after a comma (the thirty-second batch)', () => {
  const numberFlags = (r: ReturnType<typeof check>) => r.flags.filter((f) => f.rule === 'number-mismatch').map((f) => f.text);
  it('sources a hedged share in words by the ratio of two counts of one sentence, and not a changed one', () => {
    const src = 'وقالت الغرفة الوطنية لأصحاب المخابز إن نحو 1500 مخبزة من أصل 3200 مخبزة مصنفة تشارك في الإضراب.';
    expect(numberFlags(check('ويشارك في الإضراب نحو 1500 مخبزة، أي أقل بقليل من نصف المخابز المصنفة البالغ عددها 3200.', src, ar))).toEqual([]);
    expect(numberFlags(check('ويشارك في الإضراب نحو 1500 مخبزة، أي أكثر من ثلاثة أرباع المخابز المصنفة البالغ عددها 3200.', src, ar))).toEqual(['ثلاثة أرباع']);
    const museum = 'وأوضح الأمين العام أن الوزارة تمكنت من استعادة 21 قطعة من أصل 38 بالتعاون مع الإنتربول.';
    expect(numberFlags(check('وأفاد الأمين العام بأن أكثر من نصف المسروقات، أي 21 قطعة، استُعيد بالتعاون مع الإنتربول.', museum, ar))).toEqual([]);
    // (percentages are no counts: 40% and 60% make no two thirds)
    expect(numberFlags(check('وارتفعت الحصة إلى نحو ثلثي السوق.', 'وارتفعت الحصة من 40 في المئة إلى 60 في المئة من السوق.', ar))).toEqual(['ثلثي']);
  });
  it('reads منذ عقد before a comma as ten years, and عقد عمل as no figure', () => {
    expect(figures('وهو أعلى مستوى منذ عقد، لتمويل مشاريع المياه')).toEqual([['عقد', 10, null]]);
    expect(figures('وقع عقد عمل جديد مع الشركة')).toEqual([]);
    const r = check(
      'وتبلغ النفقات الرأسمالية 1.4 مليار دينار، هي الأعلى منذ عشر سنوات.',
      'وأضاف أن الموازنة تخصص 1.4 مليار دينار للنفقات الرأسمالية، وهو أعلى مستوى منذ عقد، لتمويل مشاريع المياه.',
      ar,
    );
    expect(numberFlags(r)).toEqual([]);
  });
});

describe('دون "below" restating a source that says أقل من', () => {
  it('is no negation of the word after it', () => {
    const source = 'ورحبت جمعية تمثل الضحايا بالحكم، لكنها قالت إن مبلغ التعويض أقل من الخسائر الفعلية التي تقدرها بنحو 25 مليون درهم.';
    const r = check('وقالت جمعية الضحايا إن مبلغ التعويض دون خسائرها المقدرة بنحو 25 مليون درهم.', source, ar);
    expect(r.flags.filter((f) => f.rule === 'negation-mismatch')).toEqual([]);
    // and دون without a "below" in the source is still "without"
    const without = check('وقالت جمعية الضحايا إن التعويض جاء دون خسائر.', 'وقالت جمعية الضحايا إن التعويض جاء بعد خسائر فادحة.', ar);
    expect(without.flags.some((f) => f.rule === 'negation-mismatch')).toBe(true);
  });
});

describe('an exception beyond a relative clause (لم … ، الذي … ، سوى)', () => {
  const sentence =
    'ولم يحقق ميراندا، الذي تولى المهمة في يونيو بعقد لمدة 24 شهرا، سوى ثلاثة انتصارات في 11 مباراة، ويقبع الفريق تاسعا بفارق 14 نقطة عن المتصدر.';
  it('keeps the exception in the clause of its cue', () => {
    const d = analyze(sentence, { prefix: 's', claims: true, lang: 'ar' });
    expect(d.claims.map((c) => sentence.slice(c.start, c.end))).toEqual([
      'ولم يحقق ميراندا، الذي تولى المهمة في يونيو بعقد لمدة 24 شهرا، سوى ثلاثة انتصارات في 11 مباراة',
      'ويقبع الفريق تاسعا بفارق 14 نقطة عن المتصدر.',
    ]);
  });
  it('reads لم … سوى as "only", no negation the source lacks', () => {
    const source = 'وكان ميراندا قد تولى المهمة في يونيو الماضي بعقد مدته عامان، وقاد الفريق في 11 مباراة فاز في ثلاث منها. ويحتل الفريق المركز التاسع.';
    const r = check(sentence, source, ar);
    expect(r.flags.filter((f) => f.rule === 'negation-mismatch')).toEqual([]);
  });
});

describe('"one in three" and a reporting verb\'s one complementiser', () => {
  it('reads "one in three" as the proportion, as "two in five" is', () => {
    expect(figures('about one in three comets')).toEqual([['one in three', 33.33, 'about']]);
    expect(figures('one out of ten voters')).toEqual([['one out of ten', 10, null]]);
    expect(figures('one of them said')).toEqual([]);
  });
  it('does not cut a clause at a second "that" after the verb ("passing that close")', () => {
    const s = 'Paris Observatory astronomer Claire Fontaine noted that about one in three comets passing that close to the Sun breaks up or fades sharply.';
    const d = analyze(s, { prefix: 's', claims: true, lang: 'en' });
    expect(d.claims.map((c) => s.slice(c.start, c.end))).toEqual([
      'Paris Observatory astronomer Claire Fontaine noted',
      'that about one in three comets passing that close to the Sun breaks up or fades sharply.',
    ]);
  });
  it('keeps a faithful "one in three" for "a third" free of number errors', () => {
    const source = 'But she added that around a third of comets that pass so close to the Sun break apart or fade sharply.';
    const r = check('She noted that about one in three comets passing that close to the Sun breaks up or fades sharply.', source, en);
    expect(r.flags.filter((f) => f.rule === 'number-mismatch')).toEqual([]);
  });
});

describe('above and below (lexicons/antonyms.json level)', () => {
  it('are opposite sides of a level', () => {
    const source = 'Turnover on the main market reached about 1.6 billion zlotys, nearly a third above the daily average for the past month.';
    const r = check('Turnover was nearly a third below its one-month daily average.', source, en);
    expect(errors(r).map((f) => [f.rule, f.text])).toEqual([['antonym-mismatch', 'below']]);
    expect(errors(check('Turnover was nearly a third above its one-month daily average.', source, en))).toEqual([]);
  });
});

describe("a sentence's parts keep an appositive's subject with its predicate (partsOf)", () => {
  const partsText = (s: string) => {
    const d = analyze(s, { prefix: 't', lang: 'en' });
    return partsOf(s, d.sentences[0].tokens, () => false).map((p) => s.slice(p[0].start, p[p.length - 1].end));
  };
  it('does not cut before a predicate opener (", was acquitted") nor at an age between commas', () => {
    expect(partsText('Former CEO Andrew Pallister, 61, was cleared of all charges.')).toEqual(['Former CEO Andrew Pallister, 61, was cleared of all charges']);
    expect(partsText('The director was convicted, while his co-defendant, the former chief executive, was acquitted.')).toEqual([
      'The director was convicted',
      'while his co-defendant',
      'the former chief executive, was acquitted',
    ]);
  });
  it('so a flipped verdict in a sentence of two verdicts is the antonym rule’s', () => {
    const source =
      "A former finance director was convicted on Friday over a scheme to inflate profits, while his co-defendant, the company's former chief executive, was acquitted. Former CEO Andrew Pallister, 61, was cleared of all charges.";
    const r = check('The jury convicted the finance director while convicting former chief executive Andrew Pallister of all charges.', source, en);
    expect(errors(r).map((f) => [f.rule, f.text])).toContainEqual(['antonym-mismatch', 'convicting']);
  });
});

describe('hedge-dropped: a possibility stated as certain', () => {
  const hedges = (r: ReturnType<typeof check>) => r.flags.filter((f) => f.rule === 'hedge-dropped').map((f) => [f.text, f.expected, f.severity]);
  it('flags سترفع for قد ترفع, and "will soon launch" for "may soon launch" (informational by default)', () => {
    const ar1 = check(
      'وقال إن البلدية سترفع رسوم مواقف السيارات في وسط المدينة في الربيع.',
      'وأضاف أن البلدية قد ترفع رسوم مواقف السيارات في وسط المدينة خلال الربيع المقبل.',
      ar,
    );
    expect(hedges(ar1)).toEqual([['سترفع', 'قد ترفع', 'info']]);
    const en1 = check('The company will soon launch a new phone.', 'The company may soon launch a new phone, analysts said.', en);
    expect(hedges(en1)).toEqual([['will soon launch', 'may soon launch', 'info']]);
    const gate = check('The company will launch a new phone.', 'The company is expected to launch a new phone.', {
      ...en,
      rules: { 'hedge-dropped': 'error' },
    });
    expect(hedges(gate)).toEqual([['will launch', 'expected to launch', 'error']]);
  });
  it('leaves a hedged claim, قد before a past verb (certain), and a source that also states the verb plainly', () => {
    expect(hedges(check('The company could soon launch a new phone.', 'The company may soon launch a new phone.', en))).toEqual([]);
    expect(hedges(check('The company will likely launch a new phone.', 'The company may launch a new phone.', en))).toEqual([]);
    expect(hedges(check('وقال إن البلدية سترفع الرسوم في الربيع.', 'وأضاف أن البلدية قد رفعت الرسوم في الربيع.', ar))).toEqual([]);
    expect(hedges(check('The firm will launch a phone in May.', 'The firm may launch a tablet and will launch a phone in May.', en))).toEqual([]);
  });
});

describe('an Arabic person named after a role (lexicons/reporting.json personRoles)', () => {
  const source =
    'وأعلنت لجنة التحكيم فوز الروائية العراقية زينب الحسيني بجائزة الرواية عن عملها "بيت على دجلة". وقالت الحسيني إن الرواية كتبت في ربيع العام الماضي بعد سنوات من السلام الهش.';
  const names = (r: ReturnType<typeof check>) => r.flags.filter((f) => f.rule === 'unknown-name').map((f) => f.text);
  it('reads two words after the role and its nationality that the source has nowhere as an unknown name, dictionary words or not', () => {
    // سلمى and الربيعي share their stems with السلام and ربيع of the source: the word as written decides
    expect(names(check('وفازت الروائية العراقية سلمى الربيعي بجائزة الرواية عن "بيت على دجلة".', source, ar))).toEqual(['سلمى الربيعي']);
  });
  it("leaves the source's name, its family name alone, and a role followed by a verb", () => {
    expect(names(check('وفازت الروائية العراقية زينب الحسيني بجائزة الرواية عن "بيت على دجلة".', source, ar))).toEqual([]);
    expect(names(check('وقالت الروائية الحسيني إن الرواية كتبت في ربيع العام الماضي.', source, ar))).toEqual([]);
    expect(names(check('وقالت الروائية العراقية تكتب رواياتها في ربيع كل عام.', source, ar))).toEqual([]);
  });
});

/**
 * From the tenth batch of fresh editor pairs (written without seeing the code; each false error below was
 * drawn by a faithful summary there), rewritten here in the same shape with other words.
 */
describe('figures restated in other words: واحد before a ten, spans in other units', () => {
  it('reads واحد + و + a ten as one compound, and واحد alone still as no figure', () => {
    expect(figures('يتوقع أن يبلغ الإنتاج واحداً وعشرين مليون طن')).toEqual([['واحداً وعشرين مليون', 21e6, null]]);
    expect(figures('يتوقع أن يبلغ الإنتاج واحد وعشرين مليون طن')).toEqual([['واحد وعشرين مليون', 21e6, null]]);
    expect(figures('وقال واحد من المسؤولين إن الإنتاج تراجع')).toEqual([]);
  });

  it('sources six decades by sixty years, thirty minutes by half an hour, and not the wrong figure', () => {
    const decades = 'قال المسؤول إن البلاد تواجه أسوأ موسم جفاف منذ ستين عاماً وإن الخطة الزراعية ستتقلص.';
    const numbers = (s: string, source: string, lang: typeof ar | typeof en = ar) => flagged(check(s, source, lang), ['number-mismatch']);
    expect(numbers('قال المسؤول إن البلاد تواجه أسوأ موسم جفاف منذ ستة عقود.', decades)).toEqual([]);
    expect(numbers('قال المسؤول إن البلاد تواجه أسوأ موسم جفاف منذ خمسة عقود.', decades)).toEqual(['خمسة']);
    const minutes = 'أعلنت الوزارة إلغاء الامتحان بعد تسريب أسئلته على مواقع التواصل بعد أقل من نصف ساعة من بدئه.';
    expect(numbers('ألغت الوزارة الامتحان بعدما انتشرت أسئلته على مواقع التواصل في أقل من ثلاثين دقيقة من بدئه.', minutes)).toEqual([]);
    expect(numbers('ألغت الوزارة الامتحان بعدما انتشرت أسئلته على مواقع التواصل في أقل من عشرين دقيقة من بدئه.', minutes)).toEqual(['عشرين']);
    const half = 'The questions were posted online within half an hour of the start of the exam, the ministry said.';
    expect(numbers('The questions appeared online within 30 minutes of the start of the exam, the ministry said.', half, en)).toEqual([]);
    expect(numbers('The questions appeared online within 60 minutes of the start of the exam, the ministry said.', half, en)).toEqual(['60']);
  });
});

describe('negation idioms: bounds and "failed to"', () => {
  const negations = (s: string, source: string) => flagged(check(s, source, en), ['negation-mismatch']);
  it('reads "no fewer than", "no less than" and "no later than" as bounds, not negations', () => {
    const source = 'The group said the spill had polluted farmland in at least four villages and must be cleaned up by Friday.';
    expect(negations('The spill polluted farmland in no fewer than four villages, the group said.', source)).toEqual([]);
    expect(negations('The group said the spill must be cleaned up no later than Friday.', source)).toEqual([]);
    // a negation the source lacks is still one
    expect(negations('The group said the spill had not polluted farmland in four villages.', source)).not.toEqual([]);
  });
  it('reads "failed to prove" as "did not prove" on either side', () => {
    const source = 'The judge said the prosecution had failed to prove that the official knew the price was inflated.';
    expect(negations('The judge found the prosecution had not proved that the official knew the price was inflated.', source)).toEqual([]);
    const ar1 = 'وقال القاضي إن النيابة فشلت في إثبات أن المسؤول كان يعلم بتضخيم السعر.';
    expect(flagged(check('وقال القاضي إن النيابة لم تثبت أن المسؤول كان يعلم بتضخيم السعر.', ar1, ar), ['negation-mismatch'])).toEqual([]);
  });
});

describe('verbs of backing and voting down are opposites of rejection (lexicons/antonyms.json acceptance)', () => {
  const antonyms = (s: string, source: string, lang: typeof ar | typeof en = ar) => flagged(check(s, source, lang), ['antonym-mismatch']);
  it('flags أيّد for a source that says رفض, and not أسقط', () => {
    const source = 'ورفض المدير العام للشركة، سامي بن عمر، مقترح النقابة بجدولة المستحقات على ثلاثة أشهر.';
    expect(antonyms('وأيّد المدير العام للشركة سامي بن عمر مقترح النقابة بجدولة المستحقات على ثلاثة أشهر.', source)).toEqual(['وأيّد']);
    const vote = 'ورفض المجلس مقترحاً حكومياً بخفض ربط الرواتب التقاعدية بالتضخم.';
    expect(antonyms('وأسقط المجلس مقترحاً حكومياً بخفض ربط الرواتب التقاعدية بالتضخم.', vote)).toEqual([]);
  });
  it('flags "adopted" for "vetoed"', () => {
    const source = 'The governor vetoed the bill that would have raised the minimum wage to $15 an hour.';
    expect(antonyms('The governor adopted the bill that would have raised the minimum wage to $15 an hour.', source, en)).toEqual(['adopted']);
  });
});

describe('a weekday that the best sentence has as a word (entity-mismatch)', () => {
  const entities = (s: string, source: string) => flagged(check(s, source, ar), ['entity-mismatch']);
  const source = 'أعلنت وزارة الشؤون الثقافية، الجمعة، سرقة ثلاث قطع أثرية من متحف سوسة في عملية نُفّذت ليلة الأربعاء إلى الخميس.';
  it('is restated, not swapped, when the source sets it off by commas (الجمعة with no يوم before it)', () => {
    expect(entities('أعلنت وزارة الشؤون الثقافية يوم الجمعة سرقة ثلاث قطع أثرية من متحف سوسة.', source)).toEqual([]);
  });
  it('still flags a weekday the sentence does not have', () => {
    expect(entities('أعلنت وزارة الشؤون الثقافية يوم السبت سرقة ثلاث قطع أثرية من متحف سوسة.', source)).toEqual(['السبت']);
  });
});

describe("a clause that its sentence's source does not carry at all", () => {
  it('is aligned by its own words (an attribution with what was said: مؤكداً أن …)', () => {
    const source = [
      'وقال مدير العمليات في شركة الميناء، فراس المجالي، إن 14 سفينة كانت تنتظر الرسو صباح الاثنين.',
      'وأضاف أن الرافعات الجسرية لم تتعرض لأي أضرار، لكن إجراءات السلامة استوجبت إيقافها بالكامل.',
      'وتوقعت دائرة الأرصاد الجوية أن تهدأ الرياح تدريجياً اعتباراً من الثلاثاء.',
    ].join(' ');
    const summary = 'وأفاد فراس المجالي، مدير العمليات في شركة الميناء، بأن أربع عشرة سفينة كانت بانتظار الرسو صباح الاثنين، مؤكداً أن الرافعات لم تُصب بأذى.';
    const r = check(summary, source, ar);
    const last = r.summary.claims[r.summary.claims.length - 1];
    expect(summary.slice(last.start, last.end)).toContain('الرافعات');
    expect(r.alignments.find((a) => a.summary === last.id)!.sources).toContain('t2');
  });
});

describe('a figure written in words matches the digits the source writes (align/query-builder.ts figureKeys)', () => {
  const source = [
    'وقال وزير الصحة في الولاية إن الحملة ستستمر عشرة أيام وتشمل مخيمات النازحين.',
    'وأضاف أن 37 شخصاً توفوا جراء المرض منذ بدء التفشي.',
    'ولم تتمكن فرق التطعيم من الوصول إلى ثلاث محليات في جنوب الولاية.',
  ].join(' ');
  it('is one key, its digits: the claim goes to the sentence that has them, with no error', () => {
    const r = check('وأوضح الوزير أن الحملة تمتد عشرة أيام، مشيراً إلى أن عدد الوفيات بلغ سبعاً وثلاثين حالة.', source, ar);
    const last = r.summary.claims[r.summary.claims.length - 1];
    expect(r.alignments.find((a) => a.summary === last.id)!.sources).toContain('t2');
    expect(errors(r).map((f) => f.text)).toEqual([]);
  });
  it('and a figure the source does not have is no match: still an error', () => {
    const r = check('وأوضح الوزير أن الحملة تمتد عشرة أيام، مشيراً إلى أن عدد الوفيات بلغ سبعاً وأربعين حالة.', source, ar);
    expect(errors(r).length).toBeGreaterThan(0);
  });
  it('a figure of one word also matches the word where the source writes it so (fifth-largest), not only its digits (5%)', () => {
    const src =
      'Redwing Air agreed on Monday to buy rival Coastal Jet for $2.1 billion in cash and stock, creating the fifth-largest carrier in the country by passenger numbers. Coastal Jet holders will get $14 a share, the companies said. The combined airline would operate 240 aircraft and carry about 30 million passengers a year. Coastal Jet shares rose 9% while Redwing shares fell 5% in early trading.';
    const r = check(
      'The enlarged carrier, which will rank fifth in the U.S. by passengers, is to operate 240 aircraft and carry some 30 million travellers a year.',
      src,
      en,
    );
    const first = r.summary.claims[0];
    expect(r.alignments.find((a) => a.summary === first.id)!.sources).toContain('t1');
  });
});

describe('news synonyms from the tenth batch (lexicons/synonyms.json)', () => {
  // (العام الفائت for العام الماضي and المدة for الفترة were added too: a run of two such words draws no span
  // flag either way, so they are measured on the fresh pairs, not here)
  it('reads curbs/restrictions, needed/necessary and shortfall/deficit as one another', () => {
    const source =
      'Deputy administrator Elena Moreno said further restrictions "could be necessary if rainfall in September falls short." The authority forecast a deficit of $38 million this year.';
    const r = check(
      'Moreno warned that more curbs could be needed should rainfall in September disappoint, and the authority expects a $38 million shortfall this year.',
      source,
      en,
    );
    expect(errors(r).map((f) => f.text)).toEqual([]);
  });
});

describe('a span restated in another unit is no unsupported span (unsupported.ts sourcedFigureTokens)', () => {
  const spans = (s: string, source: string) => flagged(check(s, source, ar), ['unsupported-span', 'number-mismatch']);
  const source = 'وقالت الوزارة إنها منعت نقل الدواجن من المحافظة وإليها لمدة أسبوعين بعد رصد إصابات بإنفلونزا الطيور في مزرعتين.';
  it('reads أربعة عشر يوماً for أسبوعين, the figure and its unit', () => {
    expect(spans('وحظرت الوزارة نقل الدواجن من المحافظة وإليها أربعة عشر يوماً بعد رصد إصابات بإنفلونزا الطيور في مزرعتين.', source)).toEqual([]);
  });
  it('and still flags a span the source does not give', () => {
    expect(spans('وحظرت الوزارة نقل الدواجن من المحافظة وإليها عشرين يوماً بعد رصد إصابات بإنفلونزا الطيور في مزرعتين.', source)).not.toEqual([]);
  });
});

describe('Arabic figures from the eleventh batch of fresh editor pairs', () => {
  it('reads a teen with a clitic, a fraction before a scale after a hedge, and digits after a scale and و', () => {
    expect(figures('مستعينةً باثنتي عشرة طائرة')).toEqual([['باثنتي عشرة', 12, null]]);
    expect(figures('بكلفة تقارب ربع مليار دولار')).toEqual([['ربع مليار', 250e6, 'about']]);
    expect(figures('بلغت الأحمال 17 ألفاً و620 ميغاواط')).toEqual([['17 ألفاً و620', 17620, null]]);
    expect(figures('بلغ عدد السكان 2 مليون و300 ألف نسمة')).toEqual([['2 مليون و300 ألف', 2.3e6, null]]);
    // a fraction alone after a hedge is still a share, and two figures joined by و each keep their own scale
    expect(figures('قرابة الربع')).toEqual([['الربع', 25, 'about']]);
    expect(figures('بلغ 2 مليون و3 ملايين')).toEqual([
      ['2 مليون', 2e6, null],
      ['3 ملايين', 3e6, null],
    ]);
  });
});

describe('negations read over a few more words, and "barred from" (the eleventh batch)', () => {
  const negations = (s: string, source: string) => flagged(check(s, source, en), ['negation-mismatch'], (f) => f.severity !== 'info');
  it('"No one has been arrested" restates "no arrests had been made"', () => {
    const source = 'Police spokesman Ibrahim Lawal said no arrests had been made in the kidnapping of the nine traders.';
    expect(negations('No one has been arrested in the kidnapping of the nine traders, police said.', source)).toEqual([]);
  });
  it('"barred from raising" restates "not to raise"; "raising" alone does not', () => {
    const source = 'The regulator said the merger would require the new company not to raise prices on existing contracts for three years.';
    expect(negations('The merged company will be barred from raising prices on existing contracts for three years.', source)).toEqual([]);
    expect(negations('The merged company will be raising prices on existing contracts for three years.', source)).not.toEqual([]);
  });
  it('"lacking a clear timetable" restates "did not include a clear timetable"', () => {
    const source = 'The delegation said it would not sign any deal that did not include a clear timetable for the withdrawal.';
    expect(negations('The delegation refused any deal lacking a clear timetable for the withdrawal.', source)).toEqual([]);
  });
});

describe('hedge-dropped on a verb that says the same (modality.ts saysSame)', () => {
  const hedges = (s: string, source: string) => flagged(check(s, source, en), ['hedge-dropped']);
  const source = 'The commission said more suspects could be identified in the coming weeks as the inquiry widens.';
  it('reads "will be named" for "could be identified" (a synonym of the lexicons)', () => {
    expect(hedges('More suspects will be named in the coming weeks as the inquiry widens, the commission said.', source)).toEqual(['will be named']);
  });
  it('and not a verb the source states unhedged', () => {
    expect(
      hedges('More suspects will be named in the coming weeks, the commission said.', 'The commission said more suspects were named and identified this week.'),
    ).toEqual([]);
  });
});

describe('an age told with its figure ("the 38-year-old" for "Osman, 38,")', () => {
  it('is no run of words the claim adds (unsourcedRuns), and another age is a number error', () => {
    const source = 'Osman, 38, dedicated the award to every Sudanese family that has lost a home, the festival said.';
    const summary = analyze('The 38-year-old dedicated the award to every family in Sudan that has lost a home.', { prefix: 's', claims: true, lang: 'en' });
    const ctx = buildContext(summary, analyze(source, { prefix: 't', lang: 'en' }), DEFAULT_THRESHOLDS);
    const runs = unsourcedRuns(ctx, ctx.claims[0]).map((r) => summary.text.slice(r[0].start, r[r.length - 1].end));
    expect(runs.some((r) => /year|old/.test(r))).toBe(false);
    expect(flagged(check('The 45-year-old dedicated the award to every Sudanese family that has lost a home.', source, en), ['number-mismatch'])).toEqual([
      '45',
    ]);
  });
});

describe('the sixteenth batch of fresh editor pairs: parts of the year, regions, readings of figures', () => {
  const source = 'الرياض في 3 أكتوبر / واس / أعلن المركز الوطني ارتفاع صادرات المملكة من التمور خلال الأشهر التسعة الأولى من العام الجاري بنسبة 14 في المائة.';
  const monthsOf = (r: ReturnType<typeof check>) => flagged(r, ['entity-mismatch', 'unsupported-span']);
  it('reads من يناير إلى سبتمبر as the first nine months, not as months the dateline swaps (entities.ts partOfYear)', () => {
    expect(monthsOf(check('وارتفعت صادرات المملكة من التمور في الفترة من يناير إلى سبتمبر بنسبة 14 في المائة.', source, ar))).toEqual([]);
    // a range that is not that part is still a date the source does not give
    // (the range as a whole: both its months)
    expect(flagged(check('وارتفعت صادرات المملكة من التمور في الفترة من يناير إلى أغسطس بنسبة 14 في المائة.', source, ar), ['entity-mismatch'])).toEqual([
      'يناير',
      'أغسطس',
    ]);
  });
  it('reads "since January" as the first half, and "since March" not', () => {
    const half = 'الكويت في 30 يونيو / كونا / أنهت البورصة تعاملات النصف الأول من العام على تباين، إذ ارتفع مؤشر السوق الأول بنسبة 6.2 في المئة.';
    expect(flagged(check('وصعد مؤشر السوق الأول 6.2 في المئة منذ يناير.', half, ar), ['entity-mismatch'])).toEqual([]);
    expect(flagged(check('وصعد مؤشر السوق الأول 6.2 في المئة منذ مارس.', half, ar), ['entity-mismatch'])).toEqual(['مارس']);
    // نصف السنة الأول is the first half, no share of 50%
    expect(flagged(check('وأغلقت البورصة نصف السنة الأول على تباين.', half, ar), ['number-mismatch'])).toEqual([]);
  });
  it('reads a part of the year for the months the source names (the first three months of the year for January-March)', () => {
    const src = "Private consumption, which accounts for more than half of Japan's economy, was flat after a 0.4% increase in January-March.";
    const words = ['unsupported-span', 'number-mismatch', 'unsupported-claim', 'entity-mismatch'];
    expect(flagged(check('Private consumption was flat after rising 0.4% in the first three months of the year.', src, en), words)).toEqual([]);
    expect(flagged(check('Private consumption was flat after rising 0.4% in the first quarter.', src, en), words)).toEqual([]);
    // another part is still a figure the source does not give
    expect(flagged(check('Private consumption was flat after rising 0.4% in the first four months of the year.', src, en), ['number-mismatch'])).toEqual([
      'four',
    ]);
    const arSrc = 'وارتفع الاستهلاك الخاص بنسبة 0.4 في المئة في الفترة من يناير إلى مارس، وفق البيانات الرسمية.';
    expect(flagged(check('وارتفع الاستهلاك الخاص 0.4 في المئة في الربع الأول من العام.', arSrc, ar), words)).toEqual([]);
    expect(flagged(check('وارتفع الاستهلاك الخاص 0.4 في المئة في الأشهر الثلاثة الأولى من العام.', arSrc, ar), words)).toEqual([]);
    expect(flagged(check('وارتفع الاستهلاك الخاص 0.4 في المئة في الأشهر الخمسة الأولى من العام.', arSrc, ar), ['number-mismatch'])).toEqual(['الخمسة']);
  });
  it('reads March and May as months beside another month (January-March), not only beside a day', () => {
    const e = (s: string) => {
      const t = tokenize(s);
      return t.map((_, i) => entityAt(t, i)?.id ?? null).filter((x) => x !== null);
    };
    expect(e('a 0.4% increase in January-March')).toHaveLength(2);
    expect(e('from April to May')).toHaveLength(2);
    // (two that need the other, March to May, stay unread: neither is a month on its own)
    expect(e('from March to May')).toEqual([]);
    // the verb and the modal are still no months
    expect(e('Protesters march to the square and may stay')).toEqual([]);
  });
  it('does not read a region for a country as a swap, and still reads two countries', () => {
    const src = 'The return to markets removes the most immediate default risk for Kenya, said David Cowan, Africa economist at Citi.';
    expect(flagged(check("Citi's David Cowan said the deal removed Kenya's most immediate default risk.", src, en), ['entity-mismatch'])).toEqual([]);
    const swapped = 'The return to markets removes the most immediate default risk for Kenya, said David Cowan, Ghana economist at Citi.';
    expect(
      flagged(check("Citi's David Cowan, Uganda economist, said the deal removed the most immediate default risk.", swapped, en), ['entity-mismatch']),
    ).toEqual(['Uganda']);
  });
  it('reads a minute and a half as 90 seconds, the 19th century as the 1800s, second as two, the first half as six months', () => {
    const none = (summary: string, src: string, o: typeof en | typeof ar = en) => expect(flagged(check(summary, src, o), ['number-mismatch'])).toEqual([]);
    none(
      'Chebet retained her title, roughly 90 seconds outside last year’s winning time.',
      'Chebet retained her title, about a minute and a half slower than last year’s winning time.',
    );
    none('Villas in the area were plundered in the 1800s.', 'Many villas in the area were plundered in the 19th century.');
    none('The move follows an increase in Ghana, the number two grower.', 'Ghana, the second-largest producer, raised its price.');
    none('نما حجم الحاويات خلال الأشهر الستة الأولى من العام.', 'عالج الميناء خلال النصف الأول من العام نحو 5 ملايين حاوية، بزيادة في الحجم.', ar);
    // and a figure none of them reads is still an error
    expect(
      flagged(
        check(
          'Chebet retained her title, roughly 75 seconds outside last year’s winning time.',
          'Chebet retained her title, about a minute and a half slower than last year’s winning time.',
          en,
        ),
        ['number-mismatch'],
      ),
    ).toEqual(['75']);
  });
  it('reads a change with the level it came to as the difference of the two levels (levelAfter)', () => {
    const src = 'رفعت الوزارة سعر الربطة الكبيرة إلى 65 ألف ليرة بعد أن كان 60 ألفا.';
    expect(flagged(check('رفعت الوزارة ثمن الربطة الكبيرة خمسة آلاف ليرة لتصبح 65 ألفا.', src, ar), ['number-mismatch'])).toEqual([]);
    expect(flagged(check('رفعت الوزارة ثمن الربطة الكبيرة سبعة آلاف ليرة لتصبح 65 ألفا.', src, ar), ['number-mismatch'])).toEqual(['سبعة آلاف']);
  });
});

describe("a claim's own negation answered past an appositive (negation.ts pastAppositive)", () => {
  const source = 'SQM and Albemarle, currently the only producers in the country, did not submit bids, the ministry said.';
  it('reads "did not" after the subject\'s appositive as the negation "Neither … nor" restates', () => {
    expect(flagged(check('Neither incumbent, SQM nor Albemarle, took part in the tender.', source, en), ['negation-mismatch'])).toEqual([]);
  });
  it('still flags a negation when the source states it plainly', () => {
    const plain = 'SQM and Albemarle, currently the only producers in the country, submitted bids, the ministry said.';
    expect(flagged(check('Neither incumbent, SQM nor Albemarle, submitted bids.', plain, en), ['negation-mismatch']).length).toBe(1);
  });
});

describe('opposites from ANS train contradictions (lexicons/antonyms.json concern, reaction)', () => {
  it('reads relief against concern, and attacking against backing', () => {
    expect(
      flagged(check('ترامب يعلن ارتياحه بشأن مصير الصحفي جمال خاشقجي', 'أعرب الرئيس الأمريكي دونالد ترامب عن قلقه بشأن مصير الصحفي جمال خاشقجي', ar), [
        'antonym-mismatch',
      ]),
    ).toEqual(['ارتياحه']);
    expect(
      flagged(
        check(
          'The minister said she was relieved about the fate of the missing crew.',
          'The minister said she was concerned about the fate of the missing crew.',
          en,
        ),
        ['antonym-mismatch'],
      ),
    ).toEqual(['relieved']);
    expect(
      flagged(check('ماغوين تهاجم جيمي بينت الذي يتهم الممثلة بالاعتداء', 'ماغوين تدعم جيمي بينت الذي يتهم الممثلة بالاعتداء', ar), ['antonym-mismatch']),
    ).toEqual(['تهاجم']);
  });
});

describe('the seventeenth batch of fresh editor pairs: figures, acronyms, datelines, "did not rule out"', () => {
  const numbers = (r: ReturnType<typeof check>) => flagged(r, ['number-mismatch'], (f) => f.severity === 'error');
  it('reads a verb of exceeding through a level word or a noun of quantity as a hedge (numbers.ts governedHedge)', () => {
    expect(figures('وتجاوز غرام عيار 22 حاجز 316 درهماً')).toEqual([
      ['22', 22, null],
      ['316', 316, 'past'],
    ]);
    expect(figures('مع تجاوز عدد الخلايا العصرية 30 ألفاً')).toEqual([['30 ألفاً', 30000, 'over']]);
    expect(figures('النفط يتخطى حاجز الـ80 دولارا')).toEqual([['80', 80, 'past']]);
    // a level crossed is just past it: 75 is another level than "past the 60 barrier" (an ANS train contradiction)
    expect(flagged(check('تجاوز خام برنت حاجز الـ60 دولارا.', 'تجاوز خام برنت حاجز الـ75 دولارا.', ar), ['number-mismatch'])).toEqual(['60']);
    // a verb with no level word nor noun of quantity governs nothing a few words on
    expect(figures('ارتفع عدد القتلى إلى 30')).toEqual([['30', 30, null]]);
  });
  it('reads three fifths with a pronoun, and fifty-fifty as no figure', () => {
    expect(figures('يذهب قرابة ثلاثة أخماسها إلى الأسواق الخارجية')).toEqual([['ثلاثة أخماسها', 60, 'about']]);
    expect(figures('will split the money fifty-fifty with the landowner')).toEqual([]);
    expect(figures('two two-year terms')).toEqual([
      ['two', 2, null],
      ['two', 2, null],
    ]);
  });
  it('reads a change told with its level as that level less another figure, and a difference told after the figure', () => {
    const src = 'Family consent rates climbed to 58% from 49% a year earlier. The number of living kidney donors fell slightly to 84 from 91.';
    expect(numbers(check('Family consent rose by nine percentage points to 58%.', src, en))).toEqual([]);
    // (not the difference of two other figures: 91 less 84 is seven)
    expect(numbers(check('Family consent rose by seven percentage points to 58%.', src, en))).toEqual(['seven']);
    const wolves = 'The wolf population shrank to an estimated 260 animals, the office said. The number was down from around 310 a year earlier.';
    expect(numbers(check('The office estimated about 260 wolves, some 50 fewer than a year before.', wolves, en))).toEqual([]);
    expect(numbers(check('The office estimated about 260 wolves, some 80 fewer than a year before.', wolves, en))).toEqual(['80']);
  });
  it('reads nights as days, an acronym in the plural, a dateline capital as its country, and the lexicon’s new synonyms', () => {
    expect(
      numbers(check('اختتم المزاد بعد ثلاثة أسابيع من المزايدات.', 'اختتم المزاد نسخته الرابعة بمبيعات بلغت 4.6 ملايين ريال على مدى 21 ليلة.', ar)),
    ).toEqual([]);
    const icu = 'The program placed specialist nurses in 11 intensive care units across the country.';
    expect(flagged(check('The program placed specialist nurses in 11 ICUs.', icu, en), ['unknown-name'])).toEqual([]);
    const dateline = 'المنامة في 17 سبتمبر / بنا / - أعلن مركز الإسعاف الوطني عن إضافة 22 سيارة إسعاف جديدة إلى أسطوله.';
    expect(flagged(check('أعلن مركز الإسعاف الوطني في البحرين إضافة 22 سيارة إسعاف.', dateline, ar), ['unknown-name'])).toEqual([]);
    // (another country is still flagged: as a swap for the dateline's country, its one flag)
    expect(flagged(check('أعلن مركز الإسعاف الوطني في قطر إضافة 22 سيارة إسعاف.', dateline, ar), ['unknown-name', 'entity-mismatch'])).toEqual(['قطر']);
  });
  it('reads "did not rule out" as a possibility, not a negation the source lacks (negation.json ruleOut)', () => {
    const src = 'وتوقع الحداد أن يظل المعدن الأصفر مدعوماً، لكنه أشار إلى احتمال حدوث تصحيح بنسبة تتراوح بين 5 و7 في المئة.';
    expect(flagged(check('ولم يستبعد الحداد تصحيحاً بين 5% و7%.', src, ar), ['negation-mismatch'])).toEqual([]);
    // a negation of another verb is still one
    expect(flagged(check('ولم يتوقع الحداد أن يظل المعدن الأصفر مدعوماً.', src, ar), ['negation-mismatch']).length).toBe(1);
  });
});

describe('deprived of, and a country named by its phrase (the seventeenth batch)', () => {
  it('reads حُرمت من as a negation without a cue, restating رفضت', () => {
    const src = 'وأشار الشهري إلى أن اللجنة رفضت عرض 12 صقراً لعدم مطابقتها الاشتراطات الصحية.';
    expect(flagged(check('وذكر الشهري أن 12 صقراً حُرمت من العرض لأسباب صحية.', src, ar), ['negation-mismatch'])).toEqual([]);
  });
  it('reads "United States" as the U.S. of the source, and still as a name a source without it lacks', () => {
    const us = 'The toymaker recalled 40,000 sets sold in the U.S. and Canada, the regulator said.';
    expect(flagged(check('The toymaker recalled 40,000 sets sold in the United States and Canada.', us, en), ['unknown-name'])).toEqual([]);
    const uk = 'The toymaker recalled 40,000 sets sold in Britain and Canada, the regulator said.';
    expect(flagged(check('The toymaker recalled 40,000 sets sold in the United States and Canada.', uk, en), ['unknown-name'])).toEqual(['United States']);
  });
});

describe('English synonyms of the seventeenth batch (lexicons/synonyms.json english)', () => {
  it('reads amount/quantity, same/equal, biggest/largest and posts/positions as one another', () => {
    const r = check(
      'Payments will cut 120 posts, and the state must take back an equal amount.',
      'The university will cut about 120 positions, and the state must take back the same quantity.',
      en,
    );
    const covered = r.alignments.find((a) => a.summary === r.summary.claims[r.summary.claims.length - 1].id)!.score;
    const plain = check(
      'Payments will cut 120 posts, and the state must take back an equal amount.',
      'The university will cut about 120 staff, and the state must take back the rest.',
      en,
    );
    const before = plain.alignments.find((a) => a.summary === plain.summary.claims[plain.summary.claims.length - 1].id)!.score;
    expect(covered).toBeGreaterThan(before);
    expect(errors(r)).toEqual([]);
  });
});

describe('verdicts and reactions from ANS train contradictions (lexicons/antonyms.json verdict, reaction)', () => {
  it('reads a death or prison sentence against an acquittal, and criticism against backing', () => {
    expect(
      flagged(check('ليبيا تعلن حكما ببراءة 45 شخصا متهمين بقتل متظاهرين', 'ليبيا تصدر حكما بإعدام 45 شخصا متهمين بقتل متظاهرين', ar), ['antonym-mismatch']),
    ).toEqual(['ببراءة']);
    expect(flagged(check('المتحدث باسم الرئاسة يدعم وقف تمويل الوكالة', 'المتحدث باسم الرئاسة ينتقد وقف تمويل الوكالة', ar), ['antonym-mismatch'])).toEqual([
      'يدعم',
    ]);
  });
});

describe('a surname swapped after a role and its genitive with ل (names.ts surnameSlots)', () => {
  const src = 'من جانبه، قال أمين عام الهيئة المهندس رامي خليل الطراونة إن الموظفين الحاليين لن يتأثروا بالقرار.';
  it('flags المجالي for the source’s رامي خليل الطراونة, and not the source’s own name', () => {
    expect(flagged(check('وأكد الأمين العام للهيئة رامي المجالي أن الموظفين الحاليين لن يتضرروا.', src, ar), ['unknown-name'])).toEqual(['المجالي']);
    expect(flagged(check('وأكد الأمين العام للهيئة رامي الطراونة أن الموظفين الحاليين لن يتضرروا.', src, ar), ['unknown-name'])).toEqual([]);
  });
});

describe('a negated word that itself says "not" (negation.ts doubled), and roots of استفعل imperfects', () => {
  it('flags "did not rule out" and لم يستبعد against a source that rules it out, and not against one that says it is possible', () => {
    expect(
      flagged(check('The analyst did not rule out a correction in prices.', 'The analyst ruled out a correction in prices.', en), ['negation-mismatch']).length,
    ).toBe(1);
    expect(flagged(check('ولم يستبعد المحلل تصحيحا في الأسعار.', 'واستبعد المحلل تصحيحا في الأسعار.', ar), ['negation-mismatch']).length).toBe(1);
    expect(
      flagged(check('The analyst did not rule out a correction in prices.', 'The analyst said a correction in prices was possible.', en), [
        'negation-mismatch',
      ]),
    ).toEqual([]);
    expect(
      flagged(check('The analyst did not rule out a correction in prices.', 'The analyst did not rule out a correction in prices.', en), ['negation-mismatch']),
    ).toEqual([]);
  });
  it('gives يستبعد، تستخدم and مستشار the roots of استبعد، استخدام and استشار (stem.ts arabicRoot)', () => {
    const root = (w: string) => tokenize(w)[0].root;
    expect(['يستبعد', 'تستخدم', 'مستشار'].map(root)).toEqual(['استبعد', 'استخدام', 'استشار'].map(root));
    expect(root('يستبعد')).toBe('بعد');
  });
  it("gives the imperfect of تفعّل/تفاعل after ت its past's root (تتدخل، تتراجع as تدخلت، تراجع), so a dropped لم is seen", () => {
    const root = (w: string) => tokenize(w)[0].root;
    expect(['تتدخل', 'تتراجع', 'تتعامل'].map(root)).toEqual(['تدخلت', 'تراجع', 'تعامل'].map(root));
    expect(['تتابع', 'تتبع'].map(root)).toEqual(['تبع', 'تبع']);
    expect(
      flagged(check('وتدخلت الشرطة لتفريق المتظاهرين أمام البرلمان.', 'ولم تتدخل الشرطة لتفريق المتظاهرين أمام البرلمان، واكتفت بمراقبة الطرق.', ar), [
        'negation-mismatch',
      ]),
    ).toEqual(['وتدخلت']);
  });
});

describe('coverage as the claim model reads it (unsupported.ts figureCoverage)', () => {
  const cover = (summaryText: string, sourceText: string) => {
    const summary = analyze(summaryText, { prefix: 's', claims: true, lang: 'en' });
    const ctx = buildContext(summary, analyze(sourceText, { prefix: 't', lang: 'en' }), DEFAULT_THRESHOLDS);
    return [ctx.claims[0].support.score, figureCoverage(ctx, ctx.claims[0])];
  };
  it('counts a figure the support set holds in another unit as carried, and nothing else', () => {
    const [score, withFigures] = cover(
      'Chebet won again, roughly 90 seconds outside her winning time.',
      'Chebet won again, about a minute and a half slower than her winning time.',
    );
    expect(withFigures).toBeGreaterThan(score);
    // a figure the source does not read as it is no coverage
    const [s2, f2] = cover(
      'Chebet won again, roughly 75 seconds outside her winning time.',
      'Chebet won again, about a minute and a half slower than her winning time.',
    );
    expect(f2).toBe(s2);
  });
});

describe("a word of un- answers a claim's negated paraphrase (negation.json withoutCue)", () => {
  it('reads "went unsold" for "found no buyer" as no negation the source lacks', () => {
    const src = 'Of the 168,000 packages offered, about 38% went unsold, up from 29% the previous week, the association said.';
    const r = check('About 38% of the 168,000 packages on offer found no buyer, the association said.', src, en);
    expect(errors(r)).toEqual([]);
  });
});

/** What the twentieth batch of fresh editor pairs found (written without seeing the code), in examples of the same shape. */
describe('the twentieth batch: ranges in words, clock times, decades, light verbs, hedges after a figure', () => {
  it('reads ستة آلاف وتسعة آلاف as two figures, not 6,009 and a stray آلاف', () => {
    expect(figures('يتراوح بين ستة آلاف وتسعة آلاف ريال')).toEqual([
      ['ستة آلاف', 6000, null],
      ['وتسعة آلاف', 9000, null],
    ]);
    expect(figures('ستة آلاف وتسعمئة ريال')).toEqual([['ستة آلاف وتسعمئة', 6900, null]]);
    const src = 'وقال إن كلفة الحفل الواحد تتراوح بين 6 آلاف و9 آلاف ريال.';
    expect(flagged(check('وأوضح أن الحفل الواحد يكلف ما بين ستة آلاف وتسعة آلاف ريال.', src, ar), ['number-mismatch'])).toEqual([]);
  });
  it('reads an hour and its minutes as a clock time, not an ordinal of forty-six', () => {
    expect(figures('وقع الحادث في السادسة وأربعين دقيقة')).toEqual([['وأربعين', 40, null]]);
    expect(figures('في الدورة السادسة والأربعين')).toEqual([['السادسة والأربعين', 46, null]]);
  });
  it('reads عقد as a decade after a word of time, past a hedge, and not as a contract or a holding', () => {
    expect(figures('لم تسجل أي إصابة منذ ما يزيد على عقد.')).toEqual([['عقد', 10, 'over']]);
    expect(figures('قبل عقد الاجتماع')).toEqual([]);
    expect(figures('وقعت الشركة أكثر من عقد')).toEqual([]);
  });
  it('hands a negation through a light verb to its complement (لم يلتزموا بخفض is لم يخفضوا)', () => {
    const src = 'وأضاف المدير أن معظم السائقين لم يلتزموا بخفض السرعة إلى 80 كيلومتراً في الساعة.';
    expect(flagged(check('وقال المدير إن أغلب السائقين لم يخفضوا سرعتهم إلى 80 كيلومتراً في الساعة.', src, ar), ['negation-mismatch'])).toEqual([]);
    expect(flagged(check('وقال المدير إن أغلب السائقين خفضوا سرعتهم إلى 80 كيلومتراً في الساعة.', src, ar), ['negation-mismatch'])).not.toEqual([]);
  });
  it('reads بلا مقابل as "free", no negation added', () => {
    const src = 'وقال إن الشحن سيظل مجانياً في المحطات العامة حتى نهاية العام.';
    expect(flagged(check('وأوضح أن الشحن في المحطات العامة سيبقى بلا مقابل حتى نهاية العام.', src, ar), ['negation-mismatch'])).toEqual([]);
  });
  it('"or more" after a figure is a hedge, as "no less than" before it: no opposite words', () => {
    const src = 'The councillor put initial damage at no less than 80 million euros, a figure she said could rise.';
    expect(flagged(check('She put early damage at 80 million euros or more, a figure that could grow.', src, en), ['antonym-mismatch'])).toEqual([]);
  });
  it('a range of months that restates a quarter is no unknown name, and its words are no missing content', () => {
    const src = 'The company said construction would begin in the third quarter of this year.';
    const r = check('Building is due to start in the July-September quarter.', src, en);
    expect(flagged(r, ['unknown-name'])).toEqual([]);
    expect(errors(r)).toEqual([]);
  });
  it('a negation before a contrast is not the denial\'s: "would not appeal, but denied" still denies', () => {
    const src = 'The chief executive said the company would not appeal, but denied that it had deliberately misreported spill data.';
    const claim = 'The chief executive said the company would not appeal, though he admitted having deliberately misreported spill data.';
    expect(flagged(check(claim, src, en), ['antonym-mismatch'])).toEqual(['admitted']);
  });
  it('reads the speaker of a denial with no أن (ونفت التازي صدور …) and of the two-letter verbs نفت، دعت', () => {
    const src = 'وقالت رئيسة الجمعية سناء التازي إن القرار جاء متأخرا. ونفى المدير عبد اللطيف البقالي وجود أي تعليمات رسمية بقتل الكلاب.';
    expect(flagged(check('ونفت التازي صدور أي تعليمات رسمية بقتل الكلاب.', src, ar), ['attribution-mismatch'])).toEqual(['التازي']);
    expect(flagged(check('ونفى البقالي صدور أي تعليمات رسمية بقتل الكلاب.', src, ar), ['attribution-mismatch'])).toEqual([]);
  });
  it('a future verb has its root (ستعمم: عمم), and بقية/باقي, قرر/حسم restate each other', () => {
    expect(tokenize('ستعمم')[0].root).toBe('عمم');
    const src = 'وأشار إلى أن الوزارة لم تقرر بعد ما إذا كانت ستعمم التجربة على بقية المحافظات.';
    expect(errors(check('وإن تعميم التجربة على باقي المحافظات لم يُحسم بعد.', src, ar))).toEqual([]);
  });
});

/** What the twenty-first batch of fresh editor pairs found (written without seeing the code), in examples of the same shape. */
describe('the twenty-first batch: halves after any unit, spans in two units, "less than" verbs, stems that are no sides', () => {
  it('sources 4.5 tons by أربعة أطنان ونصف الطن, and a 171-minute match by two hours and 51 minutes', () => {
    const tons = 'وأتلفت الهيئة نحو أربعة أطنان ونصف الطن من المواد الغذائية الفاسدة خلال الأسبوع الأول.';
    expect(flagged(check('وأتلفت الهيئة قرابة 4.5 طن من الأغذية الفاسدة خلال الأسبوع الأول.', tons, ar), ['number-mismatch'])).toEqual([]);
    expect(flagged(check('وأتلفت الهيئة قرابة 6.5 طن من الأغذية الفاسدة خلال الأسبوع الأول.', tons, ar), ['number-mismatch'])).not.toEqual([]);
    const match = 'She won the title on Sunday in a final that lasted two hours and 51 minutes.';
    expect(flagged(check('She won the title on Sunday in a 171-minute final.', match, en), ['number-mismatch'])).toEqual([]);
    expect(flagged(check('She won the title on Sunday in a 151-minute final.', match, en), ['number-mismatch'])).not.toEqual([]);
  });
  it('reads دون الهدف as "below the target" when the source says يقل عن', () => {
    const src = 'وقال رئيس الهيئة إن عدد الخريجين بلغ 612 ألفاً، وهو عدد يقل عن المستهدف البالغ ثمانمئة ألف.';
    expect(flagged(check('وقال رئيس الهيئة إن 612 ألفاً تخرجوا، أي دون الهدف المحدد بثمانمئة ألف.', src, ar), ['negation-mismatch'])).toEqual([]);
  });
  it('"knocking out power" restates "without power"; "Department" is no departure', () => {
    const src = 'The storm left about 38,000 homes without power, officials said.';
    expect(flagged(check('The storm knocked out power to about 38,000 homes, officials said.', src, en), ['negation-mismatch'])).toEqual([]);
    const dept = 'The Transportation Department urged drivers to stay home on Tuesday.';
    expect(flagged(check('Officials urged drivers to keep staying home on Tuesday.', dept, en), ['antonym-mismatch'])).toEqual([]);
  });
  it('reads a surname swapped after a role and its place of work (الباحث في جامعة قطر خالد الهاجري for خالد السليطي)', () => {
    const src = 'وربط الباحث في جامعة قطر خالد السليطي ذلك بتجاوز حرارة الرمال 33 درجة مئوية.';
    expect(flagged(check('وربط الباحث في جامعة قطر خالد الهاجري ذلك بتجاوز حرارة الرمال 33 درجة مئوية.', src, ar), ['unknown-name'])).toEqual(['الهاجري']);
    expect(flagged(check('وربط الباحث في جامعة قطر خالد السليطي ذلك بارتفاع حرارة الرمال.', src, ar), ['unknown-name'])).toEqual([]);
  });
  it('flags "rules out" for "does not rule out": the claim drops the not of the very word the source negates', () => {
    const src = 'وقال الوزير إن الحكومة لا تستبعد أن يتسع البرنامج ليشمل عشرين ألف شاب.';
    expect(flagged(check('وقال الوزير إن الحكومة تستبعد أن يتسع البرنامج ليشمل عشرين ألف شاب.', src, ar), ['negation-mismatch'])).toEqual(['تستبعد']);
    expect(flagged(check('وأكد الوزير أن الحكومة لا تستبعد توسيع البرنامج ليشمل عشرين ألف شاب.', src, ar), ['negation-mismatch'])).toEqual([]);
    const en = 'The minister said the government had not ruled out widening the programme.';
    expect(
      flagged(check('The minister said the government had ruled out widening the programme.', en, { summaryLang: 'en', sourceLang: 'en' }), [
        'negation-mismatch',
      ]),
    ).toEqual(['ruled']);
  });
  it('a day of a month is a date no span restates: April 14 is no "fortnight" for a source that says April 7', () => {
    const src = 'The city will begin its spring paving season on Monday, April 7, two weeks earlier than usual.';
    expect(flagged(check('Spring paving will begin on Monday, April 14, a fortnight earlier than normal.', src, en), ['number-mismatch'])).toEqual(['14']);
    expect(flagged(check('Spring paving will begin on Monday, April 7, a fortnight earlier than normal.', src, en), ['number-mismatch'])).toEqual([]);
    // a span still restates a span: 14 days for two weeks
    expect(flagged(check('Paving will begin 14 days earlier than usual.', src, en), ['number-mismatch'])).toEqual([]);
  });
  it('a speaker named between the source speaker\'s verb and what is said is that speaker, whose "he added" goes on', () => {
    const src =
      'وقال رئيس الهيئة العامة لتعليم الكبار الدكتور أيمن الشربيني إن الهيئة محت أمية 612 ألف دارس. ' +
      'وعزا الشربيني الفارق إلى تسرب الدارسين في الريف. وأضاف أن الهيئة تعتزم افتتاح ألفي فصل جديد بحلول نوفمبر.';
    expect(flagged(check('وأعلن الشربيني أن الهيئة تعتزم افتتاح ألفي فصل جديد بحلول نوفمبر.', src, ar), ['attribution-mismatch'])).toEqual([]);
  });
});

describe('the twenty-second batch: a teen after a hundred or a thousand', () => {
  it('reads أربعمئة واثنا عشر as 412 and ألف وثلاثة عشر as 1,013, not a hundred and a stray twelve or ten', () => {
    expect(figures('بمشاركة أربعمئة واثنا عشر خطاطاً')).toEqual([['أربعمئة واثنا عشر', 412, null]]);
    expect(figures('ألف وثلاثة عشر')).toEqual([['ألف وثلاثة عشر', 1013, null]]);
    expect(figures('مئة وإحدى عشرة')).toEqual([['مئة وإحدى عشرة', 111, null]]);
    expect(figures('أربعمئة وثلاثة عشر ألفاً')).toEqual([['أربعمئة وثلاثة عشر ألفاً', 413000, null]]);
    // (and أقل بـ as "fewer by": the difference of the source's two counts, as English "fewer")
    const counts = 'قالت الوزارة إنها أصدرت 118 ترخيصاً صناعياً جديداً خلال شهر أبريل، مقارنة بـ135 ترخيصاً في مارس.';
    const claim = (n: string) => `وأصدرت الوزارة 118 ترخيصاً في أبريل، أي أقل ${n} ترخيصاً مما أصدرته في مارس.`;
    expect(flagged(check(claim('بسبعة عشر'), counts, ar), ['number-mismatch'])).toEqual([]);
    expect(flagged(check(claim('بتسعة عشر'), counts, ar), ['number-mismatch'])).toEqual(['بتسعة عشر']);
    const src = 'واختتمت المسابقة بمشاركة 412 خطاطاً من 27 دولة.';
    expect(flagged(check('وشارك في المسابقة أربعمئة واثنا عشر خطاطاً من سبع وعشرين دولة.', src, ar), ['number-mismatch'])).toEqual([]);
  });
});

describe('a verb of denial said in the sentence beside the support set (negation.ts addedReversal)', () => {
  // a twenty-second-batch fresh editor pair (written for the project by a helper that did not see the code)
  const source =
    'CHICAGO, April 9 - U.S. pet food maker Prairie Harvest Pet Co said on Monday it was recalling about 48,000 bags of dry dog food made at its Nebraska plant after tests found elevated levels of aflatoxin, a toxin produced by mould that can be fatal to dogs.\nCompany spokeswoman Melissa Grant said the recall covered 5-pound and 15-pound bags sold in 14 states with "best by" dates between Jan. 10 and March 2 of next year, and that no other products were affected.\nThe U.S. Food and Drug Administration said it had received reports of 27 dogs falling ill after eating the food, including nine that died, but cautioned that it had not yet confirmed a link in every case.\nKaren Lutz, a veterinary medicine official at the FDA, said the agency was testing samples from the plant and expected results "within the next week", adding that owners should report any illness through the agency\'s online portal.\nPrairie Harvest chief executive Tom Becker said the company had traced the problem to a single shipment of corn from a supplier and had "stopped all purchases" from that supplier pending an investigation.\nBecker denied that the company had delayed the recall, saying it acted "within hours" of receiving test results on Saturday.\nLisa Moreno, a veterinarian at the University of Illinois, said symptoms of aflatoxin poisoning, including lethargy, vomiting and yellowing of the eyes, could appear days after eating, and urged owners not to wait for signs of illness before contacting a vet.\nCustomers can return the bags for a full refund, the company said.\nAflatoxin contamination has been behind several large pet food recalls in the United States over the past decade.';
  const faithful =
    'Prairie Harvest Pet Co announced on Monday that it was recalling roughly 48,000 bags of dry dog food from its Nebraska plant after tests showed raised levels of aflatoxin, a mould toxin that can kill dogs. The recall applies to 5-pound and 15-pound bags sold in fourteen states with best-by dates from Jan. 10 to March 2 next year, company spokeswoman Melissa Grant said. The Food and Drug Administration said 27 dogs had reportedly become ill after eating the food, nine of them fatally, though it had not yet confirmed a link in every case. Chief executive Tom Becker said the problem had been traced to a single corn shipment and denied that the company had been slow to recall, saying it acted within hours of getting test results on Saturday.';
  it('is sourced there: a clause that fuses "traced to a shipment" with the next sentence\'s denial adds no reversal', () => {
    expect(flagged(check(faithful, source, en), ['negation-mismatch'])).toEqual([]);
  });
  it('and a denial that no sentence says still is one', () => {
    const plain = 'Chief executive Tom Becker said the company had traced the problem to a single shipment of corn from a supplier.';
    expect(flagged(check('Becker denied that the problem had been traced to a single corn shipment.', plain, en), ['negation-mismatch'])).not.toEqual([]);
  });
});

describe('"May" and "March" as months beside a day or a year (entity-mismatch)', () => {
  const entity = (s: string, t: string) =>
    check(s, t)
      .flags.filter((f) => f.rule === 'entity-mismatch')
      .map((f) => f.text);
  const source = 'Flynas will launch flights to Almaty on April 15, the airline said on Sunday.';
  it('flags "on May 15" against "on April 15", and not the verb "may"', () => {
    expect(entity('Flynas will fly to Almaty on May 15, the airline said.', source)).toEqual(['May']);
    expect(entity('Flynas may fly to Almaty on April 15, the airline said.', source)).toEqual([]);
    expect(entity('Flynas will fly to Almaty from 15 March, the airline said.', source)).toEqual(['March']);
    expect(entity('Flynas will fly to Almaty on May 15, the airline said.', 'Flynas will launch flights to Almaty on May 15, the airline said.')).toEqual([]);
  });
});

describe('the twenty-seventh batch of fresh editor pairs and a dev probe: "at no cost", a clause’s end, totals', () => {
  const numbers = (r: ReturnType<typeof check>) => flagged(r, ['number-mismatch'], (f) => f.severity === 'error');
  it('reads "at no cost" and "no fees" as "free", no negation added, while a dropped "no fee" is still one', () => {
    const src = 'Dealers will replace the tires free of charge starting Oct. 14, the company said. Visitors from abroad will pay no fee on Sundays.';
    expect(flagged(check('Dealers will swap the tires at no cost from Oct. 14.', src, en), ['negation-mismatch'])).toEqual([]);
    expect(flagged(check('Visitors from abroad will pay a fee on Sundays.', src, en), ['negation-mismatch'])).toEqual(['fee']);
    expect(
      flagged(check('وسيتم استبدال الإطارات بلا رسوم ابتداء من 14 أكتوبر.', 'وسيتم استبدال الإطارات مجاناً ابتداء من 14 أكتوبر.', ar), ['negation-mismatch']),
    ).toEqual([]);
  });
  it("ends a source cue's reach at its clause: a quote's negation is not the speaker's after it", () => {
    const src =
      '"Silver is finally catching up with gold, and the solar story is giving it a second engine that gold simply does not have," said Helena Marsh, head of metals strategy at Coldstream Capital in London.';
    const r = check(
      'Helena Marsh of Coldstream Capital said silver was catching up with gold, with the solar story giving it a second engine that gold lacks.',
      src,
      en,
    );
    expect(flagged(r, ['negation-mismatch'])).toEqual([]);
    // (within the clause the dropped negation is read as before)
    expect(
      flagged(check('Visitors said the museum was open on Sundays.', 'Visitors said the museum was not open on Sundays.', en), ['negation-mismatch']),
    ).not.toEqual([]);
  });
  it('reads a figure cued as a total as the sum of two or three figures of one source sentence', () => {
    const src =
      'The ATR 72 was carrying 64 passengers and four crew when it overran the runway at Nelson airport. No one was seriously injured. The commission said the aircraft touched down at 128 knots.';
    expect(numbers(check('The plane, carrying 68 people in all, touched down at 128 knots.', src, en))).toEqual([]);
    expect(numbers(check('The plane was carrying a total of 68 people.', src, en))).toEqual([]);
    // (a wrong total, and a sum with no cue, are changed figures)
    expect(numbers(check('The plane, carrying 70 people in all, touched down at 128 knots.', src, en))).toEqual(['70']);
    expect(numbers(check('The plane was carrying 68 passengers when it overran the runway.', src, en))).toEqual(['68']);
    const ar3 = 'وأسفر الحادث عن مقتل خمسة أشخاص وإصابة اثني عشر آخرين وفقدان ثلاثة.';
    expect(numbers(check('وبلغ عدد ضحايا الحادث عشرين شخصاً في المجموع.', ar3, ar))).toEqual([]);
    expect(numbers(check('وبلغ عدد ضحايا الحادث عشرين شخصاً.', ar3, ar))).toEqual(['عشرين']);
  });
  it('a place that only a dateline of the support set names is not sourced by it (entity-mismatch)', () => {
    const src =
      'الرياض (أ ف ب) – أعلن نادي الاتحاد السعودي، الخميس، تعاقده مع لاعب الوسط المصري كريم عبد الستار قادماً من نادي أولمبيك مرسيليا الفرنسي، بعقد يمتد ثلاثة مواسم. وخضع اللاعب البالغ 26 عاماً للفحوص الطبية في باريس يوم الثلاثاء، قبل أن يصل إلى جدة مساء الأربعاء حيث وقّع العقد بحضور رئيس النادي.';
    const claim = (city: string) => `وخضع لاعب الاتحاد للفحوص الطبية في باريس يوم الثلاثاء قبل أن يصل إلى ${city} مساء الأربعاء حيث وقّع العقد.`;
    expect(flagged(check(claim('الرياض'), src, ar), ['entity-mismatch'])).toEqual(['الرياض']);
    expect(flagged(check(claim('جدة'), src, ar), ['entity-mismatch'])).toEqual([]);
  });
  it('a participle of a verb of saying (مؤكداً أن، معتبرة أن) says who says it, not what: no content of its own', () => {
    const src =
      'وقال الناطق باسم الوزارة ماهر الحياري إن الشحنة ستصل إلى ميناء العقبة في النصف الثاني من سبتمبر. وأضاف أن المملكة "لن تواجه أي نقص" في مادة الخبز، نافياً وجود نية لرفع سعره المدعوم.';
    const r = check('وذكر الحياري أن الشحنة ستبلغ العقبة خلال النصف الثاني من سبتمبر، مؤكداً أن البلاد لن تعاني نقصاً في الخبز.', src, ar);
    expect(r.flags.filter((f) => f.document === 'summary').map((f) => f.text)).toEqual([]);
    expect(tokenize('مؤكداً مشيرة معتبرة').every((t) => t.stop)).toBe(true);
  });
  it('دون before a definite noun with a level adjective is "below" (دون الزمن المستهدف), not "without"', () => {
    const src = 'وأضاف المري أن فرق الإنقاذ تمكنت من انتشال جميع الغرقى الافتراضيين خلال 47 دقيقة، مقارنة بزمن مستهدف قدره ستون دقيقة.';
    const r = check('وأفاد المري بأن الفرق انتشلت جميع الغرقى الافتراضيين في 47 دقيقة، أي دون الزمن المستهدف البالغ ساعة.', src, ar);
    expect(flagged(r, ['negation-mismatch'])).toEqual([]);
    // (دون before an indefinite noun is still "without": دون أي تأخير)
    expect(flagged(check('وانتشلت الفرق جميع الغرقى دون أي تأخير.', 'وانتشلت الفرق جميع الغرقى مع تأخير.', ar), ['negation-mismatch'])).not.toEqual([]);
  });
  it('reads a share or percentage cued as a change ("by a third") as the relative change between two figures of a sentence', () => {
    const src =
      'The World Food Programme warned on Tuesday that it may have to cut monthly food vouchers for nearly one million Rohingya refugees in Bangladesh from 12 dollars to 8 dollars per person unless new funding arrives by December.';
    const claim = (share: string) =>
      `The World Food Programme may reduce monthly food vouchers for Rohingya refugees by ${share}, from 12 dollars to 8 dollars.`;
    expect(numbers(check(claim('a third'), src, en))).toEqual([]);
    expect(numbers(check(claim('33%'), src, en))).toEqual([]);
    expect(numbers(check(claim('a quarter'), src, en))).toEqual(['a quarter']);
    expect(numbers(check(claim('40%'), src, en))).toEqual(['40']);
  });
  it('reads one amount told in two figures with the unit after each (ملياري دينار ومئة مليون دينار) as their sum', () => {
    const src = 'ارتفعت صادرات تونس من الفوسفات خلال الأشهر التسعة الأولى من العام بنسبة 18 في المئة، لتبلغ قيمتها نحو 2.1 مليار دينار.';
    const claim = (amount: string) => `وزادت صادرات تونس من الفوسفات في الأشهر التسعة الأولى من السنة لتصل إلى قرابة ${amount}.`;
    expect(numbers(check(claim('ملياري دينار ومئة مليون دينار'), src, ar))).toEqual([]);
    expect(numbers(check(claim('ملياري دينار ومئتي مليون دينار'), src, ar))).not.toEqual([]);
  });
  it('reads an Arabic ordinal before من and a month as the day it names (الثامن من مارس), and no other ordinal', () => {
    expect(figures('يعود الأطباء إلى العمل صباح الثامن من مارس')).toEqual([['الثامن', 8, null]]);
    expect(figures('في الأول من أبريل')).toEqual([['الأول', 1, null]]);
    expect(figures('الثالث من المرشحين')).toEqual([]);
    expect(figures('الأول من نوعه')).toEqual([]);
    const src = 'ومن المنتظر أن يستأنف الأطباء عملهم بشكل كامل صباح الخميس السادس من مارس.';
    expect(numbers(check('ويعود الأطباء إلى العمل كلياً صباح الثامن من مارس.', src, ar))).toEqual(['الثامن']);
    expect(numbers(check('ويعود الأطباء إلى العمل كلياً صباح السادس من مارس.', src, ar))).toEqual([]);
  });
  it('"without being separated" restates an unbeaten stand: no negation added', () => {
    const src = 'Karachi were struggling at 98 for four before captain Saad Rehman and wicketkeeper Imran Baig put on an unbeaten stand of 89.';
    const claim = 'Saad Rehman and wicketkeeper Imran Baig added 89 without being separated after Karachi had slumped to 98 for four.';
    expect(flagged(check(claim, src, en), ['negation-mismatch'])).toEqual([]);
    // (a source that does not say it still draws the added negation)
    expect(flagged(check(claim, src.replace('an unbeaten stand', 'a stand'), en), ['negation-mismatch'])).not.toEqual([]);
  });
});

describe('the thirty-third and thirty-fourth batches of fresh editor pairs: numbers in words, idioms, speakers, names, places', () => {
  // (three of the pairs whole, where the failure needs the whole text: a clause aligned alone, a speaker named sentences before)
  const pair = (name: string) => {
    const read = (f: string) => fs.readFileSync(`tests/fixtures/batch33-34/${name}/${f}.txt`, 'utf8');
    return { source: read('source'), faithful: read('faithful') };
  };
  it('holds three whole faithful summaries of the batches free of the errors they drew', () => {
    const tomb = pair('ar-8-pharaonic-tomb-discovery');
    expect(flagged(check(tomb.faithful, tomb.source, ar), ['number-mismatch'], (f) => f.severity === 'error')).toEqual([]);
    expect(flagged(check(tomb.faithful.replace('خمسة وثلاثين', 'خمسة وعشرين'), tomb.source, ar), ['number-mismatch'], (f) => f.severity === 'error')).toEqual([
      'خمسة وعشرين',
    ]);
    const eggs = pair('en-10-bird-flu-egg-prices');
    expect(flagged(check(eggs.faithful, eggs.source, en), ['attribution-mismatch'], (f) => f.severity === 'error')).toEqual([]);
    const wing = pair('ar-2-hospital-wing-opening');
    expect(flagged(check(wing.faithful, wing.source, ar), ['attribution-mismatch'], (f) => f.severity === 'error')).toEqual([]);
  });
  const numbers = (r: ReturnType<typeof check>) => flagged(r, ['number-mismatch'], (f) => f.severity === 'error');
  const errorsOf = (r: ReturnType<typeof check>, rule: string) => flagged(r, [rule], (f) => f.severity === 'error');
  it('reads وأحد عشر as 11 (its key is واحد\'s), and a cardinal of a fraction\'s form before an indefinite noun or "percent"', () => {
    expect(figures('تتراوح أعمارهم بين ثمانية وأحد عشر عاما')).toEqual([
      ['ثمانية', 8, null],
      ['وأحد عشر', 11, null],
    ]);
    expect(figures('قرابة سبع ساعات')).toEqual([['سبع', 7, 'about']]);
    expect(figures('نحو خمس بالمئة')).toEqual([['خمس', 5, 'about']]);
    // (a share still: before a definite noun, at a clause's end after a hedge, and after بمقدار or بنسبة)
    expect(figures('قرابة خمس الأموال')).toEqual([['خمس', 20, 'about']]);
    expect(figures('يستحوذ على خمس السوق المحلية')).toEqual([['خمس', 20, null]]);
    expect(figures('خلال السنوات الخمس الماضية')).toEqual([['الخمس', 5, null]]);
    const smuggling = 'ووفق تقديرات الاتحاد، تمثل السجائر المهربة نحو 20 في المئة من السوق المحلية.';
    expect(numbers(check('وحذر الاتحاد من التهريب الذي يقدر أنه يستحوذ على خمس السوق المحلية.', smuggling, ar))).toEqual([]);
    expect(numbers(check('وحذر الاتحاد من التهريب الذي يقدر أنه يستحوذ على ربع السوق المحلية.', smuggling, ar))).toEqual(['ربع']);
    expect(figures('انخفض متوسط الخسارة بمقدار الخمس')).toEqual([['الخمس', 20, null]]);
    const src = 'وأوضح أن عدد البلاغات ارتفع بنسبة 23 بالمئة، في حين تراجع متوسط الخسارة بنسبة 20 بالمئة.';
    expect(numbers(check('ارتفعت البلاغات 23 بالمئة، في حين انخفض متوسط الخسارة بمقدار الخمس.', src, ar))).toEqual([]);
    expect(numbers(check('ارتفعت البلاغات 23 بالمئة، في حين انخفض متوسط الخسارة بمقدار الربع.', src, ar))).toEqual(['الربع']);
  });
  it('reads an ordinal day with ل or ب before its article (للخامس من يوليو), a fortnight as two weeks, and دون before a cost as "below"', () => {
    expect(figures('بمناسبة عيد الاستقلال الموافق للخامس من يوليو')).toEqual([['للخامس', 5, null]]);
    expect(figures('وبالثالث من مايو')).toEqual([['وبالثالث', 3, null]]);
    const day = 'أعلنت الرئاسة عفوا يشمل 4215 سجينا بمناسبة عيد الاستقلال الموافق للخامس من يوليو.';
    expect(numbers(check('وشمل العفو 4215 سجينا بمناسبة عيد الاستقلال في الخامس من يوليو.', day, ar))).toEqual([]);
    expect(numbers(check('وشمل العفو 4215 سجينا بمناسبة عيد الاستقلال في السادس من يوليو.', day, ar))).toEqual(['السادس']);
    const lake = "Satellite images showed the lake's water level had risen sharply in a fortnight.";
    expect(numbers(check("Satellite imagery showed the lake's water rising steeply over two weeks.", lake, en))).toEqual([]);
    expect(numbers(check("Satellite imagery showed the lake's water rising steeply over three weeks.", lake, en))).toEqual(['three']);
    const panels = 'في المقابل، قال مدير جمعية مصنعي الطاقة المتجددة سامر يوسف الحديدي إن المصانع المحلية تواجه "إغراقا" من ألواح آسيوية تباع بأقل من كلفتها.';
    expect(
      errorsOf(check('أما سامر الحديدي، مدير جمعية مصنعي الطاقة المتجددة، فتحدث عن إغراق بألواح آسيوية تباع دون كلفتها.', panels, ar), 'negation-mismatch'),
    ).toEqual([]);
  });
  it('reads "two days later" as the days between two dates of the support set, and no other span', () => {
    const src =
      'The carrier notified port authorities of a hull breach on the evening of August 8, the maritime authority said. An estimated 35 tonnes of heavy fuel oil escaped before the crack was sealed on August 10.';
    const claim = (n: string) => `The vessel reported a hull breach on Aug. 8, and 35 tonnes leaked before the crack was sealed ${n} days later.`;
    expect(numbers(check(claim('two'), src, en))).toEqual([]);
    expect(numbers(check(claim('three'), src, en))).toEqual(['three']);
  });
  it('reads a time of day in words ("twenty to seven") as its hour and minutes, and only as a time', () => {
    expect(figures('at about twenty to seven on Tuesday')).toEqual([
      ['twenty', 40, 'about'],
      ['seven', 6, 'about'],
    ]);
    expect(figures("quarter past nine o'clock").map((f) => f[1])).toEqual([15, 9]);
    expect(figures('twenty-five past six in the morning').map((f) => f[1])).toEqual([25, 6]);
    // (odds, or a bare "half past ten", are no time read this way)
    expect(figures('odds of ten to one').map((f) => f[1])).toEqual([10, 1]);
    // (nor a vote before a day: "voted five to two on Thursday" restates "voted 5-2", a fresh editor pair's faithful summary)
    expect(figures('The board voted five to two on Thursday.').map((f) => f[1])).toEqual([5, 2]);
    expect(fixturePair('batch56/en-10-school-closure-plan', ['number-mismatch'], en).faithful).toEqual([]);
    const src = 'The train came off the tracks at around 6:40 a.m. on the Milan-Brescia line.';
    expect(numbers(check('The train left the rails at about twenty to seven on the Milan-Brescia line.', src, en))).toEqual([]);
    expect(numbers(check('The train left the rails at about twenty to eight on the Milan-Brescia line.', src, en))).toEqual(['eight']);
  });
  it('reads "twice a year" as every six months, on the source side', () => {
    const src = 'The reforms oblige insurers to publish their average premiums twice a year, the government said.';
    expect(numbers(check('Insurers must disclose their average prices every six months.', src, en))).toEqual([]);
    expect(numbers(check('Insurers must disclose their average prices every four months.', src, en))).toEqual(['four']);
  });
  it('does not source a count by a percentage of the same value', () => {
    const src =
      'The train derailed, killing two people and injuring 41. Seven of the injured were in serious condition. Passenger numbers have risen 9% since 2019.';
    expect(numbers(check('The train derailed, killing two and injuring 41, nine of them seriously.', src, en))).toEqual(['nine']);
    expect(numbers(check('The train derailed, killing two and injuring 41, seven of them seriously.', src, en))).toEqual([]);
    // (a figure that may drop its sign is no count: "fell to 5.2")
    expect(numbers(check('Unemployment fell to 5.2 in March.', 'Unemployment fell to 5.2% in March.', en))).toEqual([]);
  });
  it("reads a clause's figure by its sentence's support set when the clause alone went elsewhere", () => {
    const src = [
      'وقال الأمين العام للمجلس الأعلى للآثار إن المقبرة تخص موظفا كبيرا كان يشرف على مخازن الغلال في معبد آمون، ورجح أنها تعود إلى عهد الأسرة الثامنة عشرة، أي قبل نحو 3500 عام.',
      'وأضاف رئيس البعثة أن النقوش على جدران الحجرة الرئيسية تصور مشاهد للحصاد وتقديم القرابين.',
    ].join(' ');
    const claim = (n: string) =>
      `وذكر الأمين العام للمجلس الأعلى للآثار أن صاحبها موظف رفيع أشرف على مخازن غلال معبد آمون، ووفقا له تعود المقبرة على الأرجح إلى الأسرة الثامنة عشرة، أي إلى ما قبل ${n} قرنا تقريبا.`;
    expect(numbers(check(claim('خمسة وثلاثين'), src, ar))).toEqual([]);
    expect(numbers(check(claim('خمسة وعشرين'), src, ar))).toEqual(['خمسة وعشرين']);
  });
  it('reads "not reached since" as "the highest since", and "not yet" before a figure as "less than"', () => {
    const src = 'وبدأت الوزارة زيادة الإطلاقات من السد بعد أن ارتفع منسوب الخزان إلى مستويات لم يبلغها منذ عام 2019 بفعل الأمطار.';
    expect(errorsOf(check('زادت الإطلاقات من السد إذ بلغ مخزون الخزان أعلى مستوياته منذ 2019 بعد الأمطار.', src, ar), 'negation-mismatch')).toEqual([]);
    // (without a superlative, "since" alone keeps nothing of the "not")
    expect(errorsOf(check('زادت الإطلاقات من السد إذ بلغ مخزون الخزان مستويات منذ 2019 بعد الأمطار.', src, ar), 'negation-mismatch')).not.toEqual([]);
    const gov = 'Bank of Ghana Governor Kwabena Ofori-Mensah resigned on Monday, less than two years into his four-year term, citing personal reasons.';
    expect(
      errorsOf(
        check('The central bank chief stepped down on Monday, not yet two years into a four-year term, citing personal reasons.', gov, en),
        'negation-mismatch',
      ),
    ).toEqual([]);
    expect(
      errorsOf(
        check(
          'The central bank chief stepped down on Monday, not yet two years into a four-year term, citing personal reasons.',
          gov.replace('less than ', ''),
          en,
        ),
        'negation-mismatch',
      ),
    ).not.toEqual([]);
  });
  it('finds a denial said in another sentence, past the subject an Arabic verb of denial has first', () => {
    const src = [
      'وأوضح المتحدث باسم الشركة أن العطل بدأ نحو الساعة العاشرة صباحا وطال محافظات عمان والزرقاء وإربد.',
      'وأضاف أن "العطل لم يكن ناجما عن هجوم إلكتروني"، وإنما عن خلل في نظام التبريد.',
    ].join(' ');
    expect(errorsOf(check('ونفى المتحدث باسم الشركة أن يكون العطل نتيجة هجوم إلكتروني.', src, ar), 'negation-mismatch')).toEqual([]);
    expect(
      errorsOf(
        check('ونفى المتحدث باسم الشركة أن يكون العطل نتيجة هجوم إلكتروني.', 'وأضاف المتحدث باسم الشركة أن العطل كان نتيجة هجوم إلكتروني.', ar),
        'negation-mismatch',
      ),
    ).toEqual(['ونفى']);
    const fire = [
      'Daniel Ray Whitcomb faces three felony counts and could be sentenced to up to 18 years in prison if convicted, said Maria Delgado, a spokeswoman for the district attorney.',
      'Investigators identified Whitcomb from surveillance video recorded at a gas station near the spot where the fire started.',
      'His public defender declined to comment.',
      '"There is no evidence at this point that he was involved in any other fires in the area," Delgado said.',
    ].join(' ');
    expect(
      errorsOf(
        check(
          'He faces three felony counts and up to 18 years in prison, though Delgado said there was no evidence so far that he was behind other fires in the area.',
          fire,
          en,
        ),
        'negation-mismatch',
      ),
    ).toEqual([]);
  });
  it('reads a polar word past a word of time or a content word after a cue as neither side', () => {
    const src = 'وأضاف الودغيري أن النادي لن يتعاقد مع مدرب جديد قبل نهاية فترة التوقف الدولي.';
    expect(errorsOf(check('وأكد الودغيري أن التعاقد مع خلف للمدرب لن يتم قبل انتهاء فترة التوقف الدولي.', src, ar), 'negation-mismatch')).toEqual([]);
    const div = 'Mehta added that the company was not planning to cut its dividend.';
    expect(errorsOf(check('Mehta also said the dividend would not be reduced.', div, en), 'negation-mismatch')).toEqual([]);
    // (a plain source "cut" still draws the opposite)
    expect(
      errorsOf(check('Mehta also said the dividend would not be reduced.', 'Mehta added that the company would cut its dividend.', en), 'negation-mismatch'),
    ).not.toEqual([]);
  });
  it('names a person by their role only with a word of a role: the body they speak for is another speaker', () => {
    const read = (f: string) => fs.readFileSync(`tests/fixtures/batch35/ar-6-cholera-vaccination-drive/${f}.txt`, 'utf8');
    // (the source's WHO representative stands six words after "منظمة الصحة العالمية": no role of hers for UNICEF's words)
    expect(flagged(check(read('altered'), read('source'), ar), ['attribution-mismatch'], (f) => f.severity === 'error')).toEqual(['منظمة الصحة العالمية']);
  });
  it('gives a speaker named by an acronym of dotted initials, or by the role the source gives them, the same words', () => {
    const usda = 'Egg prices rose 8% in March, the U.S. Department of Agriculture said in its monthly report, while the number of laying hens fell.';
    expect(errorsOf(check('Egg prices rose 8% in March, the USDA said, while the number of laying hens fell.', usda, en), 'attribution-mismatch')).toEqual([]);
    const minister = [
      'افتتح وزير الصحة الأردني سامر الخوالدة يوم الثلاثاء جناحا جديدا للطوارئ في مستشفى البشير.',
      'وأشار الخوالدة إلى أن عدد الأطباء المقيمين ارتفع بنسبة 15 بالمئة، في حين تراجع عدد الممرضين بسبب هجرة الكوادر إلى دول الخليج.',
      'وقال مدير المستشفى علي الرواشدة إن الجناح سيخدم سكان العاصمة.',
    ].join(' ');
    expect(
      errorsOf(
        check('وقال الوزير إن عدد الممرضين تراجع بسبب هجرة الكوادر إلى دول الخليج، في حين ارتفع عدد الأطباء المقيمين.', minister, ar),
        'attribution-mismatch',
      ),
    ).toEqual([]);
    expect(
      errorsOf(
        check('وقال مدير المستشفى إن عدد الممرضين تراجع بسبب هجرة الكوادر إلى دول الخليج، في حين ارتفع عدد الأطباء المقيمين.', minister, ar),
        'attribution-mismatch',
      ),
    ).not.toEqual([]);
  });
  it("reads a middle name or a surname put in another's place, past بن, after a rank", () => {
    const src = 'وقال وكيل وزارة الصحة الدكتور عماد فهمي رزق إن المصابين نقلوا إلى مستشفى ملوي العام.';
    expect(errorsOf(check('بحسب المسؤول عماد فؤاد رزق، نقل المصابون إلى مستشفى ملوي العام.', src, ar), 'unknown-name')).toEqual(['فؤاد']);
    expect(errorsOf(check('بحسب المسؤول عماد فهمي رزق، نقل المصابون إلى مستشفى ملوي العام.', src, ar), 'unknown-name')).toEqual([]);
    const oman = 'وقال المتحدث باسم الدفاع المدني المقدم سالم بن خميس الحارثي إن فرق الإنقاذ انتشلت ثلاثة أشخاص.';
    expect(errorsOf(check('وقال المقدم سالم بن خميس الحبسي إن المنقذين أخرجوا ثلاثة أشخاص.', oman, ar), 'unknown-name')).toEqual(['الحبسي']);
    expect(errorsOf(check('وقال المقدم سالم بن خميس الحارثي إن المنقذين أخرجوا ثلاثة أشخاص.', oman, ar), 'unknown-name')).toEqual([]);
    // (a scale of temperature after degrees is no name)
    const heat = 'More than 350 runners were treated as temperatures climbed to 29 C (84 F), race organizers said.';
    expect(errorsOf(check('More than 350 runners were treated as the temperature reached 84 degrees Fahrenheit.', heat, en), 'unknown-name')).toEqual([]);
  });
  it('reads a city whose name is a common word in a list of places or after a word of a place (العقبة، الزرقاء)', () => {
    const src = 'وأوضح المتحدث أن العطل طال بشكل رئيسي محافظات عمان والزرقاء وإربد، وأن الخدمة عادت بالكامل مساء.';
    expect(errorsOf(check('وطال العطل بشكل رئيسي عمان والزرقاء والعقبة، وعادت الخدمة بالكامل مساء.', src, ar), 'entity-mismatch')).toEqual(['والعقبة']);
    expect(errorsOf(check('وطال العطل بشكل رئيسي عمان والزرقاء وإربد، وعادت الخدمة بالكامل مساء.', src, ar), 'entity-mismatch')).toEqual([]);
    // (alone, العقبة is "the obstacle")
    expect(errorsOf(check('وكانت العقبة الرئيسية خللا في التبريد، وعادت الخدمة بالكامل مساء.', src, ar), 'entity-mismatch')).toEqual([]);
  });
  it("finds a hedged figure's holders through the index by value as a pass over every sentence does", () => {
    const sourceText = [
      'Output rose 4.3% in March, after 3.9% in February.',
      'The plant employs 1,200 people and made 40,000 cars.',
      'About 45,000 visitors came, up from 38,500 a year before.',
      'Exports fell to 4 billion dollars, with 41% going to Europe.',
      'No figure stands here.',
    ].join(' ');
    const source = analyze(sourceText, { prefix: 't', lang: 'en' });
    const summary = analyze('Output rose more than 4% and about 40,000 cars were made.', { prefix: 's', lang: 'en' });
    const ctx = buildContext(summary, source, DEFAULT_THRESHOLDS);
    for (const q of quantities(summary.sentences[0].tokens)) {
      const plain = source.sentences.flatMap((_, i) => (sourcesFigure(ctx, [i], q) ? [i] : []));
      const values = [q.value, ...(q.also === undefined ? [] : [q.also])];
      expect(holdersWhere(ctx, (v) => values.includes(v) || figureHolds(values, q.hedge, v))).toEqual(plain);
      expect(plain.length).toBeGreaterThan(0);
    }
  });
});

describe('the thirty-sixth batch of fresh editor pairs', () => {
  it('a preposition before a verbal noun or the article is no surname (names.ts PREPOSITIONAL)', () => {
    const names = (s: string, t: string) => flagged(check(s, t, ar), ['unknown-name']);
    const security = 'وقالت مصادر أمنية لوكالة فرانس برس إن قوات الأمن اعتقلت شخصين يشتبه في تورطهما.';
    expect(names('وأفادت مصادر أمنية باعتقال شخصين مشتبه بهما.', security)).toEqual([]);
    const mp = 'ويتهم النائب العام الخصاونة بالتوسط في منح عقود أدوية لشركة يملكها أقاربه.';
    expect(names('ويتهم النائب العام الخصاونة بالتوسط لترسية عقود أدوية على شركة أقاربه.', mp)).toEqual([]);
    // (a surname after a first name the source gives another one is still read: كاظم الموسوي for كاظم الحسناوي)
    expect(names('وقال مدير المستشفى كاظم الموسوي إن الأكسجين نفد.', 'وقال مدير المستشفى كاظم الحسناوي إن الأكسجين نفد.')).toEqual(['الموسوي']);
  });

  it('the first word of a country\'s name of two words alone is no country (الولايات, "the provinces")', () => {
    const src = 'وتصدرت ولاية تيزي وزو الترتيب للعام الخامس على التوالي بنسبة نجاح تفوق 72 في المئة.';
    expect(flagged(check('وحافظت تيزي وزو على صدارة الولايات للعام الخامس توالياً بأكثر من 72 في المئة.', src, ar), ['unknown-name'])).toEqual([]);
    expect(flagged(check('قال وزير الخارجية إن الولايات المتحدة سترسل وفدا.', 'قال وزير الخارجية إن روسيا سترسل وفدا.', ar), ['unknown-name'])).toEqual([
      'الولايات',
    ]);
  });

  it('a state the dateline clips with a period (Del., Calif.) is no unknown name; Mr. clips no name', () => {
    const src = 'WILMINGTON, Del. (AP) — A federal judge on Wednesday ordered Brandywine Polymers to pay $14.5 million.';
    expect(flagged(check('A federal judge in Delaware ordered Brandywine Polymers to pay $14.5 million.', src, en), ['unknown-name'])).toEqual([]);
    expect(flagged(check('A federal judge in Denver ordered Brandywine Polymers to pay $14.5 million.', src, en), ['unknown-name'])).toEqual(['Denver']);
    const mr = 'Mr. Holt said the plant would close in May.';
    expect(flagged(check('Mr. Marker said the plant would close in May.', mr, en), ['unknown-name'])).toEqual(['Marker']);
  });

  it('"kept … from landing" restates "could not land"; keep without from says no "not"', () => {
    const cloud = 'A helicopter could not land on Friday because of low cloud, according to the home ministry.';
    expect(flagged(check('Low cloud kept a helicopter from landing on Friday, the ministry said.', cloud, en), ['negation-mismatch'])).toEqual([]);
    // (keep without from says no "not": a source's "did not expect demand to keep up" is dropped by "expected demand to keep up")
    const demand = 'The minister said the government did not expect Chinese demand to keep up its pace next year.';
    expect(
      flagged(check('The minister said the government expected Chinese demand to keep up its pace next year.', demand, en), ['negation-mismatch']),
    ).not.toEqual([]);
  });

  it("a month is read against the support set's sentence that carries the claim and names a date, not its first", () => {
    const read = (f: string) => fs.readFileSync(`tests/fixtures/batch36/ar-2-tomato-price-surge/${f}.txt`, 'utf8');
    // (the clause's first support sentence is its neighbour's, with أغسطس; its own, with ديسمبر, came second)
    expect(flagged(check(read('altered'), read('source'), ar), ['entity-mismatch'])).toContain('نوفمبر');
    expect(flagged(check(read('faithful'), read('source'), ar), ['entity-mismatch'])).toEqual([]);
    // (and among them the one with a date: the lead's مارس, not the sentence that tells how to apply, which carries more)
    const visa = (f: string) => fs.readFileSync(`probes/editor/train/b17-ar-4-remote-work-visa/${f}.txt`, 'utf8');
    expect(flagged(check(visa('altered'), visa('source'), ar), ['entity-mismatch'])).toEqual(['أبريل']);
  });

  it('a surname swapped past a place of work of four words and a middle name (names.ts surnameSlots)', () => {
    const src = 'وأوضح المتحدث باسم دائرة صحة البصرة، كاظم جبار الموسوي، أن شحنة من 400 أسطوانة وصلت من بغداد صباح الجمعة.';
    const said = (name: string) => `وأفاد المتحدث باسم دائرة صحة البصرة ${name} بوصول 400 أسطوانة من بغداد.`;
    expect(flagged(check(said('كاظم جبار الحسناوي'), src, ar), ['unknown-name'])).toEqual(['الحسناوي']);
    expect(flagged(check(said('كاظم جبار الموسوي'), src, ar), ['unknown-name'])).toEqual([]);
  });

  it('صعيد ("Upper Egypt", "level") is no side of صعود; a denial with a pronoun glued (نفاه) answers a summary\'s نفى', () => {
    const bus = 'لقي أربعة تلاميذ حتفهم عندما سقطت حافلة مدرسية في ترعة على طريق زراعي بمحافظة المنيا في صعيد مصر.';
    expect(flagged(check('قتل أربعة تلاميذ إثر سقوط حافلة مدرسية في ترعة بمحافظة المنيا.', bus, ar), ['antonym-mismatch'])).toEqual([]);
    // (تصاعد is still a rise: "تصاعدت ساعات انقطاع التيار" against a claim that they fell)
    const cuts = 'تصاعدت ساعات انقطاع التيار الكهربائي في عدد من المحافظات العراقية مع تجاوز درجات الحرارة 50 درجة.';
    expect(flagged(check('تراجعت ساعات انقطاع التيار الكهربائي في عدد من المحافظات العراقية.', cuts, ar), ['antonym-mismatch'])).toEqual(['تراجعت']);
    const src = 'واتهمت النقابة المستقلة الإدارة بتهديد عدد من العمال بالفصل إذا استمروا في الإضراب، وهو ما نفاه مرسي.';
    expect(flagged(check('كما نفى مرسي اتهامات النقابة المستقلة بتهديد عمال بالفصل.', src, ar), ['negation-mismatch'])).toEqual([]);
  });

  it('a word and its negative form are opposites (inadequate, adequate); a word that only shares a stem is not (profitability)', () => {
    const src = "Greg Tanaka said pilots had warned for years that the pier's protective fenders were inadequate for modern vessels.";
    expect(
      flagged(check("Tanaka said pilots had for years considered the pier's protective fenders adequate for modern vessels.", src, en), ['antonym-mismatch']),
    ).toEqual(['adequate']);
    expect(
      flagged(check("Tanaka said pilots had for years considered the pier's protective fenders inadequate for modern vessels.", src, en), ['antonym-mismatch']),
    ).toEqual([]);
    const coal = 'Cheap solar power left the station unprofitable for most of the day, the company said.';
    expect(
      flagged(check("Cheap solar power eroded the station's profitability for most of the day, the company said.", coal, en), ['antonym-mismatch']),
    ).toEqual([]);
  });

  it('a participle of saying says no direction (مؤكداً after a denial)', () => {
    const src = 'ونفى الخصاونة خلال الجلسة التهم، وقال: "لم أوقع على أي عقد، وسأثبت براءتي أمام المحكمة".';
    expect(flagged(check('وهي تهم نفاها النائب الخصاونة خلال الجلسة مؤكداً أنه سيثبت براءته أمام المحكمة.', src, ar), ['antonym-mismatch'])).toEqual([]);
    // (a verb of affirming in the participle's place still meets the denial)
    expect(flagged(check('وأكد الخصاونة خلال الجلسة التهم.', src, ar), ['antonym-mismatch'])).not.toEqual([]);
  });
});

describe('the thirty-seventh batch of fresh editor pairs', () => {
  it('a speaker phrase of nine words (role, body, rank, a name of four words) is read whole, so the same man later is no other speaker', () => {
    const src = [
      'وقال المتحدث باسم قيادة شرطة البصرة العميد حيدر عبد الكريم الساعدي إن القوات اعتقلت 17 شخصاً.',
      'وأضاف الساعدي أن الشبكة هرّبت نحو 4.2 مليون لتر من زيت الغاز، وفق التحقيقات الأولية.',
    ].join('\n');
    const s = 'وبحسب المتحدث باسم الشرطة العميد حيدر عبد الكريم الساعدي، تشير التحقيقات الأولية إلى أن الشبكة هرّبت نحو 4.2 مليون لتر من زيت الغاز.';
    expect(flagged(check(s, src, ar), ['attribution-mismatch'])).toEqual([]);
    expect(speakers9('وقال المتحدث باسم الشرطة العميد حيدر عبد الكريم الساعدي إن القوات اعتقلت 17 شخصاً.')).toEqual([
      'المتحدث باسم الشرطة العميد حيدر عبد الكريم الساعدي',
    ]);
  });

  it('باسم after a role is "for", no given name: the body after it is no swapped surname', () => {
    const src = 'وقال المتحدث باسم قيادة شرطة البصرة العميد حيدر الساعدي إن القوات اعتقلت 17 شخصاً.';
    expect(flagged(check('وقال المتحدث باسم الشرطة إن القوات اعتقلت 17 شخصاً.', src, ar), ['unknown-name'])).toEqual([]);
  });

  it("a dictionary word after a name that the source also follows with one is the sentence's object, no surname", () => {
    const src = 'ودعا وزير الأشغال العامة والنقل بسام علي حمدان المواطنين إلى عدم سلوك الطرق الجبلية إلا للضرورة القصوى.';
    expect(flagged(check('وحث وزير الأشغال بسام علي حمدان السكان على تجنب الطرق الجبلية إلا عند الضرورة.', src, ar), ['unknown-name'])).toEqual([]);
  });

  it('a span whose figure follows its noun with the article (الأشهر الستة) is read in other units: نصف عام', () => {
    const src = 'وأضاف أن الشبكة هرّبت نحو 4.2 مليون لتر من زيت الغاز خلال الأشهر الستة الماضية.';
    expect(flagged(check('وهرّبت الشبكة أكثر من أربعة ملايين لتر من زيت الغاز خلال نصف عام.', src, ar), ['number-mismatch'])).toEqual([]);
    expect(flagged(check('وهرّبت الشبكة أكثر من أربعة ملايين لتر من زيت الغاز خلال ثمانية أشهر.', src, ar), ['number-mismatch'])).toEqual(['ثمانية']);
  });

  it('a phrase of cause after a comma ("largely thanks to higher prices") is judged with its clause, not alone', () => {
    const src = [
      'Alpenhaus reported annual sales of 4.6 billion Swiss francs, up 5.2% in local currencies, with price increases accounting for most of the growth.',
      'Volumes fell 1.8%, the first decline since 2020.',
    ].join('\n');
    const s =
      "The Zurich chocolate maker's sales climbed 5.2% in local currencies to 4.6 billion Swiss francs, largely thanks to higher prices, while volumes slipped 1.8%.";
    expect(flagged(check(s, src, en), ['unsupported-claim'], (f) => f.severity === 'error')).toEqual([]);
  });

  it('an attribution opener before the comma is not what moved: the rise after "according to hospital data" is read in its own part', () => {
    const src = 'وارتفع عدد الأطفال المحالين من أسيوط إلى مستشفيات القاهرة بنسبة 30 في المئة خلال العامين الماضيين، وفق بيانات المستشفى.';
    const s = 'وبحسب بيانات المستشفى، تراجعت إحالات أطفال أسيوط إلى القاهرة بنسبة ثلاثين في المئة خلال عامين.';
    expect(flagged(check(s, src, ar), ['antonym-mismatch'])).toEqual(['تراجعت']);
    expect(flagged(check(s.replace('تراجعت', 'ارتفعت'), src, ar), ['antonym-mismatch'])).toEqual([]);
  });
});

/** The speaker phrases read in an Arabic sentence, as text. */
function speakers9(s: string): string[] {
  return speakersOf(s, tokenize(s)).map((x) => x.tokens.map((t) => t.text).join(' '));
}

describe('the thirty-ninth batch of fresh editor pairs', () => {
  it('a fraction of a unit named again with the article is part of the figure (ستة كيلومترات ونصف الكيلومتر: 6.5 km)', () => {
    const src = 'بدأت السلطات أشغال بناء حاجز بحري بطول 6.5 كيلومترات لحماية الأحياء الساحلية.';
    expect(flagged(check('شرعت السلطات في تشييد حاجز بحري يمتد ستة كيلومترات ونصف الكيلومتر لحماية الأحياء الساحلية.', src, ar), ['number-mismatch'])).toEqual(
      [],
    );
    expect(
      flagged(check('شرعت السلطات في تشييد حاجز بحري يمتد سبعة كيلومترات ونصف الكيلومتر لحماية الأحياء الساحلية.', src, ar), ['number-mismatch']),
    ).not.toEqual([]);
  });

  it('what a claim says was affirmed may be what the source says after its denial with a participle of saying', () => {
    const read = (f: string) => fs.readFileSync(`tests/fixtures/batch39/ar-10-seawall-construction/${f}.txt`, 'utf8');
    // ("… غير أن الوزارة أكدت | أن التصميم يلحظ ثلاثة ممرات للصيادين" for "ونفت الوزارة ذلك، مشيرة إلى أن التصميم يتضمن …")
    expect(flagged(check(read('faithful'), read('source'), ar), ['antonym-mismatch'])).toEqual([]);
    // (the denial itself, affirmed, is still its opposite)
    const denial = 'ونفت الوزارة أن تكون الأشغال ستقطع وصول الصيادين إلى نقاط الإنزال.';
    expect(flagged(check('وأكدت الوزارة أن الأشغال ستقطع وصول الصيادين إلى نقاط الإنزال.', denial, ar), ['antonym-mismatch'])).not.toEqual([]);
  });

  it('a verb of denial that the support set has in another form (نفاه for ونفى) adds no negation against the best sentence', () => {
    // (a 42nd-batch fresh pair, held aside and then mended: "وهو ما نفاه رئيس الهيئة سالم الحارثي" against t2, which names
    // him, while the support set's t8 says "ونفى الحارثي ذلك")
    const read = (f: string) => fs.readFileSync(`tests/fixtures/batch42/ar-1-mobile-roaming-fees/${f}.txt`, 'utf8');
    expect(flagged(check(read('faithful'), read('source'), ar), ['negation-mismatch'])).toEqual([]);
    // (a denial the source has nowhere is still an added negation)
    const plain = 'وقال سالم الحارثي رئيس الهيئة إن القرار يشمل المكالمات والبيانات.';
    expect(flagged(check('ونفى سالم الحارثي رئيس الهيئة أن القرار يشمل المكالمات والبيانات.', plain, ar), ['negation-mismatch'])).not.toEqual([]);
  });

  it('"not X but Y" (لا نطالب بامتيازات، بل بأجور) affirms Y: a claim that says Y drops no negation, one that says X does', () => {
    const quote = 'وأضافت رئيسة المنظمة: "نحن لا نطالب بامتيازات، بل بأجور متأخرة منذ سبعة أشهر".';
    const neg = (c: string, src = quote) => flagged(check(c, src, ar), ['negation-mismatch']);
    expect(neg('وقالت رئيسة المنظمة إن الأطباء يطالبون بأجور متأخرة منذ سبعة أشهر.')).toEqual([]);
    expect(neg('وقالت رئيسة المنظمة إن الأطباء يطالبون بامتيازات.')).toEqual(['يطالبون']);
    // (and where the quote is the support set's second sentence: a 44th-batch fresh pair, read once and then mended)
    const src = [
      'تونس (أ ف ب) - شرع الأطباء المقيمون والداخليون في المستشفيات الجامعية بتونس في إضراب عن العمل لمدة خمسة أيام بدءاً من الأربعاء، احتجاجاً على تأخر صرف مستحقاتهم وظروف العمل، وفق ما أعلنت المنظمة التونسية للأطباء الشبان.',
      'وأضافت "نحن لا نطالب بامتيازات، بل بأجور متأخرة منذ سبعة أشهر".',
    ].join('\n');
    expect(neg('بدأ الأطباء الشبان في المستشفيات الجامعية التونسية الأربعاء إضراباً يستمر خمسة أيام للمطالبة بأجور متأخرة منذ سبعة أشهر.', src)).toEqual([]);
  });

  it('"has not arrived since seven weeks" restates "the last shipment arrived seven weeks ago"', () => {
    const src = 'وقال مدير المركز، الدكتور زياد الطائي، إن آخر شحنة من المستلزمات وصلت قبل سبعة أسابيع، وإن المركز طلب إمدادات جديدة مرات عدة من دون رد.';
    expect(flagged(check('وقال مديره زياد الطائي إن المستلزمات لم تصل منذ سبعة أسابيع رغم طلبات متكررة.', src, ar), ['negation-mismatch'])).toEqual([]);
    // ("did not arrive seven weeks ago" is no "since": the negation stands against the source)
    expect(flagged(check('وقال مديره زياد الطائي إن المستلزمات لم تصل قبل سبعة أسابيع رغم طلبات متكررة.', src, ar), ['negation-mismatch'])).toEqual(['لم تصل']);
  });

  it('"stopped short of endorsing" is "did not endorse"; "unlikely to surge" negates the surge', () => {
    const src = 'Health Minister Priya Sandhu said she would meet both sides next week, but stopped short of endorsing fixed ratios.';
    expect(
      flagged(check('Health Minister Priya Sandhu plans to meet both sides next week but has not endorsed fixed ratios.', src, en), ['negation-mismatch']),
    ).toEqual([]);
    expect(
      flagged(check('Health Minister Priya Sandhu plans to meet both sides next week and has endorsed fixed ratios.', src, en), ['negation-mismatch']),
    ).toEqual(['endorsed']);
    const dahl = 'Kirsten Dahl, an economist, said lower supply was unlikely to push prices up sharply because of large inventories.';
    expect(
      flagged(check('Prices are unlikely to surge because of large inventories, according to economist Kirsten Dahl.', dahl, en), ['antonym-mismatch']),
    ).toEqual([]);
  });

  it('"will not stay open" is the opposite of "will not close"; "will stay open" restates it', () => {
    const src = 'وأكد القباني أن الدار لن تغلق أبوابها خلال فترة التحقيق، وأنها تؤوي حالياً 63 طفلاً.';
    expect(flagged(check('وأكد القباني أن الدار ستبقى مفتوحة خلال فترة التحقيق.', src, ar), ['negation-mismatch'])).toEqual([]);
    expect(flagged(check('وأكد القباني أن الدار لن تبقى مفتوحة خلال فترة التحقيق.', src, ar), ['negation-mismatch'])).toEqual(['لن تبقى مفتوحة']);
  });

  it('a state set off by commas after a city ("Columbus, Ohio,") does not cut the clause', () => {
    const src = [
      'Marisol Fuentes, 39, filed a lawsuit alleging that she and five co-workers at a Columbus insurance firm had pooled money for tickets.',
      'A dispute over a $48 million lottery jackpot has landed in court in Ohio, where a former office worker claims a share of the prize won by a colleague.',
    ].join('\n');
    const s = 'A woman who used to work at a Columbus, Ohio, insurance firm is suing a former colleague for part of a $48 million lottery jackpot.';
    expect(check(s, src, en).summary.claims.map((c) => c.text)).toEqual([s]);
    // (and the subject of an alleged clause is no allegation stated as fact: the pooling is)
    expect(flagged(check(s, src, en), ['attribution-mismatch'])).toEqual([]);
    expect(
      flagged(check('Fuentes and five co-workers at a Columbus insurance firm had pooled money for tickets.', src, en), ['attribution-mismatch']),
    ).not.toEqual([]);
  });

  it('a short opening of a statement ("and added that investigators suspected, …") joins the statement it opens, not the clause before', () => {
    const src = [
      "The authority's commissioner for customs, Bwalya Mutale, said the trucks had been flagged by a new scanner installed at the crossing in June.",
      "Investigators believe the cobalt was mined in the Democratic Republic of Congo's Lualaba province, though this has not been confirmed, Mutale said.",
    ].join('\n');
    const s =
      "Mutale said the trucks had been flagged by a scanner installed in June, and added that investigators suspected, without yet confirming, that the metal came from Congo's Lualaba province.";
    const r = check(s, src, en);
    expect(r.summary.claims.map((c) => c.text)).toEqual([
      'Mutale said the trucks had been flagged by a scanner installed in June',
      "and added that investigators suspected, without yet confirming, that the metal came from Congo's Lualaba province.",
    ]);
    expect(flagged(r, ['unsupported-span', 'unsupported-claim'], (f) => f.severity === 'error')).toEqual([]);
    // (an attribution after its statement has no complementiser: it stays with the statement)
    const after = 'Prices of the metal rose by a fifth in June, said the commissioner, adding that smuggling had grown.';
    expect(check(after, src, en).summary.claims.map((c) => c.text)).toEqual([after]);
  });

  it('an Arabic speaker before its verb (SVO, "لكن أحد العمال، ويدعى سفيان قرطبي، قال") is read; not inside a quote', () => {
    expect(speakers9('لكن أحد العمال المصابين، ويدعى سفيان قرطبي، قال من سريره في المستشفى إن العمال لم يبلغوا بموعد التفجير.')).toEqual([
      'أحد العمال المصابين سفيان قرطبي',
    ]);
    expect(speakers9('وقالت ممثلة المفوضية إن "معظم العائدين يقولون إنهم يريدون العودة".')).toEqual(['ممثلة المفوضية', '']);
    const src = [
      'لكن أحد العمال المصابين، ويدعى سفيان قرطبي، قال من سريره في المستشفى إن العمال لم يبلغوا بموعد التفجير.',
      'واتهم ممثل نقابي، الطاهر بلعيد، الشركة بتجاهل شكاوى سابقة.',
    ].join('\n');
    expect(flagged(check('وقال الطاهر بلعيد إن العمال لم يبلغوا بموعد التفجير.', src, ar), ['attribution-mismatch'])).toEqual(['الطاهر بلعيد']);
    expect(flagged(check('وقال العامل سفيان قرطبي إن العمال لم يبلغوا بموعد التفجير.', src, ar), ['attribution-mismatch'])).toEqual([]);
  });

  it('an allegation whose subject is before its verb has no accuser after it: stated as fact, it is flagged; زاعمةً keeps it', () => {
    const src = 'وتبنت مجموعة تطلق على نفسها اسم "الظل الرقمي" الهجوم في حساب على منصة تلغرام، وزعمت أنها حصلت على بيانات 180 ألف طالب.';
    expect(flagged(check('وتبنت مجموعة تُدعى "الظل الرقمي" الهجوم عبر تلغرام، وحصلت على بيانات 180 ألف طالب.', src, ar), ['attribution-mismatch'])).not.toEqual(
      [],
    );
    expect(
      flagged(check('وتبنت مجموعة تُدعى "الظل الرقمي" الهجوم عبر تلغرام، زاعمةً أنها حصلت على بيانات 180 ألف طالب.', src, ar), ['attribution-mismatch']),
    ).toEqual([]);
  });

  it('a phrasal verb is what a source negation of its one-word equivalent negates ("roll back" for "not reverse")', () => {
    const src = 'Transport Minister Elena Cabrera said the government would not reverse the tax, which she said funds rail and road maintenance.';
    expect(flagged(check('Transport Minister Elena Cabrera said the government would roll back the tax.', src, en), ['negation-mismatch'])).toEqual([
      'roll back',
    ]);
    expect(flagged(check('Transport Minister Elena Cabrera said the government would not roll back the tax.', src, en), ['negation-mismatch'])).toEqual([]);
  });
});

describe('negations paired with the words they negate (the thirty-seventh and thirty-eighth batches)', () => {
  it("a source cue before a word another cue of the claim negates too does not answer the claim's first", () => {
    const src = 'وأضاف المصدر أن البحارة "بصحة جيدة" وأنهم سيحالون إلى النيابة العامة في زوارة بتهمة الصيد غير المشروع.';
    expect(
      flagged(check('وقال المصدر إن البحارة ليسوا بصحة جيدة وإنهم سيحالون إلى النيابة في زوارة بتهمة الصيد غير المشروع.', src, ar), ['negation-mismatch']),
    ).not.toEqual([]);
    expect(
      flagged(check('وقال المصدر إن البحارة بصحة جيدة وإنهم سيحالون إلى النيابة في زوارة بتهمة الصيد غير المشروع.', src, ar), ['negation-mismatch']),
    ).toEqual([]);
  });

  it("the negated word said plainly elsewhere in the sentence of something else does not source the claim's dropped negation", () => {
    const src = 'وأضاف أن المكتب لم يكن مرخصا لتنظيم رحلات الحج، وأن صاحبه استخدم شعار شركة مرخصة دون علمها.';
    const r = check('وأن المكتب كان مرخصا لتنظيم رحلات الحج.', src, ar);
    expect(flagged(r, ['negation-mismatch'])).toEqual(['مرخصا']);
    // (the flag quotes the source's words from the cue to the word)
    expect(r.flags.find((f) => f.rule === 'negation-mismatch')?.expected).toBe('لم يكن مرخصا');
    // (a claim about the licensed firm is the plain one's)
    expect(flagged(check('واستخدم صاحب المكتب شعار شركة مرخصة دون علمها.', src, ar), ['negation-mismatch'])).toEqual([]);
  });
});

describe('an allegation stated as fact beside another speaker (the thirty-seventh batch)', () => {
  const src = [
    'The Panama-flagged bulk carrier Golden Tern, loaded with iron ore, sustained damage to its bow.',
    'The tanker\'s manager, Oslo-based Fjordline Tankers, alleged in a statement that the Golden Tern had "altered course without warning" shortly before the collision.',
    "Golden Tern's owner, Hong Kong-based Wing Sun Shipping, said it was too early to assign blame and that it was cooperating with investigators.",
  ].join('\n');
  it('a clause that opens with "while" says its own: it gives the clause before it to no one', () => {
    const s =
      "The Golden Tern changed course without warning shortly before the collision, while the bulk carrier's Hong Kong owner said it was too early to assign blame.";
    expect(flagged(check(s, src, en), ['attribution-mismatch'])).toEqual(['Golden Tern changed course without warning shortly before the collision']);
    // (kept as the manager's allegation, or closed by its attribution, it stands)
    const kept = "The tanker's Oslo-based manager alleged that the Golden Tern had changed course without warning shortly before the collision.";
    expect(flagged(check(kept, src, en), ['attribution-mismatch'])).toEqual([]);
  });
  it('"without warning" is a noun, no verb of judging that hedges the claim', () => {
    expect(flagged(check('The Golden Tern changed course without warning shortly before the collision.', src, en), ['attribution-mismatch'])).not.toEqual([]);
  });
});

describe('"without" restating a stop (the thirty-sixth batch)', () => {
  it('"leaving the city without buses" restates "halting nearly all public bus services"', () => {
    const src = [
      'Bus drivers in the Irish city of Cork walked off the job at 5 a.m. on Monday, halting nearly all public bus services in a dispute over rosters and pay.',
      "The union said about 620 drivers employed by operator CityLink Southern took part in the 48-hour stoppage, the first in the company's 14-year history.",
    ].join('\n');
    const s =
      "Around 620 CityLink Southern drivers began a two-day strike on Monday, leaving most of the city without buses in the first such stoppage in the operator's history.";
    expect(flagged(check(s, src, en), ['negation-mismatch'])).toEqual([]);
    // (without what the source does not stop is still a negation: the drivers did take part)
    const t = 'Around 620 CityLink Southern drivers began a two-day strike on Monday, without drivers taking part in the stoppage.';
    expect(flagged(check(t, src, en), ['negation-mismatch'])).not.toEqual([]);
  });
});

describe('the fortieth batch of fresh editor pairs, mended after its held-aside read', () => {
  it("a negation the source says of a word written like the claim's (دون أن يسميها for لم يسمها) answers it", () => {
    const src = 'واتهم بن نصر "مجموعات مسلحة خارجة عن القانون" بالاستيلاء على جزء من الحمولة وبيعه في السوق السوداء، دون أن يسميها.';
    expect(flagged(check('واتهم بن نصر مجموعات مسلحة لم يسمها بالاستيلاء على جزء من الحمولة.', src, ar), ['negation-mismatch'])).toEqual([]);
  });

  it('"could not be avoided" restates "unavoidable"', () => {
    const src = 'Labour Minister Mateja Vrhovnik said the change was unavoidable because the number of pensioners per worker had almost doubled since 2000.';
    const s =
      'Labour Minister Mateja Vrhovnik argued the change could not be avoided because the ratio of pensioners to workers had nearly doubled since 2000.';
    expect(flagged(check(s, src, en), ['negation-mismatch'])).toEqual([]);
  });

  it('"withheld" restates "refused to hand over"; "did not reach ten" (a dual) restates "under ten"', () => {
    const src = 'وزعم بن سالم أن رئيس أحد المكاتب رفض تسليم محضر الفرز لممثلي القائمة لأكثر من ساعتين.';
    expect(flagged(check('ويزعم أن رئيس أحد المكاتب حجب محضر الفرز عن ممثليها لأكثر من ساعتين.', src, ar), ['negation-mismatch'])).toEqual([]);
    expect(flagged(check('ويزعم أن رئيس أحد المكاتب سلّم محضر الفرز لممثليها بعد ساعتين.', src, ar), ['negation-mismatch'])).not.toEqual([]);
    const children = 'وأوضحت المندوبة الإقليمية أن بين الضحايا طفلين دون العاشرة تعرضا لعضات كلاب ضالة في جماعتين قرويتين.';
    expect(flagged(check('وبين الضحايا طفلان لم يبلغا العاشرة عضتهما كلاب ضالة.', children, ar), ['negation-mismatch'])).toEqual([]);
  });

  it('"could lose eligibility" is "might become ineligible", no opposite', () => {
    const src = 'Martin Oyelaran of the patient group Retina Hope urged NICE to move quickly, saying some children could lose eligibility while they waited.';
    const s = 'Martin Oyelaran of Retina Hope urged NICE to act fast because some children might become ineligible while waiting.';
    expect(flagged(check(s, src, en), ['antonym-mismatch'])).toEqual([]);
  });
});

describe('a country adjective read only capitalised (lexicons/entities.json casedAdjectives)', () => {
  it('"Polish" in the source names Poland, and a summary\'s "Polish" the Poland of its source', () => {
    const src = 'A fire tore through a lithium-ion battery recycling plant in the southern Polish city of Gliwice late on Sunday.';
    expect(flagged(check('A blaze hit a battery recycling plant in Gliwice, southern Poland, late on Sunday.', src, en), ['unknown-name'])).toEqual([]);
    expect(flagged(check('A Polish fire crew fought the blaze.', 'A fire crew from Poland fought the blaze.', en), ['unknown-name'])).toEqual([]);
    expect(flagged(check('A Polish fire crew fought the blaze.', 'A fire crew from France fought the blaze.', en), ['unknown-name'])).toEqual(['Polish']);
  });
  it('"Alpine" in the source names the Alps (a mountain range among the regions), and no other range', () => {
    const src = 'The small Alpine ski resort of Col du Vernet in France will close permanently, its council decided.';
    expect(flagged(check('Col du Vernet, a small ski station in the French Alps, will shut for good.', src, en), ['unknown-name'])).toEqual([]);
    expect(flagged(check('Col du Vernet, a small ski station in the Himalayas, will shut for good.', src, en), ['unknown-name'])).toEqual(['Himalayas']);
  });
});

/**
 * A fixture pair of tests/fixtures (dir: batchNN/pair): the rules' flags, by the flagged text, on its faithful summary and
 * its altered one.
 */
function fixturePair(dir: string, rules: readonly string[], lang: typeof ar | typeof en) {
  const read = (f: string) => fs.readFileSync(`tests/fixtures/${dir}/${f}.txt`, 'utf8');
  return {
    faithful: flagged(check(read('faithful'), read('source'), lang), rules),
    altered: flagged(check(read('altered'), read('source'), lang), rules),
  };
}

/** A pair whose faithful summary draws none of the rules' flags and whose altered one draws one. */
function cleanAndCaught(r: { faithful: string[]; altered: string[] }): void {
  expect(r.faithful).toEqual([]);
  expect(r.altered.length).toBeGreaterThan(0);
}

describe('the 45th batch of fresh editor pairs (read once held aside, then mended)', () => {
  const both = (pair: string, rules: readonly string[], lang: typeof ar | typeof en) => fixturePair(`batch45/${pair}`, rules, lang);

  it('a tender (مناقصة) is no decrease (نقص): نقص is known by its stem', () => {
    const src = 'وزعمت شركة الرافدين أن لجنة المناقصة منحت العقد لعرض أعلى سعرا بنحو 18 في المئة من عرضها.';
    expect(flagged(check('وتدعي شركة الرافدين أن العقد ذهب إلى عرض يزيد سعره على عرضها بنحو 18 في المئة.', src, ar), ['antonym-mismatch'])).toEqual([]);
    // (its own forms still meet the other side)
    expect(flagged(check('وتناقص عدد السياح بنسبة 5 في المئة.', 'وارتفع عدد السياح بنسبة 5 في المئة.', ar), ['antonym-mismatch'])).not.toEqual([]);
  });

  it('what a claim says was affirmed may be what the source says after its denial with a verb of saying (ونفى … وقال إن …)', () => {
    expect(both('ar-6-hospital-equipment-tender', ['antonym-mismatch'], ar).faithful).toEqual([]);
    // (affirming what was denied is still the opposite)
    const src = 'ونفى مدير الصحة فاضل الموسوي وجود أي مخالفات في المناقصة، وقال إن جميع الإجراءات تمت وفق التعليمات.';
    expect(flagged(check('وأكد مدير الصحة فاضل الموسوي وجود مخالفات في المناقصة.', src, ar), ['antonym-mismatch'])).toEqual(['وأكد']);
  });

  it('a denial the source makes outside the support set, of the same words, adds no negation (نافيا … for ونفى … elsewhere)', () => {
    expect(both('ar-3-private-school-fees', ['negation-mismatch'], ar).faithful).toEqual([]);
    // (five sentences away: "نافيا مسؤولية التجار" for "ونفى بن حمودة أن يكون التجار مسؤولين")
    expect(both('ar-5-onion-price-spike', ['negation-mismatch'], ar).faithful).toEqual([]);
    // (a denial of what the source states, with no denial of it anywhere, still is one)
    const src = 'وقال نقيب المدارس إن الزيادات مبررة.\nوأقر النقيب بأن بعض المدارس خالفت التعليمات.';
    expect(flagged(check('وقال النقيب إن الزيادات مبررة، نافيا أي مخالفة للتعليمات.', src, ar), ['negation-mismatch', 'antonym-mismatch'])).not.toEqual([]);
  });

  it('opposing (يعارضه) restates refusing (رفض), and against agreement (وافق) says the opposite', () => {
    expect(both('ar-5-onion-price-spike', ['negation-mismatch'], ar).faithful).toEqual([]);
    expect(
      flagged(check('ويعارض اتحاد الفلاحين قرار الاستيراد.', 'ووافق اتحاد الفلاحين على قرار الاستيراد.', ar), ['negation-mismatch', 'antonym-mismatch']),
    ).toEqual(['ويعارض']);
  });

  it('"ignoring" the consultation (بتجاهل التشاور) restates not consulting (بعدم التشاور)', () => {
    expect(both('ar-4-cross-border-train-launch', ['negation-mismatch'], ar).faithful).toEqual([]);
    const src = 'واتهم اتحاد السائقين الحكومة بعدم التشاور معه قبل إطلاق الخط.';
    expect(flagged(check('واتهم اتحاد السائقين الحكومة بالتشاور معه قبل إطلاق الخط.', src, ar), ['negation-mismatch'])).not.toEqual([]);
  });

  it('an attribution that closes a fused sentence is judged on its own clause: the minister is the speaker of the clause his sentence carries', () => {
    expect(both('ar-10-postal-bank-launch', ['attribution-mismatch'], ar).faithful).toEqual([]);
  });

  it('"the failed developer" is an adjective, no verb of failing; a failure the source does not report still is one', () => {
    const { faithful } = both('en-6-bank-chief-testimony', ['negation-mismatch'], en);
    expect(faithful).toEqual([]);
    const src = 'The company paid its suppliers on time, the regulator said.';
    expect(flagged(check('The company failed to pay its suppliers on time, the regulator said.', src, en), ['negation-mismatch'])).not.toEqual([]);
  });

  it('a word that says "not" which the source sentence has too ("withheld") does not keep a negation the claim drops', () => {
    const src = 'Kessel said he would not resign, and the board had withheld his bonus.';
    expect(flagged(check('Kessel said he would resign, though the board has withheld his bonus.', src, en), ['negation-mismatch'])).toEqual(['resign']);
    expect(flagged(check('Kessel said he would not resign, though the board has withheld his bonus.', src, en), ['negation-mismatch'])).toEqual([]);
  });

  it('a denial given to another named speaker than the one the source has deny it', () => {
    const { faithful, altered } = both('ar-7-municipal-budget-dispute', ['attribution-mismatch'], ar);
    expect(faithful).toEqual([]);
    expect(altered).toEqual(['الخوري']);
  });

  it('a clause that states an allegation as established (وقد تبين أن …) is stated as fact, whatever accusation stands before it', () => {
    cleanAndCaught(both('ar-8-antiquities-smuggling-trial', ['attribution-mismatch'], ar));
  });

  it('"…, which the minister denied" reports a denial of what the claim states as fact: it gives the claim to no one', () => {
    cleanAndCaught(both('en-8-drug-shortage-hospitals', ['attribution-mismatch'], en));
    // (a denial before the statement still reports it: Medeiros denied that …)
    const src = 'The nurses alleged that the department had ignored warnings from pharmacists as early as February.';
    expect(flagged(check('Medeiros denied that the department ignored warnings from pharmacists in February.', src, en), ['attribution-mismatch'])).toEqual([]);
  });
});

describe('the 46th batch of fresh editor pairs (read once held aside, then mended)', () => {
  const both = (pair: string, rules: readonly string[], lang: typeof ar | typeof en) => fixturePair(`batch46/${pair}`, rules, lang);

  it('an accusative scale before و and digits opens a compound (مليوناً و870 ألف is 1,870,000)', () => {
    expect(figures('بلغ مليوناً و870 ألف ناخب')).toEqual([['مليوناً و870 ألف', 1870000, null]]);
    expect(figures('ألفاً و300 جندي')).toEqual([['ألفاً و300', 1300, null]]);
    // (alone, a transliteration stays no figure)
    expect(figures('ألفا روميو')).toEqual([]);
    expect(both('ar-7-election-boycott-call', ['number-mismatch'], ar).faithful).toEqual([]);
  });

  it('a name after ولد is no object pronoun (ولد اباه), so a statement given to another Ould is another speaker', () => {
    const { faithful, altered } = both('ar-7-election-boycott-call', ['attribution-mismatch'], ar);
    expect(faithful).toEqual([]);
    expect(altered).toEqual(['ولد الشيخ سيديا']);
  });

  it('من غير أن is "without", no "however"', () => {
    expect(both('ar-2-mobile-tower-protest', ['negation-mismatch'], ar).faithful).toEqual([]);
    const src = 'وزعم الطرابلسي أن الموجات تسببت في صداع لدى التلاميذ، وقدم أدلة طبية على ذلك.';
    expect(flagged(check('زاعماً أن الموجات سببت صداعاً للتلاميذ من غير أن يقدم دليلاً طبياً.', src, ar), ['negation-mismatch'])).not.toEqual([]);
  });

  it('a count of those who refused (رفضه 38 نائباً) is no refusal a vote tally drops; excluding (يستثني) is "does not include"', () => {
    expect(both('ar-5-tax-amnesty-scheme', ['negation-mismatch'], ar).faithful).toEqual([]);
    const src = 'ويشمل القانون القضايا المنظورة أمام المحاكم بتهمة التهرب الضريبي العمدي.';
    expect(flagged(check('ولا يشمل الإعفاء قضايا التهرب العمدي المعروضة على القضاء.', src, ar), ['negation-mismatch'])).not.toEqual([]);
  });

  it('a source cue whose words the claim says "not" of without a cue (يفتقر) answers no negation the claim adds elsewhere', () => {
    const { faithful, altered } = both('ar-6-bakery-fire-inquiry', ['negation-mismatch'], ar);
    expect(faithful).toEqual([]);
    expect(altered).toEqual(['لا ترجّح']);
  });

  it("a sentence's first word is a name before -based (Phoenix-based)", () => {
    const { faithful, altered } = both('en-4-border-wall-contract', ['unknown-name'], en);
    expect(faithful).toEqual([]);
    expect(altered).toEqual(['Phoenix']);
  });

  it('a source cue answers no negation added to words its sentence states plainly in a predicate of their own', () => {
    cleanAndCaught(both('en-6-port-privatisation-vote', ['negation-mismatch'], en));
    // (the negated words before the cue, its subject, are no predicate of their own: "neither of two investors")
    const src = 'Sepp added that the board had held talks with two potential investors in recent weeks, but neither had made a binding offer.';
    expect(flagged(check('Sepp added that neither of two investors the board had talked to had made a firm bid.', src, en), ['negation-mismatch'])).toEqual([]);
  });

  it('"claimed" before a clause without "that" is an allegation; "blamed … on" in a claim keeps it attributed', () => {
    cleanAndCaught(both('en-8-bridge-repair-delay', ['attribution-mismatch'], en));
    // (no clause after it: the fire claimed 30 lives, claimed responsibility)
    const src = 'Islamic State claimed responsibility for the attack, which claimed 30 lives.';
    expect(flagged(check('The attack killed 30 people.', src, en), ['attribution-mismatch'])).toEqual([]);
  });
});

describe('wrong speakers missed in the 42nd-44th batches (seen, mended in the fifteenth session)', () => {
  const both = fixturePair;

  it('an inverted English speaker counts its content words only ("said senior hydrologist Sunita Khadka of the department")', () => {
    const s = '"A wall of water could reach the first villages," said senior hydrologist Sunita Khadka of the department.';
    expect(speakers9(s)).toEqual(['senior hydrologist Sunita Khadka of the department']);
    const { faithful, altered } = both('batch42/en-7-mountain-lake-flood-warning', ['attribution-mismatch'], en);
    expect(faithful).toEqual([]);
    expect(altered).toEqual(['Adhikari']);
  });

  it('accusing and reassuring are verbs of saying (accused, اتهم, طمأن)', () => {
    const pension = both('batch43/en-7-pension-fund-scandal', ['attribution-mismatch'], en);
    expect(pension.faithful).toEqual([]);
    expect(pension.altered).toEqual(['Okonkwo-Price']);
    const grain = both('batch42/ar-7-grain-hoarding-arrests', ['attribution-mismatch'], ar);
    expect(grain.faithful).toEqual([]);
    expect(grain.altered.length).toBeGreaterThan(0);
    // (the source's "alleged" speaks too: Okafor's allegation, which the company's spokesman called untrue, is Okafor's)
    expect(both('batch37/en-1-steel-mill-layoffs', ['attribution-mismatch'], en).faithful).toEqual([]);
  });

  it('an accusation keeps its own clause only: "…, and a former aide now lobbies for the sponsor" is stated as fact', () => {
    expect(both('batch39/en-8-stadium-naming-rights', ['attribution-mismatch'], en).altered.length).toBeGreaterThan(0);
  });

  it('في وقت opens a clause of its own that ends a statement: the speaker is given only what comes before', () => {
    expect(both('batch33-34/ar-4-grain-silo-fire', ['attribution-mismatch'], ar).faithful).toEqual([]);
  });
});

describe('negations of the 42nd batch (seen, mended in the fifteenth session)', () => {
  const faithful = (dir: string, rules: readonly string[], lang: typeof ar | typeof en) => fixturePair(dir, rules, lang).faithful;

  it('"…, which the company denied" denies the clause before it, when the source denies or rejects something there', () => {
    expect(faithful('batch42/en-1-rail-signal-failure', ['negation-mismatch'], en)).toEqual([]);
    // (a denial that governs what follows still adds one)
    const src = 'The company said it had kept maintenance crews at the junction.';
    expect(flagged(check('The company denied it had kept maintenance crews at the junction.', src, en), ['negation-mismatch'])).not.toEqual([]);
  });

  it('"against" after a word of voting says "not" (صوت … ضد مقترح for رفضت مقترحا), and alone it does not', () => {
    expect(faithful('batch42/ar-5-solar-panel-tariff', ['negation-mismatch'], ar)).toEqual([]);
    const src = 'The committee did not back the tariff proposal on Monday.';
    expect(flagged(check('The committee voted against the tariff proposal on Monday.', src, en), ['negation-mismatch'])).toEqual([]);
    expect(flagged(check('The committee backed the tariff proposal on Monday, against the unions.', src, en), ['negation-mismatch'])).not.toEqual([]);
  });
});

describe("an entity of a clause read against its sentence's support set too (the 44th batch, seen)", () => {
  it('"a Swiss-run river cruise ship", aligned alone to the lead\'s Austrian town, is the sentence\'s "Swiss-operated vessel"', () => {
    const read = (f: string) => fs.readFileSync(`tests/fixtures/batch44/en-3-river-cruise-crash/${f}.txt`, 'utf8');
    expect(flagged(check(read('faithful'), read('source'), en), ['entity-mismatch'])).toEqual([]);
    // (a country that no sentence of the source names is still one)
    const swapped = read('faithful').replace('Swiss-run', 'German-run');
    expect(flagged(check(swapped, read('source'), en), ['entity-mismatch', 'unknown-name'])).not.toEqual([]);
  });
});

describe("the 47th batch of fresh editor pairs (read once held aside at the session's end, then mended)", () => {
  const faithful = (pair: string, rules: readonly string[], lang: typeof ar | typeof en) => fixturePair(`batch47/${pair}`, rules, lang).faithful;

  it('a fraction with the article after a hedge is a share before any noun (بنحو الخمس مقارنة: about a fifth)', () => {
    expect(figures('انخفضت بنحو الخمس مقارنة بالعام الماضي')).toEqual([['الخمس', 20, 'about']]);
    // (the definite cardinal after its noun, and the cardinal before an indefinite noun, stay five)
    expect(figures('خلال السنوات الخمس الماضية')).toEqual([['الخمس', 5, null]]);
    expect(figures('نحو خمس ساعات')).toEqual([['خمس', 5, 'about']]);
    expect(faithful('ar-2-airport-runway-closure', ['number-mismatch'], ar)).toEqual([]);
  });

  it('a negation or an auxiliary before a short aside keeps its predicate in its clause (would not, for now, impose)', () => {
    const s = 'The minister said the government would not, for now, impose a civil mobilisation order, while ferries are due to sail again on Friday morning.';
    const claims = analyze(s, { prefix: 's', claims: true, lang: 'en' }).claims.map((c) => c.text);
    expect(claims[0]).toBe('The minister said the government would not, for now, impose a civil mobilisation order');
    expect(faithful('en-9-ferry-crew-strike', ['negation-mismatch'], en)).toEqual([]);
  });

  it('"too early to determine" says "not yet" without a cue: "the cause is not yet known" restates it', () => {
    expect(faithful('en-5-opera-house-fire', ['negation-mismatch', 'unsupported-claim'], en)).toEqual([]);
    // (a source that states it plainly still has the claim's negation added)
    const src = 'Police say the cause of the fire is known.';
    expect(flagged(check('Police say the cause of the fire is not known.', src, en), ['negation-mismatch'])).not.toEqual([]);
  });

  it('بمنأى عن "out of reach of" says "not" without a cue', () => {
    expect(faithful('ar-4-grain-silo-theft', ['negation-mismatch'], ar)).toEqual([]);
  });

  it('an Arabic speaker before a verb with no و/ف whose phrase after it is one word (… زرواطي نفى تسلم موكله …)', () => {
    expect(speakers9('غير أن المحامي الطاهر زرواطي نفى تسلم موكله أي أموال، مؤكداً أن المبلغ سلفة شخصية.')[0]).toBe('المحامي الطاهر زرواطي');
    // (a verb after a place phrase keeps its speaker after it: في بيان، قال الوزير إن …)
    expect(speakers9('وفي بيان، قال الوزير إن الأسعار ستنخفض.')).toEqual(['الوزير']);
    expect(faithful('ar-6-mayor-arrest-bribery', ['attribution-mismatch'], ar)).toEqual([]);
  });
});

describe("the 48th batch of fresh editor pairs (read once held aside at the session's end, then mended)", () => {
  it('"a sergeant accused of punching a man" is a participle, no speaker', () => {
    expect(speakers9('A Dayton police sergeant accused of punching a handcuffed man testified Thursday that he did not strike him.')).toEqual([]);
    expect(speakers9('The union accused the board of negligence.')).toEqual(['union']);
    expect(speakers9('A plan criticised for its cost was dropped.')).toEqual([]);
    expect(fixturePair('batch48/en-6-police-misconduct-hearing', ['attribution-mismatch'], en).faithful).toEqual([]);
  });

  it('a verb of saying after an adverb of degree is an adjective ("somewhat stressed")', () => {
    expect(speakers9('Mei was hungry and somewhat stressed but uninjured.')).toEqual([]);
    const { faithful, altered } = fixturePair('batch48/en-7-zoo-animal-escape', ['attribution-mismatch'], en);
    expect(faithful).toEqual([]);
    expect(altered).toContain('Weidinger');
  });
});

describe('speakers of the 49th-51st batches (the 50th and 51st read once held aside, then mended)', () => {
  it('a verb with the plural ending وا has its subject in it: the words after it are whom it addresses', () => {
    expect(speakers9('وأبلغوا المهندسين دون أن يصغي إليهم أحد.')).toEqual([]);
    // (before it, the subject is read: العمال قالوا إن …)
    expect(speakers9('العمال قالوا إن الحديد تشقق.')).toEqual(['العمال']);
    expect(fixturePair('batch50/ar-3-stadium-roof-collapse', ['attribution-mismatch'], ar).faithful).toEqual([]);
  });

  it('نقل is a verb of saying only with عن after it: "في نقل المرضى" moves the patients', () => {
    expect(speakers9('لكنه نفى أي تأخير متعمد في نقل المرضى إلى المستشفيات، مضيفا أن الأزمة المالية أفقدت السجون موازنتها.')).toEqual([]);
    expect(speakers9('ونقلت وكالة الأنباء عن وزير المالية قوله إن العجز تراجع.')).toEqual(['وزير المالية']);
  });

  it('speaking of (تحدث عن) is a verb of saying: a second speaker after غير أن has her own statement', () => {
    const s = 'وأوضح قائدها رامي الحوراني أن تغيير المسار جاء احترازيا، غير أن الراكبة لينا الطراونة تحدثت عن رائحة احتراق قوية.';
    expect(speakers9(s)).toEqual(['قائدها رامي الحوراني', 'الراكبة لينا الطراونة']);
    expect(fixturePair('batch51/ar-4-plane-emergency-landing', ['attribution-mismatch'], ar).faithful).toEqual([]);
  });

  it('أما X فقال: the topic after أما is the speaker; and a role with a given name is that person, not a generic speaker', () => {
    expect(speakers9('أما الخبير القانوني نبيل فرحات فقال إن البطء في المحاكمات هو السبب الأساسي.')).toEqual(['الخبير القانوني نبيل فرحات']);
    const [said] = speakersOf('أما الخبير القانوني نبيل فرحات فقال إن البطء هو السبب.', tokenize('أما الخبير القانوني نبيل فرحات فقال إن البطء هو السبب.'));
    expect(said.kind).toBe('named');
    // (a generic word without a name stays generic)
    expect(speakersOf('وقال خبراء إن البطء هو السبب.', tokenize('وقال خبراء إن البطء هو السبب.'))[0].kind).toBe('generic');
    const jail = fixturePair('batch51/ar-7-jail-overcrowding-report', ['attribution-mismatch'], ar);
    expect(jail.faithful).toEqual([]);
    expect(jail.altered).toEqual(['مديرة المرصد ريما الحاج']);
  });

  it('وهو ما نفاه X مؤكداً أن …: the denier speaks what follows, and the statement before ends there', () => {
    const s = 'أما سعيداني فرأت في القرار ظلماً، وهو ما نفاه المتحدث يوسف قاسمي مؤكداً أن المعدل واحد لجميع الجزائريين.';
    expect(speakers9(s)).toEqual(['سعيداني', 'المتحدث يوسف قاسمي']);
    // (a denial with no statement after it has its denier, as "…, which the ministry denies" has in English: what it says
    // is the clause before, which the attribution rule reads for the denial alone, denierOfAccusation)
    const denial = 'ويشكو المزارع من أن الرش نفذ دون إخطار، وهو ما تنفيه الوزارة.';
    expect(speakers9(denial)).toEqual(['الوزارة']);
    expect(flagged(check(denial, 'ويشكو مزارعون من أن الرش نفذ دون إخطار، وهو ما تنفيه وزارة الزراعة.', ar), ['attribution-mismatch'])).toEqual([]);
    // (nor is every verb of saying with a pronoun one: التي توقعها الإدارة is signed)
    expect(speakers9('وهي الاتفاقية الأولى التي توقعها الإدارة مع دولة عربية، بحسب البيان.')).toEqual(['البيان']);
    const row = fixturePair('batch49/ar-7-university-admission-row', ['attribution-mismatch'], ar);
    cleanAndCaught(row);
  });
});

describe('figures of the 50th and 51st batches (read once held aside, then mended)', () => {
  const values = (s: string) => quantities(tokenize(s)).map((q) => [s.slice(q.start, q.end), q.value]);

  it('a unit with ب or ل before its article opens a compound (بالتسعة والأربعين: 49), and only there (بالخمس alone is a fifth)', () => {
    expect(values('ستحتفظ بالتسعة والأربعين في المئة المتبقية')).toEqual([['بالتسعة والأربعين', 49]]);
    expect(values('للخمسة والعشرين عاما الماضية')).toEqual([['للخمسة والعشرين', 25]]);
    expect(values('ارتفعت الأسعار بالخمس')).toEqual([]);
    expect(values('ارتفع بالمئة')).toEqual([]);
  });

  it('a span and a half is a figure, 1.5 (عاما ونصف العام، ساعة ونصف، a year and a half); the span alone is none', () => {
    expect(values('إثر تحقيق دام عاما ونصف العام')).toEqual([['عاما ونصف العام', 1.5]]);
    expect(values('استمر الحريق ساعة ونصف')).toEqual([['ساعة ونصف', 1.5]]);
    expect(values('The probe lasted a year and a half.')).toEqual([['a year and a half', 1.5]]);
    expect(values('It ended an hour and a half later.')).toEqual([['an hour and a half', 1.5]]);
    expect(values('بعد عام من الحرب')).toEqual([]);
    expect(values('A year ago the plant closed.')).toEqual([]);
  });

  it("a span that a sentence outside the support set gives in another unit is sourced (عام ونصف for another sentence's 18 شهراً)", () => {
    const src =
      'تبرع رجل الأعمال ماهر القليني بمبلغ 150 مليون جنيه لمستشفى الأطفال في أسيوط لإنشاء وحدة لزراعة النخاع.\n' +
      'وانتقدت منظمة حقوقية اعتماد المستشفيات العامة على التبرعات الخاصة.\n' +
      'ومن المقرر أن تفتتح الوحدة خلال 18 شهراً، بحسب الجدول الزمني الذي أعلنته إدارة المستشفى.\n';
    const s = 'تبرع رجل الأعمال ماهر القليني بمئة وخمسين مليون جنيه لمستشفى الأطفال في أسيوط لإنشاء وحدة لزراعة النخاع يُنتظر افتتاحها في غضون عام ونصف.';
    expect(flagged(check(s, src, ar), ['number-mismatch'], (f) => f.severity === 'error')).toEqual([]);
    // (another span is still no restatement)
    expect(flagged(check(s.replace('عام ونصف', 'ثلاثة أعوام'), src, ar), ['number-mismatch'])).not.toEqual([]);
    const en1 = 'The ferry caught fire off Batangas on Monday.\nThe crew mustered the passengers on deck.\nThe fire was extinguished after about 90 minutes.\n';
    expect(
      flagged(
        check('The ferry caught fire off Batangas on Monday, and the blaze was put out after roughly an hour and a half.', en1, en),
        ['number-mismatch'],
        (f) => f.severity === 'error',
      ),
    ).toEqual([]);
  });
});

describe('the 52nd batch of fresh editor pairs (read once held aside, then mended)', () => {
  it('بأن ends an Arabic speaker phrase (ورد عبد الرؤوف بأن …)', () => {
    expect(speakers9('ورد عبد الرؤوف بأن الجلسة انعقدت في موعدها الثاني "بنصاب قانوني مكتمل".')).toEqual(['عبد الرؤوف']);
    expect(fixturePair('batch52/ar-7-journalists-union-vote', ['attribution-mismatch'], ar).faithful).toEqual([]);
  });

  it('"…, saying" speaks for its clause\'s speaker; "an accusation Moncrieff denies" is denied by Moncrieff', () => {
    const s = "He sold it without the board's consent, an accusation Moncrieff denies, saying the deal was discussed at a board meeting.";
    expect(speakersOf(s, tokenize(s)).map((x) => x.tokens.map((t) => t.text).join(' '))).toEqual(['Moncrieff', 'Moncrieff']);
    const museum = fixturePair('batch52/en-8-museum-director-resigns', ['attribution-mismatch'], en);
    expect(museum.faithful).toEqual([]);
    // (a participle with no speaker before it in its sentence has a pronoun's)
    const alone = 'The plant shut on Monday, saying demand had fallen.';
    expect(speakersOf(alone, tokenize(alone)).map((x) => x.kind)).toEqual(['pronoun']);
  });

  it('"has not … since 2016" restates "the last … dates back to 2016", past an Arabic verb\'s subject and object', () => {
    const src = 'وتعود آخر عملية تجديد واسعة لأسطول الإسعاف في البلاد إلى عام 2016، وفق بيانات رسمية.';
    expect(flagged(check('ولم يشهد الأسطول تجديدا واسعا منذ عام 2016 بحسب بيانات رسمية.', src, ar), ['negation-mismatch'])).toEqual([]);
    // (with no "last" in the source, it is a negation added)
    const plain = 'وشهد أسطول الإسعاف في البلاد عملية تجديد واسعة في عام 2016، وفق بيانات رسمية.';
    expect(flagged(check('ولم يشهد الأسطول تجديدا واسعا منذ عام 2016 بحسب بيانات رسمية.', plain, ar), ['negation-mismatch'])).not.toEqual([]);
  });

  it('a verb of denial that the source negates says the thing (لا تنكر وجود صعوبات for أقر بوجود صعوبات)', () => {
    expect(fixturePair('batch52/ar-2-ambulance-fleet-shortage', ['negation-mismatch'], ar).faithful).toEqual([]);
    const src = 'وقال المتحدث باسم الوزارة إن الوزارة تنكر وجود صعوبات في أسطول الإسعاف.';
    expect(flagged(check('وقال المتحدث باسم الوزارة إن هناك صعوبات في أسطول الإسعاف.', src, ar), ['negation-mismatch'])).not.toEqual([]);
    const denied = 'وقال المتحدث باسم الوزارة إن الوزارة لا تنكر وجود صعوبات في أسطول الإسعاف.';
    expect(flagged(check('وقال المتحدث باسم الوزارة إن هناك صعوبات في أسطول الإسعاف.', denied, ar), ['negation-mismatch'])).toEqual([]);
  });

  it('a share of a span is that share of it: a quarter of an hour is 15 minutes, three quarters 45', () => {
    expect(sourceReadings(tokenize('lost their income in a quarter of an hour'))).toContain(15);
    expect(sourceReadings(tokenize('lost their income in a quarter of an hour'))).not.toContain(60);
    expect(sourceReadings(tokenize('three quarters of an hour'))).toContain(45);
    expect(fixturePair('batch52/en-6-hailstorm-crop-losses', ['number-mismatch'], en).faithful).toEqual([]);
  });
});

describe('negations of the 50th and 51st batches (read once held aside, then mended)', () => {
  it('a refusal whose object the source negates further on, past more words of the claim, adds no negation', () => {
    expect(fixturePair('batch50/en-8-cyberattack-ransom', ['negation-mismatch'], en).faithful).toEqual([]);
    const src = 'The hospital group said hackers had demanded a ransom of 4 million dollars in cryptocurrency.';
    // (with no negation of it in the source, the refusal is one)
    expect(
      flagged(check('The hospital group has refused to hand over the 4 million dollar cryptocurrency ransom demanded by hackers.', src, en), [
        'negation-mismatch',
      ]),
    ).not.toEqual([]);
  });

  it('"without a break" goes on ("continuously"), and "did not break" is still a negation', () => {
    expect(fixturePair('batch51/en-5-theatre-closure-threat', ['negation-mismatch'], en).faithful).toEqual([]);
    const src = 'The 420-seat venue has staged plays continuously since 1911.';
    expect(flagged(check('The venue has put on plays without a break since 1911.', src, en), ['negation-mismatch'])).toEqual([]);
    const breaks = "The club will break the league's spending rules this season, the panel said.";
    expect(flagged(check("The club will not break the league's spending rules this season, the panel said.", breaks, en), ['negation-mismatch'])).not.toEqual(
      [],
    );
  });
});

describe('"ruled out" is a negation only with "out" (the rules, a ruling are words)', () => {
  it('a negation added before "the rules" is caught; "ruled out" still says "not"', () => {
    const src = 'The club followed the rules this season, the league said.';
    expect(flagged(check('The club did not follow the rules this season, the league said.', src, en), ['negation-mismatch'])).not.toEqual([]);
    const court = 'The court issued a ruling on Monday.';
    expect(flagged(check('The court did not issue a ruling on Monday.', court, en), ['negation-mismatch'])).not.toEqual([]);
    const tsunami = 'Officials said there was no tsunami threat after the quake.';
    expect(flagged(check('Officials ruled out a tsunami after the quake.', tsunami, en), ['negation-mismatch'])).toEqual([]);
  });

  it('"short" says "not" only before "of", "bar" only with "from" after it (short-term, behind bars are words)', () => {
    const src = 'The firm did not meet its short-term targets, the report said.';
    expect(flagged(check('The firm met its short-term targets, the report said.', src, en), ['negation-mismatch'])).not.toEqual([]);
    expect(flagged(check('No party won a majority.', 'The leading party fell short of a majority.', en), ['negation-mismatch'])).toEqual([]);
    // ("barred" governs past its object: "barred the firm from raising prices" is "may not raise prices")
    const may = 'The regulator said the firm may not raise prices.';
    expect(flagged(check('The regulator barred the firm from raising prices.', may, en), ['negation-mismatch'])).toEqual([]);
    expect(flagged(check('The regulator allowed the firm to raise prices.', may, en), ['negation-mismatch'])).not.toEqual([]);
  });

  it("a source's negation of a word that the claim has only as its verb of saying drops nothing (called … for no one else to call)", () => {
    const src =
      '"This is a historic win for every nurse who has worked a double shift because there was no one else to call in," said Joanne Pettigrew, state secretary of the nurses\' federation.';
    expect(
      flagged(check("Joanne Pettigrew, state secretary of the nurses' federation, called the ruling a historic win.", src, en), ['negation-mismatch']),
    ).toEqual([]);
  });
});

describe('allegations of the 50th and 51st batches stated as fact (read once held aside, then mended)', () => {
  it('"charged X for Y" bills: it keeps no charge, and the allegation it states is one stated as fact', () => {
    const solar = fixturePair('batch51/en-8-solar-subsidy-probe', ['attribution-mismatch'], en);
    cleanAndCaught(solar);
    // ("charged with" still keeps it)
    const src = 'According to prosecutors, some firms allegedly billed the state for panels that were never installed.';
    expect(flagged(check('Some firms were charged with billing the state for panels that were never installed.', src, en), ['attribution-mismatch'])).toEqual(
      [],
    );
  });

  it('a claim the claimant makes of itself ("claimed … that it had", "claimed to have") is stated as fact by naming the claimant as the doer', () => {
    const src = 'A group calling itself Black Wattle claimed on a dark web site that it had stolen records of 1.2 million patients.';
    expect(
      flagged(check('A group calling itself Black Wattle has stolen the records of 1.2 million patients.', src, en), ['attribution-mismatch']),
    ).not.toEqual([]);
    expect(
      flagged(check('A group calling itself Black Wattle claimed to have stolen the records of 1.2 million patients.', src, en), ['attribution-mismatch']),
    ).toEqual([]);
    const ransom = fixturePair('batch50/en-8-cyberattack-ransom', ['attribution-mismatch'], en);
    cleanAndCaught(ransom);
    // (an accuser named in a claim about another still reports it as theirs)
    const accuses = 'The union claimed in a statement that the company had cut safety checks.';
    expect(flagged(check('The union says the company cut safety checks.', accuses, en), ['attribution-mismatch'])).toEqual([]);
  });
});

describe('Arabic accusations stated as fact (the 50th-52nd batches, read once held aside, then mended)', () => {
  it('the accuser after اتهم stops at the accused (an indefinite accusative, عددا) and at what is alleged (بتخزين)', () => {
    for (const pair of ['batch50/ar-8-pistachio-export-ban', 'batch52/ar-8-tannery-waste-fine']) {
      const r = fixturePair(pair, ['attribution-mismatch'], ar);
      expect(r.faithful, pair).toEqual([]);
      expect(r.altered.length, pair).toBeGreaterThan(0);
    }
    // (a claim that names the accuser still reports it as theirs)
    const src = 'واتهم الوزير "عددا من كبار التجار" بتخزين كميات كبيرة من المحصول بهدف المضاربة بالأسعار.';
    expect(flagged(check('واتهم الوزير عددا من كبار التجار بتخزين كميات ضخمة من المحصول للمضاربة بالأسعار.', src, ar), ['attribution-mismatch'])).toEqual([]);
  });

  it('فيما بينهم is "among them", no contrast that ends the allegation', () => {
    const r = fixturePair('batch51/ar-8-wool-auction-slump', ['attribution-mismatch'], ar);
    cleanAndCaught(r);
  });
});

describe('an English verb of failing that governs nothing answers no negation (the 50th batch)', () => {
  it('"a valve had failed during maintenance" is no "not" for "the leak was not halted"; "failed to stop" still is', () => {
    const src = 'The company said a valve had failed during routine maintenance and that the leak was stopped within two hours.';
    expect(flagged(check('The company said the leak was not halted within two hours.', src, en), ['negation-mismatch'])).not.toEqual([]);
    const r = fixturePair('batch50/en-6-chemical-spill-river', ['negation-mismatch'], en);
    cleanAndCaught(r);
    const failedTo = 'The company said crews had failed to stop the leak within two hours.';
    expect(flagged(check('The company said the leak was not halted within two hours.', failedTo, en), ['negation-mismatch'])).toEqual([]);
  });
});

describe('the 53rd batch of fresh editor pairs (read once held aside at the end of the sixteenth session, then mended)', () => {
  it('"failed" after a preposition is an adjective ("the finance chief of failed builder Larkspur Homes")', () => {
    expect(fixturePair('batch53/en-4-court-bail-ruling', ['negation-mismatch'], en).faithful).toEqual([]);
    const src = 'Regulators said the builder Larkspur Homes had paid its suppliers.';
    expect(flagged(check('Regulators said the builder Larkspur Homes failed to pay its suppliers.', src, en), ['negation-mismatch'])).not.toEqual([]);
  });

  it('"lacked supporting documents" is "without supporting paperwork": a word of lacking negates the polar word after it', () => {
    expect(fixturePair('batch53/en-10-mayor-expenses-probe', ['negation-mismatch'], en).faithful).toEqual([]);
    const src = 'The audit flagged spending that had supporting documents.';
    expect(flagged(check('The audit flagged spending without supporting documents.', src, en), ['negation-mismatch'])).not.toEqual([]);
  });

  it('"will not open until spring 2028" says when, as "will open in spring 2028" does; without the time the source names it is a negation', () => {
    expect(fixturePair('batch53/en-8-tram-line-delay', ['negation-mismatch'], en).faithful).toEqual([]);
    const src = 'The tram line will open at least 18 months late, in spring 2028, officials said.';
    expect(flagged(check('The tram line will not open until spring 2029, officials said.', src, en), ['negation-mismatch'])).not.toEqual([]);
    expect(flagged(check('The tram line will not open, officials said.', src, en), ['negation-mismatch'])).not.toEqual([]);
  });
});

describe('a claim that reverses its source and adds what the source lacks', () => {
  it("is read for a polar word the other way below the support a cue needs, when the word before it is the source's subject", () => {
    const src = 'Police said the building did not reopen.';
    expect(flagged(check('Police said the building reopened after a false alarm.', src, en), ['negation-mismatch'])).toEqual(['reopened']);
    // (said of something else, it is not)
    expect(flagged(check('Police said the stadium reopened after a false alarm.', src, en), ['negation-mismatch'])).toEqual([]);
  });
});

describe('the 54th batch of fresh editor pairs (read once held aside at the seventeenth session’s start, then mended)', () => {
  it('"not just" and "not merely" affirm, as "not only" does: "puts lives at risk, not just timetables"', () => {
    expect(fixturePair('batch54/en-8-copper-theft-railway', ['negation-mismatch'], en).faithful).toEqual([]);
    const src = 'The theft puts lives at risk, not timetables, the director said.';
    expect(flagged(check('The director said the theft endangers timetables.', src, en), ['negation-mismatch'])).not.toEqual([]);
  });

  it('a phrasal verb of the best sentence is the word that another sentence of the support set negates: no dropped negation', () => {
    // ("falling branches had brought down more than 1,100 lines" in t2; "trimming spending had not been reduced" in t9)
    const r = check(
      fs.readFileSync('tests/fixtures/batch54/en-6-snowstorm-power-cuts/faithful.txt', 'utf8'),
      fs.readFileSync('tests/fixtures/batch54/en-6-snowstorm-power-cuts/source.txt', 'utf8'),
      en,
    );
    expect(flagged(r, ['negation-mismatch'])).toEqual([]);
  });

  it('"might not be reconnected before Wednesday" is "might have to wait until Wednesday to be reconnected"; "reconnected before Wednesday" drops the "not"', () => {
    // ("… and that some customers in rural areas might not be reconnected before Wednesday")
    const src = fs.readFileSync('tests/fixtures/batch54/en-6-snowstorm-power-cuts/source.txt', 'utf8');
    const claim = (s: string) => flagged(check(`Hydro-Laurentide warned that some rural households ${s}.`, src, en), ['negation-mismatch']);
    expect(claim('might have to wait until Wednesday to be reconnected')).toEqual([]);
    expect(claim('might be reconnected before Wednesday')).toEqual(['reconnected']);
  });

  it("a polar word's side in the sentence beside the support set sources a claim when a word of the claim stands by it", () => {
    const pair = 'tests/fixtures/batch54/en-6-snowstorm-power-cuts';
    const faithful = fs.readFileSync(`${pair}/faithful.txt`, 'utf8'),
      source = fs.readFileSync(`${pair}/source.txt`, 'utf8');
    // ("such spending had not been cut" from the next sentence's "trimming spending had not been reduced")
    expect(flagged(check(faithful, source, en), ['negation-mismatch'])).toEqual([]);
    // (said of wages there, it sources nothing of the spending: the charge's "cutting" is the opposite)
    const wages = source.replace('trimming spending had not been reduced', 'staff wages had not been reduced');
    expect(flagged(check(faithful, wages, en), ['negation-mismatch'])).toEqual(['not been cut']);
  });

  it('a name between commas after its role is the speaker ("the operations chief, Mathieu Gendron, told reporters")', () => {
    const d = analyze('"This is the worst damage since 2013," the utility\'s operations chief, Mathieu Gendron, told reporters.', { prefix: 's', lang: 'en' });
    const s = d.sentences[0];
    expect(speakersOf(d.text, s.tokens).map((x) => [x.kind, x.tokens.map((t) => t.text).join(' ')])).toEqual([
      ['named', "utility's operations chief Mathieu Gendron"],
    ]);
    // (so "he said" in the next sentence is his, and a faithful summary that gives him those words draws nothing)
    expect(fixturePair('batch54/en-6-snowstorm-power-cuts', ['attribution-mismatch'], en).faithful).toEqual([]);
  });

  it('"…, saying" after a verb with no speaker before it is the name that opens the sentence ("Pettigrew rejected that, saying")', () => {
    const d = analyze('Pettigrew rejected that, saying track maintenance had been carried out in February.', { prefix: 's', lang: 'en' });
    expect(speakersOf(d.text, d.sentences[0].tokens).map((x) => [x.kind, x.tokens.map((t) => t.text).join(' ')])).toEqual([['named', 'Pettigrew']]);
    // (the whole subject of the sentence's first verb: "Clinical director Hemi Walker … credited a scheme, saying"; none in
    // lower case: "The government rejected that estimate, saying")
    const role = analyze('Clinical director Hemi Walker credited a scheme that puts nurses in wards, saying families agree more often.', {
      prefix: 's',
      lang: 'en',
    });
    expect(speakersOf(role.text, role.sentences[0].tokens).map((x) => x.tokens.map((t) => t.text).join(' '))).toEqual(['Clinical director Hemi Walker']);
    const body = analyze('The government rejected that estimate, saying three valuations had been obtained.', { prefix: 's', lang: 'en' });
    expect(speakersOf(body.text, body.sentences[0].tokens).map((x) => x.kind)).toEqual(['pronoun']);
    cleanAndCaught(fixturePair('batch44/en-7-tram-derailment', ['attribution-mismatch'], en));
  });

  it("one surname names the source's speaker inside what the claim's speaker is read as saying, not elsewhere in the sentence", () => {
    // ("the IG Metall union alleged that staff cuts had delayed inspections, a charge Renner rejected by saying …")
    expect(fixturePair('batch48/en-1-wind-turbine-fire', ['attribution-mismatch'], en).faithful).toEqual([]);
    // ("NASA meteor specialist Robert Cole estimated …, and Henning said …": Cole is named, but not in Henning's words)
    cleanAndCaught(fixturePair('batch20/en-3-meteorite', ['attribution-mismatch'], en));
  });

  it("a claim's word that the source's negated word meets only by its root, standing itself unnegated in the matched part, drops no negation", () => {
    // (مدير العمليات in the speaker's role; "لم تكن تعمل" in what he said; and أهملت for تجاهلت)
    expect(fixturePair('batch54/ar-2-port-crane-collapse', ['negation-mismatch'], ar).faithful).toEqual([]);
    // (a claim that says the crane was working still drops the speaker's "لم تكن تعمل")
    const src = 'وقال مدير العمليات في الشركة المشغلة، خليفة المعمري، إن الرافعة لم تكن تعمل لحظة سقوطها.';
    expect(flagged(check('وقال مدير العمليات في الشركة إن الرافعة كانت تعمل لحظة سقوطها.', src, ar), ['negation-mismatch'])).not.toEqual([]);
  });

  it('to neglect (أهمل) turns round what it governs, as to ignore (تجاهل) does', () => {
    const src = 'وقال رئيس النقابة إن الإدارة تجاهلت ثلاث شكاوى مكتوبة.';
    expect(flagged(check('وقال رئيس النقابة إن الإدارة أهملت ثلاث شكاوى مكتوبة.', src, ar), ['negation-mismatch'])).toEqual([]);
    expect(flagged(check('وقال رئيس النقابة إن الإدارة درست ثلاث شكاوى مكتوبة.', src, ar), ['negation-mismatch'])).not.toEqual([]);
  });

  it("the head of a body speaks for it: وزير الصيد for the source's وقالت الوزارة; another speaker does not", () => {
    expect(fixturePair('batch54/ar-8-fishing-quota-cut', ['attribution-mismatch'], ar).faithful).toEqual([]);
    const src = 'وقال رئيس النقابة إن الأجور سترتفع. وقالت الوزارة إن فترة الراحة البيولوجية ستمدد إلى ثلاثة أشهر.';
    expect(flagged(check('وقال وزير الصيد إن فترة الراحة البيولوجية ستمدد إلى ثلاثة أشهر.', src, ar), ['attribution-mismatch'])).toEqual([]);
    expect(flagged(check('وقال رئيس النقابة إن فترة الراحة البيولوجية ستمدد إلى ثلاثة أشهر.', src, ar), ['attribution-mismatch'])).not.toEqual([]);
  });

  it("a father's name after بن that the source has nowhere, where the source has the first name with بن, is an unknown name", () => {
    cleanAndCaught(fixturePair('batch54/ar-3-date-palm-disease', ['unknown-name'], ar));
  });

  it("a belief that a party holds, stated as fact, is an error; an adverb's belief stays a warning", () => {
    const r = fixturePair('batch54/en-8-copper-theft-railway', ['attribution-mismatch'], en);
    expect(r.faithful).toEqual([]);
    const altered = check(
      fs.readFileSync('tests/fixtures/batch54/en-8-copper-theft-railway/altered.txt', 'utf8'),
      fs.readFileSync('tests/fixtures/batch54/en-8-copper-theft-railway/source.txt', 'utf8'),
      en,
    );
    expect(altered.flags.filter((f) => f.messageId === 'beliefAsFact').map((f) => [f.text, f.severity])).toEqual([
      ['sold to an unlicensed local scrap dealer', 'error'],
    ]);
    // (nor one of seeming, whose subject believes nothing, nor a first-person belief in a quote: an opinion)
    const severity = (claim: string, src: string) =>
      check(claim, src, en)
        .flags.filter((f) => f.messageId === 'beliefAsFact')
        .map((f) => f.severity);
    expect(severity('The partnership is a natural next step.', 'The partnership seemed like a natural next step, Glenn said.')).toEqual(['warning']);
    expect(severity('The church would do the right thing.', '"We naively believed that the church would do the right thing," Doyle said.')).toEqual([
      'warning',
    ]);
    expect(severity('The cable was sold to a scrap dealer.', 'Officers believed the cable had been sold to a scrap dealer.')).toEqual(['error']);
    const probably = check('The fire started in the kitchen.', 'The fire probably started in the kitchen, investigators said.', en);
    expect(probably.flags.filter((f) => f.messageId === 'beliefAsFact').map((f) => f.severity)).toEqual(['warning']);
  });

  it('a present-tense verb of opinion after و opens a statement whose speaker follows it (وترجّح بنشقرون أن …)', () => {
    cleanAndCaught(fixturePair('batch54/ar-7-mosque-restoration-grant', ['attribution-mismatch'], ar));
    cleanAndCaught(fixturePair('batch43/ar-7-pipeline-leak', ['attribution-mismatch'], ar));
  });
});

describe('the 56th batch of fresh editor pairs (read once held aside mid-session: 16/20 clean, 17/20 caught on the starting tree and after the 54th batch’s mends alike; then mended)', () => {
  it('a vote of "five to two" is no time of day (above), nor a negation answered by "avoided" a denial of something else', () => {
    // ("Northbridge has not yet made any layoffs" for "Northbridge has so far avoided layoffs")
    expect(fixturePair('batch56/en-4-city-budget-deficit', ['unsupported-claim', 'negation-mismatch'], en).faithful).toEqual([]);
    // (a denial of violations says nothing of "the procedures were not all followed": still unsupported, checked alone; in the
    // altered five-sentence summary the model leaves that evidence unread, ClaimModel.long.ignore, tests/decisions.test.ts)
    const hospital = fs.readFileSync('tests/fixtures/batch45/ar-6-hospital-equipment-tender/source.txt', 'utf8');
    const notAll =
      'في المقابل، أكد مدير عام صحة البصرة فاضل جبار الموسوي أن الإجراءات لم تجر كلها وفق تعليمات تنفيذ العقود الحكومية، محذرا من أن المرضى الذين ينتظرون الأجهزة منذ ثلاث سنوات هم من سيدفع ثمن التأخير.';
    expect(errors(check(notAll, hospital, ar)).map((f) => f.rule)).toContain('unsupported-claim');
  });

  it('مدعيا ("claiming") keeps an allegation attributed, as زاعما does', () => {
    const src = fs.readFileSync('tests/fixtures/batch56/ar-2-solar-tender-award/source.txt', 'utf8');
    expect(fixturePair('batch56/ar-2-solar-tender-award', ['attribution-mismatch'], ar).faithful).toEqual([]);
    expect(flagged(check('وطعن تحالف منافس في النتيجة، فشروط الربط بالشبكة عُدّلت لمصلحة الفائز.', src, ar), ['attribution-mismatch'])).not.toEqual([]);
  });

  it("one Arabic noun of a body as the claim's speaker (وتقول الحكومة) describes, as the ministry does in English; one the source never names is still flagged", () => {
    expect(fixturePair('batch56/ar-4-tourist-visa-fees', ['attribution-mismatch'], ar).faithful).toEqual([]);
    const src = fs.readFileSync('tests/fixtures/batch56/ar-4-tourist-visa-fees/source.txt', 'utf8');
    expect(flagged(check('وقالت الشرطة إن الزيادة ستموّل تطوير المطارات.', src, ar), ['attribution-mismatch'])).toEqual(['الشرطة']);
  });
});

describe('the 57th batch of fresh editor pairs (read once held aside: 17/20 clean, 14/20 caught on the starting tree and after the 54th and 56th batches’ mends alike; then mended)', () => {
  it('exemption negates without a cue: "معفون من الزيادة" is "لن تشملهم الزيادة", "exempt from the increase" is "will not pay it"', () => {
    expect(fixturePair('batch57/ar-9-university-fee-protest', ['negation-mismatch'], ar).faithful).toEqual([]);
    const src = 'Students on social grants are exempt from the increase, the university said.';
    expect(flagged(check('Students on grants will not pay the increase.', src, en), ['negation-mismatch'])).toEqual([]);
    expect(flagged(check('Students on grants will pay the increase.', src, en), ['negation-mismatch'])).not.toEqual([]);
    // (and refraining: "did not comment" for "refrained from commenting")
    expect(flagged(check('The official did not comment.', 'The official refrained from commenting, the report said.', en), ['negation-mismatch'])).toEqual([]);
  });

  it("an allegation's appositive names whom it is about (المتهم، الرائد وسام حداد، تلقى …): no allegation stated as fact; its predicate still is", () => {
    expect(fixturePair('batch57/ar-7-customs-officer-trial', ['attribution-mismatch'], ar).faithful).toEqual([]);
    const src = fs.readFileSync('tests/fixtures/batch57/ar-7-customs-officer-trial/source.txt', 'utf8');
    const claim = 'مثل حداد أمام المحكمة بعدما تلقى 380 ألف دولار بين 2021 و2023 مقابل تمرير 27 حاوية.';
    expect(flagged(check(claim, src, ar), ['attribution-mismatch'])).not.toEqual([]);
  });
});

describe('speakers that the reader missed in the editor pairs’ sources (node tools/speaker-gaps.mjs)', () => {
  const speakers = (s: string) => {
    const d = analyze(s, { prefix: 's', lang: 'en' });
    return speakersOf(d.text, d.sentences[0].tokens).map((x) => [x.kind, x.tokens.map((t) => t.text).join(' ')]);
  };
  it('past a relative clause opened by which or whose', () => {
    expect(speakers("Estonia's Ministry of Climate, which oversees transport, said it had no plans to offer state aid.")).toEqual([
      ['named', "Estonia's Ministry of Climate"],
    ]);
    expect(speakers('State Senator Maria Castellanos, whose district includes the mill, said she would seek funds.')[0]).toEqual([
      'named',
      'State Senator Maria Castellanos',
    ]);
  });
  it('past has, have or had before the verb', () => {
    expect(speakers('Norwich Castle Museum has said it wants to acquire the hoard.')).toEqual([['named', 'Norwich Castle Museum']]);
    expect(speakers('The Australian Energy Market Operator has previously warned that closures could raise the risk.')).toEqual([
      ['named', 'Australian Energy Market Operator'],
    ]);
  });
  it('a verb joined by and/but to the clause’s first verb (said too) has its subject', () => {
    expect(speakers('Conservation group Tusk Watch welcomed the arrests but said buyers were rarely prosecuted.')).toEqual([
      ['named', 'Conservation group Tusk Watch'],
    ]);
    const kalla =
      'Minister Amadou Kalla said the Zinder region accounted for 62 percent of cases, with the rest in Maradi and Tahoua, and denied that any centre ran out of drugs.';
    expect(speakers(kalla)).toEqual([
      ['named', 'Minister Amadou Kalla'],
      ['named', 'Minister Amadou Kalla'],
    ]);
  });
  it('a name after its role with a title, a particle or a hyphen; an age between commas; a role opened by a possessive', () => {
    expect(speakers("Hanseong's chief financial officer, Park Min-seok, said the company expected limited impact.")).toEqual([
      ['named', "Hanseong's chief financial officer Park Min seok"],
    ]);
    expect(speakers("Castellan's chief financial officer, Annelies de Vries, said the company had no alternative.")).toEqual([
      ['named', "Castellan's chief financial officer Annelies de Vries"],
    ]);
    expect(speakers('Elsie Kowalczyk, 78, said she would take two buses.')).toEqual([['named', 'Elsie Kowalczyk']]);
    expect(speakers("Pinnacle, Australia's third-largest mobile operator, said it would expand.")).toEqual([['named', 'Pinnacle']]);
  });
  it('Arabic: a role or a name written as a function word is (والي، إمام، علي), and a name with ب alone before a colon', () => {
    const ar1 = (s: string) => {
      const d = analyze(s, { prefix: 's', lang: 'ar' });
      return speakersOf(d.text, d.sentences[0].tokens).map((x) => x.tokens.map((t) => t.text).join(' '));
    };
    expect(ar1('وقال والي جيجل عبد الحميد بن سالم إن العرض نهائي.')).toEqual(['والي جيجل عبد الحميد بن سالم']);
    expect(ar1('وقال إمام المسجد الشيخ عبد الرحيم إن المصلين سمعوا صوتا.')).toEqual(['إمام المسجد الشيخ عبد الرحيم']);
    expect(ar1('وقال الوزير أحمد علي إن العرض نهائي.')).toEqual(['الوزير أحمد علي']);
    // (على, as written, still ends the phrase)
    expect(ar1('وقال الوزير على هامش المؤتمر إن العرض نهائي.')).toEqual(['الوزير']);
    expect(ar1('وقالت بنعلي: "اللقاح متوفر".')).toEqual(['بنعلي']);
    // (a given name that opens with ل or ب is no addressee: ليلى)
    expect(ar1('وقالت ليلى حداد، المحللة المتخصصة في شؤون الطاقة، إن العقود تمنح المؤسسة دخلا.')).toEqual(['ليلى حداد']);
    expect(ar1('وقال الوزير بتصريحات: "وصلت الشحنة".')).toEqual(['الوزير']);
    // (a wire lead: verb, subject, time, object; with no time, the object cannot be told from the subject)
    expect(ar1('أعلنت وزارة الصحة الأردنية يوم الأحد افتتاح أربعة مراكز جديدة.')).toEqual(['وزارة الصحة الأردنية']);
    expect(ar1('أعلن نادي الاتحاد السعودي، الخميس، تعاقده مع لاعب الوسط.')).toEqual(['نادي الاتحاد السعودي']);
    expect(ar1('أعلنت وزارة الصحة افتتاح أربعة مراكز جديدة.')).toEqual([]);
    // (a name or a role set off by commas before إن is the speaker's too; a surname with ب after a given name is the name's)
    expect(ar1('وقال المحافظ، جنكيز أوزتورك، إن فرق الإنقاذ انتشلت ستة أشخاص.')).toEqual(['المحافظ جنكيز أوزتورك']);
    expect(ar1('وقال مصطفى بوزيدي، المحلل، إن الاكتشاف مهم.')).toEqual(['مصطفى بوزيدي المحلل']);
    expect(ar1('وقال مصطفى بالقاهرة إن الاكتشاف مهم.')).toEqual(['مصطفى']);
    // (عن after the phrase opens what is announced; a quoted speaker after عن is the speaker when what they say follows)
    expect(ar1('أعلن مركز الإسعاف الوطني عن إضافة 22 سيارة إسعاف جديدة.')).toEqual(['مركز الإسعاف الوطني']);
    expect(ar1('وذكرت الصحيفة عن مصادر حكومية أن الوزير سيستقيل.')).toEqual(['مصادر حكومية']);
    expect(ar1('ونقلت وسائل إعلام تركية عن محمد أوزتورك قوله إن الطريق مغلق.')).toEqual(['محمد أوزتورك']);
  });
  it('a title in an inversion ("said Dr. Claire Hughes"), and an appositive before the clause’s first verb', () => {
    expect(speakers('"This is preventable," said Dr. Claire Hughes, a consultant.')).toEqual([['named', 'Dr Claire Hughes']]);
    expect(
      speakers('Mercy Achieng, chair of the Kenya Horticultural Exporters Association, welcomed the deal but said exporters needed faster clearance.'),
    ).toEqual([['named', 'Mercy Achieng']]);
    expect(speakers('Sewell, a registered independent, rejected the charge and said the county had acted.')).toEqual([['named', 'Sewell']]);
  });
  it('past a bracketed abbreviation, to the name before it', () => {
    expect(speakers('The Indian Sugar Mills Association (ISMA) said it was disappointed by the decision.')).toEqual([
      ['named', 'Indian Sugar Mills Association'],
    ]);
  });
  it('a denial of the clause before (", which X denied") gives that clause to its own speaker, not to the denier', () => {
    // ("Unison alleged that trustees had ignored …, which trustee chair Desmond Ashworth-Reyes denied", once the source's
    // "Trade union Unison, which represents many of the scheme's members, alleged" is read as Unison's)
    expect(fixturePair('batch36/en-1-pension-fund-loss', ['attribution-mismatch'], en).faithful).toEqual([]);
    // (a denial given to the wrong speaker is still read: the tram pair above)
    cleanAndCaught(fixturePair('batch44/en-7-tram-derailment', ['attribution-mismatch'], en));
  });
});

describe('the 59th batch of fresh editor pairs (read once on the starting and the session’s tree alike: 14/20 clean, 15/20 caught; then mended)', () => {
  it('a negation that another clause of the sentence restates, a synonym twin, "no longer" for "stop", a slide, an acronym without its country', () => {
    // ("said projections … had frightened buyers, adding that she did not expect a … recovery"; "the decline" for "the slide";
    // "the USDA's next report" for "the Department of Agriculture")
    expect(fixturePair('batch59/en-2-wheat-futures-slide', ['negation-mismatch', 'antonym-mismatch', 'unknown-name'], en).faithful).toEqual([]);
    // ("Officials in Manila expressed concern" against "has not formally objected": official/formal)
    expect(fixturePair('batch59/en-4-nurses-visa-scheme', ['negation-mismatch'], en).faithful).toEqual([]);
    // ("will no longer be repaired" for "will stop repairing"; "Save Our Shore called … and accused", the group's)
    expect(fixturePair('batch59/en-5-coastal-erosion-plan', ['negation-mismatch', 'attribution-mismatch'], en).faithful).toEqual([]);
  });
  it('still reads the drops those paths could hide', () => {
    expect(
      flagged(check('The sea defences will no longer be repaired.', 'The council will keep repairing the sea defences.', en), ['negation-mismatch']),
    ).not.toEqual([]);
    expect(
      flagged(check('The USFA report is due on Monday.', 'The Department of Agriculture will publish its report on Monday.', en), ['unknown-name']),
    ).not.toEqual([]);
    expect(
      flagged(check('Farm groups warned that the rise would hurt incomes.', 'Farm groups warned that the slide would squeeze incomes.', en), [
        'antonym-mismatch',
      ]),
    ).not.toEqual([]);
    const both = 'Rivera did not win the first round. Chen did not win the second round either.';
    expect(flagged(check('Rivera won the first round, while Chen did not win the second.', both, en), ['negation-mismatch'])).not.toEqual([]);
  });
});

describe('hedges, shares and units of the probe pairs’ faithful restatements (probes/train, read after the nineteenth session began)', () => {
  it('reads an accusative unit before من and a definite noun, a year after a comparative, and النصف with تقريباً after it (probes/fresh)', () => {
    expect(figures('وزعمت الوزارة أن أربعاً من السفن أطفأت أجهزة التتبع')).toEqual([['أربعاً', 4, null]]);
    // (one of is no count, and an accusative unit alone no word)
    expect(figures('واحدا من أكبر المشاريع')).toEqual([]);
    expect(figures('ثمانيا')).toEqual([]);
    expect(figures('لا يعمل منهم فعليا سوى النصف تقريبا')).toEqual([['النصف', 50, null]]);
    // (a share that is also a cardinal stays the cardinal: about five years)
    expect(figures('السنوات الخمس تقريبا')).toEqual([['الخمس', 5, null]]);
    const rail = 'وهذه ثاني زيادة في أسعار التذاكر خلال أقل من عام، بعد زيادة أولى طبقت في يونيو 2023.';
    expect(flagged(check('في ثاني زيادة من نوعها خلال أقل من اثني عشر شهرا.', rail, ar), ['number-mismatch', 'unsupported-span'])).toEqual([]);
    expect(flagged(check('في ثاني زيادة من نوعها خلال أقل من ستة أشهر.', rail, ar), ['number-mismatch'])).toEqual(['ستة']);
  });
  it('reads an Arabic time of day in words as its hour and minutes (الساعة الثانية والنصف: 2:30)', () => {
    const src = 'وقال مدير الدفاع المدني إن النيران اندلعت نحو الساعة الثانية والنصف فجراً في جناح العناية المركزة.';
    expect(flagged(check('واندلع الحريق نحو الساعة 2:30 فجرا في جناح العناية المركزة.', src, ar), ['number-mismatch'])).toEqual([]);
    expect(flagged(check('واندلع الحريق نحو الساعة 3:30 فجرا في جناح العناية المركزة.', src, ar), ['number-mismatch'])).toEqual(['3']);
    const quarterTo = 'وقال مدير الدفاع المدني إن النيران اندلعت عند الساعة الحادية عشرة إلا ربعا في جناح العناية المركزة.';
    expect(flagged(check('واندلع الحريق عند الساعة 10:45 في جناح العناية المركزة.', quarterTo, ar), ['number-mismatch'])).toEqual([]);
  });
  it('reads a share of two counts that the claim’s own sentence gives (1200 of 5000 hectares: about a quarter)', () => {
    const src = 'وأتى الحريق على نحو 1200 هكتار من الغابات. وتمتد المحمية على نحو 5 آلاف هكتار.';
    const claim = (share: string) => `التهم الحريق قرابة 1200 هكتار، أي نحو ${share} مساحة المحمية البالغة خمسة آلاف هكتار.`;
    expect(flagged(check(claim('ربع'), src, ar), ['number-mismatch'])).toEqual([]);
    expect(flagged(check(claim('ثلث'), src, ar), ['number-mismatch'])).toEqual(['ثلث']);
  });
  it('reads دون, a verb of approaching and a negated verb of exceeding before a figure as hedges', () => {
    expect(figures('بقيت نسبة الابيضاض دون خمسة بالمئة')).toEqual([['خمسة', 5, 'under']]);
    expect(figures('لتقترب من 19 مليار متر مكعب')).toEqual([['19 مليار', 19000000000, 'about']]);
    expect(figures('approaching 19 billion cubic metres')).toEqual([['19 billion', 19000000000, 'about']]);
    expect(figures('لم تتجاوز 4 بالمئة')).toEqual([['4', 4, 'under']]);
    expect(figures('The rate did not exceed 4%')).toEqual([['4', 4, 'under']]);
    // (من دون is "without"; ما يفوق is "more than", not a negation)
    expect(figures('من دون 3 لاعبين')).toEqual([['3', 3, null]]);
    expect(figures('ما يفوق أربعة آلاف إصابة')).toEqual([['أربعة آلاف', 4000, 'over']]);
  });
  it('reads الخُمسين and الثلثين as two fifths and two thirds, and خمسين as fifty where it is', () => {
    expect(figures('انكمشت الخسائر بمقدار الخُمسين')).toEqual([['الخُمسين', 40, null]]);
    expect(figures('انكمشت الخسائر بمقدار الخمسين')).toEqual([['الخمسين', 40, null]]);
    expect(figures('في نحو الخمسين من عمره')).toEqual([['الخمسين', 50, 'about']]);
    expect(figures('بمقدار خمسين نقطة أساس')).toEqual([['خمسين', 50, null]]);
    expect(figures('تراجعت بنحو الثلثين')).toEqual([['الثلثين', 66.67, 'about']]);
  });
  it('keeps the restatements free of number errors, and still flags a figure none of them reads', () => {
    const none = (summary: string, src: string, o: typeof en | typeof ar = ar) => expect(flagged(check(summary, src, o), ['number-mismatch'])).toEqual([]);
    const coral = 'وأوضحت الدراسة أن نسبة ابيضاض المرجان في خليج العقبة لم تتجاوز 4 بالمئة خلال موجة الحر البحرية في صيف 2023.';
    none('في خليج العقبة، بقيت نسبة ابيضاض المرجان دون خمسة بالمئة خلال موجة الحر البحرية صيف 2023.', coral);
    const gas = 'قالت سوناطراك إن صادراتها من الغاز عبر الأنابيب إلى أوروبا ارتفعت في النصف الأول من العام لتصل إلى 18.6 مليار متر مكعب.';
    none('زادت سوناطراك صادراتها من الغاز عبر الأنابيب إلى أوروبا في النصف الأول لتقترب من 19 مليار متر مكعب.', gas);
    const losses = 'وأوضحت المديرة المالية أن الإيرادات بلغت 86 مليون دولار، بينما تقلصت الخسائر التشغيلية بنسبة 40 بالمئة.';
    none('وقالت المديرة المالية إن الإيرادات بلغت 86 مليون دولار، في حين انكمشت الخسائر التشغيلية بمقدار الخُمسين.', losses);
    const dividend = 'وأعلن المدير المالي أن مجلس الإدارة أوصى بتوزيع أرباح نقدية قدرها 0.75 ريال للسهم، بانخفاض عن ريال واحد قبل عام.';
    none('وأفاد المدير المالي بأن المجلس أوصى بتوزيع 75 هللة للسهم، نزولا من ريال واحد قبل عام.', dividend);
    const truce = 'The truce, due to take effect at 0600 local time (0400 GMT) on Thursday, is meant to allow aid convoys to reach civilians.';
    none('Starting at 6 a.m. local time on Thursday, the truce is meant to let aid convoys reach civilians.', truce, en);
    const wrong = (summary: string, src: string, o: typeof en | typeof ar = ar) => expect(flagged(check(summary, src, o), ['number-mismatch'])).not.toEqual([]);
    wrong('في خليج العقبة، بقيت نسبة ابيضاض المرجان دون ثلاثة بالمئة خلال موجة الحر البحرية صيف 2023.', coral);
    wrong('زادت سوناطراك صادراتها من الغاز عبر الأنابيب إلى أوروبا في النصف الأول لتقترب من 25 مليار متر مكعب.', gas);
    wrong('وأفاد المدير المالي بأن المجلس أوصى بتوزيع 50 هللة للسهم، نزولا من ريال واحد قبل عام.', dividend);
    wrong('Starting at 9 a.m. local time on Thursday, the truce is meant to let aid convoys reach civilians.', truce, en);
  });
});

describe('negations that say when or on what condition (probe pairs’ faithful lines, nineteenth session)', () => {
  it('reads تعيق ("hinders") as a negation of what follows, which حال دون ("prevented") restates', () => {
    const src = 'وقال مدير الحراج نزار إبراهيم إن فرق الإطفاء سيطرت على ثلاث بؤر من أصل خمس، لكن الوعورة تعيق وصول الآليات إلى البؤرتين الباقيتين.';
    const claim =
      'وأوضح مدير الحراج نزار إبراهيم أن ثلاثا من بؤر الحريق الخمس باتت تحت السيطرة، بينما تحول وعورة التضاريس دون بلوغ الآليات البؤرتين المتبقيتين.';
    expect(flagged(check(claim, src, ar), ['negation-mismatch'])).toEqual([]);
  });
  it('reads "not before" an event the source sentence also sets before something as a condition (ولن يسري التعديل قبل نشره)', () => {
    const src = 'ويحتاج التعديل إلى نشره في الجريدة الرسمية قبل أن يدخل حيز التنفيذ.';
    expect(flagged(check('ولن يسري التعديل قبل نشره في الجريدة الرسمية.', src, ar), ['negation-mismatch'])).toEqual([]);
    // (against a source that says it took effect on publication, with no before of its own, the negation is added)
    const now = 'وقالت النقابة إن التعديل يسري فورا منذ نشره في الجريدة الرسمية.';
    expect(flagged(check('ولن يسري التعديل قبل نشره في الجريدة الرسمية.', now, ar), ['negation-mismatch'])).not.toEqual([]);
  });
  it('reads ما لم as a condition: a claim that drops it or adds it is no negation flipped, and a flipped fact still is', () => {
    const gas = 'وقال الخبير مراد الواعر إن الجزائر لن تتمكن من زيادة صادراتها بشكل كبير ما لم تكبح نمو الاستهلاك المحلي.';
    expect(flagged(check('ورأى الخبير مراد الواعر أن أي زيادة كبيرة في الصادرات تظل رهينة بكبح الاستهلاك المحلي.', gas, ar), ['negation-mismatch'])).toEqual(
      [],
    );
    const sitIn = 'وأكدت منسقة الحراك ريما الحاج أن الطلاب لن يفكوا اعتصامهم قبل تجميد القرار.';
    expect(flagged(check('وقالت منسقة الحراك ريما الحاج إن الاعتصام سيستمر ما لم يُجمَّد القرار.', sitIn, ar), ['negation-mismatch'])).toEqual([]);
    // (a plain لم is still read: the decision was not frozen, against a source that says it was)
    const frozen = 'وقالت منسقة الحراك ريما الحاج إن الجامعة جمدت القرار بعد الاعتصام.';
    expect(flagged(check('وقالت منسقة الحراك ريما الحاج إن الجامعة لم تجمد القرار بعد الاعتصام.', frozen, ar), ['negation-mismatch'])).not.toEqual([]);
  });
  it('reads "not before" a month the source names as when (ولن تصدر الأرقام النهائية قبل أواخر سبتمبر, a probe pair), and still flags another month', () => {
    const src = 'وقالت الهيئة إن من المقرر صدور التقديرات النهائية في نهاية سبتمبر أيلول.';
    expect(flagged(check('ولن تصدر الأرقام النهائية قبل أواخر سبتمبر أيلول.', src, ar), ['negation-mismatch'])).toEqual([]);
    expect(
      flagged(check('The final figures will not be published before September.', 'The final estimates are due in late September.', en), ['negation-mismatch']),
    ).toEqual([]);
    // (another month is a date the source does not give)
    expect(flagged(check('ولن تصدر الأرقام النهائية قبل أواخر نوفمبر.', src, ar), ['negation-mismatch', 'entity-mismatch'])).not.toEqual([]);
  });
});

describe('a fraction of a percent, and the pound for sterling (probes/train, en15)', () => {
  it('reads "half a percent" and "a quarter of a per cent" as 0.5 and 0.25, and "half a point" in a game as no figure', () => {
    expect(figures('The pound weakened half a percent after the announcement.')).toEqual([['half a percent', 0.5, null]]);
    expect(figures('Yields rose a quarter of a per cent.')).toEqual([['quarter of a per cent', 0.25, null]]);
    expect(figures('She lost by half a point in the game.')).toEqual([]);
  });
  it('keeps the faithful line free of errors', () => {
    const src = 'Sterling fell 0.5% to $1.2780 after the decision, while the FTSE 250 index of domestically focused companies rose 0.8%.';
    expect(errors(check('The pound weakened half a percent after the announcement.', src, en)).map((f) => f.rule)).toEqual([]);
    expect(flagged(check('The pound weakened a quarter of a percent after the announcement.', src, en), ['number-mismatch'])).not.toEqual([]);
  });
});

describe('a connective split off as a claim of its own (probes/fresh b58)', () => {
  it('gives "في المقابل،" no content of its own: no unsupported claim on it, while the rest is still read', () => {
    const src = 'لكن عضو نقابة عمال الموانئ فتحي الشريف قال إن العمال حذروا منذ العام الماضي من تشققات ظاهرة في جدران الصومعة.';
    const r = check('في المقابل، قال النقابي فتحي الشريف إن العمال نبهوا منذ العام الماضي إلى تشققات ظاهرة في جدران الصومعة.', src, ar);
    expect(errors(r).map((f) => f.text)).toEqual([]);
    const invented = check('في المقابل، قال النقابي فتحي الشريف إن الحكومة وعدت بتعويض كل عامل بعشرة آلاف دينار.', src, ar);
    expect(errors(invented).length).toBeGreaterThan(0);
  });
});

describe('a double negation: "no one … without", لا … دون (lexicons/negation.json cancelledWithout)', () => {
  const negations = (s: string, t: string, o: typeof en | typeof ar) => flagged(check(s, t, o), ['negation-mismatch']);
  it('reads "no one had been taken off without clinical review" as every case reviewed', () => {
    const src = 'The trust said every patient removed from a list had been contacted and that no one had been taken off without clinical review.';
    expect(negations('The trust said anyone removed had been contacted and had their case clinically reviewed.', src, en)).toEqual([]);
  });
  it('reads لا … دون as affirming what دون governs (Arabic); دون alone still negates', () => {
    expect(negations('وقال المدير إن كل طلب يخضع لمراجعة طبية دقيقة.', 'وقال المدير إن أي طلب لا يُرفض دون مراجعة طبية دقيقة.', ar)).toEqual([]);
    expect(negations('وقال المدير إن كل طلب يخضع لمراجعة طبية دقيقة.', 'وقال المدير إن الطلبات تُرفض دون مراجعة طبية دقيقة.', ar)).not.toEqual([]);
  });
});

describe('the sixty-third batch of fresh editor pairs: N months to a month, "to lodge one"', () => {
  const entity = (s: string, t: string) =>
    check(s, t, en)
      .flags.filter((f) => f.rule === 'entity-mismatch')
      .map((f) => f.text);
  it('reads "the six months to Dec. 31" as July-December, and still sets another half against it', () => {
    const src = 'MELBOURNE, Feb 12 (Reuters) - Coastline Foods said on Wednesday that net profit for the six months to Dec. 31 fell to A$41 million.';
    expect(entity('Profit for the July-December half fell to A$41 million.', src)).toEqual([]);
    expect(entity('Profit for the January-June half fell to A$41 million.', src)).not.toEqual([]);
    // (الأشهر الثلاثة المنتهية في مارس: January to March, against the dateline's April)
    const ar = 'عمان، 12 أبريل (رويترز) - قالت الشركة إن أرباحها في الأشهر الثلاثة المنتهية في مارس بلغت 12 مليون دينار.';
    expect(
      check('وحققت الشركة أرباحا بلغت 12 مليون دينار بين يناير ومارس.', ar, { summaryLang: 'ar', sourceLang: 'ar' }).flags.filter(
        (f) => f.rule === 'entity-mismatch',
      ),
    ).toEqual([]);
  });
  it('reads the "one" an infinitive ends its clause with as a pronoun, and "from three to one" as a figure', () => {
    const numbers = (s: string, t: string) => flagged(check(s, t, en), ['number-mismatch']);
    expect(numbers('The firm has four weeks to lodge one.', 'The court dismissed the claim. The firm has 28 days to lodge an appeal.')).toEqual([]);
    expect(numbers('The board was cut from three to one.', 'The board was cut from three members to two.')).toEqual(['one']);
  });
});

describe('the sixty-third batch: a negation restating a denial, a half after a unit', () => {
  it('takes "insisted nothing had been agreed" to restate "denied that any deal had been agreed"; a plain "agreed" still opposes it', () => {
    const src = 'Ndlovu denied that any deal had been agreed, saying the club had signed only a non-binding letter of intent.';
    expect(flagged(check('But Ndlovu insisted nothing had been agreed beyond a letter of intent.', src, en), ['negation-mismatch'])).toEqual([]);
    expect(
      flagged(
        check(
          'But Ndlovu insisted nothing had been agreed beyond a letter of intent.',
          'Ndlovu said a deal had been agreed, saying the club had signed a letter of intent.',
          en,
        ),
        ['negation-mismatch'],
      ),
    ).not.toEqual([]);
  });
  it('reads بثلاثة ريالات ونصف as 3.5 as well as 3, and بأربعة ريالات ونصف as neither', () => {
    const src = 'وتبلغ تعرفة الرحلة الواحدة 3.5 ريال، مع اشتراك شهري بسعر 140 ريالا.';
    const numbers = (s: string) => flagged(check(s, src, ar), ['number-mismatch']);
    expect(numbers('ويُحدد سعر الرحلة بثلاثة ريالات ونصف.')).toEqual([]);
    expect(numbers('ويُحدد سعر الرحلة بأربعة ريالات ونصف.')).toEqual(['بأربعة']);
  });
});

/** A fresh editor pair's faithful summary (probes/fresh/NAME) checked against its source, in its gold's language. */
function freshFaithful(name: string, summary: 'faithful' | 'altered' = 'faithful'): ReturnType<typeof check> {
  const read = (f: string) => fs.readFileSync(`probes/fresh/${name}/${f}`, 'utf8');
  const { lang } = JSON.parse(read('gold.json')) as { lang: string };
  return check(read(`${summary}.txt`), read('source.txt'), { summaryLang: lang, sourceLang: lang });
}
/** The rules' error flags of a report, by their words. */
const errorsOf = (r: ReturnType<typeof check>, rules: readonly string[]) => flagged(r, rules, (f) => f.severity === 'error');

describe('the sixty-fourth batch of fresh editor pairs: refusals in other words, twice, بأكثر من, a denial of ذلك, "Without X, … would"', () => {
  const negations = (s: string, t: string, o: typeof en | typeof ar) => flagged(check(s, t, o), ['negation-mismatch']);
  it('takes "was refused" for "was turned down" and رفضت for ردّت الطلب; a refusal the source does not state is still added', () => {
    const src =
      "GLASGOW, June 3 (AFP) - The Clydeside Playhouse, one of Glasgow's oldest independent theatres, will close for at least 18 months from September after its bid for 1.2 million pounds in multi-year public funding was turned down, its board said on Monday.";
    const summary =
      "The Clydeside Playhouse, one of Glasgow's oldest independent theatres, is to shut for no less than 18 months starting in September after a request for 1.2 million pounds in multi-year public money was refused, its board said on Monday.";
    expect(negations(summary, src, en)).toEqual([]);
    // (the whole pair: probes/fresh, the 64th batch's fuel-contract trial)
    expect(flagged(freshFaithful('b64-ar-2-fuel-contract-trial'), ['negation-mismatch'])).toEqual([]);
    const granted = 'وطلب محامي الدفاع إخلاء سبيل موكله مقابل كفالة قدرها 500 ألف دولار، وقررت المحكمة إطلاق سراحه.';
    expect(negations('ورفضت المحكمة إطلاق سراحه بكفالة نصف مليون دولار.', granted, ar)).toEqual(['ورفضت']);
  });
  it('reads "applied twice" as two', () => {
    const src = 'Board chair Eileen Grant denied that, saying the theatre had applied twice and been rejected both times.';
    expect(flagged(check('Chair Eileen Grant said two applications had been made and both rejected.', src, en), ['number-mismatch'])).toEqual([]);
    expect(flagged(check('Chair Eileen Grant said three applications had been made and all rejected.', src, en), ['number-mismatch'])).toEqual(['three']);
  });
  it('reads لم … بأكثر من as a bound ("put them at no more than"), not after كان nor a verb of reaching', () => {
    const src = 'وقالت اللجنة إن نحو 6800 معلم شاركوا في الإضراب، بينما قدّرت وزارة التربية العدد بنحو 4100 فقط.';
    expect(negations('وقالت اللجنة إن 6800 معلم شاركوا، في حين لم تقدّرهم وزارة التربية بأكثر من 4100.', src, ar)).toEqual([]);
    const crane = 'وقال مدير العمليات إن الرافعة "لم تكن تعمل بأكثر من حمولتها المقررة" لحظة سقوطها.';
    expect(negations('وأكد مدير العمليات أن الرافعة لم تتجاوز حمولتها المقررة لحظة سقوطها.', crane, ar)).toEqual([]);
  });
  it('reads a denial of ذلك as denying what came before, not the words of the clause a verb of saying opens after it', () => {
    const src = 'ونفت الوزارة ذلك، وقال أمينها العام للشؤون الإدارية نضال الخصاونة إن الخصم سيقتصر على أجر يوم الإضراب.';
    expect(negations('وقال نضال الخصاونة، الأمين العام للشؤون الإدارية في الوزارة، إن الخصم سيقتصر على أجر يوم الإضراب.', src, ar)).toEqual([]);
  });
  it('reads "Without a ceiling, the clubs would …" as a counterfactual, not a negation of the ceiling', () => {
    expect(flagged(freshFaithful('b64-en-5-cricket-salary-cap'), ['negation-mismatch'])).toEqual([]);
    expect(negations('Mokoena said the clubs had a ceiling.', 'Mokoena said the clubs operate without a ceiling on wages.', en)).not.toEqual([]);
  });
});

describe('the sixty-fifth batch of fresh editor pairs (probes/fresh/b65-*): faithful summaries that drew errors', () => {
  const pair = freshFaithful;
  const errors = errorsOf;
  it('reads دون before a round number with the article as "below" (دون الألف for أقل من ألف); دون before another word is still "without"', () => {
    expect(errors(pair('b65-ar-10-solar-pumps-groundwater'), ['negation-mismatch'])).toEqual([]);
    expect(flagged(check('وقال إن عدد المضخات كان دون الألف.', 'وقال إن عدد المضخات كان أقل من ألف مضخة.', ar), ['negation-mismatch'])).toEqual([]);
  });
  it('reads عجزت عن تقديم as لم تقدم', () => {
    expect(errors(pair('b65-ar-6-handball-league-licensing'), ['negation-mismatch'])).toEqual([]);
    expect(flagged(check('وقال إن الأندية عجزت عن تقديم ضمانات مالية.', 'وقال إن الأندية قدمت ضمانات مالية كافية.', ar), ['negation-mismatch'])).not.toEqual(
      [],
    );
  });
  it('reads a denial of "the accusation" (ونفى المحامي الاتهام، وقال …) as governing nothing past its clause', () => {
    expect(errors(pair('b65-ar-2-music-copyright-lawsuit'), ['negation-mismatch'])).toEqual([]);
  });
  it('keeps a hedge past a currency glued to its sign ("roughly C$1.05 million" for C$1,052,000)', () => {
    expect(errors(pair('b65-en-5-toronto-home-sales'), ['number-mismatch', 'unsupported-span'])).toEqual([]);
    const numbers = (s: string) => flagged(check(s, 'The average price fell 2.4% to C$1,052,000.', en), ['number-mismatch']);
    expect(numbers('The average price slipped to roughly C$1.05 million.')).toEqual([]);
    // (unhedged, a decimal before a scale is the source's value rounded to the precision it states, as wire copy writes it;
    // a figure off by more than half its last digit is still wrong)
    expect(numbers('The average price slipped to C$1.05 million.')).toEqual([]);
    expect(numbers('The average price slipped to C$1.06 million.')).not.toEqual([]);
    expect(numbers('The average price slipped to C$1.5 million.')).not.toEqual([]);
  });
  it("finds a claim's verb of ignoring in its source past و and ب glued before it (وبتجاهل for وتجاهل)", () => {
    expect(errors(pair('b65-ar-8-generator-meters'), ['negation-mismatch'])).toEqual([]);
  });
  it('reads "its cut of each fare" as a share, no direction; "cut its commission" still opposes "raised"', () => {
    expect(errors(pair('b65-en-8-ride-hailing-shutdown'), ['antonym-mismatch'])).toEqual([]);
    const src = 'The platform raised its commission on every fare from 20% to 25% on Nov. 1.';
    expect(flagged(check('The platform cut its commission on every fare on Nov. 1.', src, en), ['antonym-mismatch'])).toEqual(['cut']);
  });
});

describe('the sixty-second batch (held aside, then read): a scale said once for a range, charges, abstention, a denial with its object glued on', () => {
  it('reads "من 90 إلى 55 مليون درهم" as 90 million, and "from 80 to 55 million" still as no 80 million', () => {
    const src = 'وتراجع المبلغ الذي عرضت الشركة رده على الضحايا في إطار تسوية ودية من 90 مليون درهم إلى 55 مليون درهم.';
    const numbers = (s: string) => flagged(check(s, src, ar), ['number-mismatch']);
    expect(numbers('وهبط ما تعرضه الشركة على الضحايا في تسوية ودية من 90 إلى 55 مليون درهم.')).toEqual([]);
    expect(numbers('وهبط ما تعرضه الشركة على الضحايا في تسوية ودية من 80 إلى 55 مليون درهم.')).toEqual(['80']);
    const en1 = 'The settlement offer fell from 90 million dirhams to 55 million dirhams.';
    expect(flagged(check('The settlement offer fell from 90 to 55 million dirhams.', en1, en), ['number-mismatch'])).toEqual([]);
  });
  it('keeps "faces the two charges of" (تهمتي) attributed', () => {
    const src = 'وتتهم النيابة العامة مالك شركة "أفق السلام" بالنصب وخيانة الأمانة بعد أن حصل على تسبيقات من نحو 340 مشتريا.';
    expect(check('ويواجه مالك شركة أفق السلام تهمتي النصب وخيانة الأمانة.', src, ar).flags.filter((f) => f.rule === 'attribution-mismatch')).toEqual([]);
  });
  it("reads امتناع … عن as a refusal, so a claim's رفض adds none", () => {
    const src = 'وانخفض عدد الدول المشاركة من 12 إلى 9، وهو ما عزته حداد إلى امتناع شركات التأمين عن تغطية سفر بعض الفرق.';
    expect(flagged(check('وهو تراجع أرجعته حداد إلى رفض شركات التأمين تغطية سفر بعض الفرق.', src, ar), ['negation-mismatch'])).toEqual([]);
  });
  it('reads a verb of denial with its object glued on (ما نفاه النادي) as denying what came before it', () => {
    const src = 'وقال وكيل المدرب إن النادي تأخر في دفع الرواتب، وهو ما نفاه النادي مؤكدا أن جميع المستحقات سددت في مواعيدها.';
    expect(flagged(check('في حين يؤكد النادي أن جميع المستحقات سددت في مواعيدها.', src, ar), ['negation-mismatch'])).toEqual([]);
  });
});

describe('the sixty-sixth batch of fresh editor pairs (probes/fresh/b66-*): زاد على as "over", التقصير في, a verb after لا', () => {
  const pair = freshFaithful;
  const errors = errorsOf;
  it('reads "بعد أن زاد على 13 مليونا" as over 13 million, no direction against the source\'s تراجعت; a plain زاد still is one', () => {
    expect(errors(pair('b66-ar-8-basra-palm-weevil'), ['antonym-mismatch'])).toEqual([]);
    const src = 'وقال الساعدي إن أعداد النخيل تراجعت إلى نحو 3 ملايين نخلة.';
    expect(flagged(check('وقال الساعدي إن أعداد النخيل زادت إلى نحو 3 ملايين نخلة.', src, ar), ['antonym-mismatch'])).not.toEqual([]);
  });
  it('reads التقصير في as a failure: "بالتقصير في توفير" restates "بعدم توفير"', () => {
    expect(errors(pair('b66-ar-6-riyadh-diabetes-screening'), ['negation-mismatch'])).toEqual([]);
  });
  it('reads the word right after لا as a verb, not an unknown name (لا يليق); a name elsewhere is still one', () => {
    expect(errors(pair('b66-ar-9-rabat-stray-dogs'), ['unknown-name'])).toEqual([]);
    const names = (s: string) =>
      check(s, 'وقالت الناشطة سناء العلوي إن تسميم الحيوانات أمام الأطفال مرفوض.', ar)
        .flags.filter((f) => f.rule === 'unknown-name')
        .map((f) => f.text);
    expect(names('وقالت الناشطة سناء العلوي إن تسميم الحيوانات أمام الأطفال لا يليق.')).toEqual([]);
    expect(names('وقالت الناشطة ميرفت الكزبري إن تسميم الحيوانات أمام الأطفال مرفوض.')).not.toEqual([]);
  });
});

describe('the sixty-seventh and sixty-eighth batches (held aside, then read): a currency and its subunit, a range of a fraction, glosses and clauses as no names', () => {
  it('reads "ما بين ربع مليون و400 ألف" as a range (250,000 and 400,000), not one figure of 650,000; مليون و190 ألف is still one', () => {
    const read = (s: string) => quantities(tokenize(s)).map((q) => q.value);
    expect(read('دفع ما بين ربع مليون و400 ألف جنيه')).toEqual([250000, 400000]);
    expect(read('بلغ العدد مليون و190 ألف نسمة')).toEqual([1190000]);
    const src = 'وأضافت أن كل طالب دفع ما بين 250 ألفاً و400 ألف جنيه.';
    expect(flagged(check('وسدد كل منهم ما بين ربع مليون و400 ألف جنيه.', src, ar), ['number-mismatch'])).toEqual([]);
    expect(flagged(check('وسدد كل منهم ما بين ربع مليون و500 ألف جنيه.', src, ar), ['number-mismatch'])).not.toEqual([]);
  });
  it('reads an amount in a currency and its subunit as one sum: دينارا ومئتي فلس, جنيها وربع الجنيه, dollars and cents', () => {
    const numbers = (s: string, t: string, o: typeof ar | typeof en = ar) => flagged(check(s, t, o), ['number-mismatch']);
    const dinars = 'وسيرتفع سعر الباقة من 10 دنانير إلى 11.2 ديناراً شهرياً.';
    expect(numbers('وسيصبح سعر الباقة أحد عشر ديناراً ومئتي فلس بدلاً من عشرة دنانير.', dinars)).toEqual([]);
    expect(numbers('وسيصبح سعر الباقة أحد عشر ديناراً وثلاثمئة فلس بدلاً من عشرة دنانير.', dinars)).not.toEqual([]);
    const piastres = 'وقال الوزير إن تكلفة إنتاج الرغيف الواحد بلغت 125 قرشا.';
    expect(numbers('وقال الوزير إن إنتاج الرغيف يكلف جنيها وربع الجنيه.', piastres)).toEqual([]);
    expect(numbers('وقال الوزير إن إنتاج الرغيف يكلف جنيها ونصف الجنيه.', piastres)).not.toEqual([]);
    expect(numbers('A ticket now costs 3 dollars and 20 cents.', 'A ticket now costs $3.20, up from $2.90.', en)).toEqual([]);
    expect(numbers('A ticket now costs 3 dollars and 40 cents.', 'A ticket now costs $3.20, up from $2.90.', en)).not.toEqual([]);
  });
  it('reads no name in a gloss with a figure in brackets, "(قرابة 3.5 مليون دولار)", nor in a clause a role opens (الوزير بأن تبقى)', () => {
    const names = (s: string, t: string) => flagged(check(s, t, ar), ['unknown-name']);
    const cost = 'بدأت المرحلة الثانية من ترميم بوابة عشتار، بكلفة تبلغ 4.6 مليار دينار عراقي (نحو 3.5 مليون دولار).';
    expect(names('بميزانية تبلغ 4.6 مليار دينار (قرابة 3.5 مليون دولار).', cost)).toEqual([]);
    expect(names('بميزانية تبلغ 4.6 مليار دينار (شركة الكزبري).', cost)).not.toEqual([]);
    const pledge = 'وأضاف الوزير سامح الدمرداش: «لن يتغير عدد الأرغفة المخصصة لكل فرد، وهو خمسة أرغفة يوميا».';
    expect(names('وتعهد الوزير بأن تبقى حصة الفرد خمسة أرغفة في اليوم.', pledge)).toEqual([]);
    expect(names('وتعهد الوزير ميرفت الكزبري بأن تبقى حصة الفرد خمسة أرغفة في اليوم.', pledge)).not.toEqual([]);
  });
});

describe('the sixty-seventh and sixty-eighth batches: a negation said of the same subject in other words', () => {
  it('takes "taxpayers could no longer prop up a line" as restating the next sentence\'s "the taxpayer cannot keep carrying it"', () => {
    const read = (f: string) => fs.readFileSync(`probes/fresh/b67-en-9-rail-privatisation/${f}`, 'utf8');
    const summary = read('faithful.txt'),
      source = read('source.txt');
    expect(errors(check(summary, source, en)).map((f) => f.text)).toEqual([]);
    // a quote that says "not" of another subject, or nothing of the taxpayer: the claim's negation has no source, and is
    // evidence against it (read in the claim's sentence checked alone: in the five-sentence summary the model leaves it
    // unread, ClaimModel.long.ignore)
    const line = summary.slice(summary.indexOf('Transport Secretary'), summary.indexOf('. The Railway') + 1);
    expect(errors(check(line, source, en)).map((f) => f.text)).toEqual([]);
    for (const quote of ['the state cannot keep carrying it', 'the taxpayer will keep carrying it'])
      expect(errors(check(line, source.replace('the taxpayer cannot keep carrying it', quote), en)).map((f) => f.text)).toContain(
        'taxpayers could no longer prop',
      );
  });
});

describe('the sixty-eighth batch: "not … since" for a superlative since', () => {
  it('takes "a level not seen since 2014" (مستوى لم يُسجَّل منذ عقد) to restate "the highest since 2014"; against "every year since" it is added', () => {
    const negations = (s: string, t: string, o: typeof en | typeof ar) => flagged(check(s, t, o), ['negation-mismatch']);
    expect(negations('Occupancy reached 87%, a level not seen since 2014.', 'Occupancy reached 87%, the highest since 2014.', en)).toEqual([]);
    expect(negations('Occupancy reached 87%, a level not seen since 2014.', 'Occupancy has reached 87% every year since 2014.', en)).not.toEqual([]);
    expect(errors(freshFaithful('b68-ar-4-tourism-season')).filter((f) => f.text.includes('لم يُسجَّل'))).toEqual([]);
  });
});

describe('the sixty-eighth batch: "a freeze on" as a negation of what follows', () => {
  it('takes "no rural branches are shut for three years" to restate "a three-year freeze on branch closures in rural areas"', () => {
    const negations = (t: string) =>
      flagged(check('The commission recommended approval, on condition that no rural branches are shut for three years.', t, en), ['negation-mismatch']);
    expect(
      negations('The Competition Commission recommended approval, subject to conditions that include a three-year freeze on branch closures in rural areas.'),
    ).toEqual([]);
    expect(
      negations(
        'The Competition Commission recommended approval, subject to conditions that include a three-year programme of branch closures in rural areas.',
      ),
    ).not.toEqual([]);
  });
});

describe('the sixty-eighth batch: "rejected that claim, saying …" is the rejecter\'s own account', () => {
  it('reads "that claim" after a verb, with a comma after it, as a noun that refers back; "reports that claim the vote …" still alleges', () => {
    const src =
      "The Indian Drug Makers' Forum claimed the caps would force some manufacturers to stop producing the medicines. Menon rejected that claim, saying companies had raised similar warnings in 2019 and that supplies had in fact increased after earlier caps.";
    const attributions = (s: string, t: string) => flagged(check(s, t, en), ['attribution-mismatch']);
    expect(attributions('Regulator chief Rajiv Menon dismissed the warning, noting that supplies had in fact risen after earlier caps.', src)).toEqual([]);
    expect(attributions('The caps will force some manufacturers to stop producing the medicines.', src)).not.toEqual([]);
    expect(attributions('The vote was rigged, and the results have spread online.', 'Reports that claim the vote was rigged have spread online.')).not.toEqual(
      [],
    );
  });
});

describe('the sixty-eighth batch: "something his lawyer denied" denies the clause before', () => {
  it('gives the clause before "something X denied" to no one, as "which X denied"', () => {
    const src =
      "Advocate depute Fiona Baird told the jury that Reid had visited the museum three times before the raid. Reid's lawyer, Andrew Lyle, denied that his client had ever been to the museum.";
    const attributions = (s: string) => flagged(check(s, src, en), ['attribution-mismatch']);
    expect(
      attributions('Prosecutor Fiona Baird alleged that Reid had visited the museum three times before the raid, something his lawyer Andrew Lyle denied.'),
    ).toEqual([]);
    expect(errors(freshFaithful('b68-en-3-museum-theft-trial')).filter((f) => f.rule === 'attribution-mismatch')).toEqual([]);
  });
});

describe('the sixty-seventh batch: a percentage is not held by a span of time', () => {
  it('reads "fell 6%" against "fell 9%" as a changed figure though another sentence has "six months"; a 6% elsewhere still holds it', () => {
    const errs = (t: string) => flagged(check('Average revenue per user fell 6%, the firms said.', t, en), ['number-mismatch'], (f) => f.severity === 'error');
    const base = 'Average revenue per user fell 9% last year, the two firms said.';
    expect(errs(`The regulator said the rise followed a study that lasted six months. ${base}`)).toEqual(['6']);
    expect(errs(`The regulator said fixed-line revenue fell 6% in the same period. ${base}`)).toEqual([]);
    expect(errs(`The regulator said the rise came 6% above forecasts after a study of six months. ${base}`)).toEqual([]);
  });
});

describe('the sixty-seventh batch: a role with a pronoun glued on before a swapped surname', () => {
  it("reads محاميه عادل الشربيني as a role and a name against the source's عادل الشناوي; محافظة (a governorate) is no role", () => {
    const src = 'واتهمت النيابة حازم عبد الرؤوف بإدارة الشبكة. ونفى محامي عبد الرؤوف، عادل الشناوي، أن يكون موكله قد تلقى أي أموال.';
    const names = (s: string, t = src) => flagged(check(s, t, ar), ['unknown-name']);
    expect(names('غير أن محاميه عادل الشربيني ينفي أن يكون قد قبض أي أموال.')).toEqual(['الشربيني']);
    expect(names('غير أن محاميه عادل الشناوي ينفي أن يكون قد قبض أي أموال.')).toEqual([]);
    expect(
      names('وقد حظرت الوزارة نقل الدواجن من المحافظة وإليها أربعة عشر يوماً.', 'وقالت الوزارة إنها منعت نقل الدواجن من محافظة ديالى وإليها لمدة أسبوعين.'),
    ).toEqual([]);
  });
});

describe('the sixty-ninth and seventieth batches: Arabic numbers in words', () => {
  const read = (s: string) => quantities(tokenize(s)).map((q) => q.value);
  it('reads مليار وربع المليار as 1.25 billion, as مليون ونصف المليون is 1.5 million', () => {
    expect(read('أما المليار وربع المليار المتبقية فتسدد بعد خمسة أعوام')).toEqual([1250000000, 5]);
    expect(read('بلغت ثلاثة ملايين وربع')).toEqual([3250000]);
    expect(read('مليون ونصف المليون')).toEqual([1500000]);
  });
  it('reads "ما بين ألفين وأربعمئة وثلاثة آلاف ومئة" as 2,400 and 3,100; مليون وأربعمئة وثلاثة آلاف is still one figure', () => {
    expect(read('تقاضت ما بين ألفين وأربعمئة وثلاثة آلاف ومئة دينار')).toEqual([2400, 3100]);
    expect(read('ستة آلاف وتسعة آلاف')).toEqual([6000, 9000]);
    expect(read('مليون وأربعمئة وثلاثة آلاف')).toEqual([1403000]);
  });
  it('reads خمساً وأربعين as 45, not two fifths and 40; خمسي الأموال is still two fifths', () => {
    expect(read('في حرارة فاقت خمساً وأربعين درجة')).toEqual([45]);
    expect(read('نحو خمسي الأموال')).toEqual([40]);
    const src = 'وقالت إنهما سارا مسافات طويلة في درجات حرارة تجاوزت 45 درجة مئوية.';
    expect(flagged(check('اضطرا إلى المشي في حرارة فاقت خمساً وأربعين درجة مئوية.', src, ar), ['number-mismatch'])).toEqual([]);
    expect(flagged(check('اضطرا إلى المشي في حرارة فاقت خمساً وخمسين درجة مئوية.', src, ar), ['number-mismatch'])).not.toEqual([]);
  });
});

describe('the seventieth batch: ارتفاع before a length is a height, no rise', () => {
  it('reads "بارتفاع متر" as a metre high, no direction against "خسائره"; a rise by two metres still opposes "تراجع"', () => {
    const antonyms = (s: string, t: string) => flagged(check(s, t, ar), ['antonym-mismatch']);
    const src = 'وقال محمد النوافلة، وهو صاحب متجر للتحف في وادي موسى، إن المياه دخلت متجره بارتفاع متر تقريباً وأتلفت بضائع تقدر قيمتها بنحو 8 آلاف دينار.';
    expect(antonyms('وقدّر محمد النوافلة، صاحب متجر تحف في وادي موسى، خسائره بنحو ثمانية آلاف دينار.', src)).toEqual([]);
    expect(
      antonyms(
        'وقدّر محمد النوافلة خسائره بنحو ثمانية آلاف دينار بعدما دخلت المياه متجره على ارتفاع 1.2 متر.',
        src.replace('بارتفاع متر', 'على ارتفاع 1.2 متر'),
      ),
    ).toEqual([]);
    expect(antonyms('وتراجع منسوب المياه في السد.', 'وقال المسؤول إن منسوب المياه في السد سجل ارتفاعا بمقدار مترين.')).not.toEqual([]);
  });
});

describe('the seventieth batch: "half the project cost" as a share', () => {
  it('reads "half the X" and "the remaining half" as a half, as "half of the X" is; "the first half the" is no share', () => {
    const read = (s: string) => quantities(tokenize(s)).map((q) => q.value);
    expect(read('The federal subsidy covers half the project cost.')).toEqual([50]);
    expect(read("Norway's Fjordline Petroleum holds the remaining half.")).toEqual([50]);
    expect(read('In the first half the company grew.')).toEqual([]);
    const numbers = (s: string) => flagged(check(s, 'The federal subsidy covers half the project cost, the minister said.', en), ['number-mismatch']);
    expect(numbers('The grant pays for half of the project.')).toEqual([]);
    expect(numbers('The grant pays for a third of the project.')).not.toEqual([]);
  });
});

describe('the sixty-ninth batch: a count that is two counts of the source joined by "and"', () => {
  it('reads "205 people on board" as "186 passengers and 19 crew"; 215 is still a changed figure', () => {
    const src = 'The MV Santa Lucia Express was carrying 186 passengers and 19 crew from the port of Pilar to Masbate City when it overturned.';
    const numbers = (s: string) => flagged(check(s, src, en), ['number-mismatch']);
    expect(numbers('The ferry had 205 people on board when it overturned.')).toEqual([]);
    expect(numbers('The ferry had 215 people on board when it overturned.')).toEqual(['215']);
  });
});

describe('the seventy-first batch: rejecting an accusation that a sentence beside it denies', () => {
  it('reads "ورفض الغربي اتهام الشركة" as the next sentence\'s "ونفى الغربي ذلك"; with no denial there the rejection is added', () => {
    const accusation = 'واتهمت شركة "المتوسط للاتصالات" الهيئة بتحديد أسعار افتتاحية مرتفعة تقصي المشغلين الصغار من السوق.';
    const negations = (after: string) =>
      flagged(
        check(
          'ورفض الغربي اتهام شركة "المتوسط للاتصالات" للهيئة بوضع أسعار انطلاق مرتفعة.',
          `وقال رئيس الهيئة منير الغربي إن المزاد استمر خمسة أيام. ${accusation} ${after}`,
          ar,
        ),
        ['negation-mismatch'],
      );
    expect(negations('ونفى الغربي ذلك، قائلا إن الأسعار حددت بالاستناد إلى دراسة مستقلة.')).toEqual([]);
    // (the fresh pair, whose support set for the claim is the accusation's sentence alone)
    expect(flagged(freshFaithful('b71-ar-10-telecom-licence-auction'), ['negation-mismatch'])).toEqual([]);
    expect(negations('وقال الغربي إن الأسعار حددت بالاستناد إلى دراسة مستقلة.')).toEqual(['ورفض']);
  });
});

describe('the seventy-second batch: a name after a role and a genitive the source has in another form', () => {
  it('reads "رئيسة المجلس دلال القطان" as a name the source lacks (its رئيسة مجلس إدارة بنك الدسمة نورة البدر); the source\'s own name is none', () => {
    const src = 'واتهم المساهم فيصل العنزي مجلس الإدارة بالموافقة على معامل تبادل، وهو ما نفته رئيسة مجلس إدارة بنك الدسمة نورة البدر.';
    const names = (s: string) => flagged(check(s, src, ar), ['unknown-name']);
    expect(names('لكن رئيسة المجلس دلال القطان نفت ذلك.')).toEqual(['دلال القطان']);
    expect(names('لكن رئيسة المجلس نورة البدر نفت ذلك.')).toEqual([]);
  });
});

describe('the seventy-second batch: roots of the verbs of forms VII and VIII (انفعل، افتعل)', () => {
  it('gives انخفض، ينخفض، الانخفاض and ارتفع، يرتفع، الارتفاع one root each, and a dropped negation of تنطلق is found', () => {
    const roots = (s: string) => analyze(s, { prefix: 's', lang: 'ar' }).tokens.map((t) => t.root);
    expect(roots('انخفض ينخفض تنخفض انخفضت الانخفاض')).toEqual(['خفض', 'خفض', 'خفض', 'خفض', 'خفض']);
    expect(roots('ارتفع يرتفع ارتفعت الارتفاع اجتمع الاجتماع')).toEqual(['رفع', 'رفع', 'رفع', 'رفع', 'جمع', 'جمع']);
    // (a word that opens with ن of its own keeps it: نتائج is no انفعل)
    expect(roots('يكتب استقبل')).toEqual(['كتب', 'قبل']);
    const negations = (s: string) => flagged(check(s, 'ولم تنطلق حملة التطعيم الفموي ضد الكوليرا في المحافظة.', ar), ['negation-mismatch']);
    expect(negations('وانطلقت حملة التطعيم الفموي في المحافظة.')).toEqual(['وانطلقت']);
    expect(negations('ولم تنطلق حملة التطعيم الفموي في المحافظة بعد.')).toEqual([]);
  });
});

describe('the seventy-third and seventy-fourth batches: "unwilling", "disputed that", "Nobody in this company wanted"', () => {
  const negations = (s: string, t: string) => flagged(check(s, t, en), ['negation-mismatch']);
  it('reads "unwilling to build" as keeping "could not build"; "willing to build" still drops it', () => {
    const src = '"We could not build this at a loss, and we were not willing to ask ratepayers for more," Thibodeau said.';
    expect(negations('Thibodeau said the firm was unwilling either to build at a loss or to seek more money from ratepayers.', src)).toEqual([]);
    expect(flagged(freshFaithful('b73-en-8-wind-farm-cancellation'), ['negation-mismatch'])).toEqual([]);
    expect(negations('Thibodeau said the firm would build at a loss.', src)).not.toEqual([]);
  });
  it('reads "disputed that the fees were at fault" as restating "denied that the fees were to blame"', () => {
    const src = 'Mississauga councillor Janet Pruitt denied that the fees were to blame, saying they pay for roads and transit.';
    expect(negations('A Mississauga councillor disputed that the fees were at fault.', src)).toEqual([]);
    expect(negations('A Mississauga councillor said that the fees were at fault.', src)).not.toEqual([]);
  });
  it('reads "Nobody in this company wanted to put fares up" as negating the wanting, not the company', () => {
    const src =
      '"Nobody in this company wanted to put fares up, but the alternative was cutting sailings, and islanders told us that would be worse," MacRae said.';
    expect(negations('MacRae said fewer sailings would be worse, as islanders had told the company.', src)).toEqual([]);
    expect(flagged(freshFaithful('b73-en-2-ferry-fare-rise'), ['negation-mismatch'])).toEqual([]);
    expect(negations('MacRae said the company wanted to put fares up.', src)).not.toEqual([]);
  });
});

describe('the seventy-third batch: "not X before Y" restated as "Y before X"', () => {
  it('reads "a written deal … before returning to work" as "will not return to work before the company signs a written deal"', () => {
    const negations = (s: string, t: string, o: typeof en | typeof ar) => flagged(check(s, t, o), ['negation-mismatch']);
    const en1 = '"We will not return to work before the company signs a written deal raising wages by 12%," he said.';
    expect(negations('He said the workers want a written deal raising wages by 12% before returning to work.', en1, en)).toEqual([]);
    expect(negations('He said the workers would return to work before the company signs a written deal.', en1, en)).toEqual(['return']);
    const ar1 = 'وأضاف "لن نعود إلى الأرصفة قبل أن توقّع الإدارة اتفاقا مكتوبا يضمن زيادة الأجور بنسبة 12 في المئة".';
    expect(negations('ويطالب العمال باتفاق مكتوب يرفع الأجور 12% قبل العودة إلى الأرصفة.', ar1, ar)).toEqual([]);
  });
});

describe('the seventy-fourth batch: a word of failing governs the verb joined to its own by "and"', () => {
  it('reads "failing to collect rubbish and clear blocked drains" as failing to clear them too', () => {
    const src =
      'Opposition lawmaker Brian Siame accused Lusaka City Council of failing to collect rubbish and clear blocked drains despite receiving 35 million kwacha.';
    const negations = (s: string) => flagged(check(s, src, en), ['negation-mismatch']);
    expect(negations('Opposition MP Brian Siame charged that the council had failed to clear rubbish and blocked drains.')).toEqual([]);
    expect(negations('Siame said the council had cleared blocked drains.')).toEqual(['cleared']);
  });
});

describe('the seventy-fifth batch: a denial of an object', () => {
  it('takes "said no cut had been made" to restate "denied any cut"; a confirmed cut still opposes it', () => {
    const claim = "The ministry's office said no cut had been made to outreach funding.";
    expect(flagged(check(claim, "The ministry's office denied any cut to outreach funding, saying it had grown.", en), ['negation-mismatch'])).toEqual([]);
    expect(flagged(check(claim, "The ministry's office confirmed a cut to outreach funding, saying it had to.", en), ['negation-mismatch'])).not.toEqual([]);
  });
});

describe('the seventy-sixth batch: an accusation reported against its denial', () => {
  const src = 'واتهمت جمعية المزارعين شركة الحصاد ببيع بذور فاسدة للمزارعين، غير أن مدير الشركة نفى ذلك، مؤكداً أن جميع بذوره مطابقة للمواصفات.';
  it('reads no dropped negation in a claim that keeps the accusation, and still one in a claim that states it as fact', () => {
    expect(flagged(check('وتتهم جمعية المزارعين شركة الحصاد ببيع بذور فاسدة للمزارعين.', src, ar), ['negation-mismatch'])).toEqual([]);
    expect(flagged(check('وباعت شركة الحصاد بذوراً فاسدة للمزارعين.', src, ar), ['negation-mismatch'])).not.toEqual([]);
  });
});

describe('the seventy-seventh to eightieth batches: ranges in words, a cardinal opening a range, a level past a currency code', () => {
  it('reads ثمانية آلاف وخمسة عشر ألف as a range, 8,000 to 15,000, not 8,015 and a stray ألف', () => {
    expect(figures('مقابل مبالغ بين ثمانية آلاف وخمسة عشر ألف دولار')).toEqual([
      ['ثمانية آلاف', 8000, null],
      ['وخمسة عشر ألف', 15000, null],
    ]);
    expect(figures('مقابل ثلاثة آلاف وخمسة عشر دولارا')).toEqual([['ثلاثة آلاف وخمسة عشر', 3015, null]]);
    const src = 'وعدلت نتائج الطلاب مقابل مبالغ تراوحت بين 8 آلاف و15 ألف دولار للطالب الواحد.';
    const numbers = (s: string) => flagged(check(s, src, ar), ['number-mismatch']);
    expect(numbers('وعُدلت النتائج لقاء مبالغ بين ثمانية آلاف وخمسة عشر ألف دولار للطالب.')).toEqual([]);
    expect(numbers('وعُدلت النتائج لقاء مبالغ بين ثمانية آلاف وخمسة وعشرين ألف دولار للطالب.')).not.toEqual([]);
  });
  it('reads a bare figure in words before و and a scaled one in that scale (بين أربعة وسبعة آلاف، between four and seven thousand)', () => {
    const src = 'واتهم التقرير مسؤولا سابقا بتلقي مبالغ تراوحت بين 4 آلاف و7 آلاف دينار من بعض أولياء الأمور.';
    const numbers = (s: string) => flagged(check(s, src, ar), ['number-mismatch']);
    expect(numbers('ويتهم التقرير مسؤولا سابقا بقبض ما بين أربعة وسبعة آلاف دينار من أولياء الأمور.')).toEqual([]);
    expect(numbers('ويتهم التقرير مسؤولا سابقا بقبض ما بين خمسة وسبعة آلاف دينار من أولياء الأمور.')).toEqual(['خمسة']);
    const en1 = 'The report accused a former official of taking between 4,000 and 7,000 dollars from some parents.';
    const english = (s: string) => flagged(check(s, en1, en), ['number-mismatch']);
    expect(english('An official was accused of taking between four and seven thousand dollars from parents.')).toEqual([]);
    expect(english('An official was accused of taking between five and seven thousand dollars from parents.')).toEqual(['five']);
  });
  it('reads سبع before إلى and a number as the cardinal seven, not a seventh', () => {
    expect(figures('يقلص عدد الشرائح من سبع إلى ثلاث')).toEqual([
      ['سبع', 7, null],
      ['ثلاث', 3, null],
    ]);
    expect(figures('يقلص عدد الشرائح بنحو سبع')).toEqual([['سبع', 14.29, 'about']]);
    const src = 'واعتمدت الهيئة هيكلا جديدا لتعرفة الكهرباء يقلص عدد الشرائح المنزلية من سبع إلى ثلاث.';
    expect(flagged(check('واعتمدت الهيئة تعرفة جديدة تختصر الشرائح المنزلية السبع إلى ثلاث.', src, ar), ['number-mismatch'])).toEqual([]);
  });
  it('reads the level after a change past a currency code glued to its sign ("by NZ$10,000 to NZ$30,000")', () => {
    const src = 'The government raised the maximum grant for first-home buyers to NZ$30,000 from NZ$20,000, the minister said.';
    const numbers = (s: string) => flagged(check(s, src, en), ['number-mismatch']);
    expect(numbers('The top grant for first-home buyers climbed by NZ$10,000 to NZ$30,000.')).toEqual([]);
    expect(numbers('The top grant for first-home buyers climbed by NZ$12,000 to NZ$30,000.')).toEqual(['12,000']);
  });
});

describe('the seventy-seventh to eightieth batches: a pronoun subject that negates, a counterfactual, a denial of a masdar', () => {
  it('reads "none of Pennant\'s 310 stores will shut" as keeping them open; "Pennant\'s 310 stores will shut" still opposes it', () => {
    const src =
      'The combined group would run 1,140 shops and employ about 58,000 people, and Harwell promised to keep all 310 Pennant stores open for at least two years.';
    const antonyms = (s: string) => flagged(check(s, src, en), ['antonym-mismatch']);
    expect(
      antonyms("The merged group will run 1,140 shops, and Harwell has pledged that none of Pennant's 310 stores will shut for a minimum of two years."),
    ).toEqual([]);
    expect(antonyms("The merged group will run 1,140 shops, and Harwell has pledged that Pennant's 310 stores will shut within two years.")).toEqual(['shut']);
  });
  it('reads "should have declared" as "had failed to declare"; "had declared" still drops the negation', () => {
    const src =
      "Kingston Mayor Gordon Petrie resigned on Monday, four days after the city's integrity commissioner found he had failed to declare a conflict of interest in votes on a housing project.";
    const negations = (s: string) => flagged(check(s, src, en), ['negation-mismatch']);
    expect(
      negations(
        'Petrie quit four days after the integrity commissioner ruled that he should have declared a conflict of interest before voting on a housing project.',
      ),
    ).toEqual([]);
    expect(
      negations('Petrie quit four days after the integrity commissioner ruled that he had declared a conflict of interest before voting on a housing project.'),
    ).toEqual(['declared']);
  });
  it('reads "الوزارة نفت علم أي من قادتها" as the ministry denying that its leaders knew, not as a speaker علم', () => {
    const src =
      'وادعى المحامي أن موكله كان ينفذ تعليمات شفهية من مسؤولين أعلى في الوزارة، وهو ما نفته الوزارة في بيان قالت فيه إن أيا من قياداتها لم يكن على علم بالتلاعب.';
    const rules = (s: string) => flagged(check(s, src, ar), ['negation-mismatch', 'attribution-mismatch']);
    expect(rules('وادعى المحامي أن موكله نفذ أوامر شفهية صدرت عن مسؤولين أرفع، لكن الوزارة نفت علم أي من قادتها بالتلاعب.')).toEqual([]);
    expect(rules('لكن الوزارة قالت إن قادتها كانوا على علم بالتلاعب.')).toEqual(['علم']);
    expect(rules('لكن الوزارة نفت التلاعب وأكدت علم قادتها به.')).toEqual(['علم']);
  });
});

describe('the seventy-eighth batch: the day a report was filed is no date of what it reports', () => {
  it('judges "From August 1" against the sentence that says August 1, not against the dateline\'s June 4', () => {
    expect(errorsOf(freshFaithful('b78-en-2-drug-price-deal'), ['entity-mismatch'])).toEqual([]);
    const src =
      "CANBERRA, June 4 (Reuters) - Australia's government has struck a deal with drugmaker Halvorsen to subsidise Respiva, cutting the cost for patients to A$31.60 per prescription. Under the agreement, which takes effect on August 1, the drug will be listed for five years.";
    const entities = (s: string) => flagged(check(s, src, en), ['entity-mismatch']);
    expect(entities('From August 1, patients will pay A$31.60 per prescription for Respiva under the deal with Halvorsen.')).toEqual([]);
    expect(entities('From September 1, patients will pay A$31.60 per prescription for Respiva under the deal with Halvorsen.')).toEqual(['September']);
  });
});

describe('the eightieth batch: a unit in capitals after a figure', () => {
  it('reads "3.8 million TEU" as a unit, not an unknown name; a name after a verb still is one', () => {
    expect(errorsOf(freshFaithful('b80-en-1-dockworkers-pay-deal'), ['unknown-name'])).toEqual([]);
    const src = 'The company reported last month that the number of containers handled at Felixstowe rose 3% in 2024 to 3.8 million.';
    const names = (s: string) => flagged(check(s, src, en), ['unknown-name']);
    expect(names('Company figures showed container volumes at the port climbing 3% to 3.8 million TEU in 2024.')).toEqual([]);
    expect(names('Company figures showed container volumes at the port climbing 3% to 3.8 million, Hutchison said.')).toEqual(['Hutchison']);
    // (a name right after a year is a name: one capital is no unit)
    expect(names('In 2024 Khan handled 3.8 million containers at the port.')).toEqual(['Khan']);
  });
});

describe('the eighty-seventh batch: a chain of constructs, "in every", a ratio "to one", an average, the past week, "until"', () => {
  it('reads ربع تكلفة البرنامج as a quarter; not ونصف مستواه السابق (two and a half times its level)', () => {
    expect(figures('سيتحمل صندوق حكومي ربع تكلفة البرنامج')).toEqual([['ربع', 25, null]]);
    expect(figures('ارتفع الأجر إلى مرتين ونصف مستواه السابق')).toEqual([]);
    expect(errorsOf(freshFaithful('b87-ar-1-oman-falaj-irrigation'), ['number-mismatch'])).toEqual([]);
  });
  it('reads تسعة ملفات من كل عشرة and "nine files in every ten" as 90%', () => {
    expect(figures('تسعة ملفات من كل عشرة')).toEqual([['تسعة ملفات من كل عشرة', 90, null]]);
    expect(figures('nine files in every ten')).toEqual([['nine files in every ten', 90, null]]);
    // (without "every" a noun between is no proportion: three people in five cities)
    expect(figures('three people in five cities')).toEqual([
      ['three', 3, null],
      ['five', 5, null],
    ]);
  });
  it('reads "five to one" without a.m. or o\'clock as a ratio, not 12:55', () => {
    expect(figures('would fall from roughly five to one to just over two to one')).toEqual([
      ['five', 5, 'about'],
      ['two', 2, 'over'],
      ['one', 1, null],
    ]);
    expect(figures('at five to one in the morning')).toEqual([
      ['five', 55, null],
      ['one', 12, null],
    ]);
    expect(errorsOf(freshFaithful('b87-en-2-pension-age-reform'), ['number-mismatch'])).toEqual([]);
  });
  it('reads a figure near a word of an average as a quotient of two support figures', () => {
    const src = 'وألزمت المحكمة 14 عائلة بإخلاء شققها مقابل تعويضات إجمالية قدرها 420 ألف دولار يدفعها مالك العقار.';
    const numbers = (s: string) => flagged(check(s, src, ar), ['number-mismatch']);
    expect(numbers('وألزمت المحكمة 14 عائلة بإخلاء شققها مقابل 420 ألف دولار، أي ثلاثون ألفا في المتوسط لكل عائلة.')).toEqual([]);
    expect(numbers('وألزمت المحكمة 14 عائلة بإخلاء شققها مقابل 420 ألف دولار، أي أربعون ألفا في المتوسط لكل عائلة.')).toEqual(['أربعون ألفا']);
    // (لكل, "for each", is such a word too, a rate's; with none, a figure that happens to equal a quotient is a changed figure)
    expect(numbers('وألزمت المحكمة 14 عائلة بإخلاء شققها مقابل 420 ألف دولار، أي ثلاثون ألفا لكل عائلة.')).toEqual([]);
    expect(numbers('وألزمت المحكمة 14 عائلة بإخلاء شققها مقابل 420 ألف دولار، ودفع المالك ثلاثين ألفا لمحاميه.')).toEqual(['ثلاثين ألفا']);
  });
  it('reads "in the past seven days" for "over the past week", and a sevenfold is no week', () => {
    const src = 'Health officials confirmed 27 new measles cases in South Auckland over the past week.';
    const numbers = (s: string) => flagged(check(s, src, en), ['number-mismatch']);
    expect(numbers('Officials reported 27 additional measles infections in South Auckland in the past seven days.')).toEqual([]);
    expect(numbers('Officials reported 27 additional measles infections in South Auckland in the past nine days.')).toEqual(['nine']);
    const ar1 = 'وسجلت السلطات 27 إصابة جديدة خلال الأسبوع الماضي.';
    expect(flagged(check('وسجلت 27 إصابة جديدة في الأيام السبعة الماضية.', ar1, ar), ['number-mismatch'])).toEqual([]);
    expect(flagged(check('وسجلت السلطات إصابات تزيد على سبعة أضعاف الأسبوع الماضي.', ar1, ar), ['number-mismatch'])).toEqual(['سبعة']);
  });
  it('reads "over four years" after a verb as the span\'s length, not "more than four"', () => {
    const src =
      'The increase will be phased in over six years from January 2025, the age going up by two months every year. The ratio of workers to pensioners would fall from roughly five to one to just over two to one.';
    const numbers = (s: string) => errorsOf(check(s, src, en), ['number-mismatch']);
    // (read as "more than four", the ratio's five of the other sentence held it: a warning, not an error)
    expect(numbers('The plan lifts the age by two months a year over four years starting in January 2025.')).toEqual(['four']);
    expect(numbers('The plan lifts the age by two months a year over six years starting in January 2025.')).toEqual([]);
  });
  it('reads a state held until a time as its opposite from that time ("open until" for "closes on")', () => {
    expect(errorsOf(freshFaithful('b87-ar-2-morocco-crop-insurance'), ['antonym-mismatch', 'number-mismatch'])).toEqual([]);
    const src = fs.readFileSync('probes/fresh/b87-ar-2-morocco-crop-insurance/source.txt', 'utf8');
    const antonyms = (s: string) => flagged(check(s, src, ar), ['antonym-mismatch']);
    expect(antonyms('ويظل الاكتتاب فيها مفتوحا حتى آخر يوم من ديسمبر.')).toEqual([]);
    expect(antonyms('ويظل الاكتتاب فيها مفتوحا بعد آخر يوم من ديسمبر.')).toEqual(['مفتوحا']);
  });
});

describe('more Arabic given names (lexicons/reporting.json arabicGivenNames): a swapped name after a title is an unknown name', () => {
  it("flags نادين حمادة for the source's judge, and not يسري (applies) nor شهد (witnessed) as names", () => {
    const src = 'وأوكلت القاضية ريم الخوري إلى المحامي جوزيف قزي إدارة التفليسة، على أن يسري القرار فورا، في قضية شهد فيها موظفون.';
    const names = (s: string) => flagged(check(s, src, ar), ['unknown-name']);
    expect(names('وأوكلت القاضية نادين حمادة إلى المحامي جوزيف قزي إدارة التفليسة.')).toEqual(['نادين']);
    expect(names('وأوكلت القاضية ريم الخوري إدارة التفليسة إلى المحامي جوزيف قزي، ويسري القرار فورا بعد جلسة شهد فيها الموظفون.')).toEqual([]);
  });
});

describe('an allegation runs on past "but" that joins a second verb to its subject', () => {
  it('flags "had known about the fault … and kept it quiet" stated as fact; the claimant\'s own "…, but declined" is not alleged', () => {
    const src =
      'Opposition water spokesman Lachlan Mercer claimed the utility had known about the fault since at least mid-2022 but kept it quiet until a customer complaint went public.';
    const attribution = (s: string, t = src) => flagged(check(s, t, en), ['attribution-mismatch']);
    expect(attribution('The utility had known about the fault since at least mid-2022 and kept it quiet until a customer complaint went public.')).toEqual([
      'utility had known about the fault since at least mid-2022 and kept it quiet until a customer complaint went public',
    ]);
    expect(attribution('Mercer claimed the utility had known about the fault since mid-2022 and kept it quiet until a complaint went public.')).toEqual([]);
    expect(
      attribution('Mercer declined to give details about the fault.', 'Mercer claimed the utility had known about the fault, but declined to give details.'),
    ).toEqual([]);
  });
});

describe("a clause that opens with وقد is the writer's own, not the speech of the verb before it (reporting.json narratorOpeners)", () => {
  it('flags "وقد أدرجت الشركة 900 عامل وهمي" after "ويتهم عضو المجلس …" as an allegation stated as fact; the accusation clause stays attributed', () => {
    const src = 'واتهم عضو المجلس حيدر السعد الشركة المتعاقدة على تنظيف مركز المدينة بتسجيل 900 عامل وهمي في كشوف رواتبها وترك أحياء بأكملها دون رفع للنفايات.';
    const attribution = (s: string) => flagged(check(s, src, ar), ['attribution-mismatch']);
    expect(attribution('ويتهم عضو المجلس حيدر السعد الشركة بإهمال أحياء بأكملها دون رفع للنفايات، وقد أدرجت الشركة 900 عامل وهمي في كشوف رواتبها.')).toEqual([
      'الشركة 900 عامل وهمي في كشوف رواتبها',
    ]);
    expect(attribution('ويتهم عضو المجلس حيدر السعد الشركة بإهمال أحياء بأكملها دون رفع للنفايات وبإدراج 900 عامل وهمي في كشوف رواتبها.')).toEqual([]);
  });
});

describe('an amount noun with a pronoun glued on is moved by the verb beside it, no side of its own (antonyms.json amountNouns)', () => {
  it('flags "وارتفع صافي ربحها 22 في المئة" against "بينما انخفض صافي ربحها 22 في المئة" in a sentence whose other clause rose', () => {
    const src = 'وأظهرت نتائج الشركة للربع الأول ارتفاع مبيعاتها 15 في المئة إلى 480 مليون جنيه، بينما انخفض صافي ربحها 22 في المئة.';
    const antonyms = (s: string) => flagged(check(s, src, ar), ['antonym-mismatch']);
    expect(antonyms('وارتفع صافي ربحها 22 في المئة.')).toEqual(['وارتفع']);
    expect(antonyms('وانخفض صافي ربحها 22 في المئة.')).toEqual([]);
  });
});

describe('"up from" and "down from" after a figure say which way it moved (antonyms.json changeParticles)', () => {
  const src =
    "Wind supplied 34% of Ireland's electricity last year, up from 33% in 2023, according to grid operator figures, while the share of gas fell to 41%.";
  const antonyms = (s: string) => flagged(check(s, src, en), ['antonym-mismatch']);
  it('sets "fell to 34%" against "34%, up from 33%", and leaves "rose to 34%" and the gas clause alone', () => {
    expect(antonyms("Wind's share of Irish electricity fell to 34% last year, while gas's share slipped to 41%.")).toEqual(['fell']);
    expect(antonyms("Wind's share of Irish electricity rose to 34% last year, while gas's share slipped to 41%.")).toEqual([]);
  });
  it('reads the particle in a claim too, and alone ("up", "down" with no "from") as no side', () => {
    expect(antonyms('Wind supplied 34% of Irish electricity last year, down from 33% in 2023.')).toEqual(['down']);
    expect(antonyms('Wind supplied 34% of Irish electricity last year as turbines went up across the west.')).toEqual([]);
  });
});

describe('the ninetieth batch: a word of starting that says when, a participle of saying after a denial, a denied complement', () => {
  it('reads "ابتداء من يوم الاثنين" as a time, no start that "التوقف عن التدريس" opposes', () => {
    expect(errorsOf(freshFaithful('b90-ar-3-teachers-bonus-dispute'), ['antonym-mismatch'])).toEqual([]);
    const src = 'وأعلنت الرابطة الإضراب عن التدريس لمدة أسبوع ابتداء من يوم الاثنين المقبل.';
    const antonyms = (s: string) => flagged(check(s, src, ar), ['antonym-mismatch']);
    expect(antonyms('ويعتزم الأساتذة التوقف عن التدريس أسبوعا كاملا بدءا من الاثنين المقبل.')).toEqual([]);
    // (a start the source states is still one: بدأ التدريس against توقف)
    expect(flagged(check('وتوقف التدريس يوم الاثنين.', 'وبدأ التدريس يوم الاثنين بعد العطلة.', ar), ['antonym-mismatch'])).toEqual(['وتوقف']);
  });
  it('reads "وهو ما نفاه …، مؤكدا أن …" as a denial, no confirmation that a claim\'s نفى opposes', () => {
    expect(errorsOf(freshFaithful('b90-ar-6-gold-price'), ['antonym-mismatch'])).toEqual([]);
  });
  it('reads "نفى التازي أن تكون المديرية قد تسلمت أي تقرير" as keeping "لم تتسلم"; "أكد أنها تسلمت" still drops it', () => {
    expect(errorsOf(freshFaithful('b90-ar-7-pharmacy-licence-scandal'), ['negation-mismatch'])).toEqual([]);
    const src = 'ونفى التازي ذلك، مؤكدا أن المديرية لم تتسلم أي تقرير مكتوب بهذا الشأن.';
    const negations = (s: string) => flagged(check(s, src, ar), ['negation-mismatch']);
    expect(negations('في حين نفى التازي أن تكون المديرية قد تسلمت أي تقرير مكتوب.')).toEqual([]);
    expect(negations('في حين أقر التازي بأن المديرية تسلمت تقريرا مكتوبا.')).not.toEqual([]);
  });
});

describe('an attribution that closes its sentence gives its speaker what follows the last semicolon before it', () => {
  const src = fs.readFileSync('probes/fresh/b89-en-7-rugby-club-administration/source.txt', 'utf8');
  const speakers = (s: string) => flagged(check(s, src, en), ['attribution-mismatch']);
  const before =
    'The 11 paid employees will stay on for a minimum of eight weeks while administrators from Belfast firm Corrigan Hale look for a buyer or investor;';
  it('sets the chairman against the lead administrator, though the clause before the semicolon names the firm "Corrigan Hale"', () => {
    expect(speakers(`${before} three serious expressions of interest have already come in, chairman Desmond Reilly said.`)).toEqual([
      'chairman Desmond Reilly',
    ]);
  });
  it('leaves the lead administrator, who said it, alone', () => {
    expect(speakers(`${before} three serious expressions of interest have already come in, lead administrator Niall Corrigan said.`)).toEqual([]);
  });
});

describe('England and English are a country and its adjective (lexicons/entities.json country)', () => {
  it('reads "northern English housing associations" as the source\'s "northern England", and "English" for "Scottish" as a swap', () => {
    const src = "MANCHESTER, England, June 4 (Reuters) - Two of northern England's largest housing associations said their tenants had approved a merger.";
    expect(
      flagged(check('Tenants have voted to combine the two northern English housing associations.', src, en), ['unknown-name', 'entity-mismatch']),
    ).toEqual([]);
    expect(flagged(check('The English club lost 3-1.', 'The Scottish club lost 3-1 at home on Saturday.', en), ['entity-mismatch'])).toEqual(['English']);
  });
  it('still reads the language against a source that names no England as an unknown name', () => {
    expect(flagged(check('The paper is published in English.', 'The Cardiff paper, founded in 1869, is published in Welsh.', en), ['unknown-name'])).toEqual([
      'English',
    ]);
  });
});

describe('the 81st-82nd batches: a figure\'s hedge is no word a negation negates; "not … until" a time says when', () => {
  it('reads "around one-fifth of its budget" as taking nothing of a quote\'s "nothing else around here"', () => {
    expect(errorsOf(freshFaithful('b81-en-9-power-station-closure'), ['negation-mismatch'])).toEqual([]);
    const src =
      'Officials say the closure will cost the county about $6.2 million a year in tax revenue, roughly a fifth of its budget. "There\'s nothing else around here that pays like this," he said.';
    const negations = (s: string) => flagged(check(s, src, en), ['negation-mismatch']);
    expect(negations('The closure will cost the county $6.2 million a year in taxes, around one-fifth of its budget.')).toEqual([]);
    // (the word itself, unhedged, is still read: "something else around here pays as well" drops the quote's "nothing")
    expect(negations('There is something else around here that pays like this, he said.')).not.toEqual([]);
  });
  it('reads "not recovered until Tuesday evening" as restated by "retrieved only on Tuesday evening", not by another time', () => {
    expect(errorsOf(freshFaithful('b82-en-9-coal-mine-methane-blast'), ['negation-mismatch'])).toEqual([]);
    const src =
      'Rescue teams brought 20 men out unhurt within six hours, but the last bodies were not recovered until Tuesday evening, said police chief Rakesh Mahto.';
    const negations = (s: string) => flagged(check(s, src, en), ['negation-mismatch']);
    expect(negations('The last bodies were retrieved only on Tuesday evening.')).toEqual([]);
    expect(negations('The last bodies were retrieved on Monday evening.')).not.toEqual([]);
  });
  it('reads حتى الآن as "so far", no time: "كشف حتى الآن" still drops "لم يكشف حتى الآن"', () => {
    const src = 'وأضاف أن الخلل تقني، وأن التحقيق لم يكشف حتى الآن عن أي تلاعب متعمد.';
    expect(flagged(check('وأكد أن التحقيق كشف حتى الآن عن تلاعب متعمد.', src, ar), ['negation-mismatch'])).not.toEqual([]);
  });
});

describe('the 81st-82nd batches: ونصفاً after a unit, ردّت محكمة as a refusal, a governor named by his role and his name', () => {
  it('reads "سبعة قناطير ونصفاً" as 7.5', () => {
    expect(errorsOf(freshFaithful('b82-ar-1-cotton-harvest'), ['number-mismatch'])).toEqual([]);
    expect(figures('بلغت إنتاجية الفدان سبعة قناطير ونصفاً.').map(([, v]) => v)).toEqual([7]);
    expect(flagged(check('وبلغت إنتاجية الفدان سبعة قناطير ونصفاً.', 'وقال إن إنتاجية الفدان بلغت 7.5 قنطار.', ar), ['number-mismatch'])).toEqual([]);
    expect(flagged(check('وبلغت إنتاجية الفدان سبعة قناطير ونصفاً.', 'وقال إن إنتاجية الفدان بلغت 8.5 قنطار.', ar), ['number-mismatch'])).not.toEqual([]);
  });
  it('reads "ردّت محكمة الاستئناف … طعناً" as the source\'s "رفضت محكمة الاستئناف … الطعن"', () => {
    expect(errorsOf(freshFaithful('b82-ar-5-rent-court-ruling'), ['negation-mismatch'])).toEqual([]);
  });
  it('reads "غير أن الجبوري نفى ذلك" as the denial of "المحافظ", whom the source named "محافظ نينوى عبد الرزاق الجبوري"', () => {
    expect(errorsOf(freshFaithful('b81-ar-2-mosul-bridge-contract'), ['attribution-mismatch'])).toEqual([]);
    // (another speaker who denies it is still a wrong one)
    const src = fs.readFileSync('probes/fresh/b81-ar-2-mosul-bridge-contract/source.txt', 'utf8');
    expect(
      flagged(check('لكن الحمداني اتهم الإدارة بإرساء العقد دون منافسة، غير أن الطائي نفى ذلك، قائلا إن سبع شركات تنافست.', src, ar), ['attribution-mismatch']),
    ).not.toEqual([]);
  });
});

describe('a share "of them" is a count of the figure before it (numbers.json shareOfWords, shareOfPointers)', () => {
  it('reads "220 workers … about half of them" as 110, and "40 percent of them" of 300 as 120', () => {
    expect(errorsOf(freshFaithful('b82-en-10-steel-tariff-dispute'), ['number-mismatch'])).toEqual([]);
    expect(sourceReadings(tokenize('The firm laid off 220 workers in January and would recall about half of them.'))).toContain(110);
    expect(sourceReadings(tokenize('It hired 300 staff, 40 percent of them women.'))).toContain(120);
  });
  it('reads no count of "five of them" and none of a share with no pointer back', () => {
    expect(sourceReadings(tokenize('Of 12 boats, five of them sank.'))).toEqual([]);
    expect(sourceReadings(tokenize('The firm laid off 220 workers and half of the plant closed.'))).not.toContain(110);
  });
});

describe('the 83rd-84th batches: a subject told at length before its figure, a short opener before a statement', () => {
  it('reads the words between a word of direction and its figure for the part of a mixed sentence the claim is about', () => {
    expect(errorsOf(freshFaithful('b84-ar-1-central-bank-gold'), ['antonym-mismatch'])).toEqual([]);
    expect(errorsOf(freshFaithful('b83-ar-1-bank-quarterly-profit'), ['antonym-mismatch'])).toEqual([]);
    const src =
      'وأظهرت بيانات البنك أن نسبة الذهب في الاحتياطيات الدولية صعدت إلى 24 بالمئة من 19 بالمئة قبل عام، بينما تراجعت حصة الدولار الأمريكي إلى 61 بالمئة من 67 بالمئة.';
    const antonyms = (s: string) => flagged(check(s, src, ar), ['antonym-mismatch']);
    expect(antonyms('وصعدت حصة المعدن الأصفر من الاحتياطيات الدولية إلى أربعة وعشرين في المئة بعدما كانت تسعة عشر في المئة قبل عام.')).toEqual([]);
    // (the gold's own words still meet its part: a flip is an opposite)
    expect(antonyms('وتراجعت نسبة الذهب في الاحتياطيات الدولية إلى أربعة وعشرين في المئة.')).toEqual(['وتراجعت']);
  });
  it('joins "ومن جهته" to the statement a short verb of saying opens after it', () => {
    expect(errorsOf(freshFaithful('b83-ar-7-hospital-privatisation-plan'), ['unsupported-claim'])).toEqual([]);
    const a = analyze('ومن جهته، أعلن المصري أن النقابة ستعتصم أمام المستشفى الاثنين المقبل، ملوّحا باللجوء إلى إضراب مفتوح.', {
      prefix: 's',
      claims: true,
      lang: 'ar',
    });
    expect(a.claims.map((c) => c.text)[0]).toMatch(/^ومن جهته، أعلن المصري أن النقابة/);
  });
});

describe('the 83rd-84th batches: a charge that closes its clause, a negation a word of checking asks', () => {
  it('gives the clause before ", union president Marc Lévesque charged" to him, no allegation stated as fact', () => {
    expect(errorsOf(freshFaithful('b83-en-2-freight-rail-strike'), ['attribution-mismatch'])).toEqual([]);
    const src = fs.readFileSync('probes/fresh/b83-en-2-freight-rail-strike/source.txt', 'utf8');
    // (stated without him, it is one)
    expect(
      flagged(check("Crews were being made to work shifts of as long as 16 hours in disregard of the company's own fatigue rules.", src, en), [
        'attribution-mismatch',
      ]),
    ).not.toEqual([]);
  });
  it('reads "التحقق من عدم وجود قضايا أخرى" as asked, which "احتمال وجود قضايا أخرى" restates; said plainly it is dropped', () => {
    expect(errorsOf(freshFaithful('b84-ar-8-prisoners-release'), ['negation-mismatch'])).toEqual([]);
    const negations = (s: string, t: string) => flagged(check(s, t, ar), ['negation-mismatch']);
    expect(
      negations('وعزا التأخير إلى التدقيق في احتمال وجود قضايا أخرى بحق بعضهم.', 'مرجعا التأخير إلى التحقق من عدم وجود قضايا أخرى بحق بعض المشمولين.'),
    ).toEqual([]);
    expect(negations('وأكد وجود قضايا أخرى بحق بعضهم.', 'وأكد عدم وجود قضايا أخرى بحق بعض المشمولين.')).not.toEqual([]);
  });
});

describe('a given name of two words (عبد الرحيم) before a swapped surname (reporting.json compoundNamePrefixes)', () => {
  const src = 'وقال وزير التربية الوطنية عبد الرحيم بنعلي، عقب جلسة حوار استمرت نحو عشر ساعات، إن كلفة الاتفاق ستبلغ 6 مليارات درهم سنويا.';
  const names = (s: string) => flagged(check(s, src, ar), ['unknown-name', 'entity-mismatch'], (f) => f.severity === 'error');
  it("reads التازي, a nisba and a dictionary word, as another surname after the source's عبد الرحيم", () => {
    expect(names('ويرى وزير التربية الوطنية عبد الرحيم التازي أن كلفة الاتفاق ستبلغ ستة مليارات درهم سنويا.')).toEqual(['التازي']);
  });
  it("leaves the source's own name alone", () => {
    expect(names('ويرى وزير التربية الوطنية عبد الرحيم بنعلي أن كلفة الاتفاق ستبلغ ستة مليارات درهم سنويا.')).toEqual([]);
  });
});

describe('the 83rd-85th batches: a relative aside is no subject of a word of direction; "down 44%" says which way', () => {
  it('reads "condemned" against the source\'s "welcomed" past ", whose organisation gathered 8,700 signatures against the scheme,"', () => {
    const src = fs.readFileSync('probes/fresh/b83-en-5-casino-licence-refusal/source.txt', 'utf8');
    const antonyms = (s: string) => flagged(check(s, src, en), ['antonym-mismatch']);
    expect(antonyms('Campaigner Peter Mokoena, whose organisation gathered 8,700 signatures against the scheme, condemned the decision.')).toEqual([
      'condemned',
    ]);
    expect(antonyms('Campaigner Peter Mokoena, whose organisation gathered 8,700 signatures against the scheme, welcomed the decision.')).toEqual([]);
  });
  it('reads "counter transactions down 44%" as a fall, which "have surged by 44%" opposes and "dropped by 44%" restates', () => {
    const src =
      'Chief executive Fiona Gallagher said the closures reflected a sharp shift in how customers bank, with counter transactions down 44% since 2019 while mobile app logins rose 31% over the same period.';
    const antonyms = (s: string) => flagged(check(s, src, en), ['antonym-mismatch']);
    expect(antonyms('Since 2019, app logins have climbed by 31%, while over-the-counter transactions have surged by 44%.')).toEqual(['surged']);
    expect(antonyms('Since 2019, app logins have climbed by 31%, while over-the-counter transactions have dropped by 44%.')).toEqual([]);
  });
  it('reads a particle before a figure with a comparative after it as a phrasal verb\'s: "turned up 44% fewer young salmon"', () => {
    expect(errorsOf(freshFaithful('b85-en-4-river-salmon-decline'), ['antonym-mismatch'])).toEqual([]);
  });
});

describe('an Arabic participle of direction before its figure says which way (antonyms.json directionParticiples)', () => {
  const src = 'وكان سهم الشركة قد أغلق يوم الخميس الماضي عند 87 فلسا، منخفضا بنسبة 23 بالمئة منذ بداية العام، فيما ارتفعت أحجام التداول عليه.';
  const antonyms = (s: string) => flagged(check(s, src, ar), ['antonym-mismatch']);
  it('sets "صعد السهم 23 في المئة" against "منخفضا بنسبة 23 بالمئة", and leaves "تراجع" alone', () => {
    expect(antonyms('وقد صعد السهم 23 في المئة منذ مطلع السنة ليغلق الخميس الماضي عند 87 فلسا.')).toEqual(['صعد']);
    expect(antonyms('وقد تراجع السهم 23 في المئة منذ مطلع السنة ليغلق الخميس الماضي عند 87 فلسا.')).toEqual([]);
  });
  it('reads no side of the adjective without a figure after it (أسعار منخفضة)', () => {
    expect(antonyms('وارتفعت أحجام التداول على السهم رغم أسعاره المنخفضة.')).toEqual([]);
  });
});

describe('an elliptical "but not to X" negates the clause before for the words of X (negation.json ellipsisPrepositions)', () => {
  const src =
    "The cuts apply to new customers and to existing customers coming off fixed-rate deals, but not to borrowers on the bank's tracker or standard variable rates, which will remain unchanged.";
  const negations = (s: string) => flagged(check(s, src, en), ['negation-mismatch']);
  it('reads "will apply to customers on tracker or standard variable rates" as dropping it', () => {
    expect(negations('The reduction will apply to customers on tracker or standard variable rates.')).not.toEqual([]);
  });
  it('leaves "will not apply to customers on tracker rates" and the new customers alone', () => {
    expect(negations('The reduction will not apply to customers on tracker or standard variable rates.')).toEqual([]);
    expect(negations('The reduction will apply to new customers and to those coming off fixed-rate deals.')).toEqual([]);
  });
});

describe('a percent with "fewer" or "more" after it is a relative change, no difference of two source figures', () => {
  const src =
    'Revenue rose 6% to 612 million pounds in the 12 months to Dec. 31. Sales volumes dropped 9%, while the average price of each item sold climbed 17%.';
  const numbers = (s: string) => flagged(check(s, src, en), ['number-mismatch']);
  it('reads "sold 19% fewer items" against the source\'s 9% as a changed figure, not as 31 - 12', () => {
    expect(numbers('Turnover grew 6% to £612 million, yet the firm sold 19% fewer items even as the average price of each one went up 17%.')).toEqual(['19']);
    expect(numbers('Turnover grew 6% to £612 million, yet the firm sold 9% fewer items even as the average price of each one went up 17%.')).toEqual([]);
  });
  it('still reads a count with "fewer" after it as a difference ("some 50 fewer than a year before")', () => {
    expect(
      flagged(check('About 50 fewer people attended than a year before.', 'About 310 people attended last year and about 260 this year.', en), [
        'number-mismatch',
      ]),
    ).toEqual([]);
  });
});

describe('the 86th batch: ", which X rejected, saying …" is the denier\'s; "a tenth dearer" is a share', () => {
  it('ends the accuser\'s statement at ", which Gallacher rejected" and gives "saying none had been paid" to Gallacher', () => {
    expect(errorsOf(freshFaithful('b86-en-2-tram-fare-rise'), ['attribution-mismatch'])).toEqual([]);
    const s =
      'Tram Users Scotland alleged that the increase was meant to pay for bonuses for senior managers, which Gallacher rejected, saying none had been paid for 2023-24.';
    const t = tokenize(s);
    expect(speakersOf(s, t).map((x) => x.tokens.map((w) => w.text).join(' '))).toEqual(['Tram Users Scotland', 'Gallacher']);
  });
  it('reads "a tenth dearer" as 10%, and "a fifth dearer" against it as a changed figure', () => {
    const src = 'Day tickets will go up 10% to 5.50 pounds, but a monthly pass will fall from 68 pounds to 64 pounds.';
    const numbers = (s: string) => flagged(check(s, src, en), ['number-mismatch']);
    expect(numbers('Day tickets would become a tenth dearer at 5.50 pounds.')).toEqual([]);
    expect(numbers('Day tickets would become a fifth dearer at 5.50 pounds.')).toEqual(['a fifth']);
  });
});

describe("قائلاً is a participle of saying (reporting.json sayingParticiples), which tells a denier's own account, no confirmation of what he denied", () => {
  it('reads "في حين يؤكد الوزير أن المسودة طُرحت" as the account of "ونفى الوزير ذلك، قائلا إن مسودة القانون نوقشت علنا"', () => {
    expect(errorsOf(freshFaithful('b86-ar-8-press-law-amendment'), ['antonym-mismatch'])).toEqual([]);
    const src = fs.readFileSync('probes/fresh/b86-ar-8-press-law-amendment/source.txt', 'utf8');
    // (an admission of "that" is still the opposite of its denial)
    expect(flagged(check('واعترف وزير الإعلام كميل أبو جودة بذلك.', src, ar), ['antonym-mismatch'])).toEqual(['واعترف']);
  });
  it('reads "قائلاً إن" as who says it, no content word the source lacks', () => {
    expect(errorsOf(freshFaithful('b44-ar-8-visa-fee-hike'), ['unsupported-span', 'unsupported-claim'])).toEqual([]);
  });
});

describe('a negated verb of saying is what its cue negates: "nobody has told us what the trucks will do"', () => {
  const src = '"I got a fair price, but nobody has told us what the trucks will do to our roads," Kemper said.';
  const negations = (s: string) => flagged(check(s, src, en), ['negation-mismatch']);
  it('leaves "he feared what the trucks would do to local roads" alone, and still reads a plain negation', () => {
    expect(errorsOf(freshFaithful('b86-en-1-chip-plant-investment'), ['negation-mismatch'])).toEqual([]);
    expect(negations('Kemper said the price was fair but that he feared what the trucks would do to local roads.')).toEqual([]);
    // (a negation of what follows, with no verb of saying between, is still read)
    expect(
      flagged(check('The trucks will use the village roads.', 'The trucks will not use the village roads, Kemper said.', en), ['negation-mismatch']),
    ).not.toEqual([]);
  });
});

describe('a verb of saying inside what a claim states gives it to no speaker (reporting.json gerundPrepositions, embeddedSaying)', () => {
  it('reads "for having criticised" and "when he said" as part of an allegation stated as fact', () => {
    const orchestra = fs.readFileSync('probes/fresh/b82-en-8-orchestra-funding-row/source.txt', 'utf8');
    const asFact = (s: string, src: string) => flagged(check(s, src, en), ['attribution-mismatch'], (f) => f.messageId === 'asFact');
    expect(
      asFact('The agency was punishing the ensemble for having criticised its funding criteria in a submission to parliament in March.', orchestra),
    ).not.toEqual([]);
    const bonds = fs.readFileSync('probes/fresh/b83-en-8-bond-market-sell-off/source.txt', 'utf8');
    expect(asFact('Chancellor Edward Lyle misled parliament in September when he said no extra borrowing would be required this year.', bonds)).not.toEqual([]);
  });
  it('still gives the allegation to its accuser when the claim names one', () => {
    const bonds = fs.readFileSync('probes/fresh/b83-en-8-bond-market-sell-off/source.txt', 'utf8');
    expect(
      flagged(
        check('Robert Hale accused Chancellor Edward Lyle of misleading parliament when he said no extra borrowing would be required this year.', bonds, en),
        ['attribution-mismatch'],
      ),
    ).toEqual([]);
  });
});

describe('", which X denied" is read for its denier: the source\'s denier of the accusation the support set carries', () => {
  it('sets "which Baird denied" against "Sinclair denied the accusation", and leaves Sinclair alone', () => {
    const src = fs.readFileSync('probes/fresh/b63-en-7-music-festival-tickets/source.txt', 'utf8');
    const al = fs.readFileSync('probes/fresh/b63-en-7-music-festival-tickets/altered.txt', 'utf8');
    const speakers = (s: string) => flagged(check(s, src, en), ['attribution-mismatch'], (f) => f.messageId === 'otherSpeaker');
    expect(speakers(al)).toContain('Baird');
    expect(speakers(al.replace('which Baird denied', 'which Sinclair denied'))).not.toContain('Sinclair');
  });
  it('reads no name against a denier the source describes in lower case ("an accusation the company denied")', () => {
    expect(errorsOf(freshFaithful('b92-en-6-nuclear-plant-delay'), ['attribution-mismatch'])).toEqual([]);
    expect(errorsOf(freshFaithful('b64-en-4-regional-airline-route'), ['attribution-mismatch'])).toEqual([]);
  });
});

describe('after a given name of two words, only a word that reads as a surname is one', () => {
  it('reads no surname in "قال عبد الله رفض …", a verb after the name', () => {
    const src = 'وقال وزير الطاقة عبد الله المنصوري إن الحكومة ستراجع الترخيص خلال شهر.';
    expect(flagged(check('وقال وزير الطاقة عبد الله رفض الطلب لأن الشركة لم تقدم دراسة بيئية.', src, ar), ['unknown-name'])).toEqual([]);
    expect(flagged(check('وقال وزير الطاقة عبد الله الكعبي إن الحكومة ستراجع الترخيص خلال شهر.', src, ar), ['unknown-name', 'entity-mismatch'])).toEqual([
      'الكعبي',
    ]);
  });
});

describe('أكادير is أغادير (lexicons/entities.json city)', () => {
  it('sets "بأكادير" against the source\'s مراكش, and reads it as the source\'s أغادير', () => {
    const names = (s: string, t: string) => flagged(check(s, t, ar), ['entity-mismatch', 'unknown-name']);
    expect(names('وانقلبت الحافلة بأكادير صباح الأحد.', 'وانقلبت الحافلة قرب مراكش صباح الأحد.')).toEqual(['بأكادير']);
    expect(names('وانقلبت الحافلة بأكادير صباح الأحد.', 'وانقلبت الحافلة قرب أغادير صباح الأحد.')).toEqual([]);
  });
});

describe('بلدية، قضاء، مطار and قرب before a city that is also a common word make it one (entities.json placeBefore)', () => {
  it('sets "بلدية سوسة" against the source\'s صفاقس, and leaves the source\'s own سوسة alone', () => {
    const names = (s: string, t: string) => flagged(check(s, t, ar), ['entity-mismatch', 'unknown-name']);
    expect(names('وأضرب عمال النظافة في بلدية سوسة التونسية منذ الاثنين.', 'وأضرب عمال النظافة في بلدية صفاقس التونسية منذ يوم الاثنين.')).toEqual(['سوسة']);
    expect(names('وأضرب عمال النظافة في بلدية سوسة التونسية منذ الاثنين.', 'وأضرب عمال النظافة في مدينة سوسة التونسية منذ يوم الاثنين.')).toEqual([]);
  });
});

describe('denied against admitted, when both statements negate the same words after the verb', () => {
  it('flags "after denying he had followed instructions not to ride" against "after admitting …", and not an affirmed negation', () => {
    const src = 'Rix was banned for three years after admitting he had followed instructions not to ride his mounts to their full ability.';
    const opposite = (s: string) => flagged(check(s, src, en), ['antonym-mismatch']);
    expect(opposite('Rix was banned after denying he had followed instructions not to ride his mounts to their full ability.')).toEqual(['denying']);
    // (to affirm a negation is still to deny: one side's negation the other lacks)
    const denial = 'Rix denied he had followed instructions to hold back his mounts.';
    expect(flagged(check('Rix confirmed he had not followed instructions to hold back his mounts.', denial, en), ['antonym-mismatch'])).toEqual([]);
    expect(flagged(check('Rix confirmed he had followed instructions to hold back his mounts.', denial, en), ['antonym-mismatch'])).toEqual(['confirmed']);
  });
});

describe('"no longer" negates the word after "longer" (lexicons/negation.json noLonger)', () => {
  it('flags "will no longer be exempt" against "will remain exempt", and not against "will stop being exempt"', () => {
    const negation = (s: string, t: string) => flagged(check(s, t, en), ['negation-mismatch']);
    expect(negation('Bottled water and infant formula will no longer be exempt.', 'Bottled water and infant formula will remain exempt, she said.')).toEqual([
      'no longer be exempt',
    ]);
    expect(
      negation('Bottled water and infant formula will no longer be exempt.', 'Bottled water and infant formula will stop being exempt, she said.'),
    ).toEqual([]);
  });
});

describe('an Arabic denier before a back-reference (ونفى X ذلك، هذه الاتهامات) or after "وهو ما نفاه"', () => {
  const src =
    'وقال مدير ماء البصرة جاسم الحلفي إن تركيز الأملاح ارتفع هذا الصيف. واتهمت عضو مجلس المحافظة نوال الخفاجي لجنة المناقصة بوضع شروط فنية "مفصلة على مقاس شركة بعينها". ونفى المنصوري هذه الاتهامات، مؤكدا أن الشروط تطابق معايير وزارة التخطيط.';
  const accusation = 'واتهمت نوال الخفاجي لجنة المناقصة بتفصيل الشروط الفنية على مقاس شركة، ';
  const speakers = (s: string) => flagged(check(accusation + s, src, ar), ['attribution-mismatch']);
  it("sets the claim's denier against the source's, however the denial is written", () => {
    expect(speakers('وهو ما نفاه جاسم الحلفي.')).toEqual(['جاسم الحلفي']);
    expect(speakers('وهو ما رفضه جاسم الحلفي مؤكدا انسجام الشروط مع معايير وزارة التخطيط.')).toEqual(['جاسم الحلفي']);
    expect(speakers('ونفى جاسم الحلفي هذه الاتهامات.')).toEqual(['جاسم الحلفي']);
  });
  it("leaves the source's own denier alone", () => {
    expect(speakers('ونفى المنصوري هذه الاتهامات.')).toEqual([]);
    expect(speakers('وهو ما نفاه المنصوري مؤكدا انسجام الشروط مع معايير وزارة التخطيط.')).toEqual([]);
  });
});

describe('"According to X," opens the statement after its comma', () => {
  const src =
    'Lakeshore board chair Robert Ouellette said the merger was the only way to keep specialist services such as cardiology in Cobourg. "No emergency department will close," said Dr. Helen Marchetti. Prosecutors said the hospital had overbilled the province.';
  const speakers = (s: string) => flagged(check(s, src, en), ['attribution-mismatch']);
  it("sets the opener's speaker against the source's, first in its sentence or after a conjunction", () => {
    expect(speakers('According to Dr. Marchetti, the merger offered the only way to keep specialist care such as cardiology in Cobourg.')).toEqual([
      'Dr. Marchetti',
    ]);
    expect(speakers('But according to Dr. Marchetti, the merger offered the only way to keep specialist care such as cardiology in Cobourg.')).toEqual([
      'Dr. Marchetti',
    ]);
    expect(speakers('According to Robert Ouellette, the merger offered the only way to keep specialist care such as cardiology in Cobourg.')).toEqual([]);
  });
  it('reads "the prosecution" as of the family of the source\'s "Prosecutors", no speaker the source lacks', () => {
    expect(speakers('According to the prosecution, the hospital overbilled the province.')).toEqual([]);
    expect(speakers('According to the auditors, the hospital overbilled the province.')).toEqual(['auditors']);
  });
});

describe('ألا, "that … not", is a cue as written (lexicons/negation.json spelledCues), and a ceiling is no restatement of a figure passed', () => {
  const src = 'وقال المدير العام بوزارة السياحة كمال السويسي للصحفيين "نتوقع أن يتجاوز عدد الوافدين عشرة ملايين سائح بنهاية العام".';
  const negation = (s: string, t = src) => flagged(check(s, t, ar), ['negation-mismatch'], () => true);
  it('flags "ألا يتجاوز" against "أن يتجاوز", and neither "أن يتجاوز" nor the same ceiling', () => {
    expect(negation('وتوقع السويسي ألا يتجاوز عدد الوافدين عشرة ملايين سائح بنهاية العام.')).toEqual(['ألا يتجاوز']);
    expect(negation('وتوقع السويسي أن يتجاوز عدد الوافدين عشرة ملايين سائح بنهاية العام.')).toEqual([]);
    expect(negation('وتوقع السويسي ألا يتجاوز عدد الوافدين عشرة ملايين سائح.', 'وتوقع السويسي ألا يتجاوز عدد الوافدين عشرة ملايين سائح.')).toEqual([]);
  });
  it('keeps "لم يتجاوز … 18" as a ceiling against a source that says the figure fell to it', () => {
    expect(negation('ولم يتجاوز عدد المباريات ثماني عشرة مباراة.', 'وتراجع عدد المباريات إلى ثماني عشرة مباراة هذا الموسم.')).toEqual([]);
  });
});

describe('كثر, "grew in number", is a word of rising (antonyms.json direction, by stem: its root is that of أكثر)', () => {
  it('flags "كثرت أخطاؤه" against "تراجعت أخطاؤه", and reads no side in أكثر', () => {
    const src = 'وارتفعت نسبة نجاح هجمات الفريق إلى 58 بالمئة، بينما تراجعت أخطاؤه المباشرة من تسعة إلى ثلاثة.';
    const opposite = (s: string) => flagged(check(s, src, ar), ['antonym-mismatch']);
    expect(opposite('وتحسنت هجمات الفريق إلى 58 بالمئة، في حين كثرت أخطاؤه المباشرة.')).toEqual(['كثرت']);
    expect(opposite('وتحسنت هجمات الفريق إلى 58 بالمئة، وكانت أخطاؤه المباشرة أقل من ذي قبل.')).toEqual([]);
    expect(opposite('وتحسنت هجمات الفريق إلى 58 بالمئة، في حين لم تعد أخطاؤه المباشرة أكثر من ثلاثة.')).toEqual([]);
  });
});

describe("a source's second cue that the claim drops, its own cue answered by the other (and ability is transparent)", () => {
  const src =
    'Budget Director Karen Lindqvist spoke on Tuesday. "We are not in a position to cut our way out of this without residents feeling it," Lindqvist said.';
  const negation = (s: string) => flagged(check(s, src, en), ['negation-mismatch']);
  it('flags "could cut its way out … without residents feeling it" against "not in a position to cut … without residents feeling it"', () => {
    expect(negation('Lindqvist said the city could cut its way out of the gap without residents feeling it.')).toEqual(['cut']);
    expect(negation('Lindqvist said the city could not cut its way out of the gap without residents feeling it.')).toEqual([]);
  });
  it('reads "not able to cut" as negating the cutting', () => {
    expect(
      flagged(check('Lindqvist said the city could cut its budget.', 'Lindqvist said the city was not able to cut its budget.', en), ['negation-mismatch']),
    ).toEqual(['cut']);
  });
  it('leaves a word the claim negates past its cue alone ("no one has been arrested or charged")', () => {
    const s = 'Accounts were frozen, though no one has been arrested or charged.';
    expect(
      flagged(check(s, 'Accounts were frozen. No arrests have been made, and none of the companies has been charged.', en), ['negation-mismatch']),
    ).toEqual([]);
  });
});

describe("a claim's cue after its first, when the first is answered (lexicons/negation.json joinedCues)", () => {
  const negation = (s: string, t: string) => flagged(check(s, t, en), ['negation-mismatch'], () => true);
  it('flags "without added sugar … will no longer be exempt" against "with no added sugar … will remain exempt"', () => {
    const src = 'Bottled water, fruit juices with no added sugar and infant formula will remain exempt, she said.';
    expect(negation('Bottled water, fruit juice without added sugar and infant formula will no longer be exempt.', src)).toEqual(['no longer be exempt']);
    expect(negation('Bottled water, fruit juice without added sugar and infant formula will stay exempt.', src)).toEqual([]);
  });
  it('reads no cue joined to the one before it as added (neither … nor; ولا)', () => {
    expect(
      negation('Neither incumbent, SQM nor Albemarle, took part.', 'SQM and Albemarle, the only producers, did not submit bids, the ministry said.'),
    ).toEqual([]);
    const src = 'هبطت الطائرة اضطرارياً في مطار البصرة بعد رصد دخان، من دون أن يصاب أي من ركابها الـ164 أو أفراد طاقمها الثمانية بأذى.';
    expect(
      flagged(check('هبطت الطائرة في مطار البصرة إثر رصد دخان، ولم يُصب أحد من ركابها الـ164 ولا من أفراد طاقمها الثمانية.', src, ar), ['negation-mismatch']),
    ).toEqual([]);
  });
});

describe("a claim's hedge that the source's allegation has as its own word keeps no allegation", () => {
  const src =
    'Losing bidder Caledonia Kitchens alleged that Thistle Fresh could offer the lower price only because it planned to rely on imported frozen meat, and said it was considering a legal challenge.';
  const asFact = (s: string) => flagged(check(s, src, en), ['attribution-mismatch'], (f) => f.messageId === 'asFact');
  it('flags "Thistle Fresh could only undercut rivals by relying on imported frozen meat", and not a hedge of its own', () => {
    expect(asFact('Thistle Fresh could only undercut rivals by relying on imported frozen meat.')).toEqual([
      'Thistle Fresh could only undercut rivals by relying on imported frozen meat',
    ]);
    expect(asFact('Thistle Fresh may have offered the lower price only because it planned to rely on imported frozen meat.')).toEqual([]);
    expect(asFact('Caledonia Kitchens said Thistle Fresh could offer the lower price only because it planned to rely on imported frozen meat.')).toEqual([]);
  });
});

describe('غير أن opens a contrast (function-words.json contrastPhrases), and a clause the summary itself reads as alleged keeps it', () => {
  const src =
    'واتهم رئيس جمعية المعلمين بدر الخالدي الوزارة بإسناد عقد التدريب إلى مؤسسة نبراس من دون مناقصة علنية. وردت الشمري بأن العقد حصل على موافقة الجهاز المركزي للمناقصات العامة.';
  const asFact = (s: string, t = src) => flagged(check(s, t, ar), ['attribution-mismatch'], (f) => f.messageId === 'asFact');
  it('flags the award stated as fact before "غير أن الشمري أكدت أن …"', () => {
    expect(asFact('وأرست الوزارة عقد التدريب على نبراس من دون مناقصة علنية، غير أن الشمري أكدت أن الجهاز المركزي للمناقصات العامة وافق على العقد.')).toEqual([
      'الوزارة عقد التدريب على نبراس من دون مناقصة علنية',
    ]);
  });
  it("leaves an accusation the summary words as one, past its accuser's appositive", () => {
    const s =
      'وقد اتهم سالم الخالدي، عضو مجلس الأمة، وزارة التربية بإسناد عقد التدريب إلى مؤسسة نبراس من دون مناقصة علنية، غير أن الشمري نفت ذلك، مؤكدة أن الجهاز المركزي وافق على العقد.';
    // (وزارة opens with the letter و: read as a conjunction, the clause was its own statement)
    expect(asFact(s, src.replace('الوزارة بإسناد', 'وزارة التربية بإسناد'))).toEqual([]);
  });
});

describe('an Arabic verb of accusing after its subject (SVO) has the accused after it, not the accuser', () => {
  const src = 'لكن عضو لجنة التربية في مجلس النواب، النائب صالح العبادي، اتهم الجامعة بتضخيم عدد الاستشهادات عبر إدراج أسماء باحثين أجانب في أبحاثها.';
  const asFact = (s: string, t = src) => flagged(check(s, t, ar), ['attribution-mismatch'], (f) => f.messageId === 'asFact');
  it('flags "وضخّمت الجامعة عدد الاستشهادات" stated as fact, and not after "في المقابل، اتهمت", where the accuser follows', () => {
    expect(asFact('وضخّمت الجامعة عدد الاستشهادات عبر إضافة أسماء باحثين أجانب إلى أبحاثها.')).toEqual([
      'وضخّمت الجامعة عدد الاستشهادات عبر إضافة أسماء باحثين أجانب إلى أبحاثها',
    ]);
    const vso = 'في المقابل، اتهمت نقابة أصحاب المخابز الحكومة بعدم التشاور معها قبل اتخاذ القرار.';
    expect(asFact('وحذرت نقابة أصحاب المخابز من أن الحكومة لم تتشاور مع النقابة.', vso)).toEqual([]);
  });
});

describe('a given name with ب after a verb of accusing is no ب of what is alleged (اتهم بدر الخالدي …)', () => {
  it('reads the allegation after the accuser and the accused, past a ب-name', () => {
    const s = 'وقد اتهم بدر الخالدي، عضو مجلس الأمة، وزارة التربية بإسناد عقد التدريب إلى مؤسسة نبراس.';
    const t = tokenize(s);
    expect(
      allegationsIn(s, t).map((a) =>
        t
          .slice(a.from, a.to)
          .map((x) => x.text)
          .join(' '),
      ),
    ).toEqual(['بإسناد عقد التدريب إلى مؤسسة نبراس']);
  });
});

describe('a retiree, a farmer, a trader, a driver: roles before a name (reporting.json personRoles)', () => {
  it('reads "المتقاعد مشعل الفضلي", absent from the source, as an unknown name, and the source\'s own retiree as none', () => {
    const src = 'وقال منصور العتيبي، وهو موظف حكومي متقاعد، إنه دفع 42 ألف دينار عام 2020 ثمنا لشقة في إسطنبول.';
    const names = (s: string) => flagged(check(s, src, ar), ['unknown-name', 'entity-mismatch']);
    expect(names('ومن بين المتضررين المتقاعد مشعل الفضلي، الذي دفع 42 ألف دينار في 2020 ثمنا لشقة في إسطنبول.')).toEqual(['مشعل الفضلي']);
    expect(names('ومن بين المتضررين المتقاعد منصور العتيبي، الذي دفع 42 ألف دينار في 2020 ثمنا لشقة في إسطنبول.')).toEqual([]);
  });
});

describe("a source's un- participle whose base the claim states plainly drops a negation", () => {
  const src = 'The government also left the special commodity levy on sugar unchanged at 50 rupees per kilogram, disappointing importers.';
  const negation = (s: string, t = src) => flagged(check(s, t, en), ['negation-mismatch']);
  it('flags "the levy was changed" against "left the levy unchanged", and not "was unchanged" nor another word of the stem', () => {
    expect(negation('The special commodity levy on sugar was changed.')).toEqual(['changed']);
    expect(negation('The special levy on sugar was unchanged.')).toEqual([]);
    expect(negation("Cheap gas eroded the plant's profitability.", 'Cheap gas made the plant unprofitable, the company said.')).toEqual([]);
  });
});

describe("a claim's speaker with a description of its own before the name", () => {
  const src =
    'Councillor Aroha Ngata, who voted against, accused the mayor of rushing the vote. Councillor Mark Pennington, who also voted no, said freight firms in Mount Maunganui would pass the cost on to consumers. The Bristol Landlords Association accused the council of using the fees to plug a hole in its budget, a charge Okafor denied. "Most landlords do the right thing," said Councillor Helen Okafor.';
  const speakers = (s: string) => flagged(check(s, src, en), ['attribution-mismatch']);
  it('sets "Opposing councillor Aroha Ngata" against the source\'s speaker by the name it ends with', () => {
    expect(speakers('Opposing councillor Aroha Ngata warned that Mount Maunganui freight companies would pass the extra cost on to consumers.')).toEqual([
      'Opposing councillor Aroha Ngata',
    ]);
    expect(speakers('Opposing councillor Mark Pennington warned that Mount Maunganui freight companies would pass the extra cost on to consumers.')).toEqual(
      [],
    );
  });
  it('reads the source\'s "a charge Okafor denied" as the denial of "Housing lead Helen Okafor"', () => {
    expect(
      speakers('Housing lead Helen Okafor denied an accusation from the Bristol Landlords Association that the fees were designed to fill a budget hole.'),
    ).toEqual([]);
  });
});

describe('a surname written as a function word is a speaker (reporting.json speakerHomographs: اللواتي)', () => {
  it('reads "وقال اللواتي إن" as a speaker, and "النساء اللواتي شاركن" still as one phrase', () => {
    expect(speakers9('وقال اللواتي إن المشروع سيخلق 4000 وظيفة.')).toEqual(['اللواتي']);
    expect(speakers9('وقالت النساء اللواتي شاركن في الاعتصام إن الأجور متدنية.')).toEqual(['النساء اللواتي شاركن']);
  });
});

describe('dictionary words after a role or a speaker are no name', () => {
  const names = (s: string, t: string) => flagged(check(s, t, ar), ['unknown-name']);
  it('reads "الرئيس السابق لأحد أقسام" as a genitive, and still a name of ل after a role when the next word is none', () => {
    const src = 'واتهم المحامي العام سامر الخطيب المتهم الرئيسي نزار العلي، وهو رئيس قسم سابق في المديرية، بإدارة الشبكة.';
    expect(names('ويتهم الادعاء نزار العلي، الرئيس السابق لأحد أقسام المديرية، بقيادة الشبكة.', src)).toEqual([]);
    expect(names('المغنية لانا ديل راي تنال لقب سفيرة فوق العادة من دولة باربادوس', 'المغنية ريانا تنال لقب سفيرة فوق العادة من دولة باربادوس')).toEqual([
      'لانا ديل',
    ]);
  });
  it('reads no surname of the dictionary after a body the source has after a verb of saying, and still a nisba', () => {
    const src = 'واتهمت جمعية أهلية لحماية التراث في المدينة الشركة بإزالة جزء من الزخارف الأصلية للواجهة خلال الترميم.';
    expect(names('وتقول جمعية أهلية معنية بحماية التراث إن الشركة أزالت جزءا من الزخارف الأصلية.', src)).toEqual([]);
    const people = 'وقال سالم جمعة النعيمي إن الموسم سيبدأ في مارس.';
    expect(names('وأفاد سالم جمعة الكتبي بأن الموسم سيبدأ في مارس.', people)).toEqual(['الكتبي']);
  });
});

describe('a light verb hands a negation on only to its complement with ب (lexicons/negation.json lightVerbs)', () => {
  const negation = (s: string, t: string) => flagged(check(s, t, ar), ['negation-mismatch']);
  it('reads "وإذا لم تلتزم فسنطلب" as negating the complying, and "لم يلتزموا بخفض السرعة" still as negating the cut', () => {
    const src = 'وأضاف: "منحنا الشركة مهلة 90 يوما لتركيب مرشحات جديدة، وإذا لم تلتزم فسنطلب إيقاف خطوط الإنتاج جزئيا".';
    expect(negation('ومنحت المديرية الشركة 90 يوما لتركيب مرشحات جديدة، وإلا فستطلب وقف خطوط الإنتاج جزئيا.', src)).toEqual([]);
    expect(negation('وقالت الشرطة إن السائقين خفضوا السرعة عند المنعطف.', 'وقالت الشرطة إن السائقين لم يلتزموا بخفض السرعة عند المنعطف.')).not.toEqual([]);
  });
});

describe('an idiom of two words after a cue affirms (lexicons/negation.json idiomPhrasesAfter)', () => {
  const negation = (s: string, t: string) => flagged(check(s, t, ar), ['negation-mismatch']);
  it('reads "لا تقدر بثمن" as "priceless", and "لا تقدر على" still as a negation', () => {
    const src = 'وقال المدير إن القيمة التقديرية للمخطوطات المسروقة تتجاوز 2.5 مليون دينار، "لكن قيمتها التاريخية لا تقدر بثمن".';
    expect(negation('وقدّر المدير قيمة المخطوطات المسروقة بأكثر من 2.5 مليون دينار، مؤكداً أن قيمتها التاريخية تفوق أي تقدير.', src)).toEqual([]);
    expect(negation('وقال المدير إن الأسر تقدر على دفع الرسوم.', 'وقال المدير إن الأسر لا تقدر على دفع الرسوم.')).not.toEqual([]);
  });
});

describe('English names a source writes otherwise: acronyms written out and adjectives of the compass', () => {
  const names = (s: string, t: string) => flagged(check(s, t, en), ['unknown-name']);
  it('reads TB as tuberculosis and MP as legislator (lexicons/acronyms.json), and still flags an acronym the source lacks', () => {
    expect(
      names('The state TB officer, Dr. Anjali Srivastava, backed the plan.', 'Dr. Anjali Srivastava, the state tuberculosis officer, backed the plan.'),
    ).toEqual([]);
    expect(names('Opposition MP Bosco Ojok made the claim.', 'Opposition legislator Bosco Ojok made the claim.')).toEqual([]);
    expect(
      names('The state HIV officer, Dr. Anjali Srivastava, backed the plan.', 'Dr. Anjali Srivastava, the state tuberculosis officer, backed the plan.'),
    ).toEqual(['HIV']);
  });
  it('reads "Middle Eastern" against "the Middle East", and not "Northern" against a source without the north', () => {
    const src = 'Prices fell 6% as buyers from Russia and the Middle East held back amid weak demand.';
    expect(names('Prices fell 6% as Russian and Middle Eastern buyers stayed cautious.', src)).toEqual([]);
    expect(names('Prices fell 6% as Russian and Northern buyers stayed cautious.', src)).toEqual(['Northern']);
  });
});

describe('an English adverb of manner after a cue hands the negation to the word it qualifies', () => {
  const negation = (s: string, t: string) => flagged(check(s, t, en), ['negation-mismatch'], (f) => f.severity === 'error');
  const src = 'The committee noted the festival could go ahead alcohol-free, though Reweti said that option was "not commercially viable".';
  it('reads "not commercially viable" as negating viable, and "commercially viable" still as dropping it', () => {
    expect(negation('The festival could go ahead alcohol-free, an option Reweti called commercially unworkable.', src)).toEqual([]);
    expect(negation('The festival could go ahead alcohol-free, an option Reweti called commercially viable.', src)).toEqual(['viable']);
  });
  it('keeps a verb in -ly as the word negated ("did not comply with labour law" against "breached labour law")', () => {
    expect(
      negation(
        'Banda vowed to contest any layoffs that breached labour law.',
        'Banda said the union would challenge any layoffs that did not comply with labour law.',
      ),
    ).toEqual([]);
  });
});

describe("a claim's side glued to و opens its own conjunct, as the source's parts are cut", () => {
  it('reads "غلاء الاستيراد وتراجع العملة" against "الزيادة فرضتها كلفة الاستيراد وتدهور الريال" as no opposite, and a rise of the currency as one', () => {
    const src =
      'وقال المدير التنفيذي للشركة وليد باحميش في مؤتمر صحفي إن الزيادة "فرضتها كلفة الاستيراد وتدهور الريال، ولم يكن أمامنا خيار آخر إذا أردنا ضمان استمرار الإمدادات".';
    const opposite = (s: string) => flagged(check(s, src, ar), ['antonym-mismatch']);
    expect(opposite('وعزا المدير التنفيذي للشركة وليد باحميش الزيادة إلى غلاء الاستيراد وتراجع الريال.')).toEqual([]);
    expect(opposite('وعزا المدير التنفيذي للشركة وليد باحميش الزيادة إلى غلاء الاستيراد وارتفاع الريال.')).not.toEqual([]);
  });
});

describe('closure is a word of closing, and "rather than" negates the phrase it ends', () => {
  const polar = (s: string, t: string) => flagged(check(s, t, en), ['antonym-mismatch', 'negation-mismatch'], (f) => f.severity === 'error');
  it('reads "not in danger of closing" against "which opened in 1983, was not at risk of closure" as agreeing, and "was closed" against "opened" as not', () => {
    const src = 'Managing director Colm Hanrahan said the refinery, which opened in 1983, was not at risk of closure.';
    expect(polar('Managing director Colm Hanrahan said the refinery was not in danger of closing.', src)).toEqual([]);
    expect(polar('The volcano observatory said the airport was also closed.', 'The volcano observatory said the airport had reopened.')).toEqual(['closed']);
  });
  it('reads "rather than shop closures" as "not about closing shops", and "instead of around the southern loop" as nothing of the south', () => {
    const src = '"This is about giving shoppers lower prices and a wider range, not about closing shops," Chief Executive Miriam Ashcombe said.';
    expect(polar('Chief Executive Miriam Ashcombe insisted the purchase was about cheaper prices and more choice rather than shop closures.', src)).toEqual([]);
    expect(
      polar(
        'A volunteer sent 60 runners along Riccarton Avenue, bypassing the southern loop of Hagley Park.',
        'A volunteer directed the front group of 60 runners onto Riccarton Avenue instead of around the southern loop of Hagley Park.',
      ),
    ).toEqual([]);
  });
});

describe('an allegation kept by "and that" and by a participle of saying that opens its clause', () => {
  const asFact = (s: string, t: string) => flagged(check(s, t, en), ['attribution-mismatch']);
  it('keeps the second complement of "contends that …, and that …" attributed, and a plain "and" still not', () => {
    const src =
      'Environmental group Sahabat Pesisir accused the state of ignoring a 2019 study on breakwaters, and claimed the contract had been awarded to Pantai Timur Engineering without an open tender.';
    expect(
      asFact(
        'Sahabat Pesisir contends that the state disregarded a 2019 study on breakwaters, and that contractor Pantai Timur Engineering was picked without an open tender.',
        src,
      ),
    ).toEqual([]);
    expect(
      asFact(
        'Sahabat Pesisir contends that the state disregarded a 2019 study on breakwaters, and Pantai Timur Engineering won the contract without an open tender.',
        src,
      ),
    ).not.toEqual([]);
  });
  it('keeps "…, insisting every schedule met the limits" as the speaker\'s, and "without warning" gives nothing to anyone', () => {
    const src =
      'Managing director Neil Hartley denied the claim, saying every schedule complied with legal driving-hours rules and no break was shorter than 30 minutes.';
    expect(
      asFact('Managing director Neil Hartley rejected this, insisting every schedule met legal driving-hours limits with no break under 30 minutes.', src),
    ).toEqual([]);
    expect(
      asFact(
        'The Golden Tern changed course without warning shortly before the collision.',
        "The tanker's operator claimed the Golden Tern changed course without warning shortly before the collision.",
      ),
    ).not.toEqual([]);
  });
});

describe('أودى بحياة, "claimed the lives of", is a word of death (lexicons/synonyms.json)', () => {
  it('carries "وقد أودى الحادث بحياة تلميذين" by the source\'s "ما أسفر عن وفاة تلميذين"', () => {
    const src =
      'وكان سقف قاعة دراسية في مدرسة "الأمل" بجماعة أمزميز قد انهار في 14 نونبر/تشرين الثاني 2023، ما أسفر عن وفاة تلميذين وإصابة 11 آخرين بجروح متفاوتة الخطورة.';
    const r = check('وانهار سقف قاعة دراسية في مدرسة الأمل بأمزميز في نونبر 2023، وقد أودى الحادث بحياة تلميذين وخلّف أحد عشر جريحا.', src, ar);
    expect(flagged(r, ['unsupported-claim', 'unsupported-span'])).toEqual([]);
  });
});

describe('a span of months in weeks, four weeks a month', () => {
  const numbers = (s: string, t: string) => flagged(check(s, t, en), ['number-mismatch']);
  it('reads "within a month and a half" as "within six weeks" and "eight weeks" as two months, and not "three weeks" as a month', () => {
    expect(numbers('The campaign must finish within a month and a half.', 'The campaign must be completed within six weeks.')).toEqual([]);
    expect(numbers('The works will take eight weeks.', 'The works will take two months.')).toEqual([]);
    expect(numbers('The works will take three weeks.', 'The works will take a month.')).toEqual(['three']);
  });
});

describe("Iraq's provinces ميسان and المثنى are places (lexicons/entities.json city)", () => {
  it("flags المثنى for the source's ميسان in a list of provinces, and not the list as written", () => {
    const src = 'وقررت الحكومة تعطيل الدوام الرسمي في محافظات البصرة وذي قار وميسان لمدة يومين بسبب موجة الحر.';
    const places = (s: string) => flagged(check(s, src, ar), ['entity-mismatch', 'unknown-name'], (f) => f.severity === 'error');
    expect(places('وعلّقت السلطات الدوام الرسمي يومين في البصرة وذي قار والمثنى.')).toEqual(['والمثنى']);
    expect(places('وعلّقت السلطات الدوام الرسمي يومين في البصرة وذي قار وميسان.')).toEqual([]);
  });
});

describe('صادقت, "ratified", is a word of approval (lexicons/antonyms.json acceptance)', () => {
  const src =
    'وصادقت الجمعية أيضا على تعديل في النظام الأساسي يرفع عدد مقاعد المرأة في مجلس الإدارة من مقعد واحد إلى مقعدين، لكنها رفضت مقترحا بتقليص مدة الولاية إلى ثلاث سنوات.';
  const opposite = (s: string) => flagged(check(s, src, ar), ['antonym-mismatch']);
  it('flags "رفضت" the rise to two seats that the source says was ratified, and not the rejection the source reports', () => {
    expect(opposite('كما رفضت الجمعية العمومية زيادة مقاعد النساء في مجلس الإدارة إلى مقعدين.')).toEqual(['رفضت']);
    expect(opposite('كما رفضت الجمعية مقترحا بتقليص مدة الولاية إلى ثلاث سنوات.')).toEqual([]);
  });
});

describe('a participle of saying after a semicolon speaks for its own clause', () => {
  it('gives "…; Parkwise\'s Mark Halsall rejected this, saying three companies had bid" to Halsall, not to the accuser before the semicolon', () => {
    const text =
      "Unison's Carys Llewelyn accused the board of handing over the contract without proper competition, claiming only one bidder had been invited; Parkwise's Mark Halsall rejected this, saying three companies had bid.";
    const s = analyze(text, { prefix: 's', lang: 'en' }).sentences[0];
    const said = speakersOf(text, s.tokens).map((x) => `${s.tokens[x.verb].text}: ${x.tokens.map((t) => t.text).join(' ')}`);
    expect(said).toContain("saying: Parkwise's Mark Halsall");
    const one = 'Llewelyn accused the board of favouritism, claiming only one bidder had been invited, saying the process was rigged.';
    const t = analyze(one, { prefix: 's', lang: 'en' }).sentences[0];
    expect(speakersOf(one, t.tokens).map((x) => `${t.tokens[x.verb].text}: ${x.tokens.map((w) => w.text).join(' ')}`)).toEqual([
      'accused: Llewelyn',
      'saying: Llewelyn',
    ]);
  });
});

describe('وهو اتهام رفضه X: the denier of an allegation named after it', () => {
  it("reads الإدريسي as the one who denies, and the source's بلكبير against him", () => {
    const text = 'ويتهم الحسين أوعلي، العضو في مجلس جهة درعة تافيلالت، الحكومة بالمماطلة، وهو اتهام رفضه الإدريسي، واصفاً التأخير بأنه تقني بحت.';
    const s = analyze(text, { prefix: 's', lang: 'ar' }).sentences[0];
    expect(speakersOf(text, s.tokens).map((x) => x.tokens.map((t) => t.text).join(' '))).toContain('الإدريسي');
    const src =
      'واتهم عضو مجلس جهة درعة تافيلالت، الحسين أوعلي، الحكومة بـ"المماطلة". ونفى بلكبير هذه الاتهامات، مؤكداً أن "التأخير تقني بحت". وقال الإدريسي إن الأشغال ستنتهي في 2026.';
    expect(flagged(check(text, src, ar), ['attribution-mismatch'])).not.toEqual([]);
    expect(flagged(check(text.replace('الإدريسي', 'بلكبير'), src, ar), ['attribution-mismatch'])).toEqual([]);
  });
});

describe('a verb of a state after "to" or a modal is a deed still to be done (lexicons/antonyms.json stateVerbMarks)', () => {
  const src = 'The council said the new levy would raise 40 million a year, needed to pay off a backlog of contractor invoices.';
  it('reads "unpaid invoices" as what the source\'s "to pay off" leaves, and still flags "unpaid" against a payment made', () => {
    const s = 'The council said the levy would bring in an extra 40 million a year to help clear a backlog of unpaid contractor invoices.';
    expect(flagged(check(s, src, en), ['antonym-mismatch'])).toEqual([]);
    const paid = 'The council said it had paid off a backlog of contractor invoices from the new levy.';
    expect(flagged(check('The council said the contractor invoices were still unpaid despite the new levy.', paid, en), ['antonym-mismatch'])).toEqual([
      'unpaid',
    ]);
  });
});

describe('New of a listed place of two words (lexicons/entities.json placeNamePrefixes)', () => {
  it('reads "New Delhi" as India\'s capital for a source that names India, and flags it for one that does not', () => {
    const names = (s: string, src: string) => flagged(check(s, src, en), ['unknown-name']);
    expect(names('New Delhi has relaxed the rules for grain buyers.', "India's federal government has relaxed the rules for grain buyers.")).toEqual([]);
    expect(
      names('Officials in New Delhi have relaxed the rules for grain buyers.', "India's federal government has relaxed the rules for grain buyers."),
    ).toEqual([]);
    expect(names('Officials in New Delhi have relaxed the rules for grain buyers.', 'The federal government has relaxed the rules for grain buyers.')).toEqual([
      'New Delhi',
    ]);
  });
});

describe('قبل أن، بعد أن: a conjunction, before whose أن no clause is cut (lexicons/reporting.json conjunctionsBeforeAn)', () => {
  const src = 'وقال المزارع إنه لا ينوي زراعة الحقل قبل إصلاح قناة الري وتوفير البذور.';
  it('keeps "قبل أن يصلح" in its clause, whose dropped negation is then read', () => {
    const s = 'أما المزارع نفسه فيؤكد أنه يعتزم زراعة الحقل في الربيع قبل أن تُصلح قناة الري وتتوفر البذور.';
    const sentence = analyze(s, { prefix: 's', claims: true, lang: 'ar' });
    expect(sentence.claims.map((c) => c.text)).toEqual([s]);
    expect(flagged(check(s, src, ar), ['negation-mismatch'])).not.toEqual([]);
  });
});

describe('a common given name after an Arabic verb of saying opens a name slot', () => {
  const src = 'وزعم مدير الكرة في نادي الأمل، سامي العربي، أن ناديه وقع مع اللاعب اتفاقا مبدئيا في الربيع. ونفى رئيس نادي النجوم ذلك.';
  it('flags "وليد منصور", two dictionary words the source has nowhere, as the speaker it names', () => {
    expect(flagged(check('ويقول وليد منصور، مدير الكرة في نادي الأمل، إن ناديه وقع اتفاقا مبدئيا مع اللاعب.', src, ar), ['unknown-name'])).toEqual([
      'وليد منصور',
    ]);
    expect(flagged(check('ويقول سامي العربي، مدير الكرة في نادي الأمل، إن ناديه وقع اتفاقا مبدئيا مع اللاعب.', src, ar), ['unknown-name'])).toEqual([]);
  });
});

describe('an adverbial after a closing attribution (lexicons/reporting.json adverbialsAfterSaying)', () => {
  const src =
    'The province\'s premier, Thandi Mokoena, visited a shelter in Pinetown on Sunday. "We will rebuild every house, however long it takes," Mokoena said during the visit. The city\'s disaster chief, Bongani Zulu, said 30 roads were damaged.';
  it('gives the statement before "X said while visiting" to X, and flags it for the source\'s other speaker', () => {
    const wrong = 'Every house would be rebuilt, however long it took, Zulu said while visiting a shelter in Pinetown.';
    expect(flagged(check(wrong, src, en), ['attribution-mismatch'])).toEqual(['Zulu']);
    expect(flagged(check(wrong.replace('Zulu', 'Mokoena'), src, en), ['attribution-mismatch'])).toEqual([]);
    const s = 'The company said on Monday it would cut 300 jobs.';
    const t = analyze(s, { prefix: 's', lang: 'en' }).sentences[0];
    const sp = speakersOf(s, t.tokens);
    expect(
      saidBy(s, t.tokens, sp).map(([a, b]) =>
        t.tokens
          .slice(a, b)
          .map((w) => w.text)
          .join(' '),
      ),
    ).toEqual(['on Monday it would cut 300 jobs']);
  });
});

describe('a span of time in another unit sources a span only (numbers.ts sourceReadings spans, isSpanFigure)', () => {
  const src = 'أعلنت وزارة الصحة تسجيل 214 إصابة في المحافظة، وأطلقت حملة رش تستمر 21 يوماً. وقالت معلمة إن ابنها أمضى ثلاثة أيام في المستشفى.';
  const numbers = (s: string) => flagged(check(s, src, ar), ['number-mismatch']);
  it('reads "ثلاثة أسابيع" as the 21 days, and flags "ثلاث مدارس" that only the days would have sourced', () => {
    expect(numbers('وأطلقت الوزارة حملة رش لمدة ثلاثة أسابيع.')).toEqual([]);
    expect(numbers('وأغلقت الوزارة ثلاث مدارس في المحافظة بعد حملة الرش.')).toEqual(['ثلاث']);
  });
  it('still reads a fortnight, a year and a half and three quarters of an hour as spans', () => {
    const en = { summaryLang: 'en', sourceLang: 'en' } as const;
    const s = 'Buyers will get full refunds within 14 days, and the repairs will take 18 months and the trip 105 minutes.';
    expect(flagged(check('Buyers will be refunded within a fortnight.', s, en), ['number-mismatch'])).toEqual([]);
    expect(flagged(check('The repairs will take a year and a half.', s, en), ['number-mismatch'])).toEqual([]);
    const trip = 'وقال المدير إن الرحلة ستستغرق نحو ساعة و45 دقيقة.';
    expect(flagged(check('وتدوم الرحلة قرابة ساعة وثلاثة أرباع الساعة.', trip, ar), ['number-mismatch'])).toEqual([]);
  });
});

describe('a bare singular after مقابل counts one (numbers.ts sourceReadings)', () => {
  it('reads "بثلاثة أهداف مقابل هدف" as 3-1, and not a noun of another root', () => {
    const src = 'وفاز نادي النجم على ضيفه نادي الساحل بثلاثة أهداف مقابل هدف مساء السبت في ملعب المدينة.';
    const numbers = (s: string, from = src) => flagged(check(s, from, ar), ['number-mismatch']);
    expect(numbers('تغلب النجم على الساحل 3-1 مساء السبت.')).toEqual([]);
    expect(sourceReadings(tokenize('بأغلبية 40 صوتا مقابل صوت'))).toContain(1);
    expect(sourceReadings(tokenize('بأغلبية 40 صوتا مقابل اعتراض'))).not.toContain(1);
  });
});

describe('a participle of saying that opens a claim says its own statement, and closes no attribution before it', () => {
  const src =
    "Opposition leader Joseph Kariuki accused the mayor's office of inflating the debt to justify the new taxes. The mayor's office denied the accusation, saying the figure had been verified by the auditor in March.";
  it('flags the allegation stated as fact before "which the office denied, saying …", and not the accusation reported', () => {
    const asFact = (s: string) => flagged(check(s, src, en), ['attribution-mismatch']);
    expect(
      asFact(
        "The mayor's office inflated the debt figure to justify the new taxes, which the mayor's office denied, saying the auditor had verified it in March.",
      ),
    ).not.toEqual([]);
    expect(
      asFact(
        "Kariuki accused the mayor's office of inflating the debt figure to justify the new taxes, which the mayor's office denied, saying the auditor had verified it in March.",
      ),
    ).toEqual([]);
  });
});

describe('a half right after a figure (numbers.ts quantities)', () => {
  it('reads "سبعة ونصف بالمئة" as 7.5%, "two and a half years" as 2.5, and leaves a half before a scale to its scale', () => {
    expect(figures('بنمو سنوي نسبته سبعة ونصف بالمئة')).toEqual([['سبعة ونصف', 7.5, null]]);
    expect(figures('the project will take two and a half years')).toEqual([['two and a half', 2.5, null]]);
    expect(figures('بلغت خسائره ثلاثة ملايين ونصف المليون')).toEqual([['ثلاثة ملايين ونصف المليون', 3500000, null]]);
    const src = 'وقالت الدائرة إن إيراداتها ارتفعت إلى 412 مليون دينار، بزيادة 7.5 بالمئة عن العام الماضي.';
    expect(flagged(check('وارتفعت الإيرادات إلى 412 مليون دينار بنمو نسبته سبعة ونصف بالمئة.', src, ar), ['number-mismatch'])).toEqual([]);
  });
});

describe('a word that تأخير puts off says no side (lexicons/negation.json delayVerbs)', () => {
  const src = 'واتهمت النقابة الدائرة بفرض غرامات تعسفية على المستوردين وتأخير الإفراج عن شحناتهم لمدة تصل إلى عشرة أيام.';
  it('reads "احتجاز شحناتهم" as what a delayed release says, and still flags it against a release granted', () => {
    const opposite = (s: string, from = src) => flagged(check(s, from, ar), ['antonym-mismatch']);
    expect(opposite('وتتهم النقابة الدائرة بفرض غرامات تعسفية على المستوردين واحتجاز شحناتهم حتى عشرة أيام.')).toEqual([]);
    const released = 'وقالت الدائرة إنها قررت الإفراج عن شحنات المستوردين المحتجزة منذ عشرة أيام.';
    expect(opposite('وقالت الدائرة إنها قررت احتجاز شحنات المستوردين منذ عشرة أيام.', released)).toEqual(['احتجاز']);
  });
});

describe("a part with the claim's figure and side restates it when the opposite's part shares no more of its words", () => {
  const src =
    'وقالت شرطة المرور يوم الأحد إن عدد الوفيات الناجمة عن حوادث الطرق في البلاد انخفض إلى 287 حالة خلال الأشهر العشرة الأولى من العام، بتراجع نسبته 11 بالمئة عن الفترة نفسها من العام الماضي، في حين ارتفع عدد الحوادث المسجلة بنسبة 5 بالمئة إلى 2140 حادثا.';
  it('reads "الحوادث نفسها زادت بخمسة بالمئة" as the accidents\' rise, and still flags the deaths said to rise', () => {
    const opposite = (s: string) => flagged(check(s, src, ar), ['antonym-mismatch']);
    expect(opposite('غير أن الحوادث نفسها زادت بخمسة بالمئة لتبلغ 2140.')).toEqual([]);
    expect(opposite('وزادت الوفيات الناجمة عن حوادث الطرق بنسبة 11 بالمئة لتبلغ 287.')).toEqual(['وزادت']);
  });
  it("still flags a flip whose subject the opposite's part shares more of", () => {
    const wind = 'Output from gas plants fell 27% last year, while output from wind farms rose 8%.';
    expect(flagged(check('Output from wind farms tumbled by more than a quarter last year.', wind, en), ['antonym-mismatch'])).not.toEqual([]);
  });
});

describe("the negation rule reads no Latin variant with another first letter as the claim's word", () => {
  it('does not read "insisting" as the "minister" that "no minister had been consulted" negates', () => {
    const src = 'Osei rejected the charge, saying the committee had acted "solely on the data" and that no minister had been consulted.';
    const s = 'The governor rejected the accusation, insisting the committee had acted only on the data.';
    expect(flagged(check(s, src, en), ['negation-mismatch'])).toEqual([]);
    const dropped = 'Osei rejected the charge, saying the committee had acted solely on the data and that a minister had been consulted.';
    expect(flagged(check(dropped, src, en), ['negation-mismatch'])).toEqual(['minister']);
  });
});

describe('common given names of Iraq and the Gulf (lexicons/reporting.json arabicGivenNames)', () => {
  it('flags "عباس" put before the surname of the source\'s مصطفى الكعبي', () => {
    const src = 'واتهم العضو المنسحب مصطفى الكعبي رئاسة المجلس بتمرير الموازنة دون منح الأعضاء وقتا كافيا لدراستها.';
    const names = (s: string) => flagged(check(s, src, ar), ['unknown-name']);
    expect(names('واتهم عباس الكعبي، أحد المنسحبين، رئاسة المجلس بتمرير الموازنة.')).toEqual(['عباس']);
    expect(names('واتهم مصطفى الكعبي، أحد المنسحبين، رئاسة المجلس بتمرير الموازنة.')).toEqual([]);
  });
});

describe('"turn to" is asking (lexicons/synonyms.json englishPhrasal)', () => {
  it('reads "would turn to its clubs" as dropping "would not ask its clubs"', () => {
    const src = 'Commissioner Hayley Brennan said the league would not ask its 10 clubs for emergency funding this season.';
    const s = 'Commissioner Hayley Brennan said the league would turn to its 10 clubs for emergency money this season.';
    expect(flagged(check(s, src, en), ['negation-mismatch'])).not.toEqual([]);
    expect(flagged(check(s.replace('would turn to', 'would not turn to'), src, en), ['negation-mismatch'])).toEqual([]);
  });
});

describe('"appealed for" is a verb of saying (lexicons/reporting.json speechVerbs)', () => {
  it('flags a call the source gives to another speaker', () => {
    const src =
      'Union leader Juma Kombo told a rally the strike would go on. Shipping secretary David Kiprono urged both sides to return to talks, saying each day of disruption cost the economy 1.5 billion shillings.';
    const s = 'Kombo appealed for fresh talks, estimating the cost of each day of disruption at 1.5 billion shillings.';
    expect(flagged(check(s, src, en), ['attribution-mismatch'])).toEqual(['Kombo']);
    expect(flagged(check(s.replace('Kombo', 'Kiprono'), src, en), ['attribution-mismatch'])).toEqual([]);
  });
});

describe('a clause of time ends what an accusation alleges (lexicons/reporting.json allegationTimeClauses)', () => {
  const src =
    'The nurses union accused cleaning contractor Halton Services of cutting overnight cleaning shifts by a third since it took over the hospital contract in October.';
  it('reads the takeover as the frame, and still flags the cuts stated as fact', () => {
    const asFact = (s: string) => flagged(check(s, src, en), ['attribution-mismatch']);
    expect(asFact("The ward's cleaning is done by Halton Services, which took over the hospital contract in October.")).toEqual([]);
    expect(asFact('Halton Services cut overnight cleaning shifts by a third after taking over the contract.')).not.toEqual([]);
  });
});

describe('a relative aside after a comma is no item of a list (lexicons/function-words.json relativeAsides)', () => {
  const src =
    'Opposition councillors accused the ruling group of targeting branches in poorer neighbourhoods such as Wester Hailes and Craigmillar. Munro denied the claim, saying the closures were based on footfall and building condition, not postcode.';
  it('cuts "…, which Munro denied, insisting footfall …" into clauses, each aligned to its own source', () => {
    const s =
      'Opposition councillors alleged that branches in deprived areas such as Wester Hailes and Craigmillar were being singled out, which Munro denied, insisting footfall and the state of buildings had driven the choice.';
    const r = check(s, src, en);
    expect(r.summary.claims.length).toBeGreaterThan(1);
    expect(errors(r)).toEqual([]);
  });
  it('still merges the last items of a list after short items', () => {
    const s = 'The ministry put Delhi, Haryana, Punjab and western Uttar Pradesh on red alert for heat.';
    const r = check(s, 'The ministry put Delhi, Haryana, Punjab and western Uttar Pradesh on red alert for heat on Monday.', en);
    expect(r.summary.claims.length).toBe(1);
  });
});

describe('"warned against" negates what follows (lexicons/negation.json englishImplicitAgainst)', () => {
  const src =
    'A tanker truck overturned on Interstate 64 near Charleston early Monday, spilling about 6,500 gallons of industrial solvent into a creek that feeds the Kanawha River and forcing officials to close two water intakes for at least 72 hours. The Kanawha Valley Water Authority said about 31,000 customers in three communities had been told not to drink tap water, and bottled water sales at local stores jumped while foot traffic at downtown restaurants dropped sharply.';
  const lead =
    'A tanker truck overturned near Charleston on Monday, spilling about 6,500 gallons of solvent into a creek and forcing officials to shut two water intakes for at least 72 hours. ';
  it('reads "were warned against drinking" as the source\'s "told not to drink", and "told to drink" still drops it', () => {
    const negation = (s: string) => flagged(check(lead + s, src, en), ['negation-mismatch']);
    expect(negation('Roughly 31,000 customers across three communities were warned against drinking tap water.')).toEqual([]);
    expect(negation('Roughly 31,000 customers across three communities were told to drink tap water.')).not.toEqual([]);
  });
});

describe("a court's finding before a claim gives it as found (lexicons/reporting.json verdictWords)", () => {
  const src =
    "Jonathan Pryce, 49, was convicted last month at Manchester Crown Court of fraud by false representation after a nine-week trial. Prosecutors said Pryce's company, Northgate Living, took deposits between 2017 and 2020 for flats in three buildings that were never built.";
  const asFact = (s: string, from = src) => flagged(check(s, from, en), ['attribution-mismatch']);
  it('accepts the deposits after "had found him guilty … of fraud," when the sources have the conviction', () => {
    const s =
      'A Manchester Crown Court jury had found him guilty last month of fraud by false representation following a trial lasting nine weeks, over deposits taken from 2017 to 2020 for student flats in three buildings that never went up.';
    expect(asFact(s)).toEqual([]);
  });
  it('still flags them when the sources only charge him', () => {
    const charged = src.replace('was convicted last month', 'was charged last month').replace(' after a nine-week trial', '');
    const s =
      'A Manchester Crown Court jury had found him guilty last month of fraud by false representation, over deposits taken from 2017 to 2020 for student flats in three buildings that never went up.';
    expect(asFact(s, charged)).not.toEqual([]);
  });
});

describe('a Reuters dateline with a state of two words and the day (text/meta.ts)', () => {
  const src =
    'KELOWNA, British Columbia, June 18 (Reuters) - Residents who lost homes in the McDougall Creek wildfire will receive compensation of up to C$150,000 per household under a C$68 million settlement with power utility Okanagan Grid Corp, lawyers for the plaintiffs said on Tuesday. The class action, filed on behalf of about 420 households in West Kelowna and the surrounding area, alleged that a poorly maintained transmission line sparked the blaze, which destroyed 189 homes in August 2023.';
  const s =
    "Households that lost their homes in the August 2023 McDougall Creek wildfire stand to receive as much as C$150,000 each under a C$68 million settlement with Okanagan Grid Corp, the plaintiffs' lawyers said on Tuesday.";
  it("judges the month past the dateline's June, and still flags a month the source never names", () => {
    const month = (x: string) => flagged(check(x, src, en), ['entity-mismatch']);
    expect(month(s)).toEqual([]);
    expect(month(s.replace('August', 'May'))).toEqual(['May']);
  });
  it('reads the dateline to its dash', () => {
    expect(datelineAt(src)).toBe('KELOWNA, British Columbia, June 18 (Reuters) - '.length);
    expect(datelineAt('NEW YORK, June 18 (Reuters) - Residents said')).toBe('NEW YORK, June 18 (Reuters) - '.length);
  });
});

describe('منع "prevented" in its verb forms negates what follows (lexicons/negation.json arabicImplicit)', () => {
  const src = 'وزعمت الجمعية أن نقص الممرضين المتخصصين سيحول دون تشغيل جميع الأجهزة.';
  it('reads ستمنع تشغيل as سيحول دون تشغيل, and still flags the operation said to go ahead', () => {
    const negation = (s: string) => flagged(check(s, src, ar), ['negation-mismatch']);
    expect(negation('وتقول الجمعية إن قلة الممرضين المتخصصين ستمنع تشغيل جميع الأجهزة.')).toEqual([]);
    expect(negation('وتقول الجمعية إن قلة الممرضين المتخصصين ستسمح بتشغيل جميع الأجهزة.')).not.toEqual([]);
  });
});

describe("a range's first figure in the scale of its second, with decimals (text/numbers.ts inNextScale)", () => {
  it('reads "from 3.6 to 5.1 billion" as 3.6 billion in English and Arabic, and still flags a changed first figure', () => {
    const enSrc = 'According to the case documents, the final cost of the road project rose from 3.6 billion dinars to 5.1 billion dinars.';
    const arSrc = 'وبحسب وثائق القضية، ارتفعت الكلفة النهائية لمشروع الطريق من 3.6 مليار دينار إلى 5.1 مليار دينار.';
    const numbers = (s: string, from: string, o: typeof en | typeof ar) => flagged(check(s, from, o), ['number-mismatch']);
    expect(numbers('The cost of the road rose from 3.6 to 5.1 billion dinars, the case documents show.', enSrc, en)).toEqual([]);
    expect(numbers('وتظهر وثائق القضية أن كلفة الطريق صعدت من 3.6 إلى 5.1 مليار دينار.', arSrc, ar)).toEqual([]);
    expect(numbers('The cost of the road rose from 3.2 to 5.1 billion dinars, the case documents show.', enSrc, en)).toEqual(['3.2']);
  });
});

describe('"لا … إلا بعد" a span is a bound on when (check/rules/negation.ts notUntil)', () => {
  const src = 'وتُسدَّد القروض على فترة تصل إلى 25 عاما، مع فترة سماح مدتها ستة أشهر قبل بدء سداد الأقساط.';
  it('reads "ولا تبدأ الأقساط إلا بعد ستة أشهر" as the grace period; another span is the number rule\'s error', () => {
    expect(errors(check('وتسدد القروض على 25 عاما، ولا تبدأ الأقساط إلا بعد ستة أشهر.', src, ar))).toEqual([]);
    expect(errors(check('وتسدد القروض على 25 عاما، ولا تبدأ الأقساط إلا بعد تسعة أشهر.', src, ar)).map((f) => f.text)).toEqual(['تسعة']);
  });
});

describe('a span of time is not sourced by the same figure as a span of another size (check/rules/numbers.ts)', () => {
  const src = 'State officials said a full investigation could take up to six months.';
  it('flags "six weeks" against "six months", and takes "six months" and "half a year"', () => {
    const numbers = (s: string) => flagged(check(s, src, en), ['number-mismatch']);
    expect(numbers('A full inquiry could last as long as six weeks, state officials said.')).toEqual(['six']);
    expect(numbers('A full inquiry could last as long as six months, state officials said.')).toEqual([]);
  });
  it('reads "the first half of the year" as its six months, and الثلاثية as three months', () => {
    expect(sourceReadings(tokenize('Malaria cases rose 22% in the first half of the year.'))).toContain(6);
    expect(sourceReadings(tokenize('الأسر التي لا يتجاوز استهلاكها عشرين مترا مكعبا في الثلاثية.'))).toContain(3);
  });
});

describe('"revive" restates "reintroduce" (lexicons/synonyms.json english)', () => {
  const src =
    "Agriculture Cabinet Secretary Florence Wambui said the government would not reintroduce a minimum price for coffee, arguing that market reforms introduced in 2022 had already raised farmers' share of export earnings to about 70%.";
  it('flags "would revive" as dropping "would not reintroduce", and takes "would not revive"', () => {
    const s =
      "Agriculture Cabinet Secretary Florence Wambui said the government would revive a minimum price for coffee, contending that 2022 market reforms had already lifted growers' share of export revenue to around 70%.";
    const negation = (x: string) => flagged(check(x, src, en), ['negation-mismatch']);
    expect(negation(s)).not.toEqual([]);
    expect(negation(s.replace('would revive', 'would not revive'))).toEqual([]);
  });
});

describe('an Arabic surname of ب after بحسب, before فإن (text/speakers.ts nameBeforeThat)', () => {
  it('reads "وبحسب بلقاسمي، فإن" as بلقاسمي\'s words', () => {
    const t = 'وبحسب بلقاسمي، فإن الملف يخلو من أي دليل مادي.';
    expect(speakersOf(t, analyze(t, { prefix: 's', lang: 'ar' }).sentences[0].tokens).map((s) => s.tokens.map((x) => x.text).join(' '))).toEqual(['بلقاسمي']);
  });
});

describe('a year after the word another year follows in the best sentence is an error though the source has it elsewhere (check/rules/numbers.ts)', () => {
  const src =
    'وتأسست اللجنة عام 2019 لمراقبة أماكن الاحتجاز. وقالت سميرة عواد، وهي والدة أحد الموقوفين من مدينة طرابلس، إن ابنها محتجز منذ أيار/مايو 2021 دون محاكمة بتهمة سرقة، وإنه فقد نحو 15 كيلوغراما من وزنه.';
  it('gives "منذ أيار/مايو 2019" an error, and the right year none', () => {
    const s = 'أما سميرة عواد من طرابلس فتروي أن ابنها موقوف بلا محاكمة منذ أيار/مايو 2019 وأنه خسر قرابة 15 كيلوغراما من وزنه.';
    expect(errors(check(s, src, ar)).map((f) => f.text)).toEqual(['2019']);
    expect(errors(check(s.replace('2019', '2021'), src, ar))).toEqual([]);
  });
});

describe('the complement of a negated clause after an aside stays with it (text/claims.ts opensWithPreposition)', () => {
  const src = 'ويشغل المصنع نحو 650 عاملا وينتج 1.2 مليون طن من الإسمنت سنويا، وأكد الوالي أن العمال سيتقاضون أجورهم كاملة خلال فترة التعليق.';
  it('flags "ولن يحصل عمال المصنع، البالغ عددهم قرابة 650، على كامل أجورهم" as one claim with its negation', () => {
    const r = check('ولن يحصل عمال المصنع، البالغ عددهم قرابة 650، على كامل أجورهم طوال مدة التعليق، وفق ما أكده الوالي.', src, ar);
    expect(r.summary.claims.length).toBe(1);
    expect(flagged(r, ['negation-mismatch'])).not.toEqual([]);
  });
  it('does not join a phrase of its own after على (على الرغم من)', () => {
    const r = analyze('لم يتمكن الفريق من الفوز في المباراة الأخيرة، على الرغم من الأداء القوي للاعبين طوال الموسم.', {
      prefix: 's',
      lang: 'ar',
      claims: true,
    });
    expect(r.claims.length).toBe(2);
  });
});

describe('weekdays named together in the source (lexicons/dates.json weekdaysTogether)', () => {
  const src = 'Director Fiona Strachan said entry would be free on weekdays but visitors would be charged 8 pounds at weekends to help cover running costs.';
  it('reads "from Monday to Friday" and "on Saturdays and Sundays" as no unknown names', () => {
    const s = 'Admission will be free from Monday to Friday, but visitors will pay £8 on Saturdays and Sundays, director Fiona Strachan said.';
    expect(flagged(check(s, src, en), ['unknown-name'])).toEqual([]);
    expect(flagged(check(s, src.replace('on weekdays', 'on most days').replace('at weekends', 'on some days'), en), ['unknown-name'])).not.toEqual([]);
  });
});

describe('the second word of a name of عبد, swapped (check/rules/names.ts)', () => {
  const src =
    'وقال وزير الشباب والرياضة عبد الحميد بوزيد للصحافيين إن سلامة الجماهير تأتي قبل أي اعتبار آخر، موضحاً أن أعمال الترميم ستكلف نحو 2.3 مليار دينار جزائري.';
  it('flags المجيد in "عبد المجيد بوزيد", not the source\'s own name', () => {
    const names = (s: string) => flagged(check(s, src, ar), ['unknown-name']);
    expect(names('وقدّر وزير الشباب والرياضة عبد المجيد بوزيد كلفة الترميم بنحو 2.3 مليار دينار.')).toEqual(['المجيد']);
    expect(names('وقدّر وزير الشباب والرياضة عبد الحميد بوزيد كلفة الترميم بنحو 2.3 مليار دينار.')).toEqual([]);
  });
});

describe('a clause of contrast after a function word, and وفق inside a clause, close no attribution (text/allegations.ts)', () => {
  const src =
    'واتهم الاتحاد إدارة الشركة بفصل 45 عاملاً الشهر الماضي بسبب نشاطهم النقابي. في المقابل، نفى مدير الموارد البشرية في الشركة أنس بنجلون هذه الاتهامات، وقال إن عقود العمال المعنيين "انتهت بشكل قانوني ولا علاقة لها بأي نشاط نقابي".';
  it('flags the dismissals stated as fact before "في حين يؤكد … أن عقودهم انتهت وفق القانون"', () => {
    const s =
      'وفصلت الشركة 45 عاملاً الشهر الماضي بسبب نشاطهم النقابي، في حين يؤكد مدير الموارد البشرية أنس بنجلون أن عقودهم انتهت وفق القانون ولا صلة لها بالعمل النقابي.';
    expect(flagged(check(s, src, ar), ['attribution-mismatch'])).not.toEqual([]);
    expect(flagged(check(s.replace('وفصلت الشركة', 'ويتهم الاتحاد الشركة بفصل').replace('عاملاً', 'عاملا'), src, ar), ['attribution-mismatch'])).toEqual([]);
  });
});

describe("حمّل … المسؤولية keeps an accusation its holder's (lexicons/reporting.json blameHolding)", () => {
  const src =
    'واتهم اتحاد ملاك العقارات في المعادي شركة "النيل الحديثة للإنشاءات"، المنفذة لأعمال الحفر، بالتسبب في تشققات في جدران 40 مبنى على طول المسار. في المقابل، قالت الشركة إن التشققات قديمة.';
  it('takes "ويحمّل ملاك العقارات … الشركة … مسؤولية تصدعات", and flags the cracks stated as fact', () => {
    const asFact = (s: string) => flagged(check(s, src, ar), ['attribution-mismatch']);
    expect(asFact('ويحمّل ملاك العقارات في المعادي الشركة المنفذة للحفر مسؤولية تصدعات في أربعين مبنى، في حين تقول الشركة إن التشققات قديمة.')).toEqual([]);
    expect(asFact('وتسببت الشركة المنفذة للحفر في تصدعات في أربعين مبنى في المعادي، في حين تقول الشركة إن التشققات قديمة.')).not.toEqual([]);
  });
});

describe('a span with an adjective before its unit, and a dual with a fraction after it (text/numbers.ts)', () => {
  it('reads "18 consecutive months" as a year and a half', () => {
    const src =
      "The New South Wales government announced a drought relief package for farmers in the state's west, where some districts have recorded below-average rainfall for 18 consecutive months.";
    const numbers = (s: string) => flagged(check(s, src, en), ['number-mismatch']);
    expect(numbers('The package is for farmers in a region where some districts have endured a year and a half of below-average rain.')).toEqual([]);
    expect(numbers('The package is for farmers in a region where some districts have endured two and a half years of below-average rain.')).not.toEqual([]);
  });
  it('reads "ريالين ونصف" as 2.5 riyals, and still flags ريالين وربع', () => {
    const src =
      'وذكرت جمعية الصيادين في شناص أن كميات الأسماك المنزلة في سوق الولاية تراجعت بنحو 60 بالمئة هذا الأسبوع، في حين ارتفع سعر كيلوغرام الكنعد إلى 4 ريالات من 2.5 ريال.';
    const s = 'وأفادت جمعية الصيادين بأن كميات السمك المنزلة هبطت بنحو ستين في المئة وأن سعر كيلو الكنعد صعد من ريالين ونصف إلى أربعة.';
    const numbers = (x: string) => flagged(check(x, src, ar), ['number-mismatch']);
    expect(numbers(s)).toEqual([]);
    expect(numbers(s.replace('ونصف', 'وربع'))).toEqual(['وربع']);
  });
});

describe('حمّل … المسؤولية across the clauses of a sentence (text/allegations.ts blamesAcross)', () => {
  const src =
    'واتهم رئيس جمعية لبحارة الصيد التقليدي في الداخلة، الحسين أيت بوهو، سفن الصيد في أعالي البحار بالصيد ليلا في مناطق محظورة، قائلا إن الصيادين الصغار يدفعون ثمن تجاوزات غيرهم.';
  it("keeps the blame its holder's in every clause from the verb to the responsibility, and still flags the charge as fact", () => {
    const asFact = (s: string) => flagged(check(s, src, ar), ['attribution-mismatch']);
    expect(
      asFact('ويحمل الحسين أيت بوهو، رئيس جمعية لبحارة الصيد التقليدي في الداخلة، سفن أعالي البحار المسؤولية، متهما إياها بالصيد ليلا في مناطق ممنوعة.'),
    ).toEqual([]);
    expect(asFact('وتصطاد سفن الصيد في أعالي البحار ليلا في مناطق محظورة في الداخلة.')).not.toEqual([]);
  });
});

describe('a statement after a semicolon, and "called a …" (text/claims.ts ownStatement, text/speakers.ts callsNothing)', () => {
  const src =
    'Voskova accused her opponent of taking a medical timeout at 5-5 in the third set to break her momentum. Lefebvre denied the accusation, saying she had felt a sharp pain in her thigh.';
  it('gives the accusation to Voskova, not to the Lefebvre who "had called a medical timeout" nor to the one who "rejected" it', () => {
    const s = 'Voskova claimed that Lefebvre had called a medical timeout at 5-5 in the third set to break her rhythm; Lefebvre rejected the accusation.';
    const r = check(s, src, en);
    expect(r.summary.claims.length).toBe(2);
    expect(flagged(r, ['attribution-mismatch'])).toEqual([]);
  });
  it('still reads "called for", "called it" and "called fair" as saying', () => {
    const speakers = (t: string) => speakersOf(t, tokenize(t)).map((x) => x.tokens.map((w) => w.text).join(' '));
    expect(speakers('Union leader Joe Marchuk called for fresh talks.')).toEqual(['Union leader Joe Marchuk']);
    expect(speakers('The referee called a medical timeout.')).toEqual([]);
  });
});

describe('الرياضة "sport" is no Riyadh (lexicons/entities.json notEntityWords)', () => {
  it('reads الرياضة and الرياضية as no city, الرياض and بالرياض still as one', () => {
    const city = (w: string) => entityAt(tokenize(w), 0)?.id;
    expect(['الرياضة', 'والرياضة', 'الرياضية', 'الرياضي'].map(city)).toEqual([undefined, undefined, undefined, undefined]);
    expect(['الرياض', 'بالرياض', 'والرياض'].map(city)).toEqual(['الرياض', 'الرياض', 'الرياض']);
  });
  it('reads the sea, "big", "left" and "milk" as no Bahrain, Peru, Turkey or Lebanon (the audit of the project\'s Arabic words)', () => {
    const id = (w: string) => entityAt(tokenize(w), 0)?.id;
    expect(['البحر', 'البحرية', 'كبيرة', 'كبيرا', 'ترك', 'اللبن', 'قطرة', 'للحج'].map(id)).toEqual(Array(8).fill(undefined));
    expect(['البحرين', 'بيرو', 'تركيا', 'لبنان', 'قطر', 'لحج'].map(id)).toEqual(['البحرين', 'بيرو', 'تركيا', 'لبنان', 'قطر', 'لحج']);
    const src = 'وأعلنت السلطات عن إجلاء السكان من القرى المطلة على البحر بسبب العاصفة.';
    expect(flagged(check('وأعلنت السلطات المصرية عن إجلاء السكان من القرى المطلة على الساحل.', src, ar), ['entity-mismatch'])).toEqual([]);
  });
  it('does not set a club\'s city against "النجمة الرياضية"', () => {
    const src = 'في المقابل، اتهم رئيس النجمة الرياضية كمال بن صالح الحكمين بالتغاضي عن ثلاث حالات إقصاء واضحة، مطالبا الجامعة التونسية لكرة اليد بفتح تحقيق.';
    expect(
      flagged(check('وطالب رئيس نادي المنستير كمال بن صالح بتحقيق في التحكيم، متهما الحكمين بالتغاضي عن ثلاث حالات إقصاء.', src, ar), ['entity-mismatch']),
    ).toEqual([]);
  });
});

describe('a word said plain in its own part of a sentence of contrast is no dropped negation (check/rules/negation.ts)', () => {
  const src =
    "ACCRA, Jan 8 (Reuters) - Ghana's annual consumer price inflation eased for a fifth straight month to 18.4% in December from 20.1% in November, the Ghana Statistical Service said on Wednesday, its lowest level since March 2022. Food inflation slowed to 21.6% from 24.0%, while non-food inflation rose to 15.9% from 15.2%, driven by higher transport fares and utility tariffs.";
  const lead = "Ghana's headline inflation slowed for the fifth month running, dropping to 18.4% in December from 20.1% a month earlier. ";
  const negation = (s: string) => flagged(check(lead + s, src, en), ['negation-mismatch']);
  it('reads "Food price growth eased to 21.6%" against the first part, and the non-food figures given to food as dropping "non-"', () => {
    expect(negation('Food price growth eased to 21.6% from 24.0%.')).toEqual([]);
    expect(negation('Food price growth quickened to 15.9% from 15.2%.')).toEqual(['Food']);
  });
  it('takes the word plain beside the accusation that a second support sentence makes of it (بتحويل)', () => {
    const ar2 =
      'واتهمت النقابة شركة "النقل الحضري الأطلسي"، المشغّلة للخطوط، بتحويل جزء من الدعم العمومي الذي تتلقاه من مجلس المدينة، والبالغ 120 مليون درهم سنوياً، إلى سداد ديون مصرفية، وهو ما نفاه مدير الموارد البشرية في الشركة، حميد السقاط، الذي عزا التأخير إلى عدم تحويل المجلس الدفعة الأخيرة من الدعم. وقال نائب عمدة المدينة المكلف بالنقل، يونس الشرقاوي، إن المجلس سيحوّل 35 مليون درهم إلى الشركة قبل نهاية الأسبوع.';
    expect(
      flagged(check('ووعد يونس الشرقاوي، نائب العمدة المكلف بالنقل، بتحويل 35 مليون درهم إلى الشركة قبل انقضاء الأسبوع.', ar2, ar), ['negation-mismatch']),
    ).toEqual([]);
  });
});

describe("a word said plain among more of the claim's words in another support sentence is no dropped negation (check/rules/negation.ts plainElsewhere)", () => {
  // (a fresh editor pair's source, probes/fresh/b73-en-7)
  const src =
    "FRESNO, Calif. (AP) — A ransomware attack has knocked out most of Fresno's city computer systems for a sixth day, forcing staff to issue building permits by hand and delaying water bill payments for about 140,000 households, officials said Tuesday. City Manager Laura Petrosyan said the hackers had demanded $4.5 million in cryptocurrency and that the city would not pay. \"We will not reward criminals with taxpayer money, full stop,\" Petrosyan told a news conference at City Hall. A group calling itself BlackVane claimed on its dark web site that it had stolen 380 gigabytes of data, including employee Social Security numbers, and posted what it said were sample files. Chief Information Officer Marcus Reed denied that any Social Security numbers had been taken, saying the payroll database was stored on a separate network that was not breached. Reed said 911 emergency dispatch and police radio were not affected, but the city's online payment portal could stay offline until at least Feb. 24. Since the attack began, calls to the city's 311 help line have jumped 60%, while the number of permit applications processed has fallen to about 40 a day from 250. Councilmember Rosa Delgado accused the administration of ignoring a 2022 audit that warned the city's backup systems were outdated. Petrosyan said the audit's recommendations had been \"largely implemented.\" Miguel Fuentes, who owns a roofing business in southeast Fresno, said three of his jobs had been put on hold because he could not get permits. The FBI's Sacramento field office said it was investigating.";
  it('reads the hackers\' claim, not the official\'s denial, in "employee Social Security numbers among them"', () => {
    const s =
      'A group called BlackVane claimed to have taken 380 gigabytes of data, employee Social Security numbers among them, but Chief Information Officer Marcus Reed said none of those numbers had been stolen because payroll records sit on a separate, unbreached network.';
    expect(flagged(check(s, src, en), ['negation-mismatch'])).toEqual([]);
  });
  it('still flags the denial dropped where no sentence says the numbers were taken', () => {
    const denial =
      'Chief Information Officer Marcus Reed denied that any Social Security numbers had been taken, saying the payroll database was stored on a separate network.';
    expect(
      flagged(check('Chief Information Officer Marcus Reed said employee Social Security numbers had been taken from the payroll database.', denial, en), [
        'negation-mismatch',
      ]),
    ).not.toEqual([]);
  });
});

describe('a denial without "that", and a word of un- for a source\'s "without" (check/rules/negation.ts deniedBareClause, PREFIXED_WORDS)', () => {
  // (fresh editor pairs' sources, probes/fresh/b98-en-8 and b87-en-8, cut to their sentences)
  const denial =
    'The union accused the company of cutting split-shift allowances last year. Pendlebury denied the allowances had been cut, saying they had been folded into a higher base hourly rate of A$34.60.';
  it('reads "said the allowances had not been cut" as the denial, and "said the allowances had been cut" as dropping it', () => {
    expect(flagged(check('Pendlebury said the allowances had not been cut but rolled into a higher base rate.', denial, en), ['negation-mismatch'])).toEqual(
      [],
    );
    expect(flagged(check('Pendlebury said the allowances had been cut.', denial, en), ['negation-mismatch'])).toEqual(['allowances']);
  });
  it('does not read "denied the charges, saying …" as denying the clause after the comma', () => {
    const charges = 'The company denied the charges, saying the allowances had been cut in line with the contract.';
    expect(flagged(check('The allowances had been cut in line with the contract, the company said.', charges, en), ['negation-mismatch'])).toEqual([]);
  });
  it('reads "unsupervised overnight" as "without overnight supervision", and "supervised overnight" as dropping it', () => {
    const src = 'Bell alleged that staffing cuts had left the elephants without overnight supervision for months.';
    expect(flagged(check('Staffing cuts had left the herd unsupervised overnight for months, Bell alleged.', src, en), ['negation-mismatch'])).toEqual([]);
    expect(flagged(check('Staffing cuts had left the herd supervised overnight for months, Bell alleged.', src, en), ['negation-mismatch'])).toEqual([
      'overnight',
    ]);
  });
});

describe('a change and its level in words (text/numbers.ts clockTime, check/rules/numbers.ts levelAfter)', () => {
  // (a fresh editor pair's source, probes/fresh/b117-en-2, cut to its sentence)
  const src =
    'Betting volumes on Welsh domestic rugby rose by 30 percent last season, while the number of integrity alerts sent by bookmakers fell from 14 to 9, according to figures released by the union.';
  const numbers = (s: string) => flagged(check(s, src, en), ['number-mismatch']);
  it('reads "dropped by five, to nine" as the change from 14 to 9, not as 8:55', () => {
    expect(numbers('Integrity alerts dropped by five, to nine.')).toEqual([]);
    expect(numbers('Integrity alerts fell by 5, to nine.')).toEqual([]);
  });
  it('still flags a change that is not the difference, and still reads "at twenty to seven" as 6:40', () => {
    expect(numbers('Integrity alerts fell by six, to nine.')).toEqual(['six']);
    expect(flagged(check('The ferry left at twenty to seven.', 'The ferry left at 6:40 on Tuesday.', en), ['number-mismatch'])).toEqual([]);
  });
});

describe('a change told as its difference (check/rules/numbers.ts changedBy, levelAfter; lexicons/numbers.json changeBy)', () => {
  // (fresh editor pairs' sources, probes/fresh/b116-ar-1, -ar-5, -ar-6, -ar-8 and -ar-4, cut to their sentences)
  const numbers = (s: string, source: string, lang: typeof ar | typeof en = ar) => flagged(check(s, source, lang), ['number-mismatch']);
  const rent = 'وقال الوزير إن متوسط الإيجار الشهري لشقة من غرفتين في عمّان ارتفع من 210 دنانير إلى 285 ديناراً خلال ثلاث سنوات.';
  it('reads "صعد بخمسة وسبعين ديناراً في ثلاثة أعوام ليبلغ 285" as the rise from 210 to 285, its level five tokens on', () => {
    const s = 'وأفاد الوزير بأن إيجار الشقة صعد بخمسة وسبعين ديناراً في ثلاثة أعوام ليبلغ 285 ديناراً شهرياً في المتوسط.';
    expect(flagged(check(s, rent, ar), ['number-mismatch', 'unsupported-span'])).toEqual([]);
    expect(numbers(s.replace('بخمسة وسبعين', 'بثمانين'), rent)).toEqual(['بثمانين']);
  });
  it('reads a figure with ب after a verb of change as a difference: زادت بسبعين شاحنة, بنحو سبعمئة جنيه past the subject', () => {
    const trucks = 'وأوضح القضاة أن عدد الشاحنات العابرة يومياً ارتفع من 280 شاحنة قبل الإغلاق إلى 350.';
    expect(numbers('وأوضح القضاة أن الشاحنات العابرة يومياً زادت بسبعين شاحنة عما كانت عليه قبل الإغلاق.', trucks)).toEqual([]);
    expect(numbers('وأوضح القضاة أن الشاحنات العابرة يومياً زادت بثمانين شاحنة عما كانت عليه قبل الإغلاق.', trucks)).toEqual(['بثمانين']);
    const cement = 'ارتفع سعر طن الإسمنت في السوق المصرية إلى نحو أربعة آلاف ومئتي جنيه، مقارنة بثلاثة آلاف وخمسمئة جنيه مطلع أيار/مايو 2025.';
    expect(numbers('قفز سعر طن الإسمنت في مصر بنحو سبعمئة جنيه، من 3500 جنيه إلى ما يقارب 4200 جنيه.', cement)).toEqual([]);
    expect(numbers('قفز سعر طن الإسمنت في مصر بنحو ثمانمئة جنيه، من 3500 جنيه إلى ما يقارب 4200 جنيه.', cement)).toEqual(['ثمانمئة']);
  });
  it('reads the level after "لتصل إلى", and a plain figure after a verb of change as no difference', () => {
    const hotels = 'أفاد تقرير بأن نسبة إشغال الفنادق المصنفة في مراكش بلغت 71 في المئة خلال الربع الثالث، مقابل 64 في المئة في الفترة نفسها من العام الماضي.';
    expect(numbers('صعدت نسبة إشغال الفنادق المصنفة في مراكش سبع نقاط مئوية على أساس سنوي لتصل إلى 71%.', hotels)).toEqual([]);
    expect(numbers('صعدت نسبة إشغال الفنادق المصنفة في مراكش ثماني نقاط مئوية على أساس سنوي لتصل إلى 71%.', hotels)).toEqual(['ثماني']);
    const trucks = 'وأوضح القضاة أن عدد الشاحنات العابرة يومياً ارتفع من 280 شاحنة قبل الإغلاق إلى 350.';
    expect(numbers('وأوضح القضاة أن الشاحنات العابرة يومياً ارتفعت إلى 70 شاحنة.', trucks)).toEqual(['70']);
  });
  it('reads "fell by five" as the fall from 14 to 9, and a change by the difference of two other figures as none', () => {
    const alerts = 'The number of integrity alerts sent by bookmakers fell from 14 to 9, according to the union.';
    expect(numbers('Integrity alerts fell by five.', alerts, en)).toEqual([]);
    expect(numbers('Integrity alerts fell by six.', alerts, en)).toEqual(['six']);
    const consent = 'Family consent rates climbed to 58% from 49%, while the number of living kidney donors fell slightly to 84 from 91.';
    expect(numbers('Family consent rose by seven percentage points to 58%.', consent, en)).toEqual(['seven']);
  });
  it('reads the plural "زادوا على أربعة أضعاف" as "more than fourfold" (lexicons/numbers.json more)', () => {
    const src = 'وأوضح الساعدي أن عدد المشتركين في القناة التي نشرت الأسئلة قفز من ألفي مشترك إلى أكثر من تسعة آلاف خلال ليلة واحدة.';
    expect(numbers('وقال الساعدي إن مشتركي القناة زادوا على أربعة أضعاف في ليلة واحدة ليتخطوا تسعة آلاف.', src)).toEqual([]);
  });
});

describe('spans told whole, a quarter by its months, a multiple in one word (text/numbers.ts, check/rules/names.ts)', () => {
  const numbers = (s: string, source: string, lang: typeof ar | typeof en = ar) => flagged(check(s, source, lang), ['number-mismatch']);
  it('reads "ساعتين ونصف الساعة" as 150 minutes, no longer as 120', () => {
    const src = 'وقال المهندس إن فرق الإطفاء سيطرت على النيران خلال ساعتين ونصف الساعة دون تسجيل أي إصابات.';
    expect(numbers('وذكر المهندس أن رجال الإطفاء أحكموا السيطرة على النيران في غضون مئة وخمسين دقيقة.', src)).toEqual([]);
    expect(numbers('وذكر المهندس أن رجال الإطفاء أحكموا السيطرة على النيران في غضون مئة وعشرين دقيقة.', src)).toEqual(['مئة وعشرين']);
  });
  it('reads "أسبوع كامل", "يوماً واحداً" and "a full week" as one of the span', () => {
    const strike = 'وأشارت النقابة إلى أنها لم تستبعد تمديد الإضراب إلى أسبوع كامل.';
    expect(numbers('ولم تستبعد النقابة إطالة الإضراب إلى سبعة أيام.', strike)).toEqual([]);
    expect(numbers('ولم تستبعد النقابة إطالة الإضراب إلى ثمانية أيام.', strike)).toEqual(['ثمانية']);
    expect(numbers('استمرت المحادثات 24 ساعة.', 'استمرت المحادثات يوماً واحداً.')).toEqual([]);
    expect(numbers('The union may extend the strike to seven days.', 'The union did not rule out extending the strike to a full week.', en)).toEqual([]);
  });
  it('reads "fivefold" in a source as five times', () => {
    const src = 'Payments to the firms had risen nearly fivefold during his time in office.';
    expect(numbers('Payments grew almost five times over.', src, en)).toEqual([]);
    expect(numbers('Payments grew almost six times over.', src, en)).toEqual(['six']);
  });
  it('reads "March" of "the January-March quarter" as the first quarter\'s month, and flags it against another quarter', () => {
    const names = (s: string, source: string) => flagged(check(s, source, en), ['unknown-name']);
    expect(names('Exports climbed 17 percent in the January-March quarter of 2025.', 'Exports rose by 17 percent in the first quarter of 2025.')).toEqual([]);
    expect(names('Exports climbed 17 percent in the January-March quarter of 2025.', 'Exports rose by 17 percent in the second quarter of 2025.')).not.toEqual(
      [],
    );
  });
});

describe('"and" before a verb of saying opens a part for the antonym rule (check/rules/antonyms.ts opensPart)', () => {
  it('reads "rejected all the charges" against "denied all the charges and told the court that every contract had been approved"', () => {
    const src = 'Ortega denied all the charges and told the court that every contract had been approved.';
    expect(flagged(check('Ortega rejected all the charges.', src, en), ['antonym-mismatch'])).toEqual([]);
  });
  it('keeps "and denied" in the part before it, whose side a claim\'s "acknowledged" turns round', () => {
    const src = fs.readFileSync('probes/train/en09_benfica_atletico/source.txt', 'utf8');
    const s = 'Benfica boss Rui Castanheira acknowledged his players were tired, and also blamed a loss of concentration after Atletico drew level.';
    expect(flagged(check(s, src, en), ['antonym-mismatch'])).toEqual(['acknowledged']);
  });
});

describe('an aside of the size of the noun before it, and a level after "ليستقر عند" (text/claims.ts amountAsides, lexicons/numbers.json levelAfter)', () => {
  // (a fresh editor pair's source, probes/fresh/b117-ar-1, cut to its sentences)
  const src =
    'وقال وزير التموين إن الخطة ستوفر على الموازنة العامة نحو 12 مليار جنيه سنوياً، مضيفاً أن عدد المستفيدين من البطاقات التموينية سيبقى عند نحو 61 مليون مواطن. وأشار إلى أن فاتورة دعم الخبز ارتفعت في السنة المالية الماضية بنسبة 18 في المئة، في حين تراجع عدد المخابز المتعاقدة مع الوزارة من ثلاثين ألفاً إلى ثمانية وعشرين ألفاً وخمسمئة مخبز.';
  it('judges "، البالغ نحو واحد وستين مليوناً،" with the beneficiaries it describes, not alone', () => {
    const s = 'ولن يتغير عدد المستفيدين من البطاقات التموينية، البالغ نحو واحد وستين مليوناً، بحسب الوزير.';
    const claims = check(s, src, ar).summary.claims.map((c) => c.text);
    expect(claims.some((c) => c.startsWith('البالغ'))).toBe(false);
    expect(flagged(check(s, src, ar), ['unsupported-claim', 'number-mismatch'])).toEqual([]);
  });
  it('reads "نقص … ألفاً وخمسمئة مخبز ليستقر عند 28500" as the fall from thirty thousand', () => {
    const numbers = (s: string) => flagged(check(s, src, ar), ['number-mismatch']);
    expect(numbers('بينما نقص عدد المخابز المتعاقدة مع الوزارة ألفاً وخمسمئة مخبز ليستقر عند 28500.')).toEqual([]);
    expect(numbers('بينما نقص عدد المخابز المتعاقدة مع الوزارة ألفين وخمسمئة مخبز ليستقر عند 28500.')).not.toEqual([]);
  });
});

describe('a source speaker told by a role alone whose holder the source names (check/rules/attribution.ts roleOfNamed)', () => {
  // (a fresh editor pair's source, probes/fresh/b117-ar-4, cut)
  const src =
    'واتهم بنعلي الحكومة بالتراجع عن اتفاق وُقع في ديسمبر 2023. ونفى الناطق باسم وزارة التربية الوطنية والتعليم الأولي والرياضة، يوسف العلوي، أن تكون الحكومة قد أخلت بأي التزام.\n\nوأضاف الناطق أن كتلة الأجور في قطاع التعليم ارتفعت خلال السنوات الثلاث الأخيرة بنحو 11 مليار درهم.';
  const speakers = (s: string) => flagged(check(s, src, ar), ['attribution-mismatch']);
  it("gives the spokesman's words to العلوي, the spokesman the source names", () => {
    expect(speakers('وذكر العلوي أن فاتورة أجور قطاع التعليم زادت بنحو 11 مليار درهم في ظرف ثلاث سنوات.')).toEqual([]);
  });
  it('still flags them given to بنعلي, another speaker', () => {
    expect(speakers('وذكر بنعلي أن فاتورة أجور قطاع التعليم زادت بنحو 11 مليار درهم في ظرف ثلاث سنوات.')).toEqual(['بنعلي']);
  });
});

describe('a total broken down after it, a span of years between two years, a change in cents (check/rules/numbers.ts)', () => {
  // (a fresh editor pair's source, probes/fresh/b117-en-8, cut)
  const order =
    'Ethiopian Airlines has agreed to buy 20 Boeing 737 MAX jets and eight 787 Dreamliners in a deal worth about 4.5 billion dollars. Chief executive Tewodros Alemu said the aircraft would be delivered between 2026 and 2030.';
  const numbers = (s: string, source: string) => flagged(check(s, source, en), ['number-mismatch']);
  it('reads "28 Boeing jets, twenty 737 MAX aircraft and eight 787 Dreamliners" as a total and its parts', () => {
    expect(numbers('Ethiopian Airlines has agreed to buy 28 Boeing jets, twenty 737 MAX aircraft and eight 787 Dreamliners.', order)).toEqual([]);
    expect(numbers('Ethiopian Airlines has agreed to buy 30 Boeing jets, twenty 737 MAX aircraft and eight 787 Dreamliners.', order)).toEqual(['30']);
    expect(numbers('Ethiopian Airlines has agreed to buy 28 Boeing jets, twenty 737 MAX aircraft and nine 787 Dreamliners.', order)).toEqual(['28', 'nine']);
    // (not a day of a month with two figures later that sum to it)
    const debut = 'He made his debut on August 5, 2018, starting in a 2-1 loss to Real Salt Lake, making 8 saves and allowing 2 goals.';
    expect(numbers('He made his debut on August 4, 2018, starting in a 2-1 loss, making 8 saves and allowing 2 goals.', debut)).toEqual(['4']);
  });
  it('reads "over five years starting in 2026" as 2026 to 2030, and not without a year of the two', () => {
    expect(numbers('The new jets will arrive over five years starting in 2026, Alemu said.', order)).toEqual([]);
    expect(numbers('The new jets will arrive over six years starting in 2026, Alemu said.', order)).toEqual(['six']);
    expect(numbers('The new jets will arrive over five years, Alemu said.', order)).toEqual(['five']);
  });
  it('reads "go up by 40 cents to 2.40 euros" for a fare from 2 euros to 2.40', () => {
    const fare = 'Tickets will rise from 2 euros to 2.40 euros.';
    expect(numbers('Tickets will go up by 40 cents to 2.40 euros.', fare)).toEqual([]);
    expect(numbers('Tickets will go up by 50 cents to 2.40 euros.', fare)).toEqual(['50']);
  });
});

describe('a negated verb of intending negates the act it governs too (lexicons/negation.json intentVerbs)', () => {
  it('flags "وستفرض الحكومة سقفاً" against "لا تعتزم فرض أي سقف", and not "ولن تفرض"', () => {
    const src = 'وأكد الوزير أن الحكومة لا تعتزم فرض أي سقف على الكميات المصدرة خلال الموسم الحالي.';
    expect(flagged(check('وستفرض الحكومة سقفاً على كميات التصدير هذا الموسم، كما أكد الوزير.', src, ar), ['negation-mismatch'])).toEqual(['وستفرض']);
    expect(flagged(check('ولن تفرض الحكومة سقفاً على كميات التصدير هذا الموسم، كما أكد الوزير.', src, ar), ['negation-mismatch'])).toEqual([]);
  });
  it('flags "will raise prices" against "did not intend to raise prices" on the raising', () => {
    const src = 'Menon said the company did not intend to raise prices again before the end of the year.';
    expect(flagged(check('The company will raise prices again before the end of the year, Menon said.', src, en), ['negation-mismatch'])).toEqual(['raise']);
  });
});

describe('a name of the source right after an Arabic verb of saying with no أن (check/rules/attribution.ts nameAfterVerb; reporting.json عزا)', () => {
  // (a fresh editor pair's source, probes/fresh/b116-ar-7, cut)
  const src =
    'وقال وكيل الوزارة لقطاع الرعاية الصحية الأولية الدكتور علي باسلامة إن الحملة تستمر خمسة أيام. وأضاف أن رصد ثلاث حالات جديدة من فيروس شلل الأطفال المشتق من اللقاح في محافظتي لحج وتعز خلال الربع الأخير من عام 2024 دفع الوزارة إلى تقديم موعد الحملة. من جهته، قال مسؤول برنامج التحصين في مكتب منظمة الصحة العالمية في عدن الدكتور مراد الجعيدي إن المنظمة وفّرت أكثر من مليوني جرعة من اللقاح الفموي.';
  const speakers = (s: string) => flagged(check(s, src, ar), ['attribution-mismatch']);
  it('flags the reason given to الجعيدي, and not given to باسلامة', () => {
    expect(speakers('وعزا الجعيدي تقديم موعد الحملة إلى رصد ثلاث إصابات جديدة بالفيروس المشتق من اللقاح في لحج وتعز.')).toEqual(['الجعيدي']);
    expect(speakers('وعزا باسلامة تقديم موعد الحملة إلى رصد ثلاث إصابات جديدة بالفيروس المشتق من اللقاح في لحج وتعز.')).toEqual([]);
  });
});

describe('figures of the 118th batch restated (text/numbers.ts, check/rules/numbers.ts)', () => {
  const numbers = (s: string, source: string, lang: typeof ar | typeof en = ar) => flagged(check(s, source, lang), ['number-mismatch']);
  it('reads "a quarter of a billion" as 250 million', () => {
    const src = 'It now expects full-year profit of about three billion euros, a quarter of a billion more than it had previously forecast.';
    expect(numbers('It expects full-year profit 250 million more than its earlier forecast.', src, en)).toEqual([]);
    expect(numbers('It expects full-year profit 300 million more than its earlier forecast.', src, en)).toEqual(['300 million']);
  });
  it('reads "half of the 14 injured" as seven of them', () => {
    const src = 'The blast injured 14 people. Moffat told reporters that seven of the injured remained in hospital, one of them in a critical condition.';
    expect(numbers('Police said half of the 14 injured were still in hospital, one critically ill.', src, en)).toEqual([]);
    expect(numbers('Police said a third of the 14 injured were still in hospital, one critically ill.', src, en)).toEqual(['a third']);
  });
  it('reads "by a margin of fourteen votes" against a sentence outside the support set with 41 votes to 27', () => {
    const src =
      'Bristol City Council on Tuesday approved a 4.99 percent rise in council tax for the 2025/26 financial year. Councillor Helen Marsh said the increase was needed to close a funding gap. The budget passed by 41 votes to 27 after a debate lasting more than four hours.';
    expect(numbers('Bristol councillors on Tuesday backed a council tax increase of just under five percent by a margin of fourteen votes.', src, en)).toEqual(
      [],
    );
    expect(numbers('Bristol councillors on Tuesday backed a council tax increase of just under five percent by a margin of fifteen votes.', src, en)).toEqual([
      'fifteen',
    ]);
  });
  it('reads "دينارين و400 فلس" as 2.4 dinars, and "900 فلس" beside it as 0.9 dinar', () => {
    const src = 'وأضاف أن كلفة إيصال المتر المكعب الواحد ارتفعت إلى 2.4 دينار، في حين تراجع متوسط ما تحصّله السلطة عن المتر نفسه إلى 0.9 دينار بسبب الفاقد.';
    const s = 'وبينما صعدت كلفة إيصال المتر المكعب إلى دينارين و400 فلس، هبط متوسط ما تجبيه السلطة عنه إلى 900 فلس بفعل الفاقد.';
    expect(flagged(check(s, src, ar), ['number-mismatch', 'unsupported-span'])).toEqual([]);
    expect(numbers(s.replace('900', '800'), src)).toEqual(['800']);
    expect(numbers(s.replace('و400', 'و500'), src)).toEqual(['500']);
  });
  it('reads "منذ ثلثي عام" as eight months (a third is no exact decimal)', () => {
    const src = 'نظم الممرضون وقفة احتجاجية للمطالبة بصرف تعويضات متأخرة منذ ثمانية أشهر.';
    expect(numbers('احتشد الممرضون احتجاجا على تعويضات لم تُصرف منذ ثلثي عام.', src)).toEqual([]);
    expect(numbers('احتشد الممرضون احتجاجا على تعويضات لم تُصرف منذ ثلث عام.', src)).toEqual(['ثلث']);
  });
  it('reads a figure right after an Arabic verb of change and its subject as the change, of two figures of one sentence with its unit', () => {
    const src =
      'وقررت المحكمة تأجيل الجلسة إلى الحادي عشر من الشهر المقبل للاستماع إلى شهادة أربعة شهود. وأشار الساعدي إلى أن عدد قضايا الرشوة ارتفع العام الماضي إلى 312 قضية، في حين تراجع متوسط مدة التحقيق فيها من ثمانية أشهر إلى خمسة.';
    expect(numbers('وأفاد الساعدي بأن قضايا الرشوة صعدت إلى 312 قضية، بينما قصر متوسط مدة التحقيق فيها ثلاثة أشهر.', src)).toEqual([]);
    // (not 11 − 4 of the sentence before, a day of the month and a count of witnesses)
    expect(numbers('وأفاد الساعدي بأن قضايا الرشوة صعدت إلى 312 قضية، بينما قصر متوسط مدة التحقيق فيها سبعة أشهر.', src)).toEqual(['سبعة']);
  });
});

describe('figures and negations of the 119th batch restated (text/numbers.ts, check/rules/numbers.ts, negation.ts, antonyms.ts)', () => {
  const numbers = (s: string, source: string, lang: typeof ar | typeof en = ar) => flagged(check(s, source, lang), ['number-mismatch']);
  it('reads "one and a half million", "28,000 tonnes below" and "one train in four"', () => {
    const homes = 'The farm is expected to generate enough electricity for around one and a half million homes.';
    expect(numbers('The farm should power roughly 1.5 million homes.', homes, en)).toEqual([]);
    expect(numbers('The farm should power roughly 2.5 million homes.', homes, en)).toEqual(['2.5 million']);
    const quota = 'The decision lowers the total allowable catch to 46,000 tonnes, down from about 74,000 tonnes in 2023.';
    expect(numbers("Ministers settled on a catch limit of 46,000 tonnes, some 28,000 tonnes below this year's level.", quota, en)).toEqual([]);
    expect(numbers("Ministers settled on a catch limit of 46,000 tonnes, some 35,000 tonnes below this year's level.", quota, en)).toEqual(['35,000']);
    const trains = 'Regional services around Bordeaux were the worst hit, with only one train in four running.';
    expect(numbers('The Bordeaux region was hardest hit as just a quarter of its regional trains ran.', trains, en)).toEqual([]);
    expect(numbers('The Bordeaux region was hardest hit as just a third of its regional trains ran.', trains, en)).toEqual(['a third']);
  });
  it('reads "بنحو الخُمس العام الماضي" as a fifth, "ألفا درهم" as two thousand, "ساعتين وثماني دقائق" as 128 minutes, "تناهز" as a hedge', () => {
    expect(
      numbers('انخفض ما أُفرغ من السردين بنحو الخُمس العام الماضي.', 'وأوضح أن الكميات المفرغة من السردين تراجعت بنسبة 18 في المئة خلال العام الماضي.'),
    ).toEqual([]);
    expect(numbers('وتعهدت الوزارة بمنح كل بحار متضرر ألفي درهم شهرياً.', 'وأكدت الوزارة أنها ستصرف دعماً شهرياً قدره ألفا درهم لكل بحار متضرر.')).toEqual([]);
    const race = 'وكان بوعزة قد قطع مسافة السباق في ساعتين وثماني دقائق، محطماً الرقم القياسي للسباق.';
    expect(numbers('وأنهى بوعزة السباق في 128 دقيقة محطماً الرقم القياسي.', race)).toEqual([]);
    expect(numbers('وأنهى بوعزة السباق في 138 دقيقة محطماً الرقم القياسي.', race)).toEqual(['138']);
    expect(
      numbers(
        'حققت صادرات التمور 1.7 مليار ريال في 2024، بزيادة تناهز 16 في المئة.',
        'بلغت صادرات التمور 1.7 مليار ريال خلال عام 2024، بنمو نسبته 15.9 في المئة.',
      ),
    ).toEqual([]);
  });
  it('reads "على مدى سبعة أشهر" as June to December, both ends counted', () => {
    const src = 'وقال العنزي إن المتهمين سمحوا بمرور 43 حاوية دون تفتيش خلال الفترة من يونيو إلى ديسمبر 2024.';
    expect(numbers('وبحسب العنزي، مرت 43 حاوية من دون أي تفتيش على مدى سبعة أشهر من 2024.', src)).toEqual([]);
    expect(numbers('وبحسب العنزي، مرت 43 حاوية من دون أي تفتيش على مدى ثمانية أشهر من 2024.', src)).toEqual(['ثمانية']);
  });
  it('judges "، بزيادة تناهز 16 في المئة" with the clause before it, not against another sentence\'s "انخفض"', () => {
    const src =
      'وأعلن المركز أن صادرات التمور السعودية بلغت 1.7 مليار ريال خلال عام 2024، بنمو نسبته 15.9 في المئة مقارنة بالعام السابق. وقال العتيبي إن الكميات المصدرة ارتفعت إلى 320 ألف طن، بينما انخفض متوسط سعر الطن المصدر بنحو 4 في المئة.';
    const s = 'حققت صادرات التمور السعودية 1.7 مليار ريال في 2024، بزيادة تناهز 16 في المئة عن العام الذي سبقه.';
    expect(flagged(check(s, src, ar), ['antonym-mismatch', 'number-mismatch'])).toEqual([]);
  });
  it('reads "ربط رفع الحظر بتقرير" as the condition of "لن يُرفع إلا بعد صدور تقرير", and "سيُرفع قبل صدور التقرير" as none', () => {
    const src = 'وأضاف أن الحظر يهدف إلى حماية صغار الأسماك، وأنه لن يُرفع إلا بعد صدور تقرير المعهد الوطني للبحث في الصيد البحري.';
    const negations = (s: string) => flagged(check(s, src, ar), ['negation-mismatch']);
    expect(negations('وربط الفاسي رفع الحظر بتقرير يصدره المعهد الوطني للبحث في الصيد البحري.')).toEqual([]);
    expect(negations('وأضاف أن الحظر سيُرفع قبل صدور تقرير المعهد الوطني للبحث في الصيد البحري.')).not.toEqual([]);
  });
  it('reads "دون أن يأتي أي منها إيجابياً" as negating the positive, past its verb', () => {
    // (a fresh editor pair's source, probes/fresh/b119-ar-2)
    const src =
      'أعلنت اللجنة القطرية لمكافحة المنشطات، يوم الأربعاء، أن عينة البول التي أُخذت من العداء حسن بوعزة، الفائز بالمركز الأول في ماراثون الدوحة، جاءت إيجابية لمادة الإريثروبويتين المحظورة. وقالت مديرة قسم الرقابة في اللجنة، الدكتورة منى الكواري، إن العينة جُمعت مباشرة بعد خط النهاية في السابع عشر من يناير 2025، وإن التحليل أُجري في مختبر معتمد من الوكالة العالمية لمكافحة المنشطات. وأضافت الكواري أن العداء أُوقف مؤقتاً عن المشاركة في أي سباق إلى حين البت في قضيته، وأن أمامه أربعة عشر يوماً لطلب تحليل العينة الاحتياطية. واتهمت اللجنة مدرب العداء، سالم العبيدلي، بتسهيل حصوله على المادة المحظورة عبر صيدلية خارج البلاد. ونفى العبيدلي هذا الاتهام قطعياً، وأكد في تصريح لوكالة الأنباء القطرية أنه لم يقدم لأي من عدائيه سوى مكملات غذائية مسجلة. وأوضح بوعزة من جهته أنه سيطلب تحليل العينة الثانية، مشيراً إلى أنه خضع لسبعة فحوص جاءت كلها سلبية خلال العام الماضي. وكان بوعزة قد قطع مسافة السباق في ساعتين وثماني دقائق، محطماً الرقم القياسي للسباق بفارق 41 ثانية. وأشارت بيانات اللجنة إلى أن عدد العينات المجموعة في الفعاليات الرياضية ارتفع إلى 1240 عينة في عام 2024، بينما تراجع عدد الحالات الإيجابية من تسع حالات إلى خمس.';
    const s =
      'ويملك العداء، الذي أنهى السباق في 128 دقيقة وحطم الرقم القياسي للسباق بأقل من دقيقة، مهلة أسبوعين للمطالبة بفحص العينة الاحتياطية، وهو ما ينوي فعله، مذكراً بأنه خضع العام الماضي لسبعة اختبارات دون أن يأتي أي منها إيجابياً.';
    expect(flagged(check(s, src, ar), ['antonym-mismatch'])).toEqual([]);
  });
});

describe('planted errors of the 118th-119th batches (lexicons/antonyms.json أطال/قلص, check/rules/entities.ts datesMonthSwapped)', () => {
  it('flags "أطال زمن إنهاء الإجراءات" against "انخفض متوسط زمن إنهاء الإجراءات", and not "قلص"', () => {
    const src = 'وأضاف أن متوسط زمن إنهاء إجراءات السفر انخفض في التشغيل التجريبي إلى 18 دقيقة، في حين ارتفع عدد بوابات الصعود إلى 28 بوابة.';
    const antonyms = (s: string) => flagged(check(s, src, ar), ['antonym-mismatch']);
    expect(antonyms('وذكر المدير أن التشغيل التجريبي أطال زمن إنهاء إجراءات السفر إلى ثماني عشرة دقيقة.')).toEqual(['أطال']);
    expect(antonyms('وذكر المدير أن التشغيل التجريبي قلص زمن إنهاء إجراءات السفر إلى ثماني عشرة دقيقة.')).toEqual([]);
  });
  it('flags a month beside a day that the source gives with another month, in a sentence outside the support set', () => {
    // (a fresh editor pair's source, probes/fresh/b119-ar-2, cut)
    const src =
      'أعلنت اللجنة القطرية لمكافحة المنشطات، يوم الأربعاء، أن عينة العداء حسن بوعزة جاءت إيجابية لمادة الإريثروبويتين المحظورة. وقالت الدكتورة منى الكواري إن العينة جُمعت مباشرة بعد خط النهاية في السابع عشر من يناير 2025. وأضافت الكواري أن العداء أُوقف مؤقتاً عن المشاركة في أي سباق إلى حين البت في قضيته.';
    const dates = (s: string) => flagged(check(s, src, ar), ['entity-mismatch']);
    expect(dates('أُوقف العداء حسن بوعزة مؤقتاً إلى أن يُحسم ملفه، بعدما كشفت عينة أُخذت منه عند خط الوصول في 17 فبراير 2025 عن وجود الإريثروبويتين.')).toEqual([
      'فبراير',
    ]);
    expect(dates('أُوقف العداء حسن بوعزة مؤقتاً إلى أن يُحسم ملفه، بعدما كشفت عينة أُخذت منه عند خط الوصول في 17 يناير 2025 عن وجود الإريثروبويتين.')).toEqual([]);
  });
});

describe('faithful lines of the 122nd-123rd batches (text/numbers.ts, check/rules/numbers.ts, negation.json, antonyms.ts)', () => {
  const numbers = (s: string, source: string, lang: typeof ar | typeof en = ar) => flagged(check(s, source, lang), ['number-mismatch']);
  it('reads a loss told as the difference ("فقد المركز 120 طبيبا" for "من 410 إلى 290 طبيبا")', () => {
    const src = 'وأضاف بن شقرون أن عدد الأطباء المقيمين في المركز تراجع خلال ثلاث سنوات من 410 إلى 290 طبيبا.';
    expect(numbers('وبحسب بن شقرون، فقد المركز 120 طبيبا مقيما في ثلاث سنوات.', src)).toEqual([]);
    expect(numbers('وبحسب بن شقرون، فقد المركز 130 طبيبا مقيما في ثلاث سنوات.', src)).toEqual(['130']);
  });
  it('reads a range of months of two years ("بين مارس 2022 وأكتوبر 2023": twenty months)', () => {
    const src = 'وقال بوزيدي إن الشبكة أدخلت أكثر من مليون قرص مخبأة في حاويات قطع غيار خلال الفترة الممتدة بين مارس 2022 وأكتوبر 2023.';
    expect(numbers('وأدخلت الشبكة أكثر من مليون قرص مخفية في حاويات لقطع الغيار على مدى عشرين شهرا تقريبا.', src)).toEqual([]);
    expect(numbers('وأدخلت الشبكة أكثر من مليون قرص مخفية في حاويات لقطع الغيار على مدى ثلاثين شهرا.', src)).toEqual(['ثلاثين']);
  });
  it('reads a hedged fraction before إلى as the share ("بنحو الخمس إلى 612 مليون ريال")', () => {
    const src = 'وأوضحت الشركة أن إجمالي أقساط التأمين المكتتبة ارتفع بنسبة 18 في المئة إلى 612 مليون ريال.';
    expect(numbers('وأظهرت الشركة نمو أقساطها المكتتبة بنحو الخمس إلى 612 مليون ريال.', src)).toEqual([]);
  });
  it('reads "مئتين وستاً وسبعين" as 276 and "three point three million" as 3.3 million', () => {
    expect(numbers('سجل القضاء مئتين وستاً وسبعين إصابة بالتيفوئيد.', 'أعلنت الدائرة تسجيل 276 إصابة بحمى التيفوئيد في القضاء.')).toEqual([]);
    const apples = "Poland's apple harvest is expected to fall to about 3.3 million tonnes this year.";
    expect(numbers("Poland's apple crop is expected to shrink to roughly three point three million tonnes.", apples, en)).toEqual([]);
    expect(numbers("Poland's apple crop is expected to shrink to roughly four point one million tonnes.", apples, en)).toEqual(['four point one million']);
  });
  it('reads "لإخفاقها في استيفاء الشروط" as "لعدم استيفائها الشروط" (negation.json arabicImplicit)', () => {
    const src = 'وقال الحارثي إن الشركة تلقت 11 عرضا، واستبعدت أربعة منها لعدم استيفائها الشروط الفنية.';
    expect(
      flagged(check('وأهّلت الشركة سبعة تحالفات من بين أحد عشر عرضا واستبعدت الأربعة الباقية لإخفاقها في استيفاء الشروط الفنية.', src, ar), [
        'negation-mismatch',
      ]),
    ).toEqual([]);
  });
  it('reads "أكد أن …" as the participle of "نفى ذلك، مؤكدا أن …", not its opposite', () => {
    const src =
      'واتهم العبيدي الوزارة بالتلكؤ في صرف مستحقات الموسم الماضي. لكن الجبوري نفى ذلك، مؤكدا أن الوزارة صرفت أكثر من 90 في المئة من المستحقات، وأن المبالغ المتبقية تخص ملفات غير مكتملة.';
    const s =
      'وردا على اتهام العبيدي للوزارة بالتلكؤ في صرف مستحقات الموسم الماضي، أكد الجبوري أن ما يزيد على تسعة أعشار المستحقات صُرف بالفعل وأن المتبقي يتعلق بملفات ناقصة.';
    expect(flagged(check(s, src, ar), ['antonym-mismatch'])).toEqual([]);
  });
});

describe('a figure less what إلا takes off (text/numbers.ts lessExcept)', () => {
  const numbers = (s: string, source: string) => flagged(check(s, source, ar), ['number-mismatch']);
  it('reads "أربع سنوات إلا شهرين" as 46 months and "مليونين إلا مئة ألف" as 1.9 million, the part with it', () => {
    const months = 'وأضاف أن مدة التنفيذ المقررة ستة وأربعون شهراً تبدأ من تاريخ تسليم الموقع.';
    expect(numbers('ويُنتظر إنجاز المشروع في أربع سنوات إلا شهرين.', months)).toEqual([]);
    expect(numbers('ويُنتظر إنجاز المشروع في أربع سنوات إلا ثلاثة أشهر.', months)).not.toEqual([]);
    const bill = 'ارتفعت فاتورة رواتب اللاعبين والجهاز الفني إلى مليون و900 ألف دولار.';
    expect(numbers('صعدت فاتورة رواتب اللاعبين والجهاز الفني إلى مليونين إلا مئة ألف دولار.', bill)).toEqual([]);
    expect(numbers('صعدت فاتورة رواتب اللاعبين والجهاز الفني إلى مليونين إلا مئتي ألف دولار.', bill)).toEqual(['مليونين', 'مئتي ألف']);
  });
});

describe('a cue before a verb of saying negates the saying (negation.ts negatedWordAt)', () => {
  const negation = (s: string, source: string) => flagged(check(s, source, en), ['negation-mismatch']);
  const src = 'Esther Mulenga, a farmer who lives outside Solwezi, said she had not yet been told where her family would be moved.';
  it('flags "had been told" for "had not yet been told", on the telling', () => {
    expect(negation('Mulenga said her family had been told where they would be moved.', src)).toEqual(['told']);
  });
  it('leaves the negation kept, in other words, alone', () => {
    expect(negation('Mulenga said her family had not been told where they would be moved.', src)).toEqual([]);
    expect(negation('Mulenga said nobody had told her family where they would be moved.', src)).toEqual([]);
  });
});

describe('the 127th batch of fresh editor pairs: phrasal verbs and synonyms a dropped negation reads, spans with no figure, "ruled out", ", a claim X rejected"', () => {
  const only = (s: string, source: string, rule: string) => flagged(check(s, source, en), [rule]);
  it('reads "bring in" as "introduce" and "obtained" as "secured" for what a source\'s "not" negates (lexicons/synonyms.json)', () => {
    const frost =
      'Deputy Agriculture Minister Ewa Zielinska told reporters the government would not introduce frost compensation before the end of the harvest in October.';
    expect(only('The government will bring in frost compensation before the harvest wraps up in October.', frost, 'negation-mismatch')).toEqual(['bring in']);
    expect(only('The government will not bring in frost compensation before the harvest wraps up in October.', frost, 'negation-mismatch')).toEqual([]);
    const loan =
      'She stressed that the board had not yet secured the syndicated loan it normally uses to buy beans, and said talks with lenders were continuing.';
    expect(only('The board has already obtained the syndicated loan it usually relies on to fund bean purchases.', loan, 'negation-mismatch')).toEqual([
      'obtained',
    ]);
    expect(only('The board has yet to obtain the syndicated loan it usually relies on to fund bean purchases.', loan, 'negation-mismatch')).toEqual([]);
  });
  it('reads "its first year" and "the week before" as spans of one year and one week (lexicons/numbers.json firstSpanBefore, edgeSpanAfter)', () => {
    const royalty = 'Finance Minister Rodrigo Valdivia said the royalty, which took effect in January 2024, had raised 1.2 billion dollars in its first year.';
    expect(only('Valdivia said the royalty brought in 1.2 billion dollars in its first twelve months.', royalty, 'number-mismatch')).toEqual([]);
    expect(only('Valdivia said the royalty brought in 1.2 billion dollars in its first ten months.', royalty, 'number-mismatch')).toEqual(['ten']);
    const calls = 'Phone records showed Steyn in contact with the gunmen eleven times in the week before the murder, the judge said.';
    expect(only('The judge pointed to eleven contacts with the gunmen in the seven days before the killing.', calls, 'number-mismatch')).toEqual([]);
    expect(only('The judge pointed to eleven contacts with the gunmen in the five days before the killing.', calls, 'number-mismatch')).toEqual(['five']);
  });
  it('reads "a percentage point and a half" as 1.5 and "a dozen and a half" as 18', () => {
    const turnout = 'The Election Commission said turnout rose by a percentage point and a half to 72.8 percent.';
    expect(only('Turnout climbed one and a half points to 72.8 percent, the commission said.', turnout, 'number-mismatch')).toEqual([]);
    expect(only('Turnout climbed two and a half points to 72.8 percent, the commission said.', turnout, 'number-mismatch')).toEqual(['two and a half']);
    const boats = 'Coastguards said a dozen and a half boats had been seized since May.';
    expect(only('Coastguards said 18 boats had been seized since May.', boats, 'number-mismatch')).toEqual([]);
    expect(only('Coastguards said 12 boats had been seized since May.', boats, 'number-mismatch')).toEqual(['12']);
  });
  it('reads "ruled out reopening" as "would not reopen", and "said it would reopen" still as its opposite', () => {
    const law = 'Valdivia stressed that the government would not reopen the law.';
    expect(only('Valdivia ruled out reopening the law.', law, 'negation-mismatch')).toEqual([]);
    expect(only('Valdivia said the government would reopen the law.', law, 'negation-mismatch')).toEqual(['reopen']);
  });
  it('ends what a speaker says at ", a claim X rejected", and gives the participle after it to X', () => {
    const src =
      "Ortega stressed that the government would extend emergency aid of 150 million euros to farmers. Manuel Carrasco, head of the COAG farmers' union in Andalusia, accused large bottlers of using the shortage to push shelf prices far beyond what growers receive. The bottlers' association Anierac denied the accusation, saying its members' margins had narrowed over the past year. Ex-farm prices for extra virgin olive oil rose to more than eight euros a kilo in September.";
    const s =
      "COAG's Andalusian leader Manuel Carrasco accused big bottlers of exploiting the scarcity to lift shop prices well above what growers are paid, a claim the Anierac bottlers' group rejected, saying its members' margins had shrunk.";
    expect(only(s, src, 'attribution-mismatch')).toEqual([]);
    // (the bottlers' denial given to Carrasco is still another speaker's)
    expect(only("Manuel Carrasco said the members' margins of the bottlers had narrowed over the past year.", src, 'attribution-mismatch')).not.toEqual([]);
  });
});

describe('the 200th and 203rd batches of fresh editor pairs: a flip in a line fused from two sentences, a relative change of two changes', () => {
  const only = (s: string, source: string, rule: string, lang: typeof ar | typeof en = en) => flagged(check(s, source, lang), [rule]);
  it("compares a clause with the sentence whose opposite moves its own figure, not only with its line's first source", () => {
    const src =
      'The exchange cut its forecast for the soybean harvest to 47.5 million tonnes from 50 million, citing a dry spell. The exchange raised its estimate for the sunflower crop to 4.6 million tonnes from 4.2 million, saying the hardier oilseed had benefited from early planting.';
    const line = (verb: string) =>
      `The exchange trimmed its soybean estimate by 2.5 million tonnes to 47.5 million, blaming a dry spell, while it ${verb} its sunflower forecast to 4.6 million tonnes thanks to early planting.`;
    expect(only(line('lowered'), src, 'antonym-mismatch')).toEqual(['lowered']);
    expect(only(line('raised'), src, 'antonym-mismatch')).toEqual([]);
  });
  it('reads an admission of the accusation as the opposite of the denial that follows it (antonyms.ts admittedDenial)', () => {
    const src =
      'واتهم رئيس الجمعية الوطنية لحماية المستهلك، زياد محمود العبداللات، المصرف بالتكتم على الاختراق يومين كاملين قبل الإعلان عنه.\nونفى الحدادين ذلك، قائلاً إن المصرف أخطر البنك المركزي بعد أقل من ساعة.';
    const line = (verb: string, object: string) =>
      `و${verb} الحدادين ${object} رئيس الجمعية الوطنية لحماية المستهلك زياد محمود العبداللات للمصرف بإخفاء الاختراق يومين.`;
    expect(only(line('اعترف', 'بصحة اتهام'), src, 'antonym-mismatch', ar)).toEqual(['واعترف']);
    expect(only(line('نفى', 'صحة اتهام'), src, 'antonym-mismatch', ar)).toEqual([]);
  });
  it('reads no relative change between two percentages of one sentence (rules/numbers.ts changeIn)', () => {
    const src = 'وأوضح أن سعر الطن من الإسمنت ارتفع خلال فترة التواطؤ بنسبة 22 في المئة، في حين انخفضت كلفة الطاقة المستخدمة في الإنتاج بنحو 15 في المئة.';
    expect(only('أن سعر الطن صعد بنسبة 32 في المئة خلال فترة التواطؤ.', src, 'number-mismatch', ar)).toEqual(['32']);
    expect(only('أن سعر الطن صعد بنسبة 22 في المئة خلال فترة التواطؤ.', src, 'number-mismatch', ar)).toEqual([]);
    // (a relative change of two levels still holds: 12 to 9 tonnes is a quarter)
    const levels = 'وتراجع الإنتاج من 12 ألف طن إلى 9 آلاف طن.';
    expect(only('وتراجع الإنتاج بنسبة 25 في المئة.', levels, 'number-mismatch', ar)).toEqual([]);
  });
});

describe('the 207th and 208th batches of fresh editor pairs: bounds, clocks, spans in their units, shares, totals', () => {
  const only = (s: string, source: string, rule: string, lang: typeof ar | typeof en = ar) => flagged(check(s, source, lang), [rule]);
  const race = 'وتفوق العمراني، البالغ من العمر 21 عاما، على الكيني ديفيد كيبروتيتش بفارق 0.38 ثانية، بينما حل الإثيوبي تيسفاي ولدي ثالثا.';
  it('holds "less than half a second" to 0.38 seconds, and not "less than a quarter of a second" (numbers.ts hedgeHolds)', () => {
    const line = (share: string) => `وتفوق العمراني على الكيني ديفيد كيبروتيتش بأقل من ${share} ثانية.`;
    expect(only(line('نصف'), race, 'number-mismatch')).toEqual([]);
    expect(only(line('ربع'), race, 'number-mismatch')).toEqual(['ربع']);
    expect(figureHolds([0.5], 'under', 0.3)).toBe(true);
    expect(figureHolds([0.5], 'under', 0.2)).toBe(false);
    // (a bound of one or more keeps its fifth: "less than 50 workers" is no source of 38)
    expect(figureHolds([50], 'under', 38)).toBe(false);
  });
  it('reads a span by the source spans of its own unit only: 21 years are not "a quarter of a second" (sourceReadings spanUnits)', () => {
    const line = 'وتفوق العمراني على الكيني ديفيد كيبروتيتش بأقل من ربع ثانية.';
    // (the span readings of 21 years include 0.21, in centuries; read unitless they held the planted quarter)
    const spans: number[] = [],
      units: number[] = [];
    sourceReadings(tokenize('البالغ من العمر 21 عاما'), spans, [], units);
    expect(spans.length).toBe(units.length);
    expect(spans).toContain(0.21);
    expect(only(line, race.replace('0.38 ثانية', 'نحو ثانيتين'), 'number-mismatch')).toEqual(['ربع']);
  });
  it('reads the later parts of a clock as no figure of the unit after it (8:04.62 دقيقة)', () => {
    const src = 'فاز العداء المغربي بسباق ثلاثة آلاف متر موانع مسجلا ثماني دقائق و4.62 ثانية، وهو أفضل توقيت عالمي هذا الموسم.';
    const line = (t: string) => `حقق العداء المغربي أسرع زمن في العالم هذا الموسم في سباق 3000 متر موانع بزمن ${t} دقيقة.`;
    expect(only(line('8:04.62'), src, 'number-mismatch')).toEqual([]);
    expect(only(line('8:05.62'), src, 'number-mismatch')).toEqual(['05.62']);
  });
  it('reads "دون توقعات المحللين بنحو 33 مليون" as a difference of the support set\'s two figures (numbers.json arabicBelowAbove)', () => {
    const src =
      'قالت الشركة إن صافي أرباحها في الربع الثالث انخفض 18 في المئة إلى 212 مليون درهم.\nوكان محللون استطلعت آراءهم مجموعة بورصات لندن قد توقعوا أرباحا قدرها 245 مليون درهم في المتوسط.';
    const line = (n: string) => `تراجع صافي ربح الشركة الفصلي إلى 212 مليون درهم، وجاء دون توقعات المحللين بنحو ${n} مليون درهم.`;
    expect(only(line('33'), src, 'number-mismatch')).toEqual([]);
    expect(only(line('53'), src, 'number-mismatch')).toEqual(['53 مليون']);
  });
  it('reads a percentage in digits as the share of two counts of a sentence ("fewer than 7%" for 11 of 160)', () => {
    const src = 'Prosecutors had told the court that only 11 of the 160 invoiced tanker trips could be verified.';
    const line = (n: string) => `Prosecutors had told the court that fewer than ${n}% of the invoiced trips could be verified.`;
    expect(only(line('7'), src, 'number-mismatch', en)).toEqual([]);
    expect(only(line('5'), src, 'number-mismatch', en)).toEqual(['5']);
  });
  it('reads "half of them" after a count as the share of that count a sentence with the noun gives', () => {
    const src = 'Floods have killed at least 23 people. The army deployed boats. Rain will continue. Eleven of the dead were children, most of whom drowned.';
    const line = (share: string) => `At least 23 people, nearly ${share} of them children, have died in flooding.`;
    expect(only(line('half'), src, 'number-mismatch', en)).toEqual([]);
    expect(only(line('a third'), src, 'number-mismatch', en)).toEqual(['a third']);
  });
  it('reads "including" after a figure as a total (numbers.json sumCues)', () => {
    const src = 'Alemu earns 30,000 euros for the win plus a 20,000-euro time bonus.';
    const line = (n: string) => `Alemu won, earning ${n} euros including a time bonus.`;
    expect(only(line('50,000'), src, 'number-mismatch', en)).toEqual([]);
    expect(only(line('60,000'), src, 'number-mismatch', en)).toEqual(['60,000']);
  });
  it('reads km as kilometres (synonyms.json): "pulled clear at 35 km and crossed the line" for "at the 35-kilometre mark"', () => {
    expect(errorsOf(freshFaithful('b208-en-6-berlin-marathon-alemu'), ['unsupported-span', 'number-mismatch'])).toEqual([]);
  });
  it('reads "an hour and thirty minutes" as ninety minutes (sourceReadings)', () => {
    const src = 'ستنتهي الأشغال بعد ساعة وثلاثين دقيقة.';
    expect(only('ستنتهي الأشغال بعد تسعين دقيقة.', src, 'number-mismatch')).toEqual([]);
    expect(only('ستنتهي الأشغال بعد ثمانين دقيقة.', src, 'number-mismatch')).toEqual(['ثمانين']);
    expect(only('The talks lasted 80 minutes.', 'The talks lasted an hour and 20 minutes.', 'number-mismatch', en)).toEqual([]);
  });
  it('reads no three months in "a quarter-point" (sourceReadings)', () => {
    const src = 'Seven of the nine economists polled by Reuters last week had forecast a quarter-point reduction.';
    const line = (n: string) => `All but ${n} of nine economists polled by Reuters had predicted a quarter-point cut.`;
    expect(only(line('two'), src, 'number-mismatch', en)).toEqual([]);
    expect(only(line('three'), src, 'number-mismatch', en)).toEqual(['three']);
  });
  it('reads an ordinal before على التوالي as a count, and one the best sentence counts otherwise as changed (ordinalRun)', () => {
    const src =
      'وأضافت أن اللجنة لن تخفض أسعار الفائدة إلا بعد أن تتأكد من استمرار الاتجاه النزولي لثلاثة أشهر متتالية على الأقل. وأبقى البنك سعر الفائدة على الإيداع عند 27.25 في المئة للاجتماع الرابع على التوالي.';
    const line = (n: string) => `وظل سعر الإيداع دون تغيير عند 27.25 في المئة للمرة ${n} على التوالي.`;
    expect(only(line('الرابعة'), src, 'number-mismatch')).toEqual([]);
    expect(errorsOf(check(line('الثالثة'), src, ar), ['number-mismatch'])).toEqual(['الثالثة']);
    // (an ordinal alone, or after للمرة alone, is no figure)
    expect(figures('في العالم الثالث')).toEqual([]);
    expect(figures('للمرة الثالثة هذا العام')).toEqual([]);
  });
});

describe('the 207th batch of fresh editor pairs: دون before a number word, a pace turned round, a double negation, an affirmation of a denial', () => {
  const only = (s: string, source: string, rule: string, lang: typeof ar | typeof en = ar) => flagged(check(s, source, lang), [rule]);
  it('reads دون before a number in words as "below" (text/negation.ts dunBelow)', () => {
    const src = 'وتوقع الشناوي أن يهبط التضخم إلى ما دون عشرين في المئة بحلول مارس آذار المقبل.';
    expect(only('ويتوقع الشناوي أن ينزل التضخم عن عشرين في المئة بحلول مارس آذار.', src, 'negation-mismatch')).toEqual([]);
    const t = tokenize('إلى ما دون عشرين في المئة');
    expect(t.some((_, i) => negatesAt(t, i))).toBe(false);
    // (before a word, دون is still "without")
    const w = tokenize('غادر دون أن يحصل على إذن');
    expect(w.some((_, i) => negatesAt(w, i))).toBe(true);
  });
  it('reads slowed and accelerated as opposites of the pace of a change (antonyms.json pace)', () => {
    const src = 'Annual inflation slowed to 3.1% in May from 3.4% in April.';
    expect(only('Inflation accelerated to 3.1% in May.', src, 'antonym-mismatch', en)).toEqual(['accelerated']);
    expect(only('Inflation slowed to 3.1% in May.', src, 'antonym-mismatch', en)).toEqual([]);
    const srcAr = 'وتباطأ التضخم السنوي إلى 3.1 في المئة في مايو من 3.4 في المئة في أبريل.';
    expect(only('وتسارع التضخم السنوي إلى 3.1 في المئة في مايو.', srcAr, 'antonym-mismatch')).toEqual(['وتسارع']);
  });
  it("reads a cue before a verb of failing as a plain statement against a source's negation (negation.ts doubled)", () => {
    const src = 'وقال منجي الطرابلسي إن كثيرا من صغار الفلاحين لن يغطوا تكاليفهم إذا انخفض سعر البيع في المعاصر عن عشرة دنانير.';
    const line = (v: string) => `وحذر منجي الطرابلسي من أن صغار المزارعين ${v} عن تغطية نفقاتهم إذا نزل سعر المعاصر دون عشرة دنانير.`;
    const r = check(line('لن يعجزوا'), src, ar);
    expect(r.flags.filter((f) => f.rule === 'negation-mismatch').map((f) => [f.messageId, f.text])).toEqual([['doubled', 'لن يعجزوا']]);
    expect(only(line('سيعجزون'), src, 'negation-mismatch')).toEqual([]);
  });
  it("reads a participle of affirming as a side when what it affirms is what a support sentence's speaker denied (antonyms.ts affirmsDenied)", () => {
    const src =
      'وقال الرئيس التنفيذي للشركة، طارق المهيري، إن الشركة افتتحت 23 متجرا جديدا في المملكة خلال الربع.\nونفى المهيري تقارير إعلامية عن أن الشركة تجري محادثات للاستحواذ على سلسلة متاجر مصرية، قائلا إن "التركيز الآن على السوق السعودية".';
    const line = (p: string) => `وأوضح الرئيس التنفيذي طارق المهيري أن الشركة أضافت 23 متجرا في المملكة خلال الربع، ${p} أنها تتفاوض لشراء سلسلة متاجر في مصر.`;
    expect(only(line('مؤكدا'), src, 'antonym-mismatch')).toEqual(['مؤكدا']);
    expect(only(line('نافيا'), src, 'antonym-mismatch')).toEqual([]);
    // (after a denial of the claim's own, it is how the speaker went on: "نفى … أي تجاوز، مؤكدا أن …")
    const own = 'ونفى منصور أن تكون الشركة قد تجاوزت حصتها، مؤكدا أن عدادات التدفق تخضع لتفتيش شهري.';
    expect(only('ونفى المدير التنفيذي للشركة منصور أي تجاوز، مؤكدا أن عدادات الشركة تُفتَّش كل شهر.', own, 'antonym-mismatch')).toEqual([]);
  });
});

describe('the 211th and 212th batches of fresh editor pairs: an organisation without borders, what remained, a capital owed to, a score in words, a peak not reached', () => {
  const only = (s: string, source: string, rule: string, lang: typeof ar | typeof en = ar) => flagged(check(s, source, lang), [rule]);
  it('reads بلا حدود and "without borders" as no negation (negation.json idiomsAfter)', () => {
    // ("زاد عدد المصابين الذين عالجتهم أطباء بلا حدود بأكثر من الضعفين إلى 240" drew "source says بلا حدود; the summary drops
    // the negation")
    expect(errorsOf(freshFaithful('b211-ar-4-el-fasher-displacement'), ['negation-mismatch'])).toEqual([]);
    const b = tokenize('أطباء بلا حدود');
    expect(b.some((_, i) => negatesAt(b, i))).toBe(false);
    const t = tokenize('لم تعبر القوات الحدود');
    expect(t.some((_, i) => negatesAt(t, i))).toBe(true);
  });
  it('reads a verb of remaining after a figure as a difference cue ("ستة ظلت خارج السيطرة" for 27 less 21)', () => {
    const src = 'وأوضح المتحدث أن أكثر من 1800 عون إطفاء تدخلوا لإخماد 27 حريقاً، تمت السيطرة على 21 منها حتى مساء الثلاثاء.';
    const line = (n: string) => `وقال المتحدث إن رجال الإطفاء كافحوا 27 حريقاً سيطروا على 21 منها، أي أن ${n} ظلت خارج السيطرة.`;
    expect(only(line('ستة'), src, 'number-mismatch')).toEqual([]);
    expect(only(line('سبعة'), src, 'number-mismatch')).toEqual(['سبعة']);
  });
  it('reads a capital with ل glued as its government, a capital with ب as a place (names.ts capitalAsPlace)', () => {
    const src = 'ونفى العبادي أن يكون التراجع مرتبطاً بمتأخرات مالية مستحقة للجانب الإيراني.\nويستورد العراق نحو ثلث احتياجاته من الغاز من إيران.';
    expect(only('نافياً أن تكون لذلك صلة بديون مستحقة لطهران.', src, 'unknown-name')).toEqual([]);
    expect(only('وقال العبادي إن الوفد التقى المسؤولين بطهران.', src, 'unknown-name')).toEqual(['بطهران']);
    // (and a claim told in synonyms: صلة for مرتبط, ديون for متأخرات)
    expect(flagged(check('نافياً أن تكون لذلك صلة بديون مستحقة لطهران.', src, ar), ['unsupported-claim'], (f) => f.severity === 'error')).toEqual([]);
  });
  it('reads men and women as males and females (synonyms.json)', () => {
    // ("انخفض المعدل بين الرجال …، في حين صعد بين النساء بأكثر من نصف نقطة" drew an unsupported span on "صعد بين النساء …")
    expect(errorsOf(freshFaithful('b211-ar-1-jordan-unemployment'), ['unsupported-span'])).toEqual(['وتباين الاتجاه بين الجنسين']);
  });
  it('reads a score in words, "one-nil", as its two figures (sourceReadings)', () => {
    const src = 'The result puts Sri Lanka one-nil up in the two-match series, with the second test starting in Colombo on Thursday.';
    expect(only('Sri Lanka lead the two-match series 1-0 heading into the second test in Colombo.', src, 'number-mismatch', en)).toEqual([]);
    expect(only('Sri Lanka lead the two-match series 3-0 heading into the second test in Colombo.', src, 'number-mismatch', en)).toEqual(['3']);
    expect(sourceReadings(tokenize('one of the two teams'))).not.toContain(1);
  });
  it('reads "not yet reached the peak" as "has not peaked" (negation.json englishLightVerbs)', () => {
    const src = '"We have not yet reached the peak of the season, which usually comes in late September or October," Karim said.';
    const line = (v: string) => `Karim said the season ${v}, with the worst typically coming in late September or October.`;
    expect(flagged(check(line('had peaked'), src, en), ['negation-mismatch'])).toEqual(['peaked']);
    expect(flagged(check(line('had yet to peak'), src, en), ['negation-mismatch'])).toEqual([]);
  });
});

describe('the 215th and 216th batches of fresh editor pairs: a speaker before a relative clause, the rest of a share, an age from a year before the era, points of percentages', () => {
  const only = (s: string, source: string, rule: string, lang: typeof ar | typeof en = ar) => flagged(check(s, source, lang), [rule]);
  it('reads the speaker before a relative clause with a comma of its own, not the word before its last comma (speakers.ts relativeSpeaker)', () => {
    const s =
      'Education Minister Carolina Vidal, whose government has offered a 4.5% raise, half the 9% the union wants, said Valparaíso and Concepción were the hardest hit, with over three-quarters of classes called off.';
    expect(speakersOf(s, tokenize(s)).map((x) => x.tokens.map((t) => t.text).join(' '))).toEqual(['Education Minister Carolina Vidal']);
    // (a role after the comma is still read with the name before it)
    const r = 'Aminata Diabate, director of operations at the council, said exports had risen.';
    expect(speakersOf(r, tokenize(r)).map((x) => x.tokens.map((t) => t.text).join(' '))).toEqual(['Aminata Diabate']);
  });
  it('reads a share of what remains as the rest of a share the support set gives (numbers.ts restOfShare)', () => {
    const src = "Saber said the excavation, which began in October, had so far cleared about two-thirds of the tomb's 15-metre entrance corridor.";
    const line = (share: string) => `Saber said roughly ${share} of the tomb's 15-metre entrance corridor remains to be cleared.`;
    expect(only(line('a third'), src, 'number-mismatch', en)).toEqual([]);
    expect(only(line('a quarter'), src, 'number-mismatch', en)).toEqual(['a quarter']);
    // (without a word of what remains, a third is no rest of two-thirds)
    expect(only("Saber said roughly a third of the tomb's 15-metre entrance corridor has been cleared.", src, 'number-mismatch', en)).toEqual(['a third']);
  });
  it('reads a year before the era as an age too (sourceReadings)', () => {
    const src = 'وقال الأمين العام للمجلس الأعلى للآثار إن المقبرة تعود إلى نحو عام 2400 قبل الميلاد، وإن صاحبها كان كاتبا ملكيا.';
    const line = (n: string) => `وقال الأمين العام للمجلس الأعلى للآثار إن المقبرة يبلغ عمرها نحو ${n} عام.`;
    expect(only(line('4400'), src, 'number-mismatch')).toEqual([]);
    expect(only(line('3400'), src, 'number-mismatch')).toEqual(['3400']);
    expect(sourceReadings(tokenize('the tomb dates to around 1350 BC'))).toContain(3350);
  });
  it('reads points after a bare verb of change as the difference of two percentages of a sentence (numbers.ts unitIn)', () => {
    const src =
      'وقال المحافظ إن نسبة إشغال الفنادق العائمة ارتفعت إلى 81 في المئة من 73 في المئة، في حين تراجعت نسبة الإشغال في فنادق المدينة إلى 64 في المئة من 70 في المئة.';
    const line = (n: string) => `وصعد إشغال الفنادق العائمة إلى 81 في المئة، في حين هبط في فنادق المدينة ${n} نقاط.`;
    expect(only(line('ست'), src, 'number-mismatch')).toEqual([]);
    expect(only(line('سبع'), src, 'number-mismatch')).toEqual(['سبع']);
  });
});

describe('the 231st batch of fresh editor pairs: a noun of quantity between a verb of exceeding and its particle, a part of a whole that a percentage makes', () => {
  const only = (s: string, source: string, rule: string) => flagged(check(s, source, ar), [rule]);
  it('reads "تزيد قيمتها على" as "more than" (text/numbers.ts, lexicons/numbers.json more and quantityNouns)', () => {
    const src = 'قالت الشركة إنها وقعت عقدا بقيمة 412 مليون دولار لبناء ست سفن حاويات.';
    const line = (n: string) => `فازت الترسانة بطلبية تزيد قيمتها على ${n} مليون دولار لبناء ست سفن حاويات.`;
    expect(only(line('400'), src, 'number-mismatch')).toEqual([]);
    expect(only(line('300'), src, 'number-mismatch')).toEqual(['300 مليون']);
  });
  it('reads a figure with a whole after it as the part that a source percentage of that whole makes (numbers.ts shareOfWholeIn)', () => {
    const src = 'وأضاف أن كلفة المشروع بلغت 185 مليون يورو، موّل البنك الأفريقي للتنمية نحو ستين في المئة منها.';
    const line = (n: string) => `وقال إن البنك الأفريقي للتنمية موّل ما يقارب ${n} مليون يورو من كلفته البالغة 185 مليونا.`;
    expect(only(line('111'), src, 'number-mismatch')).toEqual([]);
    expect(only(line('131'), src, 'number-mismatch')).toEqual(['131 مليون']);
  });
});

describe('the 227th and 228th batches of fresh editor pairs: an amount as the object of a verb of losing, a hedge with the ل of purpose, "even as"', () => {
  const only = (s: string, source: string, rule: string, lang: typeof ar | typeof en = ar) => flagged(check(s, source, lang), [rule]);
  it('reads the object of an English verb of losing as the amount changed by (numbers.json amountObjectVerbs)', () => {
    const src = 'Since the project was announced in 2020, the number of retail units planned has fallen from 180 to 140, according to planning documents.';
    const line = (n: string) => `Since 2020 the plan has shed ${n} retail units, according to planning documents.`;
    expect(only(line('40'), src, 'number-mismatch', en)).toEqual([]);
    expect(only(line('60'), src, 'number-mismatch', en)).toEqual(['60']);
  });
  it('reads "even as" as opening a contrasting part of the claim (window.ts contrastPartAt, function-words.json contrastPhrases)', () => {
    const src = [
      'MANILA, July 17 (Reuters) - The Philippine Department of Energy on Wednesday awarded contracts for 3,580 megawatts of new solar capacity in its latest green energy auction, more than double the amount awarded in the previous round, officials said.',
      'The average winning tariff fell to 4.10 pesos per kilowatt-hour from 4.90 pesos in the last auction, even as the total capacity offered rose by nearly a third.',
    ].join(' ');
    const line = (s: string) =>
      `The Philippine energy department awarded 3,580 megawatts of solar contracts on Wednesday. ${s} even as more capacity was on offer.`;
    expect(only(line('Prices dropped'), src, 'antonym-mismatch', en)).toEqual([]);
    expect(only(line('The average winning tariff rose'), src, 'antonym-mismatch', en)).toEqual(['rose']);
  });
  it('reads an Arabic verb of exceeding with the ل of purpose glued as a hedge (text/numbers.ts hedgeOfKey)', () => {
    const src = 'أظهر مسح أن عدد المها العربي في المحمية ارتفع إلى 1120 رأسا، مقابل 870 رأسا في المسح السابق الذي أجري قبل ثلاث سنوات.';
    const line = (n: string) => `زاد عدد المها العربي في المحمية بمقدار 250 رأسا خلال ثلاث سنوات ليتجاوز ${n} رأس.`;
    expect(only(line('1100'), src, 'number-mismatch')).toEqual([]);
    expect(only(line('1200'), src, 'number-mismatch')).toEqual(['1200']);
  });
});

describe('the 223rd and 224th batches of fresh editor pairs: less after a unit, a part of a whole, a matter still pending', () => {
  const only = (s: string, source: string, rule: string, lang: typeof ar | typeof en = ar) => flagged(check(s, source, lang), [rule]);
  it('reads أقل after a figure and its unit as a difference (numbers.json differenceCuesAfter)', () => {
    const src =
      'وأوضح جيمس كارتر، مدير قسم الشحن في شركة هارتويل للوساطة البحرية، أن سفينة قيمتها 100 مليون دولار باتت تدفع نحو 500 ألف دولار عن الرحلة الواحدة، مقارنة مع 700 ألف دولار في أبريل نيسان.';
    const line = (n: string) => `وأوضح جيمس كارتر أن مالك سفينة بقيمة 100 مليون دولار يدفع الآن نحو ${n} ألف دولار أقل عن كل رحلة مقارنة بأبريل نيسان.`;
    expect(only(line('200'), src, 'number-mismatch')).toEqual([]);
    expect(only(line('300'), src, 'number-mismatch')).toEqual(['300 ألف']);
  });
  it('reads a figure with a whole after it as the part that a source share of that whole makes (numbers.ts shareOfWholeIn)', () => {
    const src = "Community leaders said about two-thirds of Ikarama's 1,500 residents depend on fishing and that catches had collapsed.";
    const line = (n: string) => `Roughly ${n} of Ikarama's 1,500 residents rely on fishing, community leaders said.`;
    expect(only(line('1,000'), src, 'number-mismatch', en)).toEqual([]);
    expect(only(line('1,200'), src, 'number-mismatch', en)).toEqual(['1,200']);
    const cost = 'The restoration cost $11.5m, with roughly two-thirds paid for by international donors and the remainder by the Iraqi government.';
    const donors = (n: string) => `International donors covered about $${n} million of the $11.5 million bill and Baghdad the rest.`;
    expect(only(donors('7.7'), cost, 'number-mismatch', en)).toEqual([]);
    expect(only(donors('9.7'), cost, 'number-mismatch', en)).toEqual(['9.7 million']);
  });
  it('reads a matter still pending as "not yet" against a claim that says it has not been decided (negation.json tooEarly, tooEarlyFrom)', () => {
    const src =
      'وقال محافظ البنك المركزي إن شركة "هورن باي" حصلت على الترخيص بعد مراجعة استمرت ثمانية أشهر، مضيفا أن طلبات أربع شركات أخرى لا تزال قيد الدراسة.';
    expect(only('منح البنك المركزي شركة "هورن باي" الترخيص، فيما لم يبت بعد في طلبات أربع شركات أخرى.', src, 'negation-mismatch')).toEqual([]);
    const decided = 'وقال محافظ البنك المركزي إن شركة "هورن باي" حصلت على الترخيص بعد مراجعة استمرت ثمانية أشهر، مضيفا أن طلبات أربع شركات أخرى قبلت.';
    expect(only('منح البنك المركزي شركة "هورن باي" الترخيص، فيما لم تقبل بعد طلبات أربع شركات أخرى.', decided, 'negation-mismatch')).toEqual(['لم تقبل']);
  });
});

describe('the 219th and 220th batches of fresh editor pairs: sums and differences no cue names, amounts joined by plus, shares of like counts, parts of an amount, a denial after a speaker set off by commas', () => {
  const only = (s: string, source: string, rule: string, lang: typeof ar | typeof en = ar) => flagged(check(s, source, lang), [rule]);
  it('reads a precise figure as a sum or difference of two support figures with no cue (numbers.ts exactSumOrDifference)', () => {
    const src = 'وقالت الهيئة إن عدد الحجاج بلغ 1833164 حاجا هذا العام، قدم 1611310 منهم من خارج المملكة.';
    const line = (n: string) => `وبلغ عدد الحجاج 1833164 حاجا، بينهم نحو ${n} ألفا من داخل السعودية.`;
    expect(only(line('222'), src, 'number-mismatch')).toEqual([]);
    expect(only(line('232'), src, 'number-mismatch')).toEqual(['232 ألفا']);
    // (a figure of two significant digits is too likely some sum or difference of the support set's figures: it stays a
    // changed figure, as a planted "37 were hurt" for 40 less 3 is)
    const few = 'Three people died and 40 were taken to hospital after the crash, police said.';
    expect(only('Three people died and 37 were hurt in the crash, police said.', few, 'number-mismatch', en)).toEqual(['37']);
  });
  it('adds up two amounts that a support sentence joins by "plus" (numbers.ts plusSum, numbers.json plusJoiners)', () => {
    const src =
      'Benfica have agreed to sell Caio Ferreira to Newcastle United for 62 million euros ($67 million) plus up to 8 million euros in add-ons, the club said.';
    const line = (n: string) =>
      `Benfica are selling Caio Ferreira to Newcastle United for 62 million euros, a fee that could climb to ${n} million with add-ons.`;
    expect(only(line('70'), src, 'number-mismatch', en)).toEqual([]);
    expect(only(line('80'), src, 'number-mismatch', en)).toEqual(['80 million']);
  });
  it('reads a share of two counts of one thing in the sentences around the support set (numbers.ts likeShare)', () => {
    const src = [
      'وقال مسؤول التنبؤ بالجراد في المنظمة إن المسوحات رصدت أسرابا تغطي نحو 12 ألف هكتار في ولايتي البحر الأحمر وكسلا.',
      'وأوضح مدير إدارة وقاية النباتات عثمان الطيب أن الفرق رشت حتى الآن 4500 هكتار.',
      'وأضاف أن الأمطار الغزيرة التي هطلت في أكتوبر وفرت ظروفا مثالية للتكاثر.',
    ].join(' ');
    const line = (share: string) => `وأوضح عثمان الطيب أن فرق المكافحة رشت ما يزيد على ${share} المساحة حتى الآن.`;
    expect(only(line('ثلث'), src, 'number-mismatch')).toEqual([]);
    expect(only(line('نصف'), src, 'number-mismatch')).toEqual(['نصف']);
  });
  it('reads a share that a negation after it says is not as the rest of a share of the source (text/numbers.ts shareNegated, restOfShareIn)', () => {
    const src = 'Lindqvist said about two-thirds of customers had restored core payroll functions, but warned that a full recovery could take three weeks.';
    const line = (share: string) =>
      `Roughly ${share} of customers are still without core payroll functions, and a full recovery could take three weeks, she said.`;
    expect(only(line('a third'), src, 'number-mismatch', en)).toEqual([]);
    expect(only(line('a third'), src, 'negation-mismatch', en)).toEqual([]);
    expect(only(line('a quarter'), src, 'number-mismatch', en)).toEqual(['a quarter']);
    // (a share the source gives, negated: no rest of it)
    expect(only('Roughly two-thirds of customers are still without core payroll functions, she said.', src, 'negation-mismatch', en)).toEqual(['without core']);
  });
  it('reads a denial after a speaker set off by commas, to the next verb of saying, against an admission (antonyms.ts negatesAfter)', () => {
    const src = [
      "Varuna's chief executive, Rohan Deshpande, denied that the company had known about the impurity before the tests, saying its routine checks had not been designed to detect it.",
      '"No patient has reported any adverse event linked to these batches," Deshpande told analysts on a call.',
    ].join(' ');
    const line = (verb: string) =>
      `Chief executive Rohan Deshpande ${verb} the company had been aware of the impurity beforehand and said not a single patient had reported an adverse event.`;
    expect(only(line('admitted'), src, 'antonym-mismatch', en)).toEqual(['admitted']);
    expect(only(line('denied'), src, 'antonym-mismatch', en)).toEqual([]);
  });
  it('reads the part of an amount that a percentage of it makes, and the amount of a change to a level (numbers.ts partOfAmount)', () => {
    const funded = 'The agency said funding for its Chad operation had reached only 28 percent of the $409 million it requested this year.';
    const short = (n: string) => `The agency's appeal for Chad is only 28 percent funded, leaving a shortfall of roughly $${n} million.`;
    expect(only(short('294'), funded, 'number-mismatch', en)).toEqual([]);
    expect(only(short('314'), funded, 'number-mismatch', en)).toEqual(['314 million']);
    const rose = "Zambia's copper output rose 9 percent to 821,000 tonnes last year, the ministry said.";
    const more = (n: string) => `Zambia produced 821,000 tonnes of copper last year, 9 percent, or roughly ${n} tonnes, more than the year before.`;
    expect(only(more('68,000'), rose, 'number-mismatch', en)).toEqual([]);
    // (9 percent of the level the output went to is no amount of the change)
    expect(only(more('74,000'), rose, 'number-mismatch', en)).toEqual(['74,000']);
  });
});

describe('the 199th batch of fresh editor pairs in Arabic: a verb after a role, households added', () => {
  const only = (s: string, source: string, rule: string) => flagged(check(s, source, ar), [rule]);
  it('reads "الأستاذ المتفرغ بات يتقاضى" as the role\'s predicate, not a name (reporting.json roleAuxiliaries)', () => {
    const src = 'وأضاف حمدان أن راتب الأستاذ المتفرغ لا يتجاوز حالياً 1200 دولار شهرياً، مقابل نحو أربعة آلاف دولار قبل الأزمة.';
    expect(only('وقال حمدان إن الأستاذ المتفرغ بات يتقاضى 1200 دولار في الشهر.', src, 'unknown-name')).toEqual([]);
    expect(only('وقال حمدان إن الأستاذ المتفرغ سمير عواد يتقاضى 1200 دولار في الشهر.', src, 'unknown-name')).toEqual(['سمير عواد']);
  });
  it('reads "نصف مليون أسرة إضافية" as the difference of two counts of households (numbers.json additionalAfter)', () => {
    const src = 'وأوضح بنعلي أن برنامج الدعم الاجتماعي المباشر سيشمل ثلاثة ملايين ونصف المليون أسرة، مقابل ثلاثة ملايين أسرة في بداية العام.';
    expect(only('وسيتسع الدعم الاجتماعي المباشر ليشمل نصف مليون أسرة إضافية.', src, 'number-mismatch')).toEqual([]);
    expect(only('وسيتسع الدعم الاجتماعي المباشر ليشمل مليون أسرة إضافية.', src, 'number-mismatch')).toEqual(['مليون']);
    // (not any two figures of the support set to a hedge: the 101st batch's planted 32 million for the source's 22)
    const tariff =
      'وبحسب بيانات الهيئة، تكبدت الشركة خسائر بلغت 85 مليون دينار (نحو 120 مليون دولار) العام الماضي، فيما تتوقع الهيئة أن تدر الزيادة الجديدة إيرادات إضافية تقارب 22 مليون دينار سنوياً.';
    expect(only('وتعوّل الهيئة على تحصيل نحو 32 مليون دينار إضافية كل عام.', tariff, 'number-mismatch')).toEqual(['32 مليون']);
  });
});

describe('the 195th batch of fresh editor pairs in Arabic', () => {
  const only = (s: string, source: string, rule: string, lang: typeof ar | typeof en = ar) => flagged(check(s, source, lang), [rule]);
  it("reads an unhedged third as the share of two counts (a third is 33.333333 to the ratio's six decimals)", () => {
    const src = 'تستهدف الحملة نحو مليون وثمانمئة ألف طفل. وقالت ممثلة المنظمة إن المنظمة قدمت 600 ألف جرعة دعما للحملة.';
    expect(only('وقدمت المنظمة ستمئة ألف جرعة دعما للحملة، أي ما يعادل ثلث عدد الأطفال المستهدفين.', src, 'number-mismatch')).toEqual([]);
    expect(only('وقدمت المنظمة ستمئة ألف جرعة دعما للحملة، أي ما يعادل ربع عدد الأطفال المستهدفين.', src, 'number-mismatch')).toEqual(['ربع']);
    const en_ = 'The campaign targets about 1.8 million children, and the agency said it had supplied 600,000 doses.';
    expect(only('The agency supplied 600,000 doses, enough for a third of the children targeted.', en_, 'number-mismatch', en)).toEqual([]);
    expect(only('The agency supplied 600,000 doses, enough for a quarter of the children targeted.', en_, 'number-mismatch', en)).toEqual(['a quarter']);
  });
  it("reads a denial of another's accusation past the denier's phrase, and checks the denier against the source's", () => {
    const src =
      'وكانت نقابة الأطباء الأردنيين قد اتهمت الوزارة بالتأخر في طلب الإمدادات من اللقاحات، مما أدى إلى نقص في بعض المراكز الصحية.\nونفى الناطق الإعلامي باسم الوزارة، حاتم الزعبي، هذه الاتهامات، مؤكدا عدم وجود أي نقص.';
    expect(only('ونفى الناطق باسم الوزارة حاتم الزعبي اتهامات نقابة الأطباء بالتأخر في طلب اللقاحات.', src, 'attribution-mismatch')).toEqual([]);
    const src2 =
      'وكانت نقابة الأطباء قد اتهمت الوزارة بالتأخر في طلب اللقاحات.\nونفى الناطق باسم الوزارة حاتم الزعبي ذلك.\nوقال مدير الأمراض السارية سامر الخوالدة إن الحملة ستستمر ثلاثة أسابيع.';
    expect(only('ونفى الناطق باسم الوزارة حاتم الزعبي اتهامات نقابة الأطباء بالتأخر في طلب اللقاحات.', src2, 'attribution-mismatch')).toEqual([]);
    expect(only('ونفى مدير الأمراض السارية سامر الخوالدة اتهامات نقابة الأطباء بالتأخر في طلب اللقاحات.', src2, 'attribution-mismatch')).toEqual([
      'مدير الأمراض السارية سامر الخوالدة',
    ]);
  });
  it('reads "not X before Y" restated as Y a condition of X (lexicons/negation.json conditionWords)', () => {
    const src = 'وأكدت حمادة أن الرابطة لن تعلق الإضراب قبل الحصول على التزام مكتوب من مجلس الوزراء.';
    expect(only('وتشترط الرابطة تعهدا خطيا من مجلس الوزراء لتعليق الإضراب.', src, 'negation-mismatch')).toEqual([]);
    expect(only('وقالت حمادة إن الرابطة ستعلق الإضراب وتنتظر تعهدا خطيا من مجلس الوزراء.', src, 'negation-mismatch')).toEqual(['ستعلق']);
    const en_ = 'Hamada said the union would not suspend the strike before it received a written commitment from the cabinet.';
    expect(only('The union requires a written commitment from the cabinet to suspend the strike.', en_, 'negation-mismatch', en)).toEqual([]);
    expect(only('The union would suspend the strike and wait for a written commitment from the cabinet.', en_, 'negation-mismatch', en)).toEqual(['suspend']);
  });
});

describe('the 196th batch of fresh editor pairs in English: a difference after its unit, a debt that falls due, a net loss with its level, a unit of a rate', () => {
  const only = (s: string, source: string, rule: string) => flagged(check(s, source, en), [rule]);
  it('reads "7 million pesos separating" the two sides as the difference of two source figures (numbers.json differenceCuesAfter)', () => {
    const src = 'The union had sought a one-off bonus of 25 million pesos per member, while Codelco offered 18 million pesos.';
    expect(
      only('The union rejected the offer, with 7 million pesos separating the bonus it sought from the one on the table.', src, 'number-mismatch'),
    ).toEqual([]);
    expect(
      only('The union rejected the offer, with 9 million pesos separating the bonus it sought from the one on the table.', src, 'number-mismatch'),
    ).toEqual(['9 million']);
  });
  it('reads no direction in loan repayments that "fell due" (antonyms.json noSidePhrases)', () => {
    const src = 'Ridership rose 22% last year to 7.1 million passengers, the operator said, but its losses widened as loan repayments came due.';
    expect(only('Ridership grew by more than a fifth to about 7.1 million, though loan repayments fell due.', src, 'antonym-mismatch')).toEqual([]);
    expect(only('Ridership fell by more than a fifth to about 7.1 million, though loan repayments came due.', src, 'antonym-mismatch')).toEqual(['fell']);
  });
  it('reads no direction against the figures in a net loss that deepened to its level (antonyms.json amountNouns)', () => {
    const src = 'KCIC posted a net loss of 4.1 trillion rupiah for 2025, up from 3.3 trillion rupiah a year earlier.';
    expect(only("The operator's net loss deepened by 800 billion rupiah to 4.1 trillion rupiah.", src, 'antonym-mismatch')).toEqual([]);
    expect(only("The operator's net loss fell by 800 billion rupiah to 4.1 trillion rupiah.", src, 'antonym-mismatch')).toEqual(['fell']);
  });
  it('reads no fall in the source\'s "net loss of" against a claim whose verb moves that loss', () => {
    const src = 'KCIC posted a net loss of 4.1 trillion rupiah for 2025, up from 3.3 trillion rupiah a year earlier.';
    expect(only('The net loss grew to 4.1 trillion rupiah.', src, 'antonym-mismatch')).toEqual([]);
    expect(only('The net loss shrank by 800 billion rupiah to 4.1 trillion rupiah.', src, 'antonym-mismatch')).toEqual(['shrank']);
  });
  it('takes dialogue for talks, and a campaign for a season (lexicons/synonyms.json)', () => {
    const src = '"Production is continuing at reduced levels and we remain open to dialogue," Ibanez added in a statement.';
    expect(only('Ibanez said output was continuing at a reduced pace and the company was still willing to talk.', src, 'unsupported-claim')).toEqual([]);
    expect(only('Ibanez said output was continuing at a reduced pace and the company was still willing to strike.', src, 'unsupported-claim')).toHaveLength(1);
    // (the 196th batch's faithful "having gone through the campaign without a single defeat", in a report that says "this season")
    expect(errorsOf(freshFaithful('b196-en-8-raja-casablanca-title'), ['unsupported-claim'])).toEqual([]);
  });
  it('reads "per MWh" after a figure and its unit as a unit of a rate, not an unknown name', () => {
    const src = 'Winning bids averaged 476 zlotys ($117) per megawatt-hour, the Energy Regulatory Office (URE) said.';
    expect(only('Winning bids averaged 476 zlotys per MWh, the regulator said.', src, 'unknown-name')).toEqual([]);
    expect(only('Winning bids averaged 476 zlotys per MWh, Kowalski said.', src, 'unknown-name')).toEqual(['Kowalski']);
  });
});

describe('the 127th batch of fresh editor pairs in Arabic: a gap between two figures, a dual of a unit, "على حد اتهام", a bare weekday, تلقى', () => {
  const only = (s: string, source: string, rule: string, lang: typeof ar | typeof en = ar) => flagged(check(s, source, lang), [rule]);
  it('reads "تفصل ست نقاط مئوية بين …" and "six percentage points separate" as the difference of two percentages', () => {
    const wages = 'وأضاف العلوي أن الإدارة عرضت زيادة في الأجور بنسبة 4 في المئة، في حين تطالب النقابة بعشرة في المئة.';
    expect(only('وتفصل ست نقاط مئوية بين الزيادة التي تقترحها الإدارة وتلك التي تطالب بها النقابة.', wages, 'number-mismatch')).toEqual([]);
    expect(only('وتفصل خمس نقاط مئوية بين الزيادة التي تقترحها الإدارة وتلك التي تطالب بها النقابة.', wages, 'number-mismatch')).toEqual(['خمس']);
    const en_ = 'Al-Alawi added that management had offered a wage rise of 4 percent, while the union is demanding 10 percent.';
    expect(only('Six percentage points separate the rise management offers from the one the union wants.', en_, 'number-mismatch', en)).toEqual([]);
    expect(only('Five percentage points separate the rise management offers from the one the union wants.', en_, 'number-mismatch', en)).toEqual(['Five']);
  });
  it('reads "نحو طنين" as two tonnes, 2,000 kilograms', () => {
    const src = 'وأضاف الجبالي أن الدورية عثرت على متن القاربين على نحو طنين من القمرون الأحمر.';
    expect(only('وعثرت الدورية على قرابة ألفي كيلوغرام من القمرون الأحمر.', src, 'number-mismatch')).toEqual([]);
    expect(only('وعثرت الدورية على قرابة ثلاثة آلاف كيلوغرام من القمرون الأحمر.', src, 'number-mismatch')).toEqual(['ثلاثة آلاف']);
  });
  it('reads "على حد اتهام X" closing a sentence as an attribution, and "على حد سواء" not', () => {
    const src = 'في المقابل، اتهمت النائبة رلى أبو شقرا المؤسسة بتحميل المواطنين كلفة التعديات والسرقات على الشبكة بدلا من ملاحقة المخالفين. ونفى عيتاني ذلك.';
    const attribution = (s: string) => flagged(check(s, src, ar), ['attribution-mismatch']);
    expect(attribution('وتحمل المؤسسة المواطنين ثمن التعديات والسرقات على الشبكة بدل ملاحقة المخالفين، على حد اتهام النائبة رلى أبو شقرا.')).toEqual([]);
    expect(attribution('وتحمل المؤسسة المواطنين ثمن التعديات والسرقات على الشبكة بدل ملاحقة المخالفين.')).not.toEqual([]);
    expect(attribution('وتحمل المؤسسة المواطنين ثمن التعديات والسرقات على الشبكة والمخالفين على حد سواء.')).not.toEqual([]);
  });
  it('reads a bare الأحد after a verb\'s subject as Sunday (lexicons/dates.json notDayAfter), and "أحد" of a group not', () => {
    const src = 'رفض مجلس الأمة الكويتي، في جلسته يوم الثلاثاء، مشروع قانون الميزانية العامة للدولة بعدما صوت ضده 38 نائبا.';
    expect(only('أسقط مجلس الأمة الكويتي الأحد مشروع ميزانية الدولة بعدما صوت ضده 38 نائبا.', src, 'entity-mismatch')).toEqual(['الأحد']);
    expect(only('أسقط مجلس الأمة الكويتي الثلاثاء مشروع ميزانية الدولة بعدما صوت ضده 38 نائبا.', src, 'entity-mismatch')).toEqual([]);
    expect(only('وقال أحد النواب إن مجلس الأمة الكويتي أسقط مشروع الميزانية.', src, 'entity-mismatch')).toEqual([]);
  });
  it('reads تلقى as a synonym of تسلم for what a dropped negation negates', () => {
    const src = 'وأشار فيراري إلى أن الحكومة الإيطالية لم تتلق حتى الآن أي إخطار رسمي من السلطات التونسية.';
    expect(only('وقال فيراري إن روما تسلمت إخطارا رسميا من تونس.', src, 'negation-mismatch')).toEqual(['تسلمت']);
    expect(only('وقال فيراري إن روما لم تتسلم إخطارا رسميا من تونس.', src, 'negation-mismatch')).toEqual([]);
  });
});

describe('the 129th batch of fresh editor pairs: seats of power, spans to a date, "unless", "fell short", a phrasal verb\'s particle, parts of the year, أمثال, غياب, the future\'s س', () => {
  const only = (s: string, source: string, rule: string, lang: typeof ar | typeof en = en) => flagged(check(s, source, lang), [rule]);
  it('knows Holyrood where the source names the Scottish Parliament (lexicons/acronyms.json metonyms)', () => {
    const told = "Scotland's transport secretary Fiona Gallacher told the Scottish Parliament in Edinburgh on Tuesday that the ferries were late.";
    expect(only('Fiona Gallacher told Holyrood on Tuesday that the ferries were late.', told, 'unknown-name')).toEqual([]);
    expect(only("Holyrood's transport committee heard on Tuesday that the ferries were late.", told, 'unknown-name')).toEqual([]);
    const reporters = "Scotland's transport secretary Fiona Gallacher told reporters in Edinburgh on Tuesday that the ferries were late.";
    expect(only('Fiona Gallacher told Holyrood on Tuesday that the ferries were late.', reporters, 'unknown-name')).toEqual(['Holyrood']);
  });
  it('reads "the year to October" and "within the next week" as spans, and "next month" alone as no span', () => {
    const price = "New Zealand's median house price fell 1.8 percent in the year to October, the institute said.";
    expect(only('The median house price slipped 1.8 percent in the 12 months to October, the institute said.', price, 'number-mismatch')).toEqual([]);
    expect(only('The median house price slipped 1.8 percent in the 10 months to October, the institute said.', price, 'number-mismatch')).toEqual(['10']);
    const talks = 'Labour Minister Andres Fuentes urged both sides to return to the table within the next week.';
    expect(only('Fuentes urged both parties to resume talks within seven days.', talks, 'number-mismatch')).toEqual([]);
    const records = 'The clinics will run for six weeks, and parents should check their records this week, not next month, he said.';
    expect(only('For four weeks, the clinics will give the vaccine, he said.', records, 'number-mismatch')).toEqual(['four']);
  });
  it('reads "unless" as "if … not"', () => {
    const protests = 'Hoekstra added that further protests would be held in Gelderland and Friesland next month if the plans were not withdrawn.';
    expect(
      only('Hoekstra said more protests would follow in Gelderland and Friesland next month unless the plans were withdrawn.', protests, 'negation-mismatch'),
    ).toEqual([]);
    expect(
      only('Hoekstra said more protests would follow in Gelderland and Friesland next month if the plans were withdrawn.', protests, 'negation-mismatch'),
    ).toEqual(['withdrawn']);
  });
  it('reads "fell short" as "not", and a phrasal verb\'s verb only before its particle: "would go ahead" is not the "go" of "did not go far enough"', () => {
    const ruling =
      'Justice Minister Anna Kowalczyk told reporters in Warsaw that the ruling did not go far enough and that the government would press ahead with legislation to remove the appointees.';
    expect(only('Kowalczyk said the decision fell short and that legislation to remove the appointees would go ahead.', ruling, 'negation-mismatch')).toEqual(
      [],
    );
    expect(only('The project will go ahead, the council said.', 'The council said the project would not go ahead this year.', 'negation-mismatch')).toEqual([
      'go',
    ]);
  });
  it('reads "the final quarter" as October to December, and a first half in months as the first half', () => {
    const q = 'In the final quarter, arrivals from Malaysia rose 12 percent, while Chinese arrivals fell by nearly a fifth, the ministry said.';
    expect(only('Chinese arrivals slid by almost a fifth in the October-to-December quarter, the ministry said.', q, 'unknown-name')).toEqual([]);
    const end = 'وأوضح الحمامي أن الوزارة رصدت اعتمادات بقيمة 14 مليون دينار لتسوية المستحقات قبل نهاية الربع الثالث من العام الجاري.';
    expect(only('وأشار الحمامي إلى رصد أربعة عشر مليون دينار لتسوية المستحقات قبل انقضاء الأشهر التسعة الأولى من السنة.', end, 'number-mismatch', ar)).toEqual(
      [],
    );
    expect(
      only('وأشار الحمامي إلى رصد أربعة عشر مليون دينار لتسوية المستحقات قبل انقضاء الأشهر الثمانية الأولى من السنة.', end, 'number-mismatch', ar),
    ).toEqual(['الثمانية']);
  });
  it('reads "ثلاثة أمثال" as 200% more, "غياب ما يثبت" as "عدم ثبوت", and the future\'s س off سيجري', () => {
    const locusts = 'وأوضح أن أعداد الجراد ارتفعت إلى ثلاثة أمثال ما كانت عليه في شهر أكتوبر.';
    expect(only('وأشار إلى أن أعداد الجراد زادت بنسبة مئتين في المئة عما كانت عليه في أكتوبر.', locusts, 'number-mismatch', ar)).toEqual([]);
    expect(only('وأشار إلى أن أعداد الجراد زادت بنسبة مئة في المئة عما كانت عليه في أكتوبر.', locusts, 'number-mismatch', ar)).toEqual(['مئة']);
    const proof = 'وقال محامي الدفاع، عبد العزيز فهد الرشيدي، إن المحكمة استندت في حكمها إلى بطلان إجراءات التفتيش وإلى عدم ثبوت تسلم موكليه أي مبالغ.';
    expect(only('وقال الرشيدي إن المحكمة بنت حكمها على بطلان التفتيش وغياب ما يثبت أن موكليه تسلموا أي مال.', proof, 'negation-mismatch', ar)).toEqual([]);
    expect(only('وقال الرشيدي إن المحكمة بنت حكمها على بطلان التفتيش وعلى ما يثبت أن موكليه تسلموا أي مال.', proof, 'negation-mismatch', ar)).toEqual(['يثبت']);
    const vote = 'وقال المدير العام للإدارة الإقليمية بوزارة الداخلية، الشيخ ولد بابا، إن الاقتراع سيجري في موعده ولن يتأثر بالمقاطعة.';
    expect(only('وأكد ولد بابا أن الاقتراع لن يجري في موعده.', vote, 'negation-mismatch', ar)).toEqual(['لن يجري']);
    expect(only('وأكد ولد بابا أن الاقتراع سيجري في موعده.', vote, 'negation-mismatch', ar)).toEqual([]);
  });
});

describe('an admission that points back at an accusation the source has denied (antonyms.ts admittedDenial)', () => {
  const src =
    'His lawyer, Peter Vassallo, argued that the agency had broken chain-of-custody rules by leaving the sample unrefrigerated for up to nine hours. The agency denied any breach, saying the sample had been stored and transported according to international standards.';
  const antonym = (s: string) => flagged(check(s, src, en), ['antonym-mismatch']);
  it('flags ", which the agency admitted" against the denial in the next sentence', () => {
    expect(
      antonym(
        'His lawyer, Peter Vassallo, alleged that the agency broke chain-of-custody rules by leaving the sample unrefrigerated for as long as nine hours, which the agency admitted.',
      ),
    ).toEqual(['admitted']);
  });
  it('leaves the denial kept, and a rejection against no confirmation, alone', () => {
    expect(
      antonym(
        'His lawyer, Peter Vassallo, alleged that the agency broke chain-of-custody rules by leaving the sample unrefrigerated for as long as nine hours, which the agency denied.',
      ),
    ).toEqual([]);
    expect(
      antonym(
        'His lawyer, Peter Vassallo, alleged that the agency broke chain-of-custody rules by leaving the sample unrefrigerated for as long as nine hours, which the agency rejected.',
      ),
    ).toEqual([]);
  });
});

describe('the 131st batch of fresh editor pairs: compound units after a hundred, an Arabic comparative\'s difference, a speaker phrase with "of", a denier\'s own account', () => {
  const only = (s: string, source: string, rule: string, lang: typeof ar | typeof en = ar) => flagged(check(s, source, lang), [rule]);
  it('reads "سبعمئة وواحد وستين مليار" as 761 billion', () => {
    const src = 'أعلنت وزارة المالية العراقية أنها أطلقت تمويل رواتب موظفي إقليم كردستان عن شهر آب 2024 بمبلغ 761 مليار دينار.';
    expect(only('أفرجت وزارة المالية العراقية عن سبعمئة وواحد وستين مليار دينار لرواتب موظفي إقليم كردستان عن آب 2024.', src, 'number-mismatch')).toEqual([]);
    expect(only('أفرجت وزارة المالية العراقية عن سبعمئة واثنين وستين مليار دينار لرواتب موظفي إقليم كردستان عن آب 2024.', src, 'number-mismatch')).not.toEqual(
      [],
    );
  });
  it('reads "أعلى من سعر الطرح بثمانية ريالات" as the difference of the opening and the offer price', () => {
    const src = 'وافتتح السهم تعاملاته عند 46 ريالا مقابل سعر طرح بلغ 38 ريالا، ثم أغلق مرتفعا بنسبة 21 في المئة.';
    expect(only('فافتتحت الأسهم أعلى من سعر الطرح بثمانية ريالات وأغلقت على مكسب بلغ 21 في المئة.', src, 'number-mismatch')).toEqual([]);
    expect(only('فافتتحت الأسهم أعلى من سعر الطرح بسبعة ريالات وأغلقت على مكسب بلغ 21 في المئة.', src, 'number-mismatch')).toEqual(['بسبعة']);
  });
  it('reads "Geir Stokke of industry group Seafood Norway" whole, and a claim that restates what follows "saying" after a denial as the denier\'s account', () => {
    // (the pair's faithful summary drew a wrong speaker for the phrase read without Geir, and a dropped negation on the tax
    // of "pre-tax levels" from "Haugland denied that the tax had hurt investment, saying spending … had held up close to the
    // levels seen before the levy")
    const { faithful } = fixturePair('batch131/en-7-norway-salmon-tax', ['attribution-mismatch', 'negation-mismatch'], en);
    expect(faithful).toEqual([]);
    const src =
      'Haugland denied that the tax had hurt investment, saying spending by the industry had held up close to the levels seen before the levy was introduced.';
    expect(only('Haugland said the tax had hurt investment.', src, 'negation-mismatch', en)).not.toEqual([]);
  });
});

describe("English synonyms of a legal challenge and a denial, and a denier's account after a participle (negation.ts deniersAccount)", () => {
  const only = (s: string, source: string, rule: string) => flagged(check(s, source, en), [rule]);
  it('reads "will not contest the penalty" as "would not appeal the fine", and "rejected the criticism" as "denied the accusation"', () => {
    // (two faithful summaries that drew span errors on "will not contest the penalty but wants to spread" and "rejected the
    // criticism, noting")
    for (const pair of ['en-4-uk-water-company-fine', 'en-8-south-korea-chip-exports'])
      expect(fixturePair(`batch131/${pair}`, ['unsupported-span', 'unsupported-claim'], en).faithful).toEqual([]);
    // (and "will contest" for "would not appeal" drops the negation)
    const fine = 'He added that the firm would not appeal the fine but would ask to pay it over three years.';
    expect(flagged(check('He added that the firm would contest the fine.', fine, en), ['negation-mismatch'])).not.toEqual([]);
  });
  it('leaves a denier\'s account after "insisting" alone against the accusation\'s "without approval"', () => {
    const src =
      "Residents accused the building's owner, Coastline Homes, of adding two extra floors without approval. The company's managing director, Chinedu Okafor, denied the accusation, saying in a statement that all the work had been cleared by the Lagos State Building Control Agency.";
    const s =
      'Residents blamed the owner, Coastline Homes, for building two additional storeys without permission, a charge its managing director Chinedu Okafor rejected, insisting the Lagos State Building Control Agency had signed off on all the work.';
    expect(only(s, src, 'negation-mismatch')).toEqual([]);
  });
});

describe('the 133rd batch of fresh editor pairs: thousands and hundreds of millions, a capacity added', () => {
  const numbers = (s: string, source: string) => flagged(check(s, source, ar), ['number-mismatch']);
  it('reads "ثلاثة آلاف وخمسمئة مليون دينار" as 3.5 billion', () => {
    const src = 'وقدر وزير التجارة منير بن سالم فاتورة دعم الحبوب خلال العام الماضي بنحو 3.5 مليار دينار.';
    expect(numbers('وقدر الوزير منير بن سالم فاتورة دعم الحبوب العام الماضي بثلاثة آلاف وخمسمئة مليون دينار.', src)).toEqual([]);
    expect(numbers('وقدر الوزير منير بن سالم فاتورة دعم الحبوب العام الماضي بثلاثة آلاف وستمئة مليون دينار.', src)).not.toEqual([]);
  });
  it('reads "ستضيف مليوني حاوية" as the difference of a capacity before and after', () => {
    const src = 'وقال الكلباني إن المشروع سيرفع الطاقة الاستيعابية للميناء من مليون ونصف المليون حاوية نمطية إلى ثلاثة ملايين ونصف المليون حاوية نمطية سنوياً.';
    expect(numbers('وأوضح الكلباني أن التوسعة ستضيف مليوني حاوية نمطية إلى الطاقة السنوية للميناء لتبلغ 3.5 ملايين.', src)).toEqual([]);
    expect(numbers('وأوضح الكلباني أن التوسعة ستضيف ثلاثة ملايين حاوية نمطية إلى الطاقة السنوية للميناء لتبلغ 3.5 ملايين.', src)).not.toEqual([]);
  });
});

describe('a verb of small movement before up/down and "to" a figure says which way it went (lexicons/antonyms.json particleVerbs)', () => {
  const src =
    'Farm-gate palay prices have fallen to about 17 pesos per kilogram in Central Luzon, while retail prices of imported rice have risen to around 45 pesos in Metro Manila markets.';
  const antonym = (s: string) => flagged(check(s, src, en), ['antonym-mismatch']);
  it('flags "has edged up to around 17 pesos" against "have fallen to about 17 pesos", and leaves "edged down" alone', () => {
    expect(antonym('Farm-gate palay prices in Central Luzon have edged up to around 17 pesos a kilo.')).toEqual(['up']);
    expect(antonym('Farm-gate palay prices in Central Luzon have edged down to around 17 pesos a kilo.')).toEqual([]);
  });
});

describe('the 135th batch of fresh editor pairs: "half" before a comma, تسع "holds", a cue with a pronoun glued', () => {
  it('reads "dropped by almost half, a sign that …" as 50 percent', () => {
    const src =
      "He told reporters that seismic activity had risen sharply since Thursday, while the volcano's gas emissions had dropped by almost half, a sign that the vent could be blocked and pressure building.";
    const numbers = (s: string) => flagged(check(s, src, en), ['number-mismatch']);
    expect(numbers('Tremors had increased steeply since Thursday even as gas output fell by nearly 50 percent.')).toEqual([]);
    expect(numbers('Tremors had increased steeply since Thursday even as gas output fell by nearly 40 percent.')).toEqual(['40']);
  });
  it('reads تسع before its object and a figure as "holds", and بزيادته خمسة دنانير as a difference', () => {
    const numbers = (s: string, src: string) => flagged(check(s, src, ar), ['number-mismatch']);
    const plane = 'وأعلنت الشركة أنها ستشغل الخط بطائرات بوينغ 787 بسعة 252 مقعدا.';
    expect(numbers('وستشغل الشركة الخط بطائرات بوينغ 787 تسع الواحدة منها 252 راكباً.', plane)).toEqual([]);
    expect(numbers('وستشغل الشركة الخط بطائرات بوينغ 787 تسع الواحدة منها 262 راكباً.', plane)).toEqual(['262']);
    const bread = 'أكدت وزارة التجارة الجزائرية أن سعر الخبز العادي المدعم سيبقى محدداً عند 10 دنانير للرغيف الواحد، رغم مطالب الخبازين برفعه إلى 15 ديناراً.';
    expect(numbers('وسيبقى سعر الرغيف المدعم عند عشرة دنانير حتى وإن طالب الخبازون بزيادته خمسة دنانير.', bread)).toEqual([]);
    expect(numbers('وسيبقى سعر الرغيف المدعم عند عشرة دنانير حتى وإن طالب الخبازون بزيادته ستة دنانير.', bread)).toEqual(['ستة']);
  });
});

describe('a short first clause before ", and" and another speaker\'s statement is a claim of its own (claims.ts andStatement)', () => {
  it('judges "Steyn pleaded guilty" against "pleaded not guilty", not with the lawyer\'s sentence', () => {
    const src =
      'Steyn pleaded not guilty and denied any role in the killing throughout the 14-month trial. His lawyer, Johan Kruger, accused police of pressuring one of the gunmen into testifying against his client in exchange for a lighter sentence.';
    const s =
      'Steyn pleaded guilty, and his lawyer Johan Kruger alleged that police had pressured one gunman into testifying in return for a lighter sentence.';
    expect(flagged(check(s, src, en), ['negation-mismatch'])).toEqual(['guilty']);
    expect(flagged(check(s.replace('pleaded guilty', 'pleaded not guilty'), src, en), ['negation-mismatch'])).toEqual([]);
  });
});

describe('the 137th batch of fresh editor pairs (figures): £600m, a trillion in Arabic, comparing verbs, a quantity noun with its article', () => {
  it('reads a one-letter scale after a currency sign (£600m) as millions, and 600m with no sign as 600', () => {
    expect(quantities(tokenize('climbed by £600m to £9.8bn'), 'climbed by £600m to £9.8bn').map((q) => q.value)).toEqual([600e6, 9.8e9]);
    expect(quantities(tokenize('a 600m stretch'), 'a 600m stretch').map((q) => q.value)).toEqual([600]);
    const src = 'Shoppers spent £9.8bn at food stores during the month, up from £9.2bn a year earlier, while spending at clothing retailers reached £4.1bn.';
    expect(numberFlags('Spending at food stores climbed by £600m from a year earlier to £9.8bn.', src, en)).toEqual([]);
    expect(numberFlags('Spending at food stores climbed by £700m from a year earlier to £9.8bn.', src, en)).toEqual(['700m']);
  });
  it('reads "outnumbered … by" a figure as the difference of two figures', () => {
    const src = 'Britain was again the largest source market with 18.4 million visitors, followed by France with 11.9 million and Germany with 11.0 million.';
    expect(numberFlags('British visitors, at 18.4 million, outnumbered the French by about 6.5 million.', src, en)).toEqual([]);
    expect(numberFlags('British visitors, at 18.4 million, outnumbered the French by about 8.5 million.', src, en)).toEqual(['8.5 million']);
  });
  it('reads تريليون and its plural as a scale, and تجاوزت before القيمة as "more than" the figure a few words on', () => {
    expect(figures('عشرة تريليونات ريال و10.3 ترليون ريال وثلاثة بلايين')).toEqual([
      ['عشرة تريليونات', 10e12, null],
      ['10.3 ترليون', 10.3e12, null],
      ['وثلاثة بلايين', 3e9, null],
    ]);
    const src = 'وصعدت القيمة السوقية للأسهم المدرجة إلى 10.3 تريليون ريال، وشهد الربع إدراج أربع شركات جديدة في السوق الرئيسية.';
    expect(numberFlags('فيما تجاوزت القيمة السوقية للأسهم المدرجة عشرة تريليونات ريال.', src, ar)).toEqual([]);
    expect(numberFlags('فيما تجاوزت القيمة السوقية للأسهم المدرجة 11 تريليون ريال.', src, ar)).toEqual(['11 تريليون']);
  });
  it('reads تقل … عن … بنحو a figure as a difference', () => {
    const src = 'بلغت النفقات 12.5 مليار دينار، في حين تقدَّر الإيرادات العامة بنحو 10.2 مليار دينار.';
    expect(numberFlags('فيما تقل الإيرادات المقدرة عن النفقات بنحو 2.3 مليار دينار.', src, ar)).toEqual([]);
    expect(numberFlags('فيما تقل الإيرادات المقدرة عن النفقات بنحو 3.3 مليار دينار.', src, ar)).toEqual(['3.3 مليار']);
  });
});

describe('a measure in another unit of its family sources a figure in that unit only (text/numbers.ts sourceReadings measures)', () => {
  it('flags "120 مليون طن" for 120 thousand tonnes (120 million kilograms), and accepts the kilograms', () => {
    const src = 'وتتوزع الكمية على سبع شحنات، منها خمس شحنات من القمح الروسي بإجمالي ثلاثمئة ألف طن، وشحنتان من القمح الروماني بإجمالي مئة وعشرين ألف طن.';
    expect(numberFlags('وجاءت شحنتان من القمح الروماني بإجمالي 120 مليون طن.', src, ar)).toEqual(['120 مليون']);
    expect(numberFlags('وجاءت شحنتان من القمح الروماني بإجمالي 120 مليون كيلوغرام.', src, ar)).toEqual([]);
    expect(numberFlags('The plant will produce 1.1 megawatts.', 'The plant will produce 1,100 megawatts.', en)).toEqual(['1.1']);
    expect(numberFlags('The plant will produce 1.1 gigawatts.', 'The plant will produce 1,100 megawatts.', en)).toEqual([]);
  });
  it('reads "square kilometres" and كيلومتر مربع as units of area', () => {
    const src = 'A wildfire in northern Alberta grew to about 62,000 hectares overnight.';
    expect(numberFlags('The wildfire grew overnight to roughly 620 square kilometres.', src, en)).toEqual([]);
    expect(numberFlags('The wildfire grew overnight to roughly 720 square kilometres.', src, en)).toEqual(['720']);
    expect(numberFlags('وامتد الحريق على نحو 620 كيلومترا مربعا.', 'وامتد الحريق على نحو 62 ألف هكتار.', ar)).toEqual([]);
  });
});

describe('currencies named bare in Arabic and the crown, rupee, shekel … (lexicons/entities.json currency)', () => {
  const entity = (s: string, src: string, lang: typeof ar | typeof en) => flagged(check(s, src, lang), ['entity-mismatch']);
  it('flags "15 يورو" for 15 دينارا, and a crown turned into a dollar', () => {
    const src = 'وفي حين ارتفعت الكميات المنتجة، تراجعت أسعار البيع عند الإنتاج إلى نحو 15 دينارا للكيلوغرام، مقابل سبعة وعشرين دينارا في الموسم الماضي.';
    expect(entity('وانخفض سعر البيع عند الإنتاج إلى قرابة 15 يورو للكيلوغرام.', src, ar)).toEqual(['يورو']);
    expect(entity('وانخفض سعر البيع عند الإنتاج إلى قرابة 15 دينارا للكيلوغرام.', src, ar)).toEqual([]);
    const fund = 'The fund paid out 40 billion crowns to the state last year, the central bank said.';
    expect(entity('The fund paid 40 billion dollars to the state last year.', fund, en)).toEqual(['dollars']);
    expect(entity('The fund paid 40 billion kroner to the state last year.', fund, en)).toEqual([]);
  });
  it("reads no market swap of a commodity against a currency that is an amount's unit (عشرة آلاف جنيه للقنطار)", () => {
    const src = 'وقال إن المزادات العلنية لتسويق المحصول ستنطلق في سبتمبر، بسعر استرشادي قدره عشرة آلاف جنيه للقنطار من أقطان الوجه البحري.';
    expect(entity('وستنطلق مزادات القطن في سبتمبر بسعر استرشادي يبلغ عشرة آلاف جنيه للقنطار.', src, ar)).toEqual([]);
  });
});

describe('one corner of a change the claim tells with another, whose source gives the third (rules/numbers.ts changeCorner)', () => {
  it("reads the level a change came to, the level it came from and the amount against the source's other two", () => {
    const rate = 'Markets price in a 70% chance that the Reserve Bank will cut its 3.85% cash rate by 25 basis points at its next meeting.';
    expect(numberFlags('Traders see a chance that the central bank will lower its cash rate by a quarter of a percentage point to 3.6%.', rate, en)).toEqual(
      [],
    );
    expect(numberFlags('Traders see a chance that the central bank will lower its cash rate by a quarter of a percentage point to 3.5%.', rate, en)).toEqual([
      '3.5',
    ]);
    const youth = 'Youth unemployment, among those aged 15 to 24, dropped 0.8 percentage point to 9.4%.';
    expect(numberFlags('Unemployment among 15- to 24-year-olds dropped to 9.4% from 10.2%.', youth, en)).toEqual([]);
    expect(numberFlags('Unemployment among 15- to 24-year-olds dropped to 9.4% from 10.4%.', youth, en)).toEqual(['10.4']);
    const tea = 'The average auction price fell to $2.34 per kilogram from $2.61 a year earlier, even as export volumes rose.';
    expect(numberFlags('The average auction price slipped 27 US cents to $2.34 a kilo.', tea, en)).toEqual([]);
    expect(numberFlags('The average auction price slipped 37 US cents to $2.34 a kilo.', tea, en)).toEqual(['37']);
    const oil = 'تراجعت أسعار البيع عند الإنتاج إلى نحو 15 دينارا للكيلوغرام، مقابل سبعة وعشرين دينارا في الموسم الماضي.';
    expect(numberFlags('وانخفض سعر البيع إلى قرابة 15 دينارا للكيلوغرام من 27 دينارا في الموسم الماضي، أي بنحو 12 دينارا.', oil, ar)).toEqual([]);
    expect(numberFlags('وانخفض سعر البيع إلى قرابة 15 دينارا للكيلوغرام من 27 دينارا في الموسم الماضي، أي بنحو 17 دينارا.', oil, ar)).toEqual(['17']);
  });
  it('reads no corner across two changes of one sentence', () => {
    const src = 'Weekday vehicle entries into the zone dropped by 7 percent last year even as average bus speeds there rose by 4 percent.';
    expect(numberFlags('Weekday vehicle entries dropped by eleven percent last year even as bus speeds rose by four percent.', src, en)).toEqual(['eleven']);
  });
});

describe('the 140th batch of fresh editor pairs (figures): "together", a rounded corner, an amount in two figures on the source side', () => {
  it('reads "together" beside a figure as a total of one sentence\'s figures', () => {
    const src = 'Sales to the Netherlands fell 6% to 34.7 billion shillings, while those to the United Kingdom rose 11% to 12.5 billion shillings.';
    expect(numberFlags('Sales to the two markets together came to 47.2 billion shillings.', src, en)).toEqual([]);
    expect(numberFlags('Sales to the two markets together came to 49.2 billion shillings.', src, en)).toEqual(['49.2 billion']);
  });
  it('reads a corner against the source value of a rounded anchor, with the verb of change in the clause before', () => {
    const src =
      'ارتفعت الصادرات غير البترولية في الربع الثاني من عام 2024 بنسبة 8.3 في المئة على أساس سنوي لتبلغ 77.4 مليار ريال، مقابل 71.5 مليار ريال في الربع نفسه من العام الماضي.';
    const s = (v: string) =>
      `زادت الصادرات غير البترولية، شاملة إعادة التصدير، في الربع الثاني من 2024 بنحو ${v} مليارات ريال على أساس سنوي لتصل إلى قرابة 77 مليار ريال.`;
    expect(numberFlags(s('5.9'), src, ar)).toEqual([]);
    expect(numberFlags(s('7.9'), src, ar)).toEqual(['7.9 مليارات']);
  });
  it('reads a source amount told in two figures with its unit after each (ملياري دولار و240 مليون دولار) as their sum', () => {
    const src = 'وحققت القناة في الفترة نفسها من العام السابق ملياري دولار و240 مليون دولار.';
    expect(numberFlags('وحققت القناة 2.24 مليار دولار في الفترة نفسها قبل عام.', src, ar)).toEqual([]);
    expect(numberFlags('وحققت القناة 2.34 مليار دولار في الفترة نفسها قبل عام.', src, ar)).toEqual(['2.34 مليار']);
  });
});

describe('a figure the source gives in another currency (rules/numbers.ts otherCurrency)', () => {
  it('flags "$301 million" for "£301 million" and "15 يورو" for "15 دينارا", and leaves the same currency alone', () => {
    const salmon = 'France remained the biggest buyer at £301 million, followed by the United States at £162 million and China at £71 million.';
    expect(numberFlags('France bought $301 million of Scottish salmon.', salmon, en)).toEqual(['301 million']);
    expect(numberFlags('France bought £301 million of Scottish salmon.', salmon, en)).toEqual([]);
    expect(numberFlags('France bought 301 million pounds of Scottish salmon.', salmon, en)).toEqual([]);
    const oil = 'تراجعت أسعار البيع عند الإنتاج إلى نحو 15 دينارا للكيلوغرام، مقابل سبعة وعشرين دينارا في الموسم الماضي.';
    expect(numberFlags('وانخفض سعر البيع إلى قرابة 15 يورو للكيلوغرام من 27 دينارا في الموسم الماضي.', oil, ar)).toEqual(['15']);
    expect(numberFlags('وانخفض سعر البيع إلى قرابة 15 دينارا للكيلوغرام من 27 دينارا في الموسم الماضي.', oil, ar)).toEqual([]);
  });
});

describe("a verb of direction that the claim's own amount and level turn round against the source (rules/numbers.ts directionAgainstFigures)", () => {
  it('flags "rose by 350,000 tonnes to 0.7 million tonnes" where the source\'s other level is 1.05 million, and not "dropped"', () => {
    const src =
      'Corn made up 4.6 million tonnes of the total, soybean meal 3.1 million tonnes and wheat 700,000 tonnes. Corn shipments rose 24% from May last year, while wheat exports fell by a third from 1.05 million tonnes after a smaller harvest.';
    expect(antonymFlags('Corn led the total, while wheat shipments rose by 350,000 tonnes to 0.7 million tonnes.', src, en)).toEqual(['rose']);
    expect(antonymFlags('Corn led the total, while wheat shipments dropped by 350,000 tonnes to 0.7 million tonnes.', src, en)).toEqual([]);
  });
  it('reads Arabic the same way', () => {
    const src = 'وبلغت صادرات القمح 700 ألف طن. وتراجعت صادرات القمح بمقدار الثلث من 1.05 مليون طن بسبب ضعف المحصول.';
    expect(antonymFlags('وارتفعت صادرات القمح بـ350 ألف طن لتصل إلى 700 ألف طن.', src, ar)).toEqual(['وارتفعت']);
    expect(antonymFlags('وتراجعت صادرات القمح بـ350 ألف طن لتصل إلى 700 ألف طن.', src, ar)).toEqual([]);
  });
});

describe('figures as the 142nd batch of editor pairs restates them', () => {
  const values = (s: string) => quantities(tokenize(s), s).map((q) => Math.round(q.value * 100) / 100);
  it('reads a range of years whose second is written in two digits as two years, and not an ISO date', () => {
    expect(values('The uprising was crushed in 1905-07 by colonial troops.')).toEqual([1905, 1907]);
    expect(values('Sales fell in the 2019/20 financial year.')).toEqual([2019, 2020]);
    expect(values('The war of 1998-02 is remembered.')).toEqual([1998, 2002]);
    expect(values('The file is dated 2011-12-05.')).toEqual([2011, 12, 5]);
    const src = 'The items had been seized during the suppression of the Maji Maji uprising between 1905 and 1907, the foundation said.';
    expect(numberFlags('The items were seized as the Maji Maji uprising was crushed in 1905-07, the foundation said.', src, en)).toEqual([]);
    expect(numberFlags('The items were seized as the Maji Maji uprising was crushed in 1905-09, the foundation said.', src, en)).toEqual(['09']);
  });
  it('reads an Arabic fraction with a pronoun glued as its share on the source side only, and not a price or a cardinal', () => {
    const owned = (s: string) => quantities(tokenize(s), s, true).map((q) => Math.round(q.value * 100) / 100);
    expect(owned('واستعادت الفرق حتى الآن قرابة ثلثيها')).toEqual([66.67]);
    expect(owned('وقد بيع نصفهم في السوق')).toEqual([50]);
    expect(owned('ودفع ثمنه كاملا')).toEqual([]);
    expect(owned('وزار خمسة منهم القرية')).toEqual([5]);
    expect(values('واستعادت الفرق حتى الآن قرابة ثلثيها')).toEqual([]);
    const src = 'وسحبت المؤسسة 48 ألف عبوة طرحت في الصيدليات، وإن فرق التفتيش استعادت حتى الآن قرابة ثلثيها.';
    expect(numberFlags('واسترجعت فرق التفتيش نحو ثلثي ثمانية وأربعين ألف عبوة طرحت في الصيدليات.', src, ar)).toEqual([]);
    expect(numberFlags('واسترجعت فرق التفتيش نحو ربع ثمانية وأربعين ألف عبوة طرحت في الصيدليات.', src, ar)).toEqual(['ربع']);
    // (a summary's share of an amount of its own stays no figure: its source gives the amount, 750)
    const pay = 'وسترتفع رواتب المدرسين 1500 درهم في الشهر، يصرف 750 درهما منها في يناير 2025 و750 في يناير 2026.';
    expect(numberFlags('وسترتفع رواتب المدرسين 1500 درهم في الشهر، يصرف نصفها في يناير 2025 والنصف الآخر في يناير 2026.', pay, ar)).toEqual([]);
  });
  it('reads "three bikes in four" as three quarters when the phrase ends there, and "two goals in three games" as a rate', () => {
    expect(values('a fleet in which three bikes in four are now electric')).toEqual([75]);
    expect(values('he scored two goals in three games')).toEqual([2, 3]);
    const src = 'Moreira said a fleet that is now three-quarters electric had driven the increase.';
    expect(numberFlags('Moreira credited a fleet in which three bikes in four are now electric.', src, en)).toEqual([]);
    expect(numberFlags('Moreira credited a fleet in which two bikes in five are now electric.', src, en)).not.toEqual([]);
  });
  it('sources an amount of change from the two levels a source compares ("compared with", مقارنة بـ), and a bare amount after the subject', () => {
    const src = 'وتراجعت نسبة إشغال المقاعد إلى 74 في المئة مقارنة بـ79 في المئة في الفترة ذاتها من العام الماضي.';
    expect(numberFlags('وانخفض معدل إشغال المقاعد خمس نقاط مئوية إلى 74 في المئة.', src, ar)).toEqual([]);
    expect(numberFlags('وانخفض معدل إشغال المقاعد بخمس نقاط مئوية إلى 74 في المئة.', src, ar)).toEqual([]);
    expect(numberFlags('وانخفض معدل إشغال المقاعد سبع نقاط مئوية إلى 74 في المئة.', src, ar)).toEqual(['سبع']);
    const en1 = 'Seat occupancy slipped to 74 percent, compared with 79 percent a year earlier.';
    expect(numberFlags('Seat occupancy fell five percentage points to 74 percent.', en1, en)).toEqual([]);
    expect(numberFlags('Seat occupancy fell seven percentage points to 74 percent.', en1, en)).toEqual(['seven']);
  });
  it('reads "lost eight of its 20" as a change from 20', () => {
    const src = 'Passengers rose 9 percent while the number of safety inspectors assigned to Batangas fell to 12 from 20, the agency said.';
    expect(numberFlags('Traffic grew even as Batangas lost eight of its 20 safety inspectors.', src, en)).toEqual([]);
    expect(numberFlags('Traffic grew even as Batangas lost nine of its 20 safety inspectors.', src, en)).toEqual(['nine']);
  });
});

describe('a body after a role is no first name (lexicons/reporting.json arabicBodyEpithets)', () => {
  const names = (s: string, src: string) => flagged(check(s, src, ar), ['unknown-name']);
  it('leaves "رئيسة جمعية الضحايا" alone where the source says جمعية ضحايا …, and still flags a swapped given name', () => {
    const src = 'وقالت رئيسة جمعية ضحايا عمارة باب الوادي نصيرة حمادي إن السكان وجهوا ثلاث رسائل مكتوبة إلى البلدية.';
    expect(names('وقالت رئيسة جمعية الضحايا نصيرة حمادي إن السكان وجهوا ثلاث رسائل إلى البلدية.', src)).toEqual([]);
    expect(names('وقالت رئيسة جمعية المتضررين نصيرة حمادي إن السكان وجهوا ثلاث رسائل إلى البلدية.', src)).toEqual([]);
    expect(names('وقالت رئيسة جمعية الضحايا سعاد حمادي إن السكان وجهوا ثلاث رسائل إلى البلدية.', src)).toEqual(['سعاد']);
  });
});

describe('a word of pace makes a word of direction a rate (lexicons/numbers.json changePace)', () => {
  it('reads "growth slowed by 0.4 points to 0.85%" and تباطؤ وتيرة النمو as no rise turned round', () => {
    const src = 'وتراجع معدل النمو السنوي للسكان إلى 0.85 في المئة خلال العقد الأخير، مقابل 1.25 في المئة في العقد السابق.';
    expect(antonymFlags('مع تباطؤ وتيرة النمو السنوي بأربعة أعشار نقطة مئوية إلى 0.85 في المئة.', src, ar)).toEqual([]);
    const en1 = 'Annual population growth eased to 0.85 percent in the last decade, against 1.25 percent in the decade before.';
    expect(antonymFlags('Annual population growth slowed by 0.4 percentage points to 0.85 percent.', en1, en)).toEqual([]);
    expect(antonymFlags('Annual population growth rose by 0.4 percentage points to 0.85 percent.', en1, en)).toEqual(['rose']);
  });
});

describe('a speaker before an appositive role that opens with a capitalised word (text/speakers.ts appositiveSpeaker)', () => {
  const src =
    "Kirsty Boyle, Glasgow secretary of the EIS teachers' union, said teachers were already bringing food in for pupils who arrived hungry. Children's minister Douglas Reid denied that, saying the government had increased overall funding.";
  it('reads "Kirsty Boyle, Glasgow secretary of the EIS union, said" as her words', () => {
    const s = 'Kirsty Boyle, Glasgow secretary of the EIS union, said teachers were bringing food in.';
    const d = analyze(s, { prefix: 't', lang: 'en' });
    expect(speakersOf(s, d.sentences[0].tokens).map((x) => x.tokens.map((t) => t.text).join(' '))).toEqual(['Kirsty Boyle']);
  });
  it('flags her words given to the minister, and not given to her', () => {
    const wrong = flagged(check("Teachers were already bringing in food for pupils who arrived hungry, said children's minister Douglas Reid.", src, en), [
      'attribution-mismatch',
    ]);
    expect(wrong).toEqual(["children's minister Douglas Reid"]);
    expect(
      flagged(check('Teachers were already bringing in food for pupils who arrived hungry, said union official Kirsty Boyle.', src, en), [
        'attribution-mismatch',
      ]),
    ).toEqual([]);
  });
});

describe('an Arabic verb after a comma takes the name after it as its speaker, not the clause before (text/speakers.ts)', () => {
  const src =
    'وقال رئيس الهيئة المهندس طارق الشناوي إن نسبة الإنجاز في الأعمال المدنية بلغت 68 في المئة. واتهم عضو لجنة النقل والمواصلات في مجلس النواب النائب حسام العشري الهيئة بإخفاء التكلفة الحقيقية للمشروع عن البرلمان. ونفى الشناوي هذا الاتهام، مؤكداً أن الهيئة قدمت إلى اللجنة تقارير ربع سنوية مفصلة عن سير الأعمال والتكاليف. وقال العشري إن سكان غرب الجيزة سيظلون يعتمدون على حافلات الميكروباص لعامين إضافيين على الأقل.';
  const lead = 'وبينما نفى الشناوي اتهام النائب حسام العشري للهيئة بحجب الكلفة الفعلية عن البرلمان، مؤكداً أنها رفعت إلى لجنة النقل تقارير فصلية مفصلة، ';
  it('flags the forecast of one given to the other in the last clause of a sentence of two speakers, and not given to its own', () => {
    expect(
      flagged(check(`${lead}توقع الشناوي أن يبقى سكان غرب الجيزة معتمدين على الميكروباص عامين آخرين على الأقل.`, src, ar), ['attribution-mismatch']),
    ).toEqual(['الشناوي']);
    expect(
      flagged(check(`${lead}توقع العشري أن يبقى سكان غرب الجيزة معتمدين على الميكروباص عامين آخرين على الأقل.`, src, ar), ['attribution-mismatch']),
    ).toEqual([]);
  });
});

describe('a complaint of something keeps the allegation it makes (lexicons/reporting.json complaintNouns)', () => {
  const asFact = (s: string, src: string) => flagged(check(s, src, en), ['attribution-mismatch'], (f) => f.messageId === 'asFact');
  const src =
    "Residents' welfare associations in several districts accused the distribution companies of carrying out unannounced cuts of two to three hours a night. BSES Rajdhani spokeswoman Ritu Bansal denied the charge, saying the outages were local faults.";
  it('keeps the accusation in "rejected complaints from residents\' groups of unannounced cuts"', () => {
    const said =
      "BSES Rajdhani spokeswoman Ritu Bansal rejected complaints from residents' groups of unannounced night-time cuts lasting two to three hours, saying the outages were local faults.";
    expect(asFact(said, src)).toEqual([]);
  });
  it('keeps nothing for a complaint that is about nothing that follows it: the cuts stated as fact are flagged', () => {
    expect(asFact('Distribution companies carried out unannounced cuts of two to three hours a night.', src)).not.toEqual([]);
    expect(
      asFact('Distribution companies carried out unannounced cuts of two to three hours a night until a customer complaint went public.', src),
    ).not.toEqual([]);
  });
});

describe('رفع as "submit" before what is handed in is no rise (lexicons/antonyms.json submitVerbs, submitObjects)', () => {
  const antonym = (s: string, src: string) => flagged(check(s, src, ar), ['antonym-mismatch']);
  const src =
    'وقال نائب رئيس الهيئة للعمليات إن هذا التراجع في مدة بقاء الحاويات جاء بعد تطبيق نظام التخليص المسبق الذي يتيح للمستوردين تقديم البيانات الجمركية قبل وصول السفن.';
  it('reads "رفع بياناتهم الجمركية" as submitting the data, and still "رفع مدة بقاء الحاويات" as a rise', () => {
    const faithful =
      'تقلصت المدة التي تمكثها الحاويات في الميناء بأكثر من ثلاثة أيام، وربط نائب رئيس الهيئة هذا التحسن بتطبيق نظام للتخليص المسبق يتيح للمستوردين رفع بياناتهم الجمركية قبل رسو السفن.';
    expect(antonym(faithful, src)).toEqual([]);
    expect(antonym('وقال نائب رئيس الهيئة إن نظام التخليص المسبق أدى إلى رفع مدة بقاء الحاويات.', src)).not.toEqual([]);
  });
});

describe('Riffa among the cities (lexicons/entities.json city)', () => {
  it('flags الرفاع where the source names المحرق, and not المحرق', () => {
    const src = 'وقال الرئيس التنفيذي إن أغلب الفروع المعنية تتركز في المحرق ومدينة عيسى، حيث تتجاور فروع المصرفين في الشارع ذاته.';
    expect(flagged(check('وتتركز أغلب الفروع المعنية في الرفاع ومدينة عيسى، بحسب الرئيس التنفيذي.', src, ar), ['entity-mismatch'])).toEqual(['الرفاع']);
    expect(flagged(check('وتتركز أغلب الفروع المعنية في المحرق ومدينة عيسى، بحسب الرئيس التنفيذي.', src, ar), ['entity-mismatch'])).toEqual([]);
  });
});

describe('the span between two Arabic times of day in a source sentence (lexicons/numbers.json arabicClockPeriods)', () => {
  const numbers = (s: string, src: string) => flagged(check(s, src, ar), ['number-mismatch']);
  it('sources "لتسع ساعات" from "من الساعة الرابعة فجراً حتى الواحدة ظهراً", and not seven', () => {
    const src = 'وأوضح المتحدث أن الطريق سيغلق أمام حركة السير من الساعة الرابعة فجراً حتى الواحدة ظهراً يوم الجمعة المقبل.';
    expect(numbers('وسيغلق الطريق يوم الجمعة المقبل لتسع ساعات تبدأ عند الرابعة فجراً.', src)).toEqual([]);
    expect(numbers('وسيغلق الطريق يوم الجمعة المقبل لسبع ساعات تبدأ عند الرابعة فجراً.', src)).toEqual(['لسبع']);
    expect(numbers('وسيغلق الطريق يوم الجمعة لتسع ساعات.', 'وسيغلق الطريق من الساعة الرابعة فجراً حتى الساعة الواحدة ظهراً يوم الجمعة.')).toEqual([]);
  });
});

describe('a surname after a middle name of two words (rules/names.ts nameAfter)', () => {
  it("flags سامي عبد الكريم الغربي for the source's سامي عبد الكريم الطرابلسي, and not the name as the source gives it", () => {
    const src =
      'وقال سامي عبد الكريم الطرابلسي، المدير العام لشركة شمس الجريد المطورة للمشروع، إن شركته تخسر يوميا قرابة 45 ألف دينار. ونفى منير بن عمر الجلاصي ذلك.';
    const names = (s: string) => flagged(check(s, src, ar), ['unknown-name']);
    expect(names('ويقول سامي عبد الكريم الغربي، المدير العام لشركة شمس الجريد، إن شركته تخسر يوميا قرابة 45 ألف دينار.')).toEqual(['الغربي']);
    expect(names('ويقول سامي عبد الكريم الطرابلسي، المدير العام لشركة شمس الجريد، إن شركته تخسر يوميا قرابة 45 ألف دينار.')).toEqual([]);
  });
});

describe('an Arabic بحسب after its statement and before a comma closes it (text/speakers.ts saidBy)', () => {
  const src =
    'ونفى المطيري ذلك، مؤكداً أن قرار التعليق اتخذ في اجتماع لمجلس الإدارة، وأن نحو ألف ومئتي مسافر يحملون تذاكر سيستردون قيمتها كاملة أو ينقلون عبر لندن دون رسوم إضافية. من جهته، قال المتحدث الرسمي باسم الإدارة العامة للطيران المدني، سعد ناصر الهاجري، إن الإدارة أبلغت بالقرار وفق الأنظمة المعمول بها.';
  const line = (who: string) =>
    `أما حاملو التذاكر، وعددهم قرابة ألف ومئتين، فسيستعيدون ثمنها كاملاً أو ينقلون عبر لندن دون أن يتحملوا أي رسوم إضافية، بحسب ${who}، في حين أكد سعد ناصر الهاجري، المتحدث باسم الإدارة العامة للطيران المدني، أن الإدارة أبلغت بالقرار.`;
  it('flags the refund given to the aviation spokesman, and not given to the airline chairman', () => {
    expect(flagged(check(line('الهاجري'), src, ar), ['attribution-mismatch'])).toEqual(['الهاجري']);
    expect(flagged(check(line('المطيري'), src, ar), ['attribution-mismatch'])).toEqual([]);
  });
});

describe('months against a part of the year the source names instead (rules/entities.ts partWithout)', () => {
  const src = 'أعلن المكتب أن رقم معاملاته خلال الربع الثالث من عام 2024 بلغ 24.6 مليار درهم.';
  it('flags April-June for the third quarter, and not July-September', () => {
    expect(flagged(check('بلغ رقم المعاملات 24.6 مليار درهم بين أبريل ويونيو 2024.', src, ar), ['entity-mismatch'])).toEqual(['أبريل', 'ويونيو']);
    expect(flagged(check('بلغ رقم المعاملات 24.6 مليار درهم بين يوليو وسبتمبر 2024.', src, ar), ['entity-mismatch'])).toEqual([]);
  });
  it('says which part the source names, in English too', () => {
    const r = check(
      'Sales reached 24.6 billion between April and June 2024.',
      'Sales in the third quarter of 2024 reached 24.6 billion, the company said.',
      en,
    );
    const f = r.flags.filter((x) => x.rule === 'entity-mismatch');
    expect(f.map((x) => x.expected)).toEqual(['third quarter', 'third quarter']);
  });
});

describe('the dinar by its piastre (lexicons/numbers.json moneyUnits)', () => {
  const src = 'وأوضح الخوالدة أن متوسط ما تحصّله الشركة عن المتر المكعب تراجع إلى 0.85 دينار خلال العام الماضي.';
  it('sources 85 قرشاً from 0.85 دينار, and not 95', () => {
    expect(numberFlags('وهبط متوسط ما تحصّله الشركة عن المتر المكعب إلى 85 قرشاً في العام الماضي.', src, ar)).toEqual([]);
    expect(numberFlags('وهبط متوسط ما تحصّله الشركة عن المتر المكعب إلى 95 قرشاً في العام الماضي.', src, ar)).toEqual(['95']);
  });
});

describe('a decimal in digits before a scale is read exactly (text/numbers.ts scaled)', () => {
  it('reads 8.2 مليون as 8,200,000, not 8,199,999.999999999', () => {
    expect(quantities(tokenize('تقارب التعويضات 8.2 مليون جنيه و4.35 مليار دولار و0.7 million')).map((q) => q.value)).toEqual([
      8_200_000, 4_350_000_000, 700_000,
    ]);
  });
  it('sources 8.2 مليون from ثمانية ملايين ومئتي ألف', () => {
    const src = 'وأشار المصدر إلى أن قيمة التعويضات المطلوبة تبلغ نحو ثمانية ملايين ومئتي ألف جنيه.';
    expect(numberFlags('فيما تقارب التعويضات المطلوبة 8.2 مليون جنيه.', src, ar)).toEqual([]);
    expect(numberFlags('فيما تقارب التعويضات المطلوبة 8.4 مليون جنيه.', src, ar)).toEqual(['8.4 مليون']);
  });
});

describe('a passive participle of a verb of the word list is no name (text/arabic-words.ts participle)', () => {
  const src = 'وأضاف أن الفاقد المائي في شبكة عمّان بلغ 46 في المئة، أي قرابة نصف المياه التي تضخها الشركة.';
  it('reads المضخوخة (from ضخّ) as a word, and still flags a name the source lacks', () => {
    const names = (s: string) => flagged(check(s, src, ar), ['unknown-name']);
    expect(names('وأشار إلى أن قرابة نصف المياه المضخوخة في شبكة العاصمة يضيع هدراً.')).toEqual([]);
    expect(names('وأشار كيربي إلى أن قرابة نصف المياه في شبكة العاصمة يضيع هدراً.')).toEqual(['كيربي']);
  });
  it('reads no participle into a word with two letters swapped (والمانجو is no والمانوج)', () => {
    const fruit = 'وتضررت زراعات القمح والذرة الرفيعة في ولاية كسلا.';
    expect(flagged(check('وتضررت زراعات القمح والذرة الرفيعة والمانجو في ولاية كسلا.', fruit, ar), ['unknown-name'])).toEqual(['والمانجو']);
  });
});

describe('الجزائر and تونس name their countries (lexicons/entities.json country)', () => {
  const src =
    'وافق مجلس الأمة الكويتي، في جلسته يوم الأربعاء، على مشروع قانون الميزانية العامة للدولة للسنة المالية 2023-2024 بأغلبية 38 عضواً. وتعتمد الكويت على النفط في نحو تسعين في المئة من إيراداتها العامة.';
  it('flags the Kuwaiti parliament put in Algeria or Tunisia, and not in Kuwait', () => {
    const places = (s: string) => flagged(check(s, src, ar), ['entity-mismatch']);
    expect(places('صادق مجلس الأمة في الجزائر الأربعاء على ميزانية السنة المالية 2023-2024.')).toEqual(['الجزائر']);
    expect(places('صادق مجلس الأمة في تونس الأربعاء على ميزانية السنة المالية 2023-2024.')).toEqual(['تونس']);
    expect(places('صادق مجلس الأمة في الكويت الأربعاء على ميزانية السنة المالية 2023-2024.')).toEqual([]);
  });
  it('reads the country and its adjective as one', () => {
    const dz = 'وقال وزير الطاقة الجزائري إن الصادرات ارتفعت بنسبة 5 في المئة.';
    expect(flagged(check('وقال وزير الطاقة في الجزائر إن الصادرات ارتفعت بنسبة 5 في المئة.', dz, ar), ['entity-mismatch', 'unknown-name'])).toEqual([]);
  });
});

describe('a clause that opens with a phrase of contrast gives nothing before it to its speaker (text/allegations.ts closesWithAttribution)', () => {
  const src =
    'واتهم بن حميدة الوزارة بالاقتطاع من أجور الأساتذة المضربين خلال إضراب سابق في شهر فيفري دون سند قانوني. ونفى المكلف بالإعلام في وزارة التربية، منير العياري، هذا الاتهام.';
  it('flags the docking of pay stated as fact before "غير أن العياري ينفي ذلك", and not the accusation reported', () => {
    const asFact = (s: string) => flagged(check(s, src, ar), ['attribution-mismatch']);
    expect(asFact('وقد خصمت الوزارة من رواتب المضربين في إضراب فيفري دون سند قانوني، غير أن المكلف بالإعلام في الوزارة منير العياري ينفي ذلك.')).not.toEqual(
      [],
    );
    expect(
      asFact('ويتهم بن حميدة الوزارة بالخصم من رواتب المضربين في إضراب فيفري دون سند قانوني، غير أن المكلف بالإعلام في الوزارة منير العياري ينفي ذلك.'),
    ).toEqual([]);
  });
  it('keeps an accusation made with the accusative اتهاما for the clause after the accused', () => {
    const rice =
      'واتهم وكيل الوزارة عمر الطيب عبد الرحيم كبار المستوردين، ومنهم شركة النخيل الذهبي للتجارة، بتخزين نحو 12 ألف طن من الأرز في مستودعات خارج المدينة لرفع الأسعار. ونفى المدير التنفيذي للشركة هاشم بابكر النور ذلك.';
    const line =
      'ووجّه وكيل الوزارة عمر الطيب عبد الرحيم اتهاما لمستوردين كبار، بينهم شركة النخيل الذهبي للتجارة، بتخزين قرابة 12 ألف طن في مستودعات خارج المدينة بغرض رفع الأسعار، غير أن مديرها التنفيذي هاشم بابكر النور نفى ذلك.';
    expect(flagged(check(line, rice, ar), ['attribution-mismatch'])).toEqual([]);
  });
});

describe('an Arabic frame of a held view, ما … من أن (text/allegations.ts viewFrameAt)', () => {
  const src =
    'من جهته، اتهم النائب وسام الحلبي مؤسسة كهرباء لبنان بمنح بعض أحياء بيروت الإدارية تغذية تفوق حصتها على حساب مناطق البقاع والشمال. ونفى أبو شقرا ذلك.';
  it('reads "ما ذهب إليه النائب من أن …" as the MP\'s view, and the same words stated plainly as fact', () => {
    const asFact = (s: string) => flagged(check(s, src, ar), ['attribution-mismatch']);
    expect(asFact('ورفض أبو شقرا ما ذهب إليه النائب وسام الحلبي من أن المؤسسة تمنح أحياء في بيروت الإدارية تغذية تفوق حصتها على حساب البقاع والشمال.')).toEqual(
      [],
    );
    expect(asFact('وتمنح المؤسسة أحياء في بيروت الإدارية تغذية تفوق حصتها على حساب البقاع والشمال.')).not.toEqual([]);
  });
});

describe("a sentence's first word with a possessive is a name (rules/names.ts)", () => {
  const src = 'The High Court in Nakuru on Thursday dismissed a petition seeking to overturn the election of Governor Miriam Otieno.';
  it("flags Eldoret's High Court, and not Nakuru's or a lower-case opener", () => {
    const names = (s: string) => flagged(check(s, src, en), ['unknown-name']);
    expect(names("Eldoret's High Court on Thursday threw out a bid to overturn Governor Miriam Otieno's election.")).toEqual(["Eldoret's"]);
    expect(names("Nakuru's High Court on Thursday threw out a bid to overturn Governor Miriam Otieno's election.")).toEqual([]);
    expect(names("Eldoret High Court on Thursday threw out a bid to overturn Governor Miriam Otieno's election.")).toEqual([]);
  });
});

describe('foresee for expect and reinstate for reimpose (lexicons/synonyms.json english)', () => {
  const src = 'Agriculture Secretary Anil Deshmukh said the government did not expect to reimpose curbs on rice exports.';
  it('flags "foresees reinstating curbs" as a dropped negation, and not "does not foresee reinstating curbs"', () => {
    const negation = (s: string) => flagged(check(s, src, en), ['negation-mismatch']);
    expect(negation('The government foresees reinstating curbs on rice exports, Agriculture Secretary Anil Deshmukh said.')).toEqual(['foresees']);
    expect(negation('The government does not foresee reinstating curbs on rice exports, Agriculture Secretary Anil Deshmukh said.')).toEqual([]);
  });
});

describe('an Arabic word in the slot of a place the source names (rules/entities.ts placeSwaps)', () => {
  const src =
    'أوقفت جامعة الأفق الخاصة في صفاقس امتحانات السداسي الثاني بكلية الطب إثر تسرب أسئلة الفيزيولوجيا. وأجريت لمريضة في السادسة والأربعين عملية زرع كلية.';
  const places = (s: string) => flagged(check(s, src, ar), ['entity-mismatch']);
  it('flags سوسة, a city whose name is a common word, put where the source has صفاقس', () => {
    expect(places('أوقفت جامعة الأفق الخاصة في سوسة امتحانات السداسي الثاني بكلية الطب إثر تسرب أسئلة الفيزيولوجيا.')).toEqual(['سوسة']);
    expect(places('أوقفت جامعة الأفق الخاصة في صفاقس امتحانات السداسي الثاني بكلية الطب إثر تسرب أسئلة الفيزيولوجيا.')).toEqual([]);
  });
  it('reads no place noun, no noun with a pronoun and no word of a figure as a place', () => {
    expect(places('أوقفت جامعة الأفق الخاصة في المدينة امتحانات السداسي الثاني بكلية الطب إثر تسرب أسئلة الفيزيولوجيا.')).toEqual([]);
    expect(places('أوقفت جامعة الأفق الخاصة في مدينتها امتحانات السداسي الثاني بكلية الطب إثر تسرب أسئلة الفيزيولوجيا.')).toEqual([]);
    expect(places('وأجريت في الكويت لمريضة في السادسة والأربعين عملية زرع كلية.')).toEqual([]);
  });
  it('needs a word beside the slot that both sides share', () => {
    expect(places('ونظمت في سوسة وقفة احتجاجية على تسرب الأسئلة.')).toEqual([]);
  });
});

describe('the 147th batch of fresh editor pairs (mended from)', () => {
  it("reads المئة with the article before و and a unit as a figure's hundred, not in a percentage (text/numbers.ts hundredOpens)", () => {
    expect(figures('من أعضائه المئة والثمانية والعشرين')).toEqual([['المئة والثمانية والعشرين', 128, null]]);
    expect(figures('ارتفعت بنسبة ثلاثة في المئة والخمسين').map((f) => f[1])).toEqual([3, 50]);
    const src = 'أقر مجلس النواب مشروع القانون بأغلبية 67 نائباً من أصل 128.';
    expect(numberFlags('صادق البرلمان على المشروع بأصوات سبعة وستين نائباً من أعضائه المئة والثمانية والعشرين.', src, ar)).toEqual([]);
  });
  it('reads "تسعة مقاعد من أصل خمسة عشر" as three fifths of the seats (lexicons/numbers.json proportionLinks)', () => {
    const src = 'إذ فازت قائمة الخليل أولاً بتسعة مقاعد من أصل خمسة عشر مقعداً في المجلس البلدي.';
    expect(numberFlags('حصدت قائمة الخليل أولاً ثلاثة أخماس مقاعد المجلس البلدي.', src, ar)).toEqual([]);
    expect(numberFlags('حصدت قائمة الخليل أولاً ثلثي مقاعد المجلس البلدي.', src, ar)).toEqual(['ثلثي']);
    expect(numberFlags("The list won three-fifths of the council's seats.", 'The list won nine seats out of 15 on the council.', en)).toEqual([]);
  });
  it('gives a clause to the speaker of "كما أوضح" however long the role (text/allegations.ts closesWithAttribution)', () => {
    const src =
      'وأوضح عازار أن نحو 84 في المئة من المودعين سيستعيدون ودائعهم كاملة بموجب القانون، رغم أنهم لا يملكون سوى ربع إجمالي الودائع. واتهم رئيس رابطة المودعين حسن فرحات جمعية المصارف بتحميل المودعين الجزء الأكبر من الخسائر حمايةً لرؤوس أموال أصحاب المصارف.';
    const line = 'وسيحصل نحو 84% من المودعين على كامل أموالهم مع أنهم لا يحوزون إلا ربع مجموع الودائع، كما أوضح رئيس لجنة المال والموازنة النائب نقولا عازار.';
    expect(flagged(check(line, src, ar), ['attribution-mismatch'])).toEqual([]);
    // (the whole summary, whose support set for that line holds the accusation too)
    expect(errorsOf(freshFaithful('b147-ar-10-lebanon-bank-deposit-law'), ['attribution-mismatch'])).toEqual([]);
  });
  it('flags a swapped surname after a listed given name where the source gives it a nisba the claim lacks (rules/names.ts surnameSlots)', () => {
    const src = 'ونفى رئيس قائمة «الخليل أولاً» زياد القواسمي هذه الاتهامات، مؤكداً أن العملية جرت بشفافية.';
    const names = (s: string) => flagged(check(s, src, ar), ['unknown-name']);
    expect(names('وهو ما رفضه زياد النتشة رئيس قائمة الخليل أولاً، مؤكداً أن العملية جرت بشفافية.')).toEqual(['النتشة']);
    expect(names('وهو ما رفضه زياد القواسمي رئيس قائمة الخليل أولاً، مؤكداً أن العملية جرت بشفافية.')).toEqual([]);
  });
  it('reads "قدرتها على" as an ability, no verb of estimating that keeps an accusation as a view (text/allegations.ts hedgeAt)', () => {
    const src =
      'واتهم الخبير الاقتصادي وائل عبد الغفار الهيئة بالتأخر في تطوير الخدمات اللوجستية في الموانئ المحيطة بالقناة، ما أفقدها جانباً من قدرتها على المنافسة.';
    const asFact = (s: string) => flagged(check(s, src, ar), ['attribution-mismatch']);
    expect(asFact('وتأخرت الهيئة في تطوير الخدمات اللوجستية بالموانئ المحيطة بالمجرى الملاحي ففقدت جانباً من قدرتها على المنافسة.')).not.toEqual([]);
    expect(
      asFact(
        'وتأخرت الهيئة في تطوير الخدمات اللوجستية بالموانئ المحيطة بالمجرى الملاحي ففقدت جانباً من قدرتها على المنافسة، وفق اتهام الخبير الاقتصادي وائل عبد الغفار.',
      ),
    ).toEqual([]);
  });
  it('gives no clause to the denier of "…, which X denied" (text/allegations.ts closesWithAttribution)', () => {
    const src =
      "Workers' families accused the factory's owner, a Taiwanese-invested company, of ignoring repeated safety warnings to cut costs. Company director Chen Wei-ming denied that the firm had ignored warnings.";
    const asFact = (s: string) => flagged(check(s, src, en), ['attribution-mismatch']);
    expect(asFact('The Taiwanese-invested owner disregarded repeated safety warnings to save money, which company director Chen Wei-ming denied.')).not.toEqual(
      [],
    );
    expect(
      asFact(
        "Victims' relatives accused the Taiwanese-invested owner of disregarding repeated safety warnings to save money, which company director Chen Wei-ming denied.",
      ),
    ).toEqual([]);
  });
  it('reads an allegation past a name set off by commas in it (text/allegations.ts clauseEnd)', () => {
    const a = allegationsIn(
      'The cooperative alleged that one grant recipient, Big Sky Fiberlink, had billed the state for about 1,800 homes.',
      tokenize('The cooperative alleged that one grant recipient, Big Sky Fiberlink, had billed the state for about 1,800 homes.'),
    );
    expect(a.length).toBe(1);
    const ts = tokenize('The cooperative alleged that one grant recipient, Big Sky Fiberlink, had billed the state for about 1,800 homes.');
    expect(
      ts
        .slice(a[0].from, a[0].to)
        .map((t) => t.text)
        .includes('billed'),
    ).toBe(true);
  });
  it('judges ", powered by …" with its clause, and "hinged on" as "dependent on" (lexicons/function-words.json, synonyms.json)', () => {
    const src =
      "Norway's sovereign wealth fund reported a first-half profit of 1,020 billion crowns on Wednesday, driven by strong gains in technology stocks. He warned that returns were heavily dependent on a small number of U.S. technology companies.";
    const errs = (s: string) => errors(check(s, src, en)).map((f) => s.slice(f.start, f.end));
    expect(
      errs("Norway's sovereign wealth fund reported on Wednesday a first-half profit of 1,020 billion crowns, powered by rallying technology shares."),
    ).toEqual([]);
    expect(errs('He cautioned that returns hinged on a small number of U.S. technology companies.')).toEqual([]);
  });
});

describe('placeSwaps reads a city only (rules/entities.ts)', () => {
  it('reads no swap of a common word for a region or a country in its slot', () => {
    const places = (s: string, src: string) => flagged(check(s, src, ar), ['entity-mismatch']);
    expect(places('وتتفاقم الفوضى في الأزمة الليبية منذ سنوات.', 'وتتفاقم الفوضى في أفريقيا منذ سنوات.')).toEqual([]);
    expect(places('وغرق المركب في البحر قبالة السواحل.', 'وغرق المركب في البحرين قبالة السواحل.')).toEqual([]);
  });
});

describe('the 149th batch of fresh editor pairs (mended from)', () => {
  it('reads "signalled" as a verb of saying, which gives its clause to its speaker (lexicons/reporting.json speechVerbs)', () => {
    expect(errorsOf(freshFaithful('b149-en-10-mexico-peso-rally'), ['attribution-mismatch'])).toEqual([]);
  });
  it('reads no direction in "fall under" a rule (lexicons/antonyms.json noSidePhrases)', () => {
    expect(errorsOf(freshFaithful('b149-en-2-ireland-rent-cap'), ['antonym-mismatch'])).toEqual([]);
    const src = 'Average new rents in Dublin rose 6.2 percent in the year to September.';
    expect(antonymFlags('Average new rents in Dublin fell 6.2 percent in the year to September.', src, en)).toEqual(['fell']);
  });
  it('sources "a third of them" after nine from "three of them" (text/numbers.ts shareOfFigureBefore)', () => {
    const src = 'JSW said nine other miners were being treated in hospital, three of them with severe burns.';
    expect(numberFlags('Nine miners remain in hospital, a third of them badly burned.', src, en)).toEqual([]);
    expect(numberFlags('Nine miners remain in hospital, half of them badly burned.', src, en)).toEqual(['half']);
  });
  it('sources "three times as many" from "tripled", and no other figure from it (rules/numbers.ts multipleSourced)', () => {
    const src = 'The agency had tripled the number of fines issued in the region since 2022.';
    expect(numberFlags('The agency has issued three times as many fines in the region since 2022.', src, en)).toEqual([]);
    expect(numberFlags('The agency has issued four times as many fines in the region since 2022.', src, en)).toEqual(['four']);
    expect(numberFlags('The agency has issued three fines in the region since 2022.', src, en)).toEqual(['three']);
  });
  it('reads "quarterly" and فصلية as every three months (lexicons/numbers.json sourceReadings)', () => {
    const src = 'وأشار العنزي إلى أن الصندوق سيكلف مكتباً استشارياً مستقلاً بمتابعة التنفيذ ورفع تقارير فصلية.';
    expect(numberFlags('ويتابع مكتب استشاري مستقل التنفيذ بتقارير كل ثلاثة أشهر.', src, ar)).toEqual([]);
    expect(numberFlags('ويتابع مكتب استشاري مستقل التنفيذ بتقارير كل أربعة أشهر.', src, ar)).toEqual(['أربعة']);
  });
  it('gives nothing before "saying …" to its speaker, whatever verb of saying stands later in it (text/allegations.ts closesWithAttribution)', () => {
    const src =
      'River Action accused Thames Water of deliberately understating how long spills lasted in order to escape scrutiny. A Thames Water spokesperson denied the claim.';
    const line =
      'The firm had deliberately understated how long spills lasted in order to escape scrutiny, which a Thames Water spokesperson denied, saying faulty monitors had been reported to the Environment Agency as the rules require.';
    expect(flagged(check(line, src, en), ['attribution-mismatch'])).not.toEqual([]);
  });
  it('flags a name after an Arabic verb of saying whose second word is a nisba (rules/names.ts nameSlots)', () => {
    const src = 'وعزا يوسف بنعلي، مدير الوكالة، تراجع المخزون إلى ضعف التساقطات. وأفاد المتحدث بنقل الجرحى إلى المستشفى.';
    const names = (s: string) => flagged(check(s, src, ar), ['unknown-name']);
    expect(names('وعزا رشيد التازي، مدير الوكالة، تراجع المخزون إلى ضعف التساقطات.')).toEqual(['رشيد التازي']);
    expect(names('وعزا يوسف بنعلي، مدير الوكالة، تراجع المخزون إلى ضعف التساقطات.')).toEqual([]);
    expect(names('وأفاد المتحدث بنقل الجرحى إلى المستشفى.')).toEqual([]);
  });
  it('reads an abstract noun in ية with a pronoun as a word (text/arabic-words.ts inflected)', () => {
    const words = arabicWords();
    expect(words).toBeDefined();
    for (const w of ['محكوميته', 'مسؤوليتها']) expect(inArabicWords(words!, tokenize(w)[0])).toBe(true);
  });
  it('reads طيلة for طوال and أموال for مبالغ (lexicons/synonyms.json rewrites)', () => {
    expect(errorsOf(freshFaithful('b149-ar-4-saudi-corruption-sentence'), ['unsupported-claim', 'unknown-name'])).toEqual([]);
  });
  it('reads "fine" for "penalty" (lexicons/synonyms.json english)', () => {
    const src = "She added that the fine would be paid by shareholders and would not be passed on to customers' bills.";
    expect(errors(check('Shareholders rather than bill payers will cover the penalty, she said.', src, en))).toEqual([]);
  });
});

describe('the 151st batch of fresh editor pairs (mended from)', () => {
  it('reads "four hundred and twenty thousand" as 420,000 and "one hundred and two million" as 102 million (text/numbers.ts andUnder100)', () => {
    expect(figures('destroyed upwards of four hundred and twenty thousand fish').map((f) => f[1])).toEqual([420_000]);
    expect(quantities(tokenize('one hundred and two million')).map((q) => q.value)).toEqual([102_000_000]);
    expect(quantities(tokenize('two thousand and five')).map((q) => q.value)).toEqual([2005]);
    const src = 'Highland Sea Farms has culled more than 420,000 fish at its salmon farm in Loch Linnhe.';
    expect(numberFlags('Highland Sea Farms has destroyed upwards of four hundred and twenty thousand fish at its Loch Linnhe farm.', src, en)).toEqual([]);
  });
  it('reads thousands of a larger scale right after them (ألفي مليار: two trillion; text/numbers.ts)', () => {
    expect(quantities(tokenize('دفعت الوزارة ألفي مليار دينار')).map((q) => q.value)).toEqual([2e12]);
    expect(quantities(tokenize('بلغ ثلاثة آلاف مليون دينار')).map((q) => q.value)).toEqual([3e9]);
    const src = 'وأوضح أن الوزارة صرفت حتى الآن تريليوني دينار من مستحقات الفلاحين.';
    expect(numberFlags('وأضاف أن الوزارة دفعت حتى الآن ألفي مليار دينار من مستحقات الفلاحين.', src, ar)).toEqual([]);
    expect(numberFlags('وأضاف أن الوزارة دفعت حتى الآن ثلاثة آلاف مليار دينار من مستحقات الفلاحين.', src, ar)).not.toEqual([]);
  });
  it('sources a month as the month before one a support sentence names with "the previous month" (rules/entities.ts partOfYearTokens)', () => {
    const src = 'Exports fell 2% in April from the previous month to 1.2 million tonnes.';
    const names = (s: string) => flagged(check(s, src, en), ['unknown-name', 'entity-mismatch']);
    expect(names('Exports fell 2% from March to 1.2 million tonnes.')).toEqual([]);
    expect(names('Exports fell 2% from February to 1.2 million tonnes.')).toEqual(['February']);
    expect(names('Exports fell 2% from March to 1.2 million tonnes.').length).toBe(0);
    expect(
      flagged(check('Exports fell 2% from March to 1.2 million tonnes.', 'Exports fell 2% in April to 1.2 million tonnes.', en), ['unknown-name']),
    ).toEqual(['March']);
  });
  it("reads فوق after a figure's unit as a difference (lexicons/numbers.json differenceCuesAfter)", () => {
    const src = 'وقال رئيس المحكمة إن العبّارة كانت تقلّ 64 راكباً رغم أن حمولتها المرخصة أربعون راكباً فقط.';
    expect(numberFlags('وأوضح رئيس المحكمة أن العبّارة حملت أربعة وعشرين راكباً فوق حمولتها المرخصة البالغة أربعين.', src, ar)).toEqual([]);
    expect(numberFlags('وأوضح رئيس المحكمة أن العبّارة حملت ثلاثين راكباً فوق حمولتها المرخصة البالغة أربعين.', src, ar)).not.toEqual([]);
  });
});

describe('the 153rd batch of fresh editor pairs (mended from)', () => {
  it('reads "half the two million tonnes" as one million, held by a sentence beside the support set (rules/numbers.ts shareOfCountAfter)', () => {
    const src = 'India will allow sugar mills to export up to one million tonnes. The quota is well short of the two million tonnes the industry had sought.';
    expect(numberFlags('That is only half the two million tonnes the industry asked for.', src, en)).toEqual([]);
    expect(numberFlags('That is only a third of the two million tonnes the industry asked for.', src, en)).not.toEqual([]);
  });
  it('reads "a drop of 5.70" as the difference of two levels (lexicons/numbers.json differenceCues)', () => {
    const src = "The country's fresh salmon export price fell to 68.40 crowns a kilogram from 74.10 crowns.";
    expect(numberFlags('The export price fell to 68.40 crowns a kilogram from 74.10 crowns, a weekly drop of 5.70 crowns.', src, en)).toEqual([]);
    expect(numberFlags('The export price fell to 68.40 crowns a kilogram from 74.10 crowns, a weekly drop of 6.70 crowns.', src, en)).not.toEqual([]);
  });
  it('gives nothing to the denier of "…; X denied this" (text/allegations.ts closesWithAttribution)', () => {
    expect(flagged(freshFaithful('b153-en-8-uk-rail-fine', 'altered'), ['attribution-mismatch'])).not.toEqual([]);
    expect(flagged(freshFaithful('b153-en-8-uk-rail-fine'), ['attribution-mismatch'])).toEqual([]);
  });
  it('reads no share in a half after a unit named again (text/numbers.ts arabicShareAt)', () => {
    expect(figures('تقلص انتظار الركاب دقيقتين ونصف الدقيقة').map((f) => f[1])).not.toContain(50);
    expect(figures('تراجع السعر إلى ثلاثة دراهم ونصف الدرهم').map((f) => f[1])).not.toContain(50);
    expect(figures('يعمل نصف الموظفين عن بعد').map((f) => f[1])).toContain(50);
  });
  it('flags a surname with the article in the place of another the source gives after the same names (rules/names.ts surnameSlots)', () => {
    expect(flagged(freshFaithful('b44-ar-3-fishing-ban-protest', 'altered'), ['unknown-name'])).not.toEqual([]);
    expect(flagged(freshFaithful('b44-ar-3-fishing-ban-protest'), ['unknown-name'])).toEqual([]);
  });
});

describe("placeSwaps reads no verb in a place's slot (rules/entities.ts VERB_FORM)", () => {
  it('reads "في شملت" and "في انطبق" as no town put in the place of سرت', () => {
    const src = 'وقال المسؤول إن العملية الجوية في سرت هي رمز للتحدي.';
    const places = (s: string) => flagged(check(s, src, ar), ['entity-mismatch']);
    expect(places('وقال المسؤول إن العملية الجوية في شملت هي رمز للتحدي.')).toEqual([]);
    expect(places('وقال المسؤول إن العملية الجوية في انطبق هي رمز للتحدي.')).toEqual([]);
    expect(places('وقال المسؤول إن العملية الجوية في سوسة هي رمز للتحدي.')).toEqual(['سوسة']);
  });
});

describe('the 155th batch of fresh editor pairs (mended from)', () => {
  it('reads "مليار دولار ومئة مليون" as 1.1 billion dollars, the unit not named again (text/numbers.ts amountWithPart)', () => {
    const src = 'وأوضح الربيعي أن العراق سدد خلال الربع الأول 1.1 مليار دولار من المستحقات المتأخرة.';
    expect(numberFlags('وأشار الربيعي إلى أن العراق دفع في الأشهر الثلاثة الأولى مليار دولار ومئة مليون من المتأخرات.', src, ar)).toEqual([]);
    expect(numberFlags('وأشار الربيعي إلى أن العراق دفع في الأشهر الثلاثة الأولى مليار دولار ومئتي مليون من المتأخرات.', src, ar)).not.toEqual([]);
  });
});

describe("a denial of another's accusation gives the accusation to no denier (text/allegations.ts deniesAccusation)", () => {
  it('reads "ونفى بلعيد ما اتهم به النائب … الحكومة من …" as no statement of بلعيد\'s', () => {
    for (const name of ['b155-ar-9-algeria-press-law-debate', 'b155-ar-7-tunisia-drought-olive-harvest'])
      expect(errorsOf(freshFaithful(name), ['attribution-mismatch'])).toEqual([]);
  });
});

describe('the topic after أما is the speaker of a verb with ف, whatever follows the verb (text/speakers.ts)', () => {
  it('reads الفاسي, not الارتفاع, as the speaker of "أما الخبيرة نادية الفاسي … فعزت الارتفاع …"', () => {
    const s = 'أما الخبيرة نادية الفاسي من جامعة محمد الخامس بالرباط فعزت الارتفاع بالأساس إلى القيود الصينية، مذكّرة بأن المغرب يحوز ثلثي الاحتياطي.';
    expect(speakersOf(s, tokenize(s)).map((x) => x.tokens.map((t) => t.text).join(' '))).toContain('الخبيرة نادية الفاسي من جامعة محمد الخامس بالرباط');
    expect(errorsOf(freshFaithful('b157-ar-4-morocco-phosphate-price'), ['attribution-mismatch'])).toEqual([]);
  });
  it('keeps the speaker after the verb when a complementiser follows it: "أما المرحلة الثانية، بقدرة مماثلة، فقال السقاف إنها …"', () => {
    const s = 'أما المرحلة الثانية، بقدرة مماثلة، فقال السقاف إنها ستكتمل في غضون أربعة عشر شهراً.';
    expect(speakersOf(s, tokenize(s)).map((x) => x.tokens.map((t) => t.text).join(' '))).toEqual(['السقاف']);
  });
});

describe('a role the source gives a speaker seven words before the name (rules/attribution.ts roleOf)', () => {
  it('reads "وبحسب الوزير" as the minister the source names after a portfolio of three words and a nationality', () => {
    expect(errorsOf(freshFaithful('b157-ar-3-jordan-wheat-reserve'), ['attribution-mismatch'])).toEqual([]);
  });
});

describe('a span and a half in its own unit on the source side (text/numbers.ts sourceReadings)', () => {
  it('sources "3.5 ساعات" from "ثلاث ساعات ونصف الساعة", and not 4.5', () => {
    const src = 'وأضاف أن الإضراب استمر ثلاث ساعات ونصف الساعة.';
    expect(numberFlags('واستمر الإضراب 3.5 ساعات.', src, ar)).toEqual([]);
    expect(numberFlags('واستمر الإضراب 4.5 ساعات.', src, ar)).toEqual(['4.5']);
    expect(numberFlags('The strike lasted 3.5 hours.', 'The strike lasted three and a half hours.', en)).toEqual([]);
  });
});

describe('the 159th batch of fresh editor pairs (mended from)', () => {
  it('flags a quarter or half swapped for another of its length, in either language (rules/entities.ts partSwaps)', () => {
    const src = 'قال رئيس الهيئة إن إيرادات القناة تراجعت إلى 880 مليون دولار خلال الربع الأول من عام 2025.';
    const dates = (s: string, source: string, lang: typeof ar | typeof en) => flagged(check(s, source, lang), ['entity-mismatch']);
    expect(dates('هوت عائدات القناة في الربع الثالث من 2025 إلى 880 مليون دولار.', src, ar)).toEqual(['الربع الثالث']);
    expect(dates('هوت عائدات القناة في الربع الأول من 2025 إلى 880 مليون دولار.', src, ar)).toEqual([]);
    // (the same months in other words are no swap)
    expect(dates('هوت عائدات القناة في الأشهر الثلاثة الأولى من 2025 إلى 880 مليون دولار.', src, ar)).toEqual([]);
    const en1 = 'Revenue fell to 880 million dollars in the first quarter of 2025.';
    expect(dates('Revenue fell to 880 million dollars in the second quarter of 2025.', en1, en)).toEqual(['second quarter']);
    expect(dates('Revenue fell to 880 million dollars in the January-March quarter of 2025.', en1, en)).toEqual([]);
    // (a half is no swap for a quarter)
    expect(dates('Revenue fell to 880 million dollars in the first half of 2025.', en1, en)).toEqual([]);
  });
  it('reads a part of the year with a proclitic on its article: "مقارنة بالربع الأول" (text/year-parts.ts atWithClitic)', () => {
    expect(errorsOf(freshFaithful('b131-ar-5-kurdistan-salary-dispute'), ['entity-mismatch'])).toEqual([]);
    const src = 'تراجعت الإيرادات خلال الربع الثاني بنسبة 35 في المئة مقارنة بالربع الأول.';
    expect(flagged(check('انخفضت الإيرادات في الربع الثاني بأكثر من الثلث عن الربع الثالث.', src, ar), ['entity-mismatch'])).toEqual(['الربع الثالث']);
  });
  it('reads the last months of the year as its last part, with the year after them only', () => {
    const src = 'Wanjiru said she expected demand to recover in the fourth quarter.';
    expect(errors(check('She expects demand to pick up in the final three months of the year.', src, en))).toEqual([]);
    expect(numberFlags('She expects demand to pick up in the final five months of the year.', src, en)).toEqual(['five']);
    const srcAr = 'وتوقعت الوزيرة أن يتعافى الطلب في الربع الأخير من العام.';
    expect(numberFlags('وتتوقع الوزيرة أن يتعافى الطلب في الأشهر الثلاثة الأخيرة من العام.', srcAr, ar)).toEqual([]);
  });
  it('sources "في ثلاثة أشهر" from "في ربع واحد", as "quarter" is read (lexicons/numbers.json sourceReadings)', () => {
    const src = 'وأشارت منى السيد إلى أن خسارة نحو مليار دولار في ربع واحد تضغط على ميزان المدفوعات.';
    expect(numberFlags('وترى منى السيد أن فقدان قرابة مليار دولار في ثلاثة أشهر يثقل ميزان المدفوعات.', src, ar)).toEqual([]);
    expect(numberFlags('وترى منى السيد أن فقدان قرابة مليار دولار في أربعة أشهر يثقل ميزان المدفوعات.', src, ar)).toEqual(['أربعة']);
  });
  it('reads تنموي (developmental) as no rise: "ارتفع الإنفاق الرأسمالي" against "الإنفاق … على المشاريع التنموية انخفض" (lexicons/antonyms.json noSide)', () => {
    const src = 'وأضاف أن الإنفاق الرأسمالي على المشاريع التنموية انخفض بنسبة 9 في المئة، في حين ارتفعت مخصصات الدعوم بنسبة 14 في المئة.';
    expect(flagged(check('وارتفع الإنفاق الرأسمالي على المشاريع التنموية بنسبة 9 في المئة.', src, ar), ['antonym-mismatch'])).toEqual(['وارتفع']);
    expect(flagged(check('وانخفض الإنفاق الرأسمالي على المشاريع التنموية بنسبة 9 في المئة.', src, ar), ['antonym-mismatch'])).toEqual([]);
  });
  it('reads a name with ب right after an opener as the speaker (text/speakers.ts speakerAfter)', () => {
    const said = (s: string) => speakersOf(s, tokenize(s)).map((x) => x.tokens.map((t) => t.text).join(' '));
    expect(said('وبحسب بوزيد، حصل المنتجون على أسعار أعلى.')).toEqual(['بوزيد']);
    // (a word of the language with ب is no name: a statement's, not a speaker's)
    expect(said('وبحسب بيان الوزارة، حصل المنتجون على أسعار أعلى.')).toEqual([]);
  });
  it('reads a span told in two units at its second figure: "a year and two months" is fourteen months (text/numbers.ts spanWithUnitBefore)', () => {
    const src = 'Average prices fell to $2.41 per kilogram on Monday, the lowest level in fourteen months, the association said.';
    expect(numberFlags('Tea fetched $2.41 a kilogram on Monday, its weakest in a year and two months, the association said.', src, en)).toEqual([]);
    expect(numberFlags('Tea fetched $2.41 a kilogram on Monday, its weakest in a year and three months, the association said.', src, en)).toEqual(['three']);
    const srcAr = 'وبلغ السعر أدنى مستوى في خمسة عشر شهرا.';
    expect(numberFlags('وبلغ السعر أدنى مستوى في عام وثلاثة أشهر.', srcAr, ar)).toEqual([]);
    expect(numberFlags('وبلغ السعر أدنى مستوى في عام وأربعة أشهر.', srcAr, ar)).toEqual(['وأربعة']);
  });
});

describe('the 161st batch of fresh editor pairs (mended from), and older faithful lines', () => {
  it('sources "a week and a half" from ten or eleven days, not twelve (rules/numbers.ts figureSourced)', () => {
    const claim = 'Officials said a temporary bridge might be ready within a week and a half.';
    const src = (days: string) => `The regional civil protection agency said a temporary bridge could be in place within ${days} days.`;
    expect(numberFlags(claim, src('ten'), en)).toEqual([]);
    expect(numberFlags(claim, src('11'), en)).toEqual([]);
    expect(numberFlags(claim, src('12'), en)).toEqual(['a week and a half']);
  });
  it('sources "less than half its peak" from "has more than halved", and not a third (lexicons/numbers.json sourceReadings)', () => {
    const src = 'Headline inflation has more than halved since peaking at 75.45% in May 2024.';
    expect(numberFlags('The headline rate is now less than half its May 2024 peak of 75.45%.', src, en)).toEqual([]);
    expect(numberFlags('The headline rate is now less than a third of its May 2024 peak of 75.45%.', src, en)).toEqual(['a third']);
  });
  it('reads a span after a demonstrative in the sentences around its support set: "over those six months" (spanDemonstratives)', () => {
    const src =
      'Chile collected 1.3 billion dollars from its new copper mining royalty in the first half of 2024, the Finance Ministry said. Deputy minister Ana Ferrer blamed lower output. Production at state-run Codelco fell 4 percent in the period while the copper price rose 11 percent, she added.';
    expect(numberFlags("Over those six months Codelco's production slipped 4 percent even as the copper price climbed 11 percent.", src, en)).toEqual([]);
    expect(numberFlags("Over those seven months Codelco's production slipped 4 percent even as the copper price climbed 11 percent.", src, en)).toEqual([
      'seven',
    ]);
  });
  it('reads "ردّ X على اتهام Y" as an answer that reports the accusation as its accuser\'s (text/allegations.ts deniesAccusation)', () => {
    expect(errorsOf(freshFaithful('b161-ar-1-saudi-electricity-tariff'), ['attribution-mismatch'])).toEqual([]);
  });
  it('reads a plural fraction "of a point" as that many points: "seven-tenths of a point" is 0.7 (text/numbers.ts proportions)', () => {
    expect(quantities(tokenize("seven-tenths of a point below August's pace")).map((q) => q.value)).toEqual([0.7]);
    expect(quantities(tokenize('three-quarters of a percentage point')).map((q) => q.value)).toEqual([0.75]);
    expect(quantities(tokenize('two-thirds of the votes')).map((q) => Math.round(q.value))).toEqual([67]);
    const src = "Hungary's annual inflation rate slowed to 3.4 percent in September from 4.1 percent in August, the office said.";
    expect(numberFlags("Consumer prices were 3.4 percent higher in September, seven-tenths of a point below August's pace.", src, en)).toEqual([]);
    expect(numberFlags("Consumer prices were 3.4 percent higher in September, nine-tenths of a point below August's pace.", src, en)).not.toEqual([]);
  });
  it('reads a unit in the accusative before من كل as a proportion: "سبعاً من كل عشر أسر" is 70% (text/numbers.ts partitiveAfter)', () => {
    expect(quantities(tokenize('غير أن سبعاً من كل عشر أسر لن يمسها التغيير')).map((q) => q.value)).toEqual([70]);
    const src = 'وأضاف القحطاني أن 70 في المئة من الأسر لن تتأثر بالتغيير.';
    expect(numberFlags('غير أن سبعاً من كل عشر أسر لن يمسها التغيير.', src, ar)).toEqual([]);
    expect(numberFlags('غير أن ستاً من كل عشر أسر لن يمسها التغيير.', src, ar)).not.toEqual([]);
  });
});

describe('spans between two times of day (text/numbers.ts arabicClock, englishClockSpans, clockSpans)', () => {
  it('reads "between 10 p.m. and 6 a.m." and "بين الساعة العاشرة ليلاً والسادسة صباحاً" as eight hours', () => {
    expect(
      numberFlags('Water pressure will be cut for eight hours each night.', 'Water pressure will be cut between 10 p.m. and 6 a.m. each night.', en),
    ).toEqual([]);
    expect(numberFlags('Water pressure will be cut for nine hours each night.', 'Water pressure will be cut from 10pm to 6am each night.', en)).toEqual([
      'nine',
    ]);
    const src = 'وأضاف أن الخطة ستطبق بين الساعة العاشرة ليلاً والسادسة صباحاً لخفض ضغط المياه.';
    expect(numberFlags('وسيخفض ضغط المياه ثماني ساعات كل ليلة.', src, ar)).toEqual([]);
    expect(numberFlags('وسيخفض ضغط المياه تسع ساعات كل ليلة.', src, ar)).toEqual(['تسع']);
  });
  it("reads a span against the times of day the claim's own sentence gives (من العاشرة مساءً حتى السادسة فجراً)", () => {
    expect(errorsOf(freshFaithful('b161-ar-4-morocco-water-rationing'), ['number-mismatch'])).toEqual([]);
    const src = 'وأضاف أن الخطة ستطبق بين الساعة العاشرة ليلاً والسادسة صباحاً لخفض ضغط المياه.';
    expect(numberFlags('ستخفض المدينة ضغط المياه تسع ساعات كل ليلة، من العاشرة مساءً حتى السادسة فجراً.', src, ar)).toEqual(['تسع']);
  });
});

describe('the 163rd batch of fresh editor pairs (mended from): which later claims close a statement with an attribution (text/allegations.ts closesWithAttribution)', () => {
  const closes = (s: string) => closesWithAttribution(tokenize(s));
  it('reads no closing attribution in a verb inside a statement the claim opens itself, after a complementiser', () => {
    expect(closes('ومشيراً إلى أن نحو 15 ألف وحدة جديدة يُتوقع تسليمها حتى نهاية العام.')).toBe(false);
    expect(closes('who stressed that life-threatening calls would still be answered.')).toBe(false);
    // (a closing verb with its speaker still closes)
    expect(closes('كما أوضح رئيس لجنة المال والموازنة النائب نقولا عازار')).toBe(true);
  });
  it('reads an English verb that opens the claim with a long speaker phrase after it as closing, but not one with an auxiliary after it', () => {
    expect(closes("alleged the union's state president Brett Halloran")).toBe(true);
    expect(closes('said the new plan would cost the northern city far more money')).toBe(false);
  });
  it('flags the accusation stated as fact before "وهو ما نفاه …، مؤكداً …، ومشيراً إلى أن … يُتوقع …"', () => {
    expect(flagged(freshFaithful('b163-ar-8-uae-real-estate-index', 'altered'), ['attribution-mismatch'])).not.toEqual([]);
    expect(errorsOf(freshFaithful('b163-ar-8-uae-real-estate-index'), ['attribution-mismatch'])).toEqual([]);
  });
});

describe('an Arabic بحسب X before a relative pronoun that speaks closes the statement before it (text/speakers.ts relativeSpeaks)', () => {
  it('gives "ويكبّد كل يوم من الإضراب الشركة …، بحسب الحمروني الذي أشار إلى أن …" to الحمروني, and the source gives it to الغربي', () => {
    expect(errorsOf(freshFaithful('b163-ar-7-tunisia-phosphate-strike', 'altered'), ['attribution-mismatch'])).toEqual(['الحمروني']);
    expect(errorsOf(freshFaithful('b163-ar-7-tunisia-phosphate-strike'), ['attribution-mismatch'])).toEqual([]);
  });
  it('reads "وفق النتائج المؤقتة التي أعلنتها اللجنة" as no speaker of the clause before: the relative names who announced', () => {
    const src = 'أعلنت اللجنة الوطنية المستقلة للانتخابات يوم الاثنين النتائج المؤقتة. وأظهرت النتائج أن حزب الإنصاف الحاكم حصد 98 مقعداً من أصل 176 مقعداً.';
    const s = 'حصد حزب الإنصاف الحاكم ثمانية وتسعين مقعداً من أصل مئة وستة وسبعين، وفق النتائج المؤقتة التي أعلنتها اللجنة الوطنية المستقلة للانتخابات.';
    expect(errorsOf(check(s, src, ar), ['attribution-mismatch'])).toEqual([]);
  });
});

describe('the 165th batch of fresh editor pairs (mended from)', () => {
  it('reads "one and a quarter million" as 1.25 million and "half a decade" as five (text/numbers.ts quantities)', () => {
    expect(quantities(tokenize('about one and a quarter million vehicles')).map((q) => q.value)).toEqual([1250000]);
    expect(quantities(tokenize('two and a quarter hours')).map((q) => q.value)).toEqual([2.25]);
    expect(quantities(tokenize('over half a decade')).map((q) => q.value)).toEqual([5]);
    const src = 'Aydoğan added that the industry expected to ship about one and a quarter million vehicles abroad this year.';
    expect(numberFlags('The industry expects to sell roughly 1.25 million vehicles abroad this year.', src, en)).toEqual([]);
    expect(numberFlags('The industry expects to sell roughly 1.5 million vehicles abroad this year.', src, en)).toEqual(['1.5 million']);
  });
  it('reads "the end of September" as the end of a third quarter the support set names (rules/entities.ts endOfPart)', () => {
    const src = 'The group said it would permanently close its mill by the end of the third quarter of 2025.';
    const names = (s: string) => flagged(check(s, src, en), ['unknown-name', 'entity-mismatch']);
    expect(names('The mill will shut for good before the end of September 2025.')).toEqual([]);
    expect(names('The mill will shut for good before the end of August 2025.')).toEqual(['August']);
  });
  it('reads فجوة (a gap) as a cue of a difference: "أي بفجوة تقارب 1.6 مليار" for 6.2 against 4.6 (lexicons/numbers.json differenceCues)', () => {
    const src = 'وأوضح أن الإنتاج تراجع إلى 4.6 مليار قدم مكعب يومياً، بينما صعد الاستهلاك المحلي إلى نحو 6.2 مليار قدم مكعب يومياً.';
    expect(
      numberFlags('هبط الإنتاج إلى 4.6 مليار قدم مكعب يومياً بينما ارتفع الاستهلاك إلى قرابة 6.2 مليار، أي بفجوة تقارب 1.6 مليار قدم مكعب يومياً.', src, ar),
    ).toEqual([]);
    expect(
      numberFlags('هبط الإنتاج إلى 4.6 مليار قدم مكعب يومياً بينما ارتفع الاستهلاك إلى قرابة 6.2 مليار، أي بفجوة تقارب 1.9 مليار قدم مكعب يومياً.', src, ar),
    ).toEqual(['1.9 مليار']);
  });
});

describe('a multiple on the source side holds the level it multiplies (text/numbers.ts sourceReadings)', () => {
  it('sources "2.6 مليار ريال في الربع الثاني" from "7.8 مليار ريال خلال الربع، أي ثلاثة أضعاف صافي مشترياتهم في الربع الثاني"', () => {
    const src = 'وبلغ صافي مشتريات المستثمرين الأجانب 7.8 مليار ريال خلال الربع، أي ثلاثة أضعاف صافي مشترياتهم في الربع الثاني.';
    expect(numberFlags('واشترى الأجانب أسهماً بصافي 7.8 مليار ريال مقابل 2.6 مليار ريال في الربع الثاني.', src, ar)).toEqual([]);
    expect(numberFlags('واشترى الأجانب أسهماً بصافي 7.8 مليار ريال مقابل 3.9 مليار ريال في الربع الثاني.', src, ar)).toEqual(['3.9 مليار']);
  });
});

describe('Arabic words read as no unknown name (rules/names.ts nameAfter, lexicons/entities.json)', () => {
  it('reads "مدير منفذ المطار" as the source\'s "مدير منفذ مطار البصرة", the article added, no surname', () => {
    expect(errorsOf(freshFaithful('b55-ar-6-gold-smuggling-arrest'), ['unknown-name'])).toEqual([]);
  });
  it('reads a verb of saying with a complementiser after a name as no surname ("منير بن رمضان فرد بأن …"), but a surname before إن still', () => {
    expect(errorsOf(freshFaithful('b53-ar-3-cinema-reopening-row'), ['unknown-name'])).toEqual([]);
    const src = 'وقال المحامي يوسف بنكيران إن موكله بريء.';
    expect(flagged(check('وقال المحامي يوسف الإدريسي إن موكله بريء.', src, ar), ['unknown-name'])).not.toEqual([]);
  });
  it('reads الألمان as the Germany of "السوق الألمانية", and against "السوق الفرنسية" as another country', () => {
    const names = (src: string) => flagged(check('كما انخفضت حجوزات الألمان بنسبة 18 في المئة.', src, ar), ['unknown-name', 'entity-mismatch']);
    expect(names('وتراجعت حجوزات السوق الألمانية، ثاني أكبر سوق أوروبية لتونس، بنسبة 18 في المئة.')).toEqual([]);
    expect(names('وتراجعت حجوزات السوق الفرنسية بنسبة 18 في المئة.')).toEqual(['الألمان']);
  });
});

describe('the 167th batch of fresh editor pairs (mended from)', () => {
  it('sources "roughly 18 billion dollars" from "about a third of the 54 billion dollars" (text/numbers.ts shareOfFigureAfter)', () => {
    const src = "Salazar warned that the higher royalty could delay about a third of the 54 billion dollars in projects in the country's pipeline.";
    expect(numberFlags('Salazar cautioned that roughly 18 billion dollars of planned projects could be held up.', src, en)).toEqual([]);
    expect(numberFlags('Salazar cautioned that roughly 27 billion dollars of planned projects could be held up.', src, en)).toEqual(['27 billion']);
  });
  it('reads "على الأقل" and "at least" as no side: no opposite of a source\'s أكثر (lexicons/antonyms.json noSidePhrases)', () => {
    expect(errorsOf(freshFaithful('b167-ar-7-tunisia-central-bank-rate'), ['antonym-mismatch'])).toEqual([]);
    const side = (s: string) => flagged(check(s, 'وتراجعت الصادرات بنسبة 20 في المئة على أكثر تقدير.', ar), ['antonym-mismatch']);
    expect(side('وارتفعت الصادرات بنسبة 20 في المئة على الأقل.')).toEqual(['وارتفعت']);
  });
});

describe('the 169th batch of fresh editor pairs (mended from)', () => {
  it('reads "ثلاثة ونصف مليار" as 3.5 billion, the scale said once (text/numbers.ts quantities)', () => {
    expect(quantities(tokenize('تختزن السدود ثلاثة ونصف مليار متر مكعب')).map((q) => q.value)).toEqual([3500000000]);
    const src = 'وقال الإدريسي إن المخزون الإجمالي للسدود بلغ ثلاثة مليارات ونصف المليار متر مكعب.';
    expect(numberFlags('وتختزن السدود ثلاثة ونصف مليار متر مكعب.', src, ar)).toEqual([]);
    expect(numberFlags('وتختزن السدود أربعة ونصف مليار متر مكعب.', src, ar)).not.toEqual([]);
  });
  it('reads a figure after a negated verb of reaching, and حتى, as a level not reached (lexicons/numbers.json negatedReach)', () => {
    expect(quantities(tokenize('لم تبلغ نسبة الملء حتى خمسة في المئة')).map((q) => q.hedge)).toEqual(['under']);
    expect(quantities(tokenize('لم يصل عدد الزوار 40 ألفا')).map((q) => q.hedge)).toEqual([undefined]);
    expect(quantities(tokenize('لم يصل 40 ألفا')).map((q) => q.hedge)).toEqual(['under']);
    const src = 'بلغت نسبة ملء السد 4.8 في المئة فقط حتى منتصف شهر فبراير.';
    expect(numberFlags('لم تبلغ نسبة ملء السد حتى خمسة في المئة في منتصف فبراير.', src, ar)).toEqual([]);
    expect(numberFlags('لم تبلغ نسبة ملء السد حتى أربعة في المئة في منتصف فبراير.', src, ar)).toEqual(['أربعة']);
  });
  it('reads "ما قاله النائب … عن …" as what the deputy said, an attribution (text/allegations.ts saidWithPronoun)', () => {
    expect(errorsOf(freshFaithful('b169-ar-6-iraq-electricity-bill-collection'), ['attribution-mismatch'])).toEqual([]);
    const said = (s: string) => speaks(tokenize(s));
    expect(said('ورفض الربيعي ما قاله النائب')).toBe(true);
    expect(said('ورفض الربيعي ما نفاه النائب')).toBe(false);
  });
});

describe('the 171st batch of fresh editor pairs (figures restated, mended from)', () => {
  it('reads "smaller than" after a figure as a difference: "some 588 billion yen smaller than a year earlier" (differenceCuesAfter)', () => {
    const src =
      'Japan posted a trade deficit of 117.6 billion yen in October. The gap was much smaller than the 705.2 billion yen shortfall recorded a year earlier.';
    expect(numberFlags('The deficit was some 588 billion yen smaller than a year earlier.', src, en)).toEqual([]);
    expect(numberFlags('The deficit was some 488 billion yen smaller than a year earlier.', src, en)).toEqual(['488 billion']);
  });
  it('reads the level after "to a record": "raised its forecast by 3.9 million tons to a record 166.3 million tons" (levelAfter)', () => {
    const src = 'The soybean crop will reach a record 166.3 million metric tons, Conab said, up from the 162.4 million tons it forecast a month earlier.';
    expect(numberFlags('Conab raised its soybean forecast by 3.9 million tons to a record 166.3 million tons.', src, en)).toEqual([]);
    expect(numberFlags('Conab raised its soybean forecast by 4.9 million tons to a record 166.3 million tons.', src, en)).toEqual(['4.9 million']);
  });
  it('reads "an eighth" as a share, "roughly an eighth more" for 12.6% more (text/numbers.ts quantities)', () => {
    expect(quantities(tokenize('roughly an eighth more than the previous season')).map((q) => q.value)).toEqual([12.5]);
    expect(quantities(tokenize('for an eighth straight year')).map((q) => q.value)).toEqual([8]);
  });
  it('reads a percentage after a verb of change as the change between two levels, and "by X to Y" as X against Y (changeIn)', () => {
    const src = 'Exports are projected to climb to 105.5 million tons from 98.4 million tons.';
    expect(numberFlags('Exports are projected to climb about 7% to 105.5 million tons.', src, en)).toEqual([]);
    expect(numberFlags('Exports are projected to climb about 9% to 105.5 million tons.', src, en)).toEqual(['9']);
    const src2 = 'The number of discouraged work-seekers increased by 128,000 to 3.3 million.';
    expect(numberFlags('The number of discouraged work-seekers rose by about 4%.', src2, en)).toEqual([]);
    expect(numberFlags('The number of discouraged work-seekers rose by about 9%.', src2, en)).toEqual(['9']);
  });
  it('reads "امرأة من كل خمس" as one in five, 20%, and "واحد من كل عشرة" as 10% (text/numbers.ts proportions, oneOfEvery)', () => {
    expect(quantities(tokenize('لتطال أكثر من امرأة من كل خمس نساء ناشطات')).map((q) => q.value)).toEqual([20]);
    expect(quantities(tokenize('واحد من كل عشرة')).map((q) => q.value)).toEqual([10]);
    const src = 'وارتفعت نسبة البطالة لدى الإناث إلى 22.1 في المئة.';
    expect(numberFlags('وارتفعت البطالة لتطال أكثر من امرأة من كل خمس نساء ناشطات.', src, ar)).toEqual([]);
    expect(numberFlags('وارتفعت البطالة لتطال أكثر من امرأة من كل ثلاث نساء ناشطات.', src, ar)).not.toEqual([]);
  });
  it("reads a total cued in the claim's sentence as the sum of two of its figures (sumWithin)", () => {
    const src = 'The number of employed people rose by 170,000 to 16.84 million, while the number of unemployed fell by 420,000 to 7.96 million.';
    const s = (total: string) => `That left 16.84 million people employed and 7.96 million unemployed, out of a labour force of ${total} million.`;
    expect(numberFlags(s('24.8'), src, en)).toEqual([]);
    expect(numberFlags(s('25.8'), src, en)).toEqual(['25.8 million']);
  });
});

describe('the 171st and 174th batches of fresh editor pairs (numbers): restatements of figures in Arabic and English', () => {
  it('reads an Arabic verb of exceeding that opens its clause as "more than" the first figure past its subject (openingVerbHedge)', () => {
    const src = 'وبلغت أدوات الدين التي يحملها صندوق الضمان 10.1 مليار دينار.';
    const s = (n: string) => `فيما تتجاوز أدوات الدين التي يحملها صندوق الضمان الاجتماعي ${n} دينار.`;
    expect(numberFlags(s('عشرة مليارات'), src, ar)).toEqual([]);
    expect(numberFlags(s('11 مليار'), src, ar)).not.toEqual([]);
    // (not a figure after a preposition: a year is no bound)
    expect(quantities(tokenize('تجاوزت الصادرات منذ عام 2020 مستواها')).map((q) => q.hedge ?? null)).toEqual([null]);
  });
  it('reads an unhedged decimal before a scale as the source value rounded to the precision it states (Quantity.rounding)', () => {
    const src = 'أظهرت النتائج أن عدد سكان السلطنة بلغ خمسة ملايين و284 ألف نسمة.';
    expect(numberFlags('بلغ عدد سكان السلطنة 5.28 مليون نسمة.', src, ar)).toEqual([]);
    expect(numberFlags('بلغ عدد سكان السلطنة 5.29 مليون نسمة.', src, ar)).not.toEqual([]);
    expect(quantities(tokenize('5.28 مليون')).map((q) => q.rounding)).toEqual([5000]);
    // (a percentage's decimals are the figure itself)
    expect(quantities(tokenize('18.3 في المئة')).map((q) => q.rounding)).toEqual([undefined]);
  });
  it('reads "أي بأكثر من 18 في المئة" after a change as the relative change between two levels, ب glued to the hedge (changeIn)', () => {
    const src = 'بلغ عدد السكان خمسة ملايين و284 ألف نسمة، مقارنة بأربعة ملايين و471 ألف نسمة في تعداد عام 2020.';
    const s = (p: string) => `بلغ عدد السكان 5,284,000 نسمة، بزيادة 813 ألف نسمة، أي بأكثر من ${p} في المئة.`;
    expect(numberFlags(s('18'), src, ar)).toEqual([]);
    expect(numberFlags(s('19'), src, ar)).not.toEqual([]);
  });
  it('reads a span in another unit (نصف عقد) between two years of the support set (yearsBetween)', () => {
    const src = 'أعلن المركز نتائج تعداد 2025، وبلغ عدد السكان خمسة ملايين نسمة مقارنة بأربعة ملايين في تعداد عام 2020.';
    expect(numberFlags('ارتفع عدد السكان إلى خمسة ملايين خلال نصف عقد منذ تعداد 2020.', src, ar)).toEqual([]);
    expect(numberFlags('ارتفع عدد السكان إلى خمسة ملايين خلال عقد منذ تعداد 2020.', src, ar)).not.toEqual([]);
  });
  it('reads a figure after بمقدار as the difference of two source figures (differenceCues)', () => {
    const src = 'وبلغت القيمة الحقيقية لناتج الأنشطة غير النفطية 412 مليار ريال خلال الربع، مقابل 393 مليار ريال في الربع المماثل من العام الماضي.';
    expect(numberFlags('وارتفعت القيمة الحقيقية لناتج الأنشطة غير النفطية بمقدار 19 مليار ريال.', src, ar)).toEqual([]);
    expect(numberFlags('وارتفعت القيمة الحقيقية لناتج الأنشطة غير النفطية بمقدار 21 مليار ريال.', src, ar)).not.toEqual([]);
  });
  it('holds a proportion by its value or by all its parts, not by one part (sourcesFigure, partsHolders)', () => {
    const src = 'وسجل أحد عشر نشاطا من أصل خمسة عشر نشاطا اقتصاديا رئيسيا نموا إيجابيا.';
    expect(numberFlags('وسجل 11 نشاطا من أصل 15 نشاطا اقتصاديا رئيسيا نموا إيجابيا.', src, ar)).toEqual([]);
    expect(numberFlags('وسجل 13 نشاطا من أصل 15 نشاطا اقتصاديا رئيسيا نموا إيجابيا.', src, ar)).not.toEqual([]);
  });
  it('gives a survey or a bulletin and the body that issued it, named together in the source, one voice (documentOfBody)', () => {
    const src =
      'أظهرت نتائج مسح القوى العاملة الصادرة عن الهيئة العامة للإحصاء أن معدل البطالة انخفض إلى 7.1 في المئة. وأوضحت الهيئة أن المسح شمل اثنين وسبعين ألف أسرة. وقال الباحث سالم العتيبي إن الأسر تشكو من الغلاء.';
    const wrong = (s: string) => flagged(check(s, src, ar), ['attribution-mismatch']);
    expect(wrong('وشمل المسح 72 ألف أسرة، بحسب مسح القوى العاملة.')).toEqual([]);
    // (a speaker the source names apart from the survey is still another's)
    expect(wrong('وشمل المسح 72 ألف أسرة، بحسب الباحث سالم العتيبي.')).not.toEqual([]);
  });
  it('reads the first N quarters as the first 3N months, either way round (year-parts.ts quartersWords)', () => {
    const months = 'بلغ العجز 42.6 مليار درهم خلال الأشهر التسعة الأولى من سنة 2024.';
    const quarters = 'بلغ العجز 42.6 مليار درهم خلال الأرباع الثلاثة الأولى من سنة 2024.';
    expect(numberFlags(quarters, months, ar)).toEqual([]);
    expect(numberFlags(months, quarters, ar)).toEqual([]);
    expect(numberFlags(quarters, 'بلغ العجز 42.6 مليار درهم خلال الأشهر الستة الأولى من سنة 2024.', ar)).not.toEqual([]);
    const src = 'The deficit reached 42.6 billion dirhams in the first nine months of 2024.';
    expect(numberFlags('The deficit reached 42.6 billion dirhams in the first three quarters of 2024.', src, en)).toEqual([]);
    expect(numberFlags('The deficit reached 42.6 billion dirhams in the first two quarters of 2024.', src, en)).not.toEqual([]);
  });
  it("reads a rate (شهريا، للطن) as the quotient of figures of the claim's whole sentence and its sources (arithmeticIn)", () => {
    const src = 'بلغ عدد المركبات الجديدة المسجلة في الأشهر العشرة الأولى من العام 58,412 مركبة.';
    const s = (n: string) => `وبلغ عدد المركبات الجديدة المسجلة 58,412 مركبة خلال الأشهر العشرة الأولى، أي نحو ${n} مركبة شهريا.`;
    expect(numberFlags(s('5,840'), src, ar)).toEqual([]);
    expect(numberFlags(s('6,840'), src, ar)).not.toEqual([]);
    const wheat = 'تراجعت واردات القمح إلى 6.4 مليون طن. وانخفضت فاتورة الاستيراد إلى 2.1 مليار دولار.';
    expect(numberFlags('وبلغت فاتورة الاستيراد 2.1 مليار دولار، أي نحو 330 دولارا للطن.', wheat, ar)).toEqual([]);
    expect(numberFlags('وبلغت فاتورة الاستيراد 2.1 مليار دولار، أي نحو 430 دولارا للطن.', wheat, ar)).not.toEqual([]);
    // (a rate's word beside a difference leaves it a difference: "about 6,000 dollars more per head")
    const bonus = 'The union is seeking 30,000 dollars a head in bonuses, while BHP has offered 24,000 dollars.';
    expect(numberFlags('The union wants about 6,000 dollars more per head than BHP has offered.', bonus, en)).toEqual([]);
    // (and the claim model reads the rate's words as carried when its parts stand in the clause before: no error left)
    expect(errorsOf(freshFaithful('b174-ar-10-car-sales'), ['unsupported-claim', 'number-mismatch'])).toEqual([]);
  });
  it('reads "from the start of the year to the end of October" as the first ten months (entities.ts fromYearStart)', () => {
    const src = 'بلغ عدد المركبات المسجلة منذ بداية عام 2024 وحتى نهاية أكتوبر 58,412 مركبة.';
    expect(numberFlags('بلغ عدد المركبات المسجلة 58,412 مركبة خلال الأشهر العشرة الأولى من 2024.', src, ar)).toEqual([]);
    expect(numberFlags('بلغ عدد المركبات المسجلة 58,412 مركبة خلال الأشهر التسعة الأولى من 2024.', src, ar)).not.toEqual([]);
    const en1 = 'Sales from the start of 2024 through the end of October reached 58,412 vehicles.';
    expect(numberFlags('Sales reached 58,412 vehicles in the first ten months of 2024.', en1, en)).toEqual([]);
    expect(numberFlags('Sales reached 58,412 vehicles in the first nine months of 2024.', en1, en)).not.toEqual([]);
  });
  it('reads the level a change came to past its hedge and past a part of the year between (levelAfter)', () => {
    const src =
      'ارتفعت الحوالات منذ بداية عام 2024 وحتى نهاية نوفمبر لتبلغ 2,381 مليون دينار. وكانت الحوالات قد سجلت 2,325 مليون دينار في الفترة المقابلة من عام 2023.';
    const s = (n: string) => `ارتفعت حوالات الأردنيين العاملين في الخارج بـ${n} مليون دينار في الأشهر الأحد عشر الأولى من 2024 لتصل إلى نحو 2.38 مليار دينار.`;
    expect(numberFlags(s('56'), src, ar)).toEqual([]);
    expect(numberFlags(s('66'), src, ar)).not.toEqual([]);
  });
  it('reads الأحد عشر as eleven, no weekday (lexicons/dates.json notDayAfter)', () => {
    const src = 'قال البنك يوم الاثنين إن الحوالات ارتفعت منذ بداية عام 2024 وحتى نهاية نوفمبر.';
    expect(flagged(check('ارتفعت الحوالات في الأشهر الأحد عشر الأولى من 2024، بحسب البنك.', src, ar), ['entity-mismatch', 'number-mismatch'])).toEqual([]);
    // (a weekday after a content word is still one)
    expect(flagged(check('أعلن البنك الأحد أن الحوالات ارتفعت منذ بداية عام 2024.', src, ar), ['entity-mismatch'])).not.toEqual([]);
  });
  it('takes no hedge of a figure for a cue of a difference ("أكثر من ثلاثة أرباع"), unless "by" stands before it', () => {
    const src =
      'وأوضح البنك أن الحوالات الواردة من دول الخليج شكلت 62 في المئة من الإجمالي، وتصدرتها السعودية بحصة 28 في المئة، تلتها الإمارات بحصة 17 في المئة، ثم الولايات المتحدة بحصة 9 في المئة. وارتفعت الحوالات الواردة من أوروبا بنسبة 6.5 في المئة، في حين تراجعت تلك القادمة من الولايات المتحدة بنسبة 3.1 في المئة.';
    // (6.5 less 3.1 is "more than three", the count of the quarters, had the hedge's أكثر been read as a cue of a difference)
    expect(numberFlags('وجاء أكثر من ثلاثة أخماس هذه الحوالات من دول الخليج.', src, ar)).toEqual([]);
    expect(numberFlags('وجاء أكثر من ثلاثة أرباع هذه الحوالات من دول الخليج.', src, ar)).not.toEqual([]);
    const vote = 'Ramdas won with 37.2% of the vote, defeating Whitfield, who took 31.8%.';
    expect(numberFlags('Ramdas won, beating Whitfield by more than five percentage points.', vote, en)).toEqual([]);
    expect(numberFlags('Ramdas won, beating Whitfield by more than seven percentage points.', vote, en)).not.toEqual([]);
  });
  it('reads a share in words of a noun against a count of a sentence that has the noun, the whole (shareOfNoun)', () => {
    const src =
      'وأظهرت النتائج أن عدد سكان السلطنة بلغ خمسة ملايين و284 ألف نسمة. وبلغ عدد الوافدين مليونين و286 ألف نسمة. وحافظت محافظة مسقط على المرتبة الأولى بمليون و472 ألف نسمة.';
    expect(numberFlags('ويقطن محافظة مسقط أكثر من ربع سكان السلطنة.', src, ar)).toEqual([]);
    expect(numberFlags('ويقطن محافظة مسقط أكثر من ثلث سكان السلطنة.', src, ar)).not.toEqual([]);
  });
});

describe('the 177th batch of fresh editor pairs (numbers): quarters, gaps, shares of a level, comparatives, rates', () => {
  it('reads اثنين وربع as 2.25 (lexicons/numbers.json quarterAfter)', () => {
    expect(quantities(tokenize('عند اثنين وربع في المئة')).map((q) => q.value)).toEqual([2.25]);
    const src = 'وأبقى البنك سعر الفائدة الرئيسي دون تغيير عند 2.25 في المئة.';
    expect(numberFlags('وأبقى البنك سعر الفائدة الرئيسي عند اثنين وربع في المئة.', src, ar)).toEqual([]);
    expect(numberFlags('وأبقى البنك سعر الفائدة الرئيسي عند اثنين ونصف في المئة.', src, ar)).not.toEqual([]);
  });
  it('reads a figure after a noun of a gap (الفارق) as the difference of two source figures (differenceNouns)', () => {
    const src = 'وسجلت مدينة الحسيمة أعلى معدل للتضخم بنسبة 3.7 في المئة، بينما سجلت مدينة الرشيدية أدنى معدل عند 1.1 في المئة.';
    const s = (n: string) => `وبلغ الفارق بين أعلى معدل للتضخم في الحسيمة وأدناه في الرشيدية ${n} نقطة مئوية.`;
    expect(numberFlags(s('2.6'), src, ar)).toEqual([]);
    expect(numberFlags(s('3.6'), src, ar)).not.toEqual([]);
  });
  it('reads a share in words of a pace or a peak as the ratio of two figures, percentages too (shareOfLevel)', () => {
    const src = 'وارتفع الرقم الاستدلالي للأثمان بنسبة 0.3 في المئة على أساس شهري، بعد زيادة بلغت 0.6 في المئة في الشهر السابق.';
    expect(numberFlags('وارتفعت الأسعار على أساس شهري بنسبة 0.3 في المئة، أي نصف وتيرة الشهر السابق.', src, ar)).toEqual([]);
    expect(numberFlags('وارتفعت الأسعار على أساس شهري بنسبة 0.3 في المئة، أي ثلث وتيرة الشهر السابق.', src, ar)).not.toEqual([]);
  });
  it('reads a comparative right before a figure with ب as a difference, its من after the figure (differenceCuedByWord)', () => {
    const src = 'وحُدد العائد على شريحة السنوات الخمس عند 4.6 في المئة، وعلى شريحة السنوات العشر عند 4.95 في المئة.';
    const s = (n: string) => `وجاء عائد شريحة السنوات العشر أعلى ${n} نقطة أساس من عائد شريحة السنوات الخمس.`;
    expect(numberFlags(s('بخمس وثلاثين'), src, ar)).toEqual([]);
    expect(numberFlags(s('بخمس وأربعين'), src, ar)).not.toEqual([]);
  });
  it('reads an Arabic noun of change with ب after a verb of its side in its part of the claim as restating it (antonyms.ts restatedBefore)', () => {
    const src =
      'بلغت صادرات التمور مئة واثني عشر ألف طن خلال سنة 2024، مقابل سبعة وثمانين ألف طن في 2023، بارتفاع نسبته 28.7 في المئة. وارتفعت قيمة هذه الصادرات بنسبة 21 في المئة إلى 145 مليون دولار، في حين تراجع متوسط سعر الطن المصدر بنسبة 6 في المئة.';
    const flips = (s: string) => flagged(check(s, src, ar), ['antonym-mismatch']);
    // (the pair's faithful line, aligned to the value's sentence first, whose other clause has تراجع beside الطن)
    expect(errorsOf(freshFaithful('b177-ar-3-date-exports'), ['antonym-mismatch'])).toEqual([]);
    expect(flips('ارتفعت صادرات التمور إلى 112 ألف طن في 2024، بزيادة 25 ألف طن عن العام السابق، وبلغت قيمتها 145 مليون دولار.')).toEqual([]);
    // (a flip of the other clause's verb still is one)
    expect(flips('ارتفعت صادرات التمور إلى 112 ألف طن في 2024، في حين ارتفع متوسط سعر الطن المصدر 6 في المئة.')).not.toEqual([]);
  });
  it('reads a percentage after بنمو, or after "أو" restating a change, as the relative change between two levels (changeIn)', () => {
    const src = 'وبلغت قيمة التصرفات العقارية 40.3 مليار درهم، مقارنة بـ28.6 مليار درهم في الفترة نفسها من العام الماضي.';
    expect(numberFlags('وبلغت قيمة التصرفات العقارية 40.3 مليار درهم، بنمو يقارب 41 في المئة على أساس سنوي.', src, ar)).toEqual([]);
    expect(numberFlags('وبلغت قيمة التصرفات العقارية 40.3 مليار درهم، بنمو يقارب 51 في المئة على أساس سنوي.', src, ar)).not.toEqual([]);
    const wages = 'سترتفع مخصصات الأجور إلى 679 مليار جنيه، مقارنة بـ575 مليار جنيه في موازنة العام المالي الحالي.';
    const s = (n: string) => `ترفع مصر مخصصات الأجور إلى 679 مليار جنيه، بزيادة 104 مليارات جنيه، أو نحو ${n} في المئة.`;
    expect(numberFlags(s('18'), wages, ar)).toEqual([]);
    expect(numberFlags(s('28'), wages, ar)).not.toEqual([]);
  });
  it("reads a clause's relative change in its coverage for the claim model as the number rule reads it (figureCoverage)", () => {
    expect(errorsOf(freshFaithful('b177-ar-4-telecom-subscribers'), ['unsupported-claim', 'number-mismatch'])).toEqual([]);
  });
  it('reads a rate per a thing against a count of a source sentence with its noun (rateWithNoun)', () => {
    const src =
      'أعلن الطيران العماني أنه نقل 4.35 مليون مسافر خلال النصف الأول من عام 2025. وأوضحت الشركة أن معدل إشغال المقاعد بلغ 81 في المئة. وارتفعت الإيرادات التشغيلية بنسبة 9 في المئة. وقال الرئيس التنفيذي إن الشركة تعتزم توسيع أسطولها. وبلغ عدد الرحلات المسيرة خلال الفترة اثنين وعشرين ألفاً وخمسمئة رحلة.';
    const s = (n: string) => `نقل الطيران العماني 4.35 مليون مسافر في النصف الأول من 2025، وبمعدل نحو ${n} مسافراً للرحلة الواحدة.`;
    expect(numberFlags(s('193'), src, ar)).toEqual([]);
    expect(numberFlags(s('293'), src, ar)).not.toEqual([]);
  });
});

describe('the 175th batch of fresh editor pairs: spiralling costs, a third short, a real-terms cut, all but eight, a closing speaker after another', () => {
  it('reads spiralling as a side of direction, so a claim with both sides is left alone (lexicons/antonyms.json opposites)', () => {
    const src = 'The theatre will close, its trustees said, blaming a collapse in public funding and soaring running costs.';
    const flips = (s: string) => flagged(check(s, src, en), ['antonym-mismatch']);
    expect(flips('The theatre will close, its trustees said, pointing to a slump in public funding and spiralling running costs.')).toEqual([]);
    // (a flip of the side the source states is still one: "plunging running costs" for "soaring running costs")
    expect(
      flagged(check('The theatre will close, pointing to plunging running costs.', 'The theatre will close, blaming soaring running costs.', en), [
        'antonym-mismatch',
      ]),
    ).not.toEqual([]);
  });
  it('reads "a third short of" as a share, not the ordinal third (lexicons/numbers.json shareComparatives)', () => {
    expect(quantities(tokenize('shifts a third short of rostered nurses')).map((q) => Math.round(q.value))).toEqual([33]);
    const src = 'Some hospital wards were running shifts with a third fewer nurses than rostered.';
    expect(numberFlags('Some wards were operating shifts a third short of rostered nurses.', src, en)).toEqual([]);
    expect(numberFlags('Some wards were operating shifts a quarter short of rostered nurses.', src, en)).not.toEqual([]);
  });
  it('reads "all but eight of the 31" as the difference of two source figures (lexicons/numbers.json differencePhrases)', () => {
    const src = "The report said 23 of the council's 31 members had filed at least one claim that lacked supporting documents.";
    const s = (n: string) => `All but ${n} of the council's 31 members lodged at least one undocumented claim, the report said.`;
    expect(numberFlags(s('eight'), src, en)).toEqual([]);
    expect(numberFlags(s('nine'), src, en)).not.toEqual([]);
  });
  it("gives a closing attribution after another speaker's statement only the clause after the last that opens on its own (saidBy)", () => {
    const s =
      'وأشار الربيعي إلى أن القطع المستعادة تخطت حاجز ثلاثة آلاف قطعة، بينما تراجعت حالات التنقيب إلى النصف، في حين لن تُعرض القطع الجديدة قبل نيسان، وفق مديرة المتحف سناء الخفاجي.';
    const hers = scopeOf(s, 'الخفاجي');
    expect(hers.startsWith('في حين لن تُعرض')).toBe(true);
    expect(hers).not.toContain('المستعادة');
  });
  it('reads a share in words after a count of the sentence against a count around its support set (shareOfCountBefore)', () => {
    const src =
      'وقال رئيس الهيئة إن القطع تشمل ألواحاً مسمارية. وتسلّم المتحف العراقي 137 قطعة أثرية أعادتها السلطات البريطانية. وأضاف أن خبراء الهيئة تحققوا من أن 92 قطعة منها سُرقت من موقع أم العقارب.';
    const s = (share: string) => `وقد تحقق خبراء الهيئة من أن اثنتين وتسعين منها، أي قرابة ${share}، نُهبت من موقع أم العقارب.`;
    expect(numberFlags(s('الثلثين'), src, ar)).toEqual([]);
    expect(numberFlags(s('النصف'), src, ar)).not.toEqual([]);
  });
  it('reads the word after "أي" past a long subject of a verb of denial as what it denies (deniesNegatedWord)', () => {
    const src = 'لكن المدير العام للمنافسة بالوزارة، سمير الفرشيشي، نفى هذه الاتهامات، مؤكداً أن الكميات الموزعة على المخابز "لم تنقص".';
    const dropped = (t: string) => flagged(check(t, src, ar), ['negation-mismatch']);
    expect(dropped('ونفى المدير العام للمنافسة بالوزارة سمير الفرشيشي أي نقص في الكميات الموزعة على المخابز.')).toEqual([]);
    expect(dropped('وأكد المدير العام للمنافسة بالوزارة سمير الفرشيشي نقص الكميات الموزعة على المخابز.')).not.toEqual([]);
  });
});

describe('the 174th batch of fresh editor pairs, again: a verb of change or of exceeding with و glued before a figure with ب', () => {
  it('reads "وزاد … بـ950" as the difference of two source figures (changedBy)', () => {
    const src = 'وأوضح البنك أن عدد المستفيدين بلغ ستة آلاف وثمانمئة وخمسين مواطنا، مقابل 5,900 مستفيد في السنة المالية 2022-2023.';
    expect(numberFlags('وزاد عدد المستفيدين بـ950 مواطنا عن السنة المالية السابقة.', src, ar)).toEqual([]);
    expect(numberFlags('وزاد عدد المستفيدين بـ850 مواطنا عن السنة المالية السابقة.', src, ar)).not.toEqual([]);
  });
  it('reads a verb of exceeding before a figure with ب as a difference, and without ب as no change (lexicons/numbers.json exceedBy)', () => {
    const src = 'وأوضحت الهيئة أن عدد الحجاج الذكور بلغ 958,137 حاجا، مقابل 875,027 حاجة من الإناث.';
    expect(numberFlags('وفاق عدد الحجاج الذكور عدد الإناث بنحو 83 ألفا.', src, ar)).toEqual([]);
    expect(numberFlags('وفاق عدد الحجاج الذكور عدد الإناث بنحو 93 ألفا.', src, ar)).not.toEqual([]);
    const peak = 'بلغت ذروة الاستهلاك 4,920 ميغاواط، متجاوزة الذروة المسجلة في صيف 2023 والبالغة 4,770 ميغاواط.';
    expect(numberFlags('سجلت تونس ذروة قياسية عند 4920 ميغاواط، متجاوزة ذروة صيف 2023 بـ150 ميغاواط.', peak, ar)).toEqual([]);
    expect(numberFlags('سجلت تونس ذروة قياسية عند 4920 ميغاواط، متجاوزة ذروة صيف 2023 بـ250 ميغاواط.', peak, ar)).not.toEqual([]);
  });
});

describe('the 178th batch of fresh editor pairs: the subject after a verb of denial is no word it negates', () => {
  it('reads the speaker after نفى, named by a phrase or before "أي", as its subject (negation.ts denierAt)', () => {
    const dropped = (t: string, src: string) => flagged(check(t, src, ar), ['negation-mismatch']);
    const src = 'ونفى البقالي في تصريح لوكالة المغرب العربي للأنباء أي صلة له بالقضية، مؤكداً أنه لم يكن على علم بما تناوله العداء.';
    expect(dropped('غير أن البقالي تبرأ من القضية قائلاً للوكالة إنه كان يجهل ما تناوله العداء.', src)).toEqual([]);
    const src2 =
      'في المقابل، نفى المدير العام المساعد بالديوان سامي عبد الكريم الجلاصي ذلك، مؤكداً أن الزيادة نوقشت في ثلاثة اجتماعات مع ممثلي الناقلين خلال الربع الأخير من عام 2023.';
    expect(
      dropped(
        'لكن سامي عبد الكريم الجلاصي، المدير العام المساعد بالديوان، أكد أن الزيادة طُرحت للنقاش مع ممثلي الناقلين في ثلاثة اجتماعات خلال الربع الأخير من 2023.',
        src2,
      ),
    ).toEqual([]);
    // (a negation of a statement of his is still read: "كان على علم" for "لم يكن على علم")
    expect(dropped('وقال البقالي إنه كان على علم بما تناوله العداء.', 'وقال البقالي إنه لم يكن على علم بما تناوله العداء.')).not.toEqual([]);
  });
});

describe('the 180th batch of fresh editor pairs (English numbers): a yearly rate over a decade', () => {
  it('reads a figure as a yearly rate times the years of a span its sentence names (totalOfRate)', () => {
    const src = 'The agency estimates Canada needs to build 430,000 to 480,000 homes a year over the next decade to restore affordability.';
    const s = (a: string, b: string) => `The agency estimates Canada needs to build between ${a} million and ${b} million homes over the next 10 years.`;
    expect(numberFlags(s('4.3', '4.8'), src, en)).toEqual([]);
    expect(numberFlags(s('5.3', '4.8'), src, en)).toEqual(['5.3 million']);
  });
});

describe('the 178th batch, again: an English closing attribution after another speaker takes the clause after the last comma', () => {
  it('gives "chief executive Tomasz Wrobel said" the loss, not the closure PGG announced (saidBy)', () => {
    const s =
      'Around 2,400 jobs are in jeopardy after state miner PGG announced on Tuesday that its Ruda Slaska colliery will shut by the end of March 2026, having lost three hundred and ten million zlotys last year, chief executive Tomasz Wrobel said.';
    const his = scopeOf(s, 'Wrobel');
    expect(his.startsWith('having lost')).toBe(true);
    expect(his).not.toContain('colliery');
    expect(errorsOf(freshFaithful('b178-en-1-coal-mine-closure'), ['attribution-mismatch'])).toEqual([]);
  });
});

describe('the 172nd and 178th batches: a half after إلى on the source side, and the others beside the one a claim speaks of', () => {
  it('reads the source\'s "إلى النصف" as a half, halved, and not before a definite word (arabicShareAt)', () => {
    expect(quantities(tokenize('انخفض عدد الفرق الميدانية المتاحة إلى النصف بسبب انقطاع طرق فرعية'), undefined, true).map((q) => q.value)).toEqual([50]);
    expect(quantities(tokenize('وصل الوفد إلى النصف الثاني من المدينة'), undefined, true).map((q) => q.value)).toEqual([]);
    const src = 'وأوضح الحارثي أن عدد البلاغات ارتفع إلى 230 بلاغاً، في حين انخفض عدد الفرق الميدانية المتاحة إلى النصف بسبب انقطاع طرق فرعية.';
    expect(numberFlags('وصعدت البلاغات إلى 230 بينما تقلص عدد الفرق الميدانية الجاهزة بمقدار النصف جراء انقطاع طرق فرعية.', src, ar)).toEqual([]);
    expect(numberFlags('وصعدت البلاغات إلى 230 بينما تقلص عدد الفرق الميدانية الجاهزة بمقدار الثلث جراء انقطاع طرق فرعية.', src, ar)).not.toEqual([]);
  });
  it('reads "ستة تحالفات أخرى" as six beside the winner, seven in all (lexicons/numbers.json othersWords)', () => {
    const src = 'وأوضح العنزي أن سبعة تحالفات تقدمت بعروضها في المناقصة، واستُبعد أربعة منها لعدم استيفائها الشروط الفنية.';
    const s = (n: string) => `فاز تحالف كويتي بعقد بناء المحطة، متقدماً على ${n} تحالفات أخرى خرج أربعة منها لقصور عروضها فنياً.`;
    expect(numberFlags(s('ستة'), src, ar)).toEqual([]);
    expect(numberFlags(s('ثمانية'), src, ar)).not.toEqual([]);
    const en1 = 'Seven consortia bid in the tender, and four were excluded on technical grounds.';
    expect(numberFlags('A Kuwaiti consortium won the contract, beating six other consortia.', en1, en)).toEqual([]);
  });
});

describe('the 36th session: a difference of two figures of one support sentence, cued in other words (differenceInSentence)', () => {
  it('accepts the gap told in other words, exactly, and not another figure', () => {
    const src = "The playhouse's director said on Monday it would drop two of the six shows planned for next season because of the funding cut.";
    const s = (n: string) => `The playhouse will stage ${n} shows rather than six next season, its director said.`;
    expect(numberFlags(s('four'), src, en)).toEqual([]);
    expect(numberFlags(s('three'), src, en)).not.toEqual([]);
    const src2 = 'سجلت مديرية الصحة في المحافظة 412 إصابة بالحصبة منذ مطلع الشهر، تعافى منها 389 مريضا، بحسب ما أعلنه مديرها يوم الأحد.';
    const s2 = (n: string) => `وتخطت الإصابات المسجلة بالحصبة منذ مطلع الشهر عدد المتعافين ${n} حالة، وفق المديرية.`;
    expect(numberFlags(s2('بثلاث وعشرين'), src2, ar)).toEqual([]);
    expect(numberFlags(s2('بسبع وعشرين'), src2, ar)).not.toEqual([]);
    // (uncued, a figure that equals a difference is compared as written: tests/lexical.test.ts)
    expect(numberFlags('وأعلنت المديرية أن 23 مصابا بالحصبة ما زالوا يتلقون العلاج.', src2, ar)).not.toEqual([]);
  });
  it('takes no level, date or span for a difference', () => {
    expect(numberFlags('Exports rose to 1,500 tonnes.', 'Exports were 2,000 tonnes, up from 500 tonnes.', en)).not.toEqual([]);
    const src = 'The union said 20 of its 34 branches voted for the strike, which begins on April 7.';
    expect(numberFlags('The strike began on April 14.', src, en)).not.toEqual([]);
  });
});

describe('the 36th session: a figure restated by a reading of a sentence beside the support set is no unsupported word', () => {
  it('reads "roughly a third of an hour" against the 20 minutes of the next sentence (unsupported.ts nearSupport)', () => {
    const src =
      'Hail the size of walnuts hit vineyards across the valley on Saturday afternoon. The storm lasted about 20 minutes, growers said. Insurers expect claims to top 5 million euros.';
    const s = (span: string) =>
      `Walnut-sized hail battered the valley's vineyards on Saturday for roughly ${span} of an hour, and insurers expect more than 5 million euros in claims.`;
    expect(flagged(check(s('a third'), src, en), ['unsupported-span', 'unsupported-claim'])).toEqual([]);
    expect(flagged(check(s('three quarters'), src, en), ['unsupported-span', 'number-mismatch'])).not.toEqual([]);
  });
});

describe('the 181st batch: the comparatives of length are sides by their stems, not by the roots طول and قصر', () => {
  it('reads no opposite between تقصير ("negligence") and طوال ("throughout"), and still between أطول and أقصر', () => {
    const src = 'واتهم النائب عبد الله الهاجري الوزارة بإهمال أعمال الصيانة الدورية طوال ثلاث سنوات. ونفت الوزارة ذلك.';
    const s = 'وحمّل النائب عبد الله الهاجري الوزارة مسؤولية الأزمة لتقصيرها في الصيانة الدورية على مدى ثلاثة أعوام.';
    expect(antonymFlags(s, src, ar)).toEqual([]);
    expect(antonymFlags('وشهدت المعابر طوابير أقصر من المعتاد يوم الجمعة.', 'وشهدت المعابر طوابير أطول من المعتاد يوم الجمعة.', ar)).toEqual(['أقصر']);
  });
});

describe("the 181st batch: a denier named by the role the source gives them; a noun before another's role is no name", () => {
  const src =
    'وقال وزير التموين حسام الدين رشوان إن تكلفة إنتاج الرغيف تبلغ نحو 125 قرشا. واتهم عضو مجلس النواب محمود الشاذلي الحكومة بتحميل الفقراء كلفة الأزمة الاقتصادية. ونفى رشوان ذلك، مؤكدا أن القرار نوقش مع لجنة الخطة والموازنة في البرلمان قبل إعلانه. وأشار الوزير إلى أن الوزارة لن تسمح للمخابز بخفض وزن الرغيف عن 90 غراما.';
  it('gives "ونفى الوزير" the denial of رشوان, "وزير التموين" in the source, and still not to الشاذلي (deniedByOther, roleOf)', () => {
    const s = (who: string) => `ونفى ${who} ذلك، موضحا أن لجنة الخطة والموازنة في البرلمان ناقشت القرار قبل الإعلان عنه.`;
    expect(flagged(check(s('الوزير'), src, ar), ['attribution-mismatch'])).toEqual([]);
    expect(flagged(check(s('الشاذلي'), src, ar), ['attribution-mismatch'])).toEqual(['الشاذلي']);
  });
  it('reads no name in "الوزير اتهام النائب", and still in "الوزير سامي القاضي" (nameSlots)', () => {
    expect(flagged(check('ونفى الوزير اتهام النائب محمود الشاذلي للحكومة بتحميل الفقراء كلفة الأزمة.', src, ar), ['unknown-name'])).toEqual([]);
    expect(flagged(check('وقال الوزير سامي القاضي إن تكلفة إنتاج الرغيف تبلغ نحو 125 قرشا.', src, ar), ['unknown-name'])).toEqual(['سامي القاضي']);
  });
});

describe("the 181st batch: the future's س after و or ف (text/stem.ts proclitic)", () => {
  it('reads وستتغير as تتغير, so a negation the claim drops is seen; وسيارة stays a car', () => {
    expect(tokenize('وستتغير')[0].alt).toBe('تتغير');
    expect(tokenize('فسيتغير')[0].alt).toBe('يتغير');
    expect(tokenize('وسيارة')[0].alt).toBe(tokenize('سيارة')[0].stem);
    const src = 'وأوضح الوزير أن حصة الفرد لن تتغير.';
    expect(flagged(check('وستتغير حصة الفرد.', src, ar), ['negation-mismatch'])).toEqual(['وستتغير']);
  });
});

describe('the 184th batch: a capital for its government, and a capital as a place', () => {
  const src = 'The Philippine government said on Sunday it had released 1.2 billion pesos in emergency aid for the Bicol region.';
  const s = (who: string) => `The government has freed up 1.2 billion pesos in emergency funds for Bicol, ${who} said on Sunday.`;
  it('reads "officials in Manila" as the Philippine government (entities.json capitals; attribution capitalForCountry)', () => {
    expect(flagged(check(s('officials in Manila'), src, en), ['unknown-name', 'attribution-mismatch'])).toEqual([]);
    const withManila = `${src} Social Welfare Undersecretary Ramon Dizon told reporters in Manila that about 180,000 food packs had been delivered.`;
    expect(flagged(check(s('officials in Manila'), withManila, en), ['attribution-mismatch'])).toEqual([]);
    expect(flagged(check(s('officials in Jakarta'), src, en), ['unknown-name', 'attribution-mismatch'])).not.toEqual([]);
  });
  it("does not take a capital in a place's slot for its country (entities.json capitalAsPlace)", () => {
    const dutch =
      'A Dutch court ruled on Wednesday that the government of the Netherlands must cut nitrogen emissions faster, in a case brought by Greenpeace.';
    expect(flagged(check('A court in Amsterdam ruled on Wednesday that the state must cut nitrogen emissions faster.', dutch, en), ['unknown-name'])).toEqual([
      'Amsterdam',
    ]);
  });
});

describe('the 184th batch: "a" before a scale is one of it ("more than a million tonnes")', () => {
  it('reads a million, a thousand, a hundred thousand; another quarter of a million is 250,000', () => {
    const v = (s: string) => quantities(tokenize(s)).map((q) => q.value);
    expect(v('more than a million tonnes')).toEqual([1000000]);
    expect(v('a thousand jobs and a hundred thousand homes')).toEqual([1000, 100000]);
    expect(v('with another quarter of a million due by Wednesday')).toEqual([250000]);
    expect(v('a man and a woman')).toEqual([]);
  });
  it('holds "more than one million tonnes" to the source\'s "more than a million tonnes", and a difference cued past a hedge', () => {
    const src =
      'Production is expected to reach about 650,000 tonnes, still well below the record of more than a million tonnes harvested in 2020/21, the board said.';
    const s = (n: string) => `The board expects about 650,000 tonnes, far short of the more than ${n} tonnes reaped in 2020/21.`;
    expect(numberFlags(s('one million'), src, en)).toEqual([]);
    expect(numberFlags(s('two million'), src, en)).not.toEqual([]);
    const price = 'Cocoa farmers in Ghana will be paid 3,625 cedis per bag from October 3, up from 2,600 cedis, the Ghana Cocoa Board said.';
    const p = (n: string) => `Farmers will be paid 3,625 cedis per bag, up from 2,600 cedis, an increase of just over ${n} cedis.`;
    expect(numberFlags(p('a thousand'), price, en)).toEqual([]);
    expect(numberFlags(p('two thousand'), price, en)).not.toEqual([]);
  });
});

describe('the 181st batch, in English: half a unit ("half a metre", "half an hour") is 0.5 of it', () => {
  it('reads half a metre as 50 centimetres and 480 millimetres, half an hour as 30 minutes, and not another figure', () => {
    const river = 'The river level at Khartoum reached 17.2 metres, about half a metre above flood level.';
    const s = (n: number) => `The river rose to 17.2 metres, about ${n} centimetres above flood level.`;
    expect(numberFlags(s(50), river, en)).toEqual([]);
    expect(numberFlags(s(80), river, en)).not.toEqual([]);
    const rain = 'In parts of Benguet, 480 millimetres of rain fell in 24 hours, the forecaster said.';
    expect(numberFlags('Nearly half a metre of rain fell in a single day in parts of Benguet, the forecaster said.', rain, en)).toEqual([]);
    expect(numberFlags('The meeting lasted half an hour.', 'The meeting lasted 30 minutes.', en)).toEqual([]);
    expect(numberFlags('The meeting lasted half an hour.', 'The meeting lasted 45 minutes.', en)).not.toEqual([]);
  });
});

describe('the 185th batch: the remaining ones are a difference (الباقين، المتبقين, remaining)', () => {
  it('reads "الألف والمئة الباقين" and "the remaining 1,100" as 4,200 less 3,100, and not another figure', () => {
    const src =
      'استفاد 4200 سجين من عفو رئاسي يوم الأربعاء، سيغادر منهم 3100 سجين السجن على الفور، فيما تخفض عقوبات البقية جزئيا، بحسب المدير العام لإدارة السجون.';
    const s = (n: string) => `وسيغادر ثلاثة آلاف ومئة منهم السجن على الفور بينما تُخفَّض عقوبات ${n} الباقين جزئياً.`;
    expect(numberFlags(s('الألف والمئة'), src, ar)).toEqual([]);
    expect(numberFlags(s('الألف والمئتين'), src, ar)).not.toEqual([]);
    const src2 = 'A total of 4,200 prisoners benefited from the pardon, of whom 3,100 will be released at once and the rest will have their sentences reduced.';
    const e = (n: string) => `Some 3,100 will walk free at once, while the remaining ${n} will have their sentences cut.`;
    expect(numberFlags(e('1,100'), src2, en)).toEqual([]);
    expect(numberFlags(e('1,300'), src2, en)).not.toEqual([]);
  });
});

describe('older fresh batches: a strike begun is work stopped (antonyms.ts stoppedWork)', () => {
  it('reads "توقف القضاة … عن العمل" as no opposite of "بدأ القضاة إضرابا", and still of "بدأ القضاة العمل"', () => {
    const s = 'توقف القضاة في تونس عن العمل منذ الاثنين في جميع المحاكم.';
    expect(antonymFlags(s, 'بدأ القضاة في تونس يوم الاثنين إضرابا عن العمل لمدة سبعة أيام في جميع المحاكم.', ar)).toEqual([]);
    expect(
      antonymFlags('توقف القضاة في تونس عن العمل منذ الاثنين في المحاكم الجديدة.', 'بدأ القضاة في تونس يوم الاثنين العمل في المحاكم الجديدة.', ar),
    ).toEqual(['توقف']);
  });
});

describe("the 187th batch: a genitive with ل glued after a role's noun is no surname (nameSlots)", () => {
  it('reads no name in "رئيس جمعية لوكلاء الأسفار", and still one in "رئيس الجمعية سمير …"', () => {
    const src = 'واتهم يوسف بن عبد الله العلمي، رئيس إحدى جمعيات وكلاء الأسفار في المغرب، الناقلة القطرية ببيع تذاكرها بأقل من كلفتها.';
    const s = 'ورفض الكواري اتهام يوسف بن عبد الله العلمي، رئيس جمعية لوكلاء الأسفار في المغرب، للناقلة ببيع تذاكرها بأقل من كلفتها.';
    expect(flagged(check(s, src, ar), ['unknown-name'])).toEqual([]);
    expect(flagged(check('وقال رئيس الجمعية سمير الكتاني إن الناقلة تبيع تذاكرها بأقل من كلفتها.', src, ar), ['unknown-name'])).not.toEqual([]);
  });
});

describe('the 185th batch: وفقاً inside a clause is "in line with", no attribution (reporting.json openersAfterPunctuation)', () => {
  it('reads no speaker in "ستراجع القرار نهاية أيلول وفقاً لمستويات الاستهلاك", and one after a comma', () => {
    const s = 'وقالت إن الوزارة ستراجع القرار نهاية أيلول/سبتمبر وفقاً لمستويات الاستهلاك.';
    expect(speakersOf(s, tokenize(s)).filter((x) => x.kind === 'named')).toEqual([]);
    const t = 'قتل عشرون شخصا في القصف، وفقاً لمصادر طبية.';
    expect(speakersOf(t, tokenize(t)).filter((x) => x.kind !== 'pronoun').length).toBe(1);
    expect(errorsOf(freshFaithful('b185-ar-3-jordan-water-rationing'), ['attribution-mismatch'])).toEqual([]);
  });
});

describe("the 189th batch: a verb of change with the future's س (سترفع) before a bare amount", () => {
  it('reads "سترفع … عشرين فلساً" as 105 less 85 فلسا, and not thirty', () => {
    const src = 'أعلنت وزارة المالية الكويتية يوم الأحد خطة يرتفع بموجبها سعر لتر البنزين الممتاز من 85 فلساً إلى 105 فلوس.';
    const s = (n: string) => `سترفع الكويت سعر لتر البنزين الممتاز ${n} فلساً مع مطلع أبريل.`;
    expect(numberFlags(s('عشرين'), src, ar)).toEqual([]);
    expect(numberFlags(s('ثلاثين'), src, ar)).not.toEqual([]);
  });
});

/** What saidBy gives the speaker of s whose phrase has the word, as text. */
function scopeOf(s: string, word: string): string {
  const tokens = tokenize(s);
  const sp = speakersOf(s, tokens);
  const [a, b] = saidBy(s, tokens, sp)[sp.findIndex((x) => x.tokens.some((t) => t.text === word))];
  return tokens
    .slice(a, b)
    .map((t) => t.text)
    .join(' ');
}
