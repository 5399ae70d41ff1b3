import type { Rule } from '../context.js';

/**
 * The summary and the source are in different languages and isnad has no bridge between them (the
 * Arabic–English lexicon is not installed, or the pair is another). Raised by the cross-language
 * check (src/xling/check.ts), once per pair, instead of an unsupported-claim flag on every claim;
 * a same-language check never raises it. A warning: the exit code stays what the other flags make it
 * (`--rule language-mismatch=error` makes such a pair fail).
 */
export const languageMismatch: Rule = {
  id: 'language-mismatch',
  severity: 'warning',
  description:
    'The summary and the source are in different languages, and no lexicon bridges them: only numbers, names and listed places, months and days were compared.',
  help: 'For Arabic and English, install the lexicon: apt-get install dict-freedict-ara-eng dict-freedict-eng-ara hunspell-ar wordnet-base. Otherwise check the pair in one language.',
  run() {
    /* raised by the cross-language check */
  },
};
