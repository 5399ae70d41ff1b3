#!/usr/bin/env node
// Lists, per entity, the Arabic words of the project's texts (probe pairs under probes/, ANS train and dev) that the
// entity lexicon reads as that entity, with how often each occurs, most frequent first: the audit from which
// lexicons/entities.json notEntityWords was drawn (a stem shared with another word: البحر "the sea" read as Bahrain,
// كبيرة "big" as Peru). Read the list by eye: a place's people and families (الحلبي، الكندي) are the place's own.
// Needs `npm run build`. usage: node tools/entity-homographs.mjs [--min N]
import fs from 'node:fs';
import path from 'node:path';
import { tokenize } from '../dist/text/tokenize.js';
import { entityOf } from '../dist/text/entities.js';
import { readCsv } from '../dist/eval/benchmarks/data.js';

const at = process.argv.indexOf('--min');
const min = at > 0 ? Number(process.argv[at + 1]) : 1;
const texts = [];
const walk = (dir) => {
  for (const f of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, f);
    if (fs.statSync(p).isDirectory()) walk(p);
    else if (f.endsWith('.txt')) texts.push(fs.readFileSync(p, 'utf8'));
  }
};
walk(new URL('../probes', import.meta.url).pathname);
for (const split of ['train', 'dev']) for (const row of readCsv(`ans/data/stance/${split}.csv`)) texts.push(row.s1, row.s2);

const byEntity = new Map();
for (const text of texts)
  for (const t of tokenize(text)) {
    if (!/[\u0600-\u06FF]/.test(t.text)) continue;
    const e = entityOf(t);
    if (!e) continue;
    const words = byEntity.get(e.id) ?? new Map();
    byEntity.set(e.id, words);
    words.set(t.text, (words.get(t.text) ?? 0) + 1);
  }
for (const [id, words] of [...byEntity].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  const list = [...words].filter(([, n]) => n >= min).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (list.length) console.log(`${id} :: ${list.map(([w, n]) => `${w}:${n}`).join(' ')}`);
}
