import { checkPair, type PairJob } from './pair-check.js';

/** A worker thread of the corpus pool (piscina): one pair per task. */
export default function run(job: PairJob) {
  return checkPair(job);
}
