import { check as checkTexts, checkDocs as checkDocuments } from '../check/check.js';
import type { CheckOptions } from '../check/options.js';
import type { Report } from '../check/types.js';
import type { Doc } from '../text/document.js';
import { applyDecisions, type Decision } from './decisions.js';

/** The check's options, and the review decisions to honour (an `isnad-decisions.json`'s `decisions`). */
export interface ReviewedCheckOptions extends CheckOptions {
  /**
   * Decisions an editor made: a flag one of them accepts is reported with `suppressed` (its reason and who
   * decided) and `stats.suppressed` counts them, as the CLI's reports do. A decision is keyed by the pair:
   * the report's `pair`, or its summary file (`files.summary`, `summary` by default).
   */
  decisions?: readonly Decision[];
}

/**
 * The library's check: the check stage (check/), then the review stage (review/), so that a library user
 * gets what the CLI reports. The review is a stage above the check: check/ never reads decisions.
 */
export function check(summaryText: string, sourceText: string, options: ReviewedCheckOptions = {}): Report {
  const { decisions, ...rest } = options;
  return reviewed(checkTexts(summaryText, sourceText, rest), decisions);
}

/** checkDocs with the review stage. */
export function checkDocs(summary: Doc, source: Doc, options: ReviewedCheckOptions = {}): Report {
  const { decisions, ...rest } = options;
  return reviewed(checkDocuments(summary, source, rest), decisions);
}

function reviewed(r: Report, decisions: readonly Decision[] | undefined): Report {
  return decisions?.length ? applyDecisions([r], [...decisions]).reports[0] : r;
}
