import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { check } from './checked.js';
import { quantities } from '../src/text/numbers.js';
import { tokenize } from '../src/text/tokenize.js';
import { setArabicWords, loadArabicWords, SortedLines } from '../src/text/arabic-words.js';

// Issue 22's lexical failures: faithful restatements that drew errors, and polarity that drew none.
// Each pair below is written as an editor would write it; each faithful one must stay clean and each
// changed one must still be flagged.

/** The words that one rule flags (error or warning) in a summary checked against a source. */
const flaggedBy = (rule: string) => (summary: string, source: string) =>
  check(summary, source)
    .flags.filter((f) => f.severity !== 'info' && f.rule === rule)
    .map((f) => f.text);
const values = (s: string) => quantities(tokenize(s)).map((q) => q.value);

describe('numbers in words (number-mismatch)', () => {
  const numbers = flaggedBy('number-mismatch');
  it('reads "the two" before a noun as the pair the source names, unless the source counts that noun', () => {
    expect(numbers('Side effects were similar in the two groups.', 'Side effects were similar in the drug and placebo groups.')).toEqual([]);
    expect(numbers('The two companies merged.', 'The three companies merged.')).toEqual(['two']);
    expect(numbers('Two people died.', 'Three people died.')).toEqual(['Two']);
  });
  it('reads Arabic compounds as one figure: a group after a scale starts again, ونصف المليون is half of it', () => {
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
});

describe('negation idioms (negation-mismatch)', () => {
  const negation = flaggedBy('negation-mismatch');
  const errors = (summary: string, source: string) =>
    check(summary, source)
      .flags.filter((f) => f.severity === 'error')
      .map((f) => `${f.rule}: ${f.text}`);
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
    expect(contradictions('وتعرف المحققون على المتهم في الشركة.', 'ونفى المحققون التعرف على المتهم في الشركة.')).not.toContain('وتعرف');
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
  it('finds keys outside Arabic and beyond the BMP in a list of its own, first and last lines included', () => {
    const lines = ['a', 'ab', 'b', 'z', 'é', 'ك', 'كتب', '\u{1F600}', '\u{1F600}x'].sort();
    const list = new SortedLines(new TextEncoder().encode(lines.join('\n')));
    for (const l of lines) expect(list.has(l), l).toBe(true);
    for (const l of ['', 'aa', 'c', 'e', 'كت', 'كتبه', '\u{1F601}', 'zz', '0']) expect(list.has(l), l).toBe(false);
  });
});
