import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { runIsnad } from './helpers.js';
import { expectValidReport } from './report-schema.js';
import type { Report } from '../src/check/types.js';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'isnad.js');
const SEED = path.join(ROOT, 'corpus', 'libya-sirte-2016');

const run = (args: string[]) => runIsnad([...args, '--no-config']);

describe('faults and input formats', () => {
  it('a run killed while writing its report leaves the previous report whole', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-kill-'));
    // a large pair, so that writing the report takes long enough to be caught in the act
    const s = fs.readFileSync(path.join(SEED, 'summary.txt'), 'utf8'), t = fs.readFileSync(path.join(SEED, 'source.txt'), 'utf8');
    fs.writeFileSync(path.join(dir, 's.txt'), Array(60).fill(s).join('\n'));
    fs.writeFileSync(path.join(dir, 't.txt'), Array(20).fill(t).join('\n'));
    const report = path.join(dir, 'report.json');
    const previous = '{"previous": "report, whole"}\n';
    let caught = 0;
    for (let attempt = 0; attempt < 12 && caught < 2; attempt++) {
      fs.writeFileSync(report, previous);
      const child = spawn('node', [BIN, 'check', path.join(dir, 's.txt'), path.join(dir, 't.txt'), '--format', `json:${report}`, '--format', `html:${report}.html`, '--no-config'], { stdio: 'ignore' });
      const exited = new Promise<void>((res) => child.on('exit', () => res()));
      // kill as soon as the temporary file of the report appears: the write is under way
      let killedMidWrite = false;
      while (child.exitCode === null) {
        const tmp = fs.readdirSync(dir).find((f) => f.startsWith('.report.json.') && f.endsWith('.tmp'));
        if (tmp) { child.kill('SIGKILL'); killedMidWrite = true; break; }
        await new Promise((r) => setImmediate(r));
      }
      await exited;
      const now = fs.readFileSync(report, 'utf8');
      if (killedMidWrite && now === previous) caught++;
      // whatever the moment of the kill, the report is never a fragment: the previous one, or (when the
      // rename came between seeing the temporary file and the kill, or the run finished first) the new
      // one, whole
      else expect(JSON.parse(now).tool.name).toBe('isnad');
    }
    expect(caught).toBeGreaterThan(0);
  }, 120_000);

  it('--input-format html and markdown: the visible text is checked, offsets point into the file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-markup-'));
    const source = '<html><head><title>Cholera</title><style>p{color:red}</style></head><body><h1>Cholera in the north</h1>'
      + '<p>The ministry of health reported <b>1,200</b> new cases of cholera in the northern provinces last week.</p>'
      + '<p>Officials said the outbreak began in Mosul &amp; spread along the river.</p><script>var x = "1,500 cases";</script></body></html>';
    const summary = '# Cholera\n\nThe health ministry reported **1,500** new cholera cases in the north, [officials](https://example.org/a) said.\n';
    fs.writeFileSync(path.join(dir, 'source.html'), source);
    fs.writeFileSync(path.join(dir, 'summary.md'), summary);
    const r = await run(['check', path.join(dir, 'summary.md'), path.join(dir, 'source.html'), '--format', 'json']);
    const rep = JSON.parse(r.out) as Report;
    expectValidReport(rep);
    const num = rep.flags.find((f) => f.rule === 'number-mismatch');
    expect(num?.text).toBe('1,500');
    expect(summary.slice(num!.start, num!.end)).toBe('1,500');
    for (const f of rep.flags) expect((f.document === 'summary' ? summary : source).slice(f.start, f.end)).toBe(f.text);
    for (const x of rep.source.sentences) expect(source.slice(x.start, x.end)).toBe(x.text);
    // markup is not content: no flag or sentence is made of tags, script or style alone
    expect(rep.flags.some((f) => /^<|https?:|style|script/.test(f.text))).toBe(false);
    expect(rep.source.sentences.some((x) => x.text.includes('var x'))).toBe(false);
    // --input-format text reads the same file as plain text: the tags are then words of the text
    const plain = JSON.parse((await run(['check', path.join(dir, 'summary.md'), path.join(dir, 'source.html'), '--format', 'json', '--input-format', 'text'])).out) as Report;
    expect(plain.source.sentences.some((x) => x.text.includes('<script>'))).toBe(true);
  });

  it('empty and whitespace-only summaries are a clean "nothing to check" result, not an error', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-empty-'));
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'blank.txt'), ' \n\t\u00A0\u200B\n');
    for (const f of ['empty.txt', 'blank.txt']) {
      const r = await run(['check', path.join(dir, f), path.join(SEED, 'source.txt')]);
      expect(r.code).toBe(0);
      expect(r.err).toBe('');
      expect(r.out).toMatch(/nothing to check: the summary has no sentences/);
    }
    // an empty source leaves every claim unsupported
    const none = await run(['check', path.join(SEED, 'summary.txt'), path.join(dir, 'empty.txt'), '--format', 'json']);
    expect(none.code).toBe(1);
    expect(JSON.parse(none.out).stats.supportedClaims).toBe(0);
  });

  it('every input encoding class: UTF-16 with a BOM by itself; utf-16le, windows-1256 and iso-8859-6 when named', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-enc-'));
    const text = 'قال البنتاغون إن الغارات مستمرة.';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    const files: [string, Buffer, string[]][] = [
      ['bom-le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), le]), []],
      ['bom-be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be]), []],
      ['raw-le.txt', le, ['--summary-encoding', 'utf-16le']],
      // "قال" in iso-8859-6 (the same letters as windows-1256 for these)
      ['iso.txt', Buffer.from([0xe2, 0xc7, 0xe4, 0x2e]), ['--summary-encoding', 'iso-8859-6']],
    ];
    for (const [name, bytes, opts] of files) {
      fs.writeFileSync(path.join(dir, name), bytes);
      const r = await run(['check', path.join(dir, name), path.join(SEED, 'source.txt'), '--format', 'json', ...opts]);
      expect(r.err, name).toBe('');
      const first = JSON.parse(r.out).summary.sentences[0].text as string;
      expect(first, name).toBe(name === 'iso.txt' ? 'قال.' : text);
    }
    // raw UTF-16 without a BOM and without --encoding is not guessed: it has NUL bytes
    const raw = await run(['check', path.join(dir, 'raw-le.txt'), path.join(SEED, 'source.txt')]);
    expect(raw.code).toBe(2);
    expect(raw.err).toMatch(/raw-le\.txt: binary input: NUL byte at byte offset 7 /);
  });

  it('a size limit with a clear message (--max-bytes)', async () => {
    const r = await run(['check', path.join(SEED, 'summary.txt'), path.join(SEED, 'source.txt'), '--max-bytes', '1000']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/summary\.txt: too large: \d+ bytes \(limit 1000; raise it with --max-bytes\)/);
  });

  it('an unreadable file is a one-line error naming it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-perm-'));
    fs.chmodSync(dir, 0o755);
    const f = path.join(dir, 'secret.txt');
    fs.writeFileSync(f, 'text.');
    fs.chmodSync(f, 0o000);
    // root reads anything: run the binary as an unprivileged user then
    const asUser = process.getuid?.() === 0 ? ['runuser', ['-u', 'nobody', '--', process.execPath]] as const : [process.execPath, []] as const;
    const r = spawnSync(asUser[0], [...asUser[1], BIN, 'check', f, path.join(SEED, 'source.txt'), '--no-config'], { encoding: 'utf8', cwd: os.tmpdir() });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(/^isnad: .*secret\.txt: permission denied$/);
  });

  it('copy-paste noise (CRLF, NBSP, zero-width and bidi controls, presentation forms, tatweel) keeps offsets exact and matching intact', async () => {
    const source = 'قال مسؤولون أميركيون إن الجيش نفذ أكثر من 360 غارة جوية على مواقع التنظيم في مدينة سرت منذ أغسطس.\r\nوقال المتحدث باسم البنتاغون إن العمليات ستستمر حتى نهاية العام.';
    // the same two claims as copied from a PDF: presentation forms (ﺍﻟﺠﻴﺶ), tatweel, ZWNJ, RLM, NBSP, CR line ends
    const summary = '\u200Fنفذ ﺍﻟﺠﻴﺶ الأميركي\u00A0أكثر من 360 غـــارة جوية على مواقع التنظيم في سرت منذ أغسطس.\r\rوقال المتحدث باسم البنتا\u200Cغون إن العمليات ستستمر حتى نهاية العام. 😀';
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-noise-'));
    fs.writeFileSync(path.join(dir, 's.txt'), summary);
    fs.writeFileSync(path.join(dir, 't.txt'), source);
    const r = await run(['check', path.join(dir, 's.txt'), path.join(dir, 't.txt'), '--format', 'json']);
    const rep = JSON.parse(r.out) as Report;
    expectValidReport(rep);
    expect(rep.flags.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(rep.summary.sentences.filter((x) => x.kind === 'body' && /\p{L}/u.test(x.text))).toHaveLength(2);
    for (const x of [...rep.summary.sentences, ...rep.summary.claims]) expect(summary.slice(x.start, x.end)).toBe(x.text);
  });
});
