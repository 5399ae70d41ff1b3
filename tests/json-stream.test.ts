import { describe, it, expect, vi } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import fc from 'fast-check';
import { check } from './checked.js';
import { formatterFor, streamFormatterFor, type Results } from '../src/report/registry.js';
import { writeJson, writeJsonText, PIECES_FROM } from '../src/report/json-stream.js';

const PAIR = path.resolve(__dirname, '..', 'corpus', 'libya-sirte-2016');
const read = (f: string) => fs.readFileSync(path.join(PAIR, f), 'utf8');

describe('JSON written in pieces (reports longer than a string can hold)', () => {
  it("is the JSON formatter's text, for one report and for a corpus", () => {
    const one = [check(read('summary.txt'), read('source.txt'))] as Results;
    const corpus = Object.assign([one[0], check('The ministry said 12 died.', 'The ministry said 12 people died on Monday.')], { corpus: true }) as Results;
    for (const results of [one, corpus]) {
      const pieces: string[] = [];
      streamFormatterFor('json')!(results, (c) => pieces.push(c));
      expect(pieces.join('')).toBe(formatterFor('json')!(results));
    }
  });

  it('falls back to pieces when the report outgrows a string, with the same bytes', () => {
    const results = [check(read('summary.txt'), read('source.txt'))] as Results;
    const whole = formatterFor('json')!(results);
    // what JSON.stringify throws for the whole report of a 1,000,000-sentence source
    const spy = vi.spyOn(JSON, 'stringify').mockImplementationOnce(() => {
      throw new RangeError('Invalid string length');
    });
    const pieces: string[] = [];
    let calls = 0;
    try {
      streamFormatterFor('json')!(results, (c) => pieces.push(c));
    } finally {
      calls = spy.mock.calls.length;
      spy.mockRestore();
    }
    // the failed whole, then the members of the pieces
    expect(calls).toBeGreaterThan(1);
    expect(pieces.length).toBe(2);
    expect(pieces.join('')).toBe(whole);
  });

  it('equals JSON.stringify on arbitrary values, whichever containers it lays out, at every indent', () => {
    // values JSON leaves out or changes: undefined and functions in objects and arrays, toJSON, NaN
    const odd = fc.constantFrom<unknown>(
      undefined,
      () => 1,
      NaN,
      -0,
      Infinity,
      new Date(0),
      { toJSON: () => undefined },
      { toJSON: (k: string) => `key ${k}` },
      [undefined],
      { a: undefined, b: [] },
      {},
    );
    const value = fc.letrec((tie) => ({
      v: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 2 }),
        odd,
        fc.array(tie('v'), { maxLength: 4 }),
        fc.dictionary(fc.string({ maxLength: 5 }), tie('v'), { maxKeys: 4 }),
      ),
    })).v;
    fc.assert(
      fc.property(value, fc.integer({ min: -1, max: 3 }), fc.constantFrom(0, 2, 4), (v, long, indent) => {
        const pieces: string[] = [];
        writeJson(v, (c) => pieces.push(c), { long, indent });
        const native = JSON.stringify(v, null, indent);
        expect(native === undefined ? '' : native).toBe(pieces.join(''));
      }),
      { numRuns: 1000 },
    );
  });

  it('writes a value holding an array longer than PIECES_FROM in pieces at once, never as one string, with the same bytes', () => {
    const rows = Array.from({ length: PIECES_FROM + 1 }, (_, i) => ({ id: `t${i}`, start: i, kind: 'body' }));
    const value = { source: { sentences: rows }, flags: [] };
    const whole = JSON.stringify(value, null, 2);
    const spy = vi.spyOn(JSON, 'stringify');
    const pieces: string[] = [];
    try {
      writeJsonText(value, (c) => pieces.push(c), 2);
      // the pieces' own calls are on runs of members, never on the whole value or its long array
      expect(spy.mock.calls.some(([v]) => v === value || v === value.source || v === rows)).toBe(false);
    } finally {
      spy.mockRestore();
    }
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(whole);
    // one member fewer: one string, as before
    const shorter = { source: { sentences: rows.slice(1) }, flags: [] };
    const one: string[] = [];
    writeJsonText(shorter, (c) => one.push(c), 2);
    expect(one).toEqual([JSON.stringify(shorter, null, 2)]);
  });

  it('hands a long text over in pieces of about a megabyte', () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => ({ id: `t${i}`, text: 'ويعمل العسكريون على تحليل مئات الصور '.repeat(3), start: i * 100 }));
    const pieces: string[] = [];
    writeJson({ sentences: rows }, (c) => pieces.push(c));
    expect(pieces.length).toBeGreaterThan(3);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(2 ** 20);
    expect(pieces.join('')).toBe(JSON.stringify({ sentences: rows }, null, 2));
  });
});

describe('a report longer than one string can hold', () => {
  it('is a one-line error naming the file, and leaves no file behind', async () => {
    const { writeAtomicPieces } = await import('../src/cli/io.js');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-long-'));
    const file = path.join(dir, 'report.html');
    fs.writeFileSync(file, 'the previous report\n');
    // what V8 throws when a string would pass 2^29 − 24 characters
    const tooLong = () => {
      throw new RangeError('Invalid string length');
    };
    expect(() =>
      writeAtomicPieces(file, (sink) => {
        sink('<!doctype html>');
        tooLong();
      }),
    ).toThrow(
      `${file}: the html report is longer than one JavaScript string can hold (about 512 MiB): the JSON format (--format json) is written in pieces and has no such limit`,
    );
    expect(fs.readFileSync(file, 'utf8')).toBe('the previous report\n');
    expect(fs.readdirSync(dir)).toEqual(['report.html']);
  });
});
