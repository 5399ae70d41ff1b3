import { describe, it, expect } from 'vitest';
import { bundledPackage } from './helpers.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { normalizeText, normalizeToken } from '../src/text/normalize.js';
import { protoWith, stemOfTextWith, wordRowOf, type TokenForm } from '../src/text/tokenize.js';
import { decodeRow, encodeRow, readWordForms, WORD_FORMS, wordFormsStamp, wordFormsText, type WordFormsStamp } from '../src/text/word-forms.js';

// The build's table of the lexicons' word forms (src/text/word-forms.ts, tools/word-forms.mjs; bench/README.md,
// issue 25): read instead of computing, it must give every word the form the code gives it.

const ROOT = path.resolve(__dirname, '..');
const LEXICONS = path.join(ROOT, 'lexicons');

/**
 * Every word of every lexicon: each string of a list (its words, its groups' words and sides, its values' words
 * and their values when they are words), as written, without its marker (= or ~), in lower case, each word of a
 * phrase alone, and an Arabic word with و or ف glued before it (as negation.ts keys its cues).
 */
function lexiconWords(): Set<string> {
  const out = new Set<string>();
  const add = (s: unknown) => {
    if (typeof s !== 'string' || s === '') return;
    const forms = new Set([s, s.replace(/^[=~]/, '')]);
    for (const f of [...forms]) forms.add(f.toLowerCase());
    for (const f of [...forms]) for (const w of f.split(' ')) if (w !== '') forms.add(w);
    for (const f of [...forms]) if (/^[\u0621-\u064A]/.test(f)) forms.add(`و${f}`).add(`ف${f}`);
    for (const f of forms) out.add(f);
  };
  for (const file of fs.readdirSync(LEXICONS).filter((f) => f.endsWith('.json'))) {
    const lists = JSON.parse(fs.readFileSync(path.join(LEXICONS, file), 'utf8')).lists as Record<string, Record<string, unknown>>;
    for (const list of Object.values(lists)) {
      for (const w of (list.words as unknown[] | undefined) ?? []) add(w);
      for (const g of (list.groups as { words?: unknown[]; sides?: unknown[][] }[] | undefined) ?? []) {
        for (const w of g.words ?? []) add(w);
        for (const w of g.sides?.flat() ?? []) add(w);
      }
      for (const [w, v] of Object.entries((list.values as Record<string, unknown> | undefined) ?? {})) {
        add(w);
        for (const x of Array.isArray(v) ? v : [v]) add(x);
      }
    }
  }
  return out;
}

/** A form without its number (which counts the forms made in this process). */
function fields(f: TokenForm): Omit<TokenForm, 'form'> {
  const { form: _, ...rest } = f;
  return rest;
}

/** A table of these words' rows, as tools/word-forms.mjs makes it. */
function tableOf(words: Iterable<string>): Map<string, string> {
  const rows = new Map<string, string>();
  for (const w of words) {
    const row = wordRowOf(w);
    const text = row && encodeRow(w, row);
    if (text !== undefined) rows.set(w, text);
  }
  return rows;
}

const STAMP: WordFormsStamp = wordFormsStamp('0'.repeat(40));

describe("the lexicons' word forms", () => {
  it("are not read by tsc's modules or the tests (no script digest)", () => {
    expect(WORD_FORMS).toBeUndefined();
  });

  it('give every word of every lexicon its form as the code computes it', () => {
    const words = lexiconWords();
    const rows = tableOf(words);
    // numbers and nothing else left out
    expect(words.size).toBeGreaterThan(18_000);
    expect([...words].filter((w) => !rows.has(w)).every((w) => /^\p{Nd}/u.test(w))).toBe(true);
    // through the file, as the CLI reads it
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-forms-')), 'word-forms.json');
    fs.writeFileSync(file, wordFormsText(STAMP, rows));
    const table = readWordForms(file, STAMP);
    expect(table?.size).toBe(rows.size);
    for (const w of words) {
      expect(table!.norm(w) ?? normalizeText(w), w).toBe(normalizeText(w));
      expect(fields(protoWith(w, table)), w).toEqual(fields(protoWith(w, undefined)));
      expect(stemOfTextWith(w, table), w).toBe(stemOfTextWith(w, undefined));
    }
  });

  it('write each row so that it reads back the same', () => {
    const rows: [string, Parameters<typeof encodeRow>[1]][] = [
      ['أكد', { norm: 'اكد', key: 'اكد', stem: 'اكد', alt: undefined, root: undefined }],
      ['U.S.', { norm: 'u.s.', key: 'us', stem: 'us', alt: undefined, root: undefined }],
      ['والمدينة', { norm: 'والمدينه', key: 'والمدينه', stem: 'مدين', alt: 'المدين', root: 'مدن' }],
      ['said', { norm: 'said', key: 'said', stem: 'said', alt: undefined, root: undefined }],
    ];
    for (const [w, r] of rows) expect(decodeRow(w, encodeRow(w, r)!)).toEqual(r);
    expect(encodeRow('said', { norm: 'said', key: 'said', stem: 'said', alt: undefined, root: undefined })).toBe('');
    // what cannot be written so is not listed (computed instead)
    expect(encodeRow('ً', { norm: '', key: '', stem: '', alt: undefined, root: undefined })).toBeUndefined();
    expect(encodeRow('a\tb', { norm: 'a\tb', key: 'a\tb', stem: 'a\tb', alt: undefined, root: undefined })).toBeUndefined();
  });

  it('are ignored when stale, absent or corrupt', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-forms-'));
    const file = path.join(dir, 'word-forms.json');
    const text = wordFormsText(STAMP, tableOf(['أكد', 'said', 'القاهرة']));
    fs.writeFileSync(file, text);
    expect(readWordForms(file, STAMP)?.norm('أكد')).toBe('اكد');
    // another script, Node, stemmer or format
    for (const other of [{ script: '1'.repeat(40) }, { node: 'v0.0.0' }, { stemmer: '0.0.0' }, { format: STAMP.format + 1 }])
      expect(readWordForms(file, { ...STAMP, ...other })).toBeUndefined();
    // a stemmer whose version could not be read
    expect(readWordForms(file, { ...STAMP, stemmer: '' })).toBeUndefined();
    // absent, truncated, not JSON, of another shape, words and rows of different lengths
    expect(readWordForms(path.join(dir, 'none.json'), STAMP)).toBeUndefined();
    const bad = (t: string) => {
      fs.writeFileSync(file, t);
      return readWordForms(file, STAMP);
    };
    expect(bad(text.slice(0, text.length >> 1))).toBeUndefined();
    expect(bad('')).toBeUndefined();
    expect(bad('null')).toBeUndefined();
    expect(bad(JSON.stringify({ ...STAMP, words: ['said'], rows: [''] }))).toBeUndefined();
    expect(bad(JSON.stringify({ ...STAMP, words: 'said\nأكد', rows: '' }))).toBeUndefined();
  });
});

describe("the build's table of word forms", () => {
  const cli = path.join(ROOT, 'dist', 'cli');
  const built = () => {
    if (!fs.existsSync(path.join(cli, 'word-forms.json')) || fs.statSync(path.join(cli, 'isnad.cjs')).mtimeMs < fs.statSync(path.join(cli, 'main.js')).mtimeMs)
      execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
    return JSON.parse(fs.readFileSync(path.join(cli, 'word-forms.json'), 'utf8')) as WordFormsStamp & { words: string; rows: string };
  };

  it('is made for the bundled script, this Node and this stemmer, and every row is what the code computes', () => {
    const file = built();
    const script = createHash('sha1')
      .update(fs.readFileSync(path.join(cli, 'isnad.cjs')))
      .digest('hex');
    expect({ format: file.format, script: file.script, node: file.node, stemmer: file.stemmer }).toEqual(wordFormsStamp(script));
    const words = file.words.split('\n'),
      rows = file.rows.split('\n');
    expect(rows.length).toBe(words.length);
    // the words the modules normalise as they load (some 4,000) and the synonym groups' (some 1,000)
    expect(words.length).toBeGreaterThan(4000);
    expect(new Set(words).size).toBe(words.length);
    for (let i = 0; i < words.length; i++) {
      expect(decodeRow(words[i], rows[i]), words[i]).toEqual(wordRowOf(words[i]));
      expect(decodeRow(words[i], rows[i]).norm, words[i]).toBe(normalizeToken(words[i]));
    }
  });

  it('changes no output of the CLI, and is read only by the script it was made for', () => {
    built();
    // a package of its own: bin/ and the bundle copied, the rest linked (helpers.ts bundledPackage)
    const pkg = bundledPackage(ROOT, 'isnad-forms-');
    const PAIR = path.join(ROOT, 'corpus', 'libya-sirte-2016');
    const run = () => {
      const r = spawnSync(
        'node',
        [path.join(pkg, 'bin', 'isnad.js'), 'check', path.join(PAIR, 'summary.txt'), path.join(PAIR, 'source.txt'), '--no-config', '--format', 'json'],
        {
          encoding: 'utf8',
        },
      );
      return { code: r.status, out: r.stdout, err: r.stderr };
    };
    const forms = path.join(pkg, 'dist', 'cli', 'word-forms.json');
    const good = fs.readFileSync(forms, 'utf8');
    const withTable = run();
    expect(withTable.code).toBe(1);
    expect(withTable.err).toBe('');
    fs.rmSync(forms);
    expect(run()).toEqual(withTable);
    // every row wrong (each word's keys "zz"): with the script's stamp the CLI reads them (another report), with
    // another's it does not
    const data = JSON.parse(good) as WordFormsStamp & { words: string; rows: string };
    const wrong = {
      ...data,
      rows: data.words
        .split('\n')
        .map(() => 'zz')
        .join('\n'),
    };
    fs.writeFileSync(forms, JSON.stringify(wrong));
    const misread = run();
    expect(misread.code).not.toBe(2);
    expect(misread.out).not.toBe(withTable.out);
    fs.writeFileSync(forms, JSON.stringify({ ...wrong, script: '0'.repeat(40) }));
    expect(run()).toEqual(withTable);
    fs.writeFileSync(forms, good.slice(0, 1000));
    expect(run()).toEqual(withTable);
    // and the same report as tsc's modules, which compute every form
    const plain = spawnSync(
      'node',
      [path.join(cli, 'main.js'), 'check', path.join(PAIR, 'summary.txt'), path.join(PAIR, 'source.txt'), '--no-config', '--format', 'json'],
      {
        encoding: 'utf8',
      },
    );
    expect(withTable.out).toBe(plain.stdout);
  }, 120_000);
});
