import type { Rule } from '../context.js';
import { isChecked, severityFor } from '../context.js';
import { antonymSide } from '../../text/antonyms.js';
import { carriedAround, sidesAround } from './window.js';

/**
 * The summary says the opposite of the source with a word of the opposite side (`يرتفع` for `يهبط`,
 * rose for fell, confirmed for denied), in a claim that otherwise matches the source: the claim is
 * supported by its words, and wrong. It is judged only when the support set carries most of the claim
 * apart from those words, and only when the best source sentence has the opposite word and not the claim's own.
 */
export const antonymMismatch: Rule = {
  id: 'antonym-mismatch',
  severity: 'error',
  description: 'The summary uses the opposite of a word in its source (rose/fell, confirmed/denied, won/lost).',
  help: 'The claim matches a source sentence except for a word whose opposite the source uses. Check the direction of the claim.',
  run(ctx, emit) {
    for (const { unit, query, support } of ctx.claims) {
      if (!isChecked(unit.kind) || support.sources.length === 0) continue;
      const sides = unit.tokens.map(antonymSide);
      // the claim's own sides per group: a claim with both (gold up, dollar down) is left alone
      const mine = new Map<string, Set<number>>();
      for (const s of sides) if (s) mine.set(s.group, (mine.get(s.group) ?? new Set()).add(s.side));
      if (mine.size === 0) continue;
      // supported apart from the opposite words themselves (in a headline they weigh a lot)
      let w = 0, m = 0;
      query.keys.forEach((k, kx) => {
        if (k.tokens.some((t) => antonymSide(t))) return;
        w += k.w; m += k.w * support.covered[kx];
      });
      if (w === 0 || m / w < ctx.thresholds.negationSupport) continue;
      const best = support.sources[0];
      const src = ctx.source.sentences[best];
      const has = (i: number, s: { group: string; side: number }) => ctx.source.sentences[i].tokens.some((o) => { const so = antonymSide(o); return so?.group === s.group && so.side === s.side; });
      for (let x = 0; x < unit.tokens.length; x++) {
        const s = sides[x], t = unit.tokens[x];
        if (!s || mine.get(s.group)!.size > 1) continue;
        // the claim's side in the best sentence, or in another sentence of the support set that also
        // carries the words around it, means the source says it; elsewhere in the support set (a
        // fused sentence about something else: "an increase in costs") it does not
        if (has(best, s)) continue;
        const others = support.sources.slice(1).filter((i) => has(i, s));
        if (others.length) {
          // either side of the word will do: at the seam of a fused claim, one side comes from the other
          // sentence; a word with no content words around it is left as the support set has it
          const sides = sidesAround(unit.tokens, x, x);
          if (sides.every((w) => w.length === 0) || carriedAround(ctx.index, sides, others)) continue;
        }
        const opposite = src.tokens.find((o) => { const so = antonymSide(o); return so?.group === s.group && so.side !== s.side; });
        if (!opposite) continue;
        emit({
          rule: this.id, severity: severityFor(unit.kind, this.severity), document: 'summary', start: t.start, end: t.end, unit: unit.id, sources: [src.id],
          message: `source ${src.id} says "${opposite.text}", the opposite of "${t.text}"`,
        });
        break;
      }
    }
  },
};
