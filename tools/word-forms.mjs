// `npm run build` (tools/bundle-cli.mjs, after the bundle): dist/cli/word-forms.json, the token forms of the words the
// engine's modules read from lexicons/ as they load, which the bundled CLI then reads instead of computing them
// (src/text/word-forms.ts says what a row holds and when a table is read; bench/README.md, issue 25). The words: every
// word normalised while the CLI's modules load (tsc's modules, from which the bundle is made: the same code), and the
// words of the synonym groups, whose stems a check's first look-up asks. Each row by the definition
// (tokenize.ts, wordRowOf), stamped for the bundle of this build (its SHA-1), this Node and this stemmer.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const out = new URL('../dist/cli/word-forms.json', import.meta.url);
const script = new URL('../dist/cli/isnad.cjs', import.meta.url);

// the modules a check loads, as the bundle's entry loads them (their lexicons normalised as they load)
await import('../dist/cli/run.js');
const { normalizedWords } = await import('../dist/text/normalize.js');
const { synonymGroups } = await import('../dist/text/synonyms.js');
const { wordRowOf } = await import('../dist/text/tokenize.js');
const { encodeRow, wordFormsStamp, wordFormsText, WORD_FORMS } = await import('../dist/text/word-forms.js');
if (WORD_FORMS !== undefined) throw new Error('word-forms: a table is in use while the table is made');

const words = new Set([...normalizedWords(), ...synonymGroups().flat()]);
const rows = new Map();
for (const w of words) {
  const row = wordRowOf(w);
  const text = row && encodeRow(w, row);
  if (text !== undefined) rows.set(w, text);
}
const stamp = wordFormsStamp(createHash('sha1').update(readFileSync(script)).digest('hex'));
if (stamp.stemmer === '') throw new Error("word-forms: cannot read the stemmer package's version");
writeFileSync(out, wordFormsText(stamp, rows));
