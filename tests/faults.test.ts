import { describe, it, expect, vi } from 'vitest';
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
    const s = fs.readFileSync(path.join(SEED, 'summary.txt'), 'utf8'),
      t = fs.readFileSync(path.join(SEED, 'source.txt'), 'utf8');
    fs.writeFileSync(path.join(dir, 's.txt'), Array(60).fill(s).join('\n'));
    fs.writeFileSync(path.join(dir, 't.txt'), Array(20).fill(t).join('\n'));
    const report = path.join(dir, 'report.json');
    const previous = '{"previous": "report, whole"}\n';
    let caught = 0;
    for (let attempt = 0; attempt < 12 && caught < 2; attempt++) {
      fs.writeFileSync(report, previous);
      const child = spawn(
        'node',
        [BIN, 'check', path.join(dir, 's.txt'), path.join(dir, 't.txt'), '--format', `json:${report}`, '--format', `html:${report}.html`, '--no-config'],
        { stdio: 'ignore' },
      );
      const exited = new Promise<void>((res) => child.on('exit', () => res()));
      // kill as soon as the temporary file of the report appears: the write is under way
      let killedMidWrite = false;
      while (child.exitCode === null) {
        const tmp = fs.readdirSync(dir).find((f) => f.startsWith('.report.json.') && f.endsWith('.tmp'));
        if (tmp) {
          child.kill('SIGKILL');
          killedMidWrite = true;
          break;
        }
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
    const source =
      '<html><head><title>Cholera</title><style>p{color:red}</style></head><body><h1>Cholera in the north</h1>' +
      '<p>The ministry of health reported <b>1,200</b> new cases of cholera in the northern provinces last week.</p>' +
      '<p>Officials said the outbreak began in Mosul &amp; spread along the river.</p><script>var x = "1,500 cases";</script></body></html>';
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
    const plain = JSON.parse(
      (await run(['check', path.join(dir, 'summary.md'), path.join(dir, 'source.html'), '--format', 'json', '--input-format', 'text'])).out,
    ) as Report;
    expect(plain.source.sentences.some((x) => x.text.includes('<script>'))).toBe(true);
  });

  it('an empty or whitespace-only summary is an error (exit 2, one line, nothing written); --allow-empty passes it as "nothing to check"', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-empty-'));
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'blank.txt'), ' \n\t\u00A0\u200B\n');
    for (const f of ['empty.txt', 'blank.txt']) {
      const out = path.join(dir, `${f}.json`);
      const bad = await run(['check', path.join(dir, f), path.join(SEED, 'source.txt'), '--format', `json:${out}`]);
      expect(bad.code).toBe(2);
      expect(bad.err.trim().split('\n')).toHaveLength(1);
      expect(bad.err).toContain(`${f}: nothing to check: the summary is empty`);
      expect(bad.out).not.toMatch(/support 100%/);
      expect(fs.existsSync(out)).toBe(false);
      const r = await run(['check', path.join(dir, f), path.join(SEED, 'source.txt'), '--allow-empty']);
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
    // root reads anything: run the binary as root without the capabilities that override file permissions
    // (setpriv, util-linux), so that a clone in a folder only root may enter (mktemp -d makes them 0700)
    // still runs; an unprivileged user (runuser -u nobody) could not reach the binary there
    const asUser =
      process.getuid?.() === 0
        ? (['setpriv', ['--bounding-set', '-dac_override,-dac_read_search', process.execPath]] as const)
        : ([process.execPath, []] as const);
    const r = spawnSync(asUser[0], [...asUser[1], BIN, 'check', f, path.join(SEED, 'source.txt'), '--no-config'], { encoding: 'utf8', cwd: os.tmpdir() });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(/^isnad: .*secret\.txt: permission denied$/);
  });

  it('copy-paste noise (CRLF, NBSP, zero-width and bidi controls, presentation forms, tatweel) keeps offsets exact and matching intact', async () => {
    const source =
      'قال مسؤولون أميركيون إن الجيش نفذ أكثر من 360 غارة جوية على مواقع التنظيم في مدينة سرت منذ أغسطس.\r\nوقال المتحدث باسم البنتاغون إن العمليات ستستمر حتى نهاية العام.';
    // the same two claims as copied from a PDF: presentation forms (ﺍﻟﺠﻴﺶ), tatweel, ZWNJ, RLM, NBSP, CR line ends
    const summary =
      '\u200Fنفذ ﺍﻟﺠﻴﺶ الأميركي\u00A0أكثر من 360 غـــارة جوية على مواقع التنظيم في سرت منذ أغسطس.\r\rوقال المتحدث باسم البنتا\u200Cغون إن العمليات ستستمر حتى نهاية العام. 😀';
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

  it("writes through to a character device and a FIFO, and replaces a symbolic link's target, not the link", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-devices-'));
    const S = path.join(SEED, 'summary.txt'),
      T = path.join(SEED, 'source.txt');
    // a character device: a second node of /dev/null in a scratch folder (never the machine's own)
    const dev = path.join(dir, 'null');
    spawnSync('mknod', [dev, 'c', '1', '3']);
    expect(fs.statSync(dev).isCharacterDevice()).toBe(true);
    const toDev = spawnSync('node', [BIN, 'check', S, T, '--format', `json:${dev}`, '--no-config'], { encoding: 'utf8' });
    expect(toDev.status).toBe(1);
    expect(fs.lstatSync(dev).isCharacterDevice()).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['null']);
    // a FIFO: a reader gets the whole report, and the FIFO stays a FIFO
    const fifo = path.join(dir, 'pipe');
    spawnSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    let read = '';
    reader.stdout.on('data', (d) => {
      read += d;
    });
    const readerDone = new Promise<void>((res) => reader.on('exit', () => res()));
    const writer = spawn('node', [BIN, 'check', S, T, '--format', `json:${fifo}`, '--no-config'], { stdio: 'ignore' });
    const writerCode = await new Promise<number | null>((res) => writer.on('exit', (c) => res(c)));
    const timer = setTimeout(() => reader.kill(), 10_000); // a rename over the FIFO would leave the reader waiting
    await readerDone;
    clearTimeout(timer);
    expect(writerCode).toBe(1);
    expect(fs.lstatSync(fifo).isFIFO()).toBe(true);
    expect(JSON.parse(read).tool.name).toBe('isnad');
    // a symbolic link (relative): its target is replaced, the link stays a link
    fs.mkdirSync(path.join(dir, 'real'));
    fs.writeFileSync(path.join(dir, 'real', 'report.json'), 'old');
    fs.symlinkSync(path.join('real', 'report.json'), path.join(dir, 'link.json'));
    expect((await run(['check', S, T, '--format', `json:${path.join(dir, 'link.json')}`])).code).toBe(1);
    expect(fs.lstatSync(path.join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'real', 'report.json'), 'utf8')).tool.name).toBe('isnad');
    expect(fs.readdirSync(path.join(dir, 'real'))).toEqual(['report.json']);
  }, 60_000);

  it('SIGTERM still ends a run that waits on a FIFO with no reader', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-fifo-wait-'));
    const fifo = path.join(dir, 'pipe');
    spawnSync('mkfifo', [fifo]);
    const child = spawn('node', [BIN, 'check', path.join(SEED, 'summary.txt'), path.join(SEED, 'source.txt'), '--format', `json:${fifo}`, '--no-config'], {
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((res) => child.on('exit', (_c, sig) => res(sig)));
    // wait until it is blocked opening the FIFO (Linux shows where a thread sleeps in /proc/PID/wchan)
    const wchan = () => {
      try {
        return fs.readFileSync(`/proc/${child.pid}/wchan`, 'utf8');
      } catch {
        return '';
      }
    };
    for (let i = 0; i < 600 && wchan() !== 'wait_for_partner' && child.exitCode === null; i++) await new Promise((r) => setTimeout(r, 50));
    expect(wchan()).toBe('wait_for_partner');
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    const sig = await exited;
    clearTimeout(timer);
    expect(sig).toBe('SIGTERM');
    expect(fs.lstatSync(fifo).isFIFO()).toBe(true);
  }, 60_000);

  it('-o /dev/stdout is standard output (the file system is not touched)', async () => {
    const r = await run(['check', path.join(SEED, 'summary.txt'), path.join(SEED, 'source.txt'), '--format', 'json', '-o', '/dev/stdout']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).tool.name).toBe('isnad');
    expect(fs.lstatSync('/dev/stdout').isSymbolicLink()).toBe(true);
  });

  it('syncs the temporary file to disk before it renames it over the report', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-fsync-'));
    const fsync = vi.spyOn(fs, 'fsyncSync');
    const rename = vi.spyOn(fs, 'renameSync');
    try {
      await run(['check', path.join(SEED, 'summary.txt'), path.join(SEED, 'source.txt'), '--format', `json:${path.join(dir, 'r.json')}`]);
      expect(rename).toHaveBeenCalledTimes(1);
      expect(fsync).toHaveBeenCalledTimes(1);
      expect(fsync.mock.invocationCallOrder[0]).toBeLessThan(rename.mock.invocationCallOrder[0]);
    } finally {
      fsync.mockRestore();
      rename.mockRestore();
    }
  });

  it('SIGTERM while a corpus\'s reports are written: temporaries removed, no index, "interrupted" on stderr, exit 143', async () => {
    const corpus = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-sigterm-'));
    for (let i = 0; i < 60; i++) {
      const p = path.join(corpus, `pair-${String(i).padStart(2, '0')}`);
      fs.mkdirSync(p);
      fs.copyFileSync(path.join(SEED, 'summary.txt'), path.join(p, 'summary.txt'));
      fs.copyFileSync(path.join(SEED, 'source.txt'), path.join(p, 'source.txt'));
    }
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-sigterm-out-'));
    const child = spawn('node', [BIN, 'check', '--corpus', corpus, '--out-dir', out, '--workers', '1', '--no-config', '--exit-zero'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
    });
    const exited = new Promise<number | null>((res) => child.on('exit', (c) => res(c)));
    // signal once the first page is there: the writing has begun
    while (child.exitCode === null && !fs.readdirSync(out).some((f) => f.endsWith('.html'))) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGTERM');
    const code = await exited;
    expect(code).toBe(143);
    expect(err).toMatch(/^isnad: interrupted by SIGTERM while writing reports: \d+ of \d+ written, temporary files removed, no index written\n$/);
    const left = fs.readdirSync(out);
    expect(left.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(left).not.toContain('index.json');
    expect(left).not.toContain('index.html');
    expect(left.length).toBeLessThan(180);
  }, 120_000);
});
