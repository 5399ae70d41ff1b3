import { ruleDocsUrl, type Rule } from '../context.js';
import { CarriedShares } from '../../align/carried.js';
import { CANDIDATE_LIMIT } from '../../settings.js';
import { pct } from './unsupported.js';

/** Source sentences that the summary leaves out (information about the source, not an error). */
export const omission: Rule = {
  id: 'omission',
  severity: 'info',
  description: 'A source sentence whose content the summary leaves out.',
  help: 'Informational: summaries omit by design. Review omitted sentences when the summary must be complete.',
  meta: {
    docs: { url: ruleDocsUrl('omission') },
    messages: {
      omitted: 'left out of the summary (at most {{carried}} of it is carried)',
      // the cross-language check's (src/xling/check.ts)
      xlingOmitted: 'left out of the {{lang}} text (at most {{carried}} of it is carried)',
    },
  },
  run(ctx, emit) {
    const n = ctx.source.sentences.length;
    // per source sentence, 1 when a supported unit aligned to it (a byte each, not a Set of numbers)
    const used = new Uint8Array(n);
    for (const a of [...ctx.claims, ...ctx.sentences]) if (a.support.score >= ctx.thresholds.claimSupport) for (const i of a.support.sources) used[i] = 1;
    // the other direction: how much of each source sentence the summary carries, with the same IDF
    const carried = new CarriedShares(ctx.index, ctx.summary);
    // Which summary sentences could carry source sentence i: those that had i among their candidates
    // when they were aligned (the aligner's cached answer), so that no source sentence is looked up
    // again: at 100,000 source sentences these reverse look-ups were a quarter of the check.
    // They are near[nearAt[i] .. nearAt[i + 1]) (CSR, in summary order): a Map of arrays by source
    // sentence was 44 MiB at 300,000 Arabic source sentences (this: 6 MiB), made and dropped in this rule.
    const lists = ctx.sentences.map((a) => ctx.index.candidates(a.query, CANDIDATE_LIMIT));
    const nearAt = new Int32Array(n + 1);
    for (const l of lists) for (const i of l) nearAt[i + 1]++;
    for (let i = 0; i < n; i++) nearAt[i + 1] += nearAt[i];
    const near = new Int32Array(nearAt[n]),
      fill = nearAt.slice(0, n);
    lists.forEach((l, j) => {
      for (const i of l) near[fill[i]++] = j;
    });
    ctx.source.sentences.forEach((s, i) => {
      // hasContent: a sentence without content words (only stop words or punctuation) omits nothing
      if (used[i] || !ctx.index.eligible[i] || s.kind !== 'body' || !ctx.index.hasContent(i)) return;
      const best = nearAt[i + 1] > nearAt[i] ? carried.best(i, near, nearAt[i], nearAt[i + 1]) : 0;
      if (best >= ctx.thresholds.omission) return;
      emit({
        rule: this.id,
        severity: this.severity,
        document: 'source',
        start: s.start,
        end: s.end,
        unit: s.id,
        messageId: 'omitted',
        data: { carried: pct(best) },
      });
    });
  },
};
