import { describe, it, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse } from 'yaml';
import { jumpHash, resolveShard, shardIndexOf, shardOf } from '../src/cli/shard.js';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'isnad.js');
const SEED = path.join(ROOT, 'corpus', 'libya-sirte-2016');
const ids = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ id: `pair-${String(i + from).padStart(5, '0')}` }));

describe('shards by a stable hash of the pair id', () => {
  it('puts every pair in exactly one shard, about evenly', () => {
    const pairs = ids(1000);
    const shards = [1, 2, 3, 4].map((k) => shardOf(pairs, { k, n: 4 }));
    expect(
      shards
        .flat()
        .map((p) => p.id)
        .sort(),
    ).toEqual(pairs.map((p) => p.id));
    for (const s of shards) {
      expect(s.length).toBeGreaterThan(200);
      expect(s.length).toBeLessThan(300);
    }
  });

  it('moves no pair when one is added to 100, whatever its name sorts before', () => {
    const before = [...ids(100, 1)];
    const after = [{ id: 'pair-00000' }, ...before]; // first in id order: round robin moved most pairs here
    const assignment = (list: { id: string }[], n: number) =>
      new Map(Array.from({ length: n }, (_, k) => shardOf(list, { k: k + 1, n }).map((p) => [p.id, k] as const)).flat());
    for (const n of [2, 4, 7]) {
      const a = assignment(before, n),
        b = assignment(after, n);
      expect(b.size).toBe(101);
      expect(before.filter((p) => a.get(p.id) !== b.get(p.id))).toEqual([]);
    }
  });

  it('moves about 1/(n + 1) of the pairs, all to the new shard, when a shard is added', () => {
    const pairs = ids(2000).map((p) => p.id);
    for (const n of [1, 3, 4, 9]) {
      const movers = pairs.filter((id) => shardIndexOf(id, n) !== shardIndexOf(id, n + 1));
      for (const id of movers) expect(shardIndexOf(id, n + 1)).toBe(n);
      expect(movers.length / pairs.length).toBeGreaterThan(0.7 / (n + 1));
      expect(movers.length / pairs.length).toBeLessThan(1.3 / (n + 1));
    }
  });

  it('jump hash: a bucket below n; a key that moves when n grows moves to the new bucket', () => {
    for (let i = 0n; i < 200n; i++) {
      const key = (i * 0x9e3779b97f4a7c15n) & ((1n << 64n) - 1n);
      let last = 0;
      for (let n = 1; n <= 40; n++) {
        const b = jumpHash(key, n);
        expect(b).toBeGreaterThanOrEqual(0);
        expect(b).toBeLessThan(n);
        if (n > 1 && b !== last) expect(b).toBe(n - 1);
        last = b;
      }
    }
  });
});

describe("the shard from a scheduler's environment", () => {
  it("reads a Kubernetes Indexed Job's index with the count given once (flag or ISNAD_SHARD_COUNT)", () => {
    expect(resolveShard(undefined, undefined, { JOB_COMPLETION_INDEX: '2', ISNAD_SHARD_COUNT: '4' })).toMatchObject({ k: 3, n: 4 });
    expect(resolveShard('auto', '5', { JOB_COMPLETION_INDEX: '0' })).toMatchObject({ k: 1, n: 5 });
    expect(resolveShard(undefined, '5', { JOB_COMPLETION_INDEX: '4', ISNAD_SHARD_COUNT: '9' })).toMatchObject({ k: 5, n: 5 }); // the flag wins
    expect(() => resolveShard('auto', undefined, { JOB_COMPLETION_INDEX: '1' })).toThrow(
      /JOB_COMPLETION_INDEX is set but not the number of shards: give --shard-count N or ISNAD_SHARD_COUNT/,
    );
    expect(() => resolveShard(undefined, undefined, { JOB_COMPLETION_INDEX: '4', ISNAD_SHARD_COUNT: '4' })).toThrow(
      /JOB_COMPLETION_INDEX=4 is not a shard of 4 \(ISNAD_SHARD_COUNT=4\)/,
    );
    expect(() => resolveShard(undefined, undefined, { JOB_COMPLETION_INDEX: 'x', ISNAD_SHARD_COUNT: '4' })).toThrow(
      /JOB_COMPLETION_INDEX must be a whole number ≥ 0 \(got "x"\)/,
    );
    expect(() => resolveShard(undefined, undefined, { ISNAD_SHARD_COUNT: '4' })).toThrow(/ISNAD_SHARD_COUNT: no shard index in the environment/);
    expect(() => resolveShard(undefined, '0', { JOB_COMPLETION_INDEX: '0' })).toThrow(/--shard-count must be a whole number ≥ 1/);
  });

  it("reads a CI matrix: isnad's own variables (GitHub's strategy.job-index/job-total), GitLab's parallel only with --shard auto", () => {
    expect(resolveShard(undefined, undefined, { ISNAD_SHARD_INDEX: '3', ISNAD_SHARD_COUNT: '4' })).toMatchObject({ k: 4, n: 4 });
    expect(resolveShard('auto', undefined, { CI_NODE_INDEX: '1', CI_NODE_TOTAL: '3' })).toMatchObject({ k: 1, n: 3 });
    expect(resolveShard(undefined, undefined, { CI_NODE_INDEX: '1', CI_NODE_TOTAL: '3' })).toBeUndefined();
    expect(() => resolveShard('auto', undefined, { CI_NODE_INDEX: '4', CI_NODE_TOTAL: '3' })).toThrow(
      /CI_NODE_INDEX=4 is not a shard of 3 \(CI_NODE_TOTAL=3\).*1-based/,
    );
    expect(() => resolveShard('auto', undefined, {})).toThrow(
      /--shard auto: no shard index in the environment \(ISNAD_SHARD_INDEX, JOB_COMPLETION_INDEX, CI_NODE_INDEX\)/,
    );
    expect(resolveShard(undefined, undefined, {})).toBeUndefined();
  });

  it('takes --shard K/N as given, and refuses a --shard-count that disagrees', () => {
    expect(resolveShard('2/4', undefined, { JOB_COMPLETION_INDEX: '0', ISNAD_SHARD_COUNT: '8' })).toMatchObject({ k: 2, n: 4 });
    expect(() => resolveShard('2/4', '3', {})).toThrow(/--shard 2\/4 and --shard-count 3 disagree/);
    expect(() => resolveShard('2-4', undefined, {})).toThrow(/--shard must be K\/N, for example 1\/4, or auto \(got "2-4"\)/);
  });
});

/** The documented examples, run as written over a small corpus: every pair in one shard, the merge equal to one run. */
describe('docs/examples: the shard arithmetic of the GitHub Actions matrix and the Kubernetes Indexed Job', () => {
  let work: string;
  // the scheduler variables of the machine running the tests must not leak into the simulated jobs
  const baseEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(ISNAD_|JOB_COMPLETION_INDEX$|CI_NODE_)/.test(k)));
  const sh = (cmd: string, cwd: string, env: Record<string, string> = {}) => {
    const r = spawnSync('bash', ['-c', cmd.replace(/\bnpx isnad\b/g, `node ${JSON.stringify(BIN)}`)], { cwd, env: { ...baseEnv, ...env }, encoding: 'utf8' });
    if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd}: exit ${r.status}: ${r.stderr}`);
    return r;
  };
  const pairsOf = (file: string): string[] => JSON.parse(fs.readFileSync(file, 'utf8')).pairs.map((p: { pair: string }) => p.pair);
  /** A fresh folder holding corpus/ (the seed pair and 13 small English pairs) and the single run's report. */
  const fresh = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-shard-docs-'));
    fs.cpSync(work, dir, { recursive: true });
    return dir;
  };

  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-shard-corpus-'));
    const src = 'The ministry reported 1,200 new cases of cholera in the north last week. Aid agencies sent 40 tonnes of supplies, the UN said.';
    for (let i = 0; i < 14; i++) {
      const d = path.join(work, 'corpus', `pair-${String(i).padStart(2, '0')}`);
      fs.mkdirSync(d, { recursive: true });
      if (i === 0) {
        fs.copyFileSync(path.join(SEED, 'summary.txt'), path.join(d, 'summary.txt'));
        fs.copyFileSync(path.join(SEED, 'source.txt'), path.join(d, 'source.txt'));
        continue;
      }
      fs.writeFileSync(path.join(d, 'source.txt'), src);
      fs.writeFileSync(
        path.join(d, 'summary.txt'),
        i % 3 ? `The ministry reported ${1200 + (i % 2) * 300} new cholera cases.` : `Aid agencies sent ${40 + i} tonnes of supplies.`,
      );
    }
    sh('npx isnad check --corpus corpus --workers 1 -f json:single.json', work);
  }, 60_000);

  it("GitHub Actions: each matrix job checks its shard, and the merge job's report is the single run's", () => {
    const wf = parse(fs.readFileSync(path.join(ROOT, 'docs/examples/github-actions-shards.yml'), 'utf8'));
    const job = wf.jobs.check;
    const total = job.strategy.matrix.shard.length; // strategy.job-total: the matrix has this one dimension
    expect(Object.keys(job.strategy.matrix)).toEqual(['shard']);
    const step = job.steps.find((s: { run?: string }) => s.run?.includes('isnad check'));
    const merge = wf.jobs.merge.steps.find((s: { run?: string }) => s.run?.includes('isnad merge'));
    expect(wf.jobs.merge.needs).toBe('check');
    const dir = fresh();
    const seen: string[] = [];
    for (let i = 0; i < total; i++) {
      const expr = (s: string) => s.replace(/\$\{\{\s*strategy\.job-index\s*\}\}/g, String(i)).replace(/\$\{\{\s*strategy\.job-total\s*\}\}/g, String(total));
      expect(expr(step.run)).not.toMatch(/\$\{\{/); // nothing left that the test does not know
      const env = Object.fromEntries(Object.entries(step.env as Record<string, string>).map(([k, v]) => [k, expr(String(v))]));
      const r = sh(expr(step.run), dir, env);
      expect(r.status).toBe(0);
      expect(r.stderr).toMatch(new RegExp(`isnad: shard ${i + 1}/${total} \\(ISNAD_SHARD_INDEX=${i}, ISNAD_SHARD_COUNT=${total}\\)`));
      seen.push(...pairsOf(path.join(dir, `isnad-shard-${i}.json`)));
    }
    expect(seen.sort()).toEqual(pairsOf(path.join(dir, 'single.json'))); // every pair in exactly one shard
    expect(seen.length).toBe(14);
    const m = sh(merge.run, dir);
    expect(m.status).toBe(1); // the seed pair has error flags: the merge job gates on them
    expect(fs.readFileSync(path.join(dir, 'isnad.json'), 'utf8')).toBe(fs.readFileSync(path.join(dir, 'single.json'), 'utf8'));
  }, 120_000);

  it("Kubernetes Indexed Job: the count given to isnad is the Job's, each index checks its shard, and the merge is the single run", () => {
    const job = parse(fs.readFileSync(path.join(ROOT, 'docs/examples/kubernetes-indexed-job.yaml'), 'utf8'));
    expect(job.kind).toBe('Job');
    expect(job.spec.completionMode).toBe('Indexed');
    const n = job.spec.completions;
    const c = job.spec.template.spec.containers[0];
    const env = Object.fromEntries(c.env.map((e: { name: string; value: string }) => [e.name, e.value]));
    expect(env.ISNAD_SHARD_COUNT).toBe(String(n)); // the count, given once more, must be the Job's
    expect(c.command).toEqual(['sh', '-c']);
    const dir = fresh();
    const seen: string[] = [];
    for (let i = 0; i < n; i++) {
      const r = sh(c.args[0], dir, { ...env, JOB_COMPLETION_INDEX: String(i) });
      expect(r.status).toBe(0);
      seen.push(...pairsOf(path.join(dir, 'reports', `shard-${i}.json`)));
    }
    expect(seen.sort()).toEqual(pairsOf(path.join(dir, 'single.json')));
    const m = sh(job.metadata.annotations['isnad.dev/merge'], dir);
    expect(m.status).toBe(1);
    expect(fs.readFileSync(path.join(dir, 'reports', 'isnad.json'), 'utf8')).toBe(fs.readFileSync(path.join(dir, 'single.json'), 'utf8'));
  }, 120_000);
});
