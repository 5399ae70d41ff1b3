import type { Rule } from '../context.js';
import { isChecked, severityFor, sourcesFigure } from '../context.js';
import { quantities, figureValues } from '../../text/numbers.js';
import { carriedAround, wordsAround } from './window.js';

/** A number in the summary that its aligned source does not carry (Trados NumberMissing: an error). */
export const numberMismatch: Rule = {
  id: 'number-mismatch',
  severity: 'error',
  description: 'A number of the summary is not in the source sentences it was aligned with.',
  help: 'Numbers must match the source exactly (360 is not 460). Check the figure against the source sentence shown.',
  run(ctx, emit) {
    let byValue: Map<number, number[]> | undefined;
    const holdersOf = (v: number): number[] => {
      if (!byValue) {
        byValue = new Map();
        ctx.sourceQuantities.forEach((s, i) => {
          for (const x of s) {
            const l = byValue!.get(x);
            if (l) l.push(i);
            else byValue!.set(x, [i]);
          }
        });
      }
      return byValue.get(v) ?? [];
    };
    for (const { unit, support } of ctx.claims) {
      if (!isChecked(unit.kind)) continue;
      for (const q of quantities(unit.tokens)) {
        // a figure with a second reading (200 basis points, 2 percent) is sourced by either
        const values = figureValues(q);
        if (sourcesFigure(ctx, support.sources, q)) continue;
        const holders = values.flatMap(holdersOf);
        // a sentence outside the support set that has the number and much of the claim besides: the
        // claim fuses it in (guided for sales of $5bn), the figure is sourced
        if (holders.length && carriedAround(ctx.index, [wordsAround(unit.tokens, q.first, q.last)], holders)) continue;
        const elsewhere = holders.length ? holders[0] : -1;
        const text = ctx.summary.text.slice(q.start, q.end);
        emit({
          rule: this.id,
          severity: severityFor(unit.kind, elsewhere >= 0 ? 'warning' : this.severity),
          document: 'summary',
          start: q.start,
          end: q.end,
          unit: unit.id,
          sources: support.sources.map((i) => ctx.source.sentences[i].id),
          message:
            elsewhere >= 0
              ? `number ${text} is not in the aligned source; the source has it in ${ctx.source.sentences[elsewhere].id}`
              : `number ${text} appears nowhere in the source`,
        });
      }
    }
  },
};
