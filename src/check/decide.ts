import type { CheckContext, UnitAnalysis, RawFlag } from './context.js';
import { isChecked, severityFor, sentenceAlignment } from './context.js';
import type { Claim } from '../text/document.js';
import type { Flag, RuleId, Severity } from './types.js';
import { claimFeatures, flagsByClaim, summaryCoverage, spreadOf, FEATURES } from './features.js';
import { pUnsupported, thresholdFor, isLong, type OperatingPoint, type ClaimModel, CLAIM_MODEL } from './model.js';
import { unsourcedRuns, pct, INVENTED, figureCoverage } from './rules/unsupported.js';
import { isAttribution } from '../text/claims.js';
import type { Token } from '../text/tokenize.js';
import { CONTENT_RULES, SPAN_MODEL, WORD_FEATURES, pWord, wordRows, type SpanModel, type WordRow } from './span-model.js';

/**
 * Rules whose flags keep their own severity: no labelled pair that the model learns from has their
 * evidence (no public set swaps speakers, and the made pairs plant none), so the model's weight for
 * them is about 0 (check/claim-model.json: attributionMismatch) and would leave a wrong speaker as a
 * warning. Their precision is the rule's own: attribution-mismatch's wrong speaker fires on none of the 1,171 ANS
 * paraphrase pairs (train and dev) nor on any of SummEdits' 819 summaries; its allegation stated as fact (asFact) on
 * two ANS paraphrase pairs, headlines that state a charge as the cause (بسبب تكدير الأمن العام for بتهمة تكدير الأمن
 * العام), and since the twenty-fifth session on a third, a headline of an accusation in subject-first order restated as
 * fact ("إيران تقصف الجولان" for "إسرائيل تتهم إيران بقصف الجولان", train); on none of the 648 faithful summaries of the editor and probe pairs nor of SummEdits' evaluation split; on its
 * test split (counted once, to report) 14 times on summaries labelled consistent against 20 on inconsistent ones. So for hedge-dropped (no public
 * set drops hedges): see README's rule table for where it fires.
 */
const OWN_SEVERITY: ReadonlySet<RuleId> = new Set(['attribution-mismatch', 'hedge-dropped']);

/**
 * A figure the source has, in a sentence outside the claim's support set (number-mismatch's "elsewhere"): the
 * figure is sourced, the claim may not be. It stays a warning whatever the model decides of the claim, and an
 * unsupported claim's error goes to its unsupported words instead ("Reyes, 38, was convicted" sources the
 * 38 of "let the 38-year-old stay out on bond": a fresh editor pair's false error on the figure).
 */
const sourcedElsewhere = (f: Flag): boolean => f.rule === 'number-mismatch' && f.messageId === 'elsewhere';

/** One checked claim as the model judged it. */
export interface ClaimDecision {
  claim: UnitAnalysis<Claim>;
  features: number[];
  /** The chance that the claim is unsupported (calibrated on dev; see README, "What a flag means"). */
  p: number;
  error: boolean;
  /** The evidence of its content words, for a claim judged unsupported (what `npm run train:spans` learns from). */
  words?: WordRow[];
}

export interface DecideOptions {
  precision?: OperatingPoint;
  /** Rules whose severity the user set: the model leaves their flags as set. */
  fixed?: Partial<Record<RuleId, unknown>>;
  model?: ClaimModel;
  /** The span model (check/span-model.ts); null for none (training). */
  spanModel?: SpanModel | null;
}

/**
 * The decision stage: the rules have said what they found in each claim; the claim model weighs it
 * with the claim's coverage evidence and decides. A claim at or above the operating point's
 * threshold is an error: its rule flags become errors, and when no rule flagged it (an invented
 * sentence in the topic's own words, whose common words the source has), an unsupported-claim flag
 * marks its uncovered words (or the whole claim, when the source carries almost none of it). Below
 * the threshold a rule's flag stays, as a warning: the editor sees what the rule saw, and a CI gate
 * does not fail on evidence that the model does not find strong enough. Headlines stay informational.
 */
export function decide(ctx: CheckContext, flags: Flag[], opts: DecideOptions, make: (f: RawFlag, severity: Severity) => Flag): ClaimDecision[] {
  const model = opts.model ?? CLAIM_MODEL;
  const byClaim = flagsByClaim(flags);
  const wholeSentence = new Set(
    ctx.claims
      .filter((c) => {
        const s = sentenceAlignment(ctx, c.unit.sentence)?.unit;
        return s !== undefined && s.start === c.unit.start && s.end === c.unit.end;
      })
      .map((c) => c.unit.id),
  );
  const out: ClaimDecision[] = [];
  // the claims the model judges (checked kinds, with content words), and their median coverage
  const checked = ctx.claims.filter((a) => isChecked(a.unit.kind) && a.query.keys.length > 0);
  // (a summary of an article has thresholds of its own: model.ts ClaimModel.long)
  const sentences = new Set(checked.map((c) => c.unit.sentence)).size;
  const threshold = thresholdFor(opts.precision ?? 'balanced', model, sentences);
  // (and the evidence the model does not read in such a summary, ClaimModel.long's ignore, and the kinds of flag it does
  // not read as their rule's evidence there, its ignoreFlags)
  const long = isLong(model, sentences) ? model.long : undefined;
  const ignored = (long?.ignore ?? []).map((f) => FEATURES.indexOf(f));
  const ignoredFlags = long?.ignoreFlags ?? [];
  // (coverage with the figures the support set sources in other words counted as carried)
  const coverage = new Map(checked.map((c) => [c, figureCoverage(ctx, c)]));
  const median = summaryCoverage(checked, (c) => coverage.get(c)!),
    // (a summary's usual spread needs a few sentences to say anything: the clauses of one sentence are one
    // writer's one move, and a WiCE claim of three clauses, one of them carried by two evidence sentences far
    // apart, is no stitched invention; with fewer than SPREAD_SENTENCES the spread is no evidence)
    medianSpread = sentences >= SPREAD_SENTENCES ? summaryCoverage(checked, (c) => spreadOf(ctx, c)) : Infinity;
  // the model's own flags are unsupported-claim flags: a severity that the user set for that rule (or
  // 'off') holds for them too
  const own = opts.fixed?.['unsupported-claim'] as Severity | 'off' | undefined;
  for (const a of checked) {
    const { unit } = a;
    const mine = byClaim.get(unit.id) ?? [];
    const read = ignoredFlags.length ? mine.filter((f) => !ignoredFlags.some((g) => g.rule === f.rule && g.messageId === f.messageId)) : mine;
    const features = claimFeatures(
      ctx,
      a,
      read,
      sentenceAlignment(ctx, unit.sentence)?.support.score ?? a.support.score,
      median,
      medianSpread,
      coverage.get(a),
    );
    for (const j of ignored) features[j] = 0;
    const p = pUnsupported(features, model);
    const error = p >= threshold;
    out.push({ claim: a, features, p, error });
    const severity: Severity = severityFor(unit.kind, error ? 'error' : 'warning');
    for (const f of mine)
      if (opts.fixed?.[f.rule] === undefined && f.severity !== 'info' && !OWN_SEVERITY.has(f.rule) && !sourcedElsewhere(f)) f.severity = severity;
    if (!error || own === 'off') continue;
    // an attribution clause ("the paper quoted an official who asked not to be named") takes its
    // provenance from its sentence, as the aligner gives it (check/context.ts): a supported sentence
    // vouches for it. Who is named is the attribution rule's to judge; the model raises no flag of its own
    // (a clause of its own: a whole sentence that opens with a reporting verb, "وقال محافظ البنك إن …", says
    // something, and is judged)
    if (isAttribution(unit.tokens) && !wholeSentence.has(unit.id) && (sentenceAlignment(ctx, unit.sentence)?.support.score ?? 0) >= ctx.thresholds.claimSupport)
      continue;
    const sources = a.support.sources.map((i) => ctx.source.sentences[i].id);
    const level = own ?? severity;
    const message = { messageId: 'likely', data: { p: p.toFixed(2), coverage: pct(a.support.score) } };
    const pushed: Flag[] = [];
    // (a claim the unsupported rule flagged already is marked: at the severity the user set, when set)
    if (!mine.some((f) => f.severity === 'error' || f.rule === 'unsupported-claim')) ownFlags(ctx, a, make, level, sources, message, pushed);
    flags.push(...pushed);
    // the words of the claim that the span model finds unsourced besides the flags' (check/span-model.ts)
    const marked = [...mine, ...pushed].filter((f) => f.severity !== 'info' && CONTENT_RULES.has(f.rule));
    const rows = wordRows(ctx, a, p, (t) => marked.some((f) => f.start < t.end && t.start < f.end));
    out[out.length - 1].words = rows;
    const span = opts.spanModel === undefined ? SPAN_MODEL : opts.spanModel;
    if (!span) continue;
    const words = { messageId: 'likelyWords', data: { p: p.toFixed(2) } };
    for (const run of wordRuns(rows, (r) => r.x[FLAGGED] === 0 && pWord(r.x, span) >= span.threshold))
      flags.push(
        make({ rule: 'unsupported-claim', document: 'summary', start: run[0].start, end: run[run.length - 1].end, unit: unit.id, sources, ...words }, level),
      );
  }
  return out;
}

const FLAGGED = WORD_FEATURES.indexOf('flagged');

/** Runs of the words that `pick` keeps, neighbours in the claim's content words (function words between them do not cut a run). */
function wordRuns(rows: readonly WordRow[], pick: (r: WordRow) => boolean): Token[][] {
  const out: Token[][] = [];
  let run: Token[] = [];
  for (const r of rows) {
    if (pick(r)) run.push(r.token);
    else if (run.length) {
      out.push(run);
      run = [];
    }
  }
  if (run.length) out.push(run);
  return out;
}

/**
 * The claim model's own flags on a claim it judges unsupported when no rule flagged it: its uncovered words, or the
 * whole claim when its sources carry almost none of it.
 */
function ownFlags(
  ctx: CheckContext,
  a: UnitAnalysis<Claim>,
  make: (f: RawFlag, severity: Severity) => Flag,
  level: Severity,
  sources: string[],
  message: { messageId: string; data: Record<string, string> },
  flags: Flag[],
): void {
  const { unit } = a;
  // a claim that its sources carry under INVENTED is invented whole: the editor sees the claim, not a few of its words
  // (runs of two words or more when there are any, as unsupported-claim's own: a lone word of a paraphrase,
  // "central", "start", is no claim to check)
  // (without the figures its support set sources, restated in other words; when they are all it lacks, with them)
  const all = a.support.score < INVENTED ? [] : unsourcedRuns(ctx, a, true);
  const long = all.filter((r) => r.length >= 2);
  const runs = long.length ? long : all;
  if (runs.length === 0)
    flags.push(make({ rule: 'unsupported-claim', document: 'summary', start: unit.start, end: unit.end, unit: unit.id, sources, ...message }, level));
  else
    for (const run of runs)
      flags.push(
        make({ rule: 'unsupported-claim', document: 'summary', start: run[0].start, end: run[run.length - 1].end, unit: unit.id, sources, ...message }, level),
      );
}

/** Fewest summary sentences (with a checked claim) for the summary's median spread (features.ts spreadGap) to be read. */
const SPREAD_SENTENCES = 3;
