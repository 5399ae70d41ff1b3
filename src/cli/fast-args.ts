import type { CliArgs } from './shared.js';

/**
 * The command line of a plain check read without yargs: `check`, at most two files, and options from the
 * table below each given once (an array option as often as wanted), as `--name value`, `--name=value`, `-f value`, `--flag` or `--no-flag`.
 * Anything else (help, version, merge, --print-config, an unknown or repeated option, a value that begins
 * with a dash or is empty, an array option followed by more than one value, which yargs reads greedily, a
 * third file) answers undefined, and yargs reads the line. Loading yargs and its parse were about a tenth of
 * a one-pair run (30 modules); tests/cli-args.test.ts holds every answer equal to yargs' on the keys the CLI
 * reads, over generated command lines.
 */
export function fastArgs(argv: readonly string[]): (CliArgs & { _: string[] }) | undefined {
  if (argv[0] !== 'check') return undefined;
  const out: Record<string, unknown> = { _: ['check'], exitZero: false, quiet: false, allowEmpty: false, pruneDecisions: false };
  const seen = new Set<string>();
  const files: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a[0] !== '-') {
      if (files.length === 2) return undefined;
      files.push(a);
      continue;
    }
    let name: string, inline: string | undefined;
    if (a.length === 2 && Object.hasOwn(ALIASES, a[1])) name = ALIASES[a[1]];
    else if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      inline = eq < 0 ? undefined : a.slice(eq + 1);
    } else return undefined;
    let negated = false;
    if (name.startsWith('no-') && (BOOLEANS.has(name.slice(3)) || name === 'no-config')) {
      if (inline !== undefined) return undefined;
      name = name.slice(3);
      negated = true;
    }
    // (a repeated array option adds to its list; any other, yargs reads as a list or an error)
    if (seen.has(name) && !(ARRAYS.has(name) && !negated)) return undefined;
    seen.add(name);
    const key = camel(name);
    if (negated) {
      out[key] = false;
      continue;
    }
    if (BOOLEANS.has(name)) {
      // (yargs takes a following true or false as the flag's value)
      if (inline !== undefined || /^(true|false)$/i.test(argv[i + 1] ?? '')) return undefined;
      out[key] = true;
      continue;
    }
    const isArray = ARRAYS.has(name);
    if (!isArray && !STRINGS.has(name) && !Object.hasOwn(CHOICES, name)) return undefined;
    let value = inline;
    if (value === undefined) {
      value = argv[++i];
      if (value === undefined) return undefined;
    }
    if (value === '' || value[0] === '-') return undefined;
    // an array option takes every following word that is not an option (yargs' greedy arrays)
    if (isArray && argv[i + 1] !== undefined && argv[i + 1][0] !== '-') return undefined;
    if (Object.hasOwn(CHOICES, name) && !CHOICES[name].includes(value)) return undefined;
    out[key] = isArray ? [...((out[key] as string[] | undefined) ?? []), value] : value;
  }
  if (files[0] !== undefined) out.summary = files[0];
  if (files[1] !== undefined) out.source = files[1];
  return out as unknown as CliArgs & { _: string[] };
}

const camel = (s: string) => s.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** The options of `isnad check` (run.ts declares them for yargs), by kind; --print-config is left to yargs. */
const STRINGS = new Set([
  'output',
  'out-dir',
  'max-warnings',
  'config',
  'locale',
  'corpus',
  'manifest',
  'changed-since',
  'shard',
  'shard-count',
  'workers',
  'lang',
  'summary-lang',
  'source-lang',
  'encoding',
  'summary-encoding',
  'source-encoding',
  'stdin-filename',
  'decisions',
  'max-bytes',
]);
const ARRAYS = new Set(['format', 'rule']);
const BOOLEANS = new Set(['clean', 'exit-zero', 'quiet', 'color', 'allow-empty', 'prune-decisions']);
const CHOICES: Record<string, readonly string[]> = {
  'fail-on': ['error', 'warning'],
  'input-format': ['auto', 'text', 'html', 'markdown'],
  precision: ['high', 'balanced', 'recall'],
};
const ALIASES: Record<string, string> = { f: 'format', o: 'output', c: 'config' };
