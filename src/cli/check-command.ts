import fs from 'node:fs';
import path from 'node:path';
import { IsnadError } from '../errors.js';
import type { BrokenPair, Results } from '../report/registry.js';
import { discoverCorpus, loadManifest, changedSince, type PairSpec } from '../io/corpus.js';
import { resolveShard, shardOf } from './shard.js';
import { runPairs, defaultWorkers } from './pool.js';
import { Progress } from './progress.js';
import type { PairJob } from './pair-check.js';
import { writeOutputs } from './output.js';
import { writeAtomic } from './io.js';
import { holdHeapGrowth } from './heap.js';
import { exitCode, type CliArgs, type CliIO, type Settings } from './shared.js';
import { loadDecisions, applyDecisions, serializeDecisions, DEFAULT_DECISIONS_FILE, type Decision } from '../review/decisions.js';
import { countFlags, countByRule } from '../check/flags.js';
import type { Report } from '../check/types.js';

/** `isnad check`: one pair, or every pair of a corpus or manifest. */
export async function runCheck(a: CliArgs, s: Settings, io: CliIO): Promise<number> {
  const c = s.config;
  const corpus = a.corpus ?? (a.summary || a.manifest ? undefined : c.corpus);
  const manifest = a.manifest ?? (a.summary || a.corpus ? undefined : c.manifest);
  const many = Boolean(corpus || manifest);
  let pairs: PairSpec[];
  if (corpus && manifest) throw new IsnadError('give either --corpus or --manifest, not both');
  if (many) {
    if (a.summary || a.source) throw new IsnadError('give either SUMMARY SOURCE or --corpus/--manifest, not both');
    const skipped: string[] = [];
    pairs = corpus ? discoverCorpus(corpus, skipped) : loadManifest(manifest!);
    if (skipped.length && !s.quiet)
      io.stderr(
        `isnad: warning: ${corpus}: skipped ${skipped.length} folder${skipped.length === 1 ? '' : 's'} with no summary or source file: ${skipped.join(', ')}\n`,
      );
    if (pairs.length === 0) throw new IsnadError('no pairs found', corpus ?? manifest);
    if (a.changedSince) pairs = changedSince(pairs, a.changedSince, io.cwd ?? process.cwd());
    const shard = resolveShard(a.shard, a.shardCount, io.env ?? process.env);
    if (shard) {
      const all = pairs.length;
      pairs = shardOf(pairs, shard);
      // said when the environment chose it: the log of a scheduled job shows which share it checked
      if (shard.from && !shard.from.startsWith('--shard ') && !s.quiet)
        io.stderr(`isnad: shard ${shard.k}/${shard.n} (${shard.from}): ${pairs.length} of ${all} pairs\n`);
    }
  } else {
    // the environment's shard variables concern corpus runs; a single pair ignores them
    if (a.changedSince || a.shard || a.shardCount) throw new IsnadError('--changed-since, --shard and --shard-count need --corpus or --manifest');
    if (!a.summary || !a.source) throw new IsnadError('missing input: isnad check SUMMARY SOURCE (or --corpus DIR, or --manifest FILE)');
    if (a.summary === '-' && a.source === '-') throw new IsnadError('only one side can be read from standard input (-)');
    if (
      a.summary !== '-' &&
      a.source !== '-' &&
      fs.existsSync(a.summary) &&
      fs.existsSync(a.source) &&
      fs.realpathSync(a.summary) === fs.realpathSync(a.source)
    )
      throw new IsnadError('summary and source are the same file', a.summary);
    pairs = [{ id: '', summary: a.summary, source: a.source }];
  }
  const decisionsFile = a.decisions ?? c.decisions ?? (fs.existsSync(DEFAULT_DECISIONS_FILE) ? DEFAULT_DECISIONS_FILE : undefined);
  const decisions = decisionsFile ? loadDecisions(decisionsFile) : undefined;
  if (a.pruneDecisions && !decisionsFile)
    throw new IsnadError(`--prune-decisions: no decisions file (give --decisions FILE, or create ${DEFAULT_DECISIONS_FILE})`);

  const stdin = pairs.some((p) => p.summary === '-' || p.source === '-') ? new Uint8Array(io.stdin ? io.stdin() : fs.readFileSync(0)) : undefined;
  // one large pair (a whole archive against its digest): the heap's growth held down before the texts are read
  if (!many) holdHeapGrowth(inputBytes(pairs[0], stdin));
  const jobs: PairJob[] = pairs.map((spec) => ({
    spec,
    lang: s.lang,
    summaryLang: s.summaryLang,
    sourceLang: s.sourceLang,
    encoding: a.encoding ?? c.encoding,
    summaryEncoding: a.summaryEncoding,
    sourceEncoding: a.sourceEncoding,
    maxBytes: s.maxBytes,
    inputFormat: a.inputFormat ?? c.inputFormat,
    rules: s.rules,
    thresholds: c.thresholds,
    precision: a.precision ?? c.precision,
    stdin,
    stdinName: a.stdinFilename,
    root: s.root,
    allowEmpty: a.allowEmpty,
    ...(c.lexicon ? { lexicon: c.lexicon } : {}),
  }));
  // one pair runs in this thread whatever the count: the core count (node:os, loaded for it) only for several
  const workers = s.workers ?? (jobs.length > 1 ? defaultWorkers() : 1);
  const progress = new Progress(jobs.length, io.stderr, many && jobs.length > 1 && Boolean(io.stderrTTY) && !s.quiet);
  const done = await runPairs(jobs, workers, progress);
  progress.end();

  let results: Results = [];
  const texts: { summary: string; source: string }[] = [];
  const broken: BrokenPair[] = [];
  for (const r of done) {
    if ('error' in r) {
      if (!many) throw new IsnadError(r.error);
      broken.push({ pair: r.pair, error: r.error });
      io.stderr(`isnad: ${r.pair}: ${r.error}\n`);
      continue;
    }
    results.push(r.report);
    texts.push(r.texts);
  }
  let stale: Decision[] = [];
  if (decisions) {
    const applied = applyDecisions(results, decisions.decisions);
    results = applied.reports;
    stale = applied.stale;
  }
  if (s.quiet) results = results.map(errorsOnly);
  if (many) results.corpus = true;
  if (broken.length) results.broken = broken;
  const review = { decisions: decisions?.decisions, decisionsFile: path.basename(decisionsFile ?? DEFAULT_DECISIONS_FILE) };
  await writeOutputs(results, texts, s, io, review);
  if (stale.length && decisionsFile) {
    if (a.pruneDecisions) {
      const keep = decisions!.decisions.filter((d) => !stale.includes(d));
      writeAtomic(decisionsFile, serializeDecisions({ ...decisions!, decisions: keep }));
      io.stderr(`isnad: ${decisionsFile}: removed ${stale.length} stale decision${stale.length === 1 ? '' : 's'}\n`);
    } else if (!s.quiet) {
      io.stderr(
        `isnad: ${decisionsFile}: ${stale.length} stale decision${stale.length === 1 ? '' : 's'} (the flag no longer occurs): ${stale.map((d) => `${d.pair} ${d.rule} "${d.text}"`).join('; ')}; --prune-decisions removes them\n`,
      );
    }
  }
  if (broken.length) return 2;
  return exitCode(results, s);
}

/** --quiet (ESLint's): a report with its error flags alone, counted anew. */
export function errorsOnly(r: Report): Report {
  const flags = r.flags.filter((f) => f.severity === 'error');
  const byRule = countByRule(flags);
  return { ...r, flags, stats: { ...r.stats, flags: countFlags(flags), byRule, suppressed: flags.filter((f) => f.suppressed).length } };
}

/** The bytes of a pair's two inputs (0 for a file that cannot be read: reading it reports that). */
function inputBytes(p: PairSpec, stdin: Uint8Array | undefined): number {
  const size = (f: string) => {
    if (f === '-') return stdin?.length ?? 0;
    try {
      return fs.statSync(f).size;
    } catch {
      return 0;
    }
  };
  return size(p.summary) + size(p.source);
}
