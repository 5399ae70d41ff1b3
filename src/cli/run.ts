import type { Argv } from 'yargs';
import { IsnadError } from '../errors.js';
import { RULE_IDS, type RuleId, type Severity } from '../check/types.js';
import { FORMAT_NAMES, isFormatName } from '../report/formats.js';
import { projectRoot, stdStream } from './io.js';
import { DEFAULT_MAX_BYTES } from '../io/read.js';
import { ENCODINGS } from '../text/decode.js';
import { Interrupted } from './output.js';
import { findConfig, loadConfig, checkLang, checkLocale, type Config } from './config.js';
import { LOCALES } from '../check/messages.js';
import { runCheck } from './check-command.js';
import { VERSION } from '../version.js';
import type { CliIO, CliArgs, Settings } from './shared.js';
import { fastArgs } from './fast-args.js';

export { exitCode, type CliIO, type CliArgs, type Settings } from './shared.js';

const defaultIO: CliIO = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: process.stdout.isTTY,
  stderrTTY: process.stderr.isTTY && !process.env.CI,
};

/** Options shared by `check` and `merge` (output and gates). Every option shows its default in --help. */
function outputOptions<T>(y: Argv<T>) {
  return y
    .option('format', {
      alias: 'f',
      type: 'string',
      array: true,
      defaultDescription: 'text',
      describe: `output format, optionally with a file: NAME[:FILE]; repeatable; at most one without a file (standard output). Formats: ${FORMAT_NAMES.join(', ')}`,
    })
    .option('output', {
      alias: 'o',
      type: 'string',
      defaultDescription: 'standard output',
      describe:
        "write the (first) format to this file: a regular file is replaced atomically (temporary file, fsync, rename), a device or FIFO written in place, a symbolic link's target replaced",
    })
    .option('out-dir', {
      type: 'string',
      defaultDescription: 'none',
      describe:
        'with several pairs: write <pair>.json, <pair>.txt and <pair>.html per pair, then index.json (with the list of files written) and index.html, into DIR',
    })
    .option('clean', {
      type: 'boolean',
      defaultDescription: 'false',
      describe: 'with --out-dir: remove the files an earlier run wrote there (listed in its index.json) that this run did not write',
    })
    .option('max-warnings', { type: 'string', defaultDescription: 'no limit', describe: 'exit 1 when there are more than N warnings' })
    .option('fail-on', { choices: ['error', 'warning'] as const, defaultDescription: 'error', describe: 'lowest severity that makes the exit code 1' })
    .option('exit-zero', { type: 'boolean', default: false, describe: 'exit 0 even when there are findings (input and usage errors still exit 2)' })
    .option('quiet', {
      type: 'boolean',
      default: false,
      describe: 'report errors only: warnings and informational flags are left out of every output and of the exit code',
    })
    .option('color', {
      type: 'boolean',
      defaultDescription: 'on a terminal, unless NO_COLOR; FORCE_COLOR forces it',
      describe: 'colour the text format (--no-color: never)',
    })
    .option('config', {
      alias: 'c',
      type: 'string',
      defaultDescription: 'nearest isnad.config.json upward',
      describe: 'configuration file (--no-config for none); its paths are relative to it',
    })
    .option('locale', {
      type: 'string',
      defaultDescription: 'en',
      describe: `language of the flags' messages in every format: ${LOCALES.join(', ')} (JSON reports keep each flag's messageId and data either way)`,
    });
}

/**
 * Runs the CLI and returns its exit code (ESLint's convention): 0 no error flags, 1 error flags
 * (or more warnings than --max-warnings), 2 usage, input or internal error. Never calls process.exit.
 */
export async function runCli(argv: string[], io: CliIO = defaultIO): Promise<number> {
  // yargs drops a lone '-': carry it through under a name no file can have
  argv = argv.map((a) => (a === '-' ? STDIN : a));
  // a plain check (options with their values, two files) is read without loading yargs (most of a second
  // of its modules and parse on this machine, a tenth of a one-pair run); everything else goes to yargs,
  // whose reading the fast one equals (tests/cli-args.test.ts)
  const fast = fastArgs(argv);
  const { args, usageError, output } = fast ? { args: fast, usageError: undefined, output: undefined } : await parseWithYargs(argv);
  if (output !== undefined) io.stdout(output + '\n');
  if (usageError) {
    io.stderr(`isnad: ${usageError.split('\n')[0]}\nTry 'isnad --help'.\n`);
    return 2;
  }
  if (output !== undefined || !args) return 0;
  const command = args._[0];
  if (command !== 'check' && command !== 'merge') {
    io.stderr(`isnad: missing command (check or merge)\nTry 'isnad --help'.\n`);
    return 2;
  }
  try {
    const a = args as unknown as CliArgs;
    if (a.summary === STDIN) a.summary = '-';
    if (a.source === STDIN) a.source = '-';
    const cwd = io.cwd ?? process.cwd();
    const configFile = (a.config as unknown) === false ? undefined : (a.config ?? findConfig(cwd));
    const config = configFile ? loadConfig(configFile) : {};
    const settings = resolve(a, config, projectRoot(cwd, configFile));
    if (a.printConfig !== undefined) {
      const { printConfig } = await import('./print-config.js');
      io.stdout(printConfig(a.printConfig, a, settings, configFile));
      return 0;
    }
    // (merge and print-config load their modules when asked for: a check's start-up is most of a one-pair run)
    return command === 'merge' ? await (await import('./merge.js')).runMerge(a.reports ?? [], settings, io) : await runCheck(a, settings, io);
  } catch (e) {
    if (e instanceof IsnadError) {
      io.stderr(`isnad: ${e.message}\n`);
      return 2;
    }
    if (e instanceof Interrupted) {
      io.stderr(`isnad: ${e.message}\n`);
      return e.exitCode;
    }
    io.stderr(`isnad: internal error: ${(e as Error).stack ?? e}\n`);
    return 2;
  }
}

/** The command line as yargs reads it, with its usage error or its help or version text (`output`). */
export async function parseWithYargs(
  argv: string[],
): Promise<{ args?: Record<string, unknown> & { _: (string | number)[] }; usageError?: string; output?: string }> {
  const { default: yargs } = await import('yargs');
  let usageError: string | undefined;
  let shown: string | undefined;
  const parser = yargs(argv)
    .scriptName('isnad')
    .usage(
      '$0 check SUMMARY SOURCE [options]\n$0 check --corpus DIR | --manifest FILE [options]\n$0 merge REPORT.json... [options]\n\nChecks a summary or rewrite against the source it was written from: pairs every summary sentence\nwith its supporting source sentences and flags every claim, down to the words, that has no source.',
    )
    .command('check [summary] [source]', 'check a summary against its source (or every pair of a corpus)', (y) =>
      outputOptions(
        y
          .positional('summary', { type: 'string', describe: 'the summary or rewrite (a file, or - for standard input; see --stdin-filename)' })
          .positional('source', { type: 'string', describe: 'the fuller text it was written from' }),
      )
        .option('corpus', {
          type: 'string',
          defaultDescription: 'none',
          describe: 'check every pair folder in DIR (summary.* + source.*, optional gold.json, pair.json); hidden folders are skipped',
        })
        .option('manifest', {
          type: 'string',
          defaultDescription: 'none',
          describe: 'check the pairs listed in a JSON file: [{ "id", "summary", "source", "summaryLang", "sourceLang" }]',
        })
        .option('changed-since', {
          type: 'string',
          defaultDescription: 'every pair',
          describe: 'with --corpus or --manifest: only the pairs whose files changed since this git ref',
        })
        .option('shard', {
          type: 'string',
          defaultDescription: '1/1 (or auto, when --shard-count or ISNAD_SHARD_COUNT is given)',
          describe:
            "with --corpus or --manifest: check share K of N (K/N; a pair's share is a stable hash of its id), or auto: K from the environment (ISNAD_SHARD_INDEX, a Kubernetes Indexed Job's JOB_COMPLETION_INDEX, GitLab's CI_NODE_INDEX) and N from --shard-count, ISNAD_SHARD_COUNT or CI_NODE_TOTAL; combine the shards with isnad merge (docs/sharding.md)",
        })
        .option('shard-count', {
          type: 'string',
          defaultDescription: 'ISNAD_SHARD_COUNT',
          describe: 'the number of shards N, with the index from the environment (--shard auto)',
        })
        .option('workers', {
          type: 'string',
          defaultDescription: 'all cores',
          describe:
            'threads for several pairs (a whole number ≥ 1): this one and up to N - 1 worker isolates, one per 8 MiB of input (ISNAD_BYTES_PER_ISOLATE)',
        })
        .option('lang', { type: 'string', defaultDescription: 'detected per text', describe: 'language of both texts: an ISO 639 code (ar, en, fr, …) or und' })
        .option('summary-lang', { type: 'string', defaultDescription: '--lang', describe: 'language of the summary' })
        .option('source-lang', { type: 'string', defaultDescription: '--lang', describe: 'language of the source' })
        .option('encoding', {
          type: 'string',
          defaultDescription: 'utf-8',
          describe: `encoding of the inputs: ${ENCODINGS.join(', ')} (a UTF-8 or UTF-16 BOM is detected)`,
        })
        .option('summary-encoding', { type: 'string', defaultDescription: '--encoding', describe: 'encoding of the summary alone' })
        .option('source-encoding', { type: 'string', defaultDescription: '--encoding', describe: 'encoding of the source alone' })
        .option('input-format', {
          choices: ['auto', 'text', 'html', 'markdown'] as const,
          defaultDescription: 'auto',
          describe: 'read the visible text of HTML or Markdown (offsets stay those of the file); auto: by file extension',
        })
        .option('stdin-filename', {
          type: 'string',
          defaultDescription: '<stdin>',
          describe: 'the name of the side read from standard input (-): in reports, in decision keys, and its extension for --input-format auto',
        })
        .option('allow-empty', {
          type: 'boolean',
          default: false,
          describe: 'an empty or whitespace-only summary passes ("nothing to check", exit 0) instead of being an error (exit 2)',
        })
        .option('precision', {
          choices: ['high', 'balanced', 'recall'] as const,
          defaultDescription: 'balanced',
          describe:
            'operating point of the claim model, which claims are errors: high (fewer, surer errors), balanced, recall (more of the unsupported claims); README, "Operating points"',
        })
        .option('rule', {
          type: 'string',
          array: true,
          defaultDescription: "each rule's own severity",
          describe: `set a rule: ID=error|warning|info|off (repeatable); IDs: ${RULE_IDS.join(', ')}`,
        })
        .option('decisions', { type: 'string', defaultDescription: 'isnad-decisions.json when present', describe: 'review decisions to honour' })
        .option('prune-decisions', {
          type: 'boolean',
          default: false,
          describe: 'remove stale decisions (whose flags no longer occur) from the decisions file',
        })
        .option('max-bytes', { type: 'string', defaultDescription: String(DEFAULT_MAX_BYTES), describe: 'largest input file accepted, in bytes' })
        .option('print-config', {
          type: 'string',
          defaultDescription: 'none',
          describe: 'print the settings that a check of FILE would use (config file, command line, defaults) as JSON, and check nothing',
        })
        .example('$0 check summary.txt source.txt', 'a readable report; exit 1 on error flags')
        .example('$0 check --corpus corpus --out-dir reports -f sarif:isnad.sarif', 'every pair of a corpus: pages, index and one SARIF file')
        .example(
          'cat summary.md | $0 check - source.html --stdin-filename summary.md -f json',
          'the summary from standard input, read as Markdown, named in the report',
        )
        .epilogue(EXIT_CODES),
    )
    .command('merge <reports..>', 'combine the JSON reports of shards into one report', (y) =>
      outputOptions(y.positional('reports', { type: 'string', array: true, describe: 'JSON reports written by isnad check --format json' })),
    )
    .epilogue(`Run 'isnad check --help' for the options of a check.\nRules: ${RULE_IDS.join(', ')}.\n${EXIT_CODES}`)
    .strict()
    .version(VERSION)
    .help()
    .exitProcess(false)
    .fail((msg, err) => {
      usageError = msg ?? err?.message ?? 'invalid usage';
    })
    .wrap(null);
  let args;
  try {
    args = await parser.parseAsync(argv, {}, (_err, _parsed, output) => {
      if (output) shown = output;
    });
  } catch (e) {
    usageError ??= (e as Error).message;
  }
  return { args, usageError, output: shown };
}

export const STDIN = '\u0000-';

const EXIT_CODES =
  'Exit codes: 0 no error flags; 1 error flags (or more warnings than --max-warnings, or warnings with --fail-on warning); 2 usage, input or internal error, a broken pair, an empty summary (without --allow-empty); 130/143 interrupted (SIGINT/SIGTERM) while writing reports.';

function resolve(a: CliArgs, c: Config, root: string): Settings {
  const lang = (name: string, v: string | undefined) => (v === undefined ? undefined : checkLang(name, v));
  if (a.stdinFilename === '') throw new IsnadError('--stdin-filename must not be empty');
  if (a.clean && !(a.outDir ?? c.outDir)) throw new IsnadError('--clean needs --out-dir');
  return {
    formats: parseFormats(a.format && a.format.length ? a.format : c.format, a.output),
    rules: { ...c.rules, ...parseRules(a.rule) },
    config: c,
    failOn: a.failOn ?? c.failOn ?? 'error',
    maxWarnings: a.maxWarnings !== undefined ? whole('--max-warnings', a.maxWarnings, 0) : c.maxWarnings,
    exitZero: a.exitZero,
    quiet: Boolean(a.quiet),
    maxBytes: a.maxBytes !== undefined ? whole('--max-bytes', a.maxBytes, 1) : (c.maxBytes ?? DEFAULT_MAX_BYTES),
    workers: a.workers !== undefined ? whole('--workers', a.workers, 1) : c.workers,
    color: a.color,
    outDir: a.outDir ?? c.outDir,
    clean: Boolean(a.clean),
    root,
    lang: lang('--lang', a.lang) ?? c.lang,
    summaryLang: lang('--summary-lang', a.summaryLang) ?? c.summaryLang,
    sourceLang: lang('--source-lang', a.sourceLang) ?? c.sourceLang,
    locale: a.locale !== undefined ? checkLocale('--locale', a.locale) : c.locale,
  };
}

/** A whole number ≥ min, as ESLint checks --max-warnings: "abc", "1.5" and "-1" are usage errors. */
function whole(name: string, v: string | number, min: number): number {
  const n = typeof v === 'number' ? v : /^\s*[+-]?\d+\s*$/.test(v) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n) || n < min) throw new IsnadError(`${name} must be a whole number ≥ ${min} (got "${v}")`);
  return n;
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
    if (!isFormatName(name)) throw new IsnadError(`unknown format "${name}" (formats: ${FORMAT_NAMES.join(', ')})`);
    if (file === '') throw new IsnadError(`--format ${name}: missing file name after ':'`);
    return { name, file };
  });
  if (output) {
    const first = list.find((f) => !f.file);
    if (first) first.file = output;
    else list.push({ name: list[0].name, file: output });
  }
  // two documents one after the other on standard output are neither of them valid
  const toStdout = list.filter((f) => !f.file || stdStream(f.file) === 'stdout');
  if (toStdout.length > 1)
    throw new IsnadError(
      `${toStdout.map((f) => `--format ${f.name}`).join(' and ')} would all write to standard output: give all but one a file (--format NAME:FILE)`,
    );
  return list;
}
