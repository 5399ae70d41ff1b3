import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { sentencesOf } from './helpers.js';
import { analyze } from '../src/text/document.js';
import { check } from './checked.js';

// Fixture folders (textlint style): input.txt and the expected sentences, one per line, in expected.txt.
const dir = path.join(__dirname, 'fixtures', 'splitter');
describe('splitter fixtures', () => {
  for (const name of fs.readdirSync(dir).sort()) {
    it(name, () => {
      const input = fs.readFileSync(path.join(dir, name, 'input.txt'), 'utf8');
      const expected = fs
        .readFileSync(path.join(dir, name, 'expected.txt'), 'utf8')
        .split('\n')
        .filter((l) => l.length > 0);
      expect(sentencesOf(input)).toEqual(expected);
    });
  }
});

describe('ARABIC.md pitfalls', () => {
  it('splits at a period with no space after it', () => {
    expect(sentencesOf('هاجمت القوات الليبية.وأوضحت المصادر ذلك.')).toEqual(['هاجمت القوات الليبية.', 'وأوضحت المصادر ذلك.']);
  });
  it('splits after a closing guillemet glued to the next sentence', () => {
    expect(sentencesOf('قال إنه يريد منع مهاجمة القوات الليبية»وقال المتحدث إن الأمر انتهى.')).toEqual([
      'قال إنه يريد منع مهاجمة القوات الليبية»',
      'وقال المتحدث إن الأمر انتهى.',
    ]);
  });
  it('keeps a closing quote with the sentence it closes', () => {
    expect(sentencesOf('وقال: «لن نتراجع.» ثم غادر القاعة.')).toEqual(['وقال: «لن نتراجع.»', 'ثم غادر القاعة.']);
    expect(sentencesOf('"ما المانع إذن من ملاحقتهم؟" ويأتي هذا التوسع.')).toEqual(['"ما المانع إذن من ملاحقتهم؟"', 'ويأتي هذا التوسع.']);
  });
  it('does not split at the Arabic comma or semicolon, nor inside decimals', () => {
    expect(sentencesOf('ارتفع المؤشر 3.5 بالمئة، وتراجع الدولار؛ ثم استقر السوق.')).toHaveLength(1);
  });
  it('splits at the Arabic question mark', () => {
    expect(sentencesOf('هل انتهت الحرب؟ لا أحد يعرف.')).toEqual(['هل انتهت الحرب؟', 'لا أحد يعرف.']);
  });
  it('does not split after the abbreviation د. (Dr.)', () => {
    expect(sentencesOf('وقال د. أحمد زويل إن البحث مستمر.')).toHaveLength(1);
  });
  it('makes each unpunctuated line its own unit and marks datelines and timestamps as metadata', () => {
    const doc = analyze('2025-05-15 07:26 ص\n\nواشنطن تعتزم تعقب فلول داعش في ليبيا\n\n2016-11-12\nكشف تقرير عن هروب المسلحين.', { prefix: 's', claims: true });
    expect(doc.sentences.map((s) => [s.text, s.kind])).toEqual([
      ['2025-05-15 07:26 ص', 'meta'],
      ['واشنطن تعتزم تعقب فلول داعش في ليبيا', 'headline'],
      ['2016-11-12', 'meta'],
      ['كشف تقرير عن هروب المسلحين.', 'body'],
    ]);
    expect(doc.claims.some((c) => c.text.includes('2016'))).toBe(false);
  });
  it('splits a run-on sentence into claims at a glued conjunction + verb', () => {
    const text = 'وسنستمر في التعاون مع ليبيا لمنع التنظيم من إعادة التمركز داخل الدولة واستبعد الباحث في المجلس الأوروبي القضاء على التنظيم.';
    const doc = analyze(text, { prefix: 's', claims: true });
    expect(doc.sentences).toHaveLength(1);
    expect(doc.claims.map((c) => c.text)).toEqual([
      'وسنستمر في التعاون مع ليبيا لمنع التنظيم من إعادة التمركز داخل الدولة',
      'واستبعد الباحث في المجلس الأوروبي القضاء على التنظيم.',
    ]);
  });
  it("keeps a list's last items with its first (A, B, C and D …) and still cuts a clause after a list", () => {
    const claims = (t: string) => analyze(t, { prefix: 's', claims: true }).claims.map((c) => c.text);
    expect(claims('The agency put Kent, Essex, Surrey and western Sussex on flood alert until at least Sunday.')).toEqual([
      'The agency put Kent, Essex, Surrey and western Sussex on flood alert until at least Sunday.',
    ]);
    expect(claims('Police closed roads in Kent, Essex and Surrey on Friday, and the army sent two hundred soldiers to help residents.')).toHaveLength(2);
  });
  it('treats a footnote disclaimer as boilerplate', () => {
    const doc = analyze('خبر مهم عن الاقتصاد.\n\n*بوابة الأخبار غير مسؤولة عن مضامين التقارير المترجمة', { prefix: 't' });
    expect(doc.sentences.map((s) => s.kind)).toEqual(['body', 'boilerplate']);
  });
  it('splits before a glued present-tense verb of reporting or opinion, and not before a noun that begins like one', () => {
    const claims = (t: string) => analyze(t, { prefix: 's', claims: true }).claims.map((c) => c.text);
    expect(claims('وأعلنت الحكومة فرض حظر التجول في العاصمة بعد الاحتجاجات ويتوقع محللون أن تستمر المظاهرات لأسابيع طويلة.')).toEqual([
      'وأعلنت الحكومة فرض حظر التجول في العاصمة بعد الاحتجاجات',
      'ويتوقع محللون أن تستمر المظاهرات لأسابيع طويلة.',
    ]);
    expect(claims('وأعلنت الحكومة فرض حظر التجول في العاصمة بعد الاحتجاجات وتخشى المعارضة من حملة قمع واسعة ضد الناشطين.')).toHaveLength(2);
    // past-tense verbs ending in ى or ا, and their ت forms (the key writes ى as ي)
    expect(claims('وأعلنت الحكومة فرض حظر التجول في العاصمة بعد الاحتجاجات ونفت المعارضة أي صلة لها بأعمال العنف.')).toHaveLength(2);
    expect(claims('وأعلنت الحكومة فرض حظر التجول في العاصمة بعد الاحتجاجات ودعت الأمم المتحدة إلى ضبط النفس.')).toHaveLength(2);
    // a reporting verb with a hamza seat splits before أن like قال does
    expect(claims('ويؤكد المتحدث باسم وزارة الدفاع الأمريكية في واشنطن أن القوات تقدمت نحو المدينة الشمالية.')).toEqual([
      'ويؤكد المتحدث باسم وزارة الدفاع الأمريكية في واشنطن',
      'أن القوات تقدمت نحو المدينة الشمالية.',
    ]);
    // a verb with a hamza seat, which the matching key writes otherwise (يؤكد → يءكد)
    expect(claims('وأعلنت الحكومة فرض حظر التجول في العاصمة بعد الاحتجاجات ويؤكد ناشطون أن الاعتقالات طالت المئات.')).toHaveLength(2);
    // و + ي/ت before a noun or a name continues the claim
    expect(claims('وزار الوفد الحكومي العاصمة بعد الاحتجاجات وتونس والجزائر والمغرب ضمن جولة إقليمية طويلة.')).toHaveLength(1);
    expect(claims('وأعلنت الحكومة فرض حظر التجول في العاصمة بعد الاحتجاجات ويوم الجمعة في المدن الكبرى.')).toHaveLength(1);
  });
  it('keeps a claim with a disclaimer glued on after it: the sentence is checked, the disclaimer clause is not', () => {
    const text = 'ترامب يرفض التدخل في قضية قتل الصحفي جمال خاشقجي، و*بوابة الأخبار غير مسؤولة عن مضامين التقارير المترجمة.';
    const doc = analyze(text, { prefix: 's', claims: true });
    expect(doc.sentences.map((s) => s.kind)).toEqual(['body']);
    expect(doc.claims.map((c) => [c.text, c.kind])).toEqual([
      ['ترامب يرفض التدخل في قضية قتل الصحفي جمال خاشقجي', 'body'],
      ['و*بوابة الأخبار غير مسؤولة عن مضامين التقارير المترجمة.', 'boilerplate'],
    ]);
    // the disclaimer checks nothing: only the claim before it is judged against the source
    const r = check(text, 'قال البيت الأبيض إن ترامب يرفض التدخل في قضية قتل الصحفي جمال خاشقجي.');
    expect(r.flags.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(r.alignments.map((a) => a.summary)).toEqual(['s1', 's1.1']);
    // a disclaimer with no claim of its own before it stays boilerplate as a whole
    expect(analyze('تنويه: بوابة الأخبار غير مسؤولة عن مضامين التقارير المترجمة.', { prefix: 't' }).sentences[0].kind).toBe('boilerplate');
  });
  it('keeps a claim that a conjunction glues on after a copyright notice: the claim is checked, the notice is not', () => {
    const text = '© 2000 American Physical Society, and the physicists measured the decay of the neutron again.';
    const doc = analyze(text, { prefix: 's', claims: true });
    expect(doc.sentences.map((s) => s.kind)).toEqual(['body']);
    expect(doc.claims.map((c) => [c.text, c.kind])).toEqual([
      ['© 2000 American Physical Society', 'boilerplate'],
      ['and the physicists measured the decay of the neutron again.', 'body'],
    ]);
    // the claim has no source: it is flagged, as it would be without the notice before it (whole: its source
    // carries under INVENTED of it, the physicists alone)
    const source = 'The physicists published a new survey of galaxies.';
    const flagged = (t: string) =>
      check(t, source)
        .flags.filter((f) => f.rule === 'unsupported-claim')
        .map((f) => t.slice(f.start, f.end));
    expect(flagged(text)).toEqual(['and the physicists measured the decay of the neutron again.']);
    expect(flagged('The physicists measured the decay of the neutron again.')).toEqual(['The physicists measured the decay of the neutron again.']);
    const kinds = (t: string) => analyze(t, { prefix: 't' }).sentences.map((s) => s.kind);
    // Arabic: و on a past-tense verb opens the claim
    expect(kinds('جميع الحقوق محفوظة لوكالة الأنباء، وقال المتحدث باسم الجيش إن القوات تقدمت.')).toEqual(['body']);
    // a copyright line's own parts after its commas stay boilerplate (no conjunction; or more boilerplate)
    expect(kinds('© 2019 Foo Media, LLC, a subsidiary of Bar Holdings Group')).toEqual(['boilerplate']);
    expect(kinds('جميع الحقوق محفوظة، وكالة الأنباء الليبية الرسمية في طرابلس')).toEqual(['boilerplate']);
    expect(kinds('© 2016 The Washington Post, and all rights reserved by its owners')).toEqual(['boilerplate']);
  });
  it('reads the label of a list (a short line ending with a colon over list items) as a heading, whose findings are informational', () => {
    const kinds = (t: string) => analyze(t, { prefix: 's' }).sentences.map((s) => s.kind);
    expect(kinds('Spain sets April heat record\n\nKey points:\n- Córdoba hit 38.8C on Friday.\n- Reservoirs are at 50%.')).toEqual([
      'headline',
      'heading',
      'body',
      'body',
    ]);
    expect(kinds('عنوان الخبر\n\nأبرز النقاط:\n• ارتفعت الأسعار.\n• انخفضت الليرة.')).toEqual(['headline', 'heading', 'body', 'body']);
    // a colon before a quotation or a long line before a list is no label
    expect(kinds('Title\n\nThe minister said:\nWe will act now.')).toEqual(['headline', 'body', 'body']);
    expect(kinds('Title\n\nHe listed three reasons for the delay in the report released on Monday by the ministry:\n- cost')).toEqual([
      'headline',
      'body',
      'body',
    ]);
    const r = check(
      'Spain sets April heat record\n\nKey points:\n- Córdoba hit 38.8C on Friday.',
      'Spain set an April heat record. Córdoba hit 38.8C on Friday.',
    );
    expect(r.flags.filter((f) => f.severity !== 'info')).toEqual([]);
  });
  it('treats the page around a scraped article as boilerplate: share prompts, lines of social networks, links to other articles', () => {
    const kinds = (t: string) =>
      analyze(`قال المسؤول إن الوضع هادئ.\n${t}`, { prefix: 't' })
        .sentences.slice(1)
        .map((s) => s.kind);
    for (const line of [
      'شارك هذا المقال عبر:',
      'فيسبوك تويتر واتساب',
      'اقرأ أيضا: البنتاغون يرسل حاملة طائرات ثانية',
      'Share this article',
      'Facebook | Twitter | Email',
      'Read more: Fed holds rates',
    ]) {
      expect(kinds(line)).toEqual(['boilerplate']);
    }
    // the same words in a claim of its own
    expect(kinds('شارك آلاف المتظاهرين في المسيرة يوم الجمعة.')).toEqual(['body']);
    expect(kinds('Twitter and Facebook said they would appeal.')).toEqual(['body']);
    // and no omission is reported for them
    const r = check('قال المسؤول إن الوضع هادئ.', 'قال المسؤول إن الوضع هادئ.\nشارك هذا المقال عبر:\nفيسبوك تويتر واتساب');
    expect(r.flags.filter((f) => f.rule === 'omission')).toEqual([]);
  });
  it('reads two dots or an ellipsis before Arabic text as a pause inside the sentence, and cuts claims there', () => {
    const text = 'الحوثيون ينهبون الملايين من المواطنين.. بذريعة نقود الحكومة الشرعية في عدن';
    const doc = analyze(text, { prefix: 's', claims: true });
    expect(doc.sentences.map((s) => s.text)).toEqual([text]);
    expect(doc.claims.map((c) => c.text)).toEqual(['الحوثيون ينهبون الملايين من المواطنين..', 'بذريعة نقود الحكومة الشرعية في عدن']);
    expect(sentencesOf('بالأرقام… كيف انهارت الليرة؟ وماذا ينتظر الاقتصاد.')).toEqual(['بالأرقام… كيف انهارت الليرة؟', 'وماذا ينتظر الاقتصاد.']);
    expect(sentencesOf('إندونيسيا.. 1.25 مليار دولار في أول إصدار للصكوك الخضراء.')).toHaveLength(1);
    // English keeps its ellipsis rule: a capital after it starts a sentence
    expect(sentencesOf('He paused... Then he left.')).toEqual(['He paused...', 'Then he left.']);
  });
  it('keeps "not responsible for" claims as body, and only disclaimers about content as boilerplate', () => {
    const kinds = (t: string) => analyze(t, { prefix: 't' }).sentences.map((s) => s.kind);
    // a claim in the news: it must be checked, never skipped as boilerplate
    expect(kinds('قال المتحدث إن الجيش نفذ الضربة.\nوبريطانيا غير مسؤولة عن قتل مدنيين بالموصل.')).toEqual(['body', 'body']);
    expect(kinds('The ministry met on Monday. The army said it was not responsible for the attack on the convoy.')).toEqual(['body', 'body']);
    // a bullet (marker, then a space) is a list item, not a footnote
    expect(kinds('The report lists two findings.\n* Exports fell by 3 percent in May.')).toEqual(['body', 'body']);
    // disclaimers about what is published stay boilerplate, with or without a marker
    expect(kinds('خبر مهم عن الاقتصاد.\n\nالموقع غير مسؤول عن محتوى التعليقات المنشورة')).toEqual(['body', 'boilerplate']);
    expect(kinds('Markets rose on Monday.\n\nThe publisher is not responsible for the content of external sites.')).toEqual(['body', 'boilerplate']);
  });
});

describe('datelines, bylines and relative timestamps', () => {
  const claimsOf = (t: string) => analyze(t, { prefix: 's', claims: true }).claims.map((c) => [c.text, c.kind]);
  it('makes an inline dateline its own metadata clause and checks the claim after it', () => {
    expect(claimsOf('القاهرة - (رويترز) - قال مسؤولون إن الجيش نفذ ضربات على مواقع المسلحين.')).toEqual([
      ['القاهرة - (رويترز) -', 'meta'],
      ['قال مسؤولون إن الجيش نفذ ضربات على مواقع المسلحين.', 'body'],
    ]);
    for (const [text, dateline] of [
      ['القاهرة (رويترز) - قال مسؤولون إن الجيش نفذ ضربات.', 'القاهرة (رويترز) -'],
      ['بيروت ـ «القدس العربي»: أعلنت وزارة الصحة افتتاح مستشفى جديد.', 'بيروت ـ «القدس العربي»:'],
      ['واشنطن ـ وكالات: أعلنت وزارة الدفاع إرسال قوات إضافية.', 'واشنطن ـ وكالات:'],
      ['القدس المحتلة - سما - اعتقلت القوات عشرة شبان من المدينة.', 'القدس المحتلة - سما -'],
      ['WASHINGTON (Reuters) - The U.S. military carried out more strikes on Sunday.', 'WASHINGTON (Reuters) -'],
      ['NEW YORK, N.Y. (AP) — Stocks fell sharply on Monday in early trading.', 'NEW YORK, N.Y. (AP) —'],
      ['LONDON — Britain will raise taxes on energy companies, the minister said.', 'LONDON —'],
      // (with the day of filing, as Reuters and AP write them)
      ['CANBERRA, June 4 (Reuters) - Australia has struck a deal with a drugmaker.', 'CANBERRA, June 4 (Reuters) -'],
      ['ZURICH, Sept. 22 (Reuters) - The bank raised its rate by half a point.', 'ZURICH, Sept. 22 (Reuters) -'],
      ['LONDON, March 3 — Britain will raise taxes on energy companies, the minister said.', 'LONDON, March 3 —'],
    ])
      expect(claimsOf(text)[0]).toEqual([dateline, 'meta']);
  });
  it('leaves a speaker before a colon, a place without an agency and an acronym before a hyphen in the claim', () => {
    for (const text of [
      'ترامب: سنفرض رسوما جديدة على الواردات الصينية.',
      'بغداد - قال مسؤولون إن الانفجار وقع قرب سوق شعبي.',
      'NATO - Russia talks resume in Brussels after a pause.',
      'U.S. - China trade talks resume in Geneva next week.',
    ])
      expect(claimsOf(text).map(([, kind]) => kind)).not.toContain('meta');
  });
  it('never flags the agency of a dateline as an unknown name', () => {
    const r = check(
      'القاهرة - (رويترز) - قال مسؤولون إن الجيش نفذ ضربات على مواقع المسلحين قرب الحدود.',
      'وقال مسؤولون في وزارة الدفاع إن الجيش نفذ ضربات على مواقع المسلحين قرب الحدود الجنوبية.',
    );
    expect(r.flags.filter((f) => f.severity !== 'info')).toEqual([]);
  });
  it('reads Arabic and English bylines and credit lines (an ASCII word boundary never matched Arabic)', () => {
    const kinds = (t: string) => analyze(t, { prefix: 's' }).sentences.map((s) => s.kind);
    for (const text of ['بقلم محمد علي', 'كتب: محمد علي', 'كتبت - سارة أحمد', 'المصدر: وكالات', 'ترجمة: فريق التحرير', 'By Jane Doe', 'Reporting by Jane Doe'])
      expect(kinds(text)).toEqual(['byline']);
    // the same words opening a claim
    expect(kinds('كتب الرئيس رسالة إلى البرلمان.')).toEqual(['body']);
    expect(kinds('المصدر الأمني ينفي الخبر')).toEqual(['body']);
    expect(kinds('By the end of the year prices rose.')).toEqual(['body']);
  });
  it('reads a relative timestamp as metadata when it is a unit of its own, and as part of a claim inside one', () => {
    const kinds = (t: string) => analyze(t, { prefix: 's' }).sentences.map((s) => s.kind);
    for (const text of ['منذ ساعتين', 'منذ 3 ساعات', 'قبل 5 دقائق', '2 hours ago', 'an hour ago', 'القاهرة - (رويترز) -'])
      expect(kinds(text)).toEqual(['meta']);
    expect(kinds('وقع الانفجار منذ ساعتين في وسط المدينة.')).toEqual(['body']);
    expect(kinds('منذ ساعتين وقع انفجار في وسط المدينة')).toEqual(['body']);
    // (a line of its own is a statement; above a body, the same line is its headline)
    expect(kinds('منذ ساعتين وقع انفجار في وسط المدينة\n\nقال شهود إن الانفجار هز الحي.')).toEqual(['headline', 'body']);
  });
});

describe('English', () => {
  it('keeps capital initials before a name, and a list number at the start of a line, inside the sentence', () => {
    expect(sentencesOf("J.J. Watt: Andrew Luck's decision takes courage. He said so.")).toEqual([
      "J.J. Watt: Andrew Luck's decision takes courage.",
      'He said so.',
    ]);
    expect(sentencesOf('Winners:\n23. Viola Davis won her Oscar. She cried.')).toEqual(['Winners:', '23. Viola Davis won her Oscar.', 'She cried.']);
    // a number ending a sentence inside a line still ends it
    expect(sentencesOf('The total was 23. Then it rose.')).toEqual(['The total was 23.', 'Then it rose.']);
    expect(sentencesOf('Officials met at 5 p.m. The talks failed.')).toEqual(['Officials met at 5 p.m.', 'The talks failed.']);
  });
  it('keeps titles, initials and U.S. inside the sentence', () => {
    expect(sentencesOf('Mr. Smith met Dr. J. K. Rowling in the U.S. capital on Monday. They spoke.')).toEqual([
      'Mr. Smith met Dr. J. K. Rowling in the U.S. capital on Monday.',
      'They spoke.',
    ]);
  });
  it('keeps e.g. and decimals inside the sentence', () => {
    expect(sentencesOf('Prices rose 3.5 percent, e.g. for bread and rice. Wages did not.')).toEqual([
      'Prices rose 3.5 percent, e.g. for bread and rice.',
      'Wages did not.',
    ]);
  });
  it('splits sentence.Second but not example.com', () => {
    expect(sentencesOf('Visit example.com today.Then call us.')).toEqual(['Visit example.com today.', 'Then call us.']);
  });
  it('keeps a quoted question with its reporting clause', () => {
    expect(sentencesOf('"Why now?" he asked. Nobody answered.')).toEqual(['"Why now?" he asked.', 'Nobody answered.']);
  });
  it('joins hard-wrapped lines of one paragraph', () => {
    expect(sentencesOf('The minister said the plan\nwould be ready in May. It was not.')).toEqual([
      'The minister said the plan\nwould be ready in May.',
      'It was not.',
    ]);
  });
});

describe('hard-wrapped lines', () => {
  it('continue after an abbreviation at the end of a line, not after a sentence end', () => {
    expect(sentencesOf('Officials in the U.S.\narmy said the base\nwould close in May.')).toEqual([
      'Officials in the U.S.\narmy said the base\nwould close in May.',
    ]);
    expect(sentencesOf('The talks ended.\nofficials said later that they would resume.')).toEqual([
      'The talks ended.',
      'officials said later that they would resume.',
    ]);
  });
});

describe('analysed documents as library values', () => {
  it('a sentence spreads and serialises as a plain one would: its tokens, and nothing internal', () => {
    const doc = analyze('The army said it would leave the city. It did not.', { prefix: 's' });
    const s = doc.sentences[0];
    const copy = { ...s };
    expect(Object.keys(copy).sort()).toEqual(['end', 'id', 'kind', 'start', 'text', 'tokens']);
    expect(copy.tokens).toBe(s.tokens);
    expect(copy.tokens.map((t) => t.text)).toEqual(['The', 'army', 'said', 'it', 'would', 'leave', 'the', 'city']);
    expect(JSON.stringify(s)).toBe(JSON.stringify({ id: s.id, start: s.start, end: s.end, text: s.text, kind: s.kind, tokens: s.tokens }));
    // the document's tokens are its sentences', in a spread copy too
    expect({ ...doc }.tokens).toEqual(doc.sentences.flatMap((x) => x.tokens));
  });
});
