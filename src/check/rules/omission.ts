import type { Rule } from '../context.js';
import { SourceIndex } from '../../align/source-index.js';
import { coverage } from '../../align/align.js';
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
    // the other direction: how much of each source sentence the summary carries
    const reverse = new SourceIndex(ctx.summary, ctx.source);
    ctx.source.sentences.forEach((s, i) => {
      if (used.has(i) || !ctx.index.eligible[i] || s.kind !== 'body') return;
      const q = reverse.query(s.tokens, { variants: false });
      if (q.keys.length === 0) return;
      const best = reverse.candidates(q, 5).reduce((m, j) => Math.max(m, coverage(reverse, q, j)), 0);
      if (best >= ctx.thresholds.omission) return;
      emit({ rule: this.id, document: 'source', start: s.start, end: s.end, unit: s.id, message: `left out of the summary (at most ${pct(best)} of it is carried)` });
    });
  },
};
