import { IsnadError } from '../errors.js';
import { readJsonFile } from '../json-file.js';
import type { Report } from '../check/types.js';
import type { Results } from '../report/registry.js';
import { writeOutputs } from './output.js';
import { exitCode, type CliIO, type Settings } from './run.js';

/**
 * `isnad merge`: the JSON reports of several shards (or runs) as one run: pairs in id order, as a
 * single run lists them, each pair at most once. The texts are not in JSON reports, so HTML pages
 * from a merge show the sentences at their offsets (gaps as spaces).
 */
export function runMerge(files: string[], s: Settings, io: CliIO): number {
  if (!files.length) throw new IsnadError('merge: give the JSON reports to combine');
  const all: Report[] = [];
  for (const f of files) {
    const raw = readJsonFile(f, { missing: 'no such file', invalid: 'not a JSON report' });
    const o = raw as { pairs?: unknown; tool?: { name?: string } };
    const reports = Array.isArray(o?.pairs) ? (o.pairs as Report[]) : o?.tool?.name === 'isnad' ? [raw as Report] : undefined;
    if (!reports) throw new IsnadError('not an isnad JSON report (expected { pairs: [...] } or one report)', f);
    for (const r of reports) if (!r || typeof r !== 'object' || !Array.isArray(r.flags) || !r.summary || !r.source) throw new IsnadError('not an isnad JSON report (a pair lacks flags, summary or source)', f);
    all.push(...reports);
  }
  const seen = new Set<string>();
  for (const r of all) {
    const key = r.pair ?? `${r.summary.file}\u0000${r.source.file}`;
    if (seen.has(key)) throw new IsnadError(`merge: pair "${r.pair ?? r.summary.file}" appears in more than one report`);
    seen.add(key);
  }
  const key = (r: Report) => r.pair ?? r.summary.file;
  const results: Results = all.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  results.corpus = true;
  writeOutputs(results, results.map(() => undefined), s, io);
  return exitCode(results, s);
}
