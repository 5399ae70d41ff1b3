import { describe, it, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { runIsnad } from './helpers.js';


const ROOT = path.resolve(__dirname, '..');
const PAIR = path.join(ROOT, 'corpus', 'libya-sirte-2016');
const SUMMARY = path.join(PAIR, 'summary.txt');
const SOURCE = path.join(PAIR, 'source.txt');

const run = (args: string[], stdin?: Buffer) => runIsnad(args, { stdin });

let tmp: string;
beforeAll(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-cli-')); });

describe('cli', () => {
  it('checks the seed pair: flags printed, exit 1', async () => {
    const r = await run(['check', SUMMARY, SOURCE]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/unknown-name/);
    expect(r.out).toMatch(/البنيان المرصوص/);
  });

  it('writes the JSON contract with exact offsets', async () => {
    const file = path.join(tmp, 'seed.json');
    const r = await run(['check', SUMMARY, SOURCE, '--format', `json:${file}`]);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    const rep = JSON.parse(fs.readFileSync(file, 'utf8'));
    const s = fs.readFileSync(SUMMARY, 'utf8'), t = fs.readFileSync(SOURCE, 'utf8');
    for (const x of [...rep.summary.sentences, ...rep.summary.claims]) expect(s.slice(x.start, x.end)).toBe(x.text);
    for (const x of rep.source.sentences) expect(t.slice(x.start, x.end)).toBe(x.text);
    for (const f of rep.flags) expect((f.document === 'summary' ? s : t).slice(f.start, f.end)).toBe(f.text);
    for (const a of rep.alignments) { expect(typeof a.summary).toBe('string'); expect(Array.isArray(a.sources)).toBe(true); expect(typeof a.score).toBe('number'); }
    for (const c of rep.summary.claims) expect(rep.summary.sentences.some((x: { id: string }) => x.id === c.sentence)).toBe(true);
  });

  it('gives byte-identical output over repeated runs', async () => {
    const a = await run(['check', SUMMARY, SOURCE, '--format', 'json']);
    const b = await run(['check', SUMMARY, SOURCE, '--format', 'json']);
    expect(a.out).toBe(b.out);
  });

  it('agrees with the independent scorer (tools/score.mjs)', async () => {
    const file = path.join(tmp, 'score.json');
    await run(['check', SUMMARY, SOURCE, '--format', `json:${file}`]);
    const theirs = JSON.parse(execFileSync('node', [path.join(ROOT, 'tools', 'score.mjs'), path.join(PAIR, 'gold.json'), SUMMARY, SOURCE, file], { encoding: 'utf8' }));
    const { scoreAgainstGold } = await import('../src/eval/gold.js');
    const ours = scoreAgainstGold(JSON.parse(fs.readFileSync(path.join(PAIR, 'gold.json'), 'utf8')), fs.readFileSync(SUMMARY, 'utf8'), fs.readFileSync(SOURCE, 'utf8'), JSON.parse(fs.readFileSync(file, 'utf8')));
    expect(ours).toEqual(theirs);
  });

  it('exit codes: 0 when clean, 2 on usage errors, --max-warnings and --fail-on', async () => {
    const a = path.join(tmp, 'a.txt'), b = path.join(tmp, 'b.txt');
    fs.writeFileSync(b, 'The ministry of health reported 1,200 new cases of cholera in the northern provinces last week.');
    fs.writeFileSync(a, 'The health ministry reported 1,200 new cholera cases in the northern provinces.');
    expect((await run(['check', a, b])).code).toBe(0);
    expect((await run(['check', a])).code).toBe(2);
    expect((await run(['check', a, b, '--format', 'nope'])).code).toBe(2);
    expect((await run(['check', a, b, '--bogus'])).code).toBe(2);
    expect((await run(['check', SUMMARY, SOURCE, '--exit-zero'])).code).toBe(0);
    // every rule that can give an error (the claim model raises a rule's flags to errors unless its severity is set)
    const onlyWarnings = ['check', SUMMARY, SOURCE, ...['unsupported-claim', 'unsupported-span', 'unknown-name', 'number-mismatch', 'negation-mismatch', 'antonym-mismatch', 'entity-mismatch'].flatMap((r) => ['--rule', `${r}=warning`])];
    expect((await run(onlyWarnings)).code).toBe(0);
    expect((await run([...onlyWarnings, '--max-warnings', '0'])).code).toBe(1);
    expect((await run([...onlyWarnings, '--fail-on', 'warning'])).code).toBe(1);
  });

  it('bad input: one clear line naming the file, exit 2, nothing written', async () => {
    const out = path.join(tmp, 'never.json');
    const bin = path.join(tmp, 'bin.txt');
    fs.writeFileSync(bin, Buffer.from([0x41, 0x42, 0x00, 0x43]));
    const bad = path.join(tmp, 'bad.txt');
    fs.writeFileSync(bad, Buffer.concat([Buffer.from('نص عربي '), Buffer.from([0xc7, 0xe1, 0xd1])]));
    const cases: [string[], RegExp][] = [
      [['check', path.join(tmp, 'missing.txt'), SOURCE], /missing\.txt: no such file/],
      [['check', tmp, SOURCE], /is a directory/],
      [['check', bin, SOURCE], /bin\.txt: binary input: NUL byte at byte offset 2/],
      [['check', bad, SOURCE], /bad\.txt: invalid UTF-8 at byte offset 14/],
      [['check', SUMMARY, SUMMARY], /same file/],
      [['check', '-', '-'], /standard input/],
    ];
    for (const [args, re] of cases) {
      const r = await run([...args, '--format', `json:${out}`]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(re);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(fs.existsSync(out)).toBe(false);
    }
  });

  it('reads legacy Arabic code pages with --encoding, and one side from standard input', async () => {
    // "قال" in windows-1256
    const f = path.join(tmp, 'cp1256.txt');
    fs.writeFileSync(f, Buffer.from([0xde, 0xc7, 0xe1, 0x20, 0xc7, 0xe1, 0xc8, 0xe4, 0xca, 0xc7, 0xdb, 0xe6, 0xe4, 0x2e]));
    const r = await run(['check', f, SOURCE, '--encoding', 'windows-1256', '--format', 'json']);
    expect(r.code).not.toBe(2);
    expect(JSON.parse(r.out).summary.sentences[0].text).toBe('قال البنتاغون.');
    const s = await run(['check', '-', SOURCE, '--format', 'json'], Buffer.from('\uFEFFقال البنتاغون.'));
    expect(JSON.parse(s.out).summary.sentences[0].text).toBe('قال البنتاغون.');
  });

  it('the built binary prints help and the seed flags (npx isnad)', () => {
    const bin = path.join(ROOT, 'bin', 'isnad.js');
    if (!fs.existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))) execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT });
    const help = spawnSync('node', [bin, '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/isnad check SUMMARY SOURCE/);
    const r = spawnSync('node', [bin, 'check', SUMMARY, SOURCE], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/error/);
  });
});
