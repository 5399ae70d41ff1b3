// One measurement of `npm run bench`, in its own process so that its peak memory is its own.
// usage: node bench/child.mjs MODE SUMMARY SOURCE TRUTH.json [SAMPLE]
//   MODE full: the whole check (read, decode, analyse, align, rules, report); the clock stops at the report, before the accuracy scoring
//   MODE floor: only read, decode, tokenize and key both texts
//   MODE naive: string-similarity's findBestMatch of every summary sentence against every source sentence
//   MODE search: a full-text search engine (MiniSearch, BM25): every source line indexed, the top hit of each summary
//   line as its pick; SAMPLE is a budget in seconds for the queries (the index is always built whole)
//   MODE pairs: SUMMARY is a manifest (TRUTH ignored); its pairs checked one after the other in this thread, as
//   `--workers 1` does: the cost of a pair cold (the first 50, while V8 compiles the check) and warm (the last half)
//   MODE render: the check once (timed alone: checkSecs), then its JSON and HTML reports, alternating, SAMPLE times each
//   (default 3): the median seconds of each formatter
import fs from 'node:fs';
import stringSimilarity from 'string-similarity';
import MiniSearch from 'minisearch';
import { check } from '../dist/index.js';
import { scanTokens } from '../dist/text/tokenize.js';
import { readInput } from '../dist/io/read.js';
import { writeJsonText } from '../dist/report/json-stream.js';
import { lastAtOrBefore } from '../dist/text/lines.js';
import { formatterFor } from '../dist/report/registry.js';
import { checkPair } from '../dist/cli/pair-check.js';
import { loadManifest } from '../dist/io/corpus.js';
import { holdHeapGrowth } from '../dist/cli/heap.js';

const [mode, summaryFile, sourceFile, truthFile, sampleArg] = process.argv.slice(2);
// truth[i]: the source lines summary line i was drawn from (empty: invented); kinds[i]: its kind; from[i]: the
// clauses a source line must hold to be a true source of it (generate.mjs, makePair)
// read when a job is scored, after it: the 1,000,000-line pair's truth (18 MB of JSON, a list of clauses per line) was
// held through the check and counted in its peak (bench/README.md, seventeenth round)
let truth, kinds, from;
const readTruth = () => {
  if (!truth) ({ truth, kinds, from } = JSON.parse(fs.readFileSync(truthFile, 'utf8')));
};
const lineStarts = (text) => {
  const a = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n' && i + 1 < text.length) a.push(i + 1);
  return a;
};
const lineOf = lastAtOrBefore;

/**
 * The one rule every system is scored by: a rewritten line is right when the source line picked for it
 * holds what the line was made from (both clauses of the source line for a light rewrite or a
 * paraphrase, the clause kept for a compression, either clause for a fusion). The generator reuses real
 * sentences, so the drawn line is not the only one that holds them, and no system can tell those apart.
 * Every system picks a source line per summary line (isnad: the first source of the line's longest
 * aligned sentence). Per kind of rewrite, and `lines`:
 * per summary line 1 right, 0 wrong, '-' invented, ' ' not measured (so that run.mjs can score isnad on
 * the lines a sampled peer was measured on).
 */
function score(picks, sourceLines, measured) {
  readTruth();
  measured ??= truth.length;
  const byKind = {};
  let lines = '';
  for (let i = 0; i < truth.length; i++) {
    if (i >= measured) {
      lines += ' ';
      continue;
    }
    if (!truth[i].length) {
      lines += '-';
      continue;
    }
    const p = picks[i];
    const right = p !== undefined && p >= 0 && from[i].some((need) => need.every((c) => sourceLines[p].includes(c)));
    const k = (byKind[kinds[i]] ??= { right: 0, of: 0 });
    k.of++;
    if (right) k.right++;
    lines += right ? '1' : '0';
  }
  const all = Object.values(byKind).reduce((a, k) => ({ right: a.right + k.right, of: a.of + k.of }), { right: 0, of: 0 });
  return {
    accuracy: all.of ? all.right / all.of : null,
    accuracyByKind: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, v.right / v.of])),
    lines,
  };
}

const t0 = process.hrtime.bigint();
let result;
/** When the measured job ended (the full check stops the clock before scoring its report), and its peak RSS then. */
let jobEnd, jobRss;
/** The V8 flag the CLI's heap policy set (full mode), if any. */
let heapFlag;
if (mode === 'floor') {
  const s = readInput(summaryFile, { maxBytes: 1e9 }).text,
    t = readInput(sourceFile, { maxBytes: 1e9 }).text;
  // the check's own tokenizer (offsets and keyed forms, no token objects)
  const n = scanTokens(s).length + scanTokens(t).length;
  result = { tokens: n };
} else if (mode === 'full') {
  // as `isnad check` does for one pair (src/cli/check-command.ts): a large pair's heap growth held down, unless
  // node was given a heap setting of its own
  heapFlag = holdHeapGrowth(fs.statSync(summaryFile).size + fs.statSync(sourceFile).size);
  const s = readInput(summaryFile, { maxBytes: 1e9 }).text,
    t = readInput(sourceFile, { maxBytes: 1e9 }).text;
  const r = check(s, t);
  // the report is part of the job (compact JSON); in pieces when it outgrows a string (1,000,000 sentences)
  let bytes = 0;
  writeJsonText(
    r,
    (c) => {
      bytes += c.length;
    },
    0,
  );
  // the job ends with its report: what follows is the benchmark's own scoring, neither timed nor in the
  // peak (its maps of a million source sentences and lines beside the report added about 300 MiB at 1,000,000)
  jobEnd = process.hrtime.bigint();
  jobRss = process.resourceUsage().maxRSS / 1024;
  readTruth();
  const ss = lineStarts(s),
    ts = lineStarts(t);
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
    const l = lineOf(ss, x.start),
      seen = byLine.get(l);
    if (!seen || x.end - x.start > seen.len) byLine.set(l, { a, len: x.end - x.start });
  }
  const picks = [];
  // the claim model's verdict, as the JSON report gives it: a summary line with an error flag (any rule)
  const errorLines = new Set(r.flags.filter((x) => x.document === 'summary' && x.severity === 'error').map((x) => x.line - 1));
  let lowScore = 0,
    lenient = 0;
  const flagged = {};
  truth.forEach((js, i) => {
    const a = byLine.get(i)?.a;
    const best = a && a.sources.length ? a.sources[0] : undefined;
    picks.push(best === undefined ? -1 : lineOf(ts, srcStart.get(best)));
    const f = (flagged[kinds[i]] ??= { error: 0, of: 0 });
    f.of++;
    if (errorLines.has(i)) f.error++;
    // the figures of earlier rounds, kept for comparison and labelled so: an invented line "caught" when
    // it has no alignment scoring 0.15 or more; a pick right when the true line merely contains it
    if (!js.length) {
      if (!a || a.score < 0.15) lowScore++;
      return;
    }
    if (best !== undefined && js.some((j) => picks[i] === j || sourceLines[j].includes(srcText.get(best)))) lenient++;
  });
  const sc = score(picks, sourceLines);
  const invented = flagged.invented ?? { error: 0, of: 0 };
  const rewritten = Object.entries(flagged)
    .filter(([k]) => k !== 'invented')
    .reduce((x, [, v]) => ({ error: x.error + v.error, of: x.of + v.of }), { error: 0, of: 0 });
  result = {
    ...sc,
    bytes,
    inventedError: invented.of ? invented.error / invented.of : null,
    rewrittenError: rewritten.of ? rewritten.error / rewritten.of : null,
    errorShareByKind: Object.fromEntries(Object.entries(flagged).map(([k, v]) => [k, v.error / v.of])),
    inventedLowScoreOld: invented.of ? lowScore / invented.of : null,
    accuracyLenientOld: rewritten.of ? lenient / rewritten.of : null,
  };
} else if (mode === 'pairs') {
  const jobs = loadManifest(summaryFile).map((spec) => ({ spec }));
  const ms = [];
  for (const j of jobs) {
    const a = process.hrtime.bigint();
    checkPair(j);
    ms.push(Number(process.hrtime.bigint() - a) / 1e6);
  }
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const warm = ms.slice(ms.length >> 1);
  result = {
    pairs: ms.length,
    coldMs: mean(ms.slice(0, 50)),
    firstMs: ms[0],
    warmMs: mean(warm),
    warmMedianMs: [...warm].sort((a, b) => a - b)[warm.length >> 1],
    totalSecs: ms.reduce((a, b) => a + b, 0) / 1000,
  };
} else if (mode === 'render') {
  const s = readInput(summaryFile, { maxBytes: 1e9 }).text,
    t = readInput(sourceFile, { maxBytes: 1e9 }).text;
  const c0 = process.hrtime.bigint();
  const r = check(s, t);
  const checkSecs = Number(process.hrtime.bigint() - c0) / 1e9;
  const options = { texts: [{ summary: s, source: t }] };
  const timeOf = (name) => {
    const a = process.hrtime.bigint();
    const out = formatterFor(name)([r], options);
    return { secs: Number(process.hrtime.bigint() - a) / 1e9, bytes: out.length };
  };
  const json = [],
    html = [];
  let bytes;
  // alternating, so that a slow stretch of the shared machine falls on both
  for (let k = 0; k < Number(sampleArg ?? 3); k++) {
    json.push(timeOf('json').secs);
    const h = timeOf('html');
    html.push(h.secs);
    bytes = h.bytes;
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  result = {
    checkSecs,
    jsonSecs: median(json),
    htmlSecs: median(html),
    htmlChars: bytes,
    flags: r.flags.length,
    summarySentences: r.summary.sentences.length,
    sourceSentences: r.source.sentences.length,
  };
  jobEnd = process.hrtime.bigint();
} else if (mode === 'naive') {
  const s = readInput(summaryFile, { maxBytes: 1e9 }).text,
    t = readInput(sourceFile, { maxBytes: 1e9 }).text;
  const sum = s.split('\n').filter(Boolean),
    src = t.split('\n').filter(Boolean);
  const sample = Math.min(sum.length, Number(sampleArg ?? sum.length));
  const picks = [];
  for (let i = 0; i < sample; i++) picks.push(stringSimilarity.findBestMatch(sum[i], src).bestMatchIndex);
  result = { ...score(picks, src, sample), sampled: sample, of: sum.length };
} else if (mode === 'search') {
  const s = readInput(summaryFile, { maxBytes: 1e9 }).text,
    t = readInput(sourceFile, { maxBytes: 1e9 }).text;
  const sum = s.split('\n').filter(Boolean),
    src = t.split('\n').filter(Boolean);
  // MiniSearch's defaults: its Unicode tokenizer (space and punctuation), lower case, BM25; no stemming
  const ms = new MiniSearch({ fields: ['t'] });
  ms.addAll(src.map((text, id) => ({ id, t: text })));
  const indexSecs = Number(process.hrtime.bigint() - t0) / 1e9;
  const budget = Number(sampleArg ?? Infinity);
  const q0 = process.hrtime.bigint();
  const picks = [];
  let querySecs = 0;
  for (let i = 0; i < sum.length && querySecs < budget; i++) {
    picks.push(ms.search(sum[i])[0]?.id ?? -1);
    if ((i & 15) === 15) querySecs = Number(process.hrtime.bigint() - q0) / 1e9;
  }
  querySecs = Number(process.hrtime.bigint() - q0) / 1e9;
  // the queries' time scaled to every summary line when the budget cut them short (each costs about the same)
  result = {
    ...score(picks, src, picks.length),
    sampled: picks.length,
    of: sum.length,
    indexSecs,
    querySecs,
    scaledSecs: indexSecs + querySecs * (sum.length / picks.length),
  };
}
const secs = Number((jobEnd ?? process.hrtime.bigint()) - t0) / 1e9;
// maxRssMiB: the peak of the job (at its end); processRssMiB: of the whole process, the scoring included
const processRssMiB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(JSON.stringify({ mode, secs, maxRssMiB: jobRss ?? processRssMiB, processRssMiB, ...(heapFlag ? { heapFlag } : {}), ...result }) + '\n');
