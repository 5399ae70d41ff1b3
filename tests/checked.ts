import { check as realCheck } from '../src/check/check.js';
import { expectValidReport } from './report-schema.js';

/** The library's check(), with every report it makes validated against the published report schema. */
export const check: typeof realCheck = (summary, source, options) => {
  const r = realCheck(summary, source, options);
  expectValidReport(r);
  return r;
};
