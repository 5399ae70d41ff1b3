import { describe, it, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync, execFileSync } from 'node:child_process';
import { runIsnad } from './helpers.js';

import { check } from './checked.js';
import { decisionFor, serializeDecisions, applyDecisions } from '../src/review/decisions.js';
import type { Report } from '../src/check/types.js';

const ROOT = path.resolve(__dirname, '..');
const SEED = path.join(ROOT, 'corpus', 'libya-sirte-2016');
const BIN = path.join(ROOT, 'bin', 'isnad.js');

const run = (args: string[], cwd?: string) => runIsnad(args, { cwd });

const EN_SOURCE = [
  'The ministry of health reported 1,200 new cases of cholera in the northern provinces last week.',
  'Officials said the outbreak began in Mosul and spread along the river.',
  'Aid agencies have sent 40 tonnes of medical supplies, the UN said on Tuesday.',
  'Schools in three districts were closed as a precaution.',
].join(' ');
const EN_SUMMARIES = [
  'The health ministry reported 1,200 new cholera cases last week. Aid agencies sent 40 tonnes of supplies.',
  'Officials said the outbreak began in Mosul. The governor resigned on Monday over the crisis.',
  'Schools in three districts closed. The ministry reported 1,500 new cases.',
  'The outbreak spread along the river, officials said.',
];

/** A corpus of `n` pairs in a fresh folder: the seed pair, then English pairs. */
function makeCorpus(n: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-corpus-'));
  for (let i = 0; i < n; i++) {
    const p = path.join(dir, `pair-${String(i).padStart(2, '0')}`);
    fs.mkdirSync(p);
    if (i === 0) {
      fs.copyFileSync(path.join(SEED, 'summary.txt'), path.join(p, 'summary.txt'));
      fs.copyFileSync(path.join(SEED, 'source.txt'), path.join(p, 'source.txt'));
    } else {
      fs.writeFileSync(path.join(p, 'summary.txt'), EN_SUMMARIES[i % EN_SUMMARIES.length] + ` (${i})`);
      fs.writeFileSync(path.join(p, 'source.txt'), EN_SOURCE);
    }
  }
  return dir;
}

/** Every href of every HTML page under `dir`: a file that exists, or an id of the page (or of the page it names). */
function expectLinksResolve(dir: string, pages: number): void {
  const html = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).map((f) => path.join(dir, f));
  expect(html.length).toBe(pages);
  let links = 0;
  for (const page of html) {
    const text = fs.readFileSync(page, 'utf8');
    for (const m of text.matchAll(/\shref="([^"]*)"/g)) {
      const href = m[1].replace(/&amp;/g, '&');
      if (/^(https?:|mailto:|data:)/.test(href)) continue;
      const [file, id] = href.split('#');
      const target = file ? path.resolve(path.dirname(page), decodeURIComponent(file)) : page;
      expect(fs.existsSync(target), `${page}: ${href}`).toBe(true);
      if (id) expect(fs.readFileSync(target, 'utf8'), `${page}: ${href}`).toContain(`id="${id}"`);
      links++;
    }
  }
  expect(links).toBeGreaterThan(0);
}

describe('corpus mode', () => {
  let corpus: string;
  beforeAll(() => {
    corpus = makeCorpus(6);
  });

  it('checks every pair; a broken pair is an error for that pair alone, and the exit code is 2', async () => {
    const dir = makeCorpus(4);
    fs.rmSync(path.join(dir, 'pair-02', 'source.txt'));
    fs.writeFileSync(path.join(dir, 'pair-03', 'summary.txt'), Buffer.from([0x41, 0x00, 0x42]));
    const out = path.join(dir, 'out.json');
    const r = await run(['check', '--corpus', dir, '--format', `json:${out}`, '--no-config']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/pair-02: .*source\.txt: no such file/);
    expect(r.err).toMatch(/pair-03: .*summary\.txt: .*NUL byte/i);
    const json = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(json.pairs.map((p: Report) => p.pair)).toEqual(['pair-00', 'pair-01']);
    expect(json.totals.pairs).toBe(2);
  });

  it('a broken pair is a failure in every kept file: index.html, index.json, JSON totals, SARIF and JUnit', async () => {
    const dir = makeCorpus(3);
    fs.rmSync(path.join(dir, 'pair-01', 'source.txt'));
    const site = path.join(dir, 'site');
    const r = await run([
      'check',
      '--corpus',
      dir,
      '--out-dir',
      site,
      '-f',
      `json:${dir}/all.json`,
      '-f',
      `sarif:${dir}/all.sarif`,
      '-f',
      `junit:${dir}/all.xml`,
      '-f',
      'markdown',
      '--no-config',
    ]);
    expect(r.code).toBe(2);
    const all = JSON.parse(fs.readFileSync(`${dir}/all.json`, 'utf8'));
    expect(all.totals.broken).toBe(1);
    expect(all.broken).toEqual([{ pair: 'pair-01', error: expect.stringMatching(/source\.txt: no such file/) }]);
    const index = JSON.parse(fs.readFileSync(path.join(site, 'index.json'), 'utf8'));
    expect(index.broken.map((b: { pair: string }) => b.pair)).toEqual(['pair-01']);
    const html = fs.readFileSync(path.join(site, 'index.html'), 'utf8');
    expect(html).toMatch(/<tr class="broken"><td>pair-01<\/td><td colspan="8" class="c-error">not checked: [^<]*source\.txt: no such file/);
    const sarif = JSON.parse(fs.readFileSync(`${dir}/all.sarif`, 'utf8'));
    const inv = sarif.runs[0].invocations[0];
    expect(inv.executionSuccessful).toBe(false);
    expect(inv.toolExecutionNotifications).toEqual([
      expect.objectContaining({ level: 'error', message: { text: expect.stringMatching(/^pair-01: .*source\.txt: no such file/) } }),
    ]);
    const Ajv = (await import('ajv-draft-04')).default.default;
    const addFormats = (await import('ajv-formats')).default.default;
    const ajv = new Ajv({ strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'sarif-schema-2.1.0.json'), 'utf8')));
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 2))).toBe(true);
    const junit = fs.readFileSync(`${dir}/all.xml`, 'utf8');
    expect(junit).toMatch(/<testsuites name="isnad" tests="\d+" failures="\d+" errors="1">/);
    expect(junit).toMatch(
      /<testsuite name="pair-01" tests="1" failures="0" errors="1" skipped="0">\n\s+<testcase classname="pair-01" name="read the pair">\n\s+<error type="broken-pair" message="[^"]*source\.txt: no such file/,
    );
    expect(r.out).toMatch(/\| pair-01 \| not checked: /);
    // the text format: a line for the pair, and no "no unsupported claims" tick over a run with a pair unread
    const allBroken = makeCorpus(2);
    for (const p of ['pair-00', 'pair-01']) fs.rmSync(path.join(allBroken, p, 'source.txt'));
    const text = await run(['check', '--corpus', allBroken, '--no-config']);
    expect(text.out).toMatch(/^pair-00: not checked: .*source\.txt: no such file$/m);
    expect(text.out).toMatch(/^✖ 2 pairs not checked$/m);
    expect(text.out).not.toContain('✓');
    // a shard's broken pair survives the merge: two shards merged are byte for byte the single run
    for (const k of [1, 2]) await run(['check', '--corpus', dir, '--shard', `${k}/2`, '-f', `json:${dir}/s${k}.json`, '--no-config']);
    const merged = await run(['merge', `${dir}/s2.json`, `${dir}/s1.json`, '-f', `json:${dir}/merged.json`, '-f', `sarif:${dir}/merged.sarif`, '--no-config']);
    expect(merged.code).toBe(2);
    expect(fs.readFileSync(`${dir}/merged.json`, 'utf8')).toBe(fs.readFileSync(`${dir}/all.json`, 'utf8'));
    expect(fs.readFileSync(`${dir}/merged.sarif`, 'utf8')).toBe(fs.readFileSync(`${dir}/all.sarif`, 'utf8'));
  });

  it('skips hidden folders, warns once about folders that hold no pair, and calls two summary files in one folder an error', async () => {
    const dir = makeCorpus(2);
    fs.mkdirSync(path.join(dir, '.git'));
    fs.writeFileSync(path.join(dir, '.git', 'summary.txt'), 'not a pair');
    fs.mkdirSync(path.join(dir, 'notes'));
    fs.writeFileSync(path.join(dir, 'notes', 'todo.md'), 'check the names');
    fs.mkdirSync(path.join(dir, 'drafts'));
    const clean = await run(['check', '--corpus', dir, '-f', 'json', '--no-config', '--exit-zero']);
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.out).pairs.map((p: Report) => p.pair)).toEqual(['pair-00', 'pair-01']);
    expect(clean.err).toBe(`isnad: warning: ${dir}: skipped 2 folders with no summary or source file: drafts, notes\n`);
    expect((await run(['check', '--corpus', dir, '-f', 'json', '--no-config', '--exit-zero', '--quiet'])).err).toBe('');
    fs.writeFileSync(path.join(dir, 'pair-00', 'summary.txt.orig'), 'a merge leftover');
    expect((await run(['check', '--corpus', dir, '-f', 'json', '--no-config', '--exit-zero'])).code).toBe(0);
    fs.writeFileSync(path.join(dir, 'pair-01', 'summary.md'), 'Another summary.');
    const twice = await run(['check', '--corpus', dir, '-f', 'json', '--no-config', '--exit-zero']);
    expect(twice.code).toBe(2);
    expect(twice.err).toMatch(/pair-01: .*pair-01: two summary files \(summary\.md, summary\.txt\): keep one/);
    expect(JSON.parse(twice.out).pairs.map((p: Report) => p.pair)).toEqual(['pair-00']);
  });

  it("every link of every page written resolves: --corpus with -f html:FILE (no --out-dir), with --out-dir elsewhere, and the README's GitHub Actions recipe", async () => {
    const dir = makeCorpus(3);
    const alone = path.join(dir, 'web', 'isnad.html');
    await run(['check', '--corpus', dir, '-f', `html:${alone}`, '--no-config', '--exit-zero']);
    expectLinksResolve(path.join(dir, 'web'), 4);
    const apart = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-apart-'));
    await run(['check', '--corpus', dir, '-f', `html:${apart}/top/index-of-all.html`, '--out-dir', `${apart}/pages`, '--no-config', '--exit-zero']);
    expectLinksResolve(apart, 5);
    // on standard output, with no pages anywhere, the index has rows but no links to follow
    const piped = await run(['check', '--corpus', dir, '-f', 'html', '--no-config', '--exit-zero']);
    expect(piped.out).toContain('pair-02');
    expect(piped.out).not.toMatch(/href="[^"#]*\.html"/);
    // the recipe, as the README gives it, in a checkout whose base branch is main
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const recipe = /- name: Check the translations this pull request changes\n\s+run: >\n((?:\s{10}.*\n)+)/.exec(readme);
    expect(recipe).not.toBeNull();
    const words = recipe![1]
      .replace(/\$\{\{ github\.base_ref \}\}/g, 'main')
      .trim()
      .split(/\s+/);
    expect(words.slice(0, 3)).toEqual(['npx', 'isnad', 'check']);
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-recipe-'));
    const corpusDir = path.join(repo, 'corpus');
    fs.cpSync(makeCorpus(3), corpusDir, { recursive: true });
    const git = (...a: string[]) =>
      execFileSync('git', a, {
        cwd: repo,
        encoding: 'utf8',
        env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
      });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-qm', 'corpus');
    git('update-ref', 'refs/remotes/origin/main', 'HEAD');
    fs.appendFileSync(path.join(corpusDir, 'pair-01', 'summary.txt'), ' The mayor said so.');
    fs.appendFileSync(path.join(corpusDir, 'pair-02', 'summary.txt'), ' More.');
    const cwd = process.cwd();
    process.chdir(repo);
    try {
      const r = await run([...words.slice(2), '--no-config'], repo);
      expect(r.code).not.toBe(2);
    } finally {
      process.chdir(cwd);
    }
    expectLinksResolve(repo, 3);
  });

  it('out-dir: index.json lists the files this run wrote; --clean removes those of earlier runs, and nothing else', async () => {
    const dir = makeCorpus(3);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-outdir-'));
    fs.writeFileSync(path.join(out, 'README.txt'), "not isnad's");
    await run(['check', '--corpus', dir, '--out-dir', out, '--no-config', '--exit-zero']);
    const first = JSON.parse(fs.readFileSync(path.join(out, 'index.json'), 'utf8'));
    expect(first.files).toEqual(['index.html', 'index.json', ...['00', '01', '02'].flatMap((n) => ['html', 'json', 'txt'].map((x) => `pair-${n}.${x}`))]);
    fs.rmSync(path.join(dir, 'pair-01'), { recursive: true });
    await run(['check', '--corpus', dir, '--out-dir', out, '--no-config', '--exit-zero']);
    const second = JSON.parse(fs.readFileSync(path.join(out, 'index.json'), 'utf8'));
    expect(second.files).not.toContain('pair-01.html');
    expect(second.stale).toEqual(['pair-01.html', 'pair-01.json', 'pair-01.txt']);
    expect(fs.existsSync(path.join(out, 'pair-01.html'))).toBe(true); // kept without --clean, listed as stale
    await run(['check', '--corpus', dir, '--out-dir', out, '--no-config', '--exit-zero']);
    expect(JSON.parse(fs.readFileSync(path.join(out, 'index.json'), 'utf8')).stale).toEqual(second.stale); // still known a run later
    await run(['check', '--corpus', dir, '--out-dir', out, '--clean', '--no-config', '--exit-zero']);
    expect(fs.readdirSync(out).sort()).toEqual(['README.txt', ...second.files].sort());
    expect((await run(['check', '--corpus', dir, '--clean', '--no-config'])).err).toMatch(/--clean needs --out-dir/);
  });

  it('N shards merged equal one run (JSON and SARIF)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-shards-'));
    const one = await run(['check', '--corpus', corpus, '--format', `json:${dir}/all.json`, '--format', `sarif:${dir}/all.sarif`, '--no-config']);
    const shards: string[] = [];
    const seen: string[] = [];
    for (let k = 1; k <= 4; k++) {
      await run(['check', '--corpus', corpus, '--shard', `${k}/4`, '--format', `json:${dir}/s${k}.json`, '--no-config', '--exit-zero']);
      shards.push(`${dir}/s${k}.json`);
      seen.push(...JSON.parse(fs.readFileSync(`${dir}/s${k}.json`, 'utf8')).pairs.map((p: Report) => p.pair));
    }
    expect(seen.sort()).toEqual(fs.readdirSync(corpus).sort()); // every pair in exactly one shard
    const merged = await run(['merge', ...shards.reverse(), '--format', `json:${dir}/merged.json`, '--format', `sarif:${dir}/merged.sarif`, '--no-config']);
    expect(merged.code).toBe(one.code);
    expect(fs.readFileSync(`${dir}/merged.json`, 'utf8')).toBe(fs.readFileSync(`${dir}/all.json`, 'utf8'));
    expect(fs.readFileSync(`${dir}/merged.sarif`, 'utf8')).toBe(fs.readFileSync(`${dir}/all.sarif`, 'utf8'));
    // a shard with pairs (shards go by a hash of the pair id: one of four can be empty)
    const some = shards.find((f) => JSON.parse(fs.readFileSync(f, 'utf8')).pairs.length > 0)!;
    const dup = await run(['merge', some, some, '--no-config']);
    expect(dup.code).toBe(2);
    expect(dup.err).toMatch(/appears in more than one report/);
    expect((await run(['check', '--corpus', corpus, '--shard', '5/4', '--no-config'])).err).toMatch(/--shard 5\/4: K must be between 1 and N/);
  });

  it('gives byte-identical output with one worker or two (worker pool, order kept)', () => {
    const a = spawnSync('node', [BIN, 'check', '--corpus', corpus, '--format', 'json', '--workers', '1', '--no-config'], { encoding: 'utf8' });
    // isolates start only on enough input (pool.ts, BYTES_PER_ISOLATE): a byte each here, so that this thread and two isolates share the pairs
    const env = { ...process.env, ISNAD_BYTES_PER_ISOLATE: '1' };
    const b = spawnSync('node', [BIN, 'check', '--corpus', corpus, '--format', 'json', '--workers', '2', '--no-config'], { encoding: 'utf8', env });
    const c = spawnSync('node', [BIN, 'check', '--corpus', corpus, '--format', 'json', '--workers', '3', '--no-config'], { encoding: 'utf8', env });
    expect(a.status).toBe(1);
    expect(b.status).toBe(1);
    expect(c.status).toBe(1);
    expect(b.stdout).toBe(a.stdout);
    expect(c.stdout).toBe(a.stdout);
    expect(JSON.parse(a.stdout).pairs).toHaveLength(6);
  });

  it('--manifest lists pairs with paths relative to the manifest; bad manifests are one-line errors', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-manifest-'));
    const m = path.join(dir, 'pairs.json');
    fs.writeFileSync(
      m,
      JSON.stringify([
        {
          id: 'b-en',
          summary: path.relative(dir, path.join(corpus, 'pair-01', 'summary.txt')),
          source: path.relative(dir, path.join(corpus, 'pair-01', 'source.txt')),
          lang: 'en',
        },
        { id: 'a-ar', summary: path.join(SEED, 'summary.txt'), source: path.join(SEED, 'source.txt'), summaryLang: 'ar', sourceLang: 'ar' },
      ]),
    );
    const r = await run(['check', '--manifest', m, '--format', 'json', '--no-config']);
    const json = JSON.parse(r.out);
    expect(json.pairs.map((p: Report) => p.pair)).toEqual(['a-ar', 'b-en']);
    expect(json.pairs[1].summary.lang).toBe('en');
    fs.writeFileSync(m, JSON.stringify([{ id: 'x', summary: 'a' }]));
    expect((await run(['check', '--manifest', m, '--no-config'])).err).toMatch(/pairs\.json: invalid manifest: entry 0: "source" must be a non-empty string/);
    fs.writeFileSync(
      m,
      JSON.stringify([
        { id: 'x', summary: 'a', source: 'b' },
        { id: 'x', summary: 'a', source: 'b' },
      ]),
    );
    expect((await run(['check', '--manifest', m, '--no-config'])).err).toMatch(/duplicate id "x"/);
    fs.writeFileSync(m, '{ not json');
    const bad = await run(['check', '--manifest', m, '--no-config']);
    expect(bad.code).toBe(2);
    expect(bad.err.trim().split('\n')).toHaveLength(1);
  });

  it('--changed-since REF checks only the pairs whose files changed (committed, unstaged or untracked)', async () => {
    const dir = makeCorpus(4);
    const git = (...a: string[]) =>
      execFileSync('git', a, {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
      });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'corpus');
    fs.appendFileSync(path.join(dir, 'pair-01', 'summary.txt'), ' The mayor said so.');
    fs.mkdirSync(path.join(dir, 'pair-09'));
    fs.writeFileSync(path.join(dir, 'pair-09', 'summary.txt'), 'New.');
    fs.writeFileSync(path.join(dir, 'pair-09', 'source.txt'), 'New text.');
    git('add', 'pair-01');
    git('commit', '-qm', 'edit');
    fs.appendFileSync(path.join(dir, 'pair-03', 'source.txt'), ' More.');
    const r = await run(['check', '--corpus', dir, '--changed-since', 'HEAD~1', '--format', 'json', '--no-config', '--exit-zero'], dir);
    expect(JSON.parse(r.out).pairs.map((p: Report) => p.pair)).toEqual(['pair-01', 'pair-03', 'pair-09']);
    const none = await run(['check', '--corpus', dir, '--changed-since', 'origin/no-such-ref', '--no-config'], dir);
    expect(none.code).toBe(2);
    expect(none.err.trim().split('\n')).toHaveLength(1);
    // git's own reason, and what to do about it
    expect(none.err).toMatch(
      /--changed-since origin\/no-such-ref: git does not know this ref \(fatal: Needed a single revision\); fetch it first \(git fetch origin no-such-ref, or actions\/checkout with fetch-depth: 0\)/,
    );
  });
});

describe('configuration', () => {
  it('is found upward from the working directory; its rules apply and the command line wins', async () => {
    const dir = makeCorpus(2);
    fs.writeFileSync(path.join(dir, 'isnad.config.json'), JSON.stringify({ corpus: '.', rules: { 'unsupported-claim': 'off' }, format: ['json'] }));
    const sub = path.join(dir, 'pair-00');
    const cwd = process.cwd();
    process.chdir(sub);
    try {
      const r = await run(['check', '--exit-zero'], sub);
      const json = JSON.parse(r.out);
      expect(json.pairs.map((p: Report) => p.pair)).toEqual(['pair-00', 'pair-01']);
      expect(json.pairs.flatMap((p: Report) => p.flags).some((f: { rule: string }) => f.rule === 'unsupported-claim')).toBe(false);
      const over = JSON.parse((await run(['check', '--exit-zero', '--rule', 'unsupported-claim=warning'], sub)).out);
      expect(over.pairs[0].flags.some((f: { rule: string; severity: string }) => f.rule === 'unsupported-claim' && f.severity === 'warning')).toBe(true);
    } finally {
      process.chdir(cwd);
    }
  });

  it('resolves its paths (format outputs, outDir, decisions) against the config file, not the working directory', async () => {
    const dir = makeCorpus(2);
    const S = path.join(dir, 'pair-00', 'summary.txt'),
      T = path.join(dir, 'pair-00', 'source.txt');
    const base = JSON.parse((await run(['check', S, T, '-f', 'json', '--no-config'])).out) as Report;
    const flag = base.flags.find((f) => f.severity === 'error')!;
    fs.mkdirSync(path.join(dir, 'review'));
    // the single pair's decision is keyed by the summary's path relative to the config file
    fs.writeFileSync(
      path.join(dir, 'review', 'decisions.json'),
      serializeDecisions({ version: 1, decisions: [{ ...decisionFor(base, flag, 'known', 'desk'), pair: 'pair-00/summary.txt' }] }),
    );
    fs.writeFileSync(
      path.join(dir, 'isnad.config.json'),
      JSON.stringify({ corpus: '.', outDir: 'site', format: ['json:out/all.json', 'sarif:out/all.sarif'], decisions: 'review/decisions.json' }),
    );
    const sub = path.join(dir, 'pair-01');
    const cwd = process.cwd();
    process.chdir(sub);
    try {
      await run(['check', '--exit-zero'], sub);
      expect(fs.existsSync(path.join(dir, 'out', 'all.json'))).toBe(true);
      expect(fs.existsSync(path.join(dir, 'out', 'all.sarif'))).toBe(true);
      expect(fs.existsSync(path.join(dir, 'site', 'index.json'))).toBe(true);
      expect(fs.readdirSync(sub).sort()).toEqual(['source.txt', 'summary.txt']);
      const one = await run(['check', S, T, '-f', 'json:-', '--exit-zero'], sub);
      expect(JSON.parse(one.out).stats.suppressed).toBe(1);
    } finally {
      process.chdir(cwd);
    }
  });

  it('rejects unknown keys and bad values with one line naming the file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-config-'));
    const f = path.join(dir, 'isnad.config.json');
    const cases: [unknown, RegExp][] = [
      [{ rulez: {} }, /unknown key "rulez"/],
      [{ rules: { 'unsupported-claim': 'loud' } }, /rules\.unsupported-claim must be "error", "warning", "info" or "off"/],
      [{ rules: { 'no-such-rule': 'off' } }, /unknown rule "no-such-rule"/],
      [{ thresholds: { claimSupport: 2 } }, /thresholds\.claimSupport must be between 0 and 1/],
      [{ format: ['pdf'] }, /unknown format "pdf"/],
      [{ maxWarnings: -1 }, /"maxWarnings" must be a whole number ≥ 0/],
      [{ lang: 'xx' }, /"lang": unknown language "xx"/],
      [[1, 2], /expected a JSON object/],
    ];
    for (const [content, re] of cases) {
      fs.writeFileSync(f, JSON.stringify(content));
      const r = await run(['check', path.join(SEED, 'summary.txt'), path.join(SEED, 'source.txt'), '--config', f]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(re);
      expect(r.err).toContain('isnad.config.json: invalid config');
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
  });

  it('the published JSON schema accepts what the loader accepts and rejects what it rejects', async () => {
    const Ajv = (await import('ajv')).default.default;
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'isnad.config.schema.json'), 'utf8'));
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(
      validate({
        rules: { omission: 'off' },
        thresholds: { claimSupport: 0.2, spanWords: 2 },
        format: ['json:out.json', 'html'],
        corpus: 'corpus',
        workers: 2,
      }),
    ).toBe(true);
    for (const bad of [{ rulez: {} }, { rules: { omission: 'loud' } }, { thresholds: { claimSupport: 2 } }, { format: ['pdf'] }, { maxWarnings: -1 }])
      expect(validate(bad)).toBe(false);
  });
});

describe('review decisions', () => {
  const summary = fs.readFileSync(path.join(SEED, 'summary.txt'), 'utf8');
  const source = fs.readFileSync(path.join(SEED, 'source.txt'), 'utf8');

  it('suppress the accepted flag, survive an edit elsewhere in the text, and report stale ones', () => {
    const r = check(summary, source, { pair: 'p' });
    // an error (the claim model leaves a weakly evidenced name as a warning)
    const f = r.flags.find((x) => x.rule === 'unknown-name' && x.severity === 'error')!;
    const ghost = { ...decisionFor(r, f, 'r', 'e'), text: 'words that are not there' };
    const edited = check('عنوان جديد للخبر.\n' + summary.replace('وساعدت فرق', 'وقد ساعدت فرق'), source, { pair: 'p' });
    const { reports, stale } = applyDecisions([edited], [decisionFor(r, f, 'known to the desk', 'editor'), ghost]);
    const same = reports[0].flags.find((x) => x.rule === f.rule && x.text === f.text && x.suppressed);
    expect(same?.suppressed).toEqual({ reason: 'known to the desk', by: 'editor' });
    expect(reports[0].stats.suppressed).toBe(1);
    expect(reports[0].stats.flags.error).toBe(edited.stats.flags.error - 1);
    expect(stale).toEqual([ghost]);
  });

  it("a single pair's decisions are keyed by its path from the working tree's root: absolute, relative and from a subfolder alike", async () => {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-key-'));
    execFileSync('git', ['init', '-q'], { cwd: repo });
    const pair = path.join(repo, 'desk', 'story');
    fs.mkdirSync(pair, { recursive: true });
    fs.copyFileSync(path.join(SEED, 'summary.txt'), path.join(pair, 'summary.txt'));
    fs.copyFileSync(path.join(SEED, 'source.txt'), path.join(pair, 'source.txt'));
    const cwd = process.cwd();
    const at = async (where: string, args: string[]) => {
      process.chdir(where);
      try {
        return JSON.parse((await run(['check', ...args, '-f', 'json', '--no-config', '--exit-zero'], where)).out) as Report;
      } finally {
        process.chdir(cwd);
      }
    };
    const base = await at(repo, ['desk/story/summary.txt', 'desk/story/source.txt']);
    expect(base.summary.file).toBe('desk/story/summary.txt');
    const flag = base.flags.find((f) => f.severity === 'error')!;
    const file = path.join(repo, 'decisions.json');
    fs.writeFileSync(file, serializeDecisions({ version: 1, decisions: [decisionFor(base, flag, 'known to the desk', 'editor')] }));
    const runs = [
      await at(repo, ['./desk/story/summary.txt', 'desk/story/source.txt', '--decisions', file]),
      await at(repo, [path.join(pair, 'summary.txt'), path.join(pair, 'source.txt'), '--decisions', file]),
      await at(path.join(repo, 'desk'), ['story/summary.txt', 'story/source.txt', '--decisions', file]),
      await at(pair, ['summary.txt', 'source.txt', '--decisions', file]),
    ];
    for (const r of runs) {
      expect(r.summary.file).toBe('desk/story/summary.txt');
      expect(r.stats.suppressed).toBe(1);
    }
  });

  it('the CLI honours the decisions file, warns about stale decisions and prunes them', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-decisions-'));
    const S = path.join(SEED, 'summary.txt'),
      T = path.join(SEED, 'source.txt');
    const before = JSON.parse((await run(['check', S, T, '--format', 'json', '--no-config'])).out) as Report;
    const errors = before.flags.filter((f) => f.severity === 'error');
    const file = path.join(dir, 'isnad-decisions.json');
    const ghost = { ...decisionFor(before, errors[0], 'x', 'y'), text: 'gone' };
    fs.writeFileSync(
      file,
      serializeDecisions({ version: 1, decisions: [...errors.map((f) => decisionFor(before, f, 'accepted by the desk', 'editor', '2026-11-22')), ghost] }),
    );
    const r = await run(['check', S, T, '--decisions', file, '--no-config']);
    expect(r.code).toBe(0); // every error accepted: only warnings remain
    expect(r.out).toMatch(new RegExp(`${errors.length} accepted`));
    expect(r.err).toMatch(/1 stale decision .*"gone".*--prune-decisions/);
    const p = await run(['check', S, T, '--decisions', file, '--prune-decisions', '--no-config']);
    expect(p.err).toMatch(/removed 1 stale decision/);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).decisions).toHaveLength(errors.length);
    fs.writeFileSync(file, JSON.stringify({ version: 1, decisions: [{ ...ghost, reason: '' }] }));
    const bad = await run(['check', S, T, '--decisions', file, '--no-config']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/isnad-decisions\.json: invalid decisions file: decisions\[0\]\.reason must not be empty/);
  });
});
