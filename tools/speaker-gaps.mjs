#!/usr/bin/env node
// Counts the source sentences of the project's editor pairs (probes/editor, probes/fresh) that have a verb of saying but no
// speaker read beside it (none at all; in English, also a pronoun where the sentence has no pronoun word): the speaker
// reader's gaps, found without looking at any flag. Each distinct sentence counts once. Needs `npm run build`.
// usage: node tools/speaker-gaps.mjs [ar|en] [--list]
import fs from 'node:fs';
import path from 'node:path';
import { speakersOf } from '../dist/text/speakers.js';
import { isSpeechVerb } from '../dist/text/claims.js';
import { analyze } from '../dist/text/document.js';

const langs = process.argv[2] && !process.argv[2].startsWith('--') ? [process.argv[2]] : ['ar', 'en'];
const list = process.argv.includes('--list');
const dirs = ['probes/editor/train', 'probes/editor/dev', 'probes/fresh'];
for (const lang of langs) {
  const seen = new Set();
  let n = 0,
    gaps = 0;
  for (const dir of dirs)
    for (const p of fs.readdirSync(dir).sort()) {
      const f = path.join(dir, p, 'source.txt');
      const gold = path.join(dir, p, 'gold.json');
      if (!fs.existsSync(f) || !fs.existsSync(gold) || JSON.parse(fs.readFileSync(gold, 'utf8')).lang !== lang) continue;
      const d = analyze(fs.readFileSync(f, 'utf8'), { prefix: 't', lang });
      for (const s of d.sentences) {
        if (seen.has(s.text)) continue;
        seen.add(s.text);
        if (!s.tokens.some((t) => isSpeechVerb(t))) continue;
        n++;
        const sp = speakersOf(d.text, s.tokens);
        const pronounWord = lang === 'ar' || /\b(he|she|they|it|we|i)\b/i.test(s.text);
        if (sp.length === 0 || sp.every((x) => x.kind === 'pronoun' && !pronounWord)) {
          gaps++;
          if (list) console.log(`${p}: ${s.text}`);
        }
      }
    }
  console.log(`${lang}: ${gaps} of ${n} source sentences with a verb of saying have no speaker read`);
}
