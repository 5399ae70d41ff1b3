import type { Rule } from '../context.js';
import { isChecked, severityFor } from '../context.js';
import { antonymSide } from '../../text/antonyms.js';
import { isGluedVerbStart } from '../../text/claims.js';
import type { Token } from '../../text/tokenize.js';
import { carriedAround, sidesAround, partsOf, partsCarrying, opensContrast } from './window.js';

/**
 * The summary says the opposite of the source with a word of the opposite side (`يرتفع` for `يهبط`,
 * rose for fell, confirmed for denied), in a claim that otherwise matches the source: the claim is
 * supported by its words, and wrong. It is judged only when the support set carries most of the claim
 * apart from those words, and only in the part of the best source sentence that carries the words
 * around the claim's word (its clause: `partsOf`): "Services rose, while manufacturing shrank" says
 * nothing against "Manufacturing shrank", and says the opposite of "Manufacturing rose". That part
 * must have the opposite word and not the claim's own.
 */
/**
 * An Arabic word that opens a part of its own: و/ف glued to a past-tense verb, or to a word of a side
 * (`وارتفع قطاع الخدمات … وتراجع قطاع التصنيع`, `ارتفاع الذهب وانخفاض الدولار`): a new conjunct
 * with its own subject and direction.
 */
const opensPart = (t: Token): boolean => isGluedVerbStart(t) || (t.alt !== undefined && (t.key[0] === 'و' || t.key[0] === 'ف') && antonymSide(t) !== undefined);

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
      let w = 0,
        m = 0;
      query.keys.forEach((k, kx) => {
        if (k.tokens.some((t) => antonymSide(t))) return;
        w += k.w;
        m += k.w * support.covered[kx];
      });
      if (w === 0 || m / w < ctx.thresholds.negationSupport) continue;
      const best = support.sources[0];
      const src = ctx.source.sentences[best];
      // (a word that opens a contrast is none of a side, whatever its key meets: بينما shares ينمو's letters)
      const is = (o: Token, s: { group: string; side: number }, same: boolean) => {
        const so = antonymSide(o);
        return so?.group === s.group && (so.side === s.side) === same && !opensContrast(o);
      };
      const has = (i: number, s: { group: string; side: number }) => ctx.source.sentences[i].tokens.some((o) => is(o, s, true));
      let parts: Token[][] | undefined;
      for (let x = 0; x < unit.tokens.length; x++) {
        const s = sides[x],
          t = unit.tokens[x];
        if (!s || mine.get(s.group)!.size > 1) continue;
        // no opposite anywhere in the best sentence, none in its parts: nothing to compare (most claims stop here)
        if (!src.tokens.some((o) => is(o, s, false))) continue;
        // the part of the best sentence that carries the words around the claim's word (every part
        // when none does): its side there is what the source says of what the claim is about
        parts ??= partsOf(ctx.source.text, src.tokens, opensPart);
        const around = sidesAround(unit.tokens, x, x);
        const local = partsCarrying(parts, around);
        if (local.some((p) => p.some((o) => is(o, s, true)))) continue;
        // the claim's side in another sentence of the support set that also carries the words around
        // it means the source says it; elsewhere in the support set (a fused sentence about something
        // else: "an increase in costs") it does not
        const others = support.sources.slice(1).filter((i) => has(i, s));
        if (others.length) {
          // either side of the word will do: at the seam of a fused claim, one side comes from the other
          // sentence; a word with no content words around it is left as the support set has it
          if (around.every((w) => w.length === 0) || carriedAround(ctx.index, around, others)) continue;
        }
        // the opposite must be in the local part (in each, when parts tie): a contrast in another part is no evidence
        const opposites = local.map((p) => p.find((o) => is(o, s, false)));
        const opposite = opposites[0];
        if (!opposite || opposites.some((o) => !o)) continue;
        emit({
          rule: this.id,
          severity: severityFor(unit.kind, this.severity),
          document: 'summary',
          start: t.start,
          end: t.end,
          unit: unit.id,
          sources: [src.id],
          message: `source ${src.id} says "${opposite.text}", the opposite of "${t.text}"`,
        });
        break;
      }
    }
  },
};
