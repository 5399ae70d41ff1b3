import type { Rule } from '../context.js';
import { CarriedShares } from '../../align/carried.js';
import { CANDIDATE_LIMIT } from '../../settings.js';
import { pct } from './unsupported.js';

/** Source sentences that the summary leaves out (information about the source, not an error). */
export const omission: Rule = {
  id: 'omission',
  severity: 'info',
  description: 'A source sentence whose content the summary leaves out.',
  help: 'Informational: summaries omit by design. Review omitted sentences when the summary must be complete.',
  run(ctx, emit) {
    const used = new Set<number>();
    for (const a of [...ctx.claims, ...ctx.sentences]) if (a.support.score >= ctx.thresholds.claimSupport) for (const i of a.support.sources) used.add(i);
    // the other direction: how much of each source sentence the summary carries, with the same IDF
    const carried = new CarriedShares(ctx.index, ctx.summary);
    // Which summary sentences could carry source sentence i: those that had i among their candidates
    // when they were aligned (the aligner's cached answer), so that no source sentence is looked up
    // again: at 100,000 source sentences these reverse look-ups were a quarter of the check.
    const near = new Map<number, number[]>();
    ctx.sentences.forEach((a, j) => {
      for (const i of ctx.index.candidates(a.query, CANDIDATE_LIMIT)) {
        const l = near.get(i);
        if (l) l.push(j);
        else near.set(i, [j]);
      }
    });
    ctx.source.sentences.forEach((s, i) => {
      // hasContent: a sentence without content words (only stop words or punctuation) omits nothing
      if (used.has(i) || !ctx.index.eligible[i] || s.kind !== 'body' || !ctx.index.hasContent(i)) return;
      const js = near.get(i);
      const best = js ? carried.best(i, js) : 0;
      if (best >= ctx.thresholds.omission) return;
      emit({
        rule: this.id,
        severity: this.severity,
        document: 'source',
        start: s.start,
        end: s.end,
        unit: s.id,
        message: `left out of the summary (at most ${pct(best)} of it is carried)`,
      });
    });
  },
};
