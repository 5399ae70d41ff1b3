import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { splitSentences } from '../src/text/sentences.js';
import { tokenize, scanTokens, TOKEN_RE, type Token, type TokenForm } from '../src/text/tokenize.js';
import { analyze, tokenCount, tokenForms } from '../src/text/document.js';
import { LineIndex } from '../src/text/lines.js';
import { check } from './checked.js';
import { formatterFor, type Results } from '../src/report/registry.js';
import { visibleText } from '../src/text/markup.js';
import { flagContext } from '../src/text/flag-context.js';
import { normalizeToken } from '../src/text/normalize.js';
import { dottedClips } from '../src/check/rules/names.js';
import { pronounEnding } from '../src/text/lexicons.js';

// Characters that stress the text layer: Arabic letters and marks, presentation forms, digits of
// three scripts, punctuation of both scripts, quotes, every line end, NBSP, zero-width and bidi
// controls, emoji and other astral characters, and Latin letters.
const pieces = [
  'ا',
  'ل',
  'م',
  'ة',
  'ى',
  'أ',
  'ُ',
  'ّ',
  'ـ',
  'ﻻ',
  'ﺑ',
  '٣',
  '۶',
  '7',
  '.',
  '،',
  '؛',
  '؟',
  '!',
  '?',
  '«',
  '»',
  '"',
  '(',
  ')',
  ' ',
  '\n',
  '\r\n',
  '\r',
  '\u00A0',
  '\u200B',
  '\u200C',
  '\u200F',
  '\u061C',
  '\u202E',
  '😀',
  '𝔸',
  'e\u0301',
  'Mr.',
  'U.S.',
  'A',
  'b',
  '3.5',
  '*',
  '<',
  '&',
];
const unicodeText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join('')),
);
// U+0085 (NEXT LINE) ends a line for the splitter, as \n does, though \s does not hold it
const visible = (s: string) => /[^\s\u0085\u00A0\u200B-\u200F\u2060\uFEFF\u061C\u202A-\u202E\u2066-\u2069]/.test(s);

describe('text layer properties', () => {
  it('sentences are exact, ordered, non-overlapping and hold every visible character', () => {
    fc.assert(
      fc.property(unicodeText, (text) => {
        const spans = splitSentences(text);
        let last = 0;
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(visible(text.slice(last, s.start))).toBe(false); // gaps are white space only
          last = s.end;
        }
        expect(visible(text.slice(last))).toBe(false);
      }),
      { numRuns: 3000, examples: [['\u0085'], ['a\u0085b. c']] },
    );
  });

  it('tokens are exact slices of the input, in order', () => {
    fc.assert(
      fc.property(unicodeText, (text) => {
        let last = 0;
        for (const t of tokenize(text)) {
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(t.start).toBeGreaterThanOrEqual(last);
          last = t.end;
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("a document's tokens are its sentences' tokens (the same objects), and what tokenize finds", () => {
    fc.assert(
      fc.property(unicodeText, fc.boolean(), (text, claims) => {
        const doc = analyze(text, { prefix: 't', claims });
        const fromSentences = doc.sentences.flatMap((s) => s.tokens);
        expect(doc.tokens.length).toBe(fromSentences.length);
        doc.tokens.forEach((t, i) => expect(t).toBe(fromSentences[i]));
        // asked twice, a sentence gives the same objects (claims and rules compare tokens by identity)
        for (const s of doc.sentences) expect(s.tokens).toBe(s.tokens);
        for (const c of doc.claims) for (const t of c.tokens) expect(doc.tokens).toContain(t);
        expect(doc.tokens.map((t) => [t.start, t.end, t.text, t.stem])).toEqual(tokenize(text).map((t) => [t.start, t.end, t.text, t.stem]));
      }),
      { numRuns: 2000 },
    );
  });

  it("a sentence's id and text (made when read) are a plain sentence's: the prefix and its place, the slice of its offsets, in the fields' order", () => {
    fc.assert(
      fc.property(unicodeText, fc.constantFrom('s', 't'), (text, prefix) => {
        const doc = analyze(text, { prefix });
        doc.sentences.forEach((s, i) => {
          const plain = { id: `${prefix}${i + 1}`, start: s.start, end: s.end, text: text.slice(s.start, s.end), kind: s.kind, tokens: s.tokens };
          expect(Object.keys(s)).toEqual(Object.keys(plain));
          expect({ ...s }).toEqual(plain);
          expect(JSON.stringify(s)).toBe(JSON.stringify(plain));
        });
      }),
      { numRuns: 500 },
    );
  });

  it("a sentence's forms (tokenForms, read from the store's numbers) are its tokens' forms, links' words included", () => {
    /** The definition: the fields a form gives, read from the sentence's token objects. */
    const fields = (t: Token | TokenForm) => [t.text, t.key, t.stem, t.alt, t.root, t.kind, t.stop, t.neg];
    const holds = (doc: ReturnType<typeof analyze>) => {
      for (const s of doc.sentences) {
        const { forms, from, to } = tokenForms(s);
        expect(to - from).toBe(s.tokens.length);
        expect(tokenCount(s)).toBe(s.tokens.length);
        for (let x = from; x < to; x++) expect(fields(forms[x])).toEqual(fields(s.tokens[x - from]));
      }
    };
    fc.assert(
      fc.property(unicodeText, fc.boolean(), (text, claims) => holds(analyze(text, { prefix: 't', claims }))),
      { numRuns: 1000 },
    );
    // a link's words have forms of their own (stored apart from the text's other forms): interleaved with plain words
    const linked = analyze('Read https://news.un.org/ar/story/2023 and www.example.com/x today. The story 2023 was read by a@b.org here.', {
      prefix: 's',
      claims: true,
    });
    expect(linked.tokens.some((t) => t.text === 'story' && t.stop)).toBe(true);
    expect(linked.tokens.some((t) => t.text === 'story' && !t.stop)).toBe(true);
    holds(linked);
  });

  it("tokens of the same text share one form, and different texts never do (past the form table's growth)", () => {
    const word = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'ب', 'ت', 'ث', 'é', '\u0301', 'Q'), { minLength: 1, maxLength: 5 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1500, maxLength: 3000 }), (words) => {
        const text = words.join(' ');
        const store = scanTokens(text);
        const formOf = new Map<string, number>(),
          textOf = new Map<number, string>();
        for (let i = 0; i < store.length; i++) {
          const f = store.form(i),
            t = text.slice(store.starts[i], store.end(i));
          expect(f.text).toBe(t);
          expect(formOf.get(t) ?? f.form).toBe(f.form);
          expect(textOf.get(f.form) ?? t).toBe(t);
          formOf.set(t, f.form);
          textOf.set(f.form, t);
        }
      }),
      { numRuns: 10 },
    );
  });

  it('line and column of every offset, with every kind of line end or only \\n', () => {
    const breaks = fc
      .array(fc.constantFrom('a', 'ب', ' ', '\n', '\n', '\r\n', '\r', '\u2028', '\u2029', '\u0085', '😀'), { maxLength: 40 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(
        fc.oneof(
          breaks,
          breaks.map((s) => s.replace(/[\r\u2028\u2029\u0085]/g, '\n')),
        ),
        (text) => {
          const index = new LineIndex(text);
          // reference: the lines as the line-end expression splits them
          const starts = [0];
          for (const m of text.matchAll(/\r\n|[\n\r\u2028\u2029\u0085]/g)) starts.push(m.index + m[0].length);
          for (let o = 0; o <= text.length; o++) {
            let l = starts.length - 1;
            while (starts[l] > o) l--;
            expect(index.locate(o)).toEqual({ line: l + 1, column: o - starts[l] + 1 });
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("the tokenizer's scanner finds exactly what its defining expression matches", () => {
    const byRegex = (t: string, start = 0, end = t.length) => {
      const out: [number, string][] = [];
      const re = new RegExp(TOKEN_RE.source, 'gu');
      re.lastIndex = start;
      for (let m = re.exec(t); m !== null && m.index < end; m = re.exec(t)) out.push([m.index, m[0].slice(0, end - m.index)]);
      return out;
    };
    // the expression's edges: initialisms, separators inside and after numbers, apostrophes, tatweel,
    // joiners, marks that start a word, astral letters and digits, lone surrogates
    const edges = [
      'U.',
      'S.',
      'A',
      '.',
      ',',
      '٫',
      '٬',
      '1',
      '٣',
      "'",
      '’',
      'ـ',
      '\u200C',
      '\u200D',
      '\u0301',
      'ّ',
      'é',
      'x',
      'ب',
      '𝔸',
      '𝟘',
      '\uD835',
      '\uDD38',
      ' ',
      '-',
    ];
    const edgy = fc.array(fc.constantFrom(...edges), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.oneof(unicodeText, edgy, fc.string({ unit: 'grapheme', maxLength: 40 })), fc.nat(), fc.nat(), (text, x, y) => {
        expect(tokenize(text).map((t) => [t.start, t.text])).toEqual(byRegex(text));
        // a window of the text (the end cuts a token that runs past it, as before)
        const a = text.length ? x % (text.length + 1) : 0,
          b = a + (text.length - a ? y % (text.length - a + 1) : 0);
        if (a === 0 || !/[\uDC00-\uDFFF]/.test(text[a] ?? '')) expect(tokenize(text, a, b).map((t) => [t.start, t.text])).toEqual(byRegex(text, a, b));
      }),
      { numRuns: 5000 },
    );
  });

  it('check never throws and every flag, sentence and claim points into its text', () => {
    fc.assert(
      fc.property(unicodeText, unicodeText, (a, b) => {
        const r = check(a, b);
        for (const s of [...r.summary.sentences, ...r.summary.claims]) expect(a.slice(s.start, s.end)).toBe(s.text);
        for (const s of r.source.sentences) expect(b.slice(s.start, s.end)).toBe(s.text);
        for (const f of r.flags) expect((f.document === 'summary' ? a : b).slice(f.start, f.end)).toBe(f.text);
        for (const f of r.flags) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual((f.document === 'summary' ? a : b).length);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

// markup that tries to get out of its element, mixed into the texts
const markup = [
  '<script>x()</script>',
  '</span>',
  '</mark>',
  '</section>',
  '<img src=x onerror=y>',
  '"><b>',
  "'",
  '&lt;',
  '&#x202E;',
  '</style>',
  '<!--',
  '-->',
  '<a href="javascript:z">',
  ']]>',
];
const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...markup), fc.string({ maxLength: 6 })), { maxLength: 40 })
  .map((a) => a.join(''));
const OWN_TAGS = /^<\/?(span|mark|div|h2)( [^<>]*)?>$/;

const LONG_WORDS = Array.from({ length: 8 }, (_, i) => String.fromCharCode(97 + i).repeat(20)).join(' ') + ' ';

describe('review context', () => {
  it('the words around a flag are the last three before and the first three after, read from 120 characters each side', () => {
    // the definition, read the slow way: every word of each window
    const words = (s: string) => [...s.matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}\u0640\u200C\u200D'’]*/gu)].map((m) => normalizeToken(m[0]));
    const wordy = fc.stringMatching(/^([a-zء-ي]{1,20}[ ,.]{1,3}){0,60}$/u);
    // and the characters that make a word's edges hard to find from its end: marks, tatweel, joiners and
    // apostrophes (inside a word, never its start), astral letters, lone surrogates
    const edgy = fc
      .array(
        fc.oneof(fc.constantFrom(...pieces, "'", '’', '\u0640', '\u200D', '\u0301', '\uD835', '\uDD38', 'ab'), fc.string({ unit: 'binary', maxLength: 3 })),
        { maxLength: 80 },
      )
      .map((a) => a.join(''));
    fc.assert(
      fc.property(fc.oneof(wordy, edgy), fc.nat(), fc.nat(), (text, x, y) => {
        const a = text.length ? x % (text.length + 1) : 0,
          b = a + (text.length - a ? y % (text.length - a + 1) : 0);
        const got = flagContext(text, a, b);
        expect(got.before).toBe(
          words(text.slice(Math.max(0, a - 120), a))
            .slice(-3)
            .join(' '),
        );
        expect(got.after).toBe(
          words(text.slice(b, b + 120))
            .slice(0, 3)
            .join(' '),
        );
      }),
      {
        numRuns: 2000,
        examples: [
          // long words: the short first look back holds three words and the first is cut
          [LONG_WORDS, LONG_WORDS.length, 0],
          // long words after the flag: the window ends inside the third, which is read cut
          ['x ' + ['a', 'b', 'c'].map((c) => c.repeat(50)).join(' '), 0, 1],
        ],
      },
    );
  });
});

describe('hostile text through the whole pipeline', () => {
  it('the HTML report keeps every input text inside its element, and the text reads back exactly', () => {
    fc.assert(
      fc.property(hostileText, hostileText, (a, b) => {
        const r = check(a, b);
        const html = formatterFor('html')!([r] as Results, { texts: [{ summary: a, source: b }] });
        for (const side of ['summary', 'source'] as const) {
          const start = html.indexOf(`<section class="doc" id="${side}"`);
          const end = html.indexOf('</section>', start);
          const body = html.slice(html.indexOf('>', start) + 1, end);
          for (const tag of body.match(/<[^>]*>/g) ?? []) expect(tag).toMatch(OWN_TAGS);
          const text = body.replace(/<h2[^>]*>.*?<\/h2>/, '').replace(/<[^>]*>/g, '');
          expect(unescapeHtml(text)).toBe(side === 'summary' ? a : b);
        }
        expect(html.match(/<script>/g)).toHaveLength(1);
      }),
      { numRuns: 1500 },
    );
  });

  it('HTML and Markdown input: the visible text keeps every offset and no tag survives', () => {
    fc.assert(
      fc.property(hostileText, fc.constantFrom<'html' | 'markdown'>('html', 'markdown'), (a, format) => {
        const v = visibleText(a, format);
        expect(v.length).toBe(a.length);
        for (let i = 0; i < a.length; i++) if (v[i] !== a[i]) expect(/[\s\S]/.test(v[i])).toBe(true);
        expect(v).not.toMatch(/<[a-zA-Z\/!][^>]*>/);
      }),
      { numRuns: 1500 },
    );
  });
});

const unescapeHtml = (s: string) => s.replace(/&(lt|gt|quot|#39|amp);/g, (_m, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);

describe('markup edge cases found by the fuzzer', () => {
  it('drops `</>` and bogus end tags as a browser does', () => {
    for (const [input, visible] of [
      ['a </> b', 'a     b'],
      ['x </3 y> z', 'x        z'],
      ['<p>ok</p>', '\n \nok\n  \n'],
    ]) {
      expect(visibleText(input, 'html')).toBe(visible);
    }
  });
});

describe('fast paths of the rules equal their plain definitions', () => {
  const clipPieces = [
    'Calif',
    'Gov',
    'Sept',
    'Del',
    'Mr',
    'St',
    'Okla',
    'ABC',
    'eg',
    'é',
    'Éte',
    '𝐀bc',
    'x𝐚',
    '.',
    '..',
    ' ',
    'a',
    'Z',
    'é',
    '\uD835',
    '3',
    'ـ',
    'ك',
  ];
  const clipText = fc.array(fc.oneof(fc.constantFrom(...clipPieces), fc.string({ maxLength: 3 })), { maxLength: 30 }).map((a) => a.join(''));
  it('dottedClips finds what its expression finds over the whole text (names.ts)', () => {
    const plain = (text: string) => {
      const out = new Set<string>();
      for (const m of text.matchAll(/(?<![\p{L}.])(\p{Lu}\p{Ll}{2,4})\.(?!\p{L})/gu)) out.add(m[1].toLowerCase());
      return [...out].sort();
    };
    fc.assert(
      fc.property(clipText, (text) => {
        expect([...dottedClips(text)].sort()).toEqual(plain(text));
      }),
      { numRuns: 3000 },
    );
    expect(dottedClips('Sen. Ortiz of Calif. met Gov. Ruiz in Sept.2024, not Mr. Lee, the U.S. or Dept.of').sort()).toEqual(['calif', 'gov', 'sen', 'sept']);
  });
  it('pronounEnding cuts what /(?:ه|ها|هم)$/ matches (lexicons.ts, read by listedWithClitics)', () => {
    const letters = fc.array(fc.constantFrom('ه', 'ا', 'م', 'ب', 'ت', 'و'), { maxLength: 7 }).map((a) => a.join(''));
    fc.assert(
      fc.property(letters, (k) => {
        expect(pronounEnding(k)).toBe(k.length - k.replace(/(?:ه|ها|هم)$/, '').length);
      }),
      { numRuns: 3000 },
    );
  });
});
