import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import AjvFormats from 'ajv-formats';

// CommonJS packages: under NodeNext their default import is module.exports, whose `default` is the export itself
const Ajv = AjvDraft04.default,
  addFormats = AjvFormats.default;
import { check } from './checked.js';
import { formatterFor, streamFormatterFor, FORMATTERS, type Results } from '../src/report/registry.js';
import { FORMAT_NAMES, loadFormatters } from '../src/report/formats.js';
import { escapeProperty, escapeData } from '../src/report/formatters/github.js';
import { runIsnad } from './helpers.js';

const ROOT = path.resolve(__dirname, '..');
const PAIR = path.join(ROOT, 'corpus', 'libya-sirte-2016');
const read = (f: string) => fs.readFileSync(path.join(PAIR, f), 'utf8');
const seed = () =>
  [
    check(read('summary.txt'), read('source.txt'), { files: { summary: 'corpus/libya-sirte-2016/summary.txt', source: 'corpus/libya-sirte-2016/source.txt' } }),
  ] as Results;
const clean = () =>
  [
    check('The health ministry reported 1,200 new cholera cases.', 'The ministry of health reported 1,200 new cases of cholera in the north.', {
      files: { summary: 'a.txt', source: 'b.txt' },
    }),
  ] as Results;

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

describe('the formats the CLI loads when asked for (src/report/formats.ts)', () => {
  it("are the library registry's formats, in its order, and write the same text", async () => {
    expect([...FORMAT_NAMES]).toEqual(Object.keys(FORMATTERS));
    const loaded = await loadFormatters(FORMAT_NAMES);
    const results = seed();
    for (const name of FORMAT_NAMES) {
      const lazy: string[] = [],
        eager: string[] = [];
      loaded.get(name)!(results, (c) => lazy.push(c), { texts: [{ summary: read('summary.txt'), source: read('source.txt') }] });
      streamFormatterFor(name)!(results, (c) => eager.push(c), { texts: [{ summary: read('summary.txt'), source: read('source.txt') }] });
      expect(lazy.join(''), name).toBe(eager.join(''));
    }
  });
});

describe('formats on the seed pair (fixtures)', () => {
  for (const name of ['text', 'json', 'sarif', 'junit', 'github', 'markdown']) {
    it(name, async () => {
      await expect(formatterFor(name)!(seed())).toMatchFileSnapshot(path.join(__dirname, 'fixtures', 'formats', `seed.${name}.out`));
    });
  }
});

describe('sarif', () => {
  it('validates against the official SARIF 2.1.0 schema, with and without flags', () => {
    for (const results of [seed(), clean()]) {
      const log = JSON.parse(formatterFor('sarif')!(results));
      const ok = validate(log);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
    const empty = JSON.parse(formatterFor('sarif')!(clean()));
    expect(empty.runs[0].results).toEqual([]);
  });
  it('regions point at the flagged words', () => {
    const r = seed();
    const log = JSON.parse(formatterFor('sarif')!(r));
    const text = read('summary.txt');
    for (const res of log.runs[0].results.filter((x: { properties: { document: string } }) => x.properties.document === 'summary')) {
      const reg = res.locations[0].physicalLocation.region;
      expect(text.slice(reg.charOffset, reg.charOffset + reg.charLength)).toBe(reg.snippet.text);
      const lines = text.split('\n');
      expect(lines[reg.startLine - 1].slice(reg.startColumn - 1, reg.startColumn - 1 + reg.snippet.text.length)).toBe(reg.snippet.text);
    }
  });
});

describe('github annotations', () => {
  it('escapes properties and messages as the runner expects', () => {
    expect(escapeProperty('a,b:c%d\ne')).toBe('a%2Cb%3Ac%25d%0Ae');
    expect(escapeData('50% done\r\nnext: x,y')).toBe('50%25 done%0D%0Anext: x,y');
  });
  it('caps errors and warnings at 10 each and says how many more there are', () => {
    const r = seed();
    const f = r[0].flags.find((x) => x.severity === 'error')!;
    r[0].flags = Array.from({ length: 25 }, () => ({ ...f }));
    const out = formatterFor('github')!(r).trim().split('\n');
    expect(out.filter((l) => l.startsWith('::error'))).toHaveLength(10);
    expect(out[out.length - 1]).toMatch(/^::notice title=isnad::15 more errors/);
  });
});

describe('junit', () => {
  it('has one failing case per flagged claim', () => {
    const r = seed();
    const xml = formatterFor('junit')!(r);
    const flagged = new Set(r[0].flags.filter((f) => f.severity !== 'info' && f.document === 'summary').map((f) => f.unit));
    expect((xml.match(/<failure /g) ?? []).length).toBe(flagged.size);
    expect(xml).toContain(`tests="${r[0].summary.claims.length}"`);
  });
  it('escapes hostile text', () => {
    const r = [
      check('The ministry said <script>alert(1)</script> "Zorblax" & co reported 999 cases.', 'The ministry of health reported new cases of cholera.'),
    ] as Results;
    const xml = formatterFor('junit')!(r);
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;');
    expect(xml).toContain('&quot;Zorblax&quot;');
  });
});

describe('several formats in one run', () => {
  it('writes each to its file; the exit code does not depend on the format', async () => {
    const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'isnad-fmt-'));
    const codes = [];
    for (const f of ['text', 'json', 'sarif', 'junit', 'github', 'markdown']) {
      codes.push(
        (await runIsnad(['check', path.join(PAIR, 'summary.txt'), path.join(PAIR, 'source.txt'), '--format', `${f}:${path.join(dir, 'x.' + f)}`])).code,
      );
    }
    expect(new Set(codes)).toEqual(new Set([1]));
    const { code } = await runIsnad([
      'check',
      path.join(PAIR, 'summary.txt'),
      path.join(PAIR, 'source.txt'),
      '--format',
      `json:${path.join(dir, 'a.json')}`,
      '--format',
      `sarif:${path.join(dir, 'a.sarif')}`,
    ]);
    expect(code).toBe(1);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'a.json'), 'utf8')).flags.length).toBeGreaterThan(0);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'a.sarif'), 'utf8')).version).toBe('2.1.0');
  });
});
