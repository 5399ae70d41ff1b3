import { describe, it, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { runIsnad } from './helpers.js';
import { runCli } from '../src/cli/run.js';

const ROOT = path.resolve(__dirname, '..');
const PAIR = path.join(ROOT, 'corpus', 'libya-sirte-2016');
const SUMMARY = path.join(PAIR, 'summary.txt');
const SOURCE = path.join(PAIR, 'source.txt');

const run = (args: string[], stdin?: Buffer) => runIsnad(args, { stdin });

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-cli-'));
});

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
    const s = fs.readFileSync(SUMMARY, 'utf8'),
      t = fs.readFileSync(SOURCE, 'utf8');
    for (const x of [...rep.summary.sentences, ...rep.summary.claims]) expect(s.slice(x.start, x.end)).toBe(x.text);
    for (const x of rep.source.sentences) expect(t.slice(x.start, x.end)).toBe(x.text);
    for (const f of rep.flags) expect((f.document === 'summary' ? s : t).slice(f.start, f.end)).toBe(f.text);
    for (const a of rep.alignments) {
      expect(typeof a.summary).toBe('string');
      expect(Array.isArray(a.sources)).toBe(true);
      expect(typeof a.score).toBe('number');
    }
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
    const theirs = JSON.parse(
      execFileSync('node', [path.join(ROOT, 'tools', 'score.mjs'), path.join(PAIR, 'gold.json'), SUMMARY, SOURCE, file], { encoding: 'utf8' }),
    );
    const { scoreAgainstGold } = await import('../src/eval/gold.js');
    const ours = scoreAgainstGold(
      JSON.parse(fs.readFileSync(path.join(PAIR, 'gold.json'), 'utf8')),
      fs.readFileSync(SUMMARY, 'utf8'),
      fs.readFileSync(SOURCE, 'utf8'),
      JSON.parse(fs.readFileSync(file, 'utf8')),
    );
    expect(ours).toEqual(theirs);
  });

  it('exit codes: 0 when clean, 2 on usage errors, --max-warnings and --fail-on', async () => {
    const a = path.join(tmp, 'a.txt'),
      b = path.join(tmp, 'b.txt');
    fs.writeFileSync(b, 'The ministry of health reported 1,200 new cases of cholera in the northern provinces last week.');
    fs.writeFileSync(a, 'The health ministry reported 1,200 new cholera cases in the northern provinces.');
    expect((await run(['check', a, b])).code).toBe(0);
    expect((await run(['check', a])).code).toBe(2);
    expect((await run(['check', a, b, '--format', 'nope'])).code).toBe(2);
    expect((await run(['check', a, b, '--bogus'])).code).toBe(2);
    expect((await run(['check', SUMMARY, SOURCE, '--exit-zero'])).code).toBe(0);
    // every rule that can give an error (the claim model raises a rule's flags to errors unless its severity is set)
    const onlyWarnings = [
      'check',
      SUMMARY,
      SOURCE,
      ...['unsupported-claim', 'unsupported-span', 'unknown-name', 'number-mismatch', 'negation-mismatch', 'antonym-mismatch', 'entity-mismatch'].flatMap(
        (r) => ['--rule', `${r}=warning`],
      ),
    ];
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

  it('refuses two formats on standard output (exit 2, one line) and writes nothing', async () => {
    const out = path.join(tmp, 'twice.junit');
    for (const args of [
      ['-f', 'json', '-f', 'sarif'],
      ['-f', 'json', '-f', 'sarif:/dev/stdout', '-f', `junit:${out}`],
      ['-f', 'text', '-f', 'json:-'],
    ]) {
      const r = await run(['check', SUMMARY, SOURCE, ...args, '--no-config']);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err.trim().split('\n')[0]).toMatch(/would all write to standard output: give all but one a file/);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
    expect(fs.existsSync(out)).toBe(false);
    // one to standard output and the rest to files is fine
    expect((await run(['check', SUMMARY, SOURCE, '-f', 'json', '-f', `sarif:${path.join(tmp, 'ok.sarif')}`, '--no-config'])).code).toBe(1);
  });

  it('colours the text format through util.styleText, honouring --color, FORCE_COLOR and NO_COLOR', async () => {
    const ESC = String.fromCharCode(27);
    const colour = async (env: NodeJS.ProcessEnv, isTTY: boolean, extra: string[] = []) => {
      let out = '';
      await runCli(['check', SUMMARY, SOURCE, '--no-config', ...extra], {
        stdout: (s) => {
          out += s;
        },
        stderr: () => {},
        isTTY,
        env,
      });
      return out.includes(ESC + '[');
    };
    expect(await colour({}, true)).toBe(true);
    expect(await colour({}, false)).toBe(false);
    expect(await colour({ NO_COLOR: '1' }, true)).toBe(false);
    expect(await colour({ FORCE_COLOR: '1' }, false)).toBe(true);
    expect(await colour({ FORCE_COLOR: '0' }, true)).toBe(false);
    expect(await colour({ TERM: 'dumb' }, true)).toBe(false);
    expect(await colour({ FORCE_COLOR: '1' }, true, ['--no-color'])).toBe(false);
    expect(await colour({ NO_COLOR: '1' }, false, ['--color'])).toBe(true);
    // the built binary with a pipe for standard output: FORCE_COLOR alone colours it, NO_COLOR alone does not
    const bin = path.join(ROOT, 'bin', 'isnad.js');
    const forced = spawnSync('node', [bin, 'check', SUMMARY, SOURCE, '--no-config'], {
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '1', NO_COLOR: '' },
    });
    expect(forced.stdout).toContain(ESC + '[31m');
  });

  it('--quiet reports errors only: no warning or informational flag in any format, and warnings do not fail the run', async () => {
    const loud = JSON.parse((await run(['check', SUMMARY, SOURCE, '-f', 'json', '--no-config'])).out);
    expect(loud.flags.some((f: { severity: string }) => f.severity !== 'error')).toBe(true);
    const quiet = await run(['check', SUMMARY, SOURCE, '-f', 'json', '--quiet', '--no-config']);
    const q = JSON.parse(quiet.out);
    expect(q.flags.length).toBe(loud.flags.filter((f: { severity: string }) => f.severity === 'error').length);
    expect(q.flags.every((f: { severity: string }) => f.severity === 'error')).toBe(true);
    expect(q.stats.flags).toEqual({ error: loud.stats.flags.error, warning: 0, info: 0 });
    const text = await run(['check', SUMMARY, SOURCE, '--quiet', '--no-config']);
    expect(text.out).toMatch(/^\s+\d+:\d+\s+error/m);
    expect(text.out).not.toMatch(/^\s+\d+:\d+\s+warning|informational/m);
    // every rule that can give an error (the claim model raises a rule's flags to errors unless its severity is set)
    const onlyWarnings = [
      'check',
      SUMMARY,
      SOURCE,
      ...['unsupported-claim', 'unsupported-span', 'unknown-name', 'number-mismatch', 'negation-mismatch', 'antonym-mismatch', 'entity-mismatch'].flatMap(
        (r) => ['--rule', `${r}=warning`],
      ),
      '--max-warnings',
      '0',
      '--no-config',
    ];
    expect((await run(onlyWarnings)).code).toBe(1);
    expect((await run([...onlyWarnings, '--quiet'])).code).toBe(0);
  });

  it('--stdin-filename names standard input in reports and decision keys, and its extension picks the input format', async () => {
    const md = '<p>The ministry said that 1,500 people were hurt in Sirte.</p><script>var casualties = "none at all";</script>\n';
    const r = await run(['check', '-', SOURCE, '-f', 'json', '--stdin-filename', 'desk/summary.html', '--no-config'], Buffer.from(md));
    const rep = JSON.parse(r.out);
    expect(rep.summary.file).toBe('desk/summary.html');
    // read as HTML, by the name's extension: the script is no sentence of the summary
    expect(rep.summary.sentences.some((x: { text: string }) => x.text.includes('casualties'))).toBe(false);
    const plain = JSON.parse((await run(['check', '-', SOURCE, '-f', 'json', '--no-config'], Buffer.from(md))).out);
    expect(plain.summary.file).toBe('<stdin>');
    expect(plain.summary.sentences.some((x: { text: string }) => x.text.includes('casualties'))).toBe(true);
    const flag = rep.flags.find((f: { document: string; severity: string }) => f.document === 'summary' && f.severity === 'error');
    const decisions = path.join(tmp, 'stdin-decisions.json');
    const { decisionFor, serializeDecisions } = await import('../src/review/decisions.js');
    fs.writeFileSync(decisions, serializeDecisions({ version: 1, decisions: [decisionFor(rep, flag, 'known', 'desk')] }));
    expect(JSON.parse(fs.readFileSync(decisions, 'utf8')).decisions[0].pair).toBe('desk/summary.html');
    const again = JSON.parse(
      (await run(['check', '-', SOURCE, '-f', 'json', '--stdin-filename', 'desk/summary.html', '--decisions', decisions, '--no-config'], Buffer.from(md))).out,
    );
    expect(again.stats.suppressed).toBe(1);
  });

  it('--print-config FILE prints the settings a check would use (config file, command line, defaults), and checks nothing', async () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'print-'));
    fs.writeFileSync(
      path.join(dir, 'isnad.config.json'),
      JSON.stringify({ rules: { omission: 'off' }, thresholds: { spanWords: 4 }, format: ['json:out/all.json'], lang: 'ar' }),
    );
    const r = await run(['check', '--print-config', 'story/summary.md', '--rule', 'unknown-name=warning', '--config', path.join(dir, 'isnad.config.json')]);
    expect(r.code).toBe(0);
    const c = JSON.parse(r.out);
    expect(c.rules.omission).toBe('off');
    expect(c.rules['unknown-name']).toBe('warning');
    expect(c.rules['number-mismatch']).toBe('error');
    expect(c.thresholds).toEqual({ claimSupport: 0.15, spanWords: 4, negationSupport: 0.35, omission: 0.3 });
    expect(c.inputFormat).toBe('markdown');
    expect(c.lang).toBe('ar');
    expect(c.configFile).toBe(path.join(dir, 'isnad.config.json'));
    expect(path.resolve(c.format[0].slice('json:'.length))).toBe(path.join(dir, 'out', 'all.json'));
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('option values are checked: one line naming the option, exit 2', async () => {
    const cases: [string[], RegExp][] = [
      [['--max-warnings', 'abc'], /--max-warnings must be a whole number ≥ 0 \(got "abc"\)/],
      [['--max-warnings', '-1'], /--max-warnings must be a whole number ≥ 0/],
      [['--max-warnings', '1.5'], /--max-warnings must be a whole number ≥ 0/],
      [['--workers', '-2'], /--workers must be a whole number ≥ 1 \(got "-2"\)/],
      [['--workers', '0'], /--workers must be a whole number ≥ 1/],
      [['--max-bytes', 'lots'], /--max-bytes must be a whole number ≥ 1/],
      [['--lang', 'xx'], /--lang: unknown language "xx"/],
      [['--summary-lang', 'arabic'], /--summary-lang: unknown language "arabic"/],
      [['--stdin-filename', ''], /--stdin-filename must not be empty/],
    ];
    for (const [opt, re] of cases) {
      const r = await run(['check', SUMMARY, SOURCE, ...opt, '--no-config']);
      expect(r.code, opt.join(' ')).toBe(2);
      expect(r.err).toMatch(re);
      expect(r.err.trim().split('\n'), opt.join(' ')).toHaveLength(1);
      expect(r.out).toBe('');
    }
    for (const ok of [
      ['--lang', 'en'],
      ['--lang', 'ar-EG'],
      ['--lang', 'und'],
      ['--max-warnings', '3'],
      ['--workers', '1'],
    ])
      expect((await run(['check', SUMMARY, SOURCE, ...ok, '--no-config'])).code, ok.join(' ')).not.toBe(2);
  });

  it('check --help lists every option with its default, the exit codes and three examples', async () => {
    const r = await run(['check', '--help']);
    expect(r.code).toBe(0);
    const options = r.out
      .slice(r.out.indexOf('Options:'), r.out.indexOf('Examples:'))
      .split('\n')
      .filter((l) => /^\s+(-\w, )?--[\w-]+/.test(l) && !/--(help|version)\b/.test(l));
    expect(options.length).toBeGreaterThan(25);
    for (const l of options) expect(l, l).toMatch(/\[default: [^\]]+\]/);
    for (const name of ['--quiet', '--stdin-filename', '--print-config', '--allow-empty', '--clean']) expect(r.out).toContain(name);
    const examples = r.out
      .slice(r.out.indexOf('Examples:'))
      .split('\n')
      .filter((l) => /^\s+.*isnad check /.test(l));
    expect(examples.length).toBeGreaterThanOrEqual(3);
    expect(r.out).toMatch(/Exit codes: 0 [^\n]*; 1 [^\n]*; 2 [^\n]*/);
  });
});
