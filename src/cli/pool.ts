import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkPair, type PairJob, type PairResult } from './pair-check.js';
import type { Progress } from './progress.js';

/**
 * Checks many pairs on up to `workers` threads: this one and up to `workers - 1` worker isolates
 * (piscina), as many as the input's size repays (BYTES_PER_ISOLATE). Results come back in input order, whatever
 * finishes first. This thread takes a share because it has the check loaded already: an isolate costs its
 * start and its own compilation of the check (bench/README.md, eleventh round), and every report it makes
 * is copied back to this thread.
 */
export async function runPairs(jobs: PairJob[], workers: number, progress?: Progress): Promise<PairResult[]> {
  const workerFile = workerModule();
  // from TypeScript sources (tests) there is no compiled worker: run in this thread
  if (workers <= 1 || jobs.length <= 1 || !fs.existsSync(workerFile)) {
    return jobs.map((j) => {
      const r = checkPair(j);
      progress?.tick();
      return r;
    });
  }
  // an isolate repays its start and its compilation only on enough work: one per BYTES_PER_ISOLATE of input
  const isolates = Math.min(workers - 1, jobs.length - 1, Math.floor(inputBytes(jobs) / bytesPerIsolate()));
  if (isolates < 1)
    return jobs.map((j) => {
      const r = checkPair(j);
      progress?.tick();
      return r;
    });
  const { Piscina } = await import('piscina');
  // two tasks in each worker at once: while this thread checks a pair it cannot hand a worker its next task
  const pool = new Piscina({ filename: workerFile, minThreads: isolates, maxThreads: isolates, idleTimeout: 100, concurrentTasksPerWorker: 2 });
  // small batches: a task per pair cost a round trip to this thread between pairs, and measured
  // barely faster than one thread; a few batches per worker still balance uneven pairs
  const size = Math.max(1, Math.min(BATCH_MAX, Math.ceil(jobs.length / ((isolates + 1) * 8))));
  const batches: PairJob[][] = [];
  for (let i = 0; i < jobs.length; i += size) batches.push(jobs.slice(i, i + size));
  const done: PairResult[][] = new Array(batches.length);
  let next = 0;
  const feed = async () => {
    for (let i = next++; i < batches.length; i = next++) {
      done[i] = (await pool.run(batches[i])) as PairResult[];
      for (let k = 0; k < done[i].length; k++) progress?.tick();
    }
  };
  // this thread: a pair at a time, then the event loop, so that finished workers get their next batch
  const here = async () => {
    for (let i = next++; i < batches.length; i = next++) {
      const out: PairResult[] = [];
      for (const j of batches[i]) {
        out.push(checkPair(j));
        progress?.tick();
        await new Promise((r) => setImmediate(r));
      }
      done[i] = out;
    }
  };
  try {
    await Promise.all([...Array.from({ length: 2 * isolates }, feed), here()]);
    return done.flat();
  } finally {
    await pool.destroy();
  }
}

/**
 * The worker's module: its bundle (one file, tools/bundle-cli.mjs: an isolate loads it faster than tsc's 60-odd
 * modules) when it is at least as new as tsc's worker.js, else worker.js. From the bundled CLI, worker.js is
 * beside it too: both are in dist/cli.
 */
function workerModule(): string {
  const plain = fileURLToPath(new URL('./worker.js', import.meta.url)),
    bundle = fileURLToPath(new URL('./worker.mjs', import.meta.url));
  try {
    if (fs.statSync(bundle).mtimeMs >= fs.statSync(plain).mtimeMs) return bundle;
  } catch {
    /* no bundle: tsc's module */
  }
  return plain;
}

/**
 * Input bytes that one more isolate needs to be worth its start (the bench's corpus step, seed-sized pairs
 * of about 8 KB, on 2 shared cores, 2026-12-03: with this thread and one isolate, 100 pairs (0.8 MB) ran
 * 0.68× one thread, 1,000 pairs (8 MB) 0.99×, 10,000 pairs (80 MB) 1.07×).
 */
export const BYTES_PER_ISOLATE = 8 * 2 ** 20;
/** ISNAD_BYTES_PER_ISOLATE overrides it: another machine's measurement, or a test of the pool on small pairs. */
const bytesPerIsolate = (): number => {
  const v = Number(process.env.ISNAD_BYTES_PER_ISOLATE);
  return Number.isFinite(v) && v > 0 ? v : BYTES_PER_ISOLATE;
};

/** The bytes of the pairs' files (standard input and missing files count nothing). */
function inputBytes(jobs: PairJob[]): number {
  let n = 0;
  for (const j of jobs)
    for (const f of [j.spec.summary, j.spec.source]) {
      if (f === '-') continue;
      try {
        n += fs.statSync(f).size;
      } catch {
        /* a broken pair: reported by its check */
      }
    }
  return n;
}

/** Most pairs in one worker task. */
const BATCH_MAX = 16;

// node:os is outside Node's start-up snapshot: loaded when the core count is asked for (several pairs)
export const defaultWorkers = (): number => {
  const os = process.getBuiltinModule('node:os');
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
};
