import type { RuleId } from '../types.js';

/** The words the formatters write around the rules' messages (English in src/check/messages.ts). */
export interface Labels {
  /** What the source says where the rule compared the texts: shown beside a flag that has `expected`. */
  sourceSays: string;
}

/** A language's messages: a template per rule and message id, translations of English data values, and the formatters' labels. */
export interface Catalog {
  messages: Record<RuleId, Record<string, string>>;
  /** Per data key, the translation of each English value a rule writes there (a language's name, an entity class). */
  terms: Record<string, Record<string, string>>;
  labels: Labels;
}
