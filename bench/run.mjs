// `npm run bench`: speed, memory and accuracy of isnad on reproducible synthetic pairs, side by side with
// the floor (read + decode + tokenize + key), a search engine (MiniSearch, BM25, top hit per summary line)
// and a naive peer (string-similarity's findBestMatch of every summary line against every source line),
// all scored by one rule (child.mjs, `score`); then the claim model's catch rate of invented lines, the
// seed pair as a whole process, corpus mode at several sizes, and the HTML report beside the JSON one.
// Prints the tables, writes bench/results.json.
// usage: node bench/run.mjs [--sizes 1000,10000,100000,1000000] [--langs ar,en] [--quick] [--corpus-pairs 100,1000,10000]
//                           [--search-budget 60] [--html-size 32000] [--html-only]
//   --quick: sizes 1,000 and 10,000, corpus 100 and 1,000 pairs, the HTML step at 10,000 (a few minutes)
//   --html-only: only the HTML report's step (its timing beside JSON's at --html-size source sentences), printed, results.json untouched
//   --corpus-pairs 0: no corpus step; --sizes none: no size step; --html-size 0: no HTML step
//   --isnad PATH: the bin/isnad.js of another build for the seed and corpus steps; --results FILE instead of bench/results.json
//   --seed-only: only the seed pair as a whole process against node -e 0; --corpus-only: only the corpus step (with
//     --corpus-pairs); both print their lines with the load average and leave results.json untouched
// 1,000,000 is measured when the machine has at least BIG_MEMORY_GIB of memory (about 4 GiB of it is used)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { makePair, HARD_MIX, repeats } from './generate.mjs';

const log = (s) => process.stderr.write(s + '\n');
const args = process.argv.slice(2);
const arg = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const quick = args.includes('--quick');
const seedOnly = args.includes('--seed-only'),
  corpusOnly = args.includes('--corpus-only');
const BIG_MEMORY_GIB = 12;
const fits = (n) => n < 1_000_000 || os.totalmem() >= BIG_MEMORY_GIB * 2 ** 30;
const sizes = (seedOnly || corpusOnly ? 'none' : arg('--sizes', quick ? '1000,10000' : '1000,10000,100000,1000000'))
  .split(',')
  .filter((x) => x !== 'none')
  .map(Number)
  .filter((n) => fits(n) || (log(`N=${n}: skipped, needs ${BIG_MEMORY_GIB} GiB of memory`), false));
const langs = arg('--langs', 'ar,en').split(',');
const NAIVE_BUDGET_S = 60;
// the search engine is measured up to 100,000 source sentences (issue 25), its queries within this budget
const SEARCH_MAX_N = 100_000;
const SEARCH_BUDGET_S = Number(arg('--search-budget', '60'));
const corpusSizes = (seedOnly ? '0' : arg('--corpus-pairs', quick ? '100,1000' : '100,1000,10000'))
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-bench-'));
const child = (...a) => {
  const r = spawnSync(process.execPath, [path.resolve('bench/child.mjs'), ...a], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`bench child failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
};
// CPU time that the hypervisor gave to other guests while a measurement ran ('steal' in /proc/stat, as
// a share of all CPU time then): on a shared machine, what explains a slow run; null without /proc/stat
const cpuTicks = () => {
  try {
    const f = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return { total: f.reduce((a, b) => a + b, 0), steal: f[7] ?? 0 };
  } catch {
    return null;
  }
};
const stealDuring = (fn) => {
  const a = cpuTicks();
  const r = fn();
  const b = cpuTicks();
  return { r, steal: a && b && b.total > a.total ? (b.steal - a.steal) / (b.total - a.total) : null };
};
// the machine is shared: its load average at the start and end of the run says how much
const loadStart = os.loadavg();
const rows = [];
/** The benchmark's pair of n source sentences (light and hard rewrites, invented lines), written out; its files. */
function writePair(n, lang, prefix = '') {
  const p = makePair(n, lang, n + (lang === 'ar' ? 0 : 7), 0.1, HARD_MIX);
  const files = ['s', 't', 'truth'].map((k) => path.join(dir, `${prefix}${lang}-${n}-${k}.${k === 'truth' ? 'json' : 'txt'}`));
  fs.writeFileSync(files[0], p.summary);
  fs.writeFileSync(files[1], p.source);
  fs.writeFileSync(files[2], JSON.stringify({ truth: p.truth, kinds: p.kinds, from: p.from }));
  return Object.assign(files, { summaryLines: p.truth.length });
}
/** isnad's accuracy on the first `k` summary lines (those a sampled peer was measured on), by the same rule. */
const accuracyOnFirst = (lines, k) => {
  const x = lines.slice(0, k).replace(/[- ]/g, '');
  return x.length ? [...x].filter((c) => c === '1').length / x.length : null;
};
const f = (x, d = 2) => (x === null || x === undefined ? '–' : Number(x).toFixed(d));

// The HTML report beside the JSON report of the same check, at HTML_SIZE source sentences: rendering was
// quadratic in flags × cut points (23.8 s at 32,000 against 0.44 s for JSON). Goal: the check with its
// HTML report within 3× the check with its JSON report. The formatters' own times are kept beside it.
const HTML_SIZE = seedOnly || corpusOnly ? 0 : Number(arg('--html-size', quick ? '10000' : '32000'));
// the CLI that the seed and corpus steps run (another build's bin/isnad.js, to compare two builds), and where results go
const ISNAD = path.resolve(arg('--isnad', 'bin/isnad.js'));
const RESULTS = arg('--results', 'bench/results.json');
const htmlRows = [];
function htmlStep() {
  if (!HTML_SIZE) return;
  for (const lang of langs) {
    const files = writePair(HTML_SIZE, lang, 'html-');
    log(`${lang} N=${HTML_SIZE}: check, then its JSON and HTML reports…`);
    const x = child('render', ...files, '3');
    htmlRows.push({
      lang,
      n: HTML_SIZE,
      summarySentences: x.summarySentences,
      flags: x.flags,
      checkSecs: x.checkSecs,
      jsonSecs: x.jsonSecs,
      htmlSecs: x.htmlSecs,
      htmlMiB: x.htmlChars / 2 ** 20,
      withJsonSecs: x.checkSecs + x.jsonSecs,
      withHtmlSecs: x.checkSecs + x.htmlSecs,
      ratio: (x.checkSecs + x.htmlSecs) / (x.checkSecs + x.jsonSecs),
      renderRatio: x.htmlSecs / x.jsonSecs,
    });
  }
}
const htmlLines = () => [
  '| lang | N source | summary | flags | check s | JSON report s | HTML report s | HTML MiB | check + HTML / check + JSON | HTML / JSON report alone |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...htmlRows.map(
    (r) =>
      `| ${r.lang} | ${r.n} | ${r.summarySentences} | ${r.flags} | ${f(r.checkSecs)} | ${f(r.jsonSecs)} | ${f(r.htmlSecs)} | ${f(r.htmlMiB, 1)} | ${f(r.ratio, 2)} (goal ≤ 3) | ${f(r.renderRatio, 1)} |`,
  ),
];
if (args.includes('--html-only')) {
  htmlStep();
  process.stdout.write(htmlLines().join('\n') + '\n');
  process.exit(0);
}

for (const lang of langs) {
  let perSentence; // naive seconds per summary sentence per source sentence, from the last size measured
  for (const n of sizes) {
    const files = writePair(n, lang);
    const m = files.summaryLines;
    log(`${lang} N=${n}: floor…`);
    const floor = child('floor', ...files);
    log(`${lang} N=${n}: full…`);
    let full, fullSteal;
    try {
      ({ r: full, steal: fullSteal } = stealDuring(() => child('full', ...files)));
    } catch (e) {
      // a size that does not fit (memory, time) is a row that says so, not the end of the run
      const why = String(e.message).split('\n').filter(Boolean).pop();
      log(`${lang} N=${n}: full check failed: ${why}`);
      rows.push({ lang, n, summarySentences: m, failed: why, floorSecs: floor.secs, floorRssMiB: floor.maxRssMiB });
      continue;
    }
    const row = {
      lang,
      n,
      summarySentences: m,
      poolRepeats: repeats(n, lang),
      fullSecs: full.secs,
      fullRssMiB: full.maxRssMiB,
      accuracy: full.accuracy,
      accuracyByKind: full.accuracyByKind,
      inventedError: full.inventedError,
      rewrittenError: full.rewrittenError,
      errorShareByKind: full.errorShareByKind,
      inventedLowScoreOld: full.inventedLowScoreOld,
      accuracyLenientOld: full.accuracyLenientOld,
      floorSecs: floor.secs,
      floorRssMiB: floor.maxRssMiB,
      stealDuringFull: fullSteal,
    };
    if (n <= SEARCH_MAX_N) {
      log(`${lang} N=${n}: search engine (queries within ${SEARCH_BUDGET_S} s)…`);
      const x = child('search', ...files, String(SEARCH_BUDGET_S));
      row.search = {
        secs: x.scaledSecs,
        measured: x.sampled === x.of ? 'full' : `${x.sampled}/${x.of} queries, scaled`,
        indexSecs: x.indexSecs,
        querySecs: x.querySecs,
        rssMiB: x.maxRssMiB,
        accuracy: x.accuracy,
        accuracyByKind: x.accuracyByKind,
        isnadAccuracyOnSample: accuracyOnFirst(full.lines, x.sampled),
      };
    }
    // the naive peer on as many summary sentences as fit the budget; its time is linear in them. A run that
    // starts at a large size (`--sizes 100000`) has no smaller size to estimate from: five sentences first
    // (without this, the naive peer ran on all 10,000 summary sentences of the 100,000 pair, about 12 hours)
    if (!perSentence && n * m > 1e6) {
      const probe = child('naive', ...files, '5');
      perSentence = probe.secs / probe.sampled / n;
    }
    const estimate = perSentence ? perSentence * n * m : 0;
    const sample = estimate > NAIVE_BUDGET_S ? Math.max(5, Math.floor((m * NAIVE_BUDGET_S) / estimate)) : m;
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
    rows.push({
      ...row,
      naiveSecs,
      naiveMeasured: naive.sampled === m ? 'full' : `${naive.sampled}/${m} sentences, scaled`,
      naiveAccuracy: naive.accuracy,
      accuracyOnNaiveSample: accuracyOnFirst(full.lines, naive.sampled),
    });
  }
}

// whole process on the seed pair, against node -e 0 (medians of 7, alternating)
const time = (cmd, a) => {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, a, { stdio: 'ignore' });
  if (r.error) throw r.error;
  return Number(process.hrtime.bigint() - t0) / 1e9;
};
const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
const seedT = [],
  nodeT = [];
const seedLoad = os.loadavg()[0];
for (let i = 0; i < (corpusOnly ? 0 : 7); i++) {
  nodeT.push(time(process.execPath, ['-e', '0']));
  seedT.push(time(process.execPath, [ISNAD, 'check', 'corpus/libya-sirte-2016/summary.txt', 'corpus/libya-sirte-2016/source.txt', '--no-config']));
}
const seed = corpusOnly ? null : { checkSecs: median(seedT), nodeSecs: median(nodeT), loadAverage1mStartEnd: [seedLoad, os.loadavg()[0]] };
const seedLine = () =>
  `- seed pair, whole process: ${f(seed.checkSecs, 3)} s vs node -e 0 ${f(seed.nodeSecs, 3)} s = ${f(seed.checkSecs / seed.nodeSecs, 1)}× (goal ≤ 3; load average ${f(seed.loadAverage1mStartEnd[0], 1)} → ${f(seed.loadAverage1mStartEnd[1], 1)})`;
if (seedOnly) {
  process.stdout.write(seedLine() + '\n');
  process.exit(0);
}

// corpus mode: seed-sized pairs (30 source sentences, 15 summary sentences), at each of corpusSizes, 1 worker
// and all cores, and the machine's own ceiling: the same pairs as independent processes, one shard per
// core, at once (no shared heap, no messages); worker threads cannot beat it. Each size is a manifest of
// the first K pairs of one generated corpus.
const cores = os.availableParallelism?.() ?? os.cpus().length;
const corpusRows = [];
if (corpusSizes.length) {
  const most = Math.max(...corpusSizes);
  const corpus = path.join(dir, 'corpus');
  const entries = [];
  for (let i = 0; i < most; i++) {
    const p = makePair(30, i % 2 ? 'en' : 'ar', 1000 + i, 0.5);
    const id = `pair-${String(i).padStart(5, '0')}`,
      d = path.join(corpus, id);
    fs.mkdirSync(d, { recursive: true });
    fs.writeFileSync(path.join(d, 'summary.txt'), p.summary);
    fs.writeFileSync(path.join(d, 'source.txt'), p.source);
    entries.push({ id, summary: `${id}/summary.txt`, source: `${id}/source.txt` });
  }
  for (const k of corpusSizes) {
    const manifest = path.join(corpus, `manifest-${k}.json`);
    fs.writeFileSync(manifest, JSON.stringify(entries.slice(0, k)));
    const out = (name) => path.join(dir, `c${k}-${name}.json`);
    const run = (w, extra = []) => [ISNAD, 'check', '--manifest', manifest, '--workers', String(w), ...extra, '--exit-zero', '--no-config'];
    const loadBefore = os.loadavg()[0];
    // a run of a few seconds is within the machine's noise (at 100 pairs both settings run the same code, one thread:
    // no isolate repays its start on 0.8 MB, src/cli/pool.ts BYTES_PER_ISOLATE, yet one run against one read 0.89×):
    // up to 1,000 pairs each setting runs three times, in turn, and the medians are compared
    const reps = k <= 1000 ? 3 : 1;
    const oneT = [],
      allT = [];
    let oneSteal, allSteal;
    for (let r = 0; r < reps; r++) {
      log(`corpus: ${k} pairs, 1 worker${reps > 1 ? ` (${r + 1}/${reps})` : ''}…`);
      const a = stealDuring(() => time(process.execPath, run(1, ['--format', `json:${out('one')}`])));
      log(`corpus: ${k} pairs, ${cores} workers${reps > 1 ? ` (${r + 1}/${reps})` : ''}…`);
      const b = stealDuring(() => time(process.execPath, run(cores, ['--format', `json:${out('all')}`])));
      oneT.push(a.r);
      allT.push(b.r);
      oneSteal ??= a.steal;
      allSteal ??= b.steal;
    }
    const one = median(oneT),
      all = median(allT);
    const loadAfter = os.loadavg()[0];
    // (as bytes: at 10,000 pairs the report is over 512 MiB, more than one string holds)
    const same = fs.readFileSync(out('one')).equals(fs.readFileSync(out('all')));
    log(`corpus: ${k} pairs, ${cores} independent processes…`);
    const t0 = process.hrtime.bigint();
    const procs = Array.from({ length: cores }, (_, s) =>
      spawn(process.execPath, run(1, ['--shard', `${s + 1}/${cores}`, '--format', `json:${out(`shard${s}`)}`]), { stdio: 'ignore' }),
    );
    await Promise.all(procs.map((p) => new Promise((res, rej) => p.on('exit', (c) => (c === 0 ? res() : rej(new Error(`shard exited ${c}`)))))));
    const shards = Number(process.hrtime.bigint() - t0) / 1e9;
    // what a pair costs in one thread, cold (the first 50) and warm (the last half): module loading excluded
    const cost = child('pairs', manifest, '-', '-');
    corpusRows.push({
      pairs: k,
      coldMsPerPair: cost.coldMs,
      firstPairMs: cost.firstMs,
      warmMsPerPair: cost.warmMs,
      warmMedianMsPerPair: cost.warmMedianMs,
      oneWorkerSecs: one,
      workers: cores,
      allWorkersSecs: all,
      pairsPerSecOne: k / one,
      pairsPerSecAll: k / all,
      speedUp: one / all,
      identicalOutput: same,
      independentProcessesSecs: shards,
      independentSpeedUp: one / shards,
      loadAverage1mStartEnd: [loadBefore, loadAfter],
      stealOne: oneSteal,
      stealAll: allSteal,
    });
  }
}

htmlStep();

const results = {
  date: new Date().toISOString().slice(0, 10),
  machine: {
    cpus: cores,
    cpu: os.cpus()[0]?.model,
    memGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    loadAverage1mStartEnd: [loadStart[0], os.loadavg()[0]],
  },
  sizes: rows,
  htmlReport: htmlRows,
  seed,
  corpus: corpusRows,
  partial: { sizes, langs, corpusPairs: corpusSizes, quick },
};
if (!corpusOnly) {
  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  fs.writeFileSync(RESULTS, JSON.stringify(results, null, 2) + '\n');
}

const out = [];
const pct = (x) => (x === null || x === undefined ? '–' : `${(100 * x).toFixed(1)}%`);
const kindsShown = ['light', 'paraphrase', 'fusion', 'compression'];
/** time at n over time at n/10 in the same language and system: linear growth is 10. */
const growth = (r, get) => {
  const p = rows.find((x) => x.lang === r.lang && x.n * 10 === r.n && !x.failed);
  const a = p && get(p),
    b = get(r);
  return a && b ? f(b / a, 1) : '–';
};
out.push(
  `Machine: ${results.machine.cpus} cores (${results.machine.cpu}), ${results.machine.memGiB} GiB, Node ${results.machine.node}; ${results.date}; load average ${f(loadStart[0], 1)} at the start, ${f(os.loadavg()[0], 1)} at the end. Sizes ${sizes.join(', ')}; corpus ${corpusSizes.join(', ') || 'not run'}.`,
  '',
);
out.push('Speed and memory (growth: time at N over time at N/10; linear is 10):', '');
out.push(
  '| lang | N source | summary | isnad s | growth | peak RSS MiB | floor s | isnad/floor | search s | growth | search MiB | search/isnad | naive s | naive/isnad | steal % |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
);
for (const r of rows) {
  if (r.failed) {
    out.push(`| ${r.lang} | ${r.n} | ${r.summarySentences} | failed: ${r.failed} | | | ${f(r.floorSecs)} | | | | | | | | |`);
    continue;
  }
  const s = r.search;
  out.push(
    `| ${r.lang} | ${r.n} | ${r.summarySentences} | ${f(r.fullSecs)} | ${growth(r, (x) => x.fullSecs)} | ${f(r.fullRssMiB, 0)} | ${f(r.floorSecs)} | ${f(r.fullSecs / r.floorSecs, 1)} | ${s ? f(s.secs, 1) + (s.measured === 'full' ? '' : '*') : '–'} | ${growth(r, (x) => x.search?.secs)} | ${s ? f(s.rssMiB, 0) : '–'} | ${s ? f(s.secs / r.fullSecs, 1) : '–'} | ${f(r.naiveSecs, 1)}${r.naiveMeasured === 'full' || r.naiveMeasured === 'skipped' ? '' : '*'} | ${r.naiveSecs === null ? '–' : f(r.naiveSecs / r.fullSecs, 0)} | ${r.stealDuringFull === null ? '–' : f(100 * r.stealDuringFull, 1)} |`,
  );
}
out.push(
  '',
  '\\* measured on the first summary lines that fit the budget (search engine: its index built whole, its queries within ' +
    SEARCH_BUDGET_S +
    ' s; naive peer: ' +
    NAIVE_BUDGET_S +
    ' s) and scaled: each query costs about the same. steal %: CPU time the hypervisor gave to other guests during the full check (/proc/stat).',
  '',
);
out.push(
  'Accuracy, one rule for every system (the picked source line holds what the summary line was made from; child.mjs `score`), by kind of rewrite; pool repeats: how many source lines each pool sentence stands in:',
  '',
);
out.push(
  `| lang | N source | pool repeats | isnad all | ${kindsShown.join(' | ')} | search all | ${kindsShown.join(' | ')} | isnad on search's lines | naive | isnad on naive's lines |`,
  `|---|---:|---:|---:|${kindsShown.map(() => '---:').join('|')}|---:|${kindsShown.map(() => '---:').join('|')}|---:|---:|---:|`,
);
for (const r of rows.filter((x) => !x.failed)) {
  const s = r.search;
  out.push(
    `| ${r.lang} | ${r.n} | ${f(r.poolRepeats, 1)} | ${f(r.accuracy, 3)} | ${kindsShown.map((k) => f(r.accuracyByKind?.[k], 3)).join(' | ')} | ${s ? f(s.accuracy, 3) : '–'} | ${kindsShown.map((k) => (s ? f(s.accuracyByKind?.[k], 3) : '–')).join(' | ')} | ${s ? f(s.isnadAccuracyOnSample, 3) : '–'} | ${f(r.naiveAccuracy, 3)} | ${f(r.accuracyOnNaiveSample, 3)} |`,
  );
}
out.push(
  '',
  "The claim model's verdict per summary line (a line is flagged when it has a flag of severity error in the JSON report): invented lines flagged (goal ≥ 80% at 10,000) and rewritten lines flagged (goal ≤ 2%), by kind:",
  '',
);
out.push(
  `| lang | N source | invented flagged | rewritten flagged | ${kindsShown.join(' | ')} | old figure: invented with no alignment ≥ 0.15 |`,
  `|---|---:|---:|---:|${kindsShown.map(() => '---:').join('|')}|---:|`,
);
for (const r of rows.filter((x) => !x.failed))
  out.push(
    `| ${r.lang} | ${r.n} | ${pct(r.inventedError)} | ${pct(r.rewrittenError)} | ${kindsShown.map((k) => pct(r.errorShareByKind?.[k])).join(' | ')} | ${pct(r.inventedLowScoreOld)} |`,
  );
out.push('');
for (const lang of langs) {
  const a = rows.find((r) => r.lang === lang && r.n === 10000 && !r.failed),
    b = rows.find((r) => r.lang === lang && r.n === 100000 && !r.failed),
    c = rows.find((r) => r.lang === lang && r.n === 1000000);
  if (a && b)
    out.push(`- ${lang}: time(100,000) / time(10,000) = ${f(b.fullSecs / a.fullSecs, 1)}; isnad/floor at 100,000 ${f(b.fullSecs / b.floorSecs, 1)} (goal ≤ 6)`);
  if (c && !c.failed && b)
    out.push(
      `- ${lang}: N=1,000,000 in ${f(c.fullSecs, 1)} s and ${f(c.fullRssMiB, 0)} MiB (goal < 2,048); time(1,000,000) / time(100,000) = ${f(c.fullSecs / b.fullSecs, 1)} (goal ≤ 12); accuracy ${f(c.accuracy, 3)} (goal ≥ 0.98)`,
    );
  else if (c) out.push(`- ${lang}: N=1,000,000 did not run through: ${c.failed}`);
}
if (seed) out.push(seedLine());
const corpusLines = [];
if (corpusRows.length) {
  corpusLines.push(
    '',
    `Corpus mode, seed-sized pairs, 1 worker against ${cores} (goal: ≥ 1.4× at 10,000 pairs, no slower at 100; identical output), and the same pairs as ${cores} independent processes:`,
    '',
  );
  corpusLines.push(
    `| pairs | 1 worker pairs/s | ${cores} workers pairs/s | speed-up | identical output | ${cores} processes speed-up | ms a pair: first / first 50 / warm (mean, median) | steal % (1 / ${cores}) | load average (start → end of 1 and all) |`,
    '|---:|---:|---:|---:|---|---:|---|---|---|',
  );
  for (const c of corpusRows)
    corpusLines.push(
      `| ${c.pairs} | ${f(c.pairsPerSecOne, 1)} | ${f(c.pairsPerSecAll, 1)} | ${f(c.speedUp, 2)} | ${c.identicalOutput} | ${f(c.independentSpeedUp, 2)} | ${f(c.firstPairMs, 0)} / ${f(c.coldMsPerPair, 1)} / ${f(c.warmMsPerPair, 1)}, ${f(c.warmMedianMsPerPair, 1)} | ${c.stealOne === null ? '–' : f(100 * c.stealOne, 1)} / ${c.stealAll === null ? '–' : f(100 * c.stealAll, 1)} | ${f(c.loadAverage1mStartEnd[0], 1)} → ${f(c.loadAverage1mStartEnd[1], 1)} |`,
    );
}
out.push(...corpusLines);
out.push('', 'The HTML report beside the JSON report of the same check:', '', ...htmlLines());
process.stdout.write((corpusOnly ? [out[0], ...corpusLines] : out).join('\n') + '\n');
