import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { check } from '../src/index.js';
import { analyze } from '../src/text/document.js';
import { checkWithDecisions } from '../src/check/check.js';
import { fit, bagScore, learnable, stepEdges, type Bag } from '../src/eval/train.js';
import { FEATURES } from '../src/check/features.js';
import { CLAIM_MODEL, pUnsupported, thresholdFor } from '../src/check/model.js';
import { LONG_SENTENCES, signTest, FLAG_CHOICE_LEVEL, earlierSets, pooled } from '../src/eval/train-points.js';

// Two short wire reports on an Egyptian rate decision, written for these tests (Arabic and English)
const FIX = path.join(__dirname, 'fixtures', 'decisions');
const AR = fs.readFileSync(path.join(FIX, 'egypt-rates.ar.txt'), 'utf8');
const EN = fs.readFileSync(path.join(FIX, 'egypt-rates.en.txt'), 'utf8');
const errorsIn = (summary: string, source: string, lang: string) =>
  check(summary, source, { summaryLang: lang, sourceLang: lang }).flags.filter((f) => f.document === 'summary' && f.severity === 'error');

describe('the claim model decides', () => {
  it('gives every checked claim a pUnsupported, and the summary its highest', () => {
    const r = check(
      "Egypt's central bank kept rates on hold for a third straight meeting. The finance minister also unveiled plans for a new bridge over the Nile in Aswan.",
      EN,
    );
    const ps = r.summary.claims.map((c) => c.pUnsupported!);
    expect(ps.every((p) => p >= 0 && p <= 1)).toBe(true);
    expect(r.stats.pUnsupported).toBe(Math.max(...ps));
    expect(r.stats.precision).toBe('balanced');
    // the faithful first sentence is unlikely unsupported, the invented second likely
    expect(ps[0]).toBeLessThan(CLAIM_MODEL.operatingPoints.balanced);
    expect(ps[1]).toBeGreaterThanOrEqual(CLAIM_MODEL.operatingPoints.balanced);
  });

  it("makes an invented sentence in the topic's words an error, whole or on its new words, and leaves the faithful one clean", () => {
    const errs = errorsIn(
      "Egypt's central bank kept rates on hold for a third straight meeting. The finance minister also unveiled plans for a new bridge over the Nile in Aswan.",
      EN,
      'en',
    );
    expect(errs.length).toBeGreaterThan(0);
    expect(errs.every((f) => f.unit === 's2.1')).toBe(true);
  });

  it('makes an invented quote of a named minister an error, not a warning (CI must fail)', () => {
    const errs = errorsIn(
      'Egypt\'s central bank kept rates on hold for a third straight meeting. "We will sell the national airline within months," Finance Minister Ahmed Kouchouk told reporters.',
      EN,
      'en',
    );
    expect(errs.map((f) => f.text)).toEqual(['"We will sell the national airline within months,"']);
  });

  it('leaves a figure the source has elsewhere a warning on a claim it judges unsupported: the error goes to its unsupported words', () => {
    const source =
      'Daniel Reyes, 38, was convicted on all seven counts, including wire fraud. U.S. District Judge Margaret Hollis set sentencing for July 17 and allowed Reyes to remain free on a $10 million bond.';
    // (at the recall point, so that the claim is judged unsupported whatever the refit: at balanced its p, 0.37 since the
    // fourteenth session's negationUnsaid refit, is under the threshold 0.50, and the invented "travel abroad" is a warning)
    const r = check('Judge Margaret Hollis, who scheduled sentencing for July 17, let the 38-year-old travel abroad on a $10 million bond.', source, {
      precision: 'recall',
    });
    const figure = r.flags.find((f) => f.rule === 'number-mismatch')!;
    expect([figure.text, figure.messageId, figure.severity]).toEqual(['38', 'elsewhere', 'warning']);
    // the claim is still judged: its error is on the words the source does not have
    expect(r.flags.some((f) => f.severity === 'error' && f.unit === figure.unit && f.text.includes('travel'))).toBe(true);
  });

  it('orders the operating points: high gives no more errors than balanced, balanced no more than recall', () => {
    const s =
      'أبقى البنك المركزي المصري أسعار الفائدة دون تغيير للمرة الثالثة على التوالي، كما توقع المحللون.\nوارتفعت البورصة المصرية بعد القرار بنسبة كبيرة.\nوقال محافظ البنك إن الاحتياطي النقدي بلغ مستوى قياسيا.';
    const n = (precision: 'high' | 'balanced' | 'recall') =>
      check(s, AR, { precision }).flags.filter((f) => f.document === 'summary' && f.severity === 'error').length;
    expect(n('high')).toBeLessThanOrEqual(n('balanced'));
    expect(n('balanced')).toBeLessThanOrEqual(n('recall'));
    expect(n('recall')).toBeGreaterThan(0);
  });

  it('leaves a rule\'s set severity to the user, and "off" stops the model\'s own flags', () => {
    const s =
      'Egypt\'s central bank kept rates on hold for a third straight meeting. "We will sell the national airline within months," Finance Minister Ahmed Kouchouk told reporters.';
    const off = check(s, EN, { rules: { 'unsupported-claim': 'off' } });
    expect(off.flags.some((f) => f.rule === 'unsupported-claim')).toBe(false);
    const warn = check(s, EN, { rules: { 'unsupported-claim': 'warning' } });
    expect(warn.flags.filter((f) => f.rule === 'unsupported-claim').map((f) => f.severity)).toEqual(['warning']);
  });

  it('the model file names the features in order, and pUnsupported is the logistic of its line and steps', () => {
    expect(CLAIM_MODEL.features).toEqual([...FEATURES]);
    expect(CLAIM_MODEL.steps?.length).toBeGreaterThan(0);
    // the plain definition: bias, plus each weight times the standardised feature, plus the weight of each step reached
    const plain = (x: number[]) => {
      let z = CLAIM_MODEL.bias;
      FEATURES.forEach((f, j) => {
        z += (CLAIM_MODEL.weights[j] * (x[j] - CLAIM_MODEL.mean[j])) / CLAIM_MODEL.scale[j];
        for (const s of CLAIM_MODEL.steps ?? []) if (s.feature === f && x[j] >= s.at) z += s.weight;
      });
      return 1 / (1 + Math.exp(-z));
    };
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 3, noNaN: true }), { minLength: FEATURES.length, maxLength: FEATURES.length }), (x) => {
        expect(pUnsupported(x)).toBeCloseTo(plain(x), 12);
      }),
    );
    const x = CLAIM_MODEL.mean.slice();
    expect(pUnsupported(x)).toBeCloseTo(plain(x), 12);
    expect(CLAIM_MODEL.operatingPoints.high).toBeGreaterThanOrEqual(CLAIM_MODEL.operatingPoints.balanced);
    expect(CLAIM_MODEL.operatingPoints.recall).toBeLessThanOrEqual(CLAIM_MODEL.operatingPoints.balanced);
  });

  it('moves pUnsupported only the way each feature means: coverage never raises it, a rule flag never lowers it (line and steps signed)', () => {
    const at = (f: string) => FEATURES.indexOf(f as (typeof FEATURES)[number]);
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: FEATURES.length, maxLength: FEATURES.length }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (x, more) => {
          for (const [f, dir] of [
            ['coverage', -1],
            ['bestCoverage', -1],
            ['rareCoverage', -1],
            ['numberError', 1],
            ['unknownMass', 1],
          ] as const) {
            const y = x.slice();
            y[at(f)] += more;
            expect(Math.sign(pUnsupported(y) - pUnsupported(x)) * dir).toBeGreaterThanOrEqual(0);
          }
        },
      ),
    );
  });
});

describe('the negation evidence the model reads', () => {
  it('weighs a negation of words the support set lacks (noted, not flagged) apart from a negation flag', () => {
    const src = 'A chlorine tank at the Delmar plant started leaking at 6 a.m. The company said the tank had been sealed by noon.';
    const features = (summary: string) => {
      const s = analyze(summary, { prefix: 's', claims: true, lang: 'en' }),
        t = analyze(src, { prefix: 't', lang: 'en' });
      const d = checkWithDecisions(s, t, { summaryLang: 'en', sourceLang: 'en' }).decisions[0];
      return [d.features[FEATURES.indexOf('negation')], d.features[FEATURES.indexOf('negationUnsaid')]];
    };
    expect(features('The company said the tank was sealed by noon but would not say how much gas had escaped from it.')).toEqual([0, 1]);
    expect(features('The company said the tank was not sealed by noon.')).toEqual([1, 0]);
    expect(features('The company said the tank was sealed by noon.')).toEqual([0, 0]);
  });
});

describe('training', () => {
  const at = (name: string) => FEATURES.indexOf(name as (typeof FEATURES)[number]);
  const claim = (coverage: number, flags: Partial<Record<string, number>> = {}) => {
    const x = FEATURES.map(() => 0);
    x[at('coverage')] = coverage;
    x[at('bestCoverage')] = coverage;
    x[at('sentenceCoverage')] = coverage;
    for (const [k, v] of Object.entries(flags)) x[at(k)] = v!;
    return x;
  };
  it('learns that coverage lowers and a rule flag raises pUnsupported, from bags of claims (noisy-OR)', () => {
    const bags: Bag[] = [];
    for (let i = 0; i < 40; i++) {
      bags.push({ source: 'a', lang: 'en', y: 0, claims: [claim(0.8 + (i % 5) / 25), claim(0.9)] });
      bags.push({ source: 'a', lang: 'en', y: 1, claims: [claim(0.9), claim(0.1 + (i % 5) / 25)] });
      bags.push({ source: 'b', lang: 'en', y: 1, claims: [claim(0.95, { numberError: 1 })] });
      bags.push({ source: 'b', lang: 'en', y: 0, claims: [claim(0.95)] });
    }
    const m = fit(bags, 0.01, 300);
    expect(m.weights[at('coverage')]).toBeLessThan(0);
    expect(m.weights[at('numberError')]).toBeGreaterThan(0);
    expect(bagScore(m, { source: 'a', lang: 'en', y: 1, claims: [claim(0.15)] })).toBeGreaterThan(
      bagScore(m, { source: 'a', lang: 'en', y: 0, claims: [claim(0.9)] }),
    );
  });
  it("puts the steps at the training claims' quantiles (one at 1 for an indicator, none for a constant), and fits them signed", () => {
    const claims = Array.from({ length: 100 }, (_, i) => claim(i / 100, i % 10 === 0 ? { numberError: 1 } : {}));
    const edges = stepEdges(claims);
    expect(edges.filter((e) => e.feature === at('coverage')).map((e) => e.at)).toEqual([0.09, 0.36, 0.62, 0.89]);
    expect(edges.filter((e) => e.feature === at('numberError')).map((e) => e.at)).toEqual([1]);
    expect(edges.some((e) => e.feature === at('negation'))).toBe(false);
    // supported above 0.5 coverage and unsupported below: the steps carry the jump, each of its sign
    const bags: Bag[] = claims.map((x, i) => ({ source: 'a', lang: 'en', y: i < 50 ? 1 : 0, claims: [x] }));
    const m = fit(bags, 0.01, 300);
    const coverageSteps = m.steps!.filter((s) => s.feature === 'coverage');
    expect(coverageSteps.length).toBeGreaterThan(0);
    for (const s of coverageSteps) expect(s.weight).toBeLessThan(0);
    expect(bagScore(m, { source: 'a', lang: 'en', y: 1, claims: [claim(0.3)] })).toBeGreaterThan(0.5);
    expect(bagScore(m, { source: 'a', lang: 'en', y: 0, claims: [claim(0.7)] })).toBeLessThan(0.5);
  });
  it('leaves out of training the edits that no rule flagged, and keeps the flagged ones and every other bag', () => {
    const unflagged: Bag = { source: 'ans', lang: 'ar', y: 1, edit: true, claims: [claim(0.95)] };
    const flagged: Bag = { source: 'ans', lang: 'ar', y: 1, edit: true, claims: [claim(0.95, { negation: 1 })] };
    const invented: Bag = { source: 'made', lang: 'ar', y: 1, claims: [claim(0.2)] };
    const faithful: Bag = { source: 'ans', lang: 'ar', y: 0, claims: [claim(0.95)] };
    expect(learnable([unflagged, flagged, invented, faithful])).toEqual([flagged, invented, faithful]);
  });
});

describe('restatements an editor accepts draw no error', () => {
  it("hedged and rounded figures within the hedge's range; a figure outside it stays an error", () => {
    const src = 'Organisers said 45,200 runners took part, and 50.8% of voters rejected the plan, while the pill cut risk by 21% in the trial.';
    const numbers = (s: string) =>
      check(s, src, { summaryLang: 'en', sourceLang: 'en' })
        .flags.filter((f) => f.rule === 'number-mismatch')
        .map((f) => f.text);
    expect(numbers('More than 45,000 runners took part.')).toEqual([]);
    expect(numbers('Just under 51% of voters rejected the plan.')).toEqual([]);
    expect(numbers('The pill cut risk by about a fifth in the trial.')).toEqual([]);
    expect(numbers('About 40,000 runners took part.')).toEqual(['40,000']);
    expect(numbers('More than 46,000 runners took part.')).toEqual(['46,000']);
    const ar = 'وقال المنظمون إن 45200 عداء شاركوا في السباق.';
    const arNumbers = (s: string) =>
      check(s, ar, { summaryLang: 'ar', sourceLang: 'ar' })
        .flags.filter((f) => f.rule === 'number-mismatch')
        .map((f) => f.text);
    expect(arNumbers('شارك في السباق أكثر من 45000 عداء.')).toEqual([]);
    expect(arNumbers('شارك في السباق نحو 45000 عداء.')).toEqual([]);
    expect(arNumbers('شارك في السباق 45000 عداء.')).toEqual(['45000']);
  });
  it('a quote with a negation fused in from the sentence next to the support set is sourced: no error', () => {
    const src =
      'The company said first gas from the field would be delayed by a year. Chief Executive Maria Lund told analysts that the March fire had damaged two of the six modules being built for the floating production unit. "This is a setback, not a derailment," Lund said. Shares in the company fell 4% in Sydney.';
    const said = (quote: string) =>
      `Chief executive Maria Lund said the March fire had damaged two of the six modules for the floating production unit, but called the problem "${quote}."`;
    expect(errorsIn(said('a setback, not a derailment'), src, 'en')).toEqual([]);
    // a negated quote the source never has is still evidence against the claim
    expect(errorsIn(said('a setback, not a scandal of mismanagement'), src, 'en').length).toBeGreaterThan(0);
  });
  it('negation restated: ruled out, rather than, a source cue a few words before the match, لن … إلا في', () => {
    const neg = (s: string, t: string, lang: string) =>
      check(s, t, { summaryLang: lang, sourceLang: lang })
        .flags.filter((f) => f.rule === 'negation-mismatch')
        .map((f) => f.text);
    expect(neg('The navy ruled out a tsunami.', 'The navy said there was no tsunami threat.', 'en')).toEqual([]);
    expect(
      neg(
        'The mediator described the deal as a first step rather than a final peace.',
        'The mediator told reporters the agreement was "a first step, not a final peace".',
        'en',
      ),
    ).toEqual([]);
    expect(
      neg(
        'Nobody was badly hurt, though 11 people needed treatment for minor injuries.',
        'No one was seriously injured, but 11 people were treated for minor injuries.',
        'en',
      ),
    ).toEqual([]);
    expect(
      neg('ولن يعود المجلس إلى الانعقاد إلا في الحادي عشر من يونيو حزيران.', 'ومن المقرر أن يعقد المجلس اجتماعه المقبل في الحادي عشر من يونيو حزيران.', 'ar'),
    ).toEqual([]);
    // a real dropped negation is still one
    expect(neg('The navy said there was a tsunami threat.', 'The navy said there was no tsunami threat.', 'en').length).toBe(1);
  });
});

describe('the span model marks more words of a claim judged unsupported (check/span-model.ts)', () => {
  const rows = fs
    .readFileSync('benchmarks/wice/data/entailment_retrieval/claim/dev.jsonl', 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { claim: string; evidence: string[]; meta: { id: string } })
    .filter((r) => ['dev03716', 'dev00866', 'dev01935', 'dev04052', 'dev00068'].includes(r.meta.id));
  const marks = new Set(['unsupported-claim', 'unsupported-span', 'unknown-name', 'entity-mismatch', 'number-mismatch', 'negation-mismatch']);
  it('adds words only in claims at or above the threshold, words no other flag of the claim marks, and nothing else', () => {
    expect(rows.length).toBe(5);
    let added = 0;
    for (const r of rows) {
      const src = r.evidence.join('\n');
      const opts = { summaryLang: 'en', sourceLang: 'en' } as const;
      const withModel = check(r.claim, src, opts);
      const without = check(r.claim, src, { ...opts, spanModel: null });
      const words = withModel.flags.filter((f) => f.messageId === 'likelyWords');
      added += words.length;
      // the other flags are those of the check without the span model
      expect(withModel.flags.filter((f) => f.messageId !== 'likelyWords')).toEqual(without.flags);
      for (const w of words) {
        const claim = withModel.summary.claims.find((c) => c.id === w.unit)!;
        expect(claim.pUnsupported!).toBeGreaterThanOrEqual(CLAIM_MODEL.operatingPoints.balanced);
        expect(w.severity).toBe('error');
        expect(without.flags.filter((f) => f.unit === w.unit && marks.has(f.rule) && f.start < w.end && w.start < f.end)).toEqual([]);
      }
    }
    // (these five WiCE dev claims are ones it marks words in: "won" of "Gill has won 21 awards from 44 nominations")
    expect(added).toBeGreaterThan(0);
  });
  it('adds nothing to a summary with no error', () => {
    const r = check("Egypt's central bank left its main rates unchanged on Thursday, as analysts had expected.", EN);
    expect(r.flags.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.flags.filter((f) => f.messageId === 'likelyWords')).toEqual([]);
  });
  it('fits word weights of the expected signs (train-spans.ts fitWords): a word its sources carry is less likely unsourced', async () => {
    const { fitWords } = await import('../src/eval/train-spans.js');
    const { WORD_FEATURES } = await import('../src/check/span-model.js');
    const xs: number[][] = [],
      ys: boolean[] = [];
    for (let i = 0; i < 200; i++) {
      const covered = i % 2;
      const x = WORD_FEATURES.map(() => 0);
      x[0] = covered;
      x[2] = (i % 7) / 3;
      xs.push(x);
      ys.push(covered === 0 && i % 5 !== 0);
    }
    const m = fitWords(xs, ys);
    expect(m.weights[0]).toBeLessThan(0);
    expect(m.features).toEqual([...WORD_FEATURES]);
  });
});

describe('the operating points of a summary of an article (ClaimModel.long, src/eval/train-points.ts)', () => {
  it("gives a summary of four sentences or more with a checked claim the long thresholds, a shorter one the model's own", () => {
    const m = CLAIM_MODEL;
    expect(m.long).toBeDefined();
    const long = m.long!;
    expect(long.sentences).toBe(LONG_SENTENCES);
    for (const op of ['high', 'balanced', 'recall'] as const) {
      expect(thresholdFor(op, m, long.sentences)).toBe(long.operatingPoints[op]);
      expect(thresholdFor(op, m, long.sentences - 1)).toBe(m.operatingPoints[op]);
    }
    // chosen, not copied: the dev table it was chosen from, whose best balanced accuracy is the point's (with the evidence
    // chosen to be left unread), and no choice that leaves less unread reaches it
    const table = (m.long as unknown as { dev: { ignore: string[]; threshold: number; balancedAccuracy: number }[] }).dev;
    const best = Math.max(...table.map((d) => d.balancedAccuracy));
    const same = (a: readonly string[], b: readonly string[]) => a.join() === b.join();
    expect(table.find((d) => d.threshold === long.operatingPoints.balanced && same(d.ignore, long.ignore ?? []))?.balancedAccuracy).toBe(best);
    expect(table.filter((d) => d.ignore.length < (long.ignore ?? []).length).every((d) => d.balancedAccuracy < best)).toBe(true);
  });
  it('does not read the kinds of flag ClaimModel.long ignores in a summary of an article: the flag stays, as a warning', () => {
    const kinds = CLAIM_MODEL.long!.ignoreFlags ?? [];
    expect(kinds).toContainEqual({ rule: 'negation-mismatch', messageId: 'added' });
    const dir = 'probes/fresh/b78-en-1-shipyard-closure';
    const source = fs.readFileSync(`${dir}/source.txt`, 'utf8');
    const added = (summary: string) => check(summary, source, { summaryLang: 'en', sourceLang: 'en' }).flags.filter((f) => f.rule === 'negation-mismatch');
    // the editor's five-sentence summary: "no option examined … would keep the yard running" is flagged, and no error
    const inSummary = added(fs.readFileSync(`${dir}/faithful.txt`, 'utf8'));
    expect(inSummary.map((f) => [f.messageId, f.severity])).toEqual([['added', 'warning']]);
    // the same sentence checked alone: the model reads the flag, an error
    const alone = added(
      'Calling it the toughest decision of his career, chief executive Alan Murdoch said no option examined, a sale included, would keep the yard running past this year.',
    );
    expect(alone.map((f) => [f.messageId, f.severity])).toEqual([['added', 'error']]);
  });
  it('chose the kinds of flag not read on the pairs read on arrival, one at a time, each better than reading it', () => {
    const table = (CLAIM_MODEL.long as unknown as { arrival: { ignoreFlags: string[]; balancedAccuracy: number }[] }).arrival;
    const chosen = (CLAIM_MODEL.long!.ignoreFlags ?? []).map((k) => `${k.rule}/${k.messageId}`);
    const row = (flags: readonly string[]) => table.find((d) => d.ignoreFlags.join() === flags.join());
    // every step of the choice is in the table, each better than the one before it
    for (let n = 1; n <= chosen.length; n++) expect(row(chosen.slice(0, n))!.balancedAccuracy).toBeGreaterThan(row(chosen.slice(0, n - 1))!.balancedAccuracy);
  });
  it('tests a choice by the exact sign test: its chance equals the sum over every way the changed items could have gone', () => {
    // the plain definition: of the 2^n equally likely ways n changed items split, those with at least `gained` going its way
    const plain = (gained: number, lost: number) => {
      const n = gained + lost;
      let hits = 0;
      for (let m = 0; m < 2 ** n; m++) {
        let ones = 0;
        for (let b = m; b > 0; b >>= 1) ones += b & 1;
        if (ones >= gained) hits++;
      }
      return hits / 2 ** n;
    };
    for (let gained = 0; gained <= 12; gained++)
      for (let lost = 0; lost <= 12 - gained; lost++) expect(signTest(gained, lost)).toBeCloseTo(plain(gained, lost), 12);
    // 9 set right for 1 set wrong is beyond chance; 8 for 7 is not
    expect(signTest(9, 1)).toBeLessThan(FLAG_CHOICE_LEVEL);
    expect(signTest(8, 7)).toBeGreaterThan(FLAG_CHOICE_LEVEL);
  });
  it('pools the earlier sets read on arrival (probes/arrival/earlier.json) kind by kind, and their pooled record decides', () => {
    const sets = earlierSets();
    expect(sets.length).toBeGreaterThan(0);
    for (const set of sets)
      expect(Object.keys(set.firstStep).sort()).toEqual([
        'antonym-mismatch/opposite',
        'negation-mismatch/added',
        'negation-mismatch/dropped',
        'negation-mismatch/opposite',
      ]);
    // the sum over the sets, and nothing for a kind no set has
    const two = [...sets, { batches: 'x', tree: 'y', firstStep: { 'negation-mismatch/added': { right: 1, wrong: 2 } } }];
    const [right, wrong] = pooled(sets, 'negation-mismatch/added');
    expect(pooled(two, 'negation-mismatch/added')).toEqual([right + 1, wrong + 2]);
    expect(pooled(sets, 'unknown-name/absent')).toEqual([0, 0]);
    // 4 right and 2 wrong alone is chance; with the 99th-102nd batches' 7 and 0 it is not
    expect(signTest(4, 2)).toBeGreaterThan(FLAG_CHOICE_LEVEL);
    expect(signTest(4 + right, 2 + wrong)).toBeLessThan(FLAG_CHOICE_LEVEL);
  });
  it('does not read the evidence ClaimModel.long ignores in a summary of an article, and reads it in a claim checked alone', () => {
    const ignore = CLAIM_MODEL.long!.ignore ?? [];
    expect(ignore).toContain('negationUnsaid');
    const j = FEATURES.indexOf('negationUnsaid');
    const read = (f: string) => fs.readFileSync(`probes/fresh/b44-en-10-archive-records-leak/${f}`, 'utf8');
    const decide = (summary: string) =>
      checkWithDecisions(analyze(summary, { prefix: 's', claims: true, lang: 'en' }), analyze(read('source.txt'), { prefix: 't', lang: 'en' }), {
        summaryLang: 'en',
        sourceLang: 'en',
      }).decisions;
    const apology = (ds: ReturnType<typeof decide>) => ds.find((d) => d.claim.unit.text.includes('without reservation'))!;
    // alone, "apologised without reservation" negates a word the source never says ("unreservedly"): evidence read
    const alone = apology(decide('Director Philippa Hargreaves-Tane apologised without reservation.'));
    expect(alone.features[j]).toBe(1);
    // in the editor's five-sentence summary it is not read, and the paraphrase is no error
    const inSummary = apology(decide(read('faithful.txt')));
    expect(inSummary.features[j]).toBe(0);
    expect(inSummary.error).toBe(false);
  });
  it('decides the claims of a five-sentence summary at the long threshold: a claim between the two is no error there', () => {
    const read = (f: string) => fs.readFileSync(`probes/fresh/b40-en-6-gene-therapy-approval/${f}`, 'utf8');
    const { decisions } = checkWithDecisions(
      analyze(read('faithful.txt'), { prefix: 's', claims: true, lang: 'en' }),
      analyze(read('source.txt'), { prefix: 't', lang: 'en' }),
      { summaryLang: 'en', sourceLang: 'en' },
    );
    const short = thresholdFor('balanced'),
      long = thresholdFor('balanced', CLAIM_MODEL, LONG_SENTENCES);
    expect(long).toBeGreaterThan(short);
    const between = decisions.filter((d) => d.p >= short && d.p < long);
    expect(between.length).toBeGreaterThan(0);
    expect(between.every((d) => !d.error)).toBe(true);
    expect(decisions.every((d) => d.error === d.p >= long)).toBe(true);
  });
});
