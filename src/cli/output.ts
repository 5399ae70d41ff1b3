import path from 'node:path';
import { formatterFor, streamFormatterFor, type Results } from '../report/registry.js';
import type { Decision } from '../review/decisions.js';
import { writeAtomic, writeAtomicPieces } from './io.js';
import { VERSION } from '../version.js';
import type { Report } from '../check/types.js';
import type { Settings, CliIO } from './run.js';

/** Writes every requested format (to its file, atomically, or to standard output) and the --out-dir files. */
export function writeOutputs(results: Results, texts: ({ summary: string; source: string } | undefined)[], s: Settings, io: CliIO, review: { decisions?: Decision[]; decisionsFile?: string } = {}): void {
  const color = s.color ?? Boolean(io.isTTY);
  if (s.outDir) {
    results.forEach((r, i) => {
      const base = path.join(s.outDir!, r.pair ?? 'report');
      writeAtomicPieces(`${base}.json`, (sink) => streamFormatterFor('json')!([r], sink));
      writeAtomic(`${base}.txt`, formatterFor('text')!([r]));
      writeAtomic(`${base}.html`, formatterFor('html')!([r], { texts: texts[i] ? [texts[i]!] : undefined, ...review }));
    });
    writeAtomic(path.join(s.outDir, 'index.json'), JSON.stringify(indexOf(results), null, 2) + '\n');
    writeAtomic(path.join(s.outDir, 'index.html'), formatterFor('html')!(Object.assign([...results], { corpus: true })));
  }
  const t = texts.every((x) => x) ? (texts as { summary: string; source: string }[]) : undefined;
  for (const f of s.formats) {
    const format = streamFormatterFor(f.name)!, options = { color: f.file ? false : color, texts: t, ...review };
    if (f.file) writeAtomicPieces(f.file, (sink) => format(results, sink, options)); else format(results, io.stdout, options);
  }
}

function indexOf(results: Report[]) {
  return {
    tool: { name: 'isnad', version: VERSION },
    pairs: results.map((r) => ({ pair: r.pair, summary: r.summary.file, source: r.source.file, ...r.stats, report: `${r.pair ?? 'report'}.json` })),
  };
}
