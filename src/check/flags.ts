import { RULE_IDS, type Flag, type RuleId, type Severity } from './types.js';

/** Flags by severity, leaving out the suppressed (accepted) ones: what reports count and gates judge. */
export function countFlags(flags: readonly Flag[]): Record<Severity, number> {
  const n = { error: 0, warning: 0, info: 0 };
  for (const f of flags) if (!f.suppressed) n[f.severity]++;
  return n;
}

const DOC_ORDER = { summary: 0, source: 1 };
export function compareFlags(a: Flag, b: Flag): number {
  return DOC_ORDER[a.document] - DOC_ORDER[b.document] || a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/** Flags per rule (suppressed ones included), in RULE_IDS order, rules without flags left out: a report's `stats.byRule`. */
export function countByRule(flags: readonly Flag[]): Partial<Record<RuleId, number>> {
  const byRule: Partial<Record<RuleId, number>> = {};
  for (const id of RULE_IDS) {
    const n = flags.filter((f) => f.rule === id).length;
    if (n) byRule[id] = n;
  }
  return byRule;
}
