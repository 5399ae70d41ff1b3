import fs from 'node:fs';
import path from 'node:path';
import { check } from '../../index.js';
import type { Report, CheckOptions } from '../../index.js';
import { readJsonl, joinSentences } from './data.js';
import { f1 } from './metrics.js';
import { rng } from '../made.js';
import { CONTENT_RULES } from '../../check/span-model.js';

/**
 * The words an editor sees, scored word by word where the project knows which words lack support: the
 * dev material for the span decision (WiCE's word-level labels exist only for its test split, which is
 * read once, to report). Two sets:
 * - made edits of WiCE dev claims that the source supports whole (a name swapped for another article's,
 *   a figure changed, a phrase or clause of another article's claim put in): the words put in are the
 *   unsupported ones, every other word is supported;
 * - the dev probe pairs' altered summaries (probes/dev): the planted errors' quoted words are unsupported,
 *   the rest is the editor's faithful paraphrase.
 * Scored as wiceTokens scores WiCE: a word (letters or digits) is flagged when a content flag (any
 * severity but info) overlaps it.
 */
// (the check's content rules, check/span-model.ts CONTENT_RULES; with entity-mismatch since the check gives a swapped
// word one flag, the swap's, where it gave an unknown-name flag too: check.ts dropSwappedNames)

export const contentFlags = (r: Report) => r.flags.filter((f) => f.document === 'summary' && f.severity !== 'info' && CONTENT_RULES.has(f.rule));

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Adds the word counts of one checked text: gold(start, end) says whether the word there lacks support. */
function score(text: string, r: Report, gold: (s: number, e: number) => boolean, c: Counts): void {
  const spans = contentFlags(r);
  for (const m of text.matchAll(WORD)) {
    const s = m.index,
      e = s + m[0].length;
    const flagged = spans.some((f) => f.start < e && s < f.end);
    const g = gold(s, e);
    if (flagged && g) c.tp++;
    else if (flagged) c.fp++;
    else if (g) c.fn++;
  }
}

/** A word as WiCE's tokens have it, near enough: a run of letters and digits (a figure with its inner separators: 1,200 and 3.5). */
export const WORD = /[\p{L}\p{N}]+(?:[.,]\p{N}+)*/gu;

interface WiceRow {
  label: string;
  claim: string;
  evidence: string[];
  meta: { id: string };
}

/** A capitalised run of words not at the claim's start (a name), as [start, end]. */
function names(claim: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of claim.matchAll(/(?<=[\s(,])(?:[A-Z][\p{L}'’-]+)(?:\s+(?:of\s+|de\s+|the\s+)?[A-Z][\p{L}'’-]+)*/gu))
    out.push([m.index, m.index + m[0].length]);
  return out;
}
const figures = (claim: string): [number, number][] => [...claim.matchAll(/\b\d[\d,.]*\b/g)].map((m) => [m.index, m.index + m[0].length]);
/** A prepositional phrase of up to seven words, up to a comma or the end (a detail the claim adds). */
const phrases = (claim: string): string[] =>
  [...claim.matchAll(/\b(?:in|at|for|with|from|by|during|after|before|on)\s+[^,.;:()"]{6,60}?(?=[,.;:()]|$)/g)]
    .map((m) => m[0].trim())
    .filter((p) => p.split(/\s+/).length >= 2 && p.split(/\s+/).length <= 7);

export type EditKind = 'name' | 'figure' | 'phrase' | 'clause';
export interface MadeSpan {
  kind: EditKind;
  claim: string;
  source: string;
  /** The put-in words, as [start, end) into claim. */
  gold: [number, number];
}

/**
 * The made span set: each supported WiCE dev claim (of the given half, or both), edited one way at a time,
 * the material drawn from a claim of another article (seeded, so every run makes the same set).
 */
export function madeSpans(which: 'train' | 'dev' | 'all' = 'all'): MadeSpan[] {
  const rows = readJsonl<WiceRow>('wice/data/entailment_retrieval/claim/dev.jsonl');
  const r = rng(27);
  const out: MadeSpan[] = [];
  const other = (i: number) => {
    // a claim of another article (WiCE cites one article for several claims: a different evidence list)
    for (let k = 0; k < 20; k++) {
      const j = Math.floor(r() * rows.length);
      if (rows[j].evidence[0] !== rows[i].evidence[0]) return rows[j];
    }
    return rows[(i + rows.length / 2) | 0];
  };
  rows.forEach((row, i) => {
    const r1 = r(),
      r2 = r(),
      o = other(i);
    if (row.label !== 'supported' || (which !== 'all' && halfOf(row.meta.id) !== which)) return;
    const source = row.evidence.map((e) => e.replace(/[\r\n]+/g, ' ')).join('\n') + '\n';
    const claim = row.claim.trim().replace(/\.$/, '');
    const put = (kind: EditKind, at: number, end: number, words: string) =>
      out.push({ kind, claim: `${claim.slice(0, at)}${words}${claim.slice(end)}.`, source, gold: [at, at + words.length] });
    // a name swapped for one of another claim's
    const ns = names(claim),
      os = names(o.claim).filter(([s, e]) => !source.includes(o.claim.slice(s, e)));
    if (ns.length && os.length) {
      const [s, e] = ns[Math.floor(r1 * ns.length)],
        [os1, oe] = os[Math.floor(r2 * os.length)];
      put('name', s, e, o.claim.slice(os1, oe));
    }
    // a figure changed (a year moved, a count altered)
    const fs1 = figures(claim);
    if (fs1.length) {
      const [s, e] = fs1[Math.floor(r1 * fs1.length)];
      const v = claim.slice(s, e).replace(/,/g, '');
      const n = Number(v);
      if (Number.isFinite(n)) {
        const changed = /^(1[5-9]|20)\d\d$/.test(v) ? String(n + 1 + Math.floor(r2 * 9)) : String(Math.round(n * 2 + 3));
        if (!source.includes(changed)) put('figure', s, e, changed);
      }
    }
    // a detail put in: another claim's prepositional phrase before the full stop
    const ps = phrases(o.claim).filter((p) => !source.includes(p));
    if (ps.length) put('phrase', claim.length, claim.length, ` ${ps[Math.floor(r1 * ps.length)]}`);
    // a clause of another claim joined on
    const body = o.claim.trim().replace(/\.$/, '');
    if (body.split(/\s+/).length >= 5 && body.split(/\s+/).length <= 25) put('clause', claim.length, claim.length, `, and ${body}`);
  });
  return out;
}

/** A stable half of WiCE dev by claim id (train.ts's halves). */
export function halfOf(id: string): 'train' | 'dev' {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h % 2 === 0 ? 'train' : 'dev';
}

/** Word-level precision, recall and F1 of the content flags on the made span set, overall and by edit. */
export function madeSpanScore(which: 'train' | 'dev' | 'all' = 'all', options: CheckOptions = {}) {
  const all: Counts = { tp: 0, fp: 0, fn: 0 };
  const byKind: Record<string, Counts> = {};
  for (const m of madeSpans(which)) {
    const r = check(m.claim, m.source, { ...options, summaryLang: 'en', sourceLang: 'en' });
    const k = (byKind[m.kind] ??= { tp: 0, fp: 0, fn: 0 });
    const gold = (s: number, e: number) => s < m.gold[1] && m.gold[0] < e;
    const c: Counts = { tp: 0, fp: 0, fn: 0 };
    score(m.claim, r, gold, c);
    for (const x of [all, k]) {
      x.tp += c.tp;
      x.fp += c.fp;
      x.fn += c.fn;
    }
  }
  return { all: f1(all.tp, all.fp, all.fn), byKind: Object.fromEntries(Object.entries(byKind).map(([k, c]) => [k, f1(c.tp, c.fp, c.fn)])) };
}

/** Word-level precision, recall and F1 of the content flags on the probe pairs' altered summaries (planted quotes are the gold). */
export function probeSpanScore(dir: string, options: CheckOptions = {}) {
  const c: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const p of fs.readdirSync(dir).sort()) {
    const f = (n: string) => path.join(dir, p, n);
    if (!fs.existsSync(f('gold.json'))) continue;
    const gold = JSON.parse(fs.readFileSync(f('gold.json'), 'utf8')) as { lang: string; altered_errors: { quote: string }[] };
    const al = fs.readFileSync(f('altered.txt'), 'utf8');
    const r = check(al, fs.readFileSync(f('source.txt'), 'utf8'), { ...options, summaryLang: gold.lang, sourceLang: gold.lang });
    const spans = gold.altered_errors.map((e) => [al.indexOf(e.quote), al.indexOf(e.quote) + e.quote.length]).filter(([s]) => s >= 0);
    score(al, r, (s, e) => spans.some(([a, b]) => s < b && a < e), c);
  }
  return f1(c.tp, c.fp, c.fn);
}

interface LabelledWords {
  id: string;
  claim: string;
  unsupported: string[];
}
interface LabelledSubclaim {
  id: string;
  n: number;
  subclaim: string;
  label: 'supported' | 'partially_supported' | 'not_supported';
  unsupported: string[];
}

/** Where each labelled phrase stands in the claim, as [start, end), each searched after the one before (a phrase may repeat: "lead"). */
export function phraseSpans(claim: string, phrases: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  for (const p of phrases) {
    let s = claim.indexOf(p, at);
    if (s < 0) s = claim.indexOf(p);
    if (s < 0) continue;
    out.push([s, s + p.length]);
    at = s + p.length;
  }
  return out;
}

/**
 * Word-level precision, recall and F1 of the content flags on WiCE dev's partly supported claims, against the words
 * that the project had labelled unsupported (benchmarks/wice/isnad/README.md): the dev counterpart of WiCE's test
 * token labels, scored as wiceTokens scores those.
 */
export function wiceDevWords() {
  const labelled = labelledDevWords();
  return { claims: labelled.length, ...labelledScore(labelled) };
}

/**
 * The same on the partly supported sub-claims of WiCE dev (benchmarks/wice/isnad/dev-subclaim-words.jsonl): short
 * sentences of one fact each, as WiCE's test word labels are, so the dev figure to read beside the test's.
 */
export function wiceDevSubclaimWords() {
  const labelled = labelledDevSubclaims();
  return { subclaims: labelled.length, ...labelledScore(labelled) };
}

/** Word-level P/R/F1 of the content flags of each labelled claim checked against its evidence. */
function labelledScore(labelled: readonly LabelledClaim[]) {
  const c: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const l of labelled) {
    const r = check(l.claim, l.source, { summaryLang: 'en', sourceLang: 'en' });
    score(l.claim, r, l.gold, c);
  }
  return f1(c.tp, c.fp, c.fn);
}

/** A labelled claim of benchmarks/wice/isnad with its evidence joined as a source, and whether a span of it is labelled unsupported. */
export interface LabelledClaim {
  id: string;
  claim: string;
  source: string;
  gold: (start: number, end: number) => boolean;
}

/** WiCE dev's partly supported claims with the project's word labels (wiceDevWords and train-spans.ts read them). */
export function labelledDevWords(): LabelledClaim[] {
  const evidence = new Map(readJsonl<WiceRow & { evidence: string[] }>('wice/data/entailment_retrieval/claim/dev.jsonl').map((r) => [r.meta.id, r.evidence]));
  const out: LabelledClaim[] = [];
  for (const l of readJsonl<LabelledWords>('wice/isnad/dev-unsupported-words.jsonl')) {
    const ev = evidence.get(l.id);
    if (!ev) continue;
    const spans = phraseSpans(l.claim, l.unsupported);
    out.push({ id: l.id, claim: l.claim, source: joinSentences(ev).text, gold: (s, e) => spans.some(([a, b]) => s < b && a < e) });
  }
  return out;
}

/** WiCE dev's partly supported sub-claims with the project's word labels (id: the claim's id and the sub-claim's number). */
export function labelledDevSubclaims(): LabelledClaim[] {
  const evidence = new Map(readJsonl<WiceRow & { evidence: string[] }>('wice/data/entailment_retrieval/claim/dev.jsonl').map((r) => [r.meta.id, r.evidence]));
  const out: LabelledClaim[] = [];
  for (const l of readJsonl<LabelledSubclaim>('wice/isnad/dev-subclaim-words.jsonl')) {
    const ev = evidence.get(l.id);
    if (!ev || l.label !== 'partially_supported') continue;
    const spans = phraseSpans(l.subclaim, l.unsupported);
    out.push({ id: `${l.id}.${l.n}`, claim: l.subclaim, source: joinSentences(ev).text, gold: (s, e) => spans.some(([a, b]) => s < b && a < e) });
  }
  return out;
}
