import { tokenForms, passingTokens, type Doc, type Claim, type Sentence } from '../text/document.js';
import { SourceIndex } from '../align/source-index.js';
import { Aligner, type UnitAnalysis } from '../align/aligner.js';
import { quantities, mayHoldQuantities, figureValues, figureHolds, roundedHolds, type Quantity } from '../text/numbers.js';
import type { Flag, RuleId, Severity } from './types.js';
import { VERSION } from '../version.js';

export interface Thresholds {
  /** A claim whose support set covers less than this share of its weighted words is unsupported. */
  claimSupport: number;
  /** Fewest new content words in a run inside a supported claim for an unsupported-span flag. */
  spanWords: number;
  /** Negation and opposite words are compared only when the best source covers at least this share of the claim (0.35: chosen on ANS train/dev, SummEdits evaluation and WiCE dev). */
  negationSupport: number;
  /** A source sentence that the summary covers less than this is an omission. */
  omission: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { claimSupport: 0.15, spanWords: 3, negationSupport: 0.35, omission: 0.3 };

export type { UnitAnalysis } from '../align/aligner.js';

export interface CheckContext {
  summary: Doc;
  source: Doc;
  index: SourceIndex;
  claims: UnitAnalysis<Claim>[];
  sentences: UnitAnalysis<Sentence>[];
  thresholds: Thresholds;
  /**
   * Values of the quantities in each source sentence, each value once. An array, not a Set: 493,000 Sets were 82 MiB of the
   * 1,000,000-sentence English check, arrays of their values about a third of that (bench/README.md, seventeenth round).
   */
  sourceQuantities: readonly (readonly number[])[];
  /**
   * Evidence a rule saw in a claim without flagging it, by claim id: the rules' ids. The claim model reads it
   * as it reads that rule's flags (a negation of words the source never says is evidence of added content,
   * though no negation to flag), so a message the editor would find wrong is not the price of the evidence.
   */
  evidence: Map<string, Set<RuleId>>;
}

/** Record that a rule saw evidence in a claim that it does not flag (CheckContext.evidence). */
export function noteEvidence(ctx: CheckContext, claim: string, rule: RuleId): void {
  const s = ctx.evidence.get(claim);
  if (s) s.add(rule);
  else ctx.evidence.set(claim, new Set([rule]));
}

/**
 * A flag as a rule raises it: its message as an id and data (check.ts renders the text and adds the
 * words, their lines and columns, and the context).
 */
export type RawFlag = Omit<Flag, 'line' | 'column' | 'endLine' | 'endColumn' | 'text' | 'severity' | 'context' | 'message'> & { severity?: Severity };
export type Emit = (f: RawFlag) => void;

/** What a rule says about itself (ESLint's rule meta): its page in docs/rules.md and its messages. */
export interface RuleMeta {
  docs: { url: string };
  /** Message templates by id, in English; "{{name}}" stands for the flag's `data.name` (src/check/messages.ts). */
  messages: Record<string, string>;
}

export interface Rule {
  id: RuleId;
  severity: Severity;
  description: string;
  help: string;
  meta: RuleMeta;
  run(ctx: CheckContext, emit: Emit): void;
}

/** The rules' page in the repository, one section per rule id (docs/rules.md; tests/messages.test.ts checks each). */
export const RULES_DOC = 'docs/rules.md';
/**
 * Where a rule's section is read: SARIF's helpUri must be an absolute URI (format "uri" in its
 * schema), and the repository has no public address of its own, so it is the package's copy of the
 * page (package.json "files" ships docs/rules.md), at the version that wrote the report.
 */
export const ruleDocsUrl = (id: RuleId): string => `https://unpkg.com/isnad@${VERSION}/${RULES_DOC}#${id}`;

export function buildContext(summary: Doc, source: Doc, thresholds: Thresholds, index?: SourceIndex): CheckContext {
  const idx = index ?? new SourceIndex(source, summary);
  const { sentences, claims } = new Aligner(idx, thresholds.claimSupport).align(summary, source);
  // most source sentences hold no number: they share one empty list (100,000 empty Sets were 8 MB)
  const sourceQuantities = source.sentences.map((s) => {
    const q = mayHoldQuantities(tokenForms(s)) ? quantities(passingTokens(s), source.text, true) : [];
    return q.length ? [...new Set(q.flatMap(figureValues))] : NO_QUANTITIES;
  });
  return { summary, source, index: idx, claims, sentences, thresholds, sourceQuantities, evidence: new Map() };
}

const NO_QUANTITIES: readonly number[] = Object.freeze([]);

/**
 * A rule's reading kept per check and key (a source sentence's index, a speaker's words): made by `make` on first ask. The
 * rules ask the same of a source sentence for every claim it supports; the store is a module's own WeakMap, so the
 * readings go with the check.
 */
export function keptPerCheck<K, V>(store: WeakMap<CheckContext, Map<K, V>>, ctx: CheckContext, key: K, make: () => V): V {
  let m = store.get(ctx);
  if (!m) store.set(ctx, (m = new Map()));
  if (m.has(key)) return m.get(key) as V;
  const v = make();
  m.set(key, v);
  return v;
}

const SENTENCE_ALIGNMENTS = new WeakMap<CheckContext, Map<string, UnitAnalysis<Sentence>>>();
/**
 * The alignment of the summary sentence with this id (a claim's `sentence`): its tokens, its support set. By one map per check,
 * which four rules and the decision each made for themselves.
 */
export function sentenceAlignment(ctx: CheckContext, id: string): UnitAnalysis<Sentence> | undefined {
  let m = SENTENCE_ALIGNMENTS.get(ctx);
  if (!m) SENTENCE_ALIGNMENTS.set(ctx, (m = new Map(ctx.sentences.map((a) => [a.unit.id, a]))));
  return m.get(id);
}

const byValueOf = new WeakMap<CheckContext, Map<number, number[]>>();

/** The source sentences that hold value v, in order (an index by value, made on first use). */
export function holdersOf(ctx: CheckContext, v: number): readonly number[] {
  return valueIndex(ctx).get(v) ?? NO_HOLDERS;
}

/**
 * The source sentences that hold a value for which `holds` is true, in order, read from the index by value: a hedged figure
 * asked every source sentence before (a pass over 1,000,000 sentences for each unsourced hedged figure).
 */
export function holdersWhere(ctx: CheckContext, holds: (v: number) => boolean): number[] {
  // (no spread of a value's holders into push: a year stands in 100,000 sentences of a large source, past the arguments
  // a call takes; sorted as a typed array, numerically and in native code, then each sentence once)
  let n = 0;
  const parts: (readonly number[])[] = [];
  for (const [v, is] of valueIndex(ctx))
    if (holds(v)) {
      parts.push(is);
      n += is.length;
    }
  const all = new Int32Array(n);
  let k = 0;
  for (const is of parts) for (const i of is) all[k++] = i;
  all.sort();
  const out: number[] = [];
  for (let x = 0; x < n; x++) if (x === 0 || all[x] !== all[x - 1]) out.push(all[x]);
  return out;
}

function valueIndex(ctx: CheckContext): Map<number, number[]> {
  let byValue = byValueOf.get(ctx);
  if (!byValue) {
    const m = new Map<number, number[]>();
    ctx.sourceQuantities.forEach((s, i) => {
      for (const x of s) {
        const l = m.get(x);
        if (l) l.push(i);
        else m.set(x, [i]);
      }
    });
    byValueOf.set(ctx, (byValue = m));
  }
  return byValue;
}
const NO_HOLDERS: readonly number[] = [];

/** Does one of the source sentences hold one of the values of a figure (its value, or its reading in another unit)? */
export function holdsFigure(ctx: CheckContext, sources: readonly number[], values: readonly number[]): boolean {
  return sources.some((i) => values.some((v) => ctx.sourceQuantities[i].includes(v)));
}

/** holdsFigure, and for a hedged figure ("about 45,000", "more than 40", نحو 1.2 مليون) a source value in the hedge's range. */
export function sourcesFigure(ctx: CheckContext, sources: readonly number[], q: Quantity): boolean {
  // (a proportion by its value, or by all its parts: "13 نشاطا من أصل 15" is not held by a source's 15 alone, which held
  // a planted count of the 171st batch of fresh editor pairs against "أحد عشر نشاطا من أصل خمسة عشر")
  const values = figureValues(q.parts ? { ...q, parts: undefined } : q);
  if (holdsFigure(ctx, sources, values)) return true;
  if (q.parts?.every((p) => holdsFigure(ctx, sources, [p]))) return true;
  // (an unhedged decimal before a scale, to the precision it states: 5.28 million for 5,284,000)
  if (q.rounding !== undefined) for (const i of sources) for (const s of ctx.sourceQuantities[i]) if (roundedHolds(q, s)) return true;
  if (!q.hedge) return false;
  for (const i of sources) for (const s of ctx.sourceQuantities[i]) if (figureHolds(values, q.hedge, s)) return true;
  return false;
}
/** Claims whose kind is checked at all (not metadata, bylines or boilerplate). */
export const isChecked = (kind: string): boolean => kind === 'body' || kind === 'headline' || kind === 'heading';
/** Headlines and sub-headings paraphrase loosely: their findings are informational. */
export const severityFor = (kind: string, s: Severity): Severity => (kind === 'headline' || kind === 'heading' ? 'info' : s);
