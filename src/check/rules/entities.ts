import type { Rule } from '../context.js';
import { isChecked, severityFor } from '../context.js';
import { entityOf } from '../../text/entities.js';

/**
 * The summary names a different entity of the same closed class than its source: another country or
 * nationality (مصر for ليبيا, Egyptian for Libyan), city, commodity (gold for oil), currency, month or
 * weekday, in a claim that otherwise matches the source. Like `antonym-mismatch`, it is judged only when
 * the support set carries most of the claim apart from those words, when the support set does not name the
 * claim's entity anywhere, and when the best source sentence names another one of that class that the
 * claim does not have.
 */
export const entityMismatch: Rule = {
  id: 'entity-mismatch',
  severity: 'error',
  description: 'The summary names another country, city, commodity, currency, month or weekday than its source.',
  help: 'The claim matches a source sentence except for a name of the same kind (Egypt/Libya, gold/oil, August/September). Check which one the source means.',
  run(ctx, emit) {
    for (const { unit, query, support } of ctx.claims) {
      if (!isChecked(unit.kind) || support.sources.length === 0) continue;
      const ents = unit.tokens.map(entityOf);
      if (!ents.some(Boolean)) continue;
      // supported apart from the entity words themselves
      let w = 0, m = 0;
      query.keys.forEach((k, kx) => {
        if (k.tokens.some((t) => entityOf(t))) return;
        w += k.w; m += k.w * support.covered[kx];
      });
      if (w === 0 || m / w < ctx.thresholds.negationSupport) continue;
      const mine = new Set(ents.filter((e) => e).map((e) => e!.id));
      const named = new Set<string>();
      for (const i of support.sources) for (const t of ctx.source.sentences[i].tokens) { const e = entityOf(t); if (e) named.add(e.id); }
      const src = ctx.source.sentences[support.sources[0]];
      for (let x = 0; x < unit.tokens.length; x++) {
        const e = ents[x], t = unit.tokens[x];
        if (!e || named.has(e.id)) continue;
        const other = src.tokens.find((o) => { const so = entityOf(o); return so !== undefined && so.cls === e.cls && !mine.has(so.id); });
        if (!other) continue;
        emit({
          rule: this.id, severity: severityFor(unit.kind, this.severity), document: 'summary', start: t.start, end: t.end, unit: unit.id, sources: [src.id],
          message: `source ${src.id} names "${other.text}" where the summary says "${t.text}"`,
        });
      }
    }
  },
};
