import yargs, { type Argv } from 'yargs';
import { IsnadError } from '../errors.js';
import { RULE_IDS, type Report, type RuleId, type Severity } from '../check/types.js';
import { FORMATTERS } from '../report/registry.js';
import { DEFAULT_MAX_BYTES } from './io.js';
import { findConfig, loadConfig, type Config } from './config.js';
import { runCheck } from './check-command.js';
import { runMerge } from './merge.js';
import { VERSION } from '../version.js';

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin?: () => Buffer;
  /** Is standard output a terminal (colour)? */
  isTTY?: boolean;
  /** Is standard error a terminal (progress bar)? */
  stderrTTY?: boolean;
  cwd?: string;
}

const defaultIO: CliIO = {
  stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s),
  isTTY: process.stdout.isTTY, stderrTTY: process.stderr.isTTY && !process.env.CI,
};

/** Options shared by `check` and `merge` (output and gates). */
function outputOptions<T>(y: Argv<T>) {
  return y
    .option('format', { alias: 'f', type: 'string', array: true, describe: `output format, optionally with a file: NAME[:FILE]; repeatable. Formats: ${Object.keys(FORMATTERS).join(', ')}` })
    .option('output', { alias: 'o', type: 'string', describe: 'write the (first) format to this file instead of standard output' })
    .option('out-dir', { type: 'string', describe: 'with several pairs: write <pair>.json, <pair>.txt and <pair>.html per pair, and index.json and index.html, into DIR' })
    .option('max-warnings', { type: 'number', describe: 'exit 1 when there are more than N warnings' })
    .option('fail-on', { choices: ['error', 'warning'] as const, describe: 'lowest severity that makes the exit code 1 (default: error)' })
    .option('exit-zero', { type: 'boolean', default: false, describe: 'exit 0 even when there are findings (input and usage errors still exit 2)' })
    .option('color', { type: 'boolean', describe: 'colour the text format (default: when standard output is a terminal)' })
    .option('config', { alias: 'c', type: 'string', describe: 'configuration file (default: the nearest isnad.config.json upward from the working directory; --no-config for none)' });
}

/**
 * Runs the CLI and returns its exit code (ESLint's convention): 0 no error flags, 1 error flags
 * (or more warnings than --max-warnings), 2 usage, input or internal error. Never calls process.exit.
 */
export async function runCli(argv: string[], io: CliIO = defaultIO): Promise<number> {
  // yargs drops a lone '-': carry it through under a name no file can have
  argv = argv.map((a) => (a === '-' ? STDIN : a));
  let usageError: string | undefined;
  let helpShown = false;
  const parser = yargs(argv)
    .scriptName('isnad')
    .usage('$0 check SUMMARY SOURCE [options]\n$0 check --corpus DIR | --manifest FILE [options]\n$0 merge REPORT.json... [options]\n\nChecks a summary or rewrite against the source it was written from: pairs every summary sentence\nwith its supporting source sentences and flags every claim, down to the words, that has no source.')
    .command('check [summary] [source]', 'check a summary against its source (or every pair of a corpus)', (y) => outputOptions(y
      .positional('summary', { type: 'string', describe: 'the summary or rewrite (a file, or - for standard input)' })
      .positional('source', { type: 'string', describe: 'the fuller text it was written from' }))
      .option('corpus', { type: 'string', describe: 'check every pair folder in DIR (summary.* + source.*, optional gold.json, pair.json)' })
      .option('manifest', { type: 'string', describe: 'check the pairs listed in a JSON file: [{ "id", "summary", "source", "summaryLang", "sourceLang" }]' })
      .option('changed-since', { type: 'string', describe: 'with --corpus or --manifest: only the pairs whose files changed since this git ref' })
      .option('shard', { type: 'string', describe: 'with --corpus or --manifest: check share K of N (K/N), for CI matrices; combine with isnad merge' })
      .option('workers', { type: 'number', describe: 'worker threads for several pairs (default: all cores)' })
      .option('lang', { type: 'string', describe: 'language of both texts (ar, en, …); detected per text when absent' })
      .option('summary-lang', { type: 'string', describe: 'language of the summary' })
      .option('source-lang', { type: 'string', describe: 'language of the source' })
      .option('encoding', { type: 'string', describe: 'encoding of the inputs: utf-8 (default; BOM and UTF-16 BOM detected), utf-16le, utf-16be, windows-1256, iso-8859-6' })
      .option('summary-encoding', { type: 'string', describe: 'encoding of the summary alone (overrides --encoding)' })
      .option('source-encoding', { type: 'string', describe: 'encoding of the source alone (overrides --encoding)' })
      .option('input-format', { choices: ['auto', 'text', 'html', 'markdown'] as const, describe: 'read the visible text of HTML or Markdown (offsets stay those of the file); auto: by file extension (default)' })
      .option('precision', { choices: ['high', 'balanced', 'recall'] as const, describe: 'operating point of the claim model: which claims are errors (high: fewer, surer errors; recall: more of the unsupported claims; default: balanced; README, "Operating points")' })
      .option('rule', { type: 'string', array: true, describe: `set a rule: ID=error|warning|info|off (repeatable); IDs: ${RULE_IDS.join(', ')}` })
      .option('decisions', { type: 'string', describe: 'review decisions to honour (default: isnad-decisions.json in the working directory, when present)' })
      .option('prune-decisions', { type: 'boolean', default: false, describe: 'remove stale decisions (whose flags no longer occur) from the decisions file' })
      .option('max-bytes', { type: 'number', describe: `largest input file accepted, in bytes (default ${DEFAULT_MAX_BYTES})` }))
    .command('merge <reports..>', 'combine the JSON reports of shards into one report', (y) => outputOptions(y
      .positional('reports', { type: 'string', array: true, describe: 'JSON reports written by isnad check --format json' })))
    .epilogue(`Run 'isnad check --help' for the options of a check.\nRules: ${RULE_IDS.join(', ')}.\nExit codes: 0 no error flags, 1 error flags (or too many warnings), 2 usage, input or internal error.`)
    .strict()
    .version(VERSION)
    .help()
    .exitProcess(false)
    .fail((msg, err) => { usageError = msg ?? err?.message ?? 'invalid usage'; })
    .wrap(null);
  let args;
  try {
    args = await parser.parseAsync(argv, {}, (_err, _parsed, output) => {
      if (output) { helpShown = true; io.stdout(output + '\n'); }
    });
  } catch (e) {
    usageError ??= (e as Error).message;
  }
  if (usageError) { io.stderr(`isnad: ${usageError.split('\n')[0]}\nTry 'isnad --help'.\n`); return 2; }
  if (helpShown || !args) return 0;
  const command = args._[0];
  if (command !== 'check' && command !== 'merge') { io.stderr(`isnad: missing command (check or merge)\nTry 'isnad --help'.\n`); return 2; }
  try {
    const a = args as unknown as CliArgs;
    if (a.summary === STDIN) a.summary = '-';
    if (a.source === STDIN) a.source = '-';
    const config = (a.config as unknown) === false ? {} : loadConfigFor(a, io.cwd ?? process.cwd());
    const settings = resolve(a, config);
    return command === 'merge' ? runMerge(a.reports ?? [], settings, io) : await runCheck(a, settings, io);
  } catch (e) {
    if (e instanceof IsnadError) { io.stderr(`isnad: ${e.message}\n`); return 2; }
    io.stderr(`isnad: internal error: ${(e as Error).stack ?? e}\n`);
    return 2;
  }
}

export const STDIN = '\u0000-';

export interface CliArgs {
  summary?: string; source?: string; reports?: string[];
  precision?: 'high' | 'balanced' | 'recall';
  format?: string[]; output?: string; corpus?: string; manifest?: string; outDir?: string; changedSince?: string; shard?: string; workers?: number;
  lang?: string; summaryLang?: string; sourceLang?: string; encoding?: string; summaryEncoding?: string; sourceEncoding?: string; inputFormat?: string; rule?: string[];
  decisions?: string; pruneDecisions: boolean;
  maxWarnings?: number; failOn?: 'error' | 'warning'; exitZero: boolean; maxBytes?: number; color?: boolean;
  config?: string;
}

/** The settings of a run: command line over config file over defaults. */
export interface Settings {
  formats: { name: string; file?: string }[];
  rules: Partial<Record<RuleId, Severity | 'off'>>;
  config: Config;
  failOn: 'error' | 'warning';
  maxWarnings?: number;
  exitZero: boolean;
  maxBytes: number;
  color?: boolean;
  outDir?: string;
}

function loadConfigFor(a: CliArgs, cwd: string): Config {
  const file = a.config ?? findConfig(cwd);
  return file ? loadConfig(file) : {};
}

function resolve(a: CliArgs, c: Config): Settings {
  return {
    formats: parseFormats(a.format && a.format.length ? a.format : c.format, a.output),
    rules: { ...c.rules, ...parseRules(a.rule) },
    config: c,
    failOn: a.failOn ?? c.failOn ?? 'error',
    maxWarnings: a.maxWarnings ?? c.maxWarnings,
    exitZero: a.exitZero,
    maxBytes: a.maxBytes ?? c.maxBytes ?? DEFAULT_MAX_BYTES,
    color: a.color,
    outDir: a.outDir ?? c.outDir,
  };
}

function parseRules(specs: string[] = []): Partial<Record<RuleId, Severity | 'off'>> {
  const out: Partial<Record<RuleId, Severity | 'off'>> = {};
  for (const s of specs) {
    const [id, sev] = s.split('=');
    if (!(RULE_IDS as readonly string[]).includes(id)) throw new IsnadError(`unknown rule "${id}" in --rule (rules: ${RULE_IDS.join(', ')})`);
    if (!['error', 'warning', 'info', 'off'].includes(sev)) throw new IsnadError(`--rule ${id}: severity must be error, warning, info or off`);
    out[id as RuleId] = sev as Severity | 'off';
  }
  return out;
}

function parseFormats(specs: string[] | undefined, output: string | undefined): { name: string; file?: string }[] {
  const list = (specs && specs.length ? specs : ['text']).map((s) => {
    const i = s.indexOf(':');
    const name = i < 0 ? s : s.slice(0, i);
    const file = i < 0 ? undefined : s.slice(i + 1);
    if (!Object.hasOwn(FORMATTERS, name)) throw new IsnadError(`unknown format "${name}" (formats: ${Object.keys(FORMATTERS).join(', ')})`);
    if (file === '') throw new IsnadError(`--format ${name}: missing file name after ':'`);
    return { name, file };
  });
  if (output) { const first = list.find((f) => !f.file); if (first) first.file = output; else list.push({ name: list[0].name, file: output }); }
  return list;
}

export function exitCode(results: Report[], a: { failOn: 'error' | 'warning'; maxWarnings?: number; exitZero: boolean }): number {
  if (a.exitZero) return 0;
  let errors = 0, warnings = 0;
  for (const r of results) { errors += r.stats.flags.error; warnings += r.stats.flags.warning; }
  if (errors > 0) return 1;
  if (a.failOn === 'warning' && warnings > 0) return 1;
  if (a.maxWarnings !== undefined && warnings > a.maxWarnings) return 1;
  return 0;
}
