import { describe, it, expect, vi, beforeEach } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { spawnSync } from 'node:child_process';
import { heapFlagFor, holdHeapGrowth, LARGE_INPUT_BYTES, HEAP_GROWING_PERCENT } from '../src/cli/heap.js';
import { runCli } from '../src/cli/run.js';

// the CLI's call, recorded (the real function still runs)
const calls = vi.hoisted(() => [] as number[]);
vi.mock('../src/cli/heap.js', async (real) => {
  const m = await real<typeof import('../src/cli/heap.js')>();
  return { ...m, holdHeapGrowth: (bytes: number, ...rest: []) => (calls.push(bytes), m.holdHeapGrowth(bytes, ...rest)) };
});

const ROOT = path.resolve(__dirname, '..');
const PAIR = path.join(ROOT, 'corpus', 'libya-sirte-2016');
const FLAG = `--heap-growing-percent=${HEAP_GROWING_PERCENT}`;

describe("the CLI's heap growth for large inputs (heapFlagFor)", () => {
  it('is set from LARGE_INPUT_BYTES up, and not below', () => {
    expect(heapFlagFor(LARGE_INPUT_BYTES - 1, [], undefined)).toBeUndefined();
    expect(heapFlagFor(LARGE_INPUT_BYTES, [], undefined)).toBe(FLAG);
    expect(heapFlagFor(200e6, [], '')).toBe(FLAG);
  });

  it("a user's own heap setting wins, on node's command line or in NODE_OPTIONS, in either spelling", () => {
    for (const own of ['--max-old-space-size=3000', '--max_old_space_size=900', '--max-heap-size=2000', '--heap-growing-percent=80', '--optimize-for-size']) {
      expect(heapFlagFor(200e6, [own], undefined)).toBeUndefined();
      expect(heapFlagFor(200e6, ['--enable-source-maps'], `--trace-warnings ${own}`)).toBeUndefined();
    }
    // other flags are no choice about the heap
    expect(heapFlagFor(200e6, ['--enable-source-maps', '--max-semi-space-size=64'], '--trace-warnings')).toBe(FLAG);
  });

  it('is given to V8 when chosen, and only then', () => {
    const set = vi.spyOn(v8, 'setFlagsFromString').mockImplementation(() => {});
    try {
      expect(holdHeapGrowth(200e6, [], undefined)).toBe(FLAG);
      expect(set).toHaveBeenCalledExactlyOnceWith(FLAG);
      expect(holdHeapGrowth(200e6, ['--max-old-space-size=3000'], undefined)).toBeUndefined();
      expect(holdHeapGrowth(1000, [], undefined)).toBeUndefined();
      expect(set).toHaveBeenCalledTimes(1);
    } finally {
      set.mockRestore();
    }
  });

  it("reads node's own command line and NODE_OPTIONS in a real process", () => {
    const script = `import('${path.join(ROOT, 'dist', 'cli', 'heap.js').replace(/\\/g, '/')}').then((m) => console.log(String(m.heapFlagFor(2e8, process.execArgv, process.env.NODE_OPTIONS))))`;
    const run = (args: string[], env: Record<string, string | undefined>) =>
      spawnSync(process.execPath, [...args, '-e', script], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: undefined, ...env } }).stdout.trim();
    expect(run([], {})).toBe(FLAG);
    expect(run(['--max-old-space-size=3000'], {})).toBe('undefined');
    expect(run([], { NODE_OPTIONS: '--max-old-space-size=3000' })).toBe('undefined');
  });
});

describe('isnad check asks for it with the size of its inputs', () => {
  beforeEach(() => {
    calls.length = 0;
  });
  const io = () => ({ stdout: () => {}, stderr: () => {} });

  it("a single pair: the two files' bytes together", async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-heap-')), 'r.json');
    const summary = path.join(PAIR, 'summary.txt'),
      source = path.join(PAIR, 'source.txt');
    await runCli(['check', summary, source, '--format', `json:${out}`, '--exit-zero'], io());
    expect(calls).toEqual([fs.statSync(summary).size + fs.statSync(source).size]);
  });

  it('not for a corpus (its pairs are checked one by one, in workers)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-heap-'));
    await runCli(['check', '--corpus', path.join(ROOT, 'corpus'), '--out-dir', dir, '--exit-zero', '--workers', '1'], io());
    expect(calls).toEqual([]);
  });
});
