#!/usr/bin/env node
// Builds the cross-language parallel set's pairs and their gold from benchmarks/xling-parallel/paragraphs.jsonl:
// for each paragraph (English original, Arabic translation written for isnad), the unaltered
// translation and four altered copies (a number changed, a name changed, a sentence dropped, a
// sentence added), each a pair folder (translation.ar.txt, original.en.txt, gold.json in the corpus
// gold style, with `planted` naming the change). Deterministic; run it after editing the paragraphs:
//   node tools/xling-parallel.mjs
import fs from 'node:fs';
import path from 'node:path';

const dir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', 'benchmarks', 'xling-parallel');
const out = path.join(dir, 'pairs');
fs.rmSync(out, { recursive: true, force: true });
const paragraphs = fs
  .readFileSync(path.join(dir, 'paragraphs.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const HOW = {
  alignment:
    "For each unit in summary_units with kind 'claim': the tool's sentence that contains the unit's quote is aligned correctly when one of its source sentences contains the quote in 'sources'.",
  unsupported:
    'A flag (error or warning) that overlaps a span in unsupported.must finds it; the planted change must be found. No error flag may overlap must_not_flag.',
  omissions: "A dropped sentence ('omitted_sources') must draw an omission flag on the original.",
};
let n = 0;
for (const p of paragraphs) {
  const variants = [
    ['unaltered', null],
    ['number', p.num],
    ['name', p.name],
    ['drop', p.drop],
    ['add', p.add],
  ];
  for (const [kind, spec] of variants) {
    if (kind !== 'unaltered' && (spec === null || spec === undefined)) continue;
    const ar = p.ar.map((s, i) => ({ text: s, en: i }));
    let planted = null;
    if (kind === 'number' || kind === 'name') {
      const [k, from, to] = spec;
      if (!ar[k].text.includes(from)) throw new Error(`${p.id}: "${from}" not in sentence ${k}`);
      ar[k] = { text: ar[k].text.replace(from, to), en: k };
      planted = { kind, quote: to, document: 'summary', was: from };
    } else if (kind === 'drop') {
      ar.splice(spec, 1);
      planted = { kind, quote: p.en[spec], document: 'source' };
    } else if (kind === 'add') {
      const [after, sentence] = spec;
      ar.splice(after + 1, 0, { text: sentence, en: -1 });
      planted = { kind, quote: sentence, document: 'summary' };
    }
    const translation = ar.map((s) => s.text).join(' ') + '\n';
    const original = p.en.join(' ') + '\n';
    const id = `${p.id}-${kind}`;
    const changed = (s) => planted && planted.document === 'summary' && s.text.includes(planted.quote);
    const gold = {
      pair: id,
      about: `Parallel set, paragraph ${p.id}: an English news paragraph and its Arabic translation, both written for isnad; ${kind === 'unaltered' ? 'the faithful translation' : `the translation with one planted change (${kind})`}.`,
      how_to_score: HOW,
      summary_units: ar.map((s, i) => ({ id: `u${i}`, kind: 'claim', quote: s.text, ...(s.en >= 0 ? { sources: [p.en[s.en]] } : {}) })),
      unsupported: {
        must:
          planted && planted.document === 'summary'
            ? [{ quote: planted.quote, why: kind === 'add' ? 'a sentence the original does not have' : `the original has "${planted.was}" here` }]
            : [],
        may: [],
      },
      must_not_flag: ar.filter((s) => !changed(s)).map((s) => s.text),
      omitted_sources: planted && planted.document === 'source' ? [planted.quote] : [],
      planted,
    };
    const folder = path.join(out, id);
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'translation.ar.txt'), translation);
    fs.writeFileSync(path.join(folder, 'original.en.txt'), original);
    fs.writeFileSync(path.join(folder, 'gold.json'), JSON.stringify(gold, null, 1) + '\n');
    n++;
  }
}
console.log(`${n} pairs in ${path.relative(process.cwd(), out)}`);
