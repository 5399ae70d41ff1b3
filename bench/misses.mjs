// Why the benchmark's true pairs are lost: each rewritten summary line that isnad aligns to a wrong source line,
// classified by whether its drawn true source sentence was among the sentence's candidates
// (SourceIndex.candidates, CANDIDATE_LIMIT) and whether it covers more of the line's query than the pick.
// usage: node bench/misses.mjs SUMMARY SOURCE TRUTH.json [ROWS.jsonl]
//   prints per kind {of, wrong, notCand, trueCovMore}; ROWS gets one JSON line per miss (the line, the pick, the
//   true line, both coverages, and the query's keys by the length of their proposing postings, with whether the
//   true line and the pick hold each). The true line is the one the generator drew; a pick is wrong by
//   child.mjs's rule (bench/README.md, issue 25, accuracy at 1,000,000: what the misses are).
import fs from 'node:fs';
const [summaryFile, sourceFile, truthFile, outFile] = process.argv.slice(2);
const dist = new URL('../dist', import.meta.url).href;
const { analyze } = await import(dist + '/text/document.js');
const { SourceIndex } = await import(dist + '/align/source-index.js');
const { Aligner } = await import(dist + '/align/aligner.js');
const { DEFAULT_THRESHOLDS } = await import(dist + '/check/context.js');
const { CANDIDATE_LIMIT } = await import(dist + '/settings.js');
const { LineIndex } = await import(dist + '/text/lines.js');
const s = fs.readFileSync(summaryFile, 'utf8'),
  t = fs.readFileSync(sourceFile, 'utf8');
const { truth, kinds, from } = JSON.parse(fs.readFileSync(truthFile, 'utf8'));
const t0 = Date.now();
const summary = analyze(s, { prefix: 's', claims: true }),
  source = analyze(t, { prefix: 't' });
const idx = new SourceIndex(source, summary);
const al = new Aligner(idx, DEFAULT_THRESHOLDS.claimSupport);
const { sentences } = al.align(summary, source);
console.error('aligned in', (Date.now() - t0) / 1000, 's');
// (0-based line of an offset: the report's LineIndex)
const ss = new LineIndex(s),
  ts = new LineIndex(t),
  lineOf = (index, x) => index.locate(x).line - 1,
  sourceLines = t.split('\n'),
  summaryLines = s.split('\n');
const sentOfLine = new Map();
source.sentences.forEach((x, i) => {
  const l = lineOf(ts, x.start);
  if (!sentOfLine.has(l)) sentOfLine.set(l, []);
  sentOfLine.get(l).push(i);
});
const byLine = new Map();
for (const a of sentences) {
  const x = a.unit;
  if (x.kind === 'meta' || x.kind === 'byline' || x.kind === 'boilerplate') continue;
  const l = lineOf(ss, x.start),
    seen = byLine.get(l);
  if (!seen || x.end - x.start > seen.len) byLine.set(l, { a, len: x.end - x.start });
}
const right = (i, p) => from[i].some((need) => need.every((c) => sourceLines[p].includes(c)));
const stats = {};
const rows = [];
truth.forEach((js, i) => {
  if (!js.length) return;
  const k = (stats[kinds[i]] ??= { of: 0, wrong: 0, notCand: 0, trueCovMore: 0 });
  k.of++;
  const a = byLine.get(i)?.a;
  const best = a && a.support.sources.length ? a.support.sources[0] : undefined;
  const p = best === undefined ? -1 : lineOf(ts, source.sentences[best].start);
  if (p >= 0 && right(i, p)) return;
  k.wrong++;
  if (!a) {
    rows.push({ i, kind: kinds[i], noAlign: 1 });
    return;
  }
  const q = a.query;
  const cands = idx.candidates(q, CANDIDATE_LIMIT);
  const trueSents = js.flatMap((j) => sentOfLine.get(j) ?? []);
  const inC = trueSents.some((x) => cands.includes(x));
  if (!inC) k.notCand++;
  const tc = trueSents.length ? Math.max(...trueSents.map((x) => idx.coverage(q, x))) : null;
  const pc = best === undefined ? 0 : idx.coverage(q, best);
  if (tc !== null && tc > pc) k.trueCovMore++;
  // keys ordered as lookup: postings lengths
  const keys = q.keys.map((kk) => ({
    k: kk.stem ?? kk.key ?? '',
    w: +kk.w.toFixed(2),
    n: kk.alts.filter((x) => x.m >= kk.alts[0].m || x.syn).reduce((m, x) => m + idx.data.postStart[x.id + 1] - idx.data.postStart[x.id], 0),
    inTrue: trueSents.some((x) => idx.match(kk, x) > 0) ? 1 : 0,
    inPick: best !== undefined && idx.match(kk, best) > 0 ? 1 : 0,
  }));
  rows.push({
    i,
    kind: kinds[i],
    inC,
    tc: tc === null ? null : +tc.toFixed(3),
    pc: +pc.toFixed(3),
    summ: summaryLines[i].slice(0, 200),
    pick: p >= 0 ? sourceLines[p].slice(0, 200) : '',
    trueLine: sourceLines[js[0]].slice(0, 200),
    keys: keys.sort((x, y) => x.n - y.n),
  });
});
console.log(JSON.stringify(stats));
if (outFile) fs.writeFileSync(outFile, rows.map((r) => JSON.stringify(r)).join('\n'));
