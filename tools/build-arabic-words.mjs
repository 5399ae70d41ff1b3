#!/usr/bin/env node
// Builds data/hunspell-ar/words.txt, the Arabic word list of the unknown-name rule, from Debian's
// hunspell-ar (Ayaspell 3.2: `apt-get install hunspell-ar`), which is offered under GPL 2.0, LGPL 2.1 or
// MPL 1.1: the derived list is kept apart under MPL 1.1 (data/hunspell-ar/LICENSE, SOURCE.md).
// Each entry of ar.dic (its word, without its affix flags) gives its matching key and its stems as isnad's
// tokenizer computes them (normalised: alef, yaa, taa marbuta and hamza seats folded, diacritics out).
// Run after `npm run build`: node tools/build-arabic-words.mjs [/usr/share/hunspell/ar.dic]
import { readFileSync, writeFileSync } from 'node:fs';
import { makeToken } from '../dist/text/tokenize.js';

const dic = process.argv[2] ?? '/usr/share/hunspell/ar.dic';
const words = new Set();
let entries = 0;
for (const line of readFileSync(dic, 'utf8').split('\n')) {
  const w = line.split(/[/\t ]/)[0].trim();
  // the entries are Arabic letters (with diacritics in a few); the file's section headers and counts are not
  if (!/^[\u0621-\u064A\u064B-\u0652\u0670]+$/u.test(w)) continue;
  entries++;
  const t = makeToken(w, 0);
  for (const k of [t.key, t.stem, t.alt]) if (k && k.length >= 2) words.add(k);
}
const sorted = [...words].sort();
const header = [
  "# Arabic words for isnad's unknown-name rule: the matching keys and stems (isnad's normalisation and light",
  "# stemming) of the entries of Ayaspell's hunspell-ar 3.2 dictionary (Debian package hunspell-ar, ar.dic),",
  '# affix flags dropped. Copyright (c) 2006-2008 Mohamed Kebdani; this derived file is under the Mozilla',
  "# Public License 1.1 (one of the dictionary's three licences), see LICENSE and SOURCE.md beside it.",
  `# Built by tools/build-arabic-words.mjs from ${entries} entries: ${sorted.length} keys.`,
];
writeFileSync(new URL('../data/hunspell-ar/words.txt', import.meta.url), header.join('\n') + '\n' + sorted.join('\n') + '\n');
console.log(`${entries} entries, ${sorted.length} keys`);
