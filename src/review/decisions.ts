import { IsnadError } from '../errors.js';
import { readJsonFile } from '../json-file.js';
import { RULE_IDS, type Flag, type Report, type RuleId } from '../check/types.js';
import { wordsKey } from '../text/flag-context.js';
import { countFlags } from '../check/flags.js';

/**
 * An editor's decision on one flag: accepted, with a reason and a name. Kept in a reviewed file in the
 * repository (isnad-decisions.json) and honoured by later runs: the flag is reported as suppressed
 * (SARIF `suppressions`), not as a finding. Like ESLint's bulk suppressions, a decision whose flag no
 * longer occurs is stale and can be pruned.
 */
export interface Decision {
  /** The corpus pair, or, for a single check, the summary file as shown in reports. */
  pair: string;
  document: 'summary' | 'source';
  rule: RuleId;
  /** The flagged words, exactly as they were shown. */
  text: string;
  /** Up to three words before and after, as matching keys. */
  before: string;
  after: string;
  status: 'accepted';
  reason: string;
  by: string;
  /** YYYY-MM-DD. */
  date?: string;
}

export interface DecisionsFile {
  $schema?: string;
  version: 1;
  decisions: Decision[];
}

export const DEFAULT_DECISIONS_FILE = 'isnad-decisions.json';
const KEYS = new Set(['pair', 'document', 'rule', 'text', 'before', 'after', 'status', 'reason', 'by', 'date']);

/** Reads and validates a decisions file; every problem is a one-line error naming the file and the entry. */
export function loadDecisions(file: string): DecisionsFile {
  return validateDecisions(readJsonFile(file, { missing: 'no such decisions file', invalid: 'invalid decisions file' }), file);
}

export function validateDecisions(raw: unknown, file: string): DecisionsFile {
  const bad = (what: string) => new IsnadError(`invalid decisions file: ${what}`, file);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw bad('expected an object with "version": 1 and "decisions": [...]');
  const o = raw as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!['$schema', 'version', 'decisions'].includes(k)) throw bad(`unknown key "${k}"`);
  if (o.version !== 1) throw bad('"version" must be 1');
  if (!Array.isArray(o.decisions)) throw bad('"decisions" must be an array');
  o.decisions.forEach((d: unknown, i: number) => {
    const at = `decisions[${i}]`;
    if (typeof d !== 'object' || d === null || Array.isArray(d)) throw bad(`${at} must be an object`);
    const x = d as Record<string, unknown>;
    for (const k of Object.keys(x)) if (!KEYS.has(k)) throw bad(`${at}: unknown key "${k}"`);
    for (const k of ['pair', 'text', 'before', 'after', 'reason', 'by']) if (typeof x[k] !== 'string') throw bad(`${at}.${k} must be a string`);
    if (!(RULE_IDS as readonly unknown[]).includes(x.rule)) throw bad(`${at}.rule must be one of ${RULE_IDS.join(', ')}`);
    if (x.document !== 'summary' && x.document !== 'source') throw bad(`${at}.document must be "summary" or "source"`);
    if (x.status !== 'accepted') throw bad(`${at}.status must be "accepted"`);
    if (!(x.reason as string).trim()) throw bad(`${at}.reason must not be empty`);
    if (!(x.by as string).trim()) throw bad(`${at}.by must not be empty`);
    if (x.date !== undefined && (typeof x.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(x.date))) throw bad(`${at}.date must be YYYY-MM-DD`);
  });
  return o as unknown as DecisionsFile;
}

/** The pair key of a report: its corpus pair, or its summary file for a single check. */
export const pairKey = (r: Report): string => r.pair ?? r.summary.file;

export function matches(d: Decision, r: Report, f: Flag): boolean {
  return (
    d.pair === pairKey(r) &&
    d.document === f.document &&
    d.rule === f.rule &&
    wordsKey(d.text) === wordsKey(f.text) &&
    (d.before === f.context.before || d.after === f.context.after)
  );
}

/**
 * Marks the flags that a decision accepts as suppressed (recounting the stats) and returns the
 * decisions that matched no flag. Only the pairs in `reports` are judged: a decision about a pair
 * that was not checked in this run is neither used nor stale.
 */
export function applyDecisions(reports: Report[], decisions: Decision[]): { reports: Report[]; stale: Decision[] } {
  const used = new Set<Decision>();
  const checked = new Set(reports.map(pairKey));
  const out = reports.map((r) => {
    const mine = decisions.filter((d) => d.pair === pairKey(r));
    if (!mine.length) return r;
    const flags = r.flags.map((f) => {
      const d = mine.find((x) => matches(x, r, f));
      if (!d) return f;
      used.add(d);
      return { ...f, suppressed: { reason: d.reason, by: d.by } };
    });
    return { ...r, flags, stats: { ...r.stats, flags: countFlags(flags), suppressed: flags.filter((f) => f.suppressed).length } };
  });
  return { reports: out, stale: decisions.filter((d) => checked.has(d.pair) && !used.has(d)) };
}

/** A decision for a flag (what the HTML report's review panel writes, and what tests use). */
export function decisionFor(r: Report, f: Flag, reason: string, by: string, date?: string): Decision {
  return {
    pair: pairKey(r),
    document: f.document,
    rule: f.rule,
    text: f.text,
    before: f.context.before,
    after: f.context.after,
    status: 'accepted',
    reason,
    by,
    ...(date ? { date } : {}),
  };
}

export function serializeDecisions(file: DecisionsFile): string {
  const decisions = [...file.decisions].sort(
    (a, b) => cmp(a.pair, b.pair) || cmp(a.document, b.document) || cmp(a.rule, b.rule) || cmp(a.text, b.text) || cmp(a.before, b.before),
  );
  return JSON.stringify({ ...(file.$schema ? { $schema: file.$schema } : {}), version: 1, decisions }, null, 2) + '\n';
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
