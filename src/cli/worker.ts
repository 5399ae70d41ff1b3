import { checkPair, type PairJob } from './pair-check.js';

/** A worker thread of the corpus pool (piscina): a batch of pairs per task, results in order. */
export default function run(jobs: PairJob[]) {
  return jobs.map(checkPair);
}
