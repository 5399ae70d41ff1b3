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
  const pool = new Piscina({ filename: workerFile, minThreads: Math.min(workers, jobs.length), maxThreads: Math.min(workers, jobs.length), idleTimeout: 100 });
  try {
    return await Promise.all(jobs.map(async (j) => { const r = (await pool.run(j)) as PairResult; progress?.tick(); return r; }));
  } finally {
    await pool.destroy();
  }
}

export const defaultWorkers = (): number => Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
