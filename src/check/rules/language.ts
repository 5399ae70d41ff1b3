import { ruleDocsUrl, type Rule } from '../context.js';

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
  meta: {
    docs: { url: ruleDocsUrl('language-mismatch') },
    messages: {
      noLexiconInstalled:
        'the summary is in {{summaryLang}} and the source in {{sourceLang}}: the Arabic–English lexicon is not installed (install the Arabic–English lexicon: apt-get install {{packages}}); only numbers, names and listed places, months and days were compared',
      noLexicon:
        'the summary is in {{summaryLang}} and the source in {{sourceLang}}: isnad has no lexicon for this pair of languages; only numbers, names and listed places, months and days were compared',
    },
  },
  run() {
    /* raised by the cross-language check */
  },
};
