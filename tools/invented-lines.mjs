#!/usr/bin/env node
// The share of the benchmark pairs' invented and rewritten summary lines that draw an error flag, at the
// default operating point: `npm run build && node tools/invented-lines.mjs [N] [--hard]` (N source sentences,
// default 10,000; the pairs are bench/generate.mjs's makePair(N, lang, 1), one summary line a sentence; with
// --hard, the benchmark's HARD_MIX of rewrites, each rewrite kind counted apart).
import { makePair, HARD_MIX, LIGHT } from '../bench/generate.mjs';
import { check } from '../dist/index.js';

const args = process.argv.slice(2);
const hard = args.includes('--hard');
const n = Number(args.find((a) => !a.startsWith('--')) ?? 10000);
for (const lang of ['ar', 'en']) {
  const p = makePair(n, lang, 1, 0.1, hard ? HARD_MIX : LIGHT);
  const r = check(p.summary, p.source, { summaryLang: lang, sourceLang: lang });
  // one summary line a sentence: a flag's own line (1-based) names its line
  const withError = new Set(r.flags.filter((f) => f.document === 'summary' && f.severity === 'error').map((f) => f.line - 1));
  // kinds[i] is 'invented' for a line fused from sentences kept out of the source, else its rewrite kind
  const count = new Map();
  p.kinds.forEach((k, i) => {
    const c = count.get(k) ?? [0, 0];
    c[0]++;
    if (withError.has(i)) c[1]++;
    count.set(k, c);
  });
  const share = ([all, err]) => `${(err / all).toFixed(3)} (${err}/${all})`;
  const rewrites = [...count].filter(([k]) => k !== 'invented');
  const rewritten = rewrites.reduce((a, [, c]) => [a[0] + c[0], a[1] + c[1]], [0, 0]);
  const byKind = hard ? ` [${rewrites.map(([k, c]) => `${k} ${share(c)}`).join(', ')}]` : '';
  console.log(
    `${lang} ${n}: invented lines with an error ${share(count.get('invented') ?? [0, 0])}, rewritten lines with an error ${share(rewritten)}${byKind}`,
  );
}
