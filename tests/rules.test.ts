import { describe, it, expect } from 'vitest';
import { check } from './checked.js';
import { quantities } from '../src/text/numbers.js';
import { tokenize, makeToken } from '../src/text/tokenize.js';
import { entityOf } from '../src/text/entities.js';
import { negatesAt } from '../src/text/negation.js';

const SOURCE_AR = [
  'قال مسؤولون أميركيون إن الجيش نفذ أكثر من 360 غارة جوية على مواقع التنظيم في مدينة سرت منذ أغسطس.',
  'وأكدت القيادة العسكرية أن الغارات لم تتسبب في قتل أي مدني حتى الآن.',
  'ويقدر المسؤولون أن أقل من 100 مقاتل ما زالوا يتحصنون في حي واحد من المدينة.',
  'وقال المتحدث باسم البنتاغون إن العمليات ستستمر حتى نهاية العام.',
].join(' ');
const SOURCE_EN = [
  'The ministry of health reported 1,200 new cases of cholera in the northern provinces last week.',
  'Officials said the outbreak began in the city of Mosul after heavy floods damaged the water network.',
  'The World Health Organization sent twelve doctors and two tonnes of medical supplies to the region.',
].join(' ');

const errors = (r: ReturnType<typeof check>, rule?: string) => r.flags.filter((f) => f.severity !== 'info' && (!rule || f.rule === rule));
/** The words that one rule flags (error or warning) in a summary checked against a source. */
const flaggedBy = (rule: string) => (s: string, t: string) => errors(check(s, t), rule).map((f) => f.text);

describe('provenance rules', () => {
  it('a faithful paraphrase stays clean (Arabic)', () => {
    const r = check('نفذ الجيش الأميركي أكثر من 360 غارة جوية على مواقع التنظيم في سرت منذ أغسطس.', SOURCE_AR);
    expect(errors(r)).toEqual([]);
    expect(r.alignments.find((a) => a.summary === 's1')!.sources[0]).toBe('t1');
  });
  it('a faithful paraphrase stays clean (English)', () => {
    const r = check('The health ministry reported 1,200 new cholera cases in the northern provinces.', SOURCE_EN);
    expect(errors(r)).toEqual([]);
  });
  it('flags a changed number on the number itself', () => {
    const r = check('نفذ الجيش الأميركي أكثر من 460 غارة جوية على مواقع التنظيم في سرت منذ أغسطس.', SOURCE_AR);
    const f = errors(r, 'number-mismatch');
    expect(f).toHaveLength(1);
    expect(f[0].text).toBe('460');
    expect(f[0].severity).toBe('error');
  });
  it('reads English number words and scale words', () => {
    const ok = check('The WHO sent 12 doctors and two tonnes of supplies to the region.', SOURCE_EN);
    expect(errors(ok, 'number-mismatch')).toEqual([]);
    const bad = check('The World Health Organization sent twenty doctors and two tonnes of medical supplies.', SOURCE_EN);
    expect(errors(bad, 'number-mismatch').map((f) => f.text)).toEqual(['twenty']);
  });
  it('flags a name that appears nowhere in the source', () => {
    const r = check('نفذ الجيش أكثر من 360 غارة جوية على مواقع التنظيم في سرت ضمن عملية «البرق أوديسا» منذ أغسطس.', SOURCE_AR);
    expect(errors(r, 'unknown-name').map((f) => f.text)).toEqual(['البرق أوديسا']);
    const en = check('Officials said the outbreak began in Mosul after floods, according to Dr. Haddad.', SOURCE_EN);
    expect(errors(en, 'unknown-name').map((f) => f.text)).toEqual(['Haddad']);
  });
  it('flags an Arabic country or city that the source does not name (Arabic has no capitals to tell a name), knowing capitals and long names', () => {
    const names = flaggedBy('unknown-name');
    const src = 'وأشارت المنظمة إلى أن نحو 186 ألف شخص وصلوا إلى السواحل الأوروبية عبر البحر، معظمهم إلى إيطاليا واليونان.';
    expect(names('ووصل نحو 186 ألف مهاجر إلى شواطئ أوروبا بحرا، أغلبهم إلى إيطاليا واليونان وإسبانيا.', src)).toEqual(['وإسبانيا']);
    expect(names('ووصل نحو 186 ألف مهاجر إلى شواطئ أوروبا بحرا، أغلبهم إلى إيطاليا واليونان.', src)).toEqual([]);
    // a word of the source with a pronoun glued (اتحاديتهم for اتحادية), which the word list lacks, is no name
    const union = 'وقال رئيس اتحادية المنمين في الولاية، سيدي محمد ولد الشيخ، إن العيادات لم تتلق أي شحنة لقاحات منذ نيسان.';
    expect(names('وأكد رئيس اتحاديتهم سيدي محمد ولد الشيخ أن العيادات لم تستلم أي شحنة منذ نيسان.', union)).toEqual([]);
    // (nor a surname slot after a role's genitive: إدارته for the source's إدارتها, one word with another pronoun)
    expect(
      names('وقال رئيس مجلس إدارته خالد منصور إن المصرف لم يحول أي أموال.', 'وقال رئيس مجلس إدارتها، خالد منصور، إن المصرف لم يحول أي أموال إلى الخارج.'),
    ).toEqual([]);
    // (nor the first word of a name after a role: a transliterated name the word list lacks still is one)
    expect(names('وأكد رئيس اتحاديتهم جون كيربي أن العيادات لم تستلم أي شحنة منذ نيسان.', union)).toEqual(['كيربي']);
    // a capital for its government, and a country by its long name
    expect(names('وقالت واشنطن إنها سترسل مساعدات إلى المنطقة.', 'وقالت الولايات المتحدة إنها سترسل مساعدات إلى المنطقة.')).toEqual([]);
    expect(names('وقبلت الرباط مساعدات من إسبانيا وبريطانيا.', 'وقبل المغرب مساعدات من إسبانيا والمملكة المتحدة.')).toEqual([]);
    // a country by its capital, and a word that only shares a stem with a country (البحر, البحرين) is none
    expect(names('رسوم أميركية جديدة على واردات الصلب.', 'واشنطن تفرض رسوما جديدة على واردات الصلب.')).toEqual([]);
    expect(names('سقوط الطائرة المصرية فوق البحر المتوسط كان بسبب حريق.', 'حريق تسبب في سقوط الطائرة المصرية فوق المتوسط.')).toEqual([]);
    // a currency or commodity is often paraphrased (العملة الروسية for الروبل): only places are read this way
    expect(names('الأسهم والروبل يهويان بسبب العقوبات.', 'العقوبات تهوي بالأسهم والعملة الروسية.')).toEqual([]);
    // in English a lower-case commodity or colour is a word, not a name
    expect(names('The company sold its gold reserves on Monday.', 'The company sold its reserves on Monday.')).toEqual([]);
  });
  it('reads a link in the summary as no words of a claim: no name, no figure, no unsupported span', () => {
    const src = 'دعت الأمم المتحدة إلى وقف فوري لإطلاق النار في السودان، محذرة من كارثة إنسانية.';
    const r = check('دعت الأمم المتحدة (https://news.un.org/ar/story/2023/05) إلى وقف فوري لإطلاق النار في السودان.', src);
    expect(r.flags.filter((f) => f.severity !== 'info')).toEqual([]);
    const en = check(
      'The agency said so in a statement (see www.example.org/reports/2024, or mail press@example.org).',
      'The agency said so in a statement on Monday.',
    );
    expect(en.flags.filter((f) => f.severity !== 'info')).toEqual([]);
    // a figure outside the link is still read
    expect(errors(check('دعت الأمم المتحدة (https://news.un.org/ar) إلى وقف فوري لإطلاق النار في 2023.', src), 'number-mismatch').map((f) => f.text)).toEqual([
      '2023',
    ]);
  });
  it('knows an acronym whose name the source spells out, and flags one it does not', () => {
    const names = flaggedBy('unknown-name');
    const src = 'Ministers of the European Union met the World Health Organization and the Organization of the Petroleum Exporting Countries in Vienna.';
    expect(names('Ministers of the EU met the WHO and OPEC in Vienna.', src)).toEqual([]);
    expect(names('Ministers of the E.U. met the WHO and OPEC in Vienna.', src)).toEqual([]);
    expect(names('Ministers of the EU met the IMF and OPEC in Vienna.', src)).toEqual(['IMF']);
    // a long form that news text writes in lower case
    const ceo = 'Former chief executive Dennis Muilenburg agreed to pay $1 million to settle the charges.';
    expect(names('Its former CEO Dennis Muilenburg agreed to pay $1 million to settle the charges.', ceo)).toEqual([]);
    expect(names('Its former CFO Dennis Muilenburg agreed to pay $1 million to settle the charges.', ceo)).toEqual(['CFO']);
  });
  it('knows the Levantine month names as the months they are (أيار is مايو), and flags a changed month in either system', () => {
    const ents = flaggedBy('entity-mismatch');
    const src = (m: string) => `وصل الوفد إلى دمشق في ${m} الماضي لبحث ملف المعتقلين.`;
    expect(ents(src('أيار'), src('مايو'))).toEqual([]);
    expect(ents(src('مايو'), src('أيار'))).toEqual([]);
    expect(ents(src('نيسان'), src('أبريل'))).toEqual([]);
    expect(ents(src('أيار'), src('حزيران'))).toEqual(['أيار']);
    expect(ents(src('شباط'), src('مارس'))).toEqual(['شباط']);
  });
  it('knows an English month by its abbreviation (Jan. is January), and flags a changed one', () => {
    const src = 'Scholz said he would call a confidence vote in parliament on Jan. 15, which could lead to a snap election.';
    expect(errors(check('Scholz plans a confidence vote in parliament on January 15 that could lead to a snap election.', src))).toEqual([]);
    expect(
      errors(check('Scholz plans a confidence vote in parliament on Feb. 15 that could lead to a snap election.', src), 'entity-mismatch').map((f) => f.text),
    ).toEqual(['Feb']);
  });
  it('reads no entity from an Arabic word that only shares a stem with one (البحر is no البحرين, السور no سوريا)', () => {
    const ents = flaggedBy('entity-mismatch');
    const fell = (place: string) => `وقال شهود إن الطائرة سقطت في ${place} قرب السواحل الشمالية بعد دقائق من إقلاعها.`;
    expect(ents(fell('البحر'), fell('مصر'))).toEqual([]);
    expect(ents(fell('ليبيا'), fell('مصر'))).toEqual(['ليبيا']);
    expect(
      ents('سقطت الطائرة قرب السور الشمالي للمدينة في مصر بعد دقائق من إقلاعها.', 'سقطت الطائرة قرب الجدار الشمالي للمدينة في ليبيا بعد دقائق من إقلاعها.'),
    ).toEqual(['مصر']);
  });
  it('knows the Tunisian and Algerian adjectives (the nouns تونس and الجزائر are capitals too, and stay out)', () => {
    const ents = flaggedBy('entity-mismatch');
    const said = (adj: string) => `وقال الرئيس ${adj} في خطاب متلفز إن التوافق مع حركة النهضة انتهى بعد خمس سنوات.`;
    expect(ents(said('المصري'), said('التونسي'))).toEqual(['المصري']);
    expect(ents(said('التونسي'), said('المصري'))).toEqual(['التونسي']);
    expect(ents(said('الجزائري'), said('المغربي'))).toEqual(['الجزائري']);
    expect(ents(said('التونسي'), said('التونسي'))).toEqual([]);
  });
  it('reads a name that begins with أل under the article (الألماني is German), and ألم "pain" as no country', () => {
    const ents = flaggedBy('entity-mismatch');
    const camp = (adj: string) => `وقالت منظمة إنسانية إن الأوضاع في مخيم اللاجئين ${adj} تدهورت بشدة خلال الأسابيع الماضية.`;
    expect(ents(camp('الألماني'), camp('اليوناني'))).toEqual(['الألماني']);
    expect(ents(camp('اليوناني'), camp('الألماني'))).toEqual(['اليوناني']);
    const country = (w: string) => entityOf(makeToken(w, 0))?.id;
    expect(['الألماني', 'للألمان', 'الألمانية', 'ألمانيا'].map(country)).toEqual(['ألمانيا', 'ألمانيا', 'ألمانيا', 'ألمانيا']);
    expect(['الألم', 'ألم', 'بالألم'].map(country)).toEqual([undefined, undefined, undefined]);
  });
  it('reads الأحد، الاثنين، الجمعة as weekdays beside يوم or الماضي, and the two-word Levantine months (تشرين الثاني is نوفمبر)', () => {
    const ents = flaggedBy('entity-mismatch');
    const said = (d: string) => `وقال المتحدث باسم الجيش ${d} إن القوات استعادت السيطرة على البلدة بعد معارك عنيفة.`;
    expect(ents(said('يوم السبت'), said('يوم الأحد'))).toEqual(['السبت']);
    expect(ents(said('يوم الاثنين'), said('يوم الأحد'))).toEqual(['الاثنين']);
    expect(ents(said('يوم الأحد'), said('الأحد الماضي'))).toEqual([]);
    // أحد without its context is "one of"
    expect(ents('وقال أحد المتحدثين باسم الجيش إن القوات استعادت السيطرة على البلدة بعد معارك عنيفة.', said('يوم الأحد'))).toEqual([]);
    const came = (m: string) => `وصل الوفد إلى دمشق في ${m} الماضي لبحث ملف المعتقلين.`;
    expect(ents(came('تشرين الثاني'), came('نوفمبر'))).toEqual([]);
    expect(ents(came('تشرين الأول'), came('نوفمبر'))).toEqual(['تشرين الأول']);
    expect(ents(came('كانون الثاني'), came('ديسمبر'))).toEqual(['كانون الثاني']);
  });
  it('accepts a spelling variant of a name', () => {
    const r = check('وقال المتحدث باسم البنتاجون إن العمليات ستستمر حتى نهاية العام.', SOURCE_AR);
    expect(errors(r)).toEqual([]);
  });
  it('flags a dropped negation', () => {
    const r = check('وأكدت القيادة العسكرية أن الغارات تسببت في قتل مدني حتى الآن.', SOURCE_AR);
    expect(errors(r, 'negation-mismatch')).toHaveLength(1);
  });
  it('reads بألا ("that … not", after a verb of promising) as a negation: it restates لن, and is flagged where the source affirms', () => {
    const neg = flaggedBy('negation-mismatch');
    const promised = 'ووعد وزير المالية بألا تفرض الحكومة ضرائب جديدة على السلع الأساسية.';
    expect(neg(promised, 'وقال وزير المالية إن الحكومة "لن تفرض ضرائب جديدة على السلع الأساسية".')).toEqual([]);
    expect(neg(promised, 'وقال وزير المالية إن الحكومة ستفرض ضرائب جديدة على السلع الأساسية.')).toHaveLength(1);
  });
  it('reads a negated verb of reaching as "under" where the source says below (لم يبلغوا الخامسة for دون سن الخامسة), and still flags it against a plain statement', () => {
    const neg = flaggedBy('negation-mismatch');
    const claim = 'وتوفي 37 شخصا أغلبهم أطفال لم يبلغوا الخامسة.';
    expect(neg(claim, 'وبلغ عدد الوفيات 37 حالة، معظمها في صفوف أطفال دون سن الخامسة.')).toEqual([]);
    expect(neg('Growth did not exceed 2% last year.', 'Growth stayed below 2% last year.')).toEqual([]);
    expect(neg(claim, 'وبلغ عدد الوفيات 37 حالة، معظمها في صفوف أطفال بلغوا الخامسة.')).toHaveLength(1);
  });
  it('reads "to avoid" as the negation it paraphrases, and still flags a dropped one', () => {
    const src = 'وتقول القيادة إن الضربات ستستمر مع الحرص على عدم وقوع إصابات بين المدنيين في المدينة.';
    expect(errors(check('وتقول القيادة إن الضربات ستستمر لتفادي وقوع إصابات بين المدنيين في المدينة.', src), 'negation-mismatch')).toEqual([]);
    expect(errors(check('وتقول القيادة إن الضربات ستستمر مع وقوع إصابات بين المدنيين في المدينة.', src), 'negation-mismatch')).toHaveLength(1);
    const en = 'The strikes will go on while commanders make sure that no civilians are hurt in the city.';
    expect(errors(check('The strikes will go on while commanders make sure to avoid civilians being hurt in the city.', en), 'negation-mismatch')).toEqual([]);
  });
  it('reads the idioms that affirm (لا يزال / ما زال "still", غير أن "however", لا سيما, not only) as no negation, and still flags a real one', () => {
    const neg = flaggedBy('negation-mismatch');
    expect(neg('ما زال التنظيم يسيطر على حي واحد في المدينة.', 'لا يزال التنظيم يسيطر على حي واحد في المدينة.')).toEqual([]);
    expect(neg('لا يزال التنظيم يسيطر على حي واحد في المدينة.', 'يسيطر التنظيم حتى الآن على حي واحد في المدينة.')).toEqual([]);
    expect(neg('غير أن الحكومة أعلنت استئناف المفاوضات مع المعارضة.', 'لكن الحكومة أعلنت استئناف المفاوضات مع المعارضة.')).toEqual([]);
    expect(neg('وشهدت المدن الكبرى احتجاجات واسعة لا سيما العاصمة.', 'وشهدت المدن الكبرى احتجاجات واسعة وخاصة العاصمة.')).toEqual([]);
    expect(neg('The flood damaged not only homes but also the main bridge.', 'The flood damaged homes and also the main bridge.')).toEqual([]);
    // a source's cue in a part that a contrast opens (بينما، but) negates that part's words: a claim that says the word in
    // the clause of the other part drops nothing; one that says it in the cue's clause does
    expect(
      neg(
        'ونقل ثلاثة عمال إلى المستشفى لإصابات بانخفاض حرارة الجسم.',
        'وأضاف أن ثلاثة من العمال نقلوا إلى المستشفى بسبب انخفاض حرارة الجسم، بينما غادر الباقون موقع المنجم دون إصابات.',
      ),
    ).toEqual([]);
    expect(
      neg(
        'The charity said its plane had spotted the boat in distress and alerted authorities in Italy and Malta, adding that Malta did respond.',
        'The charity Sea-Watch said its aircraft had spotted the boat in distress on Tuesday afternoon and alerted authorities in Italy and Malta, but Malta did not respond.',
      ),
    ).toEqual(['respond']);
    // لا غير "only" ends a clause with a cue and its idiom's word, no negation (both words read: غير is a cue too)
    const only = tokenize('تجمع الضريبة لحساب الدولة لا غير.');
    expect(only.map((_, i) => negatesAt(only, i)).some(Boolean)).toBe(false);
    const not = tokenize('لا تجمع الضريبة لحساب الدولة.');
    expect(not.map((_, i) => negatesAt(not, i)).some(Boolean)).toBe(true);
    // لا غنى عن "indispensable" restates ضرورية; لا مفر "unavoidable" restates حتمي
    expect(neg('وقال المدير إن الرسوم لا غنى عنها لتسديد القروض وضمان الصيانة.', 'وقال المدير إن الرسوم "ضرورية لسداد القروض وصيانة الطريق".')).toEqual([]);
    expect(neg('وقال الوزير إن رفع الأسعار بات أمرا لا مفر منه هذا العام.', 'وقال الوزير إن رفع الأسعار بات أمرا حتميا هذا العام.')).toEqual([]);
    // غير مسبوق "unprecedented", غير معتاد "unusual" are one word each: no negation added to قياسي, نادر
    expect(
      neg('سجل الذهب الاثنين مستوى غير مسبوق متجاوزا 2400 دولار للأوقية.', 'ارتفعت أسعار الذهب الاثنين إلى مستوى قياسي جديد فوق 2400 دولار للأوقية.'),
    ).toEqual([]);
    expect(neg('نساء يحتفين بأجسادهن في ظهور غير معتاد على غلاف مجلة مصرية.', 'نساء يحتفين بأجسادهن في ظهور نادر على غلاف مجلة مصرية.')).toEqual([]);
    // but a source's غير متوقعة against a claim's متوقعة is still a dropped negation
    expect(neg('وكانت نتيجة الانتخابات متوقعة في العاصمة والمدن الكبرى.', 'وكانت نتيجة الانتخابات غير متوقعة في العاصمة والمدن الكبرى.')).toEqual(['متوقعة']);
    // the exception: لم … سوى / لا … إلا says "only"
    expect(neg('ولفت إلى أن 15% فقط من خطة الاستجابة الإنسانية تم تمويلها.', 'وأشار إلى أن خطة الاستجابة الإنسانية لم يتم تمويل سوى 15% منها.')).toEqual([]);
    expect(neg('ووصل إلى المستشفى عشرة جرحى من القرية.', 'ولم يصل إلى المستشفى إلا عشرة جرحى من القرية.')).toEqual([]);
    // the same words as a real negation
    expect(neg('لا يسيطر التنظيم على أي حي في المدينة.', 'يسيطر التنظيم حتى الآن على حي واحد في المدينة.')).toEqual(['لا يسيطر']);
    expect(neg('الحكومة غير مسؤولة عن تأخير المفاوضات مع المعارضة.', 'الحكومة مسؤولة عن تأخير المفاوضات مع المعارضة.')).toEqual(['غير مسؤولة']);
    expect(neg('ولم يصل إلى المستشفى أي جريح من القرية.', 'ولم يصل إلى المستشفى إلا عشرة جرحى من القرية.')).toEqual(['ولم يصل']);
  });
  it('counts a source negation that the claim drops only when the claim says what it negates', () => {
    const neg = flaggedBy('negation-mismatch');
    const src = '"This is a safety net, not a market intervention," the Spanish economy minister Nadia Calvino told reporters.';
    expect(neg('The Spanish economy minister Nadia Calvino called the cap a safety net.', src)).toEqual([]);
    expect(neg('The Spanish economy minister Nadia Calvino called the cap a market intervention.', src)).toEqual(['market']);
    // the matched part is found by the claim's synonyms too: "Nobody has died" is about "No deaths"
    expect(
      neg(
        'Nobody has died in the fire, though two firefighters suffered minor injuries.',
        'No deaths have been reported in the fire, but two firefighters were slightly injured, officials said.',
      ),
    ).toEqual([]);
    // a verb of denial says "not": عدم وجود أدلة for تنفي وجود أدلة, رفض التعليق for لم يعلق
    expect(neg('اجتماع عاجل لمجلس الأمن بعد هجوم دوما وإعلان روسيا عدم وجود أدلة.', 'اجتماع طارئ لمجلس الأمن لبحث هجوم دوما وروسيا تنفي وجود أدلة.')).toEqual(
      [],
    );
    expect(neg('ورفض المتحدث باسم الوزارة التعليق على التقرير.', 'ولم يعلق المتحدث باسم الوزارة على التقرير.')).toEqual([]);
    expect(neg('The ministry did not comment on the report.', 'The ministry refused to comment on the report.')).toEqual([]);
    // the cue negates the word right after it, not the claim's word that follows that one
    expect(neg('مقتل 4 أشخاص بعد الأمطار الغزيرة التي ضربت تونس.', 'مقتل 4 أشخاص إثر هطول أمطار غزيرة لم تجتح تونس منذ 20 عاما.')).toEqual([]);
    expect(neg('مقتل 4 أشخاص إثر هطول أمطار غزيرة اجتاحت تونس منذ 20 عاما.', 'مقتل 4 أشخاص إثر هطول أمطار غزيرة لم تجتح تونس منذ 20 عاما.')).toEqual([
      'اجتاحت',
    ]);
    // a claim's own negation is answered by any negation in the matched part, whatever it negates
    expect(neg('ولم تقع حتى الآن أي إصابات بين المدنيين في سرت.', 'وتقول القيادة إن العملية لم تتسبب حتى الآن في قتل أي مدني في سرت.')).toEqual([]);
  });
  it("takes a claim's negation from the support member that says it, when the best source sentence has none", () => {
    const neg = flaggedBy('negation-mismatch');
    const src =
      'Former chief executive Dennis Muilenburg agreed to pay $1 million to settle the charges, the SEC said. Neither Boeing nor Muilenburg admitted or denied the findings.';
    expect(neg('Former chief executive Dennis Muilenburg will pay $1 million to settle the charges; neither admitted the findings.', src)).toEqual([]);
    // the second sentence says nothing negated about paying: the added negation is still one
    const alone =
      'Former chief executive Dennis Muilenburg agreed to pay $1 million to settle the charges, the SEC said. Boeing and Muilenburg admitted the findings.';
    expect(neg('Former chief executive Dennis Muilenburg will pay $1 million to settle the charges; neither admitted the findings.', alone)).toEqual([
      'neither admitted',
    ]);
  });
  it('flags an added negation on the negator', () => {
    const r = check('Officials said the outbreak did not begin in the city of Mosul after heavy floods damaged the water network.', SOURCE_EN);
    const f = errors(r, 'negation-mismatch');
    expect(f).toHaveLength(1);
    expect(f[0].text.startsWith('not')).toBe(true);
  });
  it('flags an added clause inside a supported sentence, and only that clause', () => {
    const summary =
      'قال مسؤولون إن الجيش نفذ أكثر من 360 غارة جوية على مواقع التنظيم في سرت، واستبعد الباحث في المجلس الأوروبي للعلاقات الخارجية انتهاء الحرب قريبا.';
    const r = check(summary, SOURCE_AR);
    const f = errors(r, 'unsupported-claim');
    expect(f.length).toBeGreaterThan(0);
    const added = summary.indexOf('واستبعد');
    for (const x of f) expect(x.start).toBeGreaterThanOrEqual(added);
    expect(errors(r).every((x) => x.start >= added)).toBe(true);
  });
  it('reports omitted source sentences as info on the source', () => {
    const r = check('نفذ الجيش الأميركي أكثر من 360 غارة جوية على مواقع التنظيم في سرت منذ أغسطس.', SOURCE_AR);
    const om = r.flags.filter((f) => f.rule === 'omission');
    expect(om.length).toBeGreaterThan(0);
    expect(om.every((f) => f.document === 'source' && f.severity === 'info')).toBe(true);
    expect(om.some((f) => f.text.includes('المتحدث باسم البنتاغون'))).toBe(true);
  });
  it('never reports a dateline or timestamp', () => {
    const r = check('2016-11-12\n2025-05-15 07:26 ص\nنفذ الجيش الأميركي أكثر من 360 غارة جوية على مواقع التنظيم في سرت.', SOURCE_AR);
    expect(r.flags.filter((f) => f.document === 'summary')).toEqual([]);
  });
  it('rule settings turn rules off or change their severity', () => {
    const s = 'نفذ الجيش الأميركي أكثر من 460 غارة جوية على مواقع التنظيم في سرت منذ أغسطس.';
    expect(errors(check(s, SOURCE_AR, { rules: { 'number-mismatch': 'off' } }), 'number-mismatch')).toEqual([]);
    expect(errors(check(s, SOURCE_AR, { rules: { 'number-mismatch': 'warning' } }), 'number-mismatch')[0].severity).toBe('warning');
  });
});

describe('unsupported-claim: a clause that continues an unsupported one', () => {
  const tail = 'وتوقع هروب المقاتلين إلى الصحراء الكبرى بعد نهاية العام.';
  it('a weakly supported clause right after an unsupported clause of its sentence is unsupported too, flagged once', () => {
    const r = check(`واستبعد الخبير الفرنسي جان دوبوا انتهاء الحرب قريبا، ${tail}`, SOURCE_AR);
    const claims = errors(r, 'unsupported-claim');
    expect(claims).toHaveLength(2);
    // flagged whole: its sources carry under INVENTED of it, and what they carry (بعد نهاية العام) is chance
    expect(claims[1].text).toBe('وتوقع هروب المقاتلين إلى الصحراء الكبرى بعد نهاية العام.');
    expect(claims[1].message).toMatch(/continues an unsupported clause/);
    // its words are not flagged a second time as an unsupported span
    expect(r.flags.filter((f) => f.rule === 'unsupported-span')).toEqual([]);
  });
  it('content that an unsourced attribution reports (a clause opening with أن) is judged on its own', () => {
    const r = check('ونقلت الوكالة عن المتحدث، أحمد حافظ، أن المقاتلين سيهربون إلى الصحراء الكبرى بعد نهاية العام.', SOURCE_AR);
    // the unsourced attribution whole (its sources carry under INVENTED of it: المتحدث alone), not cut into runs around it
    expect(errors(r, 'unsupported-claim').map((f) => f.text)).toEqual(['ونقلت الوكالة عن المتحدث، أحمد حافظ']);
    expect(r.flags.filter((f) => f.rule === 'unsupported-span').map((f) => f.text)).toEqual(['المقاتلين سيهربون إلى الصحراء الكبرى']);
  });
  it('the same clause after a supported clause stays a supported claim (only its new words are a span)', () => {
    const r = check(`نفذ الجيش أكثر من 360 غارة جوية على مواقع التنظيم في سرت منذ أغسطس، ${tail}`, SOURCE_AR);
    expect(errors(r, 'unsupported-claim')).toEqual([]);
    expect(r.flags.filter((f) => f.rule === 'unsupported-span').map((f) => f.text)).toEqual(['هروب المقاتلين إلى الصحراء الكبرى']);
  });
});

describe('antonym-mismatch', () => {
  describe('a claim fused from two sentences', () => {
    const src =
      'The company reported a decline in fourth quarter vaccine sales across Europe and Asia on Monday. Its spending on research and on new factories saw an increase of a fifth over the year.';
    const flagsOf = (s: string) =>
      check(s, src)
        .flags.filter((f) => f.rule === 'antonym-mismatch')
        .map((f) => f.text);
    it("the other sentence's word about something else does not source the opposite", () => {
      expect(
        flagsOf('The company reported an increase in fourth quarter vaccine sales across Europe and Asia and in spending on research and new factories.'),
      ).toEqual(['increase']);
    });
    it("the other sentence's word about what the claim says there does (at the seam, either side will do)", () => {
      expect(flagsOf('The company reported fourth quarter vaccine sales across Europe and Asia on Monday and an increase in spending on research.')).toEqual(
        [],
      );
    });
  });

  const flagsOf = (r: ReturnType<typeof check>) => r.flags.filter((f) => f.rule === 'antonym-mismatch');
  it('flags the word that says the opposite of the source (Arabic and English)', () => {
    const ar = check('وقالت الوزارة إن أسعار النفط ارتفعت في الأسواق الآسيوية اليوم.', 'وقالت الوزارة إن أسعار النفط انخفضت في الأسواق الآسيوية اليوم.');
    expect(flagsOf(ar).map((f) => f.text)).toEqual(['ارتفعت']);
    expect(flagsOf(ar)[0].message).toContain('انخفضت');
    const en = check(
      'The ministry confirmed that the border crossing at Rafah was closed on Monday.',
      'The ministry denied that the border crossing at Rafah was closed on Monday.',
    );
    expect(flagsOf(en).map((f) => f.text)).toEqual(['confirmed']);
  });
  it('stays quiet on faithful rewrites, on mixed directions, and on words with another sense', () => {
    expect(flagsOf(check('ارتفاع الذهب مع تراجع الدولار أمام العملات.', 'الذهب يرتفع والدولار يتراجع أمام العملات الرئيسية.'))).toEqual([]);
    expect(flagsOf(check('Oil prices rose sharply in Asian trading on Monday.', 'Oil prices jumped in Asian trading on Monday.'))).toEqual([]);
    // قبل is "before" here, not "accept"
    expect(flagsOf(check('وصل الوفد قبل بدء الاجتماع بساعة ورفض التعليق.', 'رفض الوفد التعليق بعد وصوله قبل بدء الاجتماع بساعة.'))).toEqual([]);
  });
  it('knows success and failure, welcome and condemnation, praise and criticism, release and jail, conviction and acquittal', () => {
    const texts = (s: string, t: string) => flagsOf(check(s, t)).map((f) => f.text);
    expect(texts('نجحت الدفاعات الجوية في اعتراض صاروخ باليستي فوق نجران.', 'فشلت الدفاعات الجوية في اعتراض صاروخ باليستي فوق نجران.')).toEqual(['نجحت']);
    expect(texts('رحبت الحكومة بقرار مجلس الأمن بشأن الهدنة في اليمن.', 'نددت الحكومة بقرار مجلس الأمن بشأن الهدنة في اليمن.')).toEqual(['رحبت']);
    expect(texts('انتقد الوزير أداء الشركة في مشروع الميناء الجديد.', 'أشاد الوزير بأداء الشركة في مشروع الميناء الجديد.')).toEqual(['انتقد']);
    expect(
      texts('أطلقت السلطات التركية سراح ستة صحفيين متهمين بالعلاقة مع الانقلاب.', 'اعتقلت السلطات التركية ستة صحفيين متهمين بالعلاقة مع الانقلاب.'),
    ).toEqual(['سراح']);
    expect(
      texts(
        'The central bank hiked its key interest rate by a quarter point on Wednesday.',
        'The central bank lowered its key interest rate by a quarter point on Wednesday.',
      ),
    ).toEqual(['hiked']);
    expect(texts('The court convicted the former minister of fraud on Tuesday.', 'The court acquitted the former minister of fraud on Tuesday.')).toEqual([
      'convicted',
    ]);
    // a faithful rewrite in the same words stays quiet
    expect(texts('فشلت الدفاعات الجوية في اعتراض صاروخ باليستي فوق نجران.', 'أخفقت الدفاعات الجوية في اعتراض صاروخ باليستي فوق نجران.')).toEqual([]);
  });
  it('needs the rest of the claim to match: an unrelated sentence with an opposite word is not a contradiction', () => {
    expect(flagsOf(check('Exports rose in March, the customs office said.', 'Rainfall fell well below the seasonal average across the north.'))).toEqual([]);
  });
});

describe('entity-mismatch', () => {
  const flagsOf = (r: ReturnType<typeof check>) => r.flags.filter((f) => f.rule === 'entity-mismatch');
  it('judges a month the source never names on less of the clause (a date has no paraphrase), but not a month of a range', () => {
    const src = 'وتستمر جولة المحادثات يومين، على أن تعقد الجولة التالية من المحادثات في أديس أبابا في كانون الأول/ديسمبر المقبل، بحسب بيان مشترك.';
    expect(flagsOf(check('على أن تنتقل المحادثات بعد ذلك إلى العاصمة الإثيوبية في نوفمبر المقبل.', src)).map((f) => f.text)).toEqual(['نوفمبر']);
    expect(flagsOf(check('على أن تنتقل المحادثات بعد ذلك إلى العاصمة الإثيوبية في ديسمبر المقبل.', src))).toEqual([]);
    const arrivals = 'Sea arrivals of migrants to Italy fell 62% in the first seven months of the year to 30,800, data showed on Thursday.';
    expect(flagsOf(check('Arrivals in Italy dropped by more than three-fifths in January-July, data showed.', arrivals))).toEqual([]);
  });
  it('flags a country, commodity or month swapped for another of its kind (Arabic and English)', () => {
    const ar = check('قفزة جديدة في إنتاج الغاز الطبيعي في مصر خلال شهر أكتوبر الماضي.', 'قفزة جديدة في إنتاج الغاز الطبيعي في ليبيا خلال شهر أكتوبر الماضي.');
    expect(flagsOf(ar).map((f) => f.text)).toEqual(['مصر']);
    expect(flagsOf(ar)[0].message).toContain('ليبيا');
    const en = check('Gold prices rose sharply in London trading on Tuesday.', 'Oil prices rose sharply in London trading on Tuesday.');
    expect(flagsOf(en).map((f) => f.text)).toEqual(['Gold']);
    const month = check('The ministry said exports grew by a fifth in August.', 'The ministry said exports grew by a fifth in September.');
    expect(flagsOf(month).map((f) => f.text)).toEqual(['August']);
  });
  it('reads a country and its adjective as one entity, and leaves a claim alone that names both', () => {
    expect(flagsOf(check('قال مسؤول سعودي إن الاجتماع الوزاري انتهى دون اتفاق.', 'قالت السعودية إن الاجتماع الوزاري انتهى دون اتفاق.'))).toEqual([]);
    expect(flagsOf(check('Egyptian officials said the talks in Cairo ended without a deal.', 'Egypt said the talks in Cairo ended without a deal.'))).toEqual(
      [],
    );
    expect(
      flagsOf(check('Talks between Egypt and Libya ended without a deal on Monday.', 'Talks between Libya and Egypt ended without a deal on Monday.')),
    ).toEqual([]);
  });
  it('flags a name beside the same word as another of its class in a headline that shares little else', () => {
    const src = 'جلسة طارئة للبرلمان العراقي بشأن الاحتجاجات';
    expect(flagsOf(check('البرلمان الأردني يعقد جلسة طارئة', src)).map((f) => f.text)).toEqual(['الأردني']);
    expect(flagsOf(check('البرلمان العراقي يعقد جلسة طارئة', src))).toEqual([]);
    const en = 'Emergency session of the Iraqi parliament over the protests';
    expect(flagsOf(check('The Jordanian parliament holds an emergency session', en)).map((f) => f.text)).toEqual(['Jordanian']);
    // beside another word, the other name is no swap: the Iraqi parliament discussed the Jordanian border
    expect(flagsOf(check('The Jordanian border was discussed', en))).toEqual([]);
  });
  it("flags a minister's or ministry's portfolio swapped for another, and only beside a word of office", () => {
    const ar = 'وقال وزير المالية إن المحادثات ستستأنف في القاهرة يوم الاثنين.';
    expect(flagsOf(check('وقال وزير الخارجية إن المحادثات ستستأنف في القاهرة يوم الاثنين.', ar)).map((f) => f.text)).toEqual(['الخارجية']);
    expect(flagsOf(check('وقال وزير المالية إن المحادثات ستستأنف في القاهرة يوم الاثنين.', ar))).toEqual([]);
    expect(flagsOf(check('عين صهر الرئيس وزيراً للبيئة في الحكومة الجديدة', 'عين صهر الرئيس وزيراً للمالية في الحكومة الجديدة')).map((f) => f.text)).toEqual([
      'للبيئة',
    ]);
    const en = 'The finance minister said the talks would resume in Cairo on Monday.';
    expect(flagsOf(check('The foreign minister said the talks would resume in Cairo on Monday.', en)).map((f) => f.text)).toEqual(['foreign']);
    expect(flagsOf(check('The minister of defence said the talks would resume in Cairo on Monday.', en)).map((f) => f.text)).toEqual(['defence']);
    // without a word of office the words are common ones: foreign relations, الصحة العامة
    const plain = 'The finance minister said foreign relations would be discussed in Cairo on Monday.';
    expect(flagsOf(check('Foreign relations were discussed in Cairo on Monday by the finance minister.', plain))).toEqual([]);
  });
  it('gives a swapped word one flag: no unknown-name beside the entity-mismatch on the same word', () => {
    const r = check('The president of Egypt met the French leader in Paris on Monday.', 'The president of Syria met the French leader in Paris on Monday.');
    expect(r.flags.filter((f) => f.document === 'summary').map((f) => [f.rule, f.text])).toEqual([['entity-mismatch', 'Egypt']]);
    // a name the swap does not cover keeps its own flag
    const both = check('The president of Egypt met Jean Dupont in Paris on Monday.', 'The president of Syria met the French leader in Paris on Monday.');
    expect(both.flags.filter((f) => f.rule === 'unknown-name').map((f) => f.text)).toEqual(['Jean Dupont']);
  });
  it('leaves words alone whose bare stem is another word, and unrelated sentences', () => {
    // ذهب "went", not الذهب "gold"
    expect(flagsOf(check('ذهب الوزير إلى الاجتماع في الرياض صباح اليوم.', 'توجه الوزير إلى الاجتماع في الرياض صباح اليوم لبحث أسعار النفط.'))).toEqual([]);
    expect(flagsOf(check('Egypt raised interest rates on Thursday.', 'Heavy rain flooded several streets of Tripoli.'))).toEqual([]);
  });
  it('flags an English colour swapped for another, and leaves capitalised colour names alone', () => {
    const src = 'Activists poured gallons of yellow and blue paint on the road outside the embassy in London.';
    expect(flagsOf(check('Activists poured gallons of yellow and white paint on the road outside the embassy in London.', src)).map((f) => f.text)).toEqual([
      'white',
    ]);
    expect(flagsOf(check('Activists poured gallons of yellow and blue paint on the road outside the embassy in London.', src))).toEqual([]);
    // White is a name here (the White House), not the colour
    expect(
      flagsOf(
        check(
          'The White House said the blue helmets would stay in the region until March.',
          'The White House said the blue helmets would stay in the region until March.',
        ),
      ),
    ).toEqual([]);
    // Brown is a name here (unknown-name's concern), not a colour that replaced the source's green
    expect(
      flagsOf(
        check(
          'Prime minister Brown said the trade deal was signed by both ministers on Monday afternoon.',
          'The prime minister said the green trade deal was signed by both ministers on Monday afternoon.',
        ),
      ),
    ).toEqual([]);
  });
});

describe('number-mismatch with Arabic number words', () => {
  const numbers = (s: string, t: string) =>
    check(s, t)
      .flags.filter((f) => f.rule === 'number-mismatch')
      .map((f) => f.text);
  it('reads number words as their values: a changed number is flagged, the same number in digits is not', () => {
    expect(numbers('قتل ثلاثة جنود في هجوم على قاعدة عسكرية شمال البلاد.', 'قتل خمسة جنود في هجوم على قاعدة عسكرية شمال البلاد أمس.')).toEqual(['ثلاثة']);
    expect(numbers('قتل 3 جنود في هجوم على قاعدة عسكرية شمال البلاد.', 'قتل ثلاثة جنود في هجوم على قاعدة عسكرية شمال البلاد أمس.')).toEqual([]);
    expect(numbers('بلغت الخسائر 1.5 مليون دولار خلال العام الماضي.', 'بلغت الخسائر مليون ونصف دولار خلال العام الماضي.')).toEqual([]);
    expect(numbers('وصل 20 ألف لاجئ إلى الحدود الأسبوع الماضي.', 'وصل عشرون ألف لاجئ إلى الحدود الأسبوع الماضي.')).toEqual([]);
    expect(numbers('أصيب 25 شخصا في الحادث الذي وقع صباح اليوم.', 'أصيب خمسة وعشرون شخصا في الحادث الذي وقع صباح اليوم.')).toEqual([]);
    expect(numbers('أصيب 35 شخصا في الحادث الذي وقع صباح اليوم.', 'أصيب خمسة وعشرون شخصا في الحادث الذي وقع صباح اليوم.')).toEqual(['35']);
  });
  it('leaves vague quantities and ordinals alone', () => {
    expect(numbers('قتل عشرات الأشخاص في اليوم الثالث من المعارك.', 'قتل العشرات في اليوم الثالث من المعارك العنيفة.')).toEqual([]);
  });
  it('reads hundreds written in two words (ثلاث مئة وستين is 360) and في المئة as a percentage, not as a hundred', () => {
    const src = 'ونفذت القوات الأمريكية أكثر من 360 غارة جوية على مواقع التنظيم في سرت منذ أغسطس.';
    const all = (s: string, t: string) =>
      check(s, t)
        .flags.filter((f) => f.severity !== 'info')
        .map((f) => [f.rule, f.text]);
    expect(all('ونفذت القوات الأمريكية أكثر من ثلاث مئة وستين غارة جوية على مواقع التنظيم في سرت منذ أغسطس.', src)).toEqual([]);
    expect(numbers('ونفذت القوات الأمريكية أكثر من أربع مئة وستين غارة جوية على مواقع التنظيم في سرت منذ أغسطس.', src)).toEqual(['أربع مئة وستين']);
    expect(numbers('وارتفعت الأسعار بنسبة ثلاثة في المئة خلال الشهر الماضي.', 'وارتفعت الأسعار بنسبة 3% خلال الشهر الماضي.')).toEqual([]);
    expect(numbers('وارتفعت الأسعار بنسبة أربعة في المئة خلال الشهر الماضي.', 'وارتفعت الأسعار بنسبة 3% خلال الشهر الماضي.')).toEqual(['أربعة']);
  });
  it('reads basis points as hundredths of a percentage point, on either side (200 نقطة أساس is 2 في المئة)', () => {
    const all = (s: string, t: string) =>
      check(s, t)
        .flags.filter((f) => f.severity !== 'info')
        .map((f) => [f.rule, f.text]);
    const pct = 'رفع البنك المركزي أسعار الفائدة بنسبة 2 في المئة يوم الخميس لكبح التضخم.';
    const bps = 'رفع البنك المركزي أسعار الفائدة 200 نقطة أساس يوم الخميس لكبح التضخم.';
    expect(all(bps, pct)).toEqual([]);
    expect(all(pct, bps)).toEqual([]);
    expect(numbers('رفع البنك المركزي أسعار الفائدة 300 نقطة أساس يوم الخميس لكبح التضخم.', pct)).toEqual(['300']);
    expect(
      numbers('The central bank raised rates by 50 basis points on Thursday.', 'The central bank raised its key rate by 0.5 percentage point on Thursday.'),
    ).toEqual([]);
    expect(
      numbers('The central bank raised rates by 75 basis points on Thursday.', 'The central bank raised its key rate by 0.5 percentage point on Thursday.'),
    ).toEqual(['75']);
  });
  it('reads a fraction of a scale as a figure (half a million is 500 thousand), and a fraction of a whole as its share', () => {
    expect(numbers('وصل عدد اللاجئين إلى نصف مليون لاجئ في البلاد.', 'وصل عدد اللاجئين إلى 500 ألف لاجئ في البلاد.')).toEqual([]);
    expect(numbers('وصل عدد اللاجئين إلى ربع مليون لاجئ في البلاد.', 'وصل عدد اللاجئين إلى 250 ألف لاجئ في البلاد.')).toEqual([]);
    expect(numbers('وصل عدد اللاجئين إلى نصف مليون لاجئ في البلاد.', 'وصل عدد اللاجئين إلى 400 ألف لاجئ في البلاد.')).toEqual(['نصف مليون']);
    expect(numbers('Half a million people fled the region last year.', 'About 500,000 people fled the region last year.')).toEqual([]);
    expect(numbers('Half a million people fled the region last year.', 'About 50,000 people fled the region last year.')).toEqual(['Half a million']);
    // (a fraction before a definite noun is a share, lexicons/numbers.json arabicShares: half is not a third, and is 50%)
    expect(numbers('فر نصف السكان من المدينة خلال الحرب الأخيرة.', 'فر ثلث السكان من المدينة خلال الحرب الأخيرة.')).toEqual(['نصف']);
    expect(numbers('فر نصف السكان من المدينة خلال الحرب الأخيرة.', 'فر 50 في المئة من السكان من المدينة خلال الحرب الأخيرة.')).toEqual([]);
  });
  it('reads a decade as ten years (العقد الماضي, the past decade), and عقد as a contract or a meeting as no figure', () => {
    const src = 'لكن إنتاجها تراجع بشدة خلال العقد الماضي بسبب سوء الإدارة والعقوبات.';
    expect(numbers('لكن إنتاجها تراجع بشدة خلال السنوات العشر الماضية بسبب سوء الإدارة والعقوبات.', src)).toEqual([]);
    expect(numbers('لكن إنتاجها تراجع بشدة خلال السنوات الثماني الماضية بسبب سوء الإدارة والعقوبات.', src)).toEqual(['الثماني']);
    expect(
      numbers('Output fell sharply over the past ten years because of mismanagement.', 'Output fell sharply over the past decade because of mismanagement.'),
    ).toEqual([]);
    expect(numbers('ووقعت الحكومة عقدا مع الشركة لتوسيع الميناء.', 'ووقعت الحكومة عقدا مع الشركة لتوسيع الميناء.')).toEqual([]);
  });
  it('reads one written as a word before percent as the figure 1, and one alone as no figure', () => {
    const src = 'وارتفعت الليرة التركية بنحو واحد في المئة أمام الدولار بعد إعلان القرار.';
    expect(numbers('وصعدت الليرة التركية نحو 1% أمام الدولار بعد إعلان القرار.', src)).toEqual([]);
    expect(numbers('وصعدت الليرة التركية نحو 2% أمام الدولار بعد إعلان القرار.', src)).toEqual(['2']);
    expect(
      numbers('وارتفعت الليرة التركية بنحو 3 بالمئة أمام الدولار بعد إعلان القرار.', 'وارتفعت الليرة التركية بنحو واحد بالمائة أمام الدولار بعد إعلان القرار.'),
    ).toEqual(['3']);
    expect(
      numbers('The lira rose 1% against the dollar after the decision.', 'The lira rose about one percent against the dollar after the decision.'),
    ).toEqual([]);
    expect(
      numbers('The lira rose 1.5% against the dollar after the decision.', 'The lira rose about one per cent against the dollar after the decision.'),
    ).toEqual(['1.5']);
    // "one of" is no figure: a summary's 1 against it is unsupported, not matched
    expect(numbers('وقال 1 من المسؤولين إن الليرة ارتفعت بعد القرار.', 'وقال واحد من المسؤولين إن الليرة ارتفعت بعد القرار.')).toEqual(['1']);
  });
});

describe('English figures and names in news style', () => {
  const flags = (s: string, t: string, rule: string) =>
    check(s, t)
      .flags.filter((f) => f.rule === rule && f.severity !== 'info')
      .map((f) => f.text);
  const SRC =
    'Moderna reported a fourth quarter decline in vaccine sales and guided for sales of $5bn in 2023. British activists poured paint outside the Russian embassy in London.';
  it('reads $5bn and £3.2mn as their values, so a changed amount is flagged even when its digit appears elsewhere', () => {
    expect(flags('Moderna guided for sales of $5bn in 2023 after a fourth quarter decline.', SRC, 'number-mismatch')).toEqual([]);
    expect(flags('Moderna guided for sales of $5 billion in 2023 after a fourth quarter decline.', SRC, 'number-mismatch')).toEqual([]);
    expect(flags('Moderna guided for sales of $5mn in 2023 after a fourth quarter decline.', SRC, 'number-mismatch')).toEqual(['5mn']);
  });
  it('takes a figure from a source sentence outside the support set when the words around it match there', () => {
    // a long claim whose lexical support set is its first sentence alone; the figure comes from another one,
    // which holds it with the word it counts (sales), and joins the support set for it (check/figures.ts)
    const first =
      'Moderna reported a sharp fourth quarter decline in revenue from its coronavirus vaccine in Europe and Asia as demand faded quickly in the winter months according to figures published by the company in Cambridge Massachusetts on Thursday morning';
    const summary = `${first} and expects sales of $5bn.`;
    const sourced = check(summary, `${first}. The board met in Boston on Monday. For 2023 Moderna expects vaccine sales of $5bn.`);
    expect(sourced.alignments.find((x) => x.summary === 's1')!.sources).toEqual(['t1', 't3']);
    expect(sourced.flags.filter((f) => f.rule === 'number-mismatch')).toEqual([]);
    // the same figure about something else (a dividend): still flagged, with where the source has it (the
    // rule gives it as a warning; the claim model decides its severity with the rest of the claim's evidence)
    const other = check(summary, `${first}. The board met in Boston on Monday. For 2023 Moderna paid a dividend of $5bn.`).flags.filter(
      (f) => f.rule === 'number-mismatch',
    );
    expect(other.map((f) => f.text)).toEqual(['5bn']);
    expect(other[0].message).toBe('number 5bn is not in the aligned source; the source has it in t3');
    const ruled = check(summary, `${first}. The board met in Boston on Monday. For 2023 Moderna paid a dividend of $5bn.`, {
      rules: { 'number-mismatch': 'warning' },
    }).flags.filter((f) => f.rule === 'number-mismatch');
    expect(ruled.map((f) => f.severity)).toEqual(['warning']);
  });
  it('gives each quantity its first and last token', () => {
    const tokens = tokenize('Sales of $5bn, 1.2 million units, twenty five stores, a dozen sites and خمسة وعشرون فرعا.');
    const spans = quantities(tokens).map((q) => [q.value, tokens[q.first].text, tokens[q.last].text]);
    expect(spans).toEqual([
      [5e9, '5', 'bn'],
      [1.2e6, '1.2', 'million'],
      [25, 'twenty', 'five'],
      [12, 'a', 'dozen'],
      [25, 'خمسة', 'وعشرون'],
    ]);
  });
  it('reads ordinals from third on as figures, but not fractions', () => {
    expect(flags('Moderna reported a third quarter decline in vaccine sales.', SRC, 'number-mismatch')).toEqual(['third']);
    expect(flags('Moderna reported a fourth quarter decline in vaccine sales.', SRC, 'number-mismatch')).toEqual([]);
    expect(
      flags('Exports grew by a fifth in August, the ministry said.', 'The ministry said exports grew by 20 per cent in August.', 'number-mismatch'),
    ).toEqual([]);
  });
  it('knows U.K., UK and British as one country, and U.S. apart from the pronoun "us"', () => {
    expect(flags('U.K. activists poured paint outside the Russian embassy in London.', SRC, 'unknown-name')).toEqual([]);
    expect(flags('UK activists poured paint outside the Russian embassy in London.', SRC, 'unknown-name')).toEqual([]);
    expect(flags('French activists poured paint outside the Russian embassy in London.', SRC, 'entity-mismatch')).toEqual(['French']);
    const us = check('The U.S. sent aid to the region.', 'The US sent aid to the region, officials told us.');
    expect(us.flags.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(us.alignments.find((a) => a.summary === 's1')!.score).toBe(1);
  });
  it('does not call a name swapped when the summary sentence names it in another clause', () => {
    const src = 'The protest comes on the eve of the anniversary of the invasion of Ukraine. Activists in London dumped paint in front of the Russian embassy.';
    expect(
      flags(
        'On the eve of the anniversary of the invasion of Ukraine, British activists dumped paint in front of the Russian embassy in London.',
        src,
        'entity-mismatch',
      ),
    ).toEqual([]);
  });
});

describe('aligner: summary sentences split from one source sentence', () => {
  const source = [
    'Rescue teams reached the flooded villages of the northern valley on Monday, and the governor promised new bridges before the winter rains.',
    'In a televised speech, the governor promised new bridges before the winter rains.',
    'Farmers in the south complained about the price of seed and fuel.',
    'Rescue teams reached the flooded villages of the northern valley on Monday.',
  ].join(' ');
  it('both halves go to the sentence that holds them both, not to shorter sentences that repeat one half', () => {
    const r = check(
      'Rescue teams reached the flooded villages of the northern valley on Monday. The governor promised new bridges before the winter rains.',
      source,
    );
    const best = (id: string) => r.alignments.find((a) => a.summary === id)!.sources[0];
    expect(best('s1')).toBe('t1');
    expect(best('s2')).toBe('t1');
  });
  it('a single summary sentence still prefers the shorter sentence that says just that', () => {
    const r = check('The governor promised new bridges before the winter rains.', source);
    expect(r.alignments.find((a) => a.summary === 's1')!.sources[0]).toBe('t2');
  });
});

describe('unknown-name: a clipped form of a word the source writes with a capital', () => {
  const source =
    'WEXBURY, England (Reuters) - The Liberal Democrats won control of Wexbury District Council on Friday, said Liberal Democrat group leader Sarah Whitcombe, citing demand for housing.';
  const names = (s: string) =>
    check(s, source, { summaryLang: 'en', sourceLang: 'en' })
      .flags.filter((f) => f.rule === 'unknown-name')
      .map((f) => f.text);
  it('is no unknown name (Lib Dem for Liberal Democrat)', () => {
    expect(names('Sarah Whitcombe, the Lib Dem group leader, said the party won control of Wexbury District Council.')).toEqual([]);
  });
  it('while a word that begins no capitalised source word is (Lab), and one that begins only a lower-case word (Dema)', () => {
    expect(names('Sarah Whitcombe, the Lab group leader, said the party won control of Wexbury District Council.')).toEqual(['Lab']);
    expect(names('Sarah Whitcombe of Dema said the party won control of Wexbury District Council.')).toEqual(['Dema']);
  });
});
