import { describe, it, expect } from 'vitest';
import { check } from './checked.js';
import { tokenize } from '../src/text/tokenize.js';
import { speakersOf, sameSpeaker, declinersOf } from '../src/text/speakers.js';
import { analyze } from '../src/text/document.js';

/** The words that attribution-mismatch flags in a summary checked against a source. */
const swapped = (s: string, t: string) =>
  check(s, t)
    .flags.filter((f) => f.rule === 'attribution-mismatch')
    .map((f) => f.text);
/** The speakers read in a sentence, as text, with their kind. */
const speakers = (s: string) => speakersOf(s, tokenize(s)).map((x) => `${x.kind}:${x.tokens.map((t) => t.text).join(' ')}`);

const AR = [
  'قال وزير المالية المصري محمد معيط إن عجز الموازنة سينخفض إلى 6.6 في المئة في العام المالي المقبل.',
  'وقال محافظ البنك المركزي طارق عامر إن البنك سيبقي أسعار الفائدة دون تغيير حتى نهاية العام.',
  'وأضاف أن التضخم تراجع إلى 11 في المئة في مارس.',
  'وقال المتحدث باسم وزارة الخارجية أحمد أبو زيد إن الوفد سيصل إلى واشنطن الأسبوع المقبل.',
].join(' ');
const EN = [
  'Prosecutor Maria Lopez said the defendant had fled the country twice.',
  'Defence lawyer John Harris said his client had cooperated fully with the investigation.',
  'He added that the trial should be moved to another city.',
  'White House spokesman John Kirby told reporters the talks would resume next week.',
].join(' ');

describe('reading the speaker of a verb of saying', () => {
  it('a name that begins with ب (بايدن، بنكيران، بوتين) before what is said is the speaker, not ب + a noun; لرويترز is told to', () => {
    expect(speakers('وقال بايدن إن البلدين اتفقا.')).toEqual(['named:بايدن']);
    expect(speakers('وأضاف بنكيران أن البلدين اتفقا على تسهيل التأشيرات.')).toEqual(['named:بنكيران']);
    expect(speakers('وقال بوتين في مؤتمر صحفي إن البلدين اتفقا.')).toEqual(['named:بوتين']);
    expect(speakers('وقال مسؤول لرويترز إن البلدين اتفقا.')).toEqual(['generic:مسؤول']);
    expect(speakers('وقال للصحفيين إن البلدين اتفقا.')).toEqual([]);
  });
  it('after the verb in Arabic, when what was said opens after it (إن، أن، a colon)', () => {
    expect(speakers('وقال وزير المالية محمد معيط إن العجز سينخفض.')).toEqual(['named:وزير المالية محمد معيط']);
    expect(speakers('وقالت المتحدثة باسم الوزارة في بيان إن الوفد وصل.')).toEqual(['named:المتحدثة باسم الوزارة']);
    expect(speakers('وأكد محافظ البنك المركزي للصحفيين أن الفائدة لن تتغير.')).toEqual(['named:محافظ البنك المركزي']);
    expect(speakers('وقال الوزير: «سنعمل على خفض العجز».')).toEqual(['named:الوزير']);
    expect(speakers('وفقا لوزارة المالية، فإن العجز سينخفض.')).toEqual(['named:لوزارة المالية']);
    // a bare verb is a pronoun; a general speaker is generic; a verb with an object and no إن gives none
    expect(speakers('وأضاف أن التضخم تراجع.')).toEqual(['pronoun:']);
    expect(speakers('وقال مسؤولون إن الوفد وصل.')).toEqual(['generic:مسؤولون']);
    expect(speakers('ونفى الوزير الأنباء المتداولة.')).toEqual([]);
    // (but a verb of denial's object that points back to the accusation ends its subject: the denier)
    expect(speakers('ونفى الوزير الاتهامات الموجهة إليه.')).toEqual(['named:الوزير']);
    // a report quoting someone: the speaker is the one quoted, after عن
    expect(speakers('ونقلت وكالة رويترز عن وزير المالية قوله إن العجز سينخفض.')).toEqual(['named:وزير المالية']);
    expect(speakers('ونقلت الصحيفة عن مسؤول أمريكي قوله إن الغارات مستمرة.')).toEqual(['generic:مسؤول أمريكي']);
  });
  it('before "said" in English, after an inversion, and after "according to"', () => {
    expect(speakers('Finance Minister Mohamed Maait said the deficit would shrink.')).toEqual(['named:Finance Minister Mohamed Maait']);
    expect(speakers('"We will act," said John Kirby, a spokesman.')).toEqual(['named:John Kirby']);
    expect(speakers('According to the head of the central bank, inflation eased.')).toEqual(['named:head of the central bank']);
    expect(speakers('Kirby on Monday told reporters that the talks had ended.')).toEqual(['named:Kirby']);
    expect(speakers('In a statement the ministry said the talks had ended.')).toEqual(['named:ministry']);
    expect(speakers('The deficit will shrink, he said.')).toEqual(['pronoun:']);
    expect(speakers('Officials said the plan was ready.')).toEqual(['generic:Officials']);
    // a passive's subject is what was said; "states" is a noun as often as a verb
    expect(speakers('The guilty pleas were first reported by the Wall Street Journal.')).toEqual([]);
    expect(speakers('Bancel pointed to programs across a wide variety of disease states.')).toEqual([]);
  });
  it('one speaker phrase that is part of another, or shares most of it, is the same speaker; a shared role alone is not', () => {
    const same = (a: string, b: string) => sameSpeaker(tokenize(a), tokenize(b));
    expect(same('Kirby', 'John Kirby')).toBe(true);
    expect(same('المتحدث', 'المتحدث باسم الوزارة')).toBe(true);
    expect(same('الوزارة', 'الوزير')).toBe(true);
    expect(same('وزير المالية', 'وزير الخارجية')).toBe(false);
    expect(same('Maria Lopez', 'John Harris')).toBe(false);
  });
});

describe('an English speaker with an appositive between it and its verb', () => {
  it('is the name before the appositive, and the words after the verb are what is said, not an inverted speaker', () => {
    expect(speakers('Tom Geraghty, who heads cargo, said two freight carriers had moved their operations to Dublin.')).toEqual(['named:Tom Geraghty']);
    expect(speakers("City Councilwoman Rosa Delgado, the mayor's ally, said the result showed housing was the issue.")).toEqual([
      'named:City Councilwoman Rosa Delgado',
    ]);
    // an appositive that opens with a role, no article or who: the name before it, not the subject of what is said
    expect(speakers('Aminata Diabaté, director of operations at the council, said the regulator had no plans.')).toEqual(['named:Aminata Diabaté']);
    // a real inversion still reads its speaker
    expect(speakers('"We will appeal," said John Kirby, the spokesman.')).toEqual(['named:John Kirby']);
    expect(speakers('The fall was due to two carriers leaving, said Tom Geraghty, the head of cargo.')).toEqual(['named:Tom Geraghty']);
  });
  it('a named speaker is not another one for a role word their phrases share (City Councilman Mark Brennan, City Councilwoman Rosa Delgado)', () => {
    const src =
      'Lydia Ortega won the runoff, defeating two-term city councilman Mark Brennan. City Councilwoman Rosa Delgado, who endorsed Brennan, said the result showed that housing was now the biggest issue for voters here.';
    expect(swapped('City Councilman Mark Brennan said the result showed housing had become the biggest issue for voters.', src)).toEqual([
      'City Councilman Mark Brennan',
    ]);
    expect(swapped('City Councilwoman Rosa Delgado said the result showed housing had become the biggest issue for voters.', src)).toEqual([]);
  });
});

describe('attribution-mismatch', () => {
  it("flags another speaker's words fused from two of that speaker's sentences, and not the speaker's own", () => {
    const source =
      'Finance Minister Ahmed Kouchouk said the decision would help support investment, which fell 2.1% last year. "We are not on a pre-set path," Hassan Abdalla said. Central bank governor Hassan Abdalla told reporters that the board would "move cautiously" and that further cuts were not guaranteed.';
    // neither of the governor's sentences carries most of it alone: together they do
    expect(
      swapped(
        'Finance Minister Ahmed Kouchouk said policymakers were not on a pre-set path and would move cautiously, with no guarantee of further cuts.',
        source,
      ),
    ).toEqual(['Finance Minister Ahmed Kouchouk']);
    expect(
      swapped('Governor Hassan Abdalla said policymakers were not on a pre-set path and would move cautiously, with no guarantee of further cuts.', source),
    ).toEqual([]);
  });
  it("flags a statement fused from a speaker's sentence in the support set and the next one, said by another with a word more in his title (Arabic)", () => {
    const source = [
      'بيروت - نفى وزير الأشغال العامة فادي حمية، الثلاثاء، أن تكون الوزارة قد قررت إغلاق مطار بيروت أمام الرحلات الليلية.',
      'وقال حمية في مؤتمر صحفي إن اللجنة الفنية لم تنته من عملها.',
      'من جهته، أعلن المتحدث باسم الحكومة سمير حداد أن مجلس الوزراء أقر خطة لتوسيع المطار بقيمة مئتي مليون دولار.',
      'وتستقبل بيروت أكثر من ستة ملايين مسافر سنوياً.',
    ].join(' ');
    // the support set holds the minister's first sentence and the spokesman's (named in the claim); the
    // minister's second sentence, next to them, holds the rest of what is said
    const claim = (who: string) => `قال ${who} إن الوزارة لم تقرر إغلاق مطار بيروت أمام الرحلات الليلية، مؤكداً أن اللجنة لم تنته بعد.`;
    expect(swapped(claim('المتحدث باسم الحكومة اللبنانية سمير حداد'), source)).toEqual(['المتحدث باسم الحكومة اللبنانية سمير حداد']);
    expect(swapped(claim('وزير الأشغال العامة فادي حمية'), source)).toEqual([]);
    expect(swapped(claim('وزير الأشغال اللبناني فادي حمية'), source)).toEqual([]);
  });
  it('ends what a speaker says where a clause of its own opens (في حين، بينما، while), so a second statement is not his', () => {
    const source = [
      'وقال محاميه خالد الرشيدي للصحفيين عقب الجلسة إن موكله سيطعن في الحكم أمام محكمة الاستئناف.',
      'في المقابل، قال رئيس هيئة مكافحة الفساد عبد الله المطيري إن الحكم رسالة واضحة بأن لا أحد فوق القانون.',
    ].join(' ');
    expect(
      swapped(
        'وأعلن محاميه خالد الرشيدي أنه سيطعن في الحكم أمام الاستئناف، في حين وصف رئيس هيئة مكافحة الفساد عبد الله المطيري القرار بأنه رسالة واضحة بأن أحداً ليس فوق القانون.',
        source,
      ),
    ).toEqual([]);
    // (وصف is a verb of saying, its object before بأنه no part of its speaker)
    expect(speakers('وأعلن محاميه خالد الرشيدي أنه سيطعن في الحكم، في حين وصف رئيس الهيئة القرار بأنه رسالة.')).toEqual([
      'named:محاميه خالد الرشيدي',
      'named:رئيس الهيئة',
    ]);
    // the statement given to the wrong speaker is still flagged
    expect(swapped('وأعلن محاميه خالد الرشيدي أن الحكم رسالة واضحة بأن لا أحد فوق القانون.', source)).toEqual(['محاميه خالد الرشيدي']);
  });
  it("flags the speaker words when one named speaker's statement is given to another the source names (Arabic)", () => {
    expect(swapped('وقال محافظ البنك المركزي إن عجز الموازنة سينخفض إلى 6.6 في المئة في العام المالي المقبل.', AR)).toEqual(['محافظ البنك المركزي']);
    // a pronoun continuation in the source (وأضاف أن) is its last named speaker's
    expect(swapped('وقال وزير المالية إن التضخم تراجع إلى 11 في المئة في مارس.', AR)).toEqual(['وزير المالية']);
    expect(swapped('وقال وزير المالية إن الوفد سيصل إلى واشنطن الأسبوع المقبل.', AR)).toEqual(['وزير المالية']);
    const f = check('وقال محافظ البنك المركزي إن عجز الموازنة سينخفض إلى 6.6 في المئة في العام المالي المقبل.', AR).flags.find(
      (x) => x.rule === 'attribution-mismatch',
    )!;
    expect(f.severity).toBe('error');
    expect(f.message).toBe('source t1 gives this to "وزير المالية المصري محمد معيط", not "محافظ البنك المركزي"');
  });
  it("flags the speaker words when the prosecutor's words go to the defence lawyer (English)", () => {
    expect(swapped('Defence lawyer John Harris said the defendant had fled the country twice.', EN)).toEqual(['Defence lawyer John Harris']);
    expect(swapped('The defendant had fled the country twice, Harris said.', EN)).toEqual(['Harris']);
    expect(swapped('Lopez said his client had cooperated fully with the investigation.', EN)).toEqual(['Lopez']);
    expect(swapped('Lopez told reporters the talks would resume next week.', EN)).toEqual(['Lopez']);
  });
  it('leaves a faithful account of who said what alone (Arabic): a part of the name, the role, a pronoun, a general speaker', () => {
    for (const s of [
      'وقال معيط إن عجز الموازنة سينخفض إلى 6.6 في المئة في العام المالي المقبل.',
      'وقال وزير المالية إن عجز الموازنة سينخفض إلى 6.6 في المئة في العام المالي المقبل.',
      'وبحسب وزير المالية فإن عجز الموازنة سينخفض إلى 6.6 في المئة في العام المالي المقبل.',
      'وقال عامر إن التضخم تراجع إلى 11 في المئة في مارس.',
      'وقال المتحدث إن الوفد سيصل إلى واشنطن الأسبوع المقبل.',
      'وأضاف أن التضخم تراجع إلى 11 في المئة في مارس.',
      'وقال مسؤولون إن الوفد سيصل إلى واشنطن الأسبوع المقبل.',
      'ونقلت وكالة رويترز عن معيط قوله إن عجز الموازنة سينخفض إلى 6.6 في المئة في العام المالي المقبل.',
    ])
      expect(swapped(s, AR), s).toEqual([]);
  });
  it('leaves a faithful account of who said what alone (English): reordered, according to, a part of the name, a pronoun, the role for the name', () => {
    for (const s of [
      'The defendant had fled the country twice, the prosecutor said.',
      'According to prosecutor Maria Lopez, the defendant had fled the country twice.',
      'Harris said his client had cooperated fully with the investigation.',
      'Harris added that the trial should be moved to another city.',
      'He said the talks would resume next week.',
      'Kirby said the talks would resume next week.',
      'The spokesman said the talks would resume next week.',
      'Officials said the talks would resume next week.',
    ])
      expect(swapped(s, EN), s).toEqual([]);
  });
  it('judges each speaker of a sentence on what that speaker says there', () => {
    const src =
      'Finance Minister Mohamed Maait said the budget deficit would fall to 6.6 percent in the next fiscal year. Central bank governor Tarek Amer said the bank would keep interest rates unchanged until the end of the year.';
    expect(
      swapped(
        'Maait said the deficit would fall, while central bank governor Tarek Amer said the bank would keep interest rates unchanged until the end of the year.',
        src,
      ),
    ).toEqual([]);
    expect(
      swapped(
        'The bank would keep interest rates unchanged until the end of the year, Amer said, and Maait said the budget deficit would fall to 6.6 percent in the next fiscal year.',
        src,
      ),
    ).toEqual([]);
    expect(
      swapped(
        'The bank would keep interest rates unchanged until the end of the year, Maait said, and Amer said the budget deficit would fall to 6.6 percent in the next fiscal year.',
        src,
      ),
    ).toEqual(['Maait', 'Amer']);
    expect(swapped('وقال معيط إن العجز سينخفض، بينما قال محافظ البنك المركزي طارق عامر إن البنك سيبقي أسعار الفائدة دون تغيير حتى نهاية العام.', AR)).toEqual(
      [],
    );
  });
  it('a role and a name side by side in the source are one person: the governor\'s words given to "Amer" are his', () => {
    const src =
      'The central bank governor, Tarek Amer, met bankers on Monday. Amer said the bank would keep interest rates unchanged until the end of the year.';
    expect(swapped('The governor said the bank would keep interest rates unchanged until the end of the year.', src)).toEqual([]);
  });
  it('leaves speakers that share a role word alone (it cannot tell رئيس الحكومة for رئيس الوزراء from وزير الخارجية for وزير المالية), and speakers in general terms', () => {
    const src =
      'قال رئيس الوزراء مصطفى مدبولي إن الحكومة ستطرح حصصا في عشر شركات. وقال وزير المالية محمد معيط إن العائدات ستوجه لخفض الدين العام. والتقى وزير الخارجية سامح شكري نظيره الأميركي. وكان رئيس الحكومة قد زار البورصة الأسبوع الماضي.';
    expect(swapped('وقال وزير الخارجية إن العائدات ستوجه لخفض الدين العام.', src)).toEqual([]);
    expect(swapped('وقال رئيس الحكومة إن الحكومة ستطرح حصصا في عشر شركات.', src)).toEqual([]);
    expect(swapped('وقال مسؤول مصري إن العائدات ستوجه لخفض الدين العام.', src)).toEqual([]);
    // and a speaker that shares no word is still caught
    expect(swapped('وقال رئيس الحكومة إن العائدات ستوجه لخفض الدين العام.', src)).toEqual(['رئيس الحكومة']);
  });
  it('a surname given the words of another speaker whose phrase shares a role word with its own (المالية) is caught', () => {
    const src =
      'وقال وزير المالية خالد الزعبي أمام النواب إن الحكومة لن ترفع أسعار الوقود هذا العام. ' +
      'من جانبه، أكد رئيس اللجنة المالية النيابية فهد الخطيب أن اللجنة خفضت النفقات الجارية بنحو 90 مليون دينار.';
    expect(swapped('وقال الزعبي إن اللجنة خفضت النفقات الجارية بنحو 90 مليون دينار.', src)).toEqual(['الزعبي']);
    expect(swapped('وقال الخطيب إن اللجنة خفضت النفقات الجارية بنحو 90 مليون دينار.', src)).toEqual([]);
  });
  it('a speaker named in the sentence that says it is inside a report, not swapped (the council announced …, the agency reported)', () => {
    const src =
      'The General National Congress (GNC) declared much of the south a closed military zone and announced that it would close the borders with Niger and Chad, state news agency LANA reported. The GNC met again on Monday.';
    expect(swapped('The GNC announced that it would close the borders with Niger and Chad.', src)).toEqual([]);
  });
  it('needs the other speaker to be in the source: a speaker it never names is no swap of this rule', () => {
    expect(swapped('Finance Minister Ahmed Kamal said the defendant had fled the country twice.', EN)).toEqual([]);
  });
});

describe('English speakers: a name with "and" inside, and an appositive that opens with a role', () => {
  it('keeps "and" between capitalised words of one name', () => {
    expect(speakers('The Food and Drug Administration said on Monday it would review the drug.')).toEqual(['named:Food and Drug Administration']);
    expect(speakers('Growers and traders said prices rose.')).toEqual(['named:traders']);
  });
  it('reads the name before an appositive that opens with a role in lower case', () => {
    expect(speakers('Aminata Diabaté, director of operations at the Coffee and Cocoa Council, said the regulator had no plans to change the price.')).toEqual([
      'named:Aminata Diabaté',
    ]);
    // (a clause before a comma that is no appositive of a name leaves the speaker after it)
    expect(speakers('In Abidjan, growers said prices rose.')).toEqual(['named:growers']);
  });
});

describe('attribution-mismatch on a paraphrased statement, and a speaker described in lower case', () => {
  const src = [
    "MADRID (Reuters) - Spain's solar output hit a record in May, grid operator Red Electrica said on Monday.",
    'Pablo Serrat, head of operations at Red Electrica, said the grid had coped well with the surge.',
    'Energy Minister Teresa Ribas said more than 200 hours of negative prices this spring showed the need for storage.',
    'Wind output fell 12% over the same period.',
  ].join('\n');
  const wrong = (s: string, t = src) =>
    check(s, t, { summaryLang: 'en', sourceLang: 'en' })
      .flags.filter((f) => f.rule === 'attribution-mismatch')
      .map((f) => f.text);
  it("flags the minister's words given to another named speaker when half of them are paraphrased (CONTENT 0.5)", () => {
    expect(wrong('Pablo Serrat said the 200-plus hours of negative prices this spring proved batteries were needed.')).toEqual(['Pablo Serrat']);
    expect(wrong('Teresa Ribas said the 200-plus hours of negative prices this spring proved batteries were needed.')).toEqual([]);
  });
  it('reads "the regulator said" as a description of a speaker named before, not another speaker', () => {
    const source = [
      "SEOUL (Reuters) - South Korea's Fair Trade Commission said on Tuesday it had fined ride-hailing operator Dalgo Mobility 72.4 billion won.",
      'The regulator said the practice gave franchise drivers as much as 34% more ride requests than independent drivers during peak hours.',
    ].join('\n');
    expect(
      wrong('Franchise drivers got about a third more ride requests at peak hours than independent drivers, the Fair Trade Commission said.', source),
    ).toEqual([]);
  });
});

describe('attribution-mismatch: a body and its officer named by its acronym', () => {
  it("gives a body's statement to its officer when the source names the body by its acronym (TNB for Tenaga Nasional Berhad)", () => {
    const src =
      'A transmission fault plunged much of northern Peninsular Malaysia into darkness for up to nine hours on Wednesday, national utility Tenaga Nasional Berhad (TNB) said. Power was lost after a fire damaged a substation near Gurun in Kedah, triggering automatic shutdowns across the regional grid, TNB chief operating officer Azlan Hashim said.';
    const summary =
      'Customers lost power for up to nine hours after a substation fire near Gurun set off automatic shutdowns on the grid, Tenaga Nasional Berhad said.';
    expect(swapped(summary, src)).toEqual([]);
    // a speaker the source names for other words is still another speaker
    const withMinister = `${src} Energy Minister Fadillah Yusof said the government would order an independent review of the grid.`;
    expect(swapped(summary.replace('Tenaga Nasional Berhad said', 'Energy Minister Fadillah Yusof said'), withMinister)).toEqual([
      'Energy Minister Fadillah Yusof',
    ]);
  });
});

describe('verbs of pledging and replying name their speaker', () => {
  it('reads the speaker of pledged, vowed and urged', () => {
    expect(speakers('Okafor pledged that the clinics would open in autumn.')).toEqual(['named:Okafor']);
    expect(speakers('Union leader Linda Marchetti urged the province to act.')).toEqual(['named:Union leader Linda Marchetti']);
  });
});

describe('attribution-mismatch: a claim speaker described in lower case', () => {
  // (a fresh editor pair's report: the source's first sentence has "the industry wrote premiums" before its speaker)
  const source = [
    "NAIROBI, April 8 (Reuters) - Kenya's insurance industry wrote gross premiums of 412 billion shillings ($3.2 billion) last year, up 12 percent from a year earlier, the Insurance Regulatory Authority (IRA) said on Tuesday, even as insurance penetration remained stuck at about 2.3 percent of economic output.",
    "Godfrey Kiptoo, the authority's chief executive, told reporters in Nairobi that medical cover was the fastest-growing class, with premiums rising by nearly a fifth, while motor insurance premiums fell 4 percent as more vehicle owners dropped comprehensive policies for cheaper third-party cover.",
    '"We are growing, but we are growing from a very small base, and most Kenyans still have no cover at all," Kiptoo said.',
    "He said the regulator had placed two small general insurers under statutory management during the year after they failed to meet solvency requirements, but denied that any of the country's ten largest underwriters was in financial distress.",
    '"There is no systemic risk in this market. The problems we dealt with were isolated," Kiptoo said.',
    "Claims paid by the industry rose to 171 billion shillings, with fraudulent motor and medical claims estimated to account for about one shilling in every eight paid out, according to the authority's annual report.",
    'Grace Mwangi, chairwoman of the Association of Kenya Insurers, said the industry planned to launch a shared fraud database next year that would allow companies to flag suspicious claims across firms.',
    '"Fraud is a tax on every honest policyholder," Mwangi said, adding that members had reported more than 3,000 suspected fraud cases to police in the past 12 months.',
    'A revised rule requiring general insurers to hold at least 1 billion shillings in core capital is expected to take effect in January, a change the IRA says could push some smaller firms to merge.',
    'Kiptoo said the authority was also reviewing rules for micro-insurance products sold through mobile phones, which have drawn about 1.1 million new customers since 2022.',
  ].join('\n');
  it('is no name to set against the source speaker ("the regulator said" after the authority is named)', () => {
    const wrong = check(
      'Kenyan insurers collected 12 percent more in gross premiums last year, to 412 billion shillings, yet cover still amounts to only about 2.3 percent of GDP, the regulator said.',
      source,
      { summaryLang: 'en', sourceLang: 'en' },
    ).flags.filter((f) => f.rule === 'attribution-mismatch');
    expect(wrong).toEqual([]);
  });
});

describe("attribution-mismatch: another speaker's paraphrased words beside the claim speaker's own statement", () => {
  // (the shape of a fresh editor pair: one club's director given the other club's director's praise, paraphrased
  // below CONTENT; the claim's speaker has a statement of his own two sentences on)
  const source = [
    'PARIS, July 2 (AFP) - Olympique Lyonnais have signed Senegal midfielder Ibrahima Diallo from Sevilla on a four-year contract, the clubs said on Tuesday.',
    'The 25-year-old made 31 league appearances last season, his third in Spain.',
    'Lyon sporting director Marc Delorme said Diallo\'s "vision and stamina" made him "precisely the player our midfield was missing."',
    'Sevilla president Andres Molina said the club had been reluctant to let him go but accepted an offer that was "impossible to refuse for a player entering the last year of his contract."',
    'Diallo said joining Lyon was "a dream come true."',
    'Neither club disclosed the fee.',
  ].join('\n');
  const wrong = (s: string) =>
    check(s, source, { summaryLang: 'en', sourceLang: 'en' })
      .flags.filter((f) => f.rule === 'attribution-mismatch')
      .map((f) => f.text);
  it("flags the speaker when another speaker's sentence carries a part of what is said and the speaker's own none", () => {
    expect(
      wrong("Sevilla president Andres Molina said the 25-year-old's vision and stamina made him precisely the sort of player the club's midfield had lacked."),
    ).toEqual(['Sevilla president Andres Molina']);
  });
  it('leaves the same paraphrase alone when it goes to the speaker who said it, and each speaker with his own words', () => {
    expect(
      wrong(
        "Lyon sporting director Marc Delorme said the 25-year-old's vision and stamina made him precisely the sort of player the club's midfield had lacked.",
      ),
    ).toEqual([]);
    expect(
      wrong(
        'Sevilla president Andres Molina said the club had been unwilling to sell but could not refuse such an offer for a player with a year left on his deal.',
      ),
    ).toEqual([]);
  });
});

describe('attribution-mismatch: words given to a body the source has only declining to comment', () => {
  const en = [
    'LYON, France (AP) — Regional health authorities on Monday delayed a decision on closing the maternity ward at Saint-Roch Hospital after 3,000 residents signed a petition against the plan.',
    'The hospital group had been expected to approve the closure this month to save 6 million euros a year.',
    'Group director Claire Fabre said the board would "listen to the concerns of mothers and midwives" before deciding.',
    'The group expects a deficit of 21 million euros this year, up from 15 million last year.',
    "A spokesman for the Ministry of Health declined to comment on the group's finances.",
  ].join('\n');
  const ar = [
    'أرجأت هيئة المستشفيات في مدينة صفاقس التونسية يوم الاثنين التصويت على إغلاق قسم الولادة في مستشفى الهادي شاكر بعد احتجاجات شارك فيها نحو ثلاثة آلاف شخص.',
    'وتتوقع الهيئة عجزا قدره اثنا عشر مليون دينار هذا العام مقابل ثمانية ملايين دينار في العام الماضي.',
    'وقالت مديرة الهيئة سلوى بن علي إن مجلس الإدارة يحتاج إلى مزيد من الوقت لدراسة مخاوف المرضى.',
    'وامتنع متحدث باسم وزارة الصحة عن التعليق على الوضع المالي للهيئة.',
  ].join('\n');
  const flags = (s: string, t: string, lang: string) =>
    check(s, t, { summaryLang: lang, sourceLang: lang }).flags.filter((f) => f.rule === 'attribution-mismatch');
  it('reads who declined to comment (declined, refused, did not respond … for comment; امتنع عن، رفض، لم ترد … للتعليق)', () => {
    const decliners = (s: string) => declinersOf(s, tokenize(s)).map((p) => p.map((t) => t.text).join(' '));
    expect(decliners("A spokesman for the Ministry of Health declined to comment on the group's finances.")).toEqual(['spokesman for the Ministry of Health']);
    expect(decliners('The airline did not immediately respond to a request for comment.')).toEqual(['airline']);
    expect(decliners('The airline declined to give details of the deal.')).toEqual([]);
    expect(decliners('وامتنع متحدث باسم وزارة الصحة عن التعليق.')).toEqual(['متحدث باسم وزارة الصحة']);
    expect(decliners('ورفضت الشركة التعليق على الصفقة.')).toEqual(['الشركة']);
    expect(decliners('ولم ترد الوزارة على طلب للتعليق.')).toEqual(['الوزارة']);
  });
  it('reads officials of a body as one speaker in general (مسؤولون في وزارة الصحة)', () => {
    expect(speakers('وقال مسؤولون في وزارة الصحة إن العجز سيرتفع.')).toEqual(['generic:مسؤولون في وزارة الصحة']);
    expect(speakers('وقال مسؤولون في بيان إن العجز سيرتفع.')).toEqual(['generic:مسؤولون']);
  });
  it('flags the speaker when the source states the words without it and has it only declining to comment', () => {
    const f = flags(
      'Ministry of Health officials said the hospital group expects a 21 million euro deficit this year, compared with 15 million a year earlier.',
      en,
      'en',
    );
    expect(f.map((x) => [x.text, x.messageId, x.expected])).toEqual([['Ministry of Health officials', 'declined', 'spokesman for the Ministry of Health']]);
    const g = flags(
      'وقال مسؤولون في وزارة الصحة إن الهيئة تتوقع عجزا قدره اثنا عشر مليون دينار هذا العام مقابل ثمانية ملايين دينار في العام الماضي.',
      ar,
      'ar',
    );
    expect(g.map((x) => x.text)).toEqual(['مسؤولون في وزارة الصحة']);
  });
  it('leaves the fact without a speaker, what the decliner did say, a body the source names as a speaker, and "the company said" of a report alone', () => {
    expect(flags('The hospital group expects a 21 million euro deficit this year, compared with 15 million a year earlier.', en, 'en')).toEqual([]);
    expect(flags('وتتوقع الهيئة عجزا قدره اثنا عشر مليون دينار هذا العام مقابل ثمانية ملايين دينار في العام الماضي.', ar, 'ar')).toEqual([]);
    const speaking = en.replace('Regional health authorities on Monday delayed', 'The Ministry of Health said on Monday it had delayed');
    expect(
      flags(
        'Ministry of Health officials said the hospital group expects a 21 million euro deficit this year, compared with 15 million a year earlier.',
        speaking,
        'en',
      ),
    ).toEqual([]);
    const report = [
      'NEW YORK (Reuters) - Acme Corp said on Tuesday its quarterly profit rose 8% to $1.2 billion.',
      'Revenue climbed 10% to $20 billion, helped by cloud sales.',
      'Acme declined to comment on reports that it was in talks to buy a rival.',
    ].join('\n');
    expect(flags('Revenue climbed 10% to $20 billion on cloud sales, Acme said.', report, 'en')).toEqual([]);
  });
});

describe('attribution-mismatch: speakers of the eighteenth batch of fresh editor pairs', () => {
  const src =
    'وقال مدير عام المكتبة عبدالله خالد الرومي إن المشروع يشمل 1800 مخطوطة. ' +
    'من جهتها، قالت رئيسة قسم الحفظ في المكتبة فاطمة يوسف العنزي إن نحو 15 في المئة من المخطوطات تحتاج إلى ترميم. ' +
    'وأكدت العنزي أن فريق الترميم يضم 12 متخصصا. ' +
    'وأشارت إلى أن المكتبة رقمنت حتى الآن 40 ألف صفحة في مرحلة تجريبية استمرت ستة أشهر.';
  it('reads a bare verb with its particle (وأشارت إلى أن) as the speaker before it, and flags another speaker', () => {
    expect(swapped('وأشار الرومي إلى أن المكتبة رقمنت حتى الآن أربعين ألف صفحة ضمن مرحلة تجريبية.', src)).toEqual(['الرومي']);
    expect(swapped('وأشارت العنزي إلى أن المكتبة رقمنت حتى الآن أربعين ألف صفحة ضمن مرحلة تجريبية.', src)).toEqual([]);
  });
  it('reads a long role with the name set off by commas as a speaker', () => {
    const roles =
      'وأوضح المدير العام للفلاحة الحضرية منير الزواري أن كل مستفيد سيحصل على حاويات زراعة. ' +
      'من جهتها، قالت المكلفة بالشؤون البيئية ببلدية تونس، ليلى الدريدي، إن الحدائق تساهم في خفض درجة الحرارة داخل المساكن بما بين درجتين وأربع درجات.';
    expect(swapped('وقال الزواري إن الحدائق تخفض حرارة المساكن بما بين درجتين وأربع درجات.', roles)).toEqual(['الزواري']);
  });
  it('leaves a body whose officer the source quotes (الرئيس التنفيذي للمركز for بحسب المركز)', () => {
    const body =
      'أعلن المركز الوطني للنخيل والتمور ارتفاع صادرات التمور بنسبة 14 في المائة. ' +
      'وقال الرئيس التنفيذي للمركز الدكتور محمد بن عبدالله النويران إن التمور السعودية وصلت هذا الموسم إلى 119 دولة، مقارنة بـ113 دولة في العام الماضي.';
    expect(swapped('وبحسب المركز الوطني للنخيل والتمور وصلت التمور السعودية إلى 119 دولة بعد أن كانت 113 في العام الماضي.', body)).toEqual([]);
  });
});

describe('attribution-mismatch: the nineteenth batch of fresh editor pairs', () => {
  it('reads a one-word speaker by its stem: الوزير is not named elsewhere by الوزارة', () => {
    const src =
      'وقال وزير الصناعة والتجارة سامر الحياري، في مؤتمر صحفي عقده بمقر الوزارة، إن السعر الأعلى للتر الحليب حُدد بخمسة وتسعين قرشا. ' +
      'وأشار الحياري إلى أن فرق الرقابة التابعة للوزارة ستنفذ جولات يومية، وأن المخالفين سيتعرضون لغرامات تصل إلى ألف دينار.';
    expect(swapped('وأشار الوزير إلى أن المخالفين سيواجهون غرامات تصل إلى ألف دينار.', src)).toEqual([]);
  });
  it('does not read حسب inside a clause ("depending on") as an attribution, and still after punctuation', () => {
    const speakers = (s: string) => speakersOf(s, tokenize(s)).map((x) => x.tokens.map((t) => t.text).join(' '));
    expect(speakers('وأن مدة التدريب تمتد من عام إلى عامين حسب التخصص.')).toEqual([]);
    expect(speakers('وتمتد مدة التدريب عامين، حسب المؤسسة العامة للتدريب.')).toEqual(['المؤسسة العامة']);
  });
});

describe('attribution-mismatch: a country and its adjective are one speaker', () => {
  it('reads "scientists in Japan" as the source\'s "Japanese scientists", and still flags another country\'s', () => {
    const source =
      'Japanese researchers said on Friday they had found traces of water in the samples. The Japan Aerospace Exploration Agency said the findings would be published on Thursday.';
    expect(swapped('Researchers in Japan said on Friday they had found traces of water in the samples.', source)).toEqual([]);
    expect(sameSpeaker(tokenize('Japan'), tokenize('Japanese researchers'))).toBe(true);
    expect(sameSpeaker(tokenize('Egyptian minister'), tokenize('Egypt ambassador'))).toBe(false);
  });
});

describe('an Arabic speaker of six words before a statement opened by a verbal noun', () => {
  const source = [
    'وقال مدير إدارة الأرصاد الجوية فهد سالم العتيبي إن سرعة الرياح بلغت 65 كيلومتراً في الساعة.',
    'وأعلنت الإدارة العامة للطيران المدني تحويل ست رحلات قادمة إلى مطارات مجاورة.',
    'وقال المتحدث الرسمي باسم الطيران المدني مساعد الشمري إن حركة الملاحة عادت إلى طبيعتها بعد الظهر.',
  ].join(' ');
  it("reads the speaker before عودة (a statement opener) and flags the other speaker's words given to him", () => {
    expect(speakers('قبل أن يؤكد مدير الأرصاد الجوية فهد سالم العتيبي عودة الملاحة إلى طبيعتها بعد الظهر.')).toEqual([
      'named:مدير الأرصاد الجوية فهد سالم العتيبي',
    ]);
    expect(swapped('وأكد مدير الأرصاد الجوية فهد سالم العتيبي عودة الملاحة إلى طبيعتها بعد الظهر.', source)).toEqual(['مدير الأرصاد الجوية فهد سالم العتيبي']);
    expect(swapped('وأكد المتحدث باسم الطيران المدني مساعد الشمري عودة الملاحة إلى طبيعتها بعد الظهر.', source)).toEqual([]);
  });
});

describe('"saying" names its speaker', () => {
  const source = [
    "The council's cabinet approved the closures by seven votes to two.",
    '"Nobody came into local government to shut libraries, but we have been left with impossible choices," council leader Margaret Oduya said.',
    'Opposition councillor Tom Harker, who led the campaign against the cuts, said the decision would hit children and elderly people hardest.',
  ].join(' ');
  it('flags the leader\'s words given to the councillor after "with … saying", and not the councillor\'s own', () => {
    expect(
      swapped(
        'The cabinet backed the plan by seven votes to two, with councillor Tom Harker saying that nobody enters local government to shut libraries but that the council had been left with impossible choices.',
        source,
      ),
    ).toEqual(['councillor Tom Harker']);
    expect(
      swapped(
        'The cabinet backed the plan by seven votes to two, with councillor Tom Harker saying the decision would hit children and elderly people hardest.',
        source,
      ),
    ).toEqual([]);
  });
});

describe('verbs of judging what is likely as verbs of saying (the twenty-seventh batch)', () => {
  const source =
    'وقال رئيس هيئة الطيران المدني، سالم بن حمد الرواحي، إن السحابة رُصدت على ارتفاع عشرة آلاف متر. وأضاف البوسعيدي: "نتوقع عودة العمليات إلى طبيعتها خلال ثمانٍ وأربعين ساعة إذا استمرت الرياح في اتجاهها الحالي".';
  it('flags the statement given to the other named speaker after رجّح or توقع', () => {
    expect(swapped('ورجّح الرواحي أن تعود العمليات إلى طبيعتها خلال ثمانٍ وأربعين ساعة إذا استمرت الرياح في اتجاهها الحالي.', source)).toEqual(['الرواحي']);
    expect(swapped('وتوقع الرواحي أن تعود العمليات إلى طبيعتها خلال ثمانٍ وأربعين ساعة إذا استمرت الرياح في اتجاهها الحالي.', source)).toEqual(['الرواحي']);
  });
  it('and not the speaker the source gives it to', () => {
    expect(swapped('ورجّح البوسعيدي أن تعود العمليات إلى طبيعتها خلال ثمانٍ وأربعين ساعة إذا استمرت الرياح في اتجاهها الحالي.', source)).toEqual([]);
  });
});

describe('attribution-mismatch: an allegation or a belief stated as fact (asFact)', () => {
  const en = { summaryLang: 'en', sourceLang: 'en' } as const;
  const ar = { summaryLang: 'ar', sourceLang: 'ar' } as const;
  const asFact = (s: string, t: string, o: typeof en | typeof ar) =>
    check(s, t, o)
      .flags.filter((f) => (f.rule === 'attribution-mismatch' && f.messageId === 'asFact') || f.messageId === 'beliefAsFact')
      .map((f) => [f.text, f.expected, f.severity]);

  it("a regulator's suspicion stated as what the firms did; kept when the summary keeps the suspicion", () => {
    const src =
      'The Competition and Markets Authority said it suspected Halden Pharma and Corvane Generics had agreed to divide up customers between them and keep prices of the drug high. It stressed it had not reached any conclusion.';
    expect(
      asFact('The regulator opened a probe into Halden Pharma and Corvane Generics, which divided up customers and kept prices of the drug high.', src, en),
    ).toEqual([['divided up customers and kept prices of the drug high', 'suspected', 'error']]);
    expect(
      asFact(
        'The regulator opened a probe into Halden Pharma and Corvane Generics, which it suspects of dividing up customers and keeping prices of the drug high.',
        src,
        en,
      ),
    ).toEqual([]);
    // (the firms' names in the suspicion's clause are whom it is about: a probe into them alleges nothing)
    expect(asFact('The regulator opened a probe into Halden Pharma and Corvane Generics.', src, en)).toEqual([]);
  });

  it('reads no allegation in a noun that refers back (these allegations), nor a belief in "appear in court"', () => {
    const src = [
      'واتهم سيدي محمد ولد الشيخ مسؤولين في الوزارة ببيع جزء من الحصة المخصصة للولاية لتجار في السوق السوداء.',
      'ونفت الوزارة هذه الاتهامات في بيان، مؤكدة أن التأخير سببه مشكلة لوجستية في ميناء نواكشوط.',
    ].join(' ');
    expect(asFact('ونفت الوزارة الاتهام، وعزت التأخير إلى مشكلة لوجستية في ميناء نواكشوط.', src, ar)).toEqual([]);
    // (the allegation itself, stated as fact, still is one)
    expect(asFact('وباع مسؤولون في الوزارة جزءا من الحصة المخصصة للولاية لتجار في السوق السوداء.', src, ar).map((f) => f[1])).toEqual(['واتهم']);
    const court =
      'Four drivers were arrested and are expected to appear in court in Chililabombwe next week. Investigators said the cobalt was probably mined in Lualaba.';
    expect(asFact('Four drivers were arrested and are due in court in Chililabombwe next week.', court, en)).toEqual([]);
    expect(asFact('The cobalt was mined in Lualaba.', court, en).map((f) => f[1])).toEqual(['probably']);
  });

  it('a suspicion kept for the arrest does not reach a clause of its own after "and"', () => {
    const src = [
      'Police said they had arrested a 41-year-old man on suspicion of endangering air traffic.',
      'Police spokesman Erik Sandqvist alleged the man had launched at least two drones from a forest clearing near the runway.',
    ].join(' ');
    expect(
      asFact(
        'Police arrested a 41-year-old man on suspicion of endangering air traffic, and he had launched at least two drones from a forest clearing near the runway.',
        src,
        en,
      ).map((f) => f[1]),
    ).toEqual(['alleged']);
    expect(
      asFact(
        'Police arrested a 41-year-old man on suspicion of endangering air traffic; a spokesman alleged he had launched at least two drones from a forest clearing near the runway.',
        src,
        en,
      ),
    ).toEqual([]);
  });

  it("a belief ends at its clause's comma, and a speaker's belief given without its hedge is stated as fact", () => {
    const src =
      'Elena Castro, a marine biologist, said warmer water had probably contributed to the bloom, noting that sea temperatures off Malaga reached 27C last week.';
    expect(asFact('Castro said warmer water probably helped the bloom, and sea temperatures off Malaga hit 27C last week.', src, en)).toEqual([]);
    // (a belief stated as certain is a warning, beliefAsFact; an allegation stated as fact an error)
    expect(
      asFact('Castro said warmer water contributed to the bloom, as sea temperatures off Malaga hit 27C last week.', src, en).map((f) => f.slice(1)),
    ).toEqual([['probably', 'warning']]);
  });

  it('a charge after a verdict is the court\'s finding; "allegations" alone names a subject', () => {
    expect(
      asFact(
        'The court jailed businessman Murad Shennawi for seizing public funds of a state contractor.',
        'The court convicted businessman Murad Shennawi on charges of seizing public funds of a state contractor.',
        en,
      ),
    ).toEqual([]);
    expect(
      asFact(
        'Whitcombe said the allegations were serious, and the inquiry would be thorough and independent.',
        '"These are serious allegations and it is important they are investigated thoroughly and independently," IOPC regional director Sarah Whitcombe said.',
        en,
      ),
    ).toEqual([]);
  });

  it("the prosecution's pleading stated as established; kept when the summary gives it to the prosecution", () => {
    const src = 'وقالت النيابة العامة في مرافعتها إن المتهم الرئيسي حرر فواتير وهمية لأكثر من 40 صفقة توريد بين عامي 2017 و2021.';
    expect(asFact('وقد ثبت أن المتهم اصطنع فواتير وهمية لأكثر من أربعين صفقة توريد بين عامي 2017 و2021.', src, ar).map((f) => f[1])).toEqual([
      'وقالت النيابة العامة',
    ]);
    expect(asFact('ووفقا للنيابة العامة، اصطنع المتهم فواتير وهمية لأكثر من أربعين صفقة توريد بين عامي 2017 و2021.', src, ar)).toEqual([]);
  });

  it('رجح dropped though the speaker is kept; an accusation (متهماً) stated as the cause', () => {
    const tomb = 'وقال الأمين العام للمجلس الأعلى للآثار إن المقبرة تخص موظفا كبيرا، ورجح أنها تعود إلى عهد الأسرة الثامنة عشرة.';
    expect(asFact('وذكر الأمين العام أن المقبرة لموظف كبير، وتعود المقبرة إلى عهد الأسرة الثامنة عشرة.', tomb, ar).map((f) => f[1])).toEqual(['ورجح']);
    expect(asFact('وذكر الأمين العام أن المقبرة لموظف كبير، مرجحا أنها تعود إلى عهد الأسرة الثامنة عشرة.', tomb, ar)).toEqual([]);
    const plant = 'وقال وزير الكهرباء عبد الجليل الحوشبي إن الانفجار عمل تخريبي متعمد، متهماً خلية مرتبطة بجماعة مسلحة بزرع عبوة ناسفة قرب الأنبوب.';
    expect(asFact('وتوقفت المحطة بعد انفجار ناجم عن عبوة ناسفة زرعتها خلية مرتبطة بجماعة مسلحة.', plant, ar).map((f) => f[1])).toEqual(['متهماً']);
    expect(asFact('واتهم الوزير خلية مرتبطة بجماعة مسلحة بزرع عبوة ناسفة قرب الأنبوب.', plant, ar)).toEqual([]);
  });

  it('civil defence is no party to a case; a denial in the present (تنفيه) gives the sentence to its speakers', () => {
    expect(
      asFact('وانهار قرابة ألف وثمانمئة منزل في أبو حمد.', 'وأوضح مدير الدفاع المدني أن انهيار قرابة 1800 منزل في أبو حمد جعلها الأشد تأثرا.', ar),
    ).toEqual([]);
    expect(
      asFact(
        'ويأخذ اتحاد المنمين على الحكومة تأخرها في التدخل، وهو ما تنفيه الوزارة.',
        'واتهم اتحاد المنمين الموريتانيين الحكومة بالتأخر في التدخل، مؤكداً أنه أبلغ السلطات بحالات نفوق مشبوهة، وهو ما نفته الوزارة.',
        ar,
      ),
    ).toEqual([]);
  });
});

describe('attribution-mismatch: described and called are verbs of saying; an object with a pronoun ends an Arabic speaker', () => {
  it('reads the speaker of وصف and "called", and gives another speaker\'s words away', () => {
    expect(speakers('ووصف القروي احتجازه بأنه انتقامي.')).toEqual(['named:القروي']);
    expect(speakers('ووصف عبد الله الخطيب القرار بأنه متسرع.')).toEqual(['named:عبد الله الخطيب']);
    const tn = [
      'وأضافت المحامية سنية الجلاصي: "هذا احتجاز انتقامي، والهدف منه إسكات كل من يقترب من ملف الحبوب".',
      'وقال نقيب الصحفيين منير القروي إن البجاوي هو الصحفي الحادي عشر الذي يلاحق بموجب المرسوم.',
    ].join(' ');
    const ar = { summaryLang: 'ar', sourceLang: 'ar' } as const;
    const given = (s: string, t: string, o: typeof ar | { summaryLang: 'en'; sourceLang: 'en' }) =>
      check(s, t, o)
        .flags.filter((f) => f.rule === 'attribution-mismatch')
        .map((f) => f.text);
    expect(given('ووصف القروي احتجازه بأنه انتقامي يهدف إلى إسكات كل من يقترب من ملف الحبوب.', tn, ar)).toEqual(['القروي']);
    expect(given('ووصفت الجلاصي احتجازه بأنه انتقامي يهدف إلى إسكات كل من يقترب من ملف الحبوب.', tn, ar)).toEqual([]);
    const en = { summaryLang: 'en', sourceLang: 'en' } as const;
    const chain = [
      '"This is a painful but necessary step to give Marlowe\'s a future," Chief Executive Karen Lindqvist-Moore said in a statement.',
      "Analyst Priya Ramaswamy of Harbourline Research said the chain's online sales lagged far behind rivals.",
    ].join(' ');
    expect(given('Ramaswamy called the filing painful but necessary.', chain, en)).toEqual(['Ramaswamy']);
    expect(given('Lindqvist-Moore called the filing painful but necessary.', chain, en)).toEqual([]);
  });
});

describe('attribution-mismatch: a speaker the source never mentions, and an accusation read from ب or of', () => {
  const en = { summaryLang: 'en', sourceLang: 'en' } as const;
  const ar = { summaryLang: 'ar', sourceLang: 'ar' } as const;
  const mismatches = (s: string, t: string, o: typeof en | typeof ar) =>
    check(s, t, o)
      .flags.filter((f) => f.rule === 'attribution-mismatch')
      .map((f) => [f.text, f.messageId]);

  it('"according to city engineers" for the director\'s words is another speaker; "the watchdog" is the source\'s body', () => {
    const water = [
      'She added that a water main break near a treatment plant on Monday may have allowed contaminated water to enter the system, Water Utilities Director Karen Holloway said.',
      'The Independent Office for Police Conduct said the inquiry was at an early stage.',
    ].join(' ');
    expect(mismatches('A main break near a treatment plant may have let contaminated water into the system, according to city engineers.', water, en)).toEqual([
      ['city engineers', 'otherSpeaker'],
    ]);
    expect(mismatches('A main break near a treatment plant may have let contaminated water into the system, according to Holloway.', water, en)).toEqual([]);
    expect(mismatches('The inquiry was at an early stage, the watchdog said.', water, en)).toEqual([]);
  });

  it('the accuser named after an Arabic verb of accusing is no part of what is alleged; what follows ب is', () => {
    const src = [
      'وطالب عضو المجلس البلدي في عين زارة، عبد الرزاق المشاي، الحكومة بتخصيص ميزانية طارئة لعمليات المسح.',
      'واتهم عضو المجلس البلدي في عين زارة، عبد الرزاق المشاي، قوات انسحبت من المنطقة عام 2020 بزرع ألغام داخل المنازل والمزارع عمدا.',
    ].join(' ');
    expect(mismatches('وطالب عضو المجلس البلدي في عين زارة عبد الرزاق المشاي الحكومة بتخصيص ميزانية طارئة لعمليات المسح.', src, ar)).toEqual([]);
    expect(mismatches('وقد زرعت القوات التي انسحبت من المنطقة عام 2020 ألغاما داخل المنازل والمزارع عمدا.', src, ar)).toEqual([
      ['زرعت القوات التي انسحبت من المنطقة عام 2020 ألغاما داخل المنازل والمزارع عمدا', 'asFact'],
    ]);
  });
});

describe('attribution-mismatch: "stressed" is a verb of saying; what closes a sentence with one', () => {
  const en = { summaryLang: 'en', sourceLang: 'en' } as const;
  const ar = { summaryLang: 'ar', sourceLang: 'ar' } as const;
  const flags = (s: string, t: string, o: typeof en | typeof ar) =>
    check(s, t, o)
      .flags.filter((f) => f.rule === 'attribution-mismatch')
      .map((f) => [f.text, f.messageId]);

  it("gives a state veterinarian's words to the farmer the summary names instead", () => {
    const src = [
      '"This is not a reason for consumers to worry about pasteurized milk, which remains safe," state veterinarian Anna Voss said.',
      'Dairy farmer Erik Lindgren said the virus got in even though they had done everything they were told.',
    ].join(' ');
    expect(flags('Lindgren stressed that pasteurized milk remains safe.', src, en)).toEqual([['Lindgren', 'otherSpeaker']]);
    expect(flags('Voss stressed that pasteurized milk remains safe.', src, en)).toEqual([]);
  });

  it('a later clause with a statement of its own does not attribute the one before; "according to" and "X said" do', () => {
    const src =
      'The Competition and Markets Authority said it suspected Halden Pharma and Corvane Generics had agreed to divide up customers and keep prices of the drug high, but stressed it had not reached any conclusion.';
    const asFact = (s: string) => flags(s, src, en).filter((f) => f[1] === 'asFact');
    expect(
      asFact(
        'The CMA opened a probe into Halden Pharma and Corvane Generics, which divided up customers and kept prices of the drug high, though it stressed it had not reached any conclusion.',
      ),
    ).not.toEqual([]);
    expect(asFact('Halden Pharma and Corvane Generics divided up customers and kept prices of the drug high, the CMA said.')).toEqual([]);
    expect(asFact('Halden Pharma and Corvane Generics divided up customers and kept prices of the drug high, according to the CMA.')).toEqual([]);
  });

  it('a passive verb of saying or judging ("were warned") neither attributes nor hedges', () => {
    const src =
      "Okafor's campaign alleged that county officials had been warned about the omission more than a week before ballots were mailed and failed to act.";
    expect(flags('County officials were warned of the omission more than a week before mailing and failed to act.', src, en)).toEqual([
      ['County officials were warned of the omission more than a week before mailing and failed to act', 'asFact'],
    ]);
    expect(flags("Okafor's campaign alleged county officials were warned of the omission more than a week before mailing and failed to act.", src, en)).toEqual(
      [],
    );
  });

  it('a claim that names the accuser after an Arabic verb of accusing reports the accusation as theirs; the accused is no accuser', () => {
    const src = 'واتهمت النائبة المعارضة مريم بنت الحسن الحكومة بـ"الإهمال المزمن" للسجون، قائلة إن السجن المركزي يضم ضعف طاقته الاستيعابية.';
    expect(flags('وحمّلت النائبة المعارضة مريم بنت الحسن الحكومة مسؤولية ما وصفته بالإهمال المزمن للسجون.', src, ar)).toEqual([]);
    expect(flags('وتتحمل الحكومة مسؤولية الإهمال المزمن للسجون.', src, ar).map((f) => f[1])).toEqual(['asFact']);
    // (after متهماً the accused stands: a claim that names the cell states the minister's accusation as fact)
    const plant = 'وقال وزير الكهرباء عبد الجليل الحوشبي إن الانفجار عمل تخريبي متعمد، متهماً خلية مرتبطة بجماعة مسلحة بزرع عبوة ناسفة قرب الأنبوب.';
    expect(flags('وتوقفت المحطة بعد انفجار ناجم عن عبوة ناسفة زرعتها خلية مرتبطة بجماعة مسلحة.', plant, ar).map((f) => f[1])).toEqual(['asFact']);
  });

  it('after a figure a word of accusing is the accused (17 متهما), no cue', () => {
    const src = 'وأوضح المتحدث باسم الوزارة أن الشبكة تضم 17 متهما، بينهم موظفان في فرعين لبنكين خاصين، كانا يسربان بيانات البطاقات.';
    expect(flags('وفككت الأجهزة الأمنية عصابة من سبعة عشر شخصا، بينهم موظفان في بنكين خاصين.', src, ar)).toEqual([]);
  });
});

/**
 * From the fresh editor pairs' planted attributions (probes/fresh, batches 37–61), rewritten here in the same shape with
 * other words: an accusation or a claim of the source stated as fact, which drew nothing.
 */
describe('attribution-mismatch: the accused, a claim without "that", قد with a past verb, a modified "warning"', () => {
  const en = { summaryLang: 'en', sourceLang: 'en' } as const;
  const ar = { summaryLang: 'ar', sourceLang: 'ar' } as const;
  const asFact = (s: string, t: string, o: typeof en | typeof ar) =>
    check(s, t, o)
      .flags.filter((f) => f.rule === 'attribution-mismatch' && f.messageId === 'asFact')
      .map((f) => [f.text, f.expected]);

  it('reads "claimed" before a clause whose subject takes three words ("claimed the city\'s inspectors had …")', () => {
    const src = "A residents' group, Clean Air Hollis, claimed the county's inspectors had approved the permits without a site visit.";
    expect(asFact("The county's inspectors approved the permits without a site visit.", src, en)).toEqual([
      ["county's inspectors approved the permits without a site visit", 'claimed'],
    ]);
    expect(asFact("Clean Air Hollis claimed the county's inspectors approved the permits without a site visit.", src, en)).toEqual([]);
    // (not a noun phrase with no verb after it: "claimed the regional title")
    expect(asFact('The club won the regional title.', 'The club claimed the regional title on Sunday in a tight final.', en)).toEqual([]);
  });

  it('counts whom an Arabic accusation accuses as stated, when the claim does not name the accuser; not when it does', () => {
    const src = 'واتهم الحربي شركة النقل الجماعي بعدم صيانة الحافلات منذ ثلاث سنوات.';
    expect(asFact('وأهملت شركة النقل الجماعي صيانة الحافلات منذ ثلاث سنوات.', src, ar).map((f) => f[1])).toEqual(['واتهم']);
    expect(asFact('وحمّل الحربي شركة النقل الجماعي مسؤولية عدم صيانة الحافلات منذ ثلاث سنوات.', src, ar)).toEqual([]);
    // (the accused quoted in the source, a verb of the allegation's root: "وتقف … وراء" for "بالوقوف وراء")
    const smuggling = 'واتهم الزوي "عصابات تهريب منظمة" بالوقوف وراء العملية، قائلاً إنها تستعين بوسطاء محليين.';
    expect(asFact('وتقف عصابات تهريب منظمة وراء السرقة.', smuggling, ar).map((f) => f[1])).toEqual(['واتهم']);
  });

  it('takes قد before a past verb of the derived forms (قد أهملت) as certain, so the claim states the allegation', () => {
    const src = 'واتهمت جمعية السكان البلدية بإهمال تنظيف مجاري الأمطار رغم شكاوى متكررة.';
    expect(asFact('وقد أهملت البلدية تنظيف مجاري الأمطار رغم شكاوى متكررة.', src, ar).map((f) => f[1])).toEqual(['واتهمت']);
  });

  it('reads no allegation in a ب of a phrase set off by commas beside the accuser (، بقيادة …،); the one after it is', () => {
    const src = 'واتهم نواب المعارضة، بقيادة النائب سالم الدوري، وزير النقل بإهدار أموال صيانة الطرق.';
    expect(asFact('وقاد النائب سالم الدوري هجوم المعارضة على وزير النقل.', src, ar)).toEqual([]);
    expect(asFact('وأهدر وزير النقل أموال صيانة الطرق.', src, ar).map((f) => f[1])).toEqual(['واتهم']);
  });

  it('takes a verb of saying after "though" to say what follows it, not the allegation stated before it', () => {
    const src = 'Councillor Ana Brito accused the port authority of hiding a $12 million shortfall in its maintenance fund.';
    expect(
      asFact('The port authority hid a $12 million shortfall in its maintenance fund, though its director noted that the fund was audited.', src, en).map(
        (f) => f[1],
      ),
    ).toEqual(['accused']);
    // (a denial after the contrast is the denier's: "لكنه نفى أي تأخير" states nothing)
    const ar = 'واتهم التقرير إدارة السجون بتأخير نقل المرضى إلى المستشفيات لأسباب تتعلق بالتكلفة.';
    expect(asFact('وأقر المدير بالاكتظاظ لكنه نفى أي تأخير متعمد في نقل المرضى إلى المستشفيات.', ar, { summaryLang: 'ar', sourceLang: 'ar' })).toEqual([]);
  });

  it('reads "a March warning" as a noun, no hedge; "warned" after its subject still hedges', () => {
    const src = 'Several nurses accused the clinic of ignoring warnings from the county in March that its fridges were failing.';
    expect(asFact('The clinic ignored a March warning from the county that its fridges were failing.', src, en).map((f) => f[1])).toEqual(['accused']);
    const warned = 'Officials suspect the reservoir was contaminated by runoff from a nearby farm.';
    expect(asFact('Officials warned the reservoir was contaminated by runoff from a nearby farm.', warned, en)).toEqual([]);
  });
});

describe("attribution-mismatch: a verb of reproaching (يأخذ … على) keeps the allegation its subject's", () => {
  const ar = { summaryLang: 'ar', sourceLang: 'ar' } as const;
  const asFact = (s: string, t: string) =>
    check(s, t, ar)
      .flags.filter((f) => f.rule === 'attribution-mismatch' && f.messageId === 'asFact')
      .map((f) => f.expected);
  const src = 'واتهم رئيس جمعية المزارعين سالم الهاشمي مصالح الري بالتأخر في صيانة القنوات رغم التحذيرات المتكررة.';
  it('leaves "ويأخذ الهاشمي، رئيس الجمعية، على مصالح الري تأخرها"; flags the delay stated as fact', () => {
    expect(asFact('ويأخذ سالم الهاشمي، رئيس جمعية المزارعين، على مصالح الري تأخرها في صيانة القنوات.', src)).toEqual([]);
    expect(asFact('وتأخرت مصالح الري في صيانة القنوات رغم التحذيرات المتكررة.', src)).toEqual(['واتهم']);
  });
});

describe('a verb of saying inside a quotation is no attribution (the 72nd batch of fresh editor pairs)', () => {
  it('reads "\'… and now I\'m told to wait again,\' he said" as his words, with no speaker "now I\'m"', () => {
    const t = '"I\'ve waited eight months for my heart operation, and now I\'m told to wait again," he said.';
    const d = analyze(t, { prefix: 't', lang: 'en' });
    const named = d.sentences.flatMap((s) => speakersOf(d.text, s.tokens)).filter((s) => s.kind === 'named');
    expect(named).toEqual([]);
    const outside = analyze('Brian Foulkes told reporters: "They said nothing."', { prefix: 't', lang: 'en' });
    expect(
      outside.sentences.flatMap((s) => speakersOf(outside.text, s.tokens).filter((x) => x.kind === 'named')).map((s) => s.tokens.map((x) => x.text).join(' ')),
    ).toEqual(['Brian Foulkes']);
  });
});
