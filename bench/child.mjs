// One measurement of `npm run bench`, in its own process so that its peak memory is its own.
// usage: node bench/child.mjs MODE SUMMARY SOURCE TRUTH.json [SAMPLE]
//   MODE full: the whole check (read, decode, analyse, align, rules, report); the clock stops at the report, before the accuracy scoring
//   MODE floor: only read, decode, tokenize and key both texts
//   MODE naive: string-similarity's findBestMatch of every summary sentence against every source sentence
//   MODE render: the check once (timed alone: checkSecs), then its JSON and HTML reports, alternating, SAMPLE times each
//   (default 3): the median seconds of each formatter
import fs from 'node:fs';
import stringSimilarity from 'string-similarity';
import { check } from '../dist/index.js';
import { scanTokens } from '../dist/text/tokenize.js';
import { readInput } from '../dist/io/read.js';
import { writeJsonText } from '../dist/report/json-stream.js';
import { lastAtOrBefore } from '../dist/text/lines.js';
import { formatterFor } from '../dist/report/registry.js';

const [mode, summaryFile, sourceFile, truthFile, sampleArg] = process.argv.slice(2);
const truth = JSON.parse(fs.readFileSync(truthFile, 'utf8'));
const lineStarts = (text) => { const a = [0]; for (let i = 0; i < text.length; i++) if (text[i] === '\n' && i + 1 < text.length) a.push(i + 1); return a; };
const lineOf = lastAtOrBefore;

const t0 = process.hrtime.bigint();
let result;
/** When the measured job ended (the full check stops the clock before scoring its report). */
let jobEnd;
if (mode === 'floor') {
  const s = readInput(summaryFile, { maxBytes: 1e9 }).text, t = readInput(sourceFile, { maxBytes: 1e9 }).text;
  // the check's own tokenizer (offsets and keyed forms, no token objects)
  const n = scanTokens(s).length + scanTokens(t).length;
  result = { tokens: n };
} else if (mode === 'full') {
  const s = readInput(summaryFile, { maxBytes: 1e9 }).text, t = readInput(sourceFile, { maxBytes: 1e9 }).text;
  const r = check(s, t);
  // the report is part of the job (compact JSON); in pieces when it outgrows a string (1,000,000 sentences)
  let bytes = 0;
  writeJsonText(r, (c) => { bytes += c.length; }, 0);
  // the job ends with its report: what follows is the benchmark's own scoring, not timed
  jobEnd = process.hrtime.bigint();
  const ss = lineStarts(s), ts = lineStarts(t);
  const srcStart = new Map(r.source.sentences.map((x) => [x.id, x.start]));
  const srcText = new Map(r.source.sentences.map((x) => [x.id, x.text]));
  const sourceLines = t.split('\n');
  // a generated summary line can be more than one sentence to isnad's splitter: the line's pair is
  // judged by its longest unit that has an alignment (the first could be a short lead-in such as
  // "بالأرقام.. كيف الليرة؟" that is, rightly, the whole of another source sentence)
  const byLine = new Map();
  const scoreOf = new Map(r.alignments.map((a) => [a.summary, a]));
  for (const x of r.summary.sentences) {
    const a = scoreOf.get(x.id);
    if (!a) continue;
    const l = lineOf(ss, x.start), seen = byLine.get(l);
    if (!seen || x.end - x.start > seen.len) byLine.set(l, { a, len: x.end - x.start });
  }
  let ok = 0, rewritten = 0, caught = 0, invented = 0;
  // per line: 1 right, 0 wrong, '-' invented (so that run.mjs can score the naive peer's sample alike)
  let lines = '';
  truth.forEach((j, i) => {
    const a = byLine.get(i)?.a;
    if (j < 0) { invented++; lines += '-'; if (!a || a.score < 0.15) caught++; return; }
    rewritten++;
    // the generator reuses real sentences, so the sentence isnad picks can be word for word a part of the
    // true line that also stands in another line: no aligner can tell those apart, and they count as right
    const best = a && a.sources.length ? a.sources[0] : undefined;
    const right = best !== undefined && (lineOf(ts, srcStart.get(best)) === j || sourceLines[j].includes(srcText.get(best)));
    if (right) ok++;
    lines += right ? '1' : '0';
  });
  result = { accuracy: ok / rewritten, inventedCaught: invented ? caught / invented : null, bytes, lines };
} else if (mode === 'render') {
  const s = readInput(summaryFile, { maxBytes: 1e9 }).text, t = readInput(sourceFile, { maxBytes: 1e9 }).text;
  const c0 = process.hrtime.bigint();
  const r = check(s, t);
  const checkSecs = Number(process.hrtime.bigint() - c0) / 1e9;
  const options = { texts: [{ summary: s, source: t }] };
  const timeOf = (name) => { const a = process.hrtime.bigint(); const out = formatterFor(name)([r], options); return { secs: Number(process.hrtime.bigint() - a) / 1e9, bytes: out.length }; };
  const json = [], html = [];
  let bytes;
  // alternating, so that a slow stretch of the shared machine falls on both
  for (let k = 0; k < Number(sampleArg ?? 3); k++) { json.push(timeOf('json').secs); const h = timeOf('html'); html.push(h.secs); bytes = h.bytes; }
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  result = { checkSecs, jsonSecs: median(json), htmlSecs: median(html), htmlChars: bytes, flags: r.flags.length, summarySentences: r.summary.sentences.length, sourceSentences: r.source.sentences.length };
  jobEnd = process.hrtime.bigint();
} else if (mode === 'naive') {
  const s = readInput(summaryFile, { maxBytes: 1e9 }).text, t = readInput(sourceFile, { maxBytes: 1e9 }).text;
  const sum = s.split('\n').filter(Boolean), src = t.split('\n').filter(Boolean);
  const sample = Math.min(sum.length, Number(sampleArg ?? sum.length));
  let ok = 0, rewritten = 0;
  for (let i = 0; i < sample; i++) {
    const best = stringSimilarity.findBestMatch(sum[i], src).bestMatchIndex;
    // the same rule as for isnad: a line word for word the same as the true one is as right
    if (truth[i] >= 0) { rewritten++; if (best === truth[i] || src[best] === src[truth[i]]) ok++; }
  }
  result = { accuracy: rewritten ? ok / rewritten : null, sampled: sample, of: sum.length };
}
const secs = Number((jobEnd ?? process.hrtime.bigint()) - t0) / 1e9;
process.stdout.write(JSON.stringify({ mode, secs, maxRssMiB: process.resourceUsage().maxRSS / 1024, ...result }) + '\n');
