/** isnad's library API: the CLI is a thin layer over these. */
export { check, checkDocs, type CheckOptions } from './check/check.js';
export type { Report, Flag, Alignment, Severity, RuleId, ReportUnit, ReportClaim, DocumentReport } from './check/types.js';
export { RULE_IDS } from './check/types.js';
export { RULES } from './check/rules/index.js';
export { DEFAULT_THRESHOLDS, type Thresholds } from './check/context.js';
export { analyze, tokenForms, type Doc, type Sentence, type Claim, type UnitKind, type TokenForms } from './text/document.js';
export { splitSentences } from './text/sentences.js';
export { tokenize, scanTokens, TokenStore, type Token, type TokenForm } from './text/tokenize.js';
export { normalizeToken } from './text/normalize.js';
export { decode, type Decoded } from './text/decode.js';
export { detectLanguage } from './text/lang.js';
export { similarity, buildIdf } from './align/similarity.js';
export { Idf } from './align/weights.js';
export { SourceIndex } from './align/source-index.js';
export type { Support } from './align/support.js';
export { FORMATTERS, formatterFor, streamFormatterFor, type Formatter, type StreamFormatter, type Results } from './report/registry.js';
export { IsnadError } from './errors.js';
export { VERSION } from './version.js';
