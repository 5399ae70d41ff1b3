import path from 'node:path';
import { streamFormatterFor, type Results, type FormatOptions } from '../report/registry.js';
import type { Decision } from '../review/decisions.js';
import { writeAtomic, writeAtomicPieces, TOO_LONG } from './io.js';
import { isTooLong } from '../report/json-stream.js';
import { IsnadError } from '../errors.js';
import { VERSION } from '../version.js';
import type { Report } from '../check/types.js';
import type { Settings, CliIO } from './run.js';

/** Writes every requested format (to its file, atomically, or to standard output) and the --out-dir files. */
export function writeOutputs(results: Results, texts: ({ summary: string; source: string } | undefined)[], s: Settings, io: CliIO, review: { decisions?: Decision[]; decisionsFile?: string } = {}): void {
  const color = s.color ?? Boolean(io.isTTY);
  // every format is written in pieces: JSON in pieces of its own, the others as their one string
  const toFile = (file: string, name: string, rs: Results, options: FormatOptions = {}) => writeAtomicPieces(file, (sink) => streamFormatterFor(name)!(rs, sink, options));
  if (s.outDir) {
    results.forEach((r, i) => {
      const base = path.join(s.outDir!, r.pair ?? 'report');
      toFile(`${base}.json`, 'json', [r]);
      toFile(`${base}.txt`, 'text', [r]);
      toFile(`${base}.html`, 'html', [r], { texts: texts[i] ? [texts[i]!] : undefined, ...review });
    });
    writeAtomic(path.join(s.outDir, 'index.json'), JSON.stringify(indexOf(results), null, 2) + '\n');
    toFile(path.join(s.outDir, 'index.html'), 'html', Object.assign([...results], { corpus: true }));
  }
  const t = texts.every((x) => x) ? (texts as { summary: string; source: string }[]) : undefined;
  for (const f of s.formats) {
    const options = { color: f.file ? false : color, texts: t, ...review };
    if (f.file) { toFile(f.file, f.name, results, options); continue; }
    try {
      streamFormatterFor(f.name)!(results, io.stdout, options);
    } catch (e) {
      if (isTooLong(e)) throw new IsnadError(TOO_LONG(f.name), '<stdout>');
      throw e;
    }
  }
}

function indexOf(results: Report[]) {
  return {
    tool: { name: 'isnad', version: VERSION },
    pairs: results.map((r) => ({ pair: r.pair, summary: r.summary.file, source: r.source.file, ...r.stats, report: `${r.pair ?? 'report'}.json` })),
  };
}
