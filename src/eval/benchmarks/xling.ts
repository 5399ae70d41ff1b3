import fs from 'node:fs';
import path from 'node:path';
import { check } from '../../check/check.js';
import { tokenize } from '../../text/tokenize.js';
import { loadLexicon, INSTALL_HINT } from '../../xling/lexicon.js';
import { Bridge } from '../../xling/bridge.js';
import { crossSimilarityOf, Idf } from '../../xling/similarity.js';
import { discoverCorpus } from '../../io/corpus.js';
import { BENCH_DIR, readText } from './data.js';
import { pearson, spearman } from './metrics.js';

/**
 * SemEval-2017 STS track 2 (250 English–Arabic pairs; column 1 English, column 2 Arabic): Pearson and
 * Spearman of the cross-language similarity against the 0–5 gold. A fixed split by line number:
 * lines 1–125 are dev (where the bridge's choices were made), lines 126–250 test. IDF comes from the
 * 500 input sentences themselves (no labels), as in the ar-ar track.
 */
export function stsXling(split: 'dev' | 'test') {
  const lexicon = loadLexicon();
  if (!lexicon) throw new Error(`sts-xling: ${INSTALL_HINT}`);
  const bridge = new Bridge(lexicon);
  const pairs = readText('sts2017-ar/STS2017.eval.v1.1/STS.input.track2.ar-en.txt')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => l.split('\t'));
  const gold = readText('sts2017-ar/STS2017.gs/STS.gs.track2.ar-en.txt')
    .split('\n')
    .filter((l) => l.trim())
    .map(Number);
  const toks = pairs.map(([en, ar]) => [tokenize(en), tokenize(ar)] as const);
  const idfEn = new Idf(),
    idfAr = new Idf();
  for (const [en, ar] of toks) {
    idfEn.add(en);
    idfAr.add(ar);
  }
  const [lo, hi] = split === 'dev' ? [0, 125] : [125, 250];
  const pred = toks.slice(lo, hi).map(([en, ar]) => crossSimilarityOf(en, ar, bridge, idfEn, idfAr));
  return { pairs: hi - lo, pearson: pearson(pred, gold.slice(lo, hi)), spearman: spearman(pred, gold.slice(lo, hi)) };
}

type Range = [number, number];
const overlaps = (a: Range, b: Range) => a[0] < b[1] && b[0] < a[1];
function span(text: string, q: string): Range {
  const i = text.indexOf(q);
  if (i < 0) throw new Error(`quote not found: ${q}`);
  return [i, i + q.length];
}

interface ParallelGold {
  summary_units: { quote: string; sources?: string[] }[];
  unsupported: { must: { quote: string }[] };
  must_not_flag: string[];
  omitted_sources: string[];
  planted: { kind: string; quote: string; document: 'summary' | 'source' } | null;
}

/**
 * The parallel set (benchmarks/xling-parallel): 30 English news paragraphs with Arabic translations
 * written for isnad, and altered copies. Dev is paragraphs p01–p10 (where the thresholds were
 * chosen), test p11–p30. Each translation is checked against its original (`check`, languages
 * detected), and scored: sentence-alignment precision, recall and F1 over the gold links (each
 * translated sentence to the sentence it translates; an added sentence has none), the planted changes
 * flagged on their words (an error or warning overlapping the changed words; an omission flag on a
 * dropped sentence), and error flags on the faithful translations and on the unchanged sentences of
 * the altered ones. `reverse` checks the English original against the Arabic translation instead
 * (the other direction; alignment and error flags only, since the changes are planted in Arabic).
 */
export function xlingParallel(split: 'dev' | 'test', reverse = false) {
  const inSplit = (id: string) => {
    const n = Number(id.slice(1, 3));
    return split === 'dev' ? n <= 10 : n > 10;
  };
  let tp = 0,
    predicted = 0,
    goldLinks = 0;
  const planted: Record<string, { found: number; total: number }> = {};
  let unalteredErrors = 0,
    unaltered = 0,
    otherErrors = 0;
  const misses: string[] = [];
  for (const p of discoverCorpus(path.join(BENCH_DIR, 'xling-parallel', 'pairs'))) {
    if (!inSplit(p.id)) continue;
    const gold = JSON.parse(fs.readFileSync(p.gold!, 'utf8')) as ParallelGold;
    const ar = fs.readFileSync(p.summary, 'utf8'),
      en = fs.readFileSync(p.source, 'utf8');
    if (reverse && gold.planted) continue;
    const r = reverse ? check(en, ar, { pair: p.id }) : check(ar, en, { pair: p.id });
    const [sumText, srcText] = reverse ? [en, ar] : [ar, en];
    // gold links: (translated sentence, original sentence), as spans
    const links: [Range, Range][] = gold.summary_units.filter((u) => u.sources).map((u) => [span(ar, u.quote), span(en, u.sources![0])]);
    const oriented = reverse ? links.map(([a, b]) => [b, a] as [Range, Range]) : links;
    const srcById = new Map(r.source.sentences.map((s) => [s.id, [s.start, s.end] as Range]));
    const sentIds = new Set(r.summary.sentences.map((s) => s.id));
    const got = new Set<string>();
    for (const a of r.alignments) {
      if (!sentIds.has(a.summary)) continue;
      const s = r.summary.sentences.find((x) => x.id === a.summary)!;
      const sumGold = oriented.findIndex(([g]) => overlaps(g, [s.start, s.end]));
      for (const id of a.sources) {
        predicted++;
        const src = srcById.get(id)!;
        const k = oriented.findIndex(([g, t]) => overlaps(g, [s.start, s.end]) && overlaps(t, src));
        if (k >= 0 && !got.has(`${k}`)) {
          tp++;
          got.add(`${k}`);
        } else if (sumGold < 0 && k < 0) {
          /* an added sentence aligned: a wrong link */
        }
      }
    }
    goldLinks += oriented.length;
    const errors = r.flags.filter((f) => f.severity === 'error' && f.document === 'summary');
    if (!gold.planted) {
      unaltered++;
      unalteredErrors += errors.length;
      if (errors.length) misses.push(`${p.id}: ${errors.map((f) => `${f.rule} "${f.text}"`).join(', ')}`);
      continue;
    }
    const pl = gold.planted;
    const where = span(pl.document === 'summary' ? sumText : srcText, pl.quote);
    const hit =
      pl.document === 'summary'
        ? r.flags.some((f) => f.document === 'summary' && f.severity !== 'info' && overlaps([f.start, f.end], where))
        : r.flags.some((f) => f.document === 'source' && f.rule === 'omission' && overlaps([f.start, f.end], where));
    const t = (planted[pl.kind] ??= { found: 0, total: 0 });
    t.total++;
    if (hit) t.found++;
    else misses.push(`${p.id}: planted ${pl.kind} "${pl.quote}" not flagged`);
    const keep = gold.must_not_flag.map((q) => span(sumText, q));
    const stray = errors.filter((f) => keep.some((k) => overlaps(k, [f.start, f.end])));
    otherErrors += stray.length;
    if (stray.length) misses.push(`${p.id}: ${stray.map((f) => `${f.rule} "${f.text}"`).join(', ')}`);
  }
  const precision = predicted ? tp / predicted : 0,
    recall = goldLinks ? tp / goldLinks : 0;
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    planted,
    unaltered,
    unalteredErrors,
    otherErrors,
    misses,
  };
}
