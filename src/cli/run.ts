import fs from 'node:fs';
import path from 'node:path';
import yargs from 'yargs';
import { IsnadError } from '../errors.js';
import { check, type CheckOptions } from '../check/check.js';
import { RULE_IDS, type Report, type RuleId, type Severity } from '../check/types.js';
import { FORMATTERS, formatterFor, type Results } from '../report/registry.js';
import { readInput, writeAtomic, displayPath, DEFAULT_MAX_BYTES } from './io.js';
import { discoverCorpus, type PairSpec } from './corpus.js';
import { VERSION } from '../version.js';

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin?: () => Buffer;
  isTTY?: boolean;
}

const defaultIO: CliIO = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), isTTY: process.stdout.isTTY };

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
    .usage('$0 check SUMMARY SOURCE [options]\n$0 check --corpus DIR [options]\n\nChecks a summary or rewrite against the source it was written from: pairs every summary sentence\nwith its supporting source sentences and flags every claim, down to the words, that has no source.')
    .command('check [summary] [source]', 'check a summary against its source (or every pair of a corpus)', (y) => y
      .positional('summary', { type: 'string', describe: 'the summary or rewrite (a file, or - for standard input)' })
      .positional('source', { type: 'string', describe: 'the fuller text it was written from' }))
    .option('format', { alias: 'f', type: 'string', array: true, describe: `output format, optionally with a file: NAME[:FILE]; repeatable. Formats: ${Object.keys(FORMATTERS).join(', ')}` })
    .option('output', { alias: 'o', type: 'string', describe: 'write the (first) format to this file instead of standard output' })
    .option('corpus', { type: 'string', describe: 'check every pair folder in DIR (summary.* + source.*, optional gold.json, pair.json)' })
    .option('out-dir', { type: 'string', describe: 'with --corpus: write <pair>.json, <pair>.txt and <pair>.html per pair, and index.json and index.html, into DIR' })
    .option('lang', { type: 'string', describe: 'language of both texts (ar, en, …); detected per text when absent' })
    .option('summary-lang', { type: 'string', describe: 'language of the summary' })
    .option('source-lang', { type: 'string', describe: 'language of the source' })
    .option('encoding', { type: 'string', describe: 'encoding of both inputs: utf-8 (default, BOM and UTF-16 BOM detected), utf-16le, utf-16be, windows-1256, iso-8859-6' })
    .option('rule', { type: 'string', array: true, describe: 'set a rule: ID=error|warning|info|off (repeatable)' })
    .option('max-warnings', { type: 'number', describe: 'exit 1 when there are more than N warnings' })
    .option('fail-on', { choices: ['error', 'warning'] as const, default: 'error' as const, describe: 'lowest severity that makes the exit code 1' })
    .option('exit-zero', { type: 'boolean', default: false, describe: 'exit 0 even when there are findings (input and usage errors still exit 2)' })
    .option('max-bytes', { type: 'number', default: DEFAULT_MAX_BYTES, describe: 'largest input file accepted, in bytes' })
    .option('color', { type: 'boolean', describe: 'colour the text format (default: when standard output is a terminal)' })
    .epilogue(`Rules: ${RULE_IDS.join(', ')}.\nExit codes: 0 no error flags, 1 error flags (or too many warnings), 2 usage, input or internal error.`)
    .strict()
    .version(VERSION)
    .help()
    .exitProcess(false)
    .fail((msg, err) => { usageError = msg ?? err?.message ?? 'invalid usage'; })
    .wrap(null);
  let args;
  try {
    args = await parser.parseAsync(argv, {}, (err, parsed, output) => {
      if (output) { helpShown = true; io.stdout(output + '\n'); }
    });
  } catch (e) {
    usageError ??= (e as Error).message;
  }
  if (usageError) { io.stderr(`isnad: ${usageError.split('\n')[0]}\nTry 'isnad --help'.\n`); return 2; }
  if (helpShown || !args) return 0;
  if (args._[0] !== 'check') { io.stderr(`isnad: missing command (check)\nTry 'isnad --help'.\n`); return 2; }
  try {
    return runCheck(args as unknown as CheckArgs, io);
  } catch (e) {
    if (e instanceof IsnadError) { io.stderr(`isnad: ${e.message}\n`); return 2; }
    io.stderr(`isnad: internal error: ${(e as Error).stack ?? e}\n`);
    return 2;
  }
}

const STDIN = '\u0000-';

interface CheckArgs {
  summary?: string; source?: string; format?: string[]; output?: string; corpus?: string; outDir?: string;
  lang?: string; summaryLang?: string; sourceLang?: string; encoding?: string; rule?: string[];
  maxWarnings?: number; failOn: 'error' | 'warning'; exitZero: boolean; maxBytes: number; color?: boolean;
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
    if (!formatterFor(name)) throw new IsnadError(`unknown format "${name}" (formats: ${Object.keys(FORMATTERS).join(', ')})`);
    return { name, file };
  });
  if (output) { const first = list.find((f) => !f.file); if (first) first.file = output; else list.push({ name: list[0].name, file: output }); }
  return list;
}

function runCheck(a: CheckArgs, io: CliIO): number {
  if (a.summary === STDIN) a.summary = '-';
  if (a.source === STDIN) a.source = '-';
  const rules = parseRules(a.rule);
  const formats = parseFormats(a.format, a.output);
  let pairs: PairSpec[];
  if (a.corpus) {
    if (a.summary || a.source) throw new IsnadError('give either SUMMARY SOURCE or --corpus DIR, not both');
    pairs = discoverCorpus(a.corpus);
    if (pairs.length === 0) throw new IsnadError('no pair folders found', a.corpus);
  } else {
    if (!a.summary || !a.source) throw new IsnadError('missing input: isnad check SUMMARY SOURCE (or --corpus DIR)');
    if (a.summary === '-' && a.source === '-') throw new IsnadError('only one side can be read from standard input (-)');
    if (a.summary !== '-' && a.source !== '-' && fs.existsSync(a.summary) && fs.existsSync(a.source) && fs.realpathSync(a.summary) === fs.realpathSync(a.source))
      throw new IsnadError(`summary and source are the same file`, a.summary);
    pairs = [{ id: '', summary: a.summary, source: a.source }];
  }
  const results: Results = [];
  const texts: { summary: string; source: string }[] = [];
  let broken = 0;
  for (const p of pairs) {
    try {
      const s = readInput(p.summary, { encoding: a.encoding, maxBytes: a.maxBytes, stdin: io.stdin });
      const t = readInput(p.source, { encoding: a.encoding, maxBytes: a.maxBytes, stdin: io.stdin });
      const opts: CheckOptions = {
        summaryLang: a.summaryLang ?? a.lang ?? p.summaryLang, sourceLang: a.sourceLang ?? a.lang ?? p.sourceLang,
        rules, files: { summary: displayPath(p.summary), source: displayPath(p.source) },
        encodings: { summary: s.encoding, source: t.encoding }, pair: p.id || undefined,
      };
      results.push(check(s.text, t.text, opts));
      texts.push({ summary: s.text, source: t.text });
    } catch (e) {
      if (!a.corpus || !(e instanceof IsnadError)) throw e;
      broken++;
      io.stderr(`isnad: ${p.id}: ${e.message}\n`);
    }
  }
  if (a.corpus) results.corpus = true;
  const color = a.color ?? Boolean(io.isTTY);
  if (a.outDir) {
    results.forEach((r, i) => {
      writeAtomic(path.join(a.outDir!, `${r.pair}.json`), formatterFor('json')!([r]));
      writeAtomic(path.join(a.outDir!, `${r.pair}.txt`), formatterFor('text')!([r]));
      writeAtomic(path.join(a.outDir!, `${r.pair}.html`), formatterFor('html')!([r], { texts: [texts[i]] }));
    });
    writeAtomic(path.join(a.outDir, 'index.json'), JSON.stringify(indexOf(results), null, 2) + '\n');
    writeAtomic(path.join(a.outDir, 'index.html'), formatterFor('html')!(Object.assign([...results], { corpus: true })));
  }
  for (const f of formats) {
    const out = formatterFor(f.name)!(results, { color: f.file ? false : color, texts });
    if (f.file) writeAtomic(f.file, out); else io.stdout(out);
  }
  if (broken) return 2;
  return exitCode(results, a);
}

export function exitCode(results: Report[], a: { failOn: 'error' | 'warning'; maxWarnings?: number; exitZero: boolean }): number {
  if (a.exitZero) return 0;
  let errors = 0, warnings = 0;
  for (const r of results) for (const f of r.flags) { if (f.suppressed) continue; if (f.severity === 'error') errors++; else if (f.severity === 'warning') warnings++; }
  if (errors > 0) return 1;
  if (a.failOn === 'warning' && warnings > 0) return 1;
  if (a.maxWarnings !== undefined && warnings > a.maxWarnings) return 1;
  return 0;
}

function indexOf(results: Report[]) {
  return {
    tool: { name: 'isnad', version: VERSION },
    pairs: results.map((r) => ({ pair: r.pair, summary: r.summary.file, source: r.source.file, ...r.stats, report: `${r.pair}.json` })),
  };
}
