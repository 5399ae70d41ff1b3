import type { Report } from '../check/types.js';

/**
 * Scores a report against a hand-made reference by the rule in the gold file's `how_to_score`
 * (the same rule as tools/score.mjs, which a test runs side by side with this).
 */
export interface GoldScore {
  pair: string;
  claimUnits: number;
  alignAny: number;
  alignTop1: number;
  mustSpans: number;
  mustFound: number;
  flags: number;
  tpFlags: number;
  fpFlags: number;
  overflags: number;
  metaFlagged: number;
  misses: string[];
}

interface Gold {
  pair: string;
  summary_units: { id: string; kind: string; quote: string; sources?: string[] }[];
  unsupported: { must: { quote: string }[]; may: { quote: string }[] };
  must_not_flag?: string[];
}

type Range = [number, number];
const overlaps = (a: Range, b: Range) => a[0] < b[1] && b[0] < a[1];

function span(text: string, q: string): Range {
  const i = text.indexOf(q);
  if (i < 0) throw new Error(`quote not found: ${q}`);
  return [i, i + q.length];
}

export function scoreAgainstGold(gold: Gold, summary: string, source: string, report: Report): GoldScore {
  summary = summary.replace(/^\uFEFF/, '');
  source = source.replace(/^\uFEFF/, '');
  const sumSegs = new Map<string, { start: number; end: number }>([...report.summary.sentences, ...report.summary.claims].map((s) => [s.id, s]));
  const srcSegs = new Map(report.source.sentences.map((s) => [s.id, s]));
  const flags = report.flags.filter((f) => f.document === 'summary' && f.severity !== 'info' && !/omi/i.test(f.rule)).map((f) => [f.start, f.end] as Range);
  const alignmentFor = (q: Range) => {
    let best: { sources: string[]; len: number } | null = null;
    for (const a of report.alignments) {
      const seg = sumSegs.get(a.summary);
      if (!seg || !(seg.start <= q[0] && q[0] < seg.end)) continue;
      if (!best || seg.end - seg.start < best.len) best = { sources: a.sources, len: seg.end - seg.start };
    }
    return best?.sources ?? null;
  };
  let claimUnits = 0,
    alignAny = 0,
    alignTop1 = 0,
    metaFlagged = 0;
  const misses: string[] = [];
  for (const u of gold.summary_units) {
    const q = span(summary, u.quote);
    if (u.kind === 'meta') {
      if (flags.some((f) => overlaps(f, q))) metaFlagged++;
      continue;
    }
    if (!u.sources || u.sources.length === 0) continue;
    claimUnits++;
    const got = (alignmentFor(q) ?? [])
      .map((id) => srcSegs.get(id))
      .filter((s) => s !== undefined)
      .map((s) => [s.start, s.end] as Range);
    const gs = u.sources.map((x) => span(source, x));
    if (gs.some((g) => got.some((r) => overlaps(r, g)))) alignAny++;
    else misses.push(u.id);
    if (got.length && overlaps(got[0], gs[0])) alignTop1++;
  }
  const must = gold.unsupported.must.map((m) => span(summary, m.quote));
  const may = gold.unsupported.may.map((m) => span(summary, m.quote));
  const mustNot = (gold.must_not_flag ?? []).map((q) => span(summary, q));
  return {
    pair: gold.pair,
    claimUnits,
    alignAny,
    alignTop1,
    mustSpans: must.length,
    mustFound: must.filter((m) => flags.some((f) => overlaps(f, m))).length,
    flags: flags.length,
    tpFlags: flags.filter((f) => must.some((m) => overlaps(f, m))).length,
    fpFlags: flags.filter((f) => !must.some((m) => overlaps(f, m)) && !may.some((m) => overlaps(f, m))).length,
    overflags: mustNot.filter((q) => flags.some((f) => overlaps(f, q))).length,
    metaFlagged,
    misses,
  };
}
