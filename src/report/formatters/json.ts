import type { Formatter } from '../registry.js';

/** The JSON contract (see README): one report, or {pairs, totals} for a corpus run. */
export const json: Formatter = (results) => JSON.stringify(results.length === 1 && !results.corpus ? results[0] : { pairs: results, totals: totals(results) }, null, 2) + '\n';

export function totals(results: readonly { stats: { flags: Record<string, number>; claims: number; supportedClaims: number } }[]) {
  const t = { pairs: results.length, claims: 0, supportedClaims: 0, error: 0, warning: 0, info: 0 };
  for (const r of results) {
    t.claims += r.stats.claims; t.supportedClaims += r.stats.supportedClaims;
    t.error += r.stats.flags.error; t.warning += r.stats.flags.warning; t.info += r.stats.flags.info;
  }
  return t;
}
