/**
 * isnad's library API: the CLI is a thin layer over these.
 *
 * Stable (kept across minor versions; a change is a CHANGELOG entry under "Breaking"): `check`,
 * `checkDocs` with `analyze` (both with the review stage: `decisions` in their options, `decisionFor`), their options and the report types (`Report`, `Flag`, … and the JSON
 * schema in schemas/), `RULE_IDS`, `DEFAULT_THRESHOLDS`, the formatters, `IsnadError`, `VERSION`, and the
 * messages: each rule's `meta` (`docs.url`, and `messages`, whose ids are kept once given), `renderMessage`,
 * `formatMessage`, `localizeFlags` and `LOCALES`.
 * Offered as they are (they may change with the engine): `RULES` (read their id, severity,
 * description, help and meta; `run` and its context are the engine's), `splitSentences`, `tokenize`,
 * `normalizeToken`, `decode`, `detectLanguage`, `similarity` and `buildIdf`.
 * The engine itself (the source index, the aligner, token stores, the claim model) is not exported:
 * import it from its module at your own risk (docs/ARCHITECTURE.md).
 */
export { check, checkDocs, type ReviewedCheckOptions } from './review/stage.js';
export type { CheckOptions } from './check/options.js';
export { decisionFor, type Decision } from './review/decisions.js';
export type { Report, Flag, MessageData, Alignment, Severity, RuleId, ReportUnit, ReportClaim, DocumentReport } from './check/types.js';
export { renderMessage, formatMessage, localizeFlags, LOCALES, type Locale } from './check/messages.js';
export { RULE_IDS } from './check/types.js';
export { RULES } from './check/rules/index.js';
export { DEFAULT_THRESHOLDS, type Thresholds, type RuleMeta } from './check/context.js';
export { analyze, type Doc, type Sentence, type Claim, type UnitKind } from './text/document.js';
export { splitSentences } from './text/sentences.js';
export { tokenize, type Token } from './text/tokenize.js';
export { normalizeToken } from './text/normalize.js';
export { decode, type Decoded } from './text/decode.js';
export { detectLanguage } from './text/lang.js';
export { similarity, buildIdf } from './align/similarity.js';
export type { Idf } from './align/weights.js';
export {
  FORMATTERS,
  formatterFor,
  streamFormatterFor,
  type Formatter,
  type StreamFormatter,
  type FormatOptions,
  type Results,
  type BrokenPair,
} from './report/registry.js';
export { IsnadError } from './errors.js';
export { VERSION } from './version.js';
