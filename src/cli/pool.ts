import os from 'node:os';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkPair, type PairJob, type PairResult } from './pair-check.js';
import type { Progress } from './progress.js';

/**
 * Checks many pairs, on all cores with a worker pool (piscina) when there is more than one pair and
 * more than one worker. Results come back in input order, whatever finishes first.
 */
export async function runPairs(jobs: PairJob[], workers: number, progress?: Progress): Promise<PairResult[]> {
  const workerFile = fileURLToPath(new URL('./worker.js', import.meta.url));
  // from TypeScript sources (tests) there is no compiled worker: run in this thread
  if (workers <= 1 || jobs.length <= 1 || !fs.existsSync(workerFile)) {
    return jobs.map((j) => { const r = checkPair(j); progress?.tick(); return r; });
  }
  const { Piscina } = await import('piscina');
  const threads = Math.min(workers, jobs.length);
  const pool = new Piscina({ filename: workerFile, minThreads: threads, maxThreads: threads, idleTimeout: 100 });
  // small batches: a task per pair cost a round trip to this thread between pairs, and measured
  // barely faster than one thread; a few batches per worker still balance uneven pairs
  const size = Math.max(1, Math.min(BATCH_MAX, Math.ceil(jobs.length / (threads * 8))));
  const batches: PairJob[][] = [];
  for (let i = 0; i < jobs.length; i += size) batches.push(jobs.slice(i, i + size));
  try {
    const done = await Promise.all(batches.map(async (b) => { const r = (await pool.run(b)) as PairResult[]; for (let k = 0; k < r.length; k++) progress?.tick(); return r; }));
    return done.flat();
  } finally {
    await pool.destroy();
  }
}

/** Most pairs in one worker task. */
const BATCH_MAX = 16;

export const defaultWorkers = (): number => Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
