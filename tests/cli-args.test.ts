import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { fastArgs } from '../src/cli/fast-args.js';
import { parseWithYargs, STDIN } from '../src/cli/run.js';

// The keys of CliArgs (src/cli/shared.ts) and the command: all that the CLI reads of a parsed command line.
const KEYS = [
  '_',
  'summary',
  'source',
  'reports',
  'precision',
  'format',
  'output',
  'corpus',
  'manifest',
  'outDir',
  'clean',
  'changedSince',
  'shard',
  'shardCount',
  'workers',
  'lang',
  'summaryLang',
  'sourceLang',
  'encoding',
  'summaryEncoding',
  'sourceEncoding',
  'inputFormat',
  'rule',
  'stdinFilename',
  'allowEmpty',
  'printConfig',
  'decisions',
  'pruneDecisions',
  'maxWarnings',
  'failOn',
  'exitZero',
  'quiet',
  'maxBytes',
  'color',
  'config',
  'locale',
] as const;
const pick = (o: Record<string, unknown>) => Object.fromEntries(KEYS.map((k) => [k, o[k]]));

/** Both readings of a command line: the fast one (or undefined, when it leaves the line to yargs) and yargs'. */
async function both(argv: string[]) {
  const fast = fastArgs(argv);
  const y = await parseWithYargs(argv);
  return { fast, y };
}

describe('the command line read without yargs (src/cli/fast-args.ts)', () => {
  it('reads the usual one-pair and corpus checks itself, as yargs does', async () => {
    const usual = [
      ['check', 'summary.txt', 'source.txt'],
      ['check', 'corpus/x/summary.txt', 'corpus/x/source.txt', '--no-config'],
      ['check', 's.md', 'src.html', '-f', 'json', '-o', 'report.json'],
      ['check', 's.txt', 't.txt', '-f', 'sarif:isnad.sarif', '-f', 'github', '--format=html:r.html', '--exit-zero'],
      ['check', '--corpus', 'corpus', '--out-dir', 'reports', '--exit-zero'],
      ['check', '--manifest', 'pairs.json', '--workers', '2', '--format', 'json:all.json', '--shard', '2/4', '--no-config'],
      ['check', STDIN, 'source.txt', '--stdin-filename', 'desk/summary.md', '--lang', 'ar', '--quiet', '--no-color'],
      ['check', 'a', 'b', '--rule', 'unknown-name=off', '--fail-on', 'warning', '--max-warnings', '0', '--precision', 'high', '-c', 'x.json'],
    ];
    for (const argv of usual) {
      const { fast, y } = await both(argv);
      expect(fast, argv.join(' ')).toBeDefined();
      expect(y.usageError, argv.join(' ')).toBeUndefined();
      expect(pick(fast as unknown as Record<string, unknown>), argv.join(' ')).toEqual(pick(y.args!));
    }
  });

  it("leaves to yargs what it does not read, and equals yargs' reading whenever it reads a line", async () => {
    const words = [
      'a.txt',
      'b.txt',
      'c',
      '1',
      'true',
      'false',
      STDIN,
      'json',
      'text',
      'ar',
      '2',
      '-1',
      'error',
      'warning',
      'high',
      'x',
      '',
      'sarif:o.sarif',
      'unknown-name=off',
      'merge',
      'check',
    ];
    const options = [
      '--format',
      '-f',
      '--format=json',
      '--rule',
      '--lang',
      '--lang=ar',
      '--lang=',
      '--no-config',
      '--config',
      '-c',
      '--no-color',
      '--color',
      '--color=false',
      '--quiet',
      '--no-quiet',
      '--exit-zero',
      '--fail-on',
      '--precision',
      '--input-format',
      '--workers',
      '--max-warnings',
      '--help',
      '-h',
      '--version',
      '--print-config',
      '--outDir',
      '--out-dir',
      '-o',
      '--output',
      '--',
      '-x',
      '-fjson',
      '--unknown',
      '--corpus',
      '--manifest',
      '--allow-empty',
      '--clean',
      '--prune-decisions',
      '--stdin-filename',
      '--shard',
      '--max-bytes',
      '--locale',
    ];
    const line = fc.tuple(
      fc.constantFrom('check', 'check', 'check', 'merge', '--quiet'),
      fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...options)), { maxLength: 8 }),
    );
    let read = 0;
    await fc.assert(
      fc.asyncProperty(line, async ([cmd, rest]) => {
        const argv = [cmd, ...rest];
        const { fast, y } = await both(argv);
        if (fast === undefined) return;
        read++;
        expect(y.usageError, argv.join(' ')).toBeUndefined();
        expect(y.output, argv.join(' ')).toBeUndefined();
        expect(pick(fast as unknown as Record<string, unknown>), JSON.stringify(argv)).toEqual(pick(y.args!));
      }),
      { numRuns: 250, seed: 25 },
    );
    // (the property says something: a good share of the generated lines are read without yargs)
    expect(read).toBeGreaterThan(30);
  });
});
