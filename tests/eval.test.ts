import { describe, it, expect } from 'vitest';
import { pearson, spearman, auc, balancedAccuracy, f1, ranks } from '../src/eval/benchmarks/metrics.js';
import { joinSentences } from '../src/eval/benchmarks/data.js';
import { arabicRoot, stem } from '../src/text/stem.js';
import { normalizeToken } from '../src/text/normalize.js';
import { similarity } from '../src/index.js';
import { phraseSpans } from '../src/eval/benchmarks/spans.js';
import fs from 'node:fs';

describe('benchmark metrics', () => {
  it('pearson and spearman', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1);
    expect(spearman([1, 2, 3, 4], [1, 4, 9, 100])).toBeCloseTo(1);
    expect(ranks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
  });
  it('auc counts ties as half and is 0.5 for a constant score', () => {
    expect(auc([0.9, 0.8, 0.1, 0.2], [true, true, false, false])).toBe(1);
    expect(auc([0.5, 0.5, 0.5, 0.5], [true, false, true, false])).toBe(0.5);
    expect(auc([0.1, 0.9], [true, false])).toBe(0);
  });
  it('balanced accuracy and F1', () => {
    expect(balancedAccuracy([true, true, true, true], [true, false, false, false])).toBe(0.5);
    expect(balancedAccuracy([true, false, false, false], [true, false, false, false])).toBe(1);
    expect(f1(2, 2, 0)).toEqual({ p: 0.5, r: 1, f1: 2 / 3 });
  });
  it('maps offsets back to pre-split sentence indices', () => {
    const j = joinSentences(['One.', 'Two\nlines.', 'Three.']);
    expect(j.indexAt(0)).toBe(0);
    expect(j.indexAt(j.text.indexOf('lines'))).toBe(1);
    expect(j.indexAt(j.text.indexOf('Three'))).toBe(2);
  });
});

describe('English irregular verbs', () => {
  const st = (w: string) => stem(normalizeToken(w));
  it('stem to their base form, so a rewrite in another tense meets its source', () => {
    expect(st('stood')).toBe(st('stands'));
    expect(st('rose')).toBe(st('rises'));
    expect(st('fell')).toBe(st('falls'));
    expect(st('paid')).toBe(st('pays'));
    // the light verbs and forms that are as often other words keep their own stems
    expect(st('made')).not.toBe(st('makes'));
    expect(st('fed')).not.toBe(st('feeds'));
  });
});

describe('approximate Arabic roots', () => {
  const root = (w: string) => arabicRoot(stem(normalizeToken(w)));
  it('brings derived forms of one root together', () => {
    expect(root('هجمات')).toBe(root('هجوم'));
    expect(root('يهاجم')).toBe(root('هجوم'));
    expect(root('متابعة')).toBe(root('تتبعت'));
    expect(root('توسيع')).toBe(root('موسعة'));
    expect(root('تحليل')).toBe('حلل');
  });
  it('gives no root for long names or non-Arabic words', () => {
    expect(root('واشنطن')).toBeUndefined();
    expect(arabicRoot('attack')).toBeUndefined();
  });
  it('lets a paraphrase that shares roots score above an unrelated sentence', () => {
    const a = 'وبدأ البنتاغون في وضع الأسس لهجمات جوية موسعة لمتابعة هذه العناصر';
    expect(similarity('وشرعت في وضع خطط لتوسيع نطاق الضربات الجوية لتعقب هؤلاء المقاتلين', a)).toBeGreaterThan(
      similarity('ارتفعت أسعار النفط في الأسواق العالمية اليوم', a),
    );
  });
});

describe("WiCE dev's project-labelled unsupported words (benchmarks/wice/isnad)", () => {
  it('finds each phrase after the one before, so a repeated word is each of its places', () => {
    const claim = 'He was lead guitarist and sang lead vocals.';
    expect(phraseSpans(claim, ['lead', 'lead']).map(([a, b]) => claim.slice(a, b) + '@' + a)).toEqual(['lead@7', 'lead@31']);
    expect(phraseSpans(claim, ['absent'])).toEqual([]);
  });
  it('holds every labelled phrase as written in its claim, for each of the 191 partly supported dev claims', () => {
    const rows = fs
      .readFileSync('benchmarks/wice/isnad/dev-unsupported-words.jsonl', 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id: string; claim: string; unsupported: string[] });
    const dev = new Map(
      fs
        .readFileSync('benchmarks/wice/data/entailment_retrieval/claim/dev.jsonl', 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { label: string; claim: string; meta: { id: string } })
        .map((r) => [r.meta.id, r]),
    );
    expect(rows.length).toBe([...dev.values()].filter((r) => r.label === 'partially_supported').length);
    for (const r of rows) {
      expect(dev.get(r.id)?.label, r.id).toBe('partially_supported');
      expect(dev.get(r.id)?.claim, r.id).toBe(r.claim);
      expect(phraseSpans(r.claim, r.unsupported).length, r.id).toBe(r.unsupported.length);
    }
  });
  it("splits every one of them into sub-claims, each phrase of a partly supported sub-claim as written, the others' lists empty", () => {
    const rows = fs
      .readFileSync('benchmarks/wice/isnad/dev-subclaim-words.jsonl', 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id: string; n: number; subclaim: string; label: string; unsupported: string[] });
    const partly = new Set(
      fs
        .readFileSync('benchmarks/wice/data/entailment_retrieval/claim/dev.jsonl', 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { label: string; meta: { id: string } })
        .filter((r) => r.label === 'partially_supported')
        .map((r) => r.meta.id),
    );
    expect(new Set(rows.map((r) => r.id))).toEqual(partly);
    for (const r of rows) {
      expect(['supported', 'partially_supported', 'not_supported'], r.id).toContain(r.label);
      // sub-claims numbered 0, 1, 2 … within their claim
      expect(r.n, r.id).toBe(rows.filter((o) => o.id === r.id).indexOf(r));
      if (r.label === 'partially_supported') {
        expect(r.unsupported.length, `${r.id}.${r.n}`).toBeGreaterThan(0);
        expect(phraseSpans(r.subclaim, r.unsupported).length, `${r.id}.${r.n}`).toBe(r.unsupported.length);
      } else expect(r.unsupported, `${r.id}.${r.n}`).toEqual([]);
    }
  });
});
