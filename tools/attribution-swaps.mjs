#!/usr/bin/env node
// Measures attribution-mismatch on speaker swaps made from real articles (SummEdits' news documents):
// each source sentence with a named speaker, its speaker replaced by another speaker that the same
// article names (should be flagged: recall), and by the last word of its own speaker phrase, a
// surname or the head of a role ("Yeomans" for "Police Deputy Chief Inspector Peter Yeomans": must
// not be flagged: false alarms). Needs `npm run build` and the benchmarks folder (ISNAD_BENCHMARKS).
// usage: node tools/attribution-swaps.mjs
import { check } from '../dist/index.js';
import { analyze } from '../dist/text/document.js';
import { speakersOf, sameSpeaker } from '../dist/text/speakers.js';
import { readText } from '../dist/eval/benchmarks/data.js';

const rows = JSON.parse(readText('summedits/data/summedits/summedits_news.json'));
const docs = [...new Set(rows.map((r) => r.doc))].sort();
const flagged = (summary, doc) => check(summary, doc, { summaryLang: 'en', sourceLang: 'en' }).flags.some((f) => f.rule === 'attribution-mismatch');
let swaps = 0,
  caught = 0,
  parts = 0,
  falseAlarms = 0;
for (const doc of docs) {
  const found = [];
  for (const s of analyze(doc, { prefix: 't' }).sentences) {
    for (const sp of speakersOf(doc, s.tokens)) if (sp.kind === 'named') found.push({ s, sp, text: doc.slice(sp.tokens[0].start, sp.tokens.at(-1).end) });
  }
  for (const a of found) {
    const at = a.sp.tokens[0].start - a.s.start,
      end = a.sp.tokens.at(-1).end - a.s.start;
    const put = (words) => a.s.text.slice(0, at) + words + a.s.text.slice(end);
    const other = found.find((o) => !sameSpeaker(o.sp.tokens, a.sp.tokens));
    if (other) {
      swaps++;
      if (flagged(put(other.text), doc)) caught++;
    }
    if (a.sp.tokens.length > 1) {
      parts++;
      if (flagged(put(a.sp.tokens.filter((t) => !t.stop).at(-1).text), doc)) falseAlarms++;
    }
  }
}
console.log(`articles ${docs.length}; swapped speakers flagged ${caught}/${swaps}; own speaker shortened flagged ${falseAlarms}/${parts}`);
