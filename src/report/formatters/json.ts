import type { Formatter, Results, StreamFormatter } from '../types.js';
import { writeJsonText } from '../json-stream.js';

/** The JSON contract (see README): one report, or {pairs, totals} for a corpus run. */
const payload = (results: Results) =>
  results.length === 1 && !results.corpus && !results.broken?.length
    ? results[0]
    : { pairs: results, ...(results.broken?.length ? { broken: results.broken } : {}), totals: { ...totals(results), broken: results.broken?.length ?? 0 } };

export const json: Formatter = (results) => JSON.stringify(payload(results), null, 2) + '\n';

/** The same bytes, in pieces when the report is longer than one string can hold (1,000,000-sentence sources). */
export const jsonStream: StreamFormatter = (results, sink) => {
  writeJsonText(payload(results), sink, 2);
  sink('\n');
};

export function totals(results: readonly { stats: { flags: Record<string, number>; claims: number; supportedClaims: number } }[]) {
  const t = { pairs: results.length, claims: 0, supportedClaims: 0, error: 0, warning: 0, info: 0 };
  for (const r of results) {
    t.claims += r.stats.claims;
    t.supportedClaims += r.stats.supportedClaims;
    t.error += r.stats.flags.error;
    t.warning += r.stats.flags.warning;
    t.info += r.stats.flags.info;
  }
  return t;
}
