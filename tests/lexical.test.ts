import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { check } from './checked.js';
import { quantities } from '../src/text/numbers.js';
import { tokenize, makeToken } from '../src/text/tokenize.js';
import { analyze } from '../src/text/document.js';
import { checkWithDecisions } from '../src/check/check.js';
import { FEATURES } from '../src/check/features.js';
import { thresholdFor } from '../src/check/model.js';
import { setArabicWords, loadArabicWords, SortedLines, arabicWords, inArabicWords } from '../src/text/arabic-words.js';

// Issue 22's lexical failures: faithful restatements that drew errors, and polarity that drew none.
// Each pair below is written as an editor would write it; each faithful one must stay clean and each
// changed one must still be flagged.

/** The words that one rule flags (error or warning) in a summary checked against a source. */
const flaggedBy = (rule: string) => (summary: string, source: string) =>
  check(summary, source)
    .flags.filter((f) => f.severity !== 'info' && f.rule === rule)
    .map((f) => f.text);
const values = (s: string) => quantities(tokenize(s)).map((q) => q.value);

describe('a pronoun\'s "one" counts nothing (number-mismatch)', () => {
  it('reads no "one" in "arrested no one" or "every one of", and still reads "some one hundred"', () => {
    expect(values('Police had questioned one driver and arrested no one')).toEqual([]);
    expect(values('every one of the 12 pupils')).toEqual([12]);
    expect(values('some one hundred people')).toEqual([100]);
  });
});

describe('numbers in words (number-mismatch)', () => {
  const numbers = flaggedBy('number-mismatch');
  it('reads "the two" before a noun as the pair the source names, unless the source counts that noun', () => {
    expect(numbers('Side effects were similar in the two groups.', 'Side effects were similar in the drug and placebo groups.')).toEqual([]);
    expect(numbers('The two companies merged.', 'The three companies merged.')).toEqual(['two']);
    expect(numbers('Two people died.', 'Three people died.')).toEqual(['Two']);
  });
  it('reads Arabic compounds as one figure: a group after a scale starts again, ونصف المليون is half of it', () => {
    // digits after a scale and و, then a smaller scale (مليون و190 ألف: a twelfth-batch fresh pair's 1.19 مليون)
    expect(values('نحو مليون و190 ألف ناخب')).toEqual([1_190_000]);
    expect(values('من أصل قرابة ثلاثة ملايين و790 ألف ناخب')).toEqual([3_790_000]);
    expect(values('عشرة آلاف و400 شخص')).toEqual([10_400]);
    // English "and a half" after a number in words (two and a half years: 30 months)
    expect(values('around two and a half years')).toEqual([2.5]);
    expect(values('two and a half million people')).toEqual([2_500_000]);
    // "and" inside an English number in words: one hundred and fifty, two thousand and five; not a range
    expect(values('one hundred and fifty people')).toEqual([150]);
    expect(values('two thousand and five')).toEqual([2005]);
    expect(values('between one hundred and two hundred')).toEqual([100, 200]);
    // groups closed by a scale: one thousand four hundred (read 100,400 before), one million two hundred thousand
    expect(values('down from one thousand four hundred seats')).toEqual([1400]);
    expect(values('one million two hundred thousand')).toEqual([1_200_000]);
    expect(values('two hundred thousand')).toEqual([200_000]);
    // Arabic decimals in words after فاصلة, and a dual beside its singular in the accusative
    expect(values('من ثلاثة فاصلة اثنين في المئة قبل عام')).toEqual([3.2]);
    expect(values('مليونان ومئتا ألف')).toEqual([2_200_000]);
    expect(values('مليونين ومئتي ألف')).toEqual([2_200_000]);
    expect(values('ثلاثة ملايين ونصف المليون')).toEqual([3_500_000]);
    expect(values('ثلاثة ملايين وخمسمئة ألف')).toEqual([3_500_000]);
    // the readings that were right stay right
    expect(values('مليون ونصف')).toEqual([1_500_000]);
    expect(values('ألف ومئتان')).toEqual([1200]);
    expect(values('ثلاث مئة وستين')).toEqual([360]);
    expect(values('خمسة وعشرون ألفا')).toEqual([25_000]);
    // an accusative scale opens a compound (يزن ألفاً ومئتي كيلوغرام: 1,200 kg, a probe's faithful restatement
    // of a source's 1200 that was a number-mismatch error); alone it stays a word (ألفا روميو)
    expect(values('يزن ألفاً ومئتي كيلوغرام')).toEqual([1200]);
    expect(values('مليوناً وخمسمئة ألف')).toEqual([1_500_000]);
    expect(values('سيارة ألفا روميو')).toEqual([]);
    expect(numbers('ويزن القمر ألفاً ومئتي كيلوغرام.', 'وقال المدير إن القمر يزن 1200 كيلوغرام.')).toEqual([]);
    expect(numbers('ويزن القمر 1200 كيلوغرام.', 'وقال المدير إن القمر يزن ألفاً ومئتي كيلوغرام.')).toEqual([]);
    const src = 'وقالت الوزارة إن عدد السكان بلغ 2.2 مليون نسمة في نهاية العام الماضي.';
    expect(numbers('بلغ عدد السكان مليونين ومئتي ألف نسمة في نهاية العام.', src)).toEqual([]);
    expect(numbers('بلغ عدد السكان مليونين وثلاثمئة ألف نسمة في نهاية العام.', src)).toEqual(['مليونين وثلاثمئة ألف']);
    const refugees = 'وقالت المفوضية إن عدد اللاجئين وصل إلى 3.5 مليون لاجئ هذا العام.';
    expect(numbers('وصل عدد اللاجئين إلى ثلاثة ملايين ونصف المليون لاجئ.', refugees)).toEqual([]);
    expect(numbers('وصل عدد اللاجئين إلى أربعة ملايين ونصف المليون لاجئ.', refugees)).toEqual(['أربعة ملايين ونصف المليون']);
  });
  it('reads Arabic ordinals of the teens (الحادي عشر، الثامنة عشرة), not their عشر as ten', () => {
    expect(values('الحادي عشر')).toEqual([11]);
    expect(values('الثامنة عشرة')).toEqual([18]);
    expect(values('القرن الحادي والعشرين')).toEqual([21]);
    // an ordinal alone is no count (الربع الثاني، العالم الثالث)
    expect(values('في الربع الثاني من العام')).toEqual([]);
    const festival = 'انطلقت الدورة الـ18 من مهرجان القاهرة السينمائي يوم الخميس.';
    expect(numbers('انطلقت الدورة الثامنة عشرة من المهرجان يوم الخميس.', festival)).toEqual([]);
    expect(numbers('انطلقت الدورة السابعة عشرة من المهرجان يوم الخميس.', festival)).toEqual(['السابعة عشرة']);
    expect(numbers('وأحيت المدينة ذكرى هجمات الحادي عشر من سبتمبر.', 'وأحيت المدينة ذكرى هجمات 11 سبتمبر بدقيقة صمت.')).toEqual([]);
    expect(numbers('وأحيت المدينة ذكرى هجمات الثاني عشر من سبتمبر.', 'وأحيت المدينة ذكرى هجمات 11 سبتمبر بدقيقة صمت.')).toEqual(['الثاني عشر']);
  });
  it('reads English nine and ninth against the digits, and a changed ordinal still counts', () => {
    expect(numbers('Nine people were killed in the attack on Monday, police said.', 'Police said 9 people were killed in the attack on Monday.')).toEqual([]);
    expect(
      numbers('Factory output fell for a ninth straight month in May.', 'Factory output fell for the 9th straight month in May, the survey showed.'),
    ).toEqual([]);
    expect(
      numbers('Factory output fell for the 9th straight month in May.', 'Factory output fell for a ninth straight month in May, the survey showed.'),
    ).toEqual([]);
    expect(
      numbers('Factory output fell for an eighth straight month in May.', 'Factory output fell for a ninth straight month in May, the survey showed.'),
    ).toEqual(['eighth']);
  });
  it('reads a fraction of a percentage point as the basis points it restates', () => {
    expect(values('a quarter of a percentage point')).toEqual([0.25]);
    expect(values('half a percentage point')).toEqual([0.5]);
    expect(values('a quarter-point cut')).toEqual([0.25]);
    expect(values('ربع نقطة مئوية')).toEqual([0.25]);
    // "half a point" in a game is no rate
    expect(values('they lost by half a point')).toEqual([]);
    const bp = 'The central bank raised its main interest rate by 25 basis points on Thursday.';
    expect(numbers('The bank raised its main rate by a quarter of a percentage point.', bp)).toEqual([]);
    expect(numbers('The bank raised its main rate by 0.25 percentage points.', bp)).toEqual([]);
    expect(numbers('The bank raised its main rate by half a percentage point.', bp)).toEqual(['half a percentage point']);
    const quarter = 'The bank raised its main interest rate by a quarter of a percentage point on Thursday.';
    expect(numbers('The central bank raised its main interest rate by 25 basis points.', quarter)).toEqual([]);
    expect(numbers('The central bank raised its main interest rate by 50 basis points.', quarter)).toEqual(['50']);
    expect(numbers('رفع البنك المركزي سعر الفائدة الرئيسي 25 نقطة أساس.', 'رفع البنك المركزي سعر الفائدة الرئيسي ربع نقطة مئوية يوم الخميس.')).toEqual([]);
  });
  it('reads a proportion as one percentage (three in five, أربعة من كل عشرة, two-thirds), and a span of time as two figures', () => {
    expect(values('roughly three in five affected homes')).toEqual([60]);
    expect(values('أي ما يزيد قليلاً على أربعة من كل عشرة ناخبين')).toEqual([40]);
    expect(values('turnout of just over two-thirds')).toEqual([66.666666667]);
    expect(values('prices rose 5 in 10 days')).toEqual([5, 10]);
    const power = 'Villanueva said power had been restored to about 60 percent of affected households.';
    expect(numbers('Villanueva said electricity was back for roughly three in five affected homes.', power)).toEqual([]);
    expect(numbers('Villanueva said electricity was back for roughly two in five affected homes.', power)).toEqual(['two in five']);
    expect(numbers('Three of the five judges dissented, the court said.', 'The court said three in five judges dissented.')).toEqual([]);
    const turnout = 'وقالت المفوضية إن نسبة المشاركة بلغت 41 بالمئة في انتخابات مجالس المحافظات.';
    expect(numbers('وقالت المفوضية إن ما يزيد قليلاً على أربعة من كل عشرة ناخبين شاركوا في انتخابات مجالس المحافظات.', turnout)).toEqual([]);
    expect(numbers('Close to 190,000 residents fled the coast.', 'More than 186,000 people were evacuated from the coast.')).toEqual([]);
  });
  it('reads بأكثر من and بأقل من as hedges, and a hedged figure held in its range by a sentence outside the support set is no error', () => {
    const src =
      'وقالت دائرة الإحصاءات إن معدل التضخم السنوي تراجع إلى 1.6 بالمئة في آذار. وأوضحت الدائرة أن أسعار مجموعة النقل هبطت بنسبة 4.3 بالمئة على أساس سنوي.';
    const errors = (s: string) =>
      check(s, src)
        .flags.filter((f) => f.rule === 'number-mismatch' && f.severity === 'error')
        .map((f) => f.text);
    expect(errors('وتراجع التضخم إلى 1.6% مع انخفاض أسعار النقل بأكثر من 4%.')).toEqual([]);
    expect(errors('وتراجع التضخم إلى 1.6% مع انخفاض أسعار النقل بأكثر من 6%.')).toEqual(['6']);
  });
  it('rounds both figures of a pair under one hedge (roughly 53% to 47%, بنحو 53 في المئة مقابل 47), and nothing after another word', () => {
    const hedges = (s: string) => quantities(tokenize(s)).map((q) => q.hedge ?? '-');
    expect(hedges('She won by roughly 53% to 47% in the runoff.')).toEqual(['about', 'about']);
    expect(hedges('فاز بنحو 53 في المئة مقابل 47 في المئة.')).toEqual(['about', 'about']);
    expect(hedges('About 5 people and 7 cars were hit.')).toEqual(['about', '-']);
    const runoff = "Ortega took 52.8% of the vote to Brennan's 47.2%, unofficial results showed.";
    expect(numbers('Ortega won by roughly 53% to 47%, unofficial results showed.', runoff)).toEqual([]);
    expect(numbers('Ortega won by roughly 53% to 41%, unofficial results showed.', runoff)).toEqual(['41']);
  });
  it('reads a difference or a ratio of two source figures only when the claim says so (بزيادة، متقدماً ب، أمثال، times)', () => {
    const doses = 'وقال وزير الصحة إن الوزارة وفرت 400 ألف جرعة من اللقاح هذا العام، مقارنة بـ350 ألف جرعة في الموسم الماضي.';
    expect(numbers('ووفرت الوزارة 400 ألف جرعة من اللقاح هذا العام، بزيادة 50 ألف جرعة عن الموسم الماضي.', doses)).toEqual([]);
    expect(numbers('ووفرت الوزارة 400 ألف جرعة من اللقاح هذا العام، بزيادة 70 ألف جرعة عن الموسم الماضي.', doses)).toEqual(['70 ألف']);
    // a figure that equals the difference but is not said to be one is compared as written
    expect(numbers('ووفرت الوزارة 50 ألف جرعة من اللقاح في الموسم الماضي.', doses)).toEqual(['50 ألف']);
    const fine = 'ورفعت المحكمة الغرامة المالية المفروضة عليه من 50 ألف درهم إلى 200 ألف درهم.';
    expect(numbers('ورفعت المحكمة الغرامة إلى أربعة أمثالها لتبلغ 200 ألف درهم.', fine)).toEqual([]);
    expect(numbers('ورفعت المحكمة الغرامة إلى ثلاثة أمثالها لتبلغ 200 ألف درهم.', fine)).toEqual(['ثلاثة']);
    const runoff = 'Ortega took 52.8% of the vote against 47.2% for Brennan.';
    expect(numbers('Ortega won with a lead of about six points over Brennan.', runoff)).toEqual([]);
  });
  it('reads "a quarter" as a share where "a fifth" is one (up by almost a quarter: 25%), and "a quarter of a million" as a count', () => {
    expect(quantities(tokenize('U.S. traffic was up by almost a quarter.')).map((q) => q.value)).toEqual([25]);
    expect(quantities(tokenize('a quarter of the votes')).map((q) => q.value)).toEqual([25]);
    // (a count, as "three quarters of a million" is: 250,000, not a share of 25)
    expect(quantities(tokenize('uprooted over a quarter of a million people')).map((q) => q.value)).toEqual([250000]);
    // (as for any fraction: a third of a million is a count, a third of the votes a share)
    expect(quantities(tokenize('a third of a million people')).map((q) => Math.round(q.value))).toEqual([333333]);
    expect(quantities(tokenize('a third of the votes')).map((q) => Math.round(q.value))).toEqual([33]);
    const src = 'Chief Executive Niamh Carey said new routes had driven the increase, with U.S. traffic up by almost a quarter.';
    expect(numbers('Chief executive Niamh Carey said new routes had lifted U.S. traffic by nearly 25%.', src)).toEqual([]);
    expect(numbers('Chief executive Niamh Carey said new routes had lifted U.S. traffic by nearly 40%.', src)).toEqual(['40']);
  });
  it('reads a verb of exceeding right before a figure as a hedge (تخطت 4300 حالة for 4312; topped 4,300)', () => {
    const cases = 'قالت وزارة الصحة إن عدد الإصابات المؤكدة بالحصبة ارتفع إلى 4312 حالة منذ بداية العام.';
    expect(numbers('وقالت الوزارة إن الإصابات المؤكدة بالحصبة منذ مطلع العام تخطت 4300 حالة.', cases)).toEqual([]);
    expect(numbers('وقالت الوزارة إن الإصابات المؤكدة بالحصبة منذ مطلع العام تخطت 4500 حالة.', cases)).toEqual(['4500']);
    expect(
      numbers('Confirmed measles cases this year topped 4,300, the ministry said.', 'The ministry said confirmed measles cases this year rose to 4,312.'),
    ).toEqual([]);
  });
  it('reads a measure in another unit of its family on the source side (1,100 ميغاواط: 1.1 غيغاواط), and a unit after a figure is no name', () => {
    const src = 'ووقّعت الشركة اتفاقية لإنشاء محطة طاقة شمسية بقدرة 1,100 ميغاواط في منطقة نصر النوبة بمحافظة أسوان.';
    expect(numbers('ووقعت الشركة اتفاقاً لإقامة محطة شمسية قدرتها 1.1 غيغاواط في نصر النوبة بأسوان.', src)).toEqual([]);
    expect(numbers('ووقعت الشركة اتفاقاً لإقامة محطة شمسية قدرتها 1.2 غيغاواط في نصر النوبة بأسوان.', src)).toEqual(['1.2']);
    const en = 'The company signed a deal to build a 1,100-megawatt solar plant near Aswan, with 300 megawatts of storage.';
    expect(numbers('The company will build a 1.1 GW solar plant near Aswan with 0.3 GW of storage.', en)).toEqual([]);
    expect(flaggedBy('unknown-name')('The company will build a 1.1 GW solar plant near Aswan with 0.3 GW of storage.', en)).toEqual([]);
    expect(numbers('The lorry carried 2.5 tonnes of flour 3.5 kilometres.', 'The lorry carried 2,500 kilograms of flour 3,500 metres.')).toEqual([]);
  });
  it('reads hectares as square kilometres and a quarter of the year as its three months, on the source side (a thirteenth batch of fresh pairs)', () => {
    expect(
      numbers('The fire swelled to roughly 62,000 hectares, or 620 square kilometres.', 'The fire grew overnight to about 62,000 hectares, officials said.'),
    ).toEqual([]);
    expect(
      numbers('The fire swelled to roughly 62,000 hectares, or 720 square kilometres.', 'The fire grew overnight to about 62,000 hectares, officials said.'),
    ).toEqual(['720']);
    expect(numbers('سيطلق المستكشف في الأشهر الثلاثة الأخيرة من العام المقبل.', 'أعلن المركز أن المستكشف سيُطلق في الربع الأخير من العام المقبل.')).toEqual([]);
  });
  it('reads a dual beside its singular in the accusative as two (وامتناع عضوين beside 34 عضواً), on the source side', () => {
    expect(
      numbers('وأقر المجلس الموازنة بأغلبية 34 صوتاً مقابل 9 وامتناع اثنين.', 'وصوّت 34 عضواً لصالح الموازنة مقابل معارضة تسعة أعضاء وامتناع عضوين عن التصويت.'),
    ).toEqual([]);
    expect(
      numbers('وأقر المجلس الموازنة بأغلبية 34 صوتاً مقابل 9 وامتناع ثلاثة.', 'وصوّت 34 عضواً لصالح الموازنة مقابل معارضة تسعة أعضاء وامتناع عضوين عن التصويت.'),
    ).toEqual(['ثلاثة']);
  });
  it('reads a dual with no singular beside it as two (برخصتين، عضوين), not a sound plural (المهندسين، اللاجئين، الفلسطينيين)', () => {
    const licences = 'وحصلت شركة الرافدين للاتصالات على رخصتين مقابل 31 مليار دينار في المزاد.';
    expect(numbers('وفازت الرافدين باثنتين من الرخص مقابل 31 مليار دينار.', licences)).toEqual([]);
    expect(numbers('وفازت الرافدين بثلاث من الرخص مقابل 31 مليار دينار.', licences)).toEqual(['بثلاث']);
    const vote = 'وأقر المجلس القانون بأغلبية 40 صوتاً مقابل 6 وامتناع عضوين عن التصويت.';
    expect(numbers('وأيد القانون 40 نائباً وعارضه 6 وامتنع اثنان.', vote)).toEqual([]);
    expect(numbers('وأيد القانون 40 نائباً وعارضه 6 وامتنع ثلاثة.', vote)).toEqual(['ثلاثة']);
    for (const plural of ['المهندسين', 'اللاجئين', 'الفلسطينيين'])
      expect(numbers(`والتقى الوزير اثنين من ${plural} في المدينة.`, `والتقى الوزير ${plural} في المدينة.`)).toEqual(['اثنين']);
  });
  it('reads a share before a span of time as that share of it (ربع قرن: 25 years), not عشر سنوات nor ونصف يوم', () => {
    expect(values('اتفاقية لمدة ربع قرن')).toEqual([0.25]);
    expect(values('منذ نصف قرن')).toEqual([0.5]);
    expect(values('أطفال دون عشر سنوات')).toEqual([10]);
    const src = 'ووقّعت الشركة اتفاقية لشراء الطاقة مدتها 25 عاماً مع تحالف تقوده شركة سنا.';
    expect(numbers('ووقّعت الشركة اتفاقية لشراء الطاقة لمدة ربع قرن مع تحالف تقوده شركة سنا.', src)).toEqual([]);
    expect(numbers('ووقّعت الشركة اتفاقية لشراء الطاقة لمدة نصف قرن مع تحالف تقوده شركة سنا.', src)).toEqual(['نصف']);
  });
  it('reads a span with no figure in other units on the source side (in a year: twelve months; خلال عام: 12 شهرا)', () => {
    const cut = 'The central bank cut interest rates for the fifth time in a year on Thursday.';
    expect(numbers('The central bank made its fifth rate cut in twelve months on Thursday.', cut)).toEqual([]);
    expect(numbers('The central bank made its fifth rate cut in ten months on Thursday.', cut)).toEqual(['ten']);
    const ar = 'وخفض البنك المركزي أسعار الفائدة للمرة الخامسة خلال عام يوم الخميس.';
    expect(numbers('وخفض البنك المركزي الفائدة للمرة الخامسة في 12 شهرا يوم الخميس.', ar)).toEqual([]);
  });
  it('reads digits after a scale and و, and an accusative scale before ونصف, as one figure', () => {
    expect(values('تجاوز عدد الإصابات عشرة آلاف و400 إصابة')).toEqual([10_400]);
    expect(values('شحنة تضم مليوناً ونصف المليون جرعة')).toEqual([1_500_000]);
  });
  it('reads a figure the source writes as an ordinal, a century or a multiplier (source side only)', () => {
    const age = 'وقال مدير الأوبئة إن معظم الحالات سجلت لدى أطفال دون سن العاشرة لم يتلقوا اللقاح.';
    expect(numbers('وأغلب المصابين أطفال تقل أعمارهم عن عشر سنوات لم يتلقوا اللقاح.', age)).toEqual([]);
    expect(numbers('وأغلب المصابين أطفال تقل أعمارهم عن ثماني سنوات لم يتلقوا اللقاح.', age)).toEqual(['ثماني']);
    const drought = 'ويعاني العراق من جفاف هو الأسوأ منذ نحو قرن بعد تراجع منسوب نهري دجلة والفرات.';
    expect(numbers('ويمر العراق بأسوأ موجة جفاف منذ قرابة مئة عام مع تراجع منسوب دجلة والفرات.', drought)).toEqual([]);
    expect(numbers('ويمر العراق بأسوأ موجة جفاف منذ قرابة خمسين عاما مع تراجع منسوب دجلة والفرات.', drought)).toEqual(['خمسين']);
    expect(numbers('Officials said the drought was the worst in about 200 years.', 'The drought is the worst in two centuries, officials said.')).toEqual([]);
    const planet = 'The planet is about 1.4 times the size of Earth and circles a red dwarf every nine days.';
    expect(numbers('The planet, roughly 40% larger than Earth, circles a red dwarf every nine days.', planet)).toEqual([]);
    expect(numbers('The planet, roughly 60% larger than Earth, circles a red dwarf every nine days.', planet)).toEqual(['60']);
    // a span of time in another unit, and a score told in words
    expect(
      numbers('Thailand and Cambodia prolonged their truce by three months.', 'Thailand and Cambodia agreed to extend the truce for another 90 days.'),
    ).toEqual([]);
    expect(
      numbers('Thailand and Cambodia prolonged their truce by four months.', 'Thailand and Cambodia agreed to extend the truce for another 90 days.'),
    ).toEqual(['four']);
    const derby = 'تغلب الوداد على الرجاء بهدفين مقابل هدف واحد مساء السبت.';
    expect(numbers('فاز الوداد على الرجاء 2-1 مساء السبت.', derby)).toEqual([]);
    expect(numbers('فاز الوداد على الرجاء 3-1 مساء السبت.', derby)).toEqual(['3']);
    // a claim's own ordinal is no count, and عقد (also "contract") is no decade on the source side
    expect(
      numbers(
        'وقضت المحكمة بسجن المدير عشر سنوات بعد إدانته بتلقي رشى مقابل عقود صيانة.',
        'وقضت المحكمة بسجن المدير سبع سنوات بعد إدانته بتلقي رشى مقابل عقود صيانة.',
      ),
    ).toEqual(['عشر']);
  });
});

describe('negation idioms (negation-mismatch)', () => {
  const negation = flaggedBy('negation-mismatch');
  const errors = (summary: string, source: string) =>
    check(summary, source)
      .flags.filter((f) => f.severity === 'error')
      .map((f) => `${f.rule}: ${f.text}`);
  it('a bound, a ballot, a shortfall and عدم with a preposition are no negation to compare (a twelfth batch of fresh editor pairs)', () => {
    // لا يقل عن "no less than" is "at least"
    expect(negation('لقي ما لا يقل عن 27 شخصاً حتفهم جراء السيول.', 'أودت السيول بحياة 27 شخصاً على الأقل.')).toEqual([]);
    // a jussive verb of reaching after لم caps the figure: لم تتعدَّ النسبة نحو 18% for بنحو 18 في المئة فقط
    expect(negation('بينما لم تتعدَّ نسبة المشاركة في عمّان نحو 18%.', 'وحلّت العاصمة عمّان في ذيل القائمة بنسبة مشاركة بلغت نحو 18 في المئة فقط.')).toEqual([]);
    // لعدم ثبوت "for want of proof" restates لم يثبت
    expect(
      negation('وبرّأت المحكمة موظفَين تقنيين لعدم ثبوت علمهما بتضخيم الفواتير.', 'وبرّأت المحكمة موظفَين تقنيين وقالت إنه لم يثبت علمهما بتضخيم الفواتير.'),
    ).toEqual([]);
    // "voted no" is a ballot's answer; "no vote was held" still negates
    expect(
      negation(
        'Michael Torres, who voted no, said the board was cutting the subjects.',
        'Michael Torres, who voted against the plan, said the board was cutting the subjects.',
      ),
    ).toEqual([]);
    expect(negation('No vote was held on the plan.', 'A vote was held on the plan on Tuesday.')).toEqual(['No vote']);
    // "fell short of" says "not" without a cue, on either side
    expect(
      negation(
        'No candidate won a majority in the mayoral race on Tuesday.',
        'Maria Delgado led the mayoral race on Tuesday but fell short of the majority needed to win outright.',
      ),
    ).toEqual([]);
    expect(
      negation("The union said the offer fell short of covering last year's inflation.", "The union said the offer does not cover last year's inflation."),
    ).toEqual([]);
  });
  it("draws no evidence from a claim's negated paraphrase when its best sentence negates too (إذا لم يُضبط for إن لم يُنظَّم)", () => {
    // (a twelfth-batch fresh pair: the claim's negation drew negation evidence, p 0.93, an error)
    const negationEvidence = (src: string) =>
      checkWithDecisions(
        analyze('ونبّه خبير المياه رعد الحسني إلى خطر استنزاف المياه الجوفية إذا لم يُضبط استخدامها في الري.', { prefix: 's', claims: true, lang: 'ar' }),
        analyze(src, { prefix: 't', lang: 'ar' }),
        { summaryLang: 'ar', sourceLang: 'ar' },
      ).decisions.map((x) => Math.max(x.features[FEATURES.indexOf('negation')], x.features[FEATURES.indexOf('negationUnsaid')]));
    const next = ' ولم تعلن الوزارة بعد خطة زراعية للموسم المقبل.';
    expect(
      negationEvidence(
        'وحذّر خبير الموارد المائية رعد الحسني من أن الاعتماد على المياه الجوفية في الري بالرش "قد يستنزف الخزانات الجوفية خلال سنوات إن لم يُنظَّم".' + next,
      ),
    ).toEqual([0]);
    // against the sentence without its negation, the claim's negated paraphrase is evidence
    expect(
      negationEvidence('وحذّر خبير الموارد المائية رعد الحسني من أن الاعتماد على المياه الجوفية في الري بالرش "قد يستنزف الخزانات الجوفية خلال سنوات".' + next),
    ).toEqual([1]);
  });
  it("reads a negation through a synonym of its verb (لا يشمل for a claim's تسري) and a side said in another sentence of the support set", () => {
    expect(
      negation(
        'وتسري الرسوم على الواردات القادمة من الاتحاد الأوروبي وتركيا.',
        'وأوضحت الوزارة أن القرار لا يشمل الواردات القادمة من دول الاتحاد الأوروبي ولا من تركيا.',
      ),
    ).toEqual(['وتسري']);
    // "not shrinking" is the chief executive's own quoted words, beside a best sentence about the cuts (a thirteenth-batch
    // fresh pair, its source whole)
    const claim =
      'Chief executive Katrin Albers told analysts the company was not shrinking but moving people and money to where its customers were heading, and said it would recruit about 400 machine-learning engineers while cutting mainly sales and administrative posts in Germany, Ireland and India.';
    expect(negation(claim, LAYOFFS_SOURCE)).toEqual([]);
  });
  it("reads a claim's negation as sourced by the sentence beside its support, by root (دون تسجيل حوادث for لم تسجل أي حوادث)", () => {
    const src =
      'وقال المتحدث باسم الديوانة التونسية، العقيد هشام الورغي، إن أكثر من 4000 مسافر عبروا المنفذ في الساعات الأولى بعد إعادة فتحه. وأضاف أن السلطات "لم تسجل أي حوادث"، لكنه توقع ازدحاماً خلال الأيام المقبلة.';
    expect(negation('وأفاد العقيد هشام الورغي بأن ما يزيد على أربعة آلاف مسافر اجتازوا المنفذ في الساعات الأولى دون تسجيل حوادث.', src)).toEqual([]);
    // a negation that no sentence near the support says is still added
    expect(
      negation(
        'وأفاد العقيد هشام الورغي بأن ما يزيد على أربعة آلاف مسافر اجتازوا المنفذ في الساعات الأولى دون تسجيل حوادث.',
        'وقال المتحدث باسم الديوانة التونسية، العقيد هشام الورغي، إن أكثر من 4000 مسافر عبروا المنفذ في الساعات الأولى بعد إعادة فتحه، وسجلت السلطات حوادث عدة.',
      ),
    ).toEqual(['دون تسجيل']);
  });
  it('reads a negation through "yet" to the word it negates ("had not yet received guarantees")', () => {
    const src = 'Rebel spokesman Lam Gatwech said the movement had not yet received guarantees on the release of 120 detainees, a key demand.';
    expect(negation('The rebels said they had received guarantees that 120 detainees would be freed.', src)).toEqual(['received']);
    expect(negation('The rebels said they had not yet received guarantees that 120 detainees would be freed.', src)).toEqual([]);
  });
  it('reads bounds, limits and a word said plainly beside its negation (a thirteenth batch of fresh editor pairs)', () => {
    // لا يزيد على is "no more than", as لا يتجاوز; "prices do not rise" still negates
    expect(
      negation(
        'وقال إن المخزون في السدود لا يزيد على 8 مليارات متر مكعب.',
        'وقال المتحدث إن الزيادة خطوة إيجابية، مشيراً إلى أن مخزون السدود لا يتجاوز ثمانية مليارات متر مكعب.',
      ),
    ).toEqual([]);
    expect(negation('وقال إن أسعار الخبز لا تزيد هذا العام.', 'وقال الوزير إن أسعار الخبز تزيد هذا العام بنسبة كبيرة.')).toEqual(['لا تزيد']);
    expect(negation('No more than 20 people attended the meeting.', 'About 20 people attended the meeting on Tuesday.')).toEqual([]);
    // "No. 131" is the sign of a number; "no 131 cases" still negates
    expect(
      negation('World No. 131 Tereza Novakova won her first title in Rabat.', 'Tereza Novakova, ranked 131st in the world, won her first title in Rabat.'),
    ).toEqual([]);
    // and a cue whose verb is followed by "more than" (لن يستمر أكثر من أربع سنوات, "did not last more than")
    expect(negation('وقال الأمير إن التعليق لن يستمر أكثر من أربع سنوات.', 'وقال الأمير إن التعليق سيستمر أربع سنوات على الأكثر.')).toEqual([]);
    expect(negation('The suspension did not last more than four years.', 'The suspension lasted four years at most.')).toEqual([]);
    // a negated permission of more than a figure is a limit, as the source's permitted speed
    expect(
      negation(
        'وتجاوز السائق شاحنة بسرعة 120 كيلومتراً في الساعة على مقطع لا يُسمح فيه بأكثر من 90.',
        'وتجاوز السائق شاحنة بسرعة تقدر بنحو 120 كيلومتراً في الساعة، بينما لا تتجاوز السرعة المسموح بها على هذا المقطع 90 كيلومتراً في الساعة.',
      ),
    ).toEqual([]);
    // the claim restates the plain word (تشديد الرقابة), not the negated one after it (دون رقابة); alone, it drops it
    expect(
      negation(
        'ودعا النائب خالد البطوش الحكومة إلى تشديد الرقابة على حافلات نقل العمال.',
        'وقال النائب خالد البطوش إن الحكومة مطالبة بتشديد الرقابة على حافلات نقل العمال التي يعمل معظمها دون رقابة حقيقية.',
      ),
    ).toEqual([]);
    expect(negation('وقال النائب إن حافلات نقل العمال تعمل تحت رقابة حقيقية.', 'وقال النائب إن حافلات نقل العمال تعمل دون رقابة حقيقية.')).toEqual(['رقابة']);
  });
  it("reads a negated verb through its synonym (لم يتطرق for a claim's تناول: a twelfth-batch fresh pair's planted polarity)", () => {
    const src = 'وأكد البيان التزام البلدين بتعزيز التجارة. ولم يتطرق البيان إلى ملف الحدود البحرية المتنازع عليه بين البلدين.';
    expect(negation('وتناول البيان المشترك النزاع على الحدود البحرية بين البلدين.', src)).toEqual(['وتناول']);
    expect(negation('ولم يتناول البيان المشترك النزاع على الحدود البحرية بين البلدين.', src)).toEqual([]);
  });
  it('reads a negation elsewhere in the support set as dropped only when the best sentence lacks the negated word, by root or synonym', () => {
    // the ministry's silos received (استلمت) 2.1 million tonnes; a farmer did not receive (لم نتسلم) a dinar: not dropped
    const src =
      'وقال المزارع جاسم الجبوري: "سلّمنا محصولنا منذ ثلاثة أسابيع ولم نتسلم ديناراً واحداً حتى الآن". من جهتها، قالت وزارة التجارة إن صوامعها استلمت حتى الآن 2.1 مليون طن من القمح.';
    expect(negation('وفي حين تسلّمت صوامع وزارة التجارة 2.1 مليون طن من القمح حتى الآن.', src)).toEqual([]);
  });
  it("reads a claim's negation as what a verb of denial reports, however far its speaker puts it from its أن/that", () => {
    const src =
      'عمّان (الجزيرة) - نفى وزير الطاقة الأردني سامر الخطيب، الأحد، أن تكون الحكومة قد قررت رفع أسعار المحروقات مطلع الشهر المقبل، واصفاً ما تداولته المواقع بأنه شائعات.';
    expect(negation('وأكد أن الحكومة لم تتخذ أي قرار برفع أسعار المحروقات الشهر المقبل.', src)).toEqual([]);
    expect(
      negation(
        'He said the government had not decided to raise fuel prices next month.',
        'The energy minister of Jordan, Samer al-Khatib, on Sunday strongly denied that the government had decided to raise fuel prices next month.',
      ),
    ).toEqual([]);
    // the denial reports its own clause: a negation of what another verb reports is still flagged
    expect(negation('قال الوزير إن اللجنة لم تجتمع أمس.', 'نفى الوزير أن تكون الحكومة قد قررت رفع الأسعار. وأضاف الوزير أن اللجنة اجتمعت أمس.')).toEqual([
      'لم تجتمع',
    ]);
  });
  it('finds the negation a claim restates in another sentence of its support, a denial included', () => {
    // (a probe pair of the dev set, written by an editor: the support's best sentence is not the denial)
    const src = readFileSync('probes/dev/ar09_saqqara_tomb/source.txt', 'utf8');
    expect(negation('وأكد الأمين العام للمجلس الأعلى للآثار هشام عبد الحميد أن المقبرة لم تطلها أيدي اللصوص قديماً، إذ كان مدخلها محكم الإغلاق.', src)).toEqual(
      [],
    );
    // a negation of what the support affirms is still one
    expect(negation('وأكد عبد الحميد أن المقبرة لم تكن لرجل يدعى ني كاو بتاح.', src)).toEqual(['لم تكن']);
  });
  it('reads دون before a level, an expectation or a figure as "below", and elsewhere still as "without"', () => {
    expect(negation('جاء النمو دون التوقعات في الربع الثالث.', 'جاء النمو الاقتصادي أقل من التوقعات في الربع الثالث من العام.')).toEqual([]);
    expect(negation('جاء النمو أقل من التوقعات في الربع الثالث.', 'جاء النمو الاقتصادي دون التوقعات في الربع الثالث من العام.')).toEqual([]);
    expect(negation('وظل التضخم دون مستوى 2 في المئة.', 'وظل التضخم أقل من مستوى 2 في المئة الذي يستهدفه البنك.')).toEqual([]);
    // "without": an added negation
    expect(negation('وغادر الوفد دون التوصل إلى اتفاق.', 'وغادر الوفد بعد أن توصل إلى اتفاق مع الحكومة.')).toEqual(['دون التوصل']);
  });
  it('reads "without a single defeat" as "did not lose", and a dropped negation still counts', () => {
    const src = 'The team did not lose a single match all season, the club said.';
    expect(errors('The team went through the season without a single defeat.', src)).toEqual([]);
    expect(errors('The champions finished without a single defeat in 38 games.', 'The champions did not lose any of their 38 games.')).toEqual([]);
    expect(errors('وأنهى الفريق الموسم دون هزيمة واحدة.', 'ولم يخسر الفريق أي مباراة طوال الموسم.')).toEqual([]);
    expect(errors('ولم يخسر الفريق أي مباراة طوال الموسم.', 'وأنهى الفريق الموسم دون أي هزيمة، بحسب النادي.')).toEqual([]);
    expect(negation('The team lost a single match all season.', src)).toEqual(['lost']);
  });
  it('reads لن … إلا بعد ("not until") as the negation of لن … قبل, while لا … إلا ("only") affirms', () => {
    const src = 'وقال الوزير إن القوات لن تنسحب قبل انتهاء التحقيق في الحادث.';
    expect(negation('وقال الوزير إن القوات لن تنسحب إلا بعد انتهاء التحقيق.', src)).toEqual([]);
    expect(negation('وقال الوزير إن القوات ستنسحب بعد انتهاء التحقيق.', src)).toHaveLength(1);
    // the exception that says "only" is no negation (unchanged)
    expect(negation('لم يتم تمويل سوى 15 في المئة من خطة الاستجابة.', 'تم تمويل 15 في المئة فقط من خطة الاستجابة الإنسانية.')).toEqual([]);
  });
  it('reads "has yet to" as "has not", both ways, and flags it against an affirmation', () => {
    const not = 'The company has not announced a date for the launch, a spokesman said.';
    const yet = 'The company has yet to announce a date for the launch, a spokesman said.';
    expect(negation('The company has yet to announce a date for the launch.', not)).toEqual([]);
    expect(negation('The company has not announced a date for the launch.', yet)).toEqual([]);
    expect(negation('The company has yet to announce a date for the launch.', 'The company has announced a date for the launch, a spokesman said.')).toEqual([
      'yet to announce',
    ]);
    expect(negation('The company has announced a date for the launch.', yet)).toEqual(['announced']);
    // "yet" elsewhere is no negation
    expect(negation('The company has yet another date for the launch.', 'The company has another date for the launch, a spokesman said.')).toEqual([]);
  });
});

describe('polarity carried by verbs and verdicts', () => {
  const contradictions = (summary: string, source: string) =>
    check(summary, source)
      .flags.filter((f) => f.severity === 'error' && (f.rule === 'antonym-mismatch' || f.rule === 'negation-mismatch'))
      .map((f) => f.text);
  it('denied against acknowledged (نفى/أقر)', () => {
    expect(contradictions('فيما أقرت الوزارة بوجود نقص في مخزون اللقاح.', 'ونفت الوزارة وجود أي نقص في مخزون اللقاح.')).toEqual(['أقرت']);
    expect(
      contradictions('The coach acknowledged his players were tired after the match.', 'The coach denied his players were tired after the match.'),
    ).toEqual(['acknowledged']);
    expect(contradictions('ونفت الوزارة وجود أي نقص في مخزون اللقاح.', 'ونفت الوزارة وجود أي نقص في مخزون اللقاح.')).toEqual([]);
  });
  it('compares with the support sentence that holds the opposite, not only the best one (a charge and its denial fused)', () => {
    const src =
      'وكانت النيابة العامة قد اتهمت العتيبي بتحويل أموال مخصصة لصيانة المدارس إلى شركات يملكها أقارب له. ونفى العتيبي خلال جلسات المحاكمة جميع التهم الموجهة إليه.';
    expect(contradictions('وكانت النيابة اتهمته بتحويل أموال صيانة المدارس إلى شركات أقاربه، وهي تهم أقرّ بها العتيبي طوال المحاكمة.', src)).toEqual(['أقرّ']);
    expect(contradictions('وكانت النيابة اتهمته بتحويل أموال صيانة المدارس إلى شركات أقاربه، وهي تهم نفاها العتيبي طوال المحاكمة.', src)).toEqual([]);
  });
  it('to affirm a negation is to deny (أكد أن … لا = نفى)', () => {
    const src = 'وقال مدير الوكالة إن القمر سيرصد المحاصيل والسواحل. ونفى بن زيان أن يكون للقمر أي استخدامات عسكرية.';
    expect(contradictions('وأكد مدير الوكالة بن زيان أن القمر لا يخدم أي أغراض عسكرية وأنه سيرصد المحاصيل.', src)).toEqual([]);
  });
  it('a verb that turns round what it governs, added or dropped (ترفض تطوير for تطوير; denied for said)', () => {
    // added by the claim: refused, failed, denied, ignored where the source states the thing plainly
    expect(contradictions('وقالت موسكو إنها ترفض تطوير منظومة الدفاع الجوي السورية.', 'وقالت موسكو إنها ستواصل تطوير منظومة الدفاع الجوي السورية.')).toEqual([
      'ترفض',
    ]);
    expect(
      contradictions('وفشلت الحكومة في اعتماد الميزانية الاتحادية للسنوات الثلاث المقبلة.', 'واعتمدت الحكومة الميزانية الاتحادية للسنوات الثلاث المقبلة.'),
    ).toEqual(['وفشلت']);
    expect(
      contradictions(
        'The ministry ignored the warnings of flooding in the northern provinces.',
        'The ministry heeded the warnings of flooding in the northern provinces.',
      ),
    ).toEqual(['ignored']);
    // a headline, judged on less support than a cue asks (REVERSAL_SUPPORT): the verb and what it governs
    expect(contradictions('ميركل تفشل في قيادة ألمانيا لولاية رابعة', 'أنغيلا ميركل: عالمة الكيمياء التي تقود ألمانيا لولاية رابعة')).toEqual(['تفشل']);
    // dropped by the claim: the source denies what the claim states
    expect(contradictions('وقالت أرامكو إنها سترفع أسعار البنزين الشهر المقبل.', 'ونفت أرامكو أنها سترفع أسعار البنزين الشهر المقبل.')).toEqual(['سترفع']);
    // an English verb after "to", which the claim inflects otherwise (a twelfth-batch fresh pair's planted polarity)
    expect(
      contradictions(
        'Justice Helen Okafor found the Crown had proven beyond reasonable doubt that Marchetti was aware the contract had been padded.',
        "Justice Helen Okafor said prosecutors had failed to prove beyond a reasonable doubt that Marchetti knew the contract's value had been inflated.",
      ),
    ).toEqual(['proven']);
    // the source turns it round itself (fell short, dismissed, a participle of denial): a restatement, clean
    expect(
      contradictions(
        'The initiative carried six cantons but failed to secure the double majority it needed.',
        'The initiative won six cantons but fell short of the double majority of voters and cantons needed to pass.',
      ),
    ).toEqual([]);
    expect(
      contradictions('The company denied the report about layoffs at its plant.', 'The company dismissed the report about layoffs at its plant as baseless.'),
    ).toEqual([]);
    expect(
      contradictions(
        'بينما نفى المسؤول التركي أن تكون بلاده تحبس المياه عن قصد.',
        'وقال المسؤول التركي إن بلاده تواجه الجفاف، نافياً أن تكون أنقرة تحبس المياه عمداً.',
      ),
    ).toEqual([]);
    // the same verb on both sides, or a synonym of it, is no reversal
    expect(contradictions('ورفضت المحكمة الطعن الذي قدمه الدفاع.', 'رفضت المحكمة العليا الطعن الذي قدمه فريق الدفاع.')).toEqual([]);
  });
  it('denied against admitted or confessed (نفى/اعترف)', () => {
    expect(contradictions('واعترف المتهم بتلقي الأموال من الشركة.', 'ونفى المتهم أمام المحكمة تلقي أي أموال من الشركة.')).toEqual(['واعترف']);
    expect(contradictions('ونفى المتهم تلقي الأموال من الشركة.', 'واعترف المتهم أمام المحكمة بتلقي أموال من الشركة.')).toEqual(['ونفى']);
    expect(
      contradictions(
        'The former minister admitted taking bribes from the company.',
        'The former minister denied taking bribes from the company, his lawyer said.',
      ),
    ).toEqual(['admitted']);
    expect(
      contradictions(
        'The former minister denied taking bribes from the company.',
        'The former minister confessed to taking bribes from the company, his lawyer said.',
      ),
    ).toEqual(['denied']);
    // the same side stays clean, and اعترف's root (عرف, "know") brings in no other word
    expect(contradictions('ونفى المتهم تلقي الأموال من الشركة.', 'ونفى المتهم أمام المحكمة تلقي أي أموال من الشركة.')).toEqual([]);
    // (no antonym of نفى; the denial the claim drops is the negation rule's)
    expect(flaggedBy('antonym-mismatch')('وتعرف المحققون على المتهم في الشركة.', 'ونفى المحققون التعرف على المتهم في الشركة.')).toEqual([]);
    expect(flaggedBy('negation-mismatch')('وتعرف المحققون على المتهم في الشركة.', 'ونفى المحققون التعرف على المتهم في الشركة.')).toEqual(['وتعرف']);
  });
  it('convicted against acquitted or found not guilty (أدين/برئ، تبرئة), both ways', () => {
    const convicted = 'The jury convicted the former mayor of fraud on Friday after a two-week trial.';
    const acquitted = 'The jury acquitted the former mayor of fraud on Friday after a two-week trial.';
    expect(contradictions('The jury convicted the former mayor of fraud on Friday.', acquitted)).toEqual(['convicted']);
    expect(contradictions('The jury found the former mayor not guilty of fraud on Friday.', convicted)).toEqual(['not guilty']);
    expect(
      contradictions('The former mayor was convicted of fraud on Friday.', 'The former mayor was found not guilty of fraud on Friday after a two-week trial.'),
    ).toEqual(['convicted']);
    expect(contradictions('The jury found the former mayor guilty of fraud on Friday.', acquitted)).toEqual(['guilty']);
    // "not guilty" is acquitted: no opposite, no added negation
    expect(contradictions('The jury found the former mayor not guilty of fraud on Friday.', acquitted)).toEqual([]);
    expect(contradictions('أدين رئيس البلدية السابق بتهمة الاحتيال يوم الجمعة.', 'برأت المحكمة رئيس البلدية السابق من تهمة الاحتيال يوم الجمعة.')).toEqual([
      'أدين',
    ]);
    expect(
      contradictions('قضت المحكمة بتبرئة رئيس البلدية السابق من تهمة الاحتيال.', 'قضت المحكمة بإدانة رئيس البلدية السابق بتهمة الاحتيال يوم الجمعة.'),
    ).toEqual(['بتبرئة']);
    expect(
      contradictions('قضت المحكمة بإدانة رئيس البلدية السابق بتهمة الاحتيال.', 'قضت المحكمة بإدانة رئيس البلدية السابق بتهمة الاحتيال يوم الجمعة.'),
    ).toEqual([]);
  });
  it('a positive against a negative test result (إيجابية/سلبية)', () => {
    expect(contradictions('جاءت نتيجة فحص اللاعب إيجابية.', 'وقال النادي إن نتيجة فحص كورونا للاعب جاءت سلبية.')).toEqual(['إيجابية']);
    expect(contradictions('The player tested positive for the virus on Sunday.', 'The club said the player tested negative for the virus on Sunday.')).toEqual([
      'positive',
    ]);
    expect(contradictions('The player tested negative for the virus on Sunday.', 'The club said the player tested negative for the virus on Sunday.')).toEqual(
      [],
    );
  });
  it('a negation in the second sentence of the support set, of a word the claim took from it', () => {
    const boeing =
      'Boeing will pay $200 million to settle charges that it misled investors about the 737 MAX, the SEC said on Thursday. Boeing did not admit wrongdoing in the settlement.';
    expect(contradictions('Boeing will pay $200 million to settle the charges and admitted wrongdoing.', boeing)).toEqual(['admitted']);
    expect(contradictions('Boeing will pay $200 million to settle the charges and did not admit wrongdoing.', boeing)).toEqual([]);
    const fire = 'وقالت الوزارة إن الحريق اندلع مساء الأحد في مستودع للوقود قرب الميناء. ولم يسفر الحريق عن إصابات بحسب الدفاع المدني.';
    expect(contradictions('وقالت الوزارة إن الحريق اندلع في مستودع للوقود وأسفر عن إصابات.', fire)).toEqual(['وأسفر']);
    expect(contradictions('وقالت الوزارة إن الحريق اندلع في مستودع للوقود ولم يسفر عن إصابات.', fire)).toEqual([]);
  });
});

describe('names (unknown-name)', () => {
  const names = flaggedBy('unknown-name');
  it('knows dotted initials that the source writes in lower case or spaced, and flags changed ones', () => {
    const lower = 'the hobbit was written by j.r.r. tolkien in 1937, the publisher said.';
    expect(names('The Hobbit was written by J.R.R. Tolkien in 1937.', lower)).toEqual([]);
    expect(names('The Hobbit was written by J.R.R. Tolkien in 1937.', 'The Hobbit was written by J. R. R. Tolkien in 1937, the publisher said.')).toEqual([]);
    expect(names('The Hobbit was written by J.K. Tolkien in 1937.', lower)).toEqual(['J.K.']);
  });
  it("reads a country's adjective as the country (Dutch for the Netherlands), and flags another country there", () => {
    const src = 'The buyer said it would not close any of the 41 depots in the Netherlands.';
    expect(names('The buyer will keep its 41 Dutch depots open.', src)).toEqual([]);
    const flagged = check('The buyer will keep its 41 Belgian depots open.', src).flags.filter((f) => f.document === 'summary' && f.severity === 'error');
    expect(flagged.map((f) => f.text)).toContain('Belgian');
  });
  it('reads EU as Europe and its adjective (the entities lexicon), and still flags another bloc or country', () => {
    const src = 'The deal requires the blessing of European competition regulators, the company said.';
    expect(names('The deal needs the blessing of EU competition regulators.', src)).toEqual([]);
    const flagged = check('The deal needs the blessing of American competition regulators.', src).flags.filter(
      (f) => f.document === 'summary' && f.severity === 'error',
    );
    expect(flagged.map((f) => f.text)).toContain('American');
    expect(names('The EU said it would act.', 'The bloc said it would act.')).toEqual(['EU']);
  });
});

describe('Arabic person names (unknown-name, by the Arabic word list)', () => {
  const names = flaggedBy('unknown-name');
  // name swaps written for this test: the summary gives the source's official another name
  const swaps: [string, string, string[]][] = [
    [
      'وقال المتحدث باسم البنتاغون جون كيربي إن العمليات ستستمر حتى نهاية العام.',
      'وقال المتحدث باسم البنتاغون بيتر كوك إن العمليات ستستمر حتى نهاية العام.',
      ['كيربي'],
    ],
    ['وأكد وزير الخارجية الروسي سيرغي شويغو أن موسكو لن تتراجع عن موقفها.', 'وأكد وزير الخارجية الروسي سيرغي لافروف أن موسكو لن تتراجع عن موقفها.', ['شويغو']],
    [
      'وصرح رئيس الوزراء الإسرائيلي نفتالي غانتس بأن الحكومة ستواصل العملية.',
      'وصرح رئيس الوزراء الإسرائيلي نفتالي بينيت بأن الحكومة ستواصل العملية.',
      ['غانتس'],
    ],
    [
      'ووصل الرئيس الفرنسي إيمانويل هولاند إلى الجزائر في زيارة رسمية.',
      'ووصل الرئيس الفرنسي إيمانويل ماكرون إلى الجزائر في زيارة رسمية تستمر يومين.',
      ['هولاند'],
    ],
  ];
  it.each(swaps)('flags a swapped name: %s', (summary, source, flagged) => {
    expect(names(summary, source)).toEqual(flagged);
  });
  it("reads an acronym with a possessive as the acronym (the WHO's) and the rest of a country's name as none (the Czech Republic)", () => {
    expect(
      flaggedBy('unknown-name')(
        "Fine particles hit 380 micrograms, over 25 times the WHO's daily guideline.",
        "Fine particles reached 380 micrograms per cubic metre, more than twenty-five times the World Health Organization's 24-hour guideline.",
      ),
    ).toEqual([]);
    expect(
      flaggedBy('unknown-name')(
        "Fine particles hit 380 micrograms, over 25 times the ABC's daily guideline.",
        'Fine particles reached 380 micrograms per cubic metre.',
      ),
    ).toEqual(["ABC's"]);
    expect(
      flaggedBy('unknown-name')(
        'Tereza Novakova of the Czech Republic won her maiden WTA title in Rabat.',
        'Czech qualifier Tereza Novakova won her first WTA title on Sunday in Rabat.',
      ),
    ).toEqual([]);
  });
  it('reads a name after a construct role and its genitive (مدير المشروع خالد الظاهري for سالم الكعبي)', () => {
    const src = 'وقال مدير المشروع، سالم الكعبي، إن المستكشف الذي يزن نحو عشرة كيلوغرامات سيهبط قرب القطب الجنوبي للقمر.';
    expect(names('وأوضح مدير المشروع خالد الظاهري أن المستكشف سيحط قرب القطب الجنوبي للقمر.', src)).toEqual(['خالد الظاهري']);
    expect(names('وأوضح مدير المشروع سالم الكعبي أن المستكشف سيحط قرب القطب الجنوبي للقمر.', src)).toEqual([]);
  });
  it('flags the last of a three-word name after a verb of saying whose first two the source has (سالم جمعة الكتبي for سالم جمعة النعيمي)', () => {
    const src = [
      'وقال سالم جمعة النعيمي، صاحب مزرعة للؤلؤ في رأس الخيمة، إن سعر اللؤلؤة يتراوح بين 300 و1500 درهم.',
      'وأضاف أن المزرعة استقبلت 15 ألف سائح منذ بداية العام.',
    ].join(' ');
    expect(names('وأفاد سالم جمعة الكتبي بأن سعر اللؤلؤة يتراوح بين 300 و1500 درهم.', src)).toEqual(['الكتبي']);
    expect(names('وأفاد سالم جمعة النعيمي بأن سعر اللؤلؤة يتراوح بين 300 و1500 درهم.', src)).toEqual([]);
    // (an institution's words after the verb are no name: وزارة الداخلية الكويتية يوم الاثنين)
    const ministry = 'قالت وزارة الداخلية الكويتية أمس إنها ركبت 250 كاميرا جديدة.';
    expect(names('ذكرت وزارة الداخلية الكويتية يوم الاثنين أنها ركبت 250 كاميرا جديدة.', ministry)).toEqual([]);
  });
  it('flags a surname that the source gives the same first name otherwise, after a role, though it is a dictionary word', () => {
    // (a twelfth batch of fresh editor pairs: العلمي "scientific" and الفاتح "the conqueror" drew nothing)
    expect(
      names(
        'وأعلن محامي الدفاع يوسف العلمي عزمه الطعن أمام محكمة النقض.',
        'وقال محامي الدفاع، يوسف بنكيران، للصحفيين عقب النطق بالحكم إنه سيطعن في القرار أمام محكمة النقض.',
      ),
    ).toEqual(['العلمي']);
    const bookfair = 'ومنحت لجنة التحكيم جائزة المعرض لأفضل رواية للكاتب السوداني عمر الطيب عن روايته "ضفاف الرماد".';
    expect(names('ونال الروائي السوداني عمر الفاتح جائزة المعرض لأفضل رواية.', bookfair)).toEqual(['الفاتح']);
    expect(names('ونال الروائي السوداني عمر الطيب جائزة المعرض لأفضل رواية.', bookfair)).toEqual([]);
    // a genitive after a construct role is no first name when the source has the next word with ل (للصليب: ل + الصليب)
    expect(
      names(
        'وأوضحت كاترين موريل، رئيسة بعثة الصليب الأحمر في اليمن، أن النقل سيبدأ قريباً.',
        'وقالت رئيسة بعثة اللجنة الدولية للصليب الأحمر في اليمن، كاترين موريل، إن النقل سيبدأ خلال ثلاثة أسابيع.',
      ),
    ).toEqual([]);
    // a verb after a role keeps its object: الوزير يعتزم (not a given name) is no name
    expect(names('وقال إن الوزير يعتزم الاستقالة الأسبوع المقبل.', 'وقال إن الوزير يعتزم تقديم استقالته الأسبوع المقبل.')).toEqual([]);
  });
  it("leaves the source's names, inflected words, and misspellings of the source's words alone", () => {
    expect(names('وأكد لافروف أن موسكو لن تتراجع عن موقفها.', 'وأكد وزير الخارجية الروسي سيرغي لافروف أن موسكو لن تتراجع عن موقفها.')).toEqual([]);
    // verbs and nouns with their inflections and pronouns (the list holds bare entries)
    expect(names('قامت الشرطة بالقبض على الناشط وأعلنت أسماء شركائه.', 'القبض على الناشط وإعلان أسماء شركائه من قبل الشرطة.')).toEqual([]);
    // a typing slip of a word of the source sentence is no name
    expect(names('سقوط قتلى في هجوم بقذيفة صاورخية على سوق.', 'قتلى في هجوم بقذيفة صاروخية على سوق مزدحم.')).toEqual([]);
  });
  it('says nothing without the word list, the same way every run', () => {
    expect(loadArabicWords(new URL('file:///nonexistent/words.txt'))).toBeUndefined();
    const [summary, source] = swaps[0];
    try {
      setArabicWords(undefined);
      expect(names(summary, source)).toEqual([]);
      expect(names(summary, source)).toEqual([]);
    } finally {
      setArabicWords(null);
    }
    expect(names(summary, source)).toEqual(['كيربي']);
  });
});

describe('a negated verb of stopping (negation-mismatch)', () => {
  const negation = flaggedBy('negation-mismatch');
  it('restates that something goes on, when the source does not use the verb', () => {
    const rain = 'وتوقعت هيئة الأرصاد الجوية هطول مزيد من الأمطار الغزيرة حتى يوم الثلاثاء.';
    expect(negation('ولا يُتوقع أن تتوقف الأمطار الغزيرة قبل الثلاثاء.', rain)).toEqual([]);
    expect(negation('The fighting did not abate overnight, residents said.', 'Residents said the fighting continued overnight.')).toEqual([]);
  });
  it('is still a negation when the source uses the verb, or when the negated word is another', () => {
    expect(negation('ولم تتوقف الأمطار الغزيرة يوم الثلاثاء.', 'وتوقفت الأمطار الغزيرة يوم الثلاثاء.')).toEqual(['ولم تتوقف']);
    expect(negation('The fighting did not stop overnight, residents said.', 'Residents said the fighting stopped overnight.')).toEqual(['not stop']);
    expect(negation('ولا يُتوقع هطول الأمطار الغزيرة قبل الثلاثاء.', 'وتوقعت هيئة الأرصاد هطول الأمطار الغزيرة قبل الثلاثاء.')).toEqual(['ولا يُتوقع']);
  });
});

describe('a cue before a verb of existence or a copula negates what follows them (negation-mismatch)', () => {
  const negation = flaggedBy('negation-mismatch');
  it('flags the claim that drops it', () => {
    const src = 'قالت الوزارة إنه لا يوجد اتفاق مع النقابة بشأن الأجور حتى الآن';
    expect(negation('الوزارة تعلن اتفاقا مع النقابة بشأن الأجور', src)).toEqual(['اتفاقا']);
    expect(negation('الحريق كان بفعل ماس كهربائي في المستودع', 'قال الدفاع المدني إن الحريق لم يكن بفعل ماس كهربائي في المستودع')).not.toEqual([]);
  });
  it('and leaves the claim that keeps it', () => {
    expect(negation('الوزارة تنفي وجود اتفاق مع النقابة بشأن الأجور', 'قالت الوزارة إنه لا يوجد اتفاق مع النقابة بشأن الأجور حتى الآن')).toEqual([]);
  });
});

describe('negations said another way (negation-mismatch)', () => {
  const negation = flaggedBy('negation-mismatch');
  it('reads "out of passengers\' reach" as restating "passengers could not reach", and "within reach" as dropping it', () => {
    const source = 'Many life jackets were stored in locked cabinets that passengers could not reach.';
    expect(negation("Many life jackets were kept in locked cabinets out of passengers' reach.", source)).toEqual([]);
    expect(negation("Many life jackets were kept in locked cabinets within passengers' reach.", source)).toEqual(['reach']);
  });
  it("flags a dropped negation on the claim's synonym of the negated word (ويستلزم for لا يتطلب), not on its first word", () => {
    const source = 'وأكد المدير الجهوي للصحة الدكتور عمر الإدريسي أن اللقاح مجاني ولا يتطلب أي موعد مسبق.';
    expect(negation('وشدد الدكتور عمر الإدريسي على أن التلقيح مجاني ويستلزم حجز موعد مسبق.', source)).toEqual(['ويستلزم']);
    expect(negation('وشدد الدكتور عمر الإدريسي على أن التلقيح مجاني ولا يستلزم حجز موعد مسبق.', source)).toEqual([]);
  });
  it('reads "arrested no one" as the source\'s "no one had been arrested", and not a cue after a semicolon', () => {
    const source = 'Police said one of the drivers had been questioned, but no one had been arrested.';
    expect(negation('Police, who had questioned one driver and arrested no one, said the inquiry went on.', source)).toEqual([]);
    expect(negation('Police, who had questioned one driver and arrested him, said the inquiry went on.', source)).toEqual(['arrested']);
    const cuts = 'In Desio, 14 of the injured were treated for cuts from broken glass, and three stayed in hospital.';
    expect(negation('In Desio, 14 of the injured needed treatment for glass cuts; none of the injuries was life-threatening.', cuts)).toEqual([]);
  });
  it('reads "left without electricity" as restating "could lose power", and not "could keep power"', () => {
    const warned = (v: string) => `ESB Networks warned that tens of thousands of customers could ${v} power on Wednesday.`;
    const claim = 'ESB Networks warned that tens of thousands of customers could be left without electricity on Wednesday.';
    expect(negation(claim, warned('lose'))).toEqual([]);
    expect(negation(claim, warned('keep'))).toEqual(['without electricity']);
  });
  it('reads لا تلبي حاجتهم as "below their need" (أقل من حاجتهم)', () => {
    const source = 'وقال رئيس الجمعية إن "تجار التجزئة يتلقون كميات أقل من حاجتهم منذ ثلاثة أسابيع".';
    expect(negation('وقال رئيس الجمعية إن تجار التجزئة يحصلون منذ ثلاثة أسابيع على كميات لا تلبي حاجتهم.', source)).toEqual([]);
  });
  it('finds a claim\'s "nobody had died" in the next sentence\'s "no deaths" (a synonym), not in "two deaths"', () => {
    const claim =
      'The minister said residents of three villages had been ordered to leave, and that while nobody had died, five firefighters were treated in hospital.';
    const first = 'The minister said residents of three villages had been ordered to leave their homes.';
    // (the claim model's probability that the first clause is unsupported: the added "nobody" is its evidence)
    // (judged by the model's own points, which move with each refit: 0.13 against 0.87 at the tenth session's, high 0.46)
    const p = (next: string) => check(claim, `${first} ${next}`).summary.claims[0].pUnsupported ?? Number.NaN;
    const sourced = p('She said no deaths had been reported, but five firefighters were treated in hospital.'),
      contradicted = p('She said two deaths had been reported, and five firefighters were treated in hospital.');
    expect(sourced).toBeLessThan(Math.min(0.5, thresholdFor('balanced')));
    expect(contradicted).toBeGreaterThan(Math.max(0.8, thresholdFor('high')));
    expect(contradicted - sourced).toBeGreaterThan(0.5);
  });
});

describe('a negation of words the source does not say (negation-mismatch)', () => {
  const negation = flaggedBy('negation-mismatch');
  it('is no negation against the source: the words are unsupported, not negated', () => {
    const src = 'Judge Caroline Ashby remanded Pellow in custody and said sentencing would take place on July 25.';
    expect(negation('Pellow, who had pleaded not guilty, was remanded in custody until sentencing on July 25.', src)).toEqual([]);
    expect(
      negation(
        'Marchand said the finding did not imply life and was the first confirmation of both molecules on a rocky world.',
        'Lead author Sophie Marchand said it was the first time both molecules had been confirmed on a rocky world.',
      ),
    ).toEqual([]);
  });
  it('is still flagged when one of the two words after the cue is in the source (لا وجود لانتهاكات: the abuses)', () => {
    expect(
      negation('جندي أمريكي سابق: لا وجود لانتهاكات بسجن أبو غريب في العراق', 'روايات الجنود الأمريكان: انتهاكات سجن أبو غريب في العراق تفوق التوقعات'),
    ).toEqual(['لا وجود']);
    expect(negation('The minister did not approve the budget on Tuesday.', 'The minister approved the budget on Tuesday.')).toEqual(['not approve']);
  });
});

describe('"half" as a share, "refusal" as a refusal, الوقت for المدة', () => {
  it('reads "by nearly half" and "more than half of" as 50%, not "the first half of" nor "half an hour"', () => {
    expect(values('Sales fell by nearly half last year.')).toEqual([50]);
    expect(values('More than half of the seats went to the opposition.')).toEqual([50]);
    expect(values('Profits rose in the first half of the year.')).toEqual([]);
    // (half an hour is half of its unit, 30 minutes, since the thirty-sixth session: no share of 50)
    expect(values('The meeting lasted half an hour.')).toEqual([0.5]);
    expect(values('They lost by half a point.')).toEqual([]);
    const number = flaggedBy('number-mismatch');
    const source = 'New infections fell by nearly half in the past week, the ministry said.';
    expect(number('New infections dropped by almost 50 percent in the past week.', source)).toEqual([]);
    expect(number('New infections dropped by almost 30 percent in the past week.', source)).toEqual(['30']);
  });
  it('reads "the company\'s refusal to reduce" as restating "refused to cut", and "agreed to reduce" as its opposite', () => {
    const negation = flaggedBy('negation-mismatch');
    const source = 'Talks broke down after the company refused to cut the working week to 35 hours.';
    expect(negation("Talks collapsed over the company's refusal to reduce the working week to 35 hours.", source)).toEqual([]);
    expect(negation('Talks collapsed after the company agreed to reduce the working week to 35 hours.', source)).toEqual(['reduce']);
  });
  it('finds الوقت اللازم للبت in مدة الفصل (no unsupported words)', () => {
    const r = check(
      'وأشار إلى أن متوسط الوقت اللازم للبت في الدعاوى انخفض من ثلاثين يوماً إلى 12 يوماً.',
      'وأضاف أن متوسط مدة الفصل في الدعاوى تقلص من ثلاثين يوماً إلى اثني عشر يوماً.',
    );
    expect(r.flags.filter((f) => f.rule === 'unsupported-span' || f.rule === 'unsupported-claim').map((f) => f.text)).toEqual([]);
  });
});

describe("the year before a year named, a nation of the United Kingdom, a role's genitive with ل", () => {
  it('reads "the previous year" beside 2024 as 2023 (بالعام السابق, a year earlier), and not 2022', () => {
    const number = flaggedBy('number-mismatch');
    const ar = 'ارتفعت التحويلات إلى 117 مليار درهم في عام 2024، بزيادة ثلاثة في المئة مقارنة بالعام السابق.';
    expect(number('بلغت التحويلات 117 مليار درهم في 2024، بارتفاع 3 في المئة عن 2023.', ar)).toEqual([]);
    expect(number('بلغت التحويلات 117 مليار درهم في 2024، بارتفاع 3 في المئة عن 2022.', ar)).toEqual(['2022']);
    const en = 'Sales hit a record 5 million in 2024, up 3 percent from a year earlier.';
    expect(number('Sales hit a record in 2024, up 3 percent on 2023.', en)).toEqual([]);
    // ("last year" beside a year named is read as the year before it too: a report of 2024 says so of 2023)
    expect(number('Sales hit a record in 2024, up 3 percent on 2023.', 'Sales hit a record 5 million in 2024, up 3 percent from last year.')).toEqual([]);
    expect(number('Sales hit a record in 2024, up 3 percent on 2023.', 'Sales hit a record 5 million in 2024, up 3 percent.')).toEqual(['2023']);
  });
  it('reads "Welsh" as Wales (entities), so "Welsh health officials" is no unknown name', () => {
    const source = 'CARDIFF, Wales (Reuters) - Health officials in Wales said on Tuesday that 47 cases of measles had been confirmed.';
    expect(flaggedBy('unknown-name')('Measles has been confirmed in 47 pupils, Welsh health officials said on Tuesday.', source)).toEqual([]);
    expect(flaggedBy('unknown-name')('Measles has been confirmed in 47 pupils, Danish health officials said on Tuesday.', source)).toEqual(['Danish']);
  });
  it('reads ل + a word of the source after a role as its genitive, not a name (المدير التنفيذي لشركة شحن)', () => {
    const source = 'ومن جهته، قال المدير التنفيذي لإحدى شركات الشحن المحلية، خالد الزهراني، إن التأخير رفع التكاليف.';
    expect(flaggedBy('unknown-name')('وقال المدير التنفيذي لشركة شحن محلية إن التأخير رفع التكاليف.', source)).toEqual([]);
  });
});

describe('a function word with «و» written onto it is a function word', () => {
  it('reads وتم، ويتم، ولقد، ومنذ، والذين as function words, and not ف + a function word or a root with و', () => {
    const stop = (s: string) => tokenize(s).map((t) => `${t.text}:${t.stop}`);
    expect(stop('وتم ويتم ولقد ومنذ والذين')).toEqual(['وتم:true', 'ويتم:true', 'ولقد:true', 'ومنذ:true', 'والذين:true']);
    // (فهم "understanding" is ف + هم; ولي "crown prince" is و + لي, no function word; وعد "promise")
    expect(stop('فهم ولي وعد')).toEqual(['فهم:false', 'ولي:false', 'وعد:false']);
  });
  it("does not make a summary's «ومنذ» a word with no source when the source says «منذ»", () => {
    const r = check(
      'وقالت الوزارة إنه تم إطلاق الحملة في الرياض، ومنذ ذلك الحين تلقى نحو ألفي طفل اللقاح.',
      'وقالت وزارة الصحة يوم الأحد إنه تم إطلاق حملة التطعيم في الرياض. وأضافت أن نحو ألفي طفل تلقوا اللقاح منذ ذلك الحين.',
    );
    const second = r.alignments.find((a) => a.summary === 's1.2');
    expect(second?.score).toBe(1);
  });
});

describe('the Arabic word list, looked up in its sorted file', () => {
  const file = new URL('../data/hunspell-ar/words.txt', import.meta.url);
  const keys = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l && l[0] !== '#');
  it('is sorted by code point without duplicates (the binary search needs it; tools/build-arabic-words.mjs writes it so)', () => {
    const bad = keys.findIndex((k, i) => i > 0 && !(keys[i - 1] < k));
    expect(bad, bad < 0 ? '' : `${keys[bad - 1]} then ${keys[bad]}`).toBe(-1);
    // (UTF-16 order is code point order for these keys: no surrogates)
    expect(keys.some((k) => /[\ud800-\udfff]/.test(k))).toBe(false);
  });
  it('answers as a Set of its keys does, for every key and for keys one letter away', () => {
    const words = loadArabicWords(file)!;
    const set = new Set(keys);
    const asked: string[] = ['', 'ا', 'ب', 'abc', '\u{1F600}', 'يييييييييي'];
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      asked.push(k);
      if (i % 7 === 0) asked.push(k.slice(1), k.slice(0, -1), k + 'ه', 'و' + k, k.slice(0, -1) + 'ي');
    }
    const wrong = asked.filter((k) => words.has(k) !== set.has(k));
    expect(wrong).toEqual([]);
  });
  it("takes an alif maqsura written ا before a pronoun, and a pronoun after a person's ending (inArabicWords)", () => {
    const words = arabicWords()!;
    const known = (w: string) => inArabicWords(words, makeToken(w, 0));
    // (أقصى، مرمى، مستوى، يعتبر، يدرس، كتب are in the list; their forms with a pronoun are not)
    expect(['أقصاه', 'مرماه', 'مستواها', 'يعتبرونه', 'يدرسونها', 'كتبوه'].filter((w) => !known(w))).toEqual([]);
    // (and a name that only looks so is still none: كيربي, شويغو)
    expect(['كيربي', 'شويغو', 'غانتس'].filter(known)).toEqual([]);
  });
  it('finds keys outside Arabic and beyond the BMP in a list of its own, first and last lines included', () => {
    const lines = ['a', 'ab', 'b', 'z', 'é', 'ك', 'كتب', '\u{1F600}', '\u{1F600}x'].sort();
    const list = new SortedLines(new TextEncoder().encode(lines.join('\n')));
    for (const l of lines) expect(list.has(l), l).toBe(true);
    for (const l of ['', 'aa', 'c', 'e', 'كت', 'كتبه', '\u{1F601}', 'zz', '0']) expect(list.has(l), l).toBe(false);
  });
});

/** A thirteenth-batch fresh editor pair's source (written for the project by a helper that did not see the code). */
const LAYOFFS_SOURCE =
  'BERLIN, June 4 — German cloud software company Lumio said on Tuesday it would cut about 1,200 jobs, or 11 percent of its workforce, as it shifts investment toward artificial intelligence, sending its shares up 6 percent. Chief executive Katrin Albers said the cuts would mainly affect sales and administrative roles in Germany, Ireland and India, and that the company expected to complete them by the end of the first quarter of next year. "We are not shrinking; we are moving people and money to where our customers are going," Albers told analysts, adding that Lumio planned to hire around four hundred engineers specialising in machine learning. The restructuring will cost between 180 million and 210 million euros, mostly in severance payments, chief financial officer Markus Feldmann said. Lumio reported first-quarter revenue up 8 percent at 1.12 billion euros, while operating profit fell 14 percent to 96 million euros, hit by higher data-centre costs. Feldmann said the company expected the cuts to save about 250 million euros a year from 2026. The works council at Lumio\'s headquarters in Mannheim said it had not been consulted in advance and would challenge any compulsory redundancies. Works council chair Stefan Krüger said staff had learned of the plan from media reports. Analyst Priya Raman of Rheinberg Research said the plan could help margins but warned that Lumio was arriving late to a market dominated by U.S. rivals. Lumio did not rule out further cuts if demand weakened.';

describe('common Arabic given names (reporting.json arabicGivenNames) in swapped names', () => {
  const names = flaggedBy('unknown-name');
  it('flags a surname after a given name that the source follows with another, with no role before it, past a middle name', () => {
    const src = 'في المقابل، قال نقيب الأطباء، زياد الزعبي، إن النقص في أطباء الكلى لا يمكن سده قريباً.';
    expect(names('وقال نقيب الأطباء زياد المومني إن النقص في أطباء الكلى لا يمكن سده قريباً.', src)).toEqual(['المومني']);
    expect(names('وقال نقيب الأطباء زياد الزعبي إن النقص في أطباء الكلى لا يمكن سده قريباً.', src)).toEqual([]);
    const fog = 'قالت خبيرة الأرصاد في المركز الوطني للأرصاد عائشة سعيد الكعبي إن المركز أصدر تحذيراً من الضباب.';
    expect(names('وأوضحت خبيرة الأرصاد عائشة سعيد المنصوري أن المركز حذر من الضباب.', fog)).toEqual(['المنصوري']);
  });
  it('flags a given name that the source has nowhere, though it is a dictionary word', () => {
    const src = 'وأوضح طارق المطوع، الرئيس التنفيذي للمصرف، أن الاندماج سيكتمل قبل نهاية العام.';
    expect(names('وأوضح خالد المطوع، الرئيس التنفيذي للمصرف، أن الاندماج سيكتمل قبل نهاية العام.', src)).toEqual(['خالد']);
    expect(names('وأوضح طارق المطوع، الرئيس التنفيذي للمصرف، أن الاندماج سيكتمل قبل نهاية العام.', src)).toEqual([]);
  });
  it('flags a surname the source gives another person after a given name it follows with another word (a mixed name)', () => {
    const src =
      'وقالت خبيرة الأرصاد في المركز الوطني للأرصاد عائشة سعيد الكعبي إن المركز أصدر تحذيراً من الضباب. وقال مدير المستشفى الدكتور حمد راشد المنصوري إن 17 من المصابين غادروا المستشفى.';
    const mixed = check('وقالت خبيرة الأرصاد عائشة سعيد المنصوري إن المركز أطلق تحذيراً من الضباب.', src, { summaryLang: 'ar', sourceLang: 'ar' });
    expect(mixed.flags.filter((f) => f.rule === 'unknown-name').map((f) => [f.text, f.messageId])).toEqual([['المنصوري', 'otherPerson']]);
    // (her own name, whole or without her father's, and the doctor's own, are no mixed name)
    for (const ok of [
      'وقالت خبيرة الأرصاد عائشة سعيد الكعبي إن المركز أطلق تحذيراً من الضباب.',
      'وقالت خبيرة الأرصاد عائشة الكعبي إن المركز أطلق تحذيراً من الضباب.',
      'وقال الدكتور حمد راشد المنصوري إن 17 مصاباً غادروا المستشفى.',
    ])
      expect(names(ok, src)).toEqual([]);
  });
  it('flags a given name swapped for one of its root (أحمد for محمد) before a name the source has, and not باسم "in the name of"', () => {
    const src = 'وقال المتحدث باسم وزارة المعادن، محمد يحيى الطاهر، إن الشحنة ضبطت في الميناء.';
    expect(names('وأكد المتحدث باسم وزارة المعادن أحمد يحيى الطاهر أن الشحنة ضبطت في الميناء.', src)).toEqual(['أحمد']);
    expect(names('وأكد المتحدث باسم وزارة المعادن محمد يحيى الطاهر أن الشحنة ضبطت في الميناء.', src)).toEqual([]);
    expect(names('وقال المتحدث باسم الوزارة إن الشحنة ضبطت في الميناء.', 'وقال الناطق الرسمي للوزارة إن الشحنة ضبطت في الميناء.')).toEqual([]);
  });
  it('reads no surname in a word after a whole name, a complementiser or a word of age', () => {
    // (the word after محمد بن سلمان is no surname: a dictionary word and no nisba)
    expect(names('التغييرات في السعودية منذ تولى محمد بن سلمان منصب ولي العهد', 'التغييرات في السعودية منذ أصبح محمد بن سلمان وليا للعهد')).toEqual([]);
    expect(
      names('وأفاد مدرب الرياضي أحمد فرحات بأن نحو ستة آلاف متفرج تابعوا اللقاء.', 'وقال مدرب الرياضي أحمد فرحات إن نحو ستة آلاف متفرج تابعوا اللقاء.'),
    ).toEqual([]);
    expect(names('وفاة المطربة عن عمر يناهز 76 عاما.', 'رحلت المطربة عن 76 عاما.')).toEqual([]);
  });
});
