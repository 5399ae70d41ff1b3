import fs from 'node:fs';
import path from 'node:path';
import type { Results, FormatOptions, StreamFormatter } from '../report/registry.js';
import { loadFormatters } from '../report/formats.js';
import type { Decision } from '../review/decisions.js';
import { writeAtomicPieces, outputTarget, stdStream, removeTemporaries, TOO_LONG } from './io.js';
import { isTooLong } from '../report/json-stream.js';
import { IsnadError } from '../errors.js';
import { VERSION } from '../version.js';
import type { Report } from '../check/types.js';
import { localizeFlags } from '../check/messages.js';
import type { Settings, CliIO } from './shared.js';

/** A run stopped by SIGINT or SIGTERM while it wrote its reports. */
export class Interrupted extends Error {
  constructor(
    readonly signal: NodeJS.Signals,
    readonly written: number,
    readonly planned: number,
    index: boolean,
  ) {
    super(`interrupted by ${signal} while writing reports: ${written} of ${planned} written, temporary files removed${index ? ', no index written' : ''}`);
  }
  /** The shell's convention: 128 + the signal's number. */
  get exitCode(): number {
    return 128 + (this.signal === 'SIGINT' ? 2 : 15);
  }
}

type Texts = { summary: string; source: string } | undefined;

/**
 * Writes every requested format (to its file, atomically, or to standard output) and the --out-dir
 * files: the pair pages first, then the formats, then the index (index.json, index.html) last, so that
 * an index only ever lists pages that exist. SIGINT and SIGTERM are caught while it writes: the run
 * stops between two files, removes any temporary file, writes no index and throws Interrupted.
 */
export async function writeOutputs(
  results: Results,
  texts: Texts[],
  s: Settings,
  io: CliIO,
  review: { decisions?: Decision[]; decisionsFile?: string } = {},
): Promise<void> {
  const color = s.color ?? colorFromEnvironment(io.env ?? process.env, Boolean(io.isTTY));
  // --locale: every format's messages in that language, rendered again from each flag's id and data
  // (checks and merged reports alike are English until here)
  if (s.locale && s.locale !== 'en') for (const r of results) localizeFlags(r.flags, s.locale);
  const many = Boolean(results.corpus || results.length !== 1 || results.broken?.length);
  // the formats' modules, loaded before the first write (the out-dir's pages are JSON, text and HTML)
  const formatters = await loadFormatters([...s.formats.map((f) => f.name), ...(s.outDir ? ['json', 'text', 'html'] : [])]);
  const cwd = io.cwd ?? process.cwd();
  const plan: (() => void)[] = [];
  // the out-dir's own files written so far (its manifest: index.json's "files")
  const wrote = new Set<string>();
  // every format is written in pieces: JSON in pieces of its own, the others as their one string
  const write =
    (file: string, name: string, rs: Results, formatOptions: FormatOptions = {}, listed = false) =>
    () => {
      const options: FormatOptions = { ...formatOptions, locale: s.locale };
      const std = stdStream(file);
      if (std) return toStream(std === 'stdout' ? io.stdout : io.stderr, formatters.get(name)!, name, rs, options, file);
      const go = () => writeAtomicPieces(file, (sink) => formatters.get(name)!(rs, sink, options));
      // a FIFO or device can block (a FIFO waits for its reader), and a blocked thread runs no handler: let
      // SIGINT and SIGTERM kill the run as usual there (a write in place leaves no temporary to remove)
      if (outputTarget(file).atomic) go();
      else withDefaultSignals(go);
      if (listed) wrote.add(path.basename(file));
    };
  const toFile = (...a: Parameters<typeof write>) => {
    plan.push(write(...a));
  };
  const one = (r: Report): Results => [r];
  const pairPages = (dir: string, kinds: ('json' | 'text' | 'html')[], listed: boolean) =>
    results.forEach((r, i) => {
      const base = path.join(dir, r.pair ?? 'report');
      if (kinds.includes('json')) toFile(`${base}.json`, 'json', one(r), {}, listed);
      if (kinds.includes('text')) toFile(`${base}.txt`, 'text', one(r), {}, listed);
      if (kinds.includes('html')) toFile(`${base}.html`, 'html', one(r), { texts: texts[i] ? [texts[i]!] : undefined, ...review }, listed);
    });

  if (s.outDir) pairPages(s.outDir, ['json', 'text', 'html'], true);
  const t = texts.every((x) => x) ? (texts as { summary: string; source: string }[]) : undefined;
  const pagesWritten = new Set<string>();
  for (const f of s.formats) {
    const options: FormatOptions = { color: f.file && !stdStream(f.file) ? false : color, texts: t, ...review };
    const std = !f.file || stdStream(f.file);
    if (f.name === 'html' && many) {
      // the index's links must resolve: to the --out-dir pages, or (without one) to pages written beside it
      const pages = s.outDir ?? (std ? undefined : path.dirname(f.file!));
      const from = std ? cwd : path.dirname(path.resolve(f.file!));
      options.pagesDir = pages === undefined ? null : path.relative(from, path.resolve(pages)).split(path.sep).join('/');
      if (pages !== undefined && !s.outDir && !pagesWritten.has(path.resolve(pages))) {
        pagesWritten.add(path.resolve(pages));
        for (const r of results)
          if (path.resolve(pages, `${r.pair ?? 'report'}.html`) === path.resolve(f.file!))
            throw new IsnadError(`the page of pair "${r.pair}" would overwrite this index: name the index otherwise, or give --out-dir`, f.file);
        pairPages(pages, ['html'], false);
      }
    }
    if (f.file) toFile(f.file, f.name, results, options);
    else plan.push(() => toStream(io.stdout, formatters.get(f.name)!, f.name, results, { ...options, locale: s.locale }, '<stdout>'));
  }
  const index: (() => void)[] = [];
  if (s.outDir) {
    const dir = s.outDir;
    index.push(write(path.join(dir, 'index.html'), 'html', Object.assign([...results], { corpus: true, broken: results.broken })), () => {
      const files = [...wrote, 'index.html', 'index.json'];
      const stale = staleFiles(dir, new Set(files));
      if (s.clean)
        for (const f of stale) {
          try {
            fs.unlinkSync(path.join(dir, f));
          } catch {
            /* already gone */
          }
        }
      writeAtomicPieces(path.join(dir, 'index.json'), (sink) => sink(JSON.stringify(indexOf(results, files, s.clean ? [] : stale), null, 2) + '\n'));
    });
  }
  await runPlan([...plan, ...index], plan.length);
}

/**
 * Runs the writes one by one, yielding to the event loop between them so that a signal is seen
 * (a synchronous write cannot be interrupted by a JavaScript handler; between two files nothing is
 * half written).
 */
async function runPlan(steps: (() => void)[], beforeIndex: number): Promise<void> {
  let signal: NodeJS.Signals | undefined;
  const onSignal = (sig: NodeJS.Signals) => {
    signal = sig;
  };
  catching = onSignal;
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    for (let i = 0; i < steps.length; i++) {
      await new Promise<void>((res) => setImmediate(res));
      if (signal) throw new Interrupted(signal, Math.min(i, beforeIndex), beforeIndex, steps.length > beforeIndex);
      steps[i]();
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    catching = undefined;
    removeTemporaries();
  }
}

/** The signal handler of the writes under way, if any. */
let catching: ((sig: NodeJS.Signals) => void) | undefined;

function withDefaultSignals(f: () => void): void {
  const h = catching;
  if (h) {
    process.off('SIGINT', h);
    process.off('SIGTERM', h);
  }
  try {
    f();
  } finally {
    if (h) {
      process.on('SIGINT', h);
      process.on('SIGTERM', h);
    }
  }
}

function toStream(out: (s: string) => void, format: StreamFormatter, name: string, results: Results, options: FormatOptions, where: string): void {
  try {
    format(results, out, options);
  } catch (e) {
    if (isTooLong(e)) throw new IsnadError(TOO_LONG(name), where);
    throw e;
  }
}

/**
 * Colour, when --color/--no-color does not say: FORCE_COLOR (set and not "0"/"false") forces it,
 * NO_COLOR or NODE_DISABLE_COLORS (set, non-empty) and TERM=dumb turn it off, else a terminal gets it.
 * The order is Node's own (util.styleText, tty.getColorDepth). isnad decides here rather than letting
 * styleText look at process.stdout: the text may go to a file or to a caller's stream (the library,
 * the tests), and in Node 20 styleText's check of the stream and the environment applies to one style
 * but not to a list of styles.
 */
export function colorFromEnvironment(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.NO_COLOR || env.NODE_DISABLE_COLORS || env.TERM === 'dumb') return false;
  return isTTY;
}

/**
 * The files that earlier runs wrote into the out-dir (the last index.json's `files` and `stale`, or for
 * an index written before those lists, its pairs' pages) that this run did not write, and that are
 * still there. Only plain file names inside the folder count: never a path that leads elsewhere.
 */
function staleFiles(dir: string, keep: Set<string>): string[] {
  let old: { tool?: { name?: string }; files?: unknown; stale?: unknown; pairs?: { report?: unknown }[] };
  try {
    old = JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8'));
  } catch {
    return [];
  }
  if (old?.tool?.name !== 'isnad') return [];
  const listed = Array.isArray(old.files)
    ? [...old.files, ...(Array.isArray(old.stale) ? old.stale : [])]
    : (old.pairs ?? []).flatMap((p) =>
        typeof p?.report === 'string' ? ['json', 'txt', 'html'].map((x) => (p.report as string).replace(/\.json$/, `.${x}`)) : [],
      );
  return [...new Set(listed)]
    .filter((f): f is string => typeof f === 'string' && !keep.has(f) && f === path.basename(f) && !f.startsWith('.') && fs.existsSync(path.join(dir, f)))
    .sort();
}

function indexOf(results: Results, files: string[], stale: string[]) {
  return {
    tool: { name: 'isnad', version: VERSION },
    pairs: results.map((r) => ({ pair: r.pair, summary: r.summary.file, source: r.source.file, ...r.stats, report: `${r.pair ?? 'report'}.json` })),
    ...(results.broken?.length ? { broken: results.broken } : {}),
    // what this run wrote here: files of earlier runs that are not listed are stale (--clean removes them)
    files: [...new Set(files)].sort(),
    // what earlier runs wrote here and this one did not: not in this index (--clean removes them)
    ...(stale.length ? { stale } : {}),
  };
}
