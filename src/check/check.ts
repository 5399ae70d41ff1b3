import { analyze, type Doc } from '../text/document.js';
import { LineIndex } from '../text/lines.js';
import { buildContext, DEFAULT_THRESHOLDS, type Thresholds } from './context.js';
import { RULES } from './rules/index.js';
import type { Flag, Report } from './types.js';
import { flagMaker, unitMaker, documentHead } from './flag-maker.js';
import { countFlags, compareFlags, countByRule } from './flags.js';
import type { CheckOptions } from './options.js';
import { VERSION } from '../version.js';
import { decide, type ClaimDecision } from './decide.js';
import { fuseFigures } from './figures.js';
import { isCrossLanguage, checkCrossLanguage } from '../xling/check.js';

export { countFlags, compareFlags } from './flags.js';
export type { CheckOptions } from './options.js';

/** Checks a summary against its source: split, align, flag. Pure: no I/O. */
export function check(summaryText: string, sourceText: string, options: CheckOptions = {}): Report {
  const summary = analyze(summaryText, { prefix: 's', claims: true, lang: options.summaryLang });
  const source = analyze(sourceText, { prefix: 't', lang: options.sourceLang });
  return checkDocs(summary, source, options);
}

export function checkDocs(summary: Doc, source: Doc, options: CheckOptions = {}): Report {
  // texts in two languages: compared through the bilingual bridge (src/xling), never by the rules below
  if (isCrossLanguage(summary, source)) return checkCrossLanguage(summary, source, options);
  return reportOf(summary, source, options, outcome(summary, source, options, false));
}

/** The check, with each claim's evidence and the model's decision on it (what `npm run train` learns from). */
export function checkWithDecisions(summary: Doc, source: Doc, options: CheckOptions = {}): { report: Report; decisions: ClaimDecision[] } {
  const o = outcome(summary, source, options, true);
  return { report: reportOf(summary, source, options, o), decisions: o.decisions! };
}

/**
 * What the report needs of the check, and the decisions when asked for. Its own function so that the claims' analyses
 * (their queries, support sets and coverage) and the decisions' evidence are unreachable while the report is built (in the
 * heap snapshot of the English 1,000,000 check, some 240 MiB; the measured peak there came before the report, not in it:
 * bench/README.md, seventeenth round).
 */
function outcome(summary: Doc, source: Doc, options: CheckOptions, keepDecisions: boolean) {
  const thresholds = { ...DEFAULT_THRESHOLDS, ...options.thresholds };
  const lines = { summary: new LineIndex(summary.text), source: new LineIndex(source.text) };
  const { sentences, claims, flags, decisions } = flagged(summary, source, options, thresholds, lines);
  const alignments = [...sentences, ...claims]
    .filter((a) => a.unit.kind !== 'meta' && a.unit.kind !== 'byline' && a.unit.kind !== 'boilerplate')
    .map((a) => ({ summary: a.unit.id, sources: a.support.sources.map((i) => source.sentences[i].id), score: round(a.support.score) }));
  const pOf = new Map(decisions.map((d) => [d.claim.unit.id, d.p]));
  const checked = claims.filter((c) => c.unit.kind === 'body' && c.query.keys.length > 0).map((c) => c.support.score);
  return {
    thresholds,
    lines,
    flags,
    alignments,
    pOf,
    checked,
    pMax: decisions.reduce((m, d) => Math.max(m, d.p), 0),
    decisions: keepDecisions ? decisions : undefined,
  };
}

/** The report of a check's outcome. */
function reportOf(summary: Doc, source: Doc, options: CheckOptions, o: ReturnType<typeof outcome>): Report {
  const { thresholds, lines, flags, alignments, pOf, checked } = o;
  const summaryUnit = unitMaker(lines.summary);
  const byRule = countByRule(flags);
  return {
    tool: { name: 'isnad', version: VERSION },
    ...(options.pair ? { pair: options.pair } : {}),
    summary: {
      ...documentHead(summary, 'summary', options),
      sentences: summary.sentences.map(summaryUnit),
      claims: summary.claims.map((c) => {
        const d = pOf.get(c.id);
        return Object.assign(summaryUnit(c), { sentence: c.sentence }, d === undefined ? {} : { pUnsupported: round(d) });
      }),
    },
    source: {
      ...documentHead(source, 'source', options),
      sentences: source.sentences.map(unitMaker(lines.source)),
    },
    alignments,
    flags,
    stats: {
      sentences: { summary: summary.sentences.length, source: source.sentences.length },
      claims: checked.length,
      supportedClaims: checked.filter((x) => x >= thresholds.claimSupport).length,
      support: round(checked.length ? checked.reduce((a, x) => a + x, 0) / checked.length : 1),
      flags: countFlags(flags),
      byRule,
      suppressed: flags.filter((f) => f.suppressed).length,
      pUnsupported: round(o.pMax),
      precision: options.precision ?? 'balanced',
    },
  };
}

/**
 * The alignment, the rules' flags (sorted) and the claim model's decisions. Its own function so that the
 * check's context (the source index's typed arrays, its look-up caches) is unreachable once it returns:
 * a local of the caller stays a root while the caller runs, and the report built next (a unit per
 * source sentence) was the check's peak at 1,000,000 source sentences (bench/README.md, issue 25).
 */
function flagged(summary: Doc, source: Doc, options: CheckOptions, thresholds: Thresholds, lines: { summary: LineIndex; source: LineIndex }) {
  const ctx = buildContext(summary, source, thresholds);
  fuseFigures(ctx);
  const flags: Flag[] = [];
  const make = flagMaker(summary, source, options.locale, lines);
  for (const rule of RULES) {
    const setting = options.rules?.[rule.id];
    if (setting === 'off') continue;
    rule.run(ctx, (f) => {
      flags.push(make(f, setting ?? f.severity ?? rule.severity));
    });
  }
  const decisions = decide(ctx, flags, { precision: options.precision, fixed: options.rules, spanModel: options.spanModel }, make);
  // (after the decision: the model learned from both flags as evidence, and what it weighs is unchanged)
  dropSwappedNames(flags);
  flags.sort(compareFlags);
  return { sentences: ctx.sentences, claims: ctx.claims, flags, decisions };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * An unknown-name flag inside an entity-mismatch flag's words says less about the same words: the swap names what
 * the source has there ("source names العراقي where the summary says الأردني"), "appears nowhere in the source"
 * only half of it. The editor gets one flag for one word.
 */
function dropSwappedNames(flags: Flag[]): void {
  const swaps = flags.filter((f) => f.rule === 'entity-mismatch' && f.document === 'summary');
  if (swaps.length === 0) return;
  for (let i = flags.length - 1; i >= 0; i--) {
    const f = flags[i];
    if (f.rule === 'unknown-name' && f.document === 'summary' && swaps.some((s) => s.unit === f.unit && s.start <= f.start && f.end <= s.end))
      flags.splice(i, 1);
  }
}
