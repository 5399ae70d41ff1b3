import { check } from '../../index.js';
import type { Report } from '../../index.js';
import { readJsonl, joinSentences } from './data.js';
import { auc, balancedAccuracy, f1, type Unit } from './metrics.js';
import { contentFlags } from './spans.js';

interface WiceRow {
  label: string;
  claim: string;
  evidence: string[];
  supporting_sentences: number[][];
}
interface WiceTokenRow extends WiceRow {
  claim_tokens: string[];
  non_supported_spans: boolean[];
}

const isError = (r: Report) => r.flags.some((f) => f.document === 'summary' && !f.suppressed && f.severity === 'error');

/** Source-sentence indices (into the benchmark's evidence list) that isnad pairs with the claim's sentences. */
function predictedSet(r: Report, indexAt: (o: number) => number): Set<number> {
  const sentenceIds = new Set(r.summary.sentences.map((s) => s.id));
  const startOf = new Map(r.source.sentences.map((s) => [s.id, s.start]));
  const out = new Set<number>();
  for (const a of r.alignments) if (sentenceIds.has(a.summary)) for (const id of a.sources) out.add(indexAt(startOf.get(id)!));
  return out;
}

/**
 * WiCE (Kamoi et al. 2023): a Wikipedia claim against the article it cites. Support-set F1 against
 * the best of the gold alternatives; claim-level AUC and balanced accuracy (supported vs
 * not_supported); token-level F1 of flagged words against non_supported_tokens.
 */
export function wice(split: 'dev' | 'test') {
  const rows = readJsonl<WiceRow>(`wice/data/entailment_retrieval/claim/${split}.jsonl`);
  let f1Sum = 0,
    f1N = 0,
    recallSum = 0;
  const scores: number[] = [],
    positive: boolean[] = [],
    predicted: boolean[] = [];
  const units: Unit[] = [];
  // per claim label: claims with a flagged word, and the mean share of their words flagged (wiceTokens' view, on
  // the claim labels that every split has: a partly supported claim has words to flag, a supported one ideally none)
  const words: Record<string, { claims: number; anyFlagged: number; share: number }> = {};
  for (const row of rows) {
    const src = joinSentences(row.evidence);
    const r = check(row.claim, src.text, { summaryLang: 'en', sourceLang: 'en' });
    const w = (words[row.label] ??= { claims: 0, anyFlagged: 0, share: 0 });
    const flagged = flaggedWords(row.claim, contentFlags(r));
    w.claims++;
    if (flagged.flagged) w.anyFlagged++;
    w.share += flagged.words ? flagged.flagged / flagged.words : 0;
    const golds = row.supporting_sentences.filter((g) => g.length > 0);
    if (golds.length) {
      const pred = predictedSet(r, src.indexAt);
      let best = 0,
        bestRecall = 0;
      for (const g of golds) {
        const tp = g.filter((i) => pred.has(i)).length;
        const m = f1(tp, pred.size - tp, g.length - tp);
        if (m.f1 > best) best = m.f1;
        if (m.r > bestRecall) bestRecall = m.r;
      }
      f1Sum += best;
      recallSum += bestRecall;
      f1N++;
    }
    if (row.label === 'supported' || row.label === 'not_supported') {
      scores.push(claimScore(r));
      positive.push(row.label === 'supported');
      predicted.push(!isError(r));
      units.push({ score: r.stats.pUnsupported ?? 0, unsupported: row.label === 'not_supported' });
    }
  }
  return {
    claims: rows.length,
    supportSetF1: f1Sum / f1N,
    supportSetRecall: recallSum / f1N,
    claimAuc: auc(scores, positive),
    claimBalancedAccuracy: balancedAccuracy(predicted, positive),
    units,
    words: Object.fromEntries(Object.entries(words).map(([l, w]) => [l, { claims: w.claims, anyFlagged: w.anyFlagged / w.claims, share: w.share / w.claims }])),
  };
}

/** The words (runs of letters or digits) of a text, and how many of them a flag overlaps. */
function flaggedWords(text: string, flags: { start: number; end: number }[]): { words: number; flagged: number } {
  let words = 0,
    flagged = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    words++;
    if (flags.some((f) => f.start < m.index + m[0].length && m.index < f.end)) flagged++;
  }
  return { words, flagged };
}

/** A claim's support: the weakest of its claims' support scores (one unsupported clause is enough). */
export function claimScore(r: Report): number {
  const claimIds = new Set(r.summary.claims.map((c) => c.id));
  let min = 1;
  for (const a of r.alignments) if (claimIds.has(a.summary)) min = Math.min(min, a.score);
  return min;
}

/** Token-level F1 of isnad's content flags against WiCE's non_supported_spans (test only upstream). */
export function wiceTokens() {
  const rows = readJsonl<WiceTokenRow>('wice/data/non_supported_tokens/test.jsonl');
  let tp = 0,
    fp = 0,
    fn = 0;
  for (const row of rows) {
    const src = joinSentences(row.evidence);
    const r = check(row.claim, src.text, { summaryLang: 'en', sourceLang: 'en' });
    const spans = contentFlags(r);
    let at = 0;
    row.claim_tokens.forEach((tok, i) => {
      const s = row.claim.indexOf(tok, at);
      if (s < 0) return;
      at = s + tok.length;
      if (!/[\p{L}\p{N}]/u.test(tok)) return;
      const flagged = spans.some((f) => f.start < s + tok.length && s < f.end);
      const gold = row.non_supported_spans[i];
      if (flagged && gold) tp++;
      else if (flagged) fp++;
      else if (gold) fn++;
    });
  }
  return { subclaims: rows.length, ...f1(tp, fp, fn) };
}
