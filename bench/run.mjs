// `npm run bench`: speed, memory and accuracy of isnad on reproducible synthetic pairs, against the
// floor (read + decode + tokenize + key) and a naive peer (string-similarity's findBestMatch of
// every summary sentence against every source sentence). Prints a table, writes bench/results.json.
// usage: node bench/run.mjs [--sizes 1000,10000,100000,1000000] [--langs ar,en] [--quick] [--html-size 32000] [--html-only]
//   --html-only: only the HTML report's step (its timing beside JSON's at --html-size source sentences), printed, results.json untouched
// 1,000,000 is measured when the machine has at least BIG_MEMORY_GIB of memory (about 4 GiB of it is used)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { makePair } from './generate.mjs';

const log = (s) => process.stderr.write(s + '\n');
const args = process.argv.slice(2);
const arg = (name, def) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : def; };
const quick = args.includes('--quick');
const BIG_MEMORY_GIB = 12;
const fits = (n) => n < 1_000_000 || os.totalmem() >= BIG_MEMORY_GIB * 2 ** 30;
const sizes = arg('--sizes', quick ? '1000,10000' : '1000,10000,100000,1000000').split(',').map(Number).filter((n) => fits(n) || (log(`N=${n}: skipped, needs ${BIG_MEMORY_GIB} GiB of memory`), false));
const langs = arg('--langs', 'ar,en').split(',');
const NAIVE_BUDGET_S = 60;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-bench-'));
const child = (...a) => {
  const r = spawnSync(process.execPath, [path.resolve('bench/child.mjs'), ...a], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`bench child failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
};
// CPU time that the hypervisor gave to other guests while a measurement ran ('steal' in /proc/stat, as
// a share of all CPU time then): on a shared machine, what explains a slow run; null without /proc/stat
const cpuTicks = () => {
  try { const f = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number); return { total: f.reduce((a, b) => a + b, 0), steal: f[7] ?? 0 }; } catch { return null; }
};
const stealDuring = (fn) => { const a = cpuTicks(); const r = fn(); const b = cpuTicks(); return { r, steal: a && b && b.total > a.total ? (b.steal - a.steal) / (b.total - a.total) : null }; };
const rows = [];
const f = (x, d = 2) => (x === null || x === undefined ? '–' : Number(x).toFixed(d));

// The HTML report beside the JSON report of the same check, at HTML_SIZE source sentences: rendering was
// quadratic in flags × cut points (23.8 s at 32,000 against 0.44 s for JSON). Goal: the check with its
// HTML report within 3× the check with its JSON report. The formatters' own times are kept beside it.
const HTML_SIZE = Number(arg('--html-size', '32000'));
const htmlRows = [];
function htmlStep() {
  for (const lang of langs) {
    const p = makePair(HTML_SIZE, lang, HTML_SIZE + (lang === 'ar' ? 0 : 7));
    const files = ['s', 't', 'truth'].map((k) => path.join(dir, `html-${lang}-${HTML_SIZE}-${k}.${k === 'truth' ? 'json' : 'txt'}`));
    fs.writeFileSync(files[0], p.summary); fs.writeFileSync(files[1], p.source); fs.writeFileSync(files[2], JSON.stringify(p.truth));
    log(`${lang} N=${HTML_SIZE}: check, then its JSON and HTML reports…`);
    const x = child('render', ...files, '3');
    htmlRows.push({ lang, n: HTML_SIZE, summarySentences: x.summarySentences, flags: x.flags, checkSecs: x.checkSecs, jsonSecs: x.jsonSecs, htmlSecs: x.htmlSecs, htmlMiB: x.htmlChars / 2 ** 20,
      withJsonSecs: x.checkSecs + x.jsonSecs, withHtmlSecs: x.checkSecs + x.htmlSecs, ratio: (x.checkSecs + x.htmlSecs) / (x.checkSecs + x.jsonSecs), renderRatio: x.htmlSecs / x.jsonSecs });
  }
}
const htmlLines = () => [
  '| lang | N source | summary | flags | check s | JSON report s | HTML report s | HTML MiB | check + HTML / check + JSON | HTML / JSON report alone |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...htmlRows.map((r) => `| ${r.lang} | ${r.n} | ${r.summarySentences} | ${r.flags} | ${f(r.checkSecs)} | ${f(r.jsonSecs)} | ${f(r.htmlSecs)} | ${f(r.htmlMiB, 1)} | ${f(r.ratio, 2)} (goal ≤ 3) | ${f(r.renderRatio, 1)} |`),
];
if (args.includes('--html-only')) {
  htmlStep();
  process.stdout.write(htmlLines().join('\n') + '\n');
  process.exit(0);
}

for (const lang of langs) {
  let perSentence; // naive seconds per summary sentence per source sentence, from the last size measured
  for (const n of sizes) {
    const p = makePair(n, lang, n + (lang === 'ar' ? 0 : 7));
    const files = ['s', 't', 'truth'].map((k) => path.join(dir, `${lang}-${n}-${k}.${k === 'truth' ? 'json' : 'txt'}`));
    fs.writeFileSync(files[0], p.summary); fs.writeFileSync(files[1], p.source); fs.writeFileSync(files[2], JSON.stringify(p.truth));
    log(`${lang} N=${n}: floor…`);
    const floor = child('floor', ...files);
    log(`${lang} N=${n}: full…`);
    let full, fullSteal;
    try { ({ r: full, steal: fullSteal } = stealDuring(() => child('full', ...files))); } catch (e) {
      // a size that does not fit (memory, time) is a row that says so, not the end of the run
      const why = String(e.message).split('\n').filter(Boolean).pop();
      log(`${lang} N=${n}: full check failed: ${why}`);
      rows.push({ lang, n, summarySentences: p.truth.length, failed: why, floorSecs: floor.secs, floorRssMiB: floor.maxRssMiB });
      continue;
    }
    // the naive peer on as many summary sentences as fit the budget; its time is linear in them
    const m = p.truth.length;
    const estimate = perSentence ? perSentence * n * m : 0;
    const sample = estimate > NAIVE_BUDGET_S ? Math.max(5, Math.floor(m * NAIVE_BUDGET_S / estimate)) : m;
    const row = { lang, n, summarySentences: m, fullSecs: full.secs, fullRssMiB: full.maxRssMiB, accuracy: full.accuracy, inventedCaught: full.inventedCaught, floorSecs: floor.secs, floorRssMiB: floor.maxRssMiB, stealDuringFull: fullSteal };
    // not even five sentences of the naive peer fit the budget (1,000,000 source sentences): not measured
    if (perSentence && perSentence * n * 5 > NAIVE_BUDGET_S) {
      log(`${lang} N=${n}: naive peer skipped (5 sentences would take ${Math.round(perSentence * n * 5)} s)`);
      rows.push({ ...row, naiveSecs: null, naiveMeasured: 'skipped', naiveAccuracy: null, accuracyOnNaiveSample: null });
      continue;
    }
    log(`${lang} N=${n}: naive peer on ${sample} of ${m} summary sentences…`);
    const naive = child('naive', ...files, String(sample));
    perSentence = naive.secs / naive.sampled / n;
    const naiveSecs = naive.secs * (m / naive.sampled);
    // isnad's accuracy on the very lines the naive peer was measured on
    const judged = full.lines.slice(0, naive.sampled).replace(/-/g, '');
    const sampleAccuracy = judged.length ? [...judged].filter((c) => c === '1').length / judged.length : null;
    rows.push({ ...row, naiveSecs, naiveMeasured: naive.sampled === m ? 'full' : `${naive.sampled}/${m} sentences, scaled`, naiveAccuracy: naive.accuracy, accuracyOnNaiveSample: sampleAccuracy });
  }
}

// whole process on the seed pair, against node -e 0 (medians of 7, alternating)
const time = (cmd, a) => { const t0 = process.hrtime.bigint(); const r = spawnSync(cmd, a, { stdio: 'ignore' }); if (r.error) throw r.error; return Number(process.hrtime.bigint() - t0) / 1e9; };
const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
const seedT = [], nodeT = [];
for (let i = 0; i < 7; i++) {
  nodeT.push(time(process.execPath, ['-e', '0']));
  seedT.push(time(process.execPath, ['bin/isnad.js', 'check', 'corpus/libya-sirte-2016/summary.txt', 'corpus/libya-sirte-2016/source.txt', '--no-config']));
}
const seed = { checkSecs: median(seedT), nodeSecs: median(nodeT) };

// corpus mode: 1,000 seed-sized pairs (30 source sentences, 15 summary sentences), 1 worker and all cores
const pairs = quick ? 200 : 1000;
const corpus = path.join(dir, 'corpus');
for (let i = 0; i < pairs; i++) {
  const p = makePair(30, i % 2 ? 'en' : 'ar', 1000 + i, 0.5);
  const d = path.join(corpus, `pair-${String(i).padStart(4, '0')}`);
  fs.mkdirSync(d, { recursive: true });
  fs.writeFileSync(path.join(d, 'summary.txt'), p.summary); fs.writeFileSync(path.join(d, 'source.txt'), p.source);
}
const cores = os.availableParallelism?.() ?? os.cpus().length;
const corpusRun = (w) => time(process.execPath, ['bin/isnad.js', 'check', '--corpus', corpus, '--workers', String(w), '--format', `json:${path.join(dir, `c${w}.json`)}`, '--exit-zero', '--no-config']);
log(`corpus: ${pairs} pairs, 1 worker…`);
const { r: one, steal: oneSteal } = stealDuring(() => corpusRun(1));
log(`corpus: ${pairs} pairs, ${cores} workers…`);
const { r: all, steal: allSteal } = stealDuring(() => corpusRun(cores));
const same = fs.readFileSync(path.join(dir, 'c1.json'), 'utf8') === fs.readFileSync(path.join(dir, `c${cores}.json`), 'utf8');
// the machine's own ceiling: the same pairs as independent processes, one shard per core, at once
// (no shared heap, no messages); worker threads cannot beat it
const shardRun = () => {
  const t0 = process.hrtime.bigint();
  const procs = Array.from({ length: cores }, (_, k) => spawn(process.execPath, ['bin/isnad.js', 'check', '--corpus', corpus, '--workers', '1', '--shard', `${k + 1}/${cores}`, '--format', `json:${path.join(dir, `shard${k}.json`)}`, '--exit-zero', '--no-config'], { stdio: 'ignore' }));
  return Promise.all(procs.map((p) => new Promise((res, rej) => p.on('exit', (c) => (c === 0 ? res() : rej(new Error(`shard exited ${c}`))))))).then(() => Number(process.hrtime.bigint() - t0) / 1e9);
};
log(`corpus: ${pairs} pairs, ${cores} independent processes…`);
const shards = await shardRun();

htmlStep();

const results = { date: new Date().toISOString().slice(0, 10), machine: { cpus: cores, cpu: os.cpus()[0]?.model, memGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version }, sizes: rows, htmlReport: htmlRows, seed, corpus: { pairs, oneWorkerSecs: one, workers: cores, allWorkersSecs: all, pairsPerSecOne: pairs / one, pairsPerSecAll: pairs / all, identicalOutput: same, independentProcessesSecs: shards, stealOne: oneSteal, stealAll: allSteal } };
fs.mkdirSync('bench', { recursive: true });
fs.writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');

const out = [];
out.push(`Machine: ${results.machine.cpus} cores (${results.machine.cpu}), ${results.machine.memGiB} GiB, Node ${results.machine.node}; ${results.date}.`, '');
out.push('| lang | N source | summary | isnad s | peak RSS MiB | accuracy | floor s | isnad/floor | naive s | naive/isnad | naive accuracy | steal % |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) out.push(r.failed ? `| ${r.lang} | ${r.n} | ${r.summarySentences} | failed: ${r.failed} | | | ${f(r.floorSecs)} | | | | | |` : `| ${r.lang} | ${r.n} | ${r.summarySentences} | ${f(r.fullSecs)} | ${f(r.fullRssMiB, 0)} | ${f(r.accuracy, 3)} | ${f(r.floorSecs)} | ${f(r.fullSecs / r.floorSecs, 1)} | ${f(r.naiveSecs, 1)}${r.naiveMeasured === 'full' || r.naiveMeasured === 'skipped' ? '' : '*'} | ${r.naiveSecs === null ? '–' : f(r.naiveSecs / r.fullSecs, 0)} | ${f(r.naiveAccuracy, 3)} | ${r.stealDuringFull === null ? '–' : f(100 * r.stealDuringFull, 1)} |`);
out.push('', '\\* naive peer measured on a sample of the summary sentences and scaled (its cost is linear in them). steal %: CPU time the hypervisor gave to other guests during the full check (/proc/stat).', '');
for (const lang of langs) {
  const a = rows.find((r) => r.lang === lang && r.n === 10000), b = rows.find((r) => r.lang === lang && r.n === 100000);
  if (a && b) out.push(`- ${lang}: time(N=100,000) / time(N=10,000) = ${f(b.fullSecs / a.fullSecs, 1)} (goal ≤ 12); N=100,000 in ${f(b.fullSecs, 1)} s (goal < 10) and ${f(b.fullRssMiB, 0)} MiB (goal < 1024); isnad/floor ${f(b.fullSecs / b.floorSecs, 1)} (goal ≤ 3)`);
  const c = rows.find((r) => r.lang === lang && r.n === 1000000);
  if (c && !c.failed && b) out.push(`- ${lang}: N=1,000,000 in ${f(c.fullSecs, 1)} s and ${f(c.fullRssMiB, 0)} MiB; time(N=1,000,000) / time(N=100,000) = ${f(c.fullSecs / b.fullSecs, 1)}; isnad/floor ${f(c.fullSecs / c.floorSecs, 1)}`);
  else if (c) out.push(`- ${lang}: N=1,000,000 did not run through: ${c.failed}`);
  if (a) out.push(`- ${lang}: at N=10,000 isnad is ${f(a.naiveSecs / a.fullSecs, 0)}× faster than the naive peer (goal ≥ 100), accuracy on the lines the naive peer was measured on ${f(a.accuracyOnNaiveSample, 3)} vs ${f(a.naiveAccuracy, 3)} (isnad on all lines ${f(a.accuracy, 3)})`);
}
out.push(`- seed pair, whole process: ${f(seed.checkSecs, 3)} s vs node -e 0 ${f(seed.nodeSecs, 3)} s = ${f(seed.checkSecs / seed.nodeSecs, 1)}× (goal ≤ 6)`);
out.push(`- corpus mode, ${pairs} seed-sized pairs: 1 worker ${f(pairs / one, 1)} pairs/s, ${cores} workers ${f(pairs / all, 1)} pairs/s = ${f(one / all, 2)}× (goal ≥ 1.7); identical output: ${same}; the machine's ceiling, ${cores} independent processes on the same pairs: ${f(one / shards, 2)}×; steal ${oneSteal === null ? '–' : f(100 * oneSteal, 1)}% / ${allSteal === null ? '–' : f(100 * allSteal, 1)}%`);
out.push('', ...htmlLines());
process.stdout.write(out.join('\n') + '\n');
