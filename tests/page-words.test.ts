import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import vm from 'node:vm';
import fs from 'node:fs';
import { diffArrays } from 'diff';
import { check } from './checked.js';
import { scanSegments, segmentsOf, wordsOf, marksBetween, PageWords, type Word } from '../src/report/word-diff.js';
import { WORD_MARKS } from '../src/report/html/script.js';
import { MIN_DICE } from '../src/settings.js';
import { makeToken, type Token } from '../src/text/tokenize.js';
import { synonymStems } from '../src/text/synonyms.js';
import { skeleton } from '../src/align/variants.js';
import { escapeXml, escapeXmlPlain } from '../src/report/positions.js';
import { cutPoints } from '../src/report/html/page.js';

/**
 * The fast paths of the HTML report against their plain definitions: the word scan against
 * Intl.Segmenter, the page's word marks (its script, run here in a VM) against marksBetween and jsdiff,
 * the words the page embeds against wordsOf, the one-pass escape against the two replaces.
 */
type Lib = {
  diff: (a: unknown[], b: unknown[], eq: (x: unknown, y: unknown) => boolean) => { count: number; added: boolean; removed: boolean }[];
  marks: (a: unknown[], b: unknown[]) => { a: [number, number, string][]; b: [number, number, string][] };
  words: (forms: unknown[], list: unknown[], joined?: unknown) => (Word & { synonyms: string[] })[];
};
const lib = vm.runInNewContext(`(${WORD_MARKS})(${MIN_DICE})`) as Lib;

// the characters that make words and join them, with every code point of the ranges the scan has classes
// for (Latin-1, Latin Extended, Arabic, general punctuation), and some it has none for (which send a text
// to Intl.Segmenter: Hebrew, Cyrillic, format characters, Thai, CJK, an emoji)
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => String.fromCharCode(a + i));
const WORDY = [...'abcXYZ019_\'.:,;! "-\n', '\u0628', '\u064b', '\u0640', '\u0660', '\u066b', '\u066c', '\u060c', '\u2019', '\u200c'];
const KNOWN = [...range(0x20, 0x7e), ...range(0xa0, 0x24f), ...range(0x600, 0x6ff), ...range(0x2010, 0x2026), '\u200c', '\t', '\n'];
const OTHERS = [...'\u05d0\u0430\u00ad\u200d\u200e\u061c\u0600\u0e01\u4e00', '\ud83d\ude00'];
const text = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...WORDY), weight: 6 },
      { arbitrary: fc.constantFrom(...KNOWN), weight: 3 },
      { arbitrary: fc.constantFrom(...OTHERS), weight: 1 },
    ),
    { maxLength: 20 },
  )
  .map((a) => a.join(''));

describe('the HTML report’s word marks, made in the page', () => {
  it('scans words exactly as Intl.Segmenter finds them (English and Arabic), or declines', () => {
    let scanned = 0;
    fc.assert(
      fc.property(text, fc.constantFrom('en', 'ar'), (t, lang) => {
        const s = scanSegments(t, lang);
        if (s === undefined) return;
        scanned++;
        expect(s).toEqual(segmentsOf(t, lang).map((x) => ({ segment: x.segment, index: x.index })));
      }),
      { numRuns: 20_000 },
    );
    expect(scanned).toBeGreaterThan(5_000);
    // and on real text: the seed pairs, whole lines
    for (const pair of ['libya-sirte-2016', 'sirte-translation-2016'])
      for (const file of fs.readdirSync(`corpus/${pair}`).filter((f) => f.endsWith('.txt')))
        for (const line of fs.readFileSync(`corpus/${pair}/${file}`, 'utf8').split('\n')) {
          const lang = /[\u0600-\u06ff]/.test(line) ? 'ar' : 'en';
          const s = scanSegments(line, lang);
          if (s) expect(s).toEqual(segmentsOf(line, lang).map((x) => ({ segment: x.segment, index: x.index })));
        }
    // languages whose rules ICU tailors are left to Intl.Segmenter
    expect(scanSegments('a:b', 'sv')).toBeUndefined();
  });

  it("the page's diff is jsdiff's diffArrays, step by step", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(5), { maxLength: 30 }), fc.array(fc.nat(5), { maxLength: 30 }), fc.integer({ min: 1, max: 4 }), (a, b, m) => {
        const eq = (x: unknown, y: unknown) => (x as number) % m === (y as number) % m;
        const plain = diffArrays(a, b, { comparator: eq }).map((p) => ({ count: p.count, added: p.added, removed: p.removed }));
        expect(lib.diff(a, b, eq).map((p) => ({ count: p.count, added: p.added, removed: p.removed }))).toEqual(plain);
      }),
      { numRuns: 5_000 },
    );
  });

  it('marks the words marksBetween marks, with the same kinds, on random words', () => {
    // real words' stems, so that words share stems, skeletons, near spellings and the lexicon's synonyms; some figures
    const stems = [
      'غارات',
      'ضربات',
      'قصف',
      'سرت',
      'المدينة',
      'مدينة',
      'مدينه',
      'الحكومة',
      'strikes',
      'strike',
      'bought',
      'acquired',
      'purchased',
      'city',
      'the',
    ].map((w) => makeToken(w, 0));
    const word = fc.record({
      t: fc.constantFrom(...stems),
      stop: fc.boolean(),
      values: fc.option(fc.array(fc.constantFrom(5, 12, 1200000), { minLength: 1, maxLength: 2 }), { nil: undefined }),
    });
    expect(stems.some((t) => synonymStems({ stem: t.stem, alt: t.alt, kind: 'word' }).length > 0)).toBe(true);
    const words = (ws: { t: Token; stop: boolean; values?: number[] }[]) => {
      let at = 0;
      return ws.map(({ t, stop, values }) => {
        const start = at;
        at += t.stem.length + 1;
        return { start, end: start + t.stem.length, stem: t.stem, alt: t.alt, stop: values ? false : stop || t.stop, skeleton: skeleton(t.stem), values };
      });
    };
    fc.assert(
      fc.property(fc.array(word, { maxLength: 14 }), fc.array(word, { maxLength: 14 }), (x, y) => {
        const wa = words(x),
          wb = words(y);
        const plain = marksBetween(wa, wb);
        const page = lib.marks(
          wa.map((w) => ({ ...w, synonyms: synonymStems({ stem: w.stem, alt: w.alt, kind: 'word' }) })),
          wb.map((w) => ({ ...w, synonyms: synonymStems({ stem: w.stem, alt: w.alt, kind: 'word' }) })),
        );
        expect(page.a).toEqual(plain.a.map((m) => [m.start, m.end, m.kind]));
        expect(page.b).toEqual(plain.b.map((m) => [m.start, m.end, m.kind]));
      }),
      { numRuns: 3_000 },
    );
  });

  it('embeds the words of wordsOf: each sentence alone and a support set joined, with their figures', () => {
    const summary = fs.readFileSync('corpus/libya-sirte-2016/summary.txt', 'utf8'),
      source = fs.readFileSync('corpus/libya-sirte-2016/source.txt', 'utf8');
    const r = check(summary, source);
    const pw = new PageWords();
    const texts = [
      ...r.summary.sentences.map((s) => [summary.slice(s.start, s.end), r.summary.lang] as const),
      ...r.source.sentences.map((s) => [source.slice(s.start, s.end), r.source.lang] as const),
      ['Three civilians and 5 soldiers died; 1.2 million fled, about a dozen were hurt.', 'en'] as const,
    ];
    const shown = (ws: Word[]) =>
      ws.map((w) => ({ start: w.start, end: w.end, stem: w.stem, alt: w.alt, stop: w.stop, skeleton: w.skeleton, values: w.values }));
    let figures = 0;
    const all = texts.map(([t, lang]) => {
      const e = pw.words(t, lang);
      if (e.v) figures++;
      expect(shown(lib.words(pw.forms, [e]))).toEqual(shown(wordsOf([{ segments: segmentsOf(t, lang), offset: 0 }])));
      return { t, lang, e };
    });
    expect(figures).toBeGreaterThan(2);
    // a support set: three sentences joined by line breaks, a figure across the break ("5" then "million")
    const joined = [
      { t: 'The toll rose to 5', lang: 'en' },
      { t: 'million people fled, officials said.', lang: 'en' },
      { t: 'Another 3 died.', lang: 'en' },
    ].map((p) => ({ ...p, e: pw.words(p.t, p.lang) }));
    for (const set of [joined, all.slice(0, 3)]) {
      let offset = 0;
      const parts = set.map((p) => {
        const x = { segments: segmentsOf(p.t, p.lang), offset, text: p.t, words: p.e };
        offset += p.t.length + 1;
        return x;
      });
      expect(
        shown(
          lib.words(
            pw.forms,
            set.map((p) => p.e),
            pw.values(parts),
          ),
        ),
      ).toEqual(shown(wordsOf(parts)));
    }
  });
});

describe('fast paths of the HTML report', () => {
  it('escapes as the two replaces do', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'ab &<>"\'\u0000\u0001\u0008\u0009\u000a\u000b\u000c\u000d\u001f\u0020\ufffe\uffff\u00e9\u0628') }),
        (s) => {
          expect(escapeXml(s)).toBe(escapeXmlPlain(s));
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it('finds the cut points of the plain definition (a Set, sorted)', () => {
    const span = fc.record({ start: fc.integer({ min: -3, max: 60 }), end: fc.integer({ min: -3, max: 60 }) });
    fc.assert(
      fc.property(fc.nat(50), fc.array(span, { maxLength: 20 }), fc.array(span, { maxLength: 20 }), (n, units, flags) => {
        const plain = [...new Set([0, n, ...units.flatMap((u) => [u.start, u.end]), ...flags.flatMap((f) => [f.start, f.end])])]
          .filter((x) => x >= 0 && x <= n)
          .sort((a, b) => a - b);
        expect(cutPoints(n, units, flags)).toEqual(plain);
      }),
    );
  });
});
