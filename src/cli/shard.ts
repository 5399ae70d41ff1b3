import { createHash } from 'node:crypto';
import { IsnadError } from '../errors.js';

/** Share `k` (1-based) of `n`; `from` says where it was read, for messages. */
export interface Shard {
  k: number;
  n: number;
  from?: string;
}

const MASK = (1n << 64n) - 1n;

/**
 * Jump consistent hash (Lamping and Veach, 2014): a bucket in [0, n) for a 64-bit key. A key keeps its
 * bucket when n grows, except the 1/(n + 1) of keys that move to the new one.
 */
export function jumpHash(key: bigint, n: number): number {
  let b = -1,
    j = 0;
  while (j < n) {
    b = j;
    key = (key * 2862933555777941757n + 1n) & MASK;
    j = Math.floor((b + 1) * (2 ** 31 / (Number(key >> 33n) + 1)));
  }
  return b;
}

/**
 * The shard (0-based) of a pair, from its id alone: a stable hash (SHA-256 of the id's UTF-8, its first
 * 8 bytes) through the jump hash. A pair's shard never depends on the other pairs, so adding or removing
 * pairs moves none of the rest, and going from n shards to n + 1 moves about 1/(n + 1) of them. Shards
 * are balanced in expectation, not to the pair (as round robin over the sorted ids was, which moved
 * nearly every pair when one was added near the start).
 */
export function shardIndexOf(id: string, n: number): number {
  return jumpHash(createHash('sha256').update(id, 'utf8').digest().readBigUInt64BE(0), n);
}

/** The pairs of share `k` of `n`, in their order. */
export function shardOf<T extends { id: string }>(pairs: T[], shard: { k: number; n: number }): T[] {
  return pairs.filter((p) => shardIndexOf(p.id, shard.n) === shard.k - 1);
}

/** `--shard K/N`. */
export function parseShard(spec: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(spec);
  if (!m) throw new IsnadError(`--shard must be K/N, for example 1/4, or auto (got "${spec}")`);
  const k = Number(m[1]),
    n = Number(m[2]);
  if (n < 1 || k < 1 || k > n) throw new IsnadError(`--shard ${spec}: K must be between 1 and N`);
  return { k, n, from: `--shard ${spec}` };
}

/**
 * Where a scheduler says which share a process is, as a 0-based index (or 1-based: GitLab), and the
 * count when it gives one. Looked at in this order; the first index found is taken.
 */
const INDEX_VARIABLES: { index: string; base: 0 | 1; total?: string }[] = [
  // isnad's own, for a CI matrix: GitHub Actions' ${{ strategy.job-index }} and ${{ strategy.job-total }}
  { index: 'ISNAD_SHARD_INDEX', base: 0 },
  // a Kubernetes Indexed Job (completionMode: Indexed) sets it in each pod; the count is the Job's
  // completions, which no pod sees: it is given once, as ISNAD_SHARD_COUNT or --shard-count
  { index: 'JOB_COMPLETION_INDEX', base: 0 },
  // GitLab CI's parallel: N
  { index: 'CI_NODE_INDEX', base: 1, total: 'CI_NODE_TOTAL' },
];

const wholeNumber = (name: string, v: string, min: number): number => {
  if (!/^\s*\d+\s*$/.test(v) || Number(v) < min || !Number.isSafeInteger(Number(v)))
    throw new IsnadError(`${name} must be a whole number ≥ ${min} (got "${v}")`);
  return Number(v);
};

/**
 * The shard a run is to check, or undefined for every pair. `--shard K/N` as given; `--shard auto`,
 * `--shard-count N` or ISNAD_SHARD_COUNT in the environment: the index from the scheduler's environment
 * (INDEX_VARIABLES) and the count from --shard-count, else ISNAD_SHARD_COUNT, else the scheduler's own
 * total (GitLab). GitLab's variables alone shard nothing without `--shard auto`: a job may be parallel
 * for other reasons.
 */
export function resolveShard(spec: string | undefined, countFlag: string | undefined, env: NodeJS.ProcessEnv): Shard | undefined {
  const flagCount = countFlag === undefined ? undefined : wholeNumber('--shard-count', countFlag, 1);
  if (spec !== undefined && spec !== 'auto') {
    const s = parseShard(spec);
    if (flagCount !== undefined && flagCount !== s.n) throw new IsnadError(`--shard ${spec} and --shard-count ${flagCount} disagree on the number of shards`);
    return s;
  }
  const envCount = env.ISNAD_SHARD_COUNT === undefined || env.ISNAD_SHARD_COUNT === '' ? undefined : env.ISNAD_SHARD_COUNT;
  if (spec === undefined && flagCount === undefined && envCount === undefined) return undefined;
  const found = INDEX_VARIABLES.find((v) => env[v.index] !== undefined && env[v.index] !== '');
  if (!found)
    throw new IsnadError(
      `${spec === 'auto' ? '--shard auto' : flagCount !== undefined ? '--shard-count' : 'ISNAD_SHARD_COUNT'}: no shard index in the environment (${INDEX_VARIABLES.map((v) => v.index).join(', ')}); give --shard K/N, or set one of them`,
    );
  const n =
    flagCount ??
    (envCount !== undefined ? wholeNumber('ISNAD_SHARD_COUNT', envCount, 1) : undefined) ??
    (found.total && env[found.total] ? wholeNumber(found.total, env[found.total]!, 1) : undefined);
  const countFrom = flagCount !== undefined ? `--shard-count ${flagCount}` : envCount !== undefined ? `ISNAD_SHARD_COUNT=${n}` : `${found.total}=${n}`;
  if (n === undefined)
    throw new IsnadError(
      `${found.index} is set but not the number of shards: give --shard-count N or ISNAD_SHARD_COUNT=N (for a Kubernetes Indexed Job, its completions)`,
    );
  const index = wholeNumber(found.index, env[found.index]!, found.base) - found.base;
  if (index >= n)
    throw new IsnadError(
      `${found.index}=${env[found.index]} is not a shard of ${n} (${countFrom}): the index must be below the count${found.base ? ' (1-based: at most the count)' : ''}`,
    );
  return { k: index + 1, n, from: `${found.index}=${env[found.index]}, ${countFrom}` };
}
