// Dumps every output a behaviour-preserving change must keep byte-identical, into one directory:
//   corpus/   the corpus reports (`npm start`: JSON, HTML, text, index)
//   eval-test.md, eval-dev.md, eval-*.json   `npm run eval -- --benchmark all` tables (test and dev), and their
//             rows at full precision (--json)
//   checks-test.txt, checks-dev.txt   one line per check() the eval made: the sha256 of its JSON report
//             (recorded by tools/dump-hook.mjs, which wraps dist/check/check.js for the eval's process)
//   bench-ar-10000.json, bench-en-10000.json   the JSON report of the benchmark's 10,000-sentence pairs
//             (bench/generate.mjs makePair, the seeds bench/run.mjs uses)
// usage: npm run build && node tools/dump-outputs.mjs OUT_DIR [--skip eval,bench,corpus]
// then: diff -r BASELINE_DIR OUT_DIR (empty: nothing changed)
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { makePair } from '../bench/generate.mjs';
import { check } from '../dist/index.js';
import { writeJsonText } from '../dist/report/json-stream.js';

const [out, ...rest] = process.argv.slice(2);
if (!out) {
  process.stderr.write('usage: node tools/dump-outputs.mjs OUT_DIR [--skip eval,bench,corpus]\n');
  process.exit(2);
}
const skip = new Set((rest[rest.indexOf('--skip') + 1] ?? '').split(','));
fs.mkdirSync(out, { recursive: true });
const log = (s) => process.stderr.write(s + '\n');
const run = (args, env = {}) => {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
};

if (!skip.has('corpus')) {
  log('corpus reports…');
  fs.rmSync(path.join(out, 'corpus'), { recursive: true, force: true });
  run(['bin/isnad.js', 'check', '--corpus', 'corpus', '--out-dir', path.join(out, 'corpus'), '--exit-zero']);
}
if (!skip.has('eval')) {
  for (const split of ['test', 'dev']) {
    log(`eval --benchmark all --split ${split}…`);
    const checks = path.join(out, `checks-${split}.txt`);
    fs.rmSync(checks, { force: true });
    const table = run(
      ['--import', './tools/dump-hook.mjs', 'dist/eval/main.js', '--benchmark', 'all', '--split', split, '--json', path.join(out, `eval-${split}.json`)],
      { ISNAD_DUMP_CHECKS: checks },
    );
    fs.writeFileSync(path.join(out, `eval-${split}.md`), table);
  }
}
if (!skip.has('bench')) {
  for (const lang of ['ar', 'en']) {
    log(`bench pair ${lang} 10000…`);
    const n = 10000,
      p = makePair(n, lang, n + (lang === 'ar' ? 0 : 7));
    const chunks = [];
    writeJsonText(check(p.summary, p.source), (c) => chunks.push(c), 2);
    fs.writeFileSync(path.join(out, `bench-${lang}-${n}.json`), chunks.join(''));
  }
}
log(`dumped to ${out}`);
