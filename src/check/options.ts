import type { Thresholds } from './context.js';
import type { OperatingPoint } from './model.js';
import type { RuleId, Severity } from './types.js';
import type { LexiconPaths } from '../xling/lexicon.js';
import type { Locale } from './messages.js';
import type { SpanModel } from './span-model.js';

/** What a caller of `check` may set: languages, rules, thresholds, names in reports, the claim model's operating point. */
export interface CheckOptions {
  /** Language of each text ('ar', 'en', …); detected when absent. */
  summaryLang?: string;
  sourceLang?: string;
  /** Per rule: a severity, or 'off'. */
  rules?: Partial<Record<RuleId, Severity | 'off'>>;
  thresholds?: Partial<Thresholds>;
  /** Names shown in reports (paths relative to the working directory, or labels). */
  files?: { summary: string; source: string };
  encodings?: { summary: string; source: string };
  pair?: string;
  /** The operating point of the claim model: which claims are errors (README, "Operating points"). */
  precision?: OperatingPoint;
  /** Where the cross-language lexicon is (default: the Debian packages' folders; see src/xling/lexicon.ts). */
  lexicon?: LexiconPaths;
  /** The language of the flags' messages (`en`, the default, or `ar`); `messageId` and `data` are the same in every locale. */
  locale?: Locale;
  /** The span model that marks more words of a claim judged unsupported (check/span-model.ts): null for none, as `npm run train:spans` reads the check. */
  spanModel?: SpanModel | null;
}
