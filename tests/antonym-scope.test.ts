import { describe, it, expect } from 'vitest';
import { check } from './checked.js';
import { antonymSide } from '../src/text/antonyms.js';
import { makeToken } from '../src/text/tokenize.js';

/** The words that antonym-mismatch flags in a summary checked against a source. */
const opposite = (s: string, t: string) =>
  check(s, t)
    .flags.filter((f) => f.rule === 'antonym-mismatch')
    .map((f) => f.text);

// Mixed-direction economic copy: one sentence sets two directions side by side, each of its own subject.
const EN = 'Services output rose 0.4%, while manufacturing fell by 0.2% as factories struggled.';
const EN_CONTRACTED = 'Services output rose 0.4%, while manufacturing contracted by 0.2% as factories struggled.';
const RETAIL = 'Retail sales edged up 0.1% in March, while car sales slumped 5%.';
const AR = 'وارتفع قطاع الخدمات 0.4 في المئة، بينما تراجع قطاع التصنيع 0.2 في المئة.';
const AR_SHRANK = 'وارتفع قطاع الخدمات 0.4 في المئة، بينما انكمش قطاع التصنيع 0.2 في المئة.';
const AR_GLUED = 'وارتفع قطاع الخدمات 0.4 في المئة وتراجع قطاع التصنيع 0.2 في المئة.';

describe('antonym-mismatch judges the part of the source sentence that the claim is about', () => {
  it('a direction said of another subject in the same sentence is no evidence (English)', () => {
    expect(opposite('Manufacturing shrank 0.2% as factories struggled.', EN_CONTRACTED)).toEqual([]);
    expect(opposite('Manufacturing fell 0.2% as factories struggled.', EN)).toEqual([]);
    expect(opposite('Car sales slumped 5% in March.', RETAIL)).toEqual([]);
    expect(opposite('Retail sales rose 0.1% in March.', RETAIL)).toEqual([]);
    expect(opposite('Services output rose 0.4%.', EN)).toEqual([]);
  });
  it('a direction said of another subject in the same sentence is no evidence (Arabic, after بينما and after a glued verb)', () => {
    expect(opposite('وتراجع قطاع التصنيع 0.2 في المئة.', AR_SHRANK)).toEqual([]);
    expect(opposite('وتراجع قطاع التصنيع 0.2 في المئة.', AR)).toEqual([]);
    expect(opposite('تراجع قطاع التصنيع 0.2 في المئة.', AR_GLUED)).toEqual([]);
    expect(opposite('ارتفع قطاع الخدمات 0.4 في المئة.', AR_GLUED)).toEqual([]);
  });
  it("still flags a real flip: the part about the claim's subject says the opposite", () => {
    expect(opposite('Manufacturing rose 0.2% as factories struggled.', EN)).toEqual(['rose']);
    expect(opposite('Car sales rose 5% in March.', RETAIL)).toEqual(['rose']);
    expect(opposite('Services output fell 0.4%.', EN)).toEqual(['fell']);
    expect(opposite('وارتفع قطاع التصنيع 0.2 في المئة.', AR)).toEqual(['وارتفع']);
    expect(opposite('ارتفع قطاع التصنيع 0.2 في المئة.', AR_GLUED)).toEqual(['ارتفع']);
    expect(opposite('ارتفاع الدولار أمام العملات الرئيسية.', 'ارتفاع الذهب وانخفاض الدولار أمام العملات الرئيسية.')).toEqual(['ارتفاع']);
  });
  it('in a headline, the nearest words decide which part a word is about (a label before a colon, two conjuncts)', () => {
    expect(opposite('تراجع في أسعار الذهب في التعاملات المبكرة.', 'التعاملات المبكرة: ارتفاع في أسعار الذهب.')).toEqual(['تراجع']);
    expect(opposite('الجنيه يتعافى في مصر والتضخم يتراجع.', 'الجنيه في تراجع قياسي وارتفاع للتضخم في مصر.')).toEqual(['يتراجع']);
    expect(opposite('الجنيه يتراجع في مصر.', 'الجنيه في تراجع قياسي وارتفاع للتضخم في مصر.')).toEqual([]);
  });
  it('تراجع is known by its stem: أرجع ("attributed to") shares its root and says no direction', () => {
    for (const w of ['وأرجعت', 'أرجع', 'يرجع', 'مرجع']) expect(antonymSide(makeToken(w, 0))).toBeUndefined();
    for (const w of ['تراجع', 'وتراجعت', 'يتراجع', 'تتراجع']) expect(antonymSide(makeToken(w, 0))).toEqual({ group: 'direction', side: 1 });
    // and its forms still say a fall, glued to و too
    expect(opposite('وارتفع قطاع التصنيع 0.2 في المئة.', AR_GLUED)).toEqual(['وارتفع']);
    expect(opposite('وقال التقرير إن الصادرات ارتفعت 3 في المئة.', 'وقال التقرير إن الصادرات تراجعت 3 في المئة.')).toEqual(['ارتفعت']);
  });
  it('a verdict split by "but" is read part by part, in the claim and in every sentence of the support set', () => {
    const src =
      'A jury on Tuesday convicted a former developer of cheating investors out of 4.2 million pounds in a housing scheme but acquitted him of money laundering, ending a seven-week trial. ' +
      'The jury of seven women and five men deliberated for nearly three days before clearing him of two counts of money laundering.';
    // the first sentence says "convicted", of the fraud: no evidence for the laundering that the second clears him of
    expect(opposite('After almost three days of deliberations, the jurors convicted him of two money-laundering charges.', src)).toEqual(['convicted']);
    // "cleared" is of the laundering, in the claim's own part after "but"; the fraud before it is the other part's
    expect(opposite('The jury found him guilty of cheating investors in a housing scheme but cleared him of money laundering.', src)).toEqual([]);
  });
  it('knows the opposites of Arabic headline copy: استنكر/رحب، اعترض/وافق، قبلت/رفضت (قبل "before" is none)، أتاح/حظر، تصعد/تهوي، حبس/الإفراج، التوصل/فشل', () => {
    const pairs = [
      ['الكويت ترحب بقرار مانيلا بشأن العمالة الفلبينية', 'الكويت تستنكر قرار مانيلا بشأن العمالة الفلبينية', 'ترحب', 'تستنكر'],
      ['مجلس الشيوخ يوافق على مشروع قرار وقف دعم الحرب', 'مجلس الشيوخ يعترض على مشروع قرار وقف دعم الحرب', 'يوافق', 'يعترض'],
      ['العراق يتيح زراعة الأرز في المحافظات الجنوبية', 'العراق يحظر زراعة الأرز في المحافظات الجنوبية', 'يتيح', 'يحظر'],
      ['أسهم البنوك تصعد في بورصة دبي بعد النتائج', 'أسهم البنوك تهوي في بورصة دبي بعد النتائج', 'تصعد', 'تهوي'],
      ['الإفراج عن الناشطة بعد صفعها جنديا في الضفة الغربية', 'استمرار حبس الناشطة بعد صفعها جنديا في الضفة الغربية', 'الإفراج', 'حبس'],
      ['التوصل إلى اتفاق لإجلاء المقاتلين من دوما في الغوطة', 'فشل الاتفاق لإجلاء المقاتلين من دوما في الغوطة', 'التوصل', 'فشل'],
      ['وقبلت المحكمة طلب الدفاع استدعاء خبير جديد في القضية', 'ورفضت المحكمة طلب الدفاع استدعاء خبير جديد في القضية', 'وقبلت', 'ورفضت'],
    ];
    for (const [a, b, wa, wb] of pairs) {
      expect(opposite(a, b)).toEqual([wa]);
      expect(opposite(b, a)).toEqual([wb]);
      expect(opposite(a, a)).toEqual([]);
    }
    expect(opposite('وقال المحامي إن الجلسة عقدت قبل الظهر بحضور المتهم', 'وقال المحامي إن الجلسة عقدت بعد الظهر بحضور المتهم')).toEqual([]);
  });
  it('reads the United States as American and a capital for its country (أنقرة for تركيا), not a capital beside its country', () => {
    const entity = (summary: string, source: string) =>
      check(summary, source)
        .flags.filter((f) => f.rule === 'entity-mismatch')
        .map((f) => f.text);
    expect(
      entity('Arrivals from America surged 22 percent.', 'Arrivals from Britain remained flat, while arrivals from the United States jumped 22 percent.'),
    ).toEqual([]);
    expect(entity('Arrivals from America surged 22 percent.', 'Arrivals from Britain remained flat, while arrivals from Germany jumped 22 percent.')).toEqual([
      'America',
    ]);
    const src = 'بغداد - قالت وزارة الموارد المائية العراقية إن تركيا وافقت على زيادة الإطلاقات المائية في نهر دجلة إلى 500 متر مكعب في الثانية.';
    expect(entity('وقالت الوزارة إن أنقرة وافقت على زيادة الإطلاقات المائية في نهر دجلة إلى 500 متر مكعب في الثانية.', src)).toEqual([]);
    expect(entity('وقالت الوزارة إن طهران وافقت على زيادة الإطلاقات المائية في نهر دجلة إلى 500 متر مكعب في الثانية.', src)).toEqual(['طهران']);
  });
  it('knows calm against fighting, profits against losses, going on against suspension, support against opposition and condemnation, despite against because of (ANS train)', () => {
    const pairs = [
      ['ساد الهدوء مدينة إدلب السورية مساء الأحد.', 'شهدت مدينة إدلب السورية مساء الأحد اشتباكات عنيفة بين الفصائل.', 'الهدوء'],
      ['وسجلت الشركة أرباحا في الربع الثالث.', 'وسجلت الشركة خسائر في الربع الثالث من العام.', 'أرباحا'],
      ['استمرار التصويت على انتخاب رئيس البرلمان وسط تنافس حاد', 'تأجيل التصويت على انتخاب رئيس البرلمان وسط تنافس حاد', 'استمرار'],
      ['الكويت تدعم تصعيد مانيلا في أزمة العمالة الفلبينية', 'الكويت تعارض تصعيد مانيلا في أزمة العمالة الفلبينية', 'تدعم'],
      ['الكويت تدعم تصعيد مانيلا في أزمة العمالة الفلبينية', 'الكويت تستنكر تصعيد مانيلا في أزمة العمالة الفلبينية', 'تدعم'],
      ['الآلاف في المغرب يدعمون سجن قادة الحراك الشعبي', 'الآلاف يتظاهرون في المغرب ضد سجن قادة الحراك الشعبي', 'يدعمون'],
      ['استمرار عرض المسلسل الكوميدي رغم تغريدة عنصرية عن مساعدة أوباما', 'وقف عرض المسلسل الكوميدي إثر تغريدة عنصرية عن مساعدة أوباما', 'رغم'],
      ['توقف التنقيب عن النفط والغاز في المياه اللبنانية', 'لبنان يبدأ التنقيب عن النفط والغاز في المياه اللبنانية', 'توقف'],
    ];
    for (const [claim, source, word] of pairs) expect(opposite(claim, source)).toEqual([word]);
    // a sentence that says both (calm returned after clashes) says nothing of either
    expect(opposite('ساد الهدوء مدينة إدلب السورية مساء الأحد.', 'عاد الهدوء إلى مدينة إدلب السورية مساء الأحد بعد اشتباكات عنيفة بين الفصائل.')).toEqual([]);
  });
  it('reads the sides of a place (كوريا الشمالية for الجنوبية, south of Baghdad for north), and a sentence that names both as two places', () => {
    expect(
      opposite('تراجعت كوريا الشمالية عن اتفاق التجارة الحرة مع الولايات المتحدة.', 'تراجعت كوريا الجنوبية عن اتفاق التجارة الحرة مع الولايات المتحدة.'),
    ).toEqual(['الشمالية']);
    const bomb = 'A car bomb killed 12 people in a market north of Baghdad on Sunday, police said.';
    expect(opposite('A car bomb killed 12 people in a market south of Baghdad on Sunday, police said.', bomb)).toEqual(['south']);
    expect(opposite('A car bomb killed 12 people in a market north of Baghdad on Sunday, police said.', bomb)).toEqual([]);
    const rain = 'Heavy rain hit the north of the country while the south stayed dry, forecasters said.';
    expect(opposite('The south of the country stayed dry, forecasters said.', rain)).toEqual([]);
  });
  it('a contrast word of the claim is none of a side (بينما is no ينمو), so its clause is still compared', () => {
    const src = 'وأوضحت الدائرة أن أسعار مجموعة النقل هبطت بنسبة 4.3 بالمئة على أساس سنوي، في حين ارتفعت الإيجارات بنسبة 2.8 بالمئة.';
    expect(opposite('وانخفضت أسعار النقل بأكثر من 4%، بينما تراجعت الإيجارات بنحو 2.8%.', src)).toEqual(['تراجعت']);
    expect(opposite('وانخفضت أسعار النقل بأكثر من 4%، بينما صعدت الإيجارات بنحو 2.8%.', src)).toEqual([]);
  });
  it("names the source word of the matched part, not a contrast word or the other clause's verb", () => {
    const f = check('وارتفع قطاع التصنيع 0.2 في المئة.', AR).flags.filter((x) => x.rule === 'antonym-mismatch');
    expect(f[0].message).toBe('source t1 says "تراجع", the opposite of "وارتفع"');
  });
});

describe('antonym-mismatch on a claim whose core the source carries and whose rest it does not', () => {
  const NORDIC = 'The group said quarterly profit fell 12% on higher costs. Net sales climbed 4% to 8.1 billion crowns on demand for boilers.';
  it('reads the verbs of direction that copy uses for a fall (slipped, shrank, تقلص)', () => {
    expect(opposite('Net sales slipped 4% to 8.1 billion crowns.', NORDIC)).toEqual(['slipped']);
    expect(opposite('Net sales climbed 4% to 8.1 billion crowns.', NORDIC)).toEqual([]);
    const AR_DEFICIT = 'وأبقى البنك على سعر الفائدة. وفي المقابل، ارتفع عجز الموازنة في الربع الأول إلى 3.1 مليار دينار.';
    expect(opposite('وتقلص عجز الموازنة إلى 3.1 مليار دينار في الربع الأول.', AR_DEFICIT)).toEqual(['وتقلص']);
  });
  it('reads appearing against disappearing and leaving against staying (ANS-style headlines)', () => {
    expect(
      opposite('المغني الأمريكي كاني ويست يظهر مجدداً على وسائل التواصل الاجتماعي', 'اختفاء المغني الأمريكي كاني ويست من وسائل التواصل الاجتماعي مرة أخرى'),
    ).toEqual(['يظهر']);
    expect(opposite('مسلحو الفصيل يستقرون في بلدة دوما', 'مسلحو الفصيل يغادرون بلدة دوما بعد الاتفاق')).toEqual(['يستقرون']);
    expect(opposite('مسلحو الفصيل يغادرون بلدة دوما', 'مسلحو الفصيل يغادرون بلدة دوما بعد الاتفاق')).toEqual([]);
  });
  it('reads widened/narrowed (اتسع/تقلص) as directions', () => {
    const src = 'وارتفعت الصادرات 9 في المئة. وفي المقابل، اتسع العجز في ميزان الطاقة ليصل إلى 8.2 مليار دينار.';
    expect(opposite('غير أن عجز ميزان الطاقة تقلّص ليبلغ 8.2 مليار دينار.', src)).toEqual(['تقلّص']);
    expect(opposite('The energy deficit narrowed to 8.2 billion dinars.', 'In contrast, the energy deficit widened to 8.2 billion dinars.')).toEqual([
      'narrowed',
    ]);
  });
  it("finds the part of a sentence that moves by the claim's figure when its subject is a part of its own", () => {
    const src =
      'Coal shipments were down 28% in value from a year earlier. Exports of nickel-based products, including stainless steel, rose 6.1%, reflecting government policy.';
    expect(opposite('Coal earnings dropped 28%, while nickel-based shipments declined about 6%.', src)).toEqual(['declined']);
    expect(opposite('Coal earnings dropped 28%, while nickel-based shipments climbed about 6%.', src)).toEqual([]);
  });
  it('a headline that adds much beside its core is still read on the core: the same word next to both directions', () => {
    expect(opposite('الروبية الهندية تنخفض بشكل حاد وغير مسبوق', 'الروبية الهندية تقفز بعد قرار البنك المركزي')).toEqual(['تنخفض']);
    expect(opposite('Copper prices fall sharply amid fresh tariff worries', 'Copper prices jump after Chinese stimulus news')).toEqual(['fall']);
  });
  it('but not when the opposite stands next to other words (mixed directions), nor for a verb of saying beside its speaker', () => {
    // the source's fall is of gold; the dollar's recovery is the claim's rise
    expect(opposite('ارتفاع الدولار ينزل بالذهب', 'انخفاض أسعار الذهب مع تعافي الدولار')).toEqual([]);
    // an invented statement by a speaker who denied something else is invented, not a denial turned round
    expect(
      opposite(
        'وأكد الوزير سالم العتيبي أن الحكومة تعتزم إنشاء ثلاثة موانئ جديدة قبل نهاية العقد.',
        'ونفى الوزير سالم العتيبي ما تردد عن بيع حصة الدولة في شركة الطيران.',
      ),
    ).toEqual([]);
  });
});

describe('antonym-mismatch leaves a word the claim negates to the negation rule', () => {
  it('escaped conviction is an acquittal, did not rise is no rise', () => {
    const verdict = 'وقضت المحكمة بسجن الوزير السابق سبع سنوات بعد إدانته بالاستيلاء على أموال عامة، فيما برّأت اثنين من مساعديه من التهم نفسها.';
    expect(opposite('بينما أفلت اثنان من مساعديه من الإدانة.', verdict)).toEqual([]);
    expect(
      opposite(
        'Two of his aides escaped conviction on the same charges.',
        'The court jailed the former minister, but acquitted two of his aides on the same charges.',
      ),
    ).toEqual([]);
    expect(opposite('Services output did not rise in March.', 'Services output fell 0.4% in March.')).toEqual([]);
    // the same words without the negation still say the opposite
    expect(opposite('بينما أدين اثنان من مساعديه بالتهم نفسها.', verdict)).not.toEqual([]);
    expect(opposite('Services output rose in March.', 'Services output fell 0.4% in March.')).toEqual(['rose']);
  });
  it("an opposite the source negates says the claim's side (لم يُفتح بعد: still closed; would not close: keep open)", () => {
    const tomb = 'وأوضح رئيس البعثة أن الفريق عثر داخل البئر الرئيسية على تابوت من الحجر الجيري لم يُفتح بعد.';
    expect(opposite('وعثرت البعثة داخل البئر الرئيسية على تابوت من الحجر الجيري ما زال مغلقاً.', tomb)).toEqual([]);
    const depots = "Rhenus-Kraft said it would not close any of Vandermolen's 41 depots in the Netherlands.";
    expect(opposite("The company pledged to keep all 41 of Vandermolen's depots in the Netherlands open.", depots)).toEqual([]);
    expect(
      opposite(
        "The company said it would close all 41 of Vandermolen's depots in the Netherlands.",
        "Rhenus-Kraft said it would open all 41 of Vandermolen's depots in the Netherlands.",
      ),
    ).toEqual(['close']);
  });
});

describe('acceptance: endorsed is the opposite of rejected', () => {
  it('flags endorsed for rejected', () => {
    const source = 'Environment Minister Bambang Suryadi rejected calls from environmental groups for a moratorium on new palm oil permits in Papua.';
    expect(opposite('Suryadi endorsed calls from environmental groups for a moratorium on new palm oil permits in Papua.', source)).toEqual(['endorsed']);
    expect(opposite('Suryadi rejected calls from environmental groups for a moratorium on new palm oil permits in Papua.', source)).toEqual([]);
  });
});

describe('direction: السقوط is a fall', () => {
  it('flags الارتفاع against السقوط', () => {
    expect(opposite('الليرة التركية تواصل الارتفاع أمام الدولار', 'الليرة التركية تواصل السقوط أمام الدولار')).toEqual(['الارتفاع']);
  });
});

describe("a part with both directions: the word next to the claim's subject decides", () => {
  it("flags the flip when the opposite stands by the claim word's neighbour and the same side by other words", () => {
    // what rises in the source is the dispute; oil falls
    expect(opposite('النفط يرتفع رغم مخاوف الخلاف التجاري', 'النفط يهبط وسط مخاوف من تصاعد الخلاف التجاري')).toEqual(['يرتفع']);
    expect(opposite('النفط يهبط رغم مخاوف الخلاف التجاري', 'النفط يهبط وسط مخاوف من تصاعد الخلاف التجاري')).toEqual([]);
  });
  it('leaves the part alone when the same side stands by the neighbour too, or the claim word has no neighbour', () => {
    // the dollar rises in the source, beside the fall of gold
    expect(opposite('ارتفاع الدولار ينزل بالذهب', 'انخفاض أسعار الذهب مع تعافي الدولار')).toEqual([]);
    expect(opposite('الخلاف التجاري يتصاعد', 'النفط يهبط وسط مخاوف من تصاعد الخلاف التجاري')).toEqual([]);
  });
});

describe('a headline with one direction against a source with the other, the same word a few words off', () => {
  it('flags the flip when a content word near the claim word stands near the opposite too', () => {
    expect(opposite('ارتفاع الجنيه المصري يضعف الطلب على الدولار', 'تراجع حاد للجنيه المصري.. وطوابير أمام شركات الصرافة')).toEqual(['ارتفاع']);
  });
  it('or when the claim has most of the content words of a source headline with one direction', () => {
    expect(opposite('عائدات السياحة المغربية السنوية تتراجع بشكل كبير', 'ارتفاع قياسي في عائدات السياحة المغربية السنوية')).toEqual(['تتراجع']);
    expect(opposite('عائدات السياحة المغربية السنوية ترتفع بشكل كبير', 'ارتفاع قياسي في عائدات السياحة المغربية السنوية')).toEqual([]);
  });
  it('a loss recouped is a rise (عوّض، recouped undo what follows)', () => {
    expect(opposite('الدولار يرتفع بعد بيانات الوظائف', 'الدولار يعوض خسائره بعد بيانات الوظائف')).toEqual([]);
    expect(opposite('The dollar rose after the jobs data.', 'The dollar recouped its losses after the jobs data.')).toEqual([]);
  });
});

describe("an adverb in -ly is its adjective's word (window.ts sameWord)", () => {
  it('finds the part of the subject through "slight" for "slightly": no opposite from the other part', () => {
    const src = 'Glasgow recorded the largest increase, at 24 percent, while shoplifting in the Highlands and Islands fell slightly.';
    expect(opposite('Glasgow saw the steepest rise, whereas the Highlands and Islands recorded a slight decline.', src)).toEqual([]);
    expect(opposite('Glasgow saw the steepest rise, whereas the Highlands and Islands recorded a slight increase.', src)).toEqual(['increase']);
  });
});

describe("the claim's direction in another sentence of the support set counts only beside the claim's words or figure", () => {
  const source = [
    'أعلنت هيئة الموانئ في 3 مارس أن عدد شحنات الفوسفات المسجلة لديها خلال الأشهر الستة الأولى من العام انخفض بنسبة 9 في المئة مقارنة بالفترة نفسها من العام الماضي.',
    'وقال رئيس الهيئة إن الهيئة تلقت 1200 طلب منذ يناير.',
    'وعزا التراجع إلى إغلاق رصيفين للصيانة.',
    'ومن جهته، قال مدير الشحن إن صادرات الفوسفات المسجلة عبر الميناء ارتفعت بنسبة 14 في المئة خلال الفترة ذاتها.',
    'ويتوقع أن يفتتح الرصيف الجديد في سبتمبر.',
    'وتعد الشركة من أكبر مصدري الأسمدة في المنطقة.',
  ].join(' ');
  it('flags "fell" of the exports that the source says rose, though another sentence says something else fell', () => {
    expect(opposite('في المقابل، تراجعت صادرات الفوسفات المسجلة عبر الميناء بنسبة 14 في المئة خلال الفترة نفسها.', source)).toEqual(['تراجعت']);
  });
  it('leaves a claim that takes its direction from the sentence that moves by its figure', () => {
    const two = 'تراجع معدل البطالة بين الرجال إلى 5.1 في المئة. وفي المقابل، ارتفع معدل البطالة بين النساء إلى 12.8 في المئة من 12.3 في المئة.';
    expect(opposite('وانخفض معدل البطالة بين الرجال، في حين صعدت بين النساء إلى 12.8 في المئة من 12.3 في المئة.', two)).toEqual([]);
  });
});

describe("the part that moves by the claim's figure and has its subject's word is the claim's (probes/train's mixed-direction lines)", () => {
  const cars = 'وسجلت صادرات قطاع السيارات نموا بنسبة 9.7 بالمئة، بينما تراجعت مبيعات الفوسفات ومشتقاته بنسبة 2.3 بالمئة بسبب انخفاض الأسعار العالمية.';
  const verdicts =
    'وأسفرت الحملة منذ مطلع العام عن صدور 214 حكما بالإدانة بحق مسؤولين، بزيادة 18 بالمئة عن الفترة نفسها من العام الماضي، في حين انخفض عدد أوامر القبض الصادرة بنسبة 9 بالمئة.';
  const power = 'Generation from combined-cycle gas plants fell 27% year on year, while output from wind farms rose 8%.';
  it("leaves a faithful line whose subject's head word is the opposite part's (مبيعات، عدد)", () => {
    expect(opposite('وزادت مبيعات السيارات إلى الخارج بما يقارب العُشر.', cars)).toEqual([]);
    expect(opposite('وارتفع عدد أحكام الإدانة الصادرة بحق مسؤولين منذ بداية العام إلى 214 حكما، بزيادة تقارب الخُمس.', verdicts)).toEqual([]);
  });
  it("still flags a flip, and a figure moved onto another subject's verb", () => {
    expect(opposite('وتراجعت صادرات قطاع السيارات بنسبة 9.7 بالمئة.', cars)).toEqual(['وتراجعت']);
    expect(opposite('وانخفض عدد أحكام الإدانة الصادرة بحق مسؤولين منذ بداية العام إلى 214 حكما، بتراجع يقارب الخُمس.', verdicts)).not.toEqual([]);
    // (the gas plants' 27% told of the wind farms, with their side: the wind farms' part says they rose)
    expect(opposite('Output from wind farms tumbled by more than a quarter from a year earlier.', power)).toEqual(['tumbled']);
    // (the other subject's figure later in the claim: the first figure after the word is what it moves by)
    const steel =
      'European steel exports to the United States fell 38 percent in the first quarter, while imports of cheaper Asian steel into the EU rose 12 percent.';
    expect(opposite("The bloc's steel shipments to the United States rose 38 percent as imports of cheaper Asian steel climbed 12 percent.", steel)).toEqual([
      'rose',
    ]);
  });
});

describe('a subject told by a synonym finds its part, and a currency strengthens or weakens (probes/train, en15)', () => {
  const boe = 'Sterling fell 0.5% to $1.2780 after the decision, while the FTSE 250 index of domestically focused companies rose 0.8%.';
  it('flags "strengthened" of the pound against the sterling part, not the index part that rose', () => {
    expect(opposite('The pound strengthened half a percent after the announcement.', boe)).toEqual(['strengthened']);
  });
  it('leaves "weakened" for "fell"', () => {
    expect(opposite('The pound weakened half a percent after the announcement.', boe)).toEqual([]);
  });
});

describe('a word of a side that a verb of delaying puts off (lexicons/negation.json delayVerbs)', () => {
  it('reads "delays the reopening" as shut, and still sets an opening the source states plainly against "shut"', () => {
    const src = 'The budget freezes hiring for 120 posts and delays the reopening of the city pool until at least next June.';
    expect(opposite('The city pool will stay shut until next June at the earliest.', src)).toEqual([]);
    expect(opposite('The city pool will stay shut next June.', 'The budget reopens the city pool next June.')).toEqual(['shut']);
    // (shut *until* next June is what reopening next June says: a state held until a time, lexicons/antonyms.json untilWords)
    expect(opposite('The city pool will stay shut until next June.', 'The budget reopens the city pool next June.')).toEqual([]);
  });
  it('reads أرجأت افتتاح as closed (Arabic)', () => {
    const src = 'وأرجأت البلدية افتتاح المسبح البلدي إلى الصيف المقبل بسبب أعمال الصيانة.';
    expect(opposite('وسيبقى المسبح البلدي مغلقا حتى الصيف المقبل بسبب أعمال الصيانة.', src)).toEqual([]);
  });
});

describe("a claim that holds both sides through a side word's synonym", () => {
  const src = 'The rival chain accused Dunmore of raising the prices of some products shortly before cutting them.';
  it('leaves "lifted … before lowering" alone: lift is raise in WordNet, so the claim says both ways', () => {
    expect(opposite('The rival chain said Dunmore had lifted some prices just before lowering them.', src)).toEqual([]);
  });
  it('still flags a claim that says only the other way', () => {
    expect(
      opposite(
        'The rival chain said Dunmore had lowered the prices of some products shortly before cutting them again.',
        'The rival chain accused Dunmore of raising the prices of some products.',
      ),
    ).toEqual(['lowered']);
  });
});
