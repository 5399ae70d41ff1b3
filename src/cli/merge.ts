import { IsnadError } from '../errors.js';
import { readJsonFile } from '../json-file.js';
import type { Report } from '../check/types.js';
import type { BrokenPair, Results } from '../report/registry.js';
import { writeOutputs } from './output.js';
import { errorsOnly } from './check-command.js';
import { exitCode, type CliIO, type Settings } from './shared.js';

/**
 * `isnad merge`: the JSON reports of several shards (or runs) as one run: pairs in id order, as a
 * single run lists them, each pair at most once. The texts are not in JSON reports, so HTML pages
 * from a merge show the sentences at their offsets (gaps as spaces).
 */
export async function runMerge(files: string[], s: Settings, io: CliIO): Promise<number> {
  if (!files.length) throw new IsnadError('merge: give the JSON reports to combine');
  const all: Report[] = [];
  const broken: BrokenPair[] = [];
  for (const f of files) {
    const raw = readJsonFile(f, { missing: 'no such file', invalid: 'not a JSON report' });
    const o = raw as { pairs?: unknown; broken?: unknown; tool?: { name?: string } };
    if (Array.isArray(o?.broken))
      for (const b of o.broken as BrokenPair[])
        if (b && typeof b.pair === 'string' && typeof b.error === 'string') broken.push({ pair: b.pair, error: b.error });
    const reports = Array.isArray(o?.pairs) ? (o.pairs as Report[]) : o?.tool?.name === 'isnad' ? [raw as Report] : undefined;
    if (!reports) throw new IsnadError('not an isnad JSON report (expected { pairs: [...] } or one report)', f);
    for (const r of reports)
      if (!r || typeof r !== 'object' || !Array.isArray(r.flags) || !r.summary || !r.source)
        throw new IsnadError('not an isnad JSON report (a pair lacks flags, summary or source)', f);
    all.push(...reports);
  }
  const seen = new Set<string>();
  for (const r of all) {
    const key = r.pair ?? `${r.summary.file}\u0000${r.source.file}`;
    if (seen.has(key)) throw new IsnadError(`merge: pair "${r.pair ?? r.summary.file}" appears in more than one report`);
    seen.add(key);
  }
  const key = (r: Report) => r.pair ?? r.summary.file;
  const sorted = all.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const results: Results = s.quiet ? sorted.map(errorsOnly) : sorted;
  results.corpus = true;
  // a shard's broken pairs stay failures in the merged run, in pair order as a single run lists them
  if (broken.length) results.broken = broken.sort((a, b) => (a.pair < b.pair ? -1 : a.pair > b.pair ? 1 : 0));
  await writeOutputs(
    results,
    results.map(() => undefined),
    s,
    io,
  );
  return broken.length ? 2 : exitCode(results, s);
}
