export type Severity = 'error' | 'warning' | 'info';

export const RULE_IDS = [
  'unsupported-claim',
  'unsupported-span',
  'unknown-name',
  'number-mismatch',
  'negation-mismatch',
  'antonym-mismatch',
  'entity-mismatch',
  'attribution-mismatch',
  'hedge-dropped',
  'omission',
  'language-mismatch',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** The values of a message's placeholders ("{{actual}}" in its template). */
export type MessageData = Record<string, string | number>;

/**
 * A message as plain data (vfile-message, ESLint's lint message): a rule, a place, a reason, and what
 * the source says against what the summary says when the rule knows it.
 */
export interface Flag {
  rule: RuleId;
  severity: Severity;
  document: 'summary' | 'source';
  /** UTF-16 offsets into the decoded text; text.slice(start, end) is `text`. */
  start: number;
  end: number;
  text: string;
  /** The message, rendered from the rule's template for `messageId` with `data` (English unless a locale was asked for). */
  message: string;
  /** The key of the message's template in its rule's `meta.messages` (docs/rules.md). */
  messageId: string;
  /** The values of the template's placeholders: a consumer can render the message in another language. */
  data: MessageData;
  /** What the source says where the rule compared the two (the source's figure, word, entity or speaker). */
  expected?: string;
  /** What the summary says there (its figure, word, entity or speaker). */
  actual?: string;
  /** 1-based line and column (UTF-16 code units) of `start`. */
  line: number;
  column: number;
  /** 1-based line and column (UTF-16 code units) of `end`: the place just after the flagged words (exclusive, as in SARIF and ESLint). */
  endLine: number;
  endColumn: number;
  /** The claim or source sentence the flag is about. */
  unit: string;
  /** Source sentences the claim was compared with. */
  sources?: string[];
  /** Up to three words on each side, as matching keys: what review decisions are keyed by (with the words). */
  context: { before: string; after: string };
  /** Set when an editorial decision accepted this flag. */
  suppressed?: { reason: string; by: string };
}

export interface ReportUnit {
  id: string;
  start: number;
  end: number;
  text: string;
  kind: string;
  /** 1-based line/column of start. */
  line: number;
  column: number;
}

export interface ReportClaim extends ReportUnit {
  sentence: string;
  /** The claim model's chance that the claim is unsupported (0..1; checked claims only). */
  pUnsupported?: number;
}

export interface Alignment {
  /** Summary sentence or claim id. */
  summary: string;
  /** Source sentence ids, best first. */
  sources: string[];
  /** Share of the unit's weighted content words that the sources carry (0..1). */
  score: number;
}

export interface DocumentReport {
  file: string;
  lang: string;
  dir: 'rtl' | 'ltr' | 'auto';
  encoding: string;
  sentences: ReportUnit[];
}

export interface Report {
  tool: { name: 'isnad'; version: string };
  pair?: string;
  summary: DocumentReport & { claims: ReportClaim[] };
  source: DocumentReport;
  alignments: Alignment[];
  flags: Flag[];
  stats: {
    sentences: { summary: number; source: number };
    claims: number;
    supportedClaims: number;
    /** Mean support score over the summary's checked claims (0..1). */
    support: number;
    flags: Record<Severity, number>;
    byRule: Partial<Record<RuleId, number>>;
    suppressed: number;
    /**
     * The summary's score: the highest pUnsupported of its checked claims (0 when it has none). Absent
     * for a translation checked against its original in another language: the claim model was not
     * trained on such pairs, and their rules decide alone (src/xling).
     */
    pUnsupported?: number;
    /** The operating point that decided which claims are errors (absent with pUnsupported). */
    precision?: 'high' | 'balanced' | 'recall';
  };
}
