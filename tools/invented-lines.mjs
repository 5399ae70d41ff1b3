#!/usr/bin/env node
// The share of the benchmark pairs' invented and rewritten summary lines that draw an error flag, at the
// default operating point: `npm run build && node tools/invented-lines.mjs [N]` (N source sentences, default
// 10,000; the pairs are bench/generate.mjs's makePair(N, lang, 1), one summary line a sentence).
import { makePair } from '../bench/generate.mjs';
import { check } from '../dist/index.js';

const n = Number(process.argv[2] ?? 10000);
for (const lang of ['ar', 'en']) {
  const p = makePair(n, lang, 1);
  const r = check(p.summary, p.source, { summaryLang: lang, sourceLang: lang });
  const starts = [];
  let at = 0;
  for (const line of p.summary.split('\n')) {
    starts.push(at);
    at += line.length + 1;
  }
  const lineOf = (offset) => {
    let lo = 0,
      hi = starts.length - 1;
    while (lo < hi) {
      const m = (lo + hi + 1) >> 1;
      if (starts[m] <= offset) lo = m;
      else hi = m - 1;
    }
    return lo;
  };
  const withError = new Set(r.flags.filter((f) => f.document === 'summary' && f.severity === 'error').map((f) => lineOf(f.start)));
  let invented = 0,
    inventedErr = 0,
    rewritten = 0,
    rewrittenErr = 0;
  p.truth.forEach((t, i) => {
    if (t < 0) {
      invented++;
      if (withError.has(i)) inventedErr++;
    } else {
      rewritten++;
      if (withError.has(i)) rewrittenErr++;
    }
  });
  console.log(
    `${lang} ${n}: invented lines with an error ${(inventedErr / invented).toFixed(3)} (${inventedErr}/${invented}), rewritten lines with an error ${(rewrittenErr / rewritten).toFixed(3)} (${rewrittenErr}/${rewritten})`,
  );
}
