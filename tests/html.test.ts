import { describe, it, expect } from 'vitest';
import { check } from './checked.js';
import { formatterFor, type Results } from '../src/report/registry.js';
import fc from 'fast-check';
import { cutPoints, flagsOver, escapedText, trimmedBy } from '../src/report/html/page.js';
import { escapeXmlPlain } from '../src/report/positions.js';
import { displayText, visibleText } from '../src/text/markup.js';
import { checkPair } from '../src/cli/pair-check.js';
import { dice } from '../src/report/word-diff.js';
import stringSimilarity from 'string-similarity';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SOURCE = 'The ministry of health reported 1,200 new cases of cholera in the northern provinces last week. Officials said the outbreak began in Mosul.';
const HOSTILE = ['<script>alert(1)</script>', '"><img src=x onerror=alert(2)>', '</style><b>x</b>', '<a href="javascript:alert(3)">link</a>', '&amp; &lt;'];

describe('html report (static checks; the browser tests are in browser.test.ts)', () => {
  it('escapes every input text and allows only its own script by hash', () => {
    for (const p of HOSTILE) {
      const summary = `The health ministry reported 1,200 cases ${p} in Zorblax.`;
      const out = formatterFor('html')!([check(summary, SOURCE + ' ' + p)] as Results, { texts: [{ summary, source: SOURCE + ' ' + p }] });
      expect(out).not.toContain(p.includes('<') ? p : '\u0000');
      expect(out).not.toMatch(/<img|<[^>]*\sonerror=|<\/style><b>|<a [^>]*href="javascript/);
      expect(out).toMatch(
        /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-[A-Za-z0-9+/=]+'/,
      );
      expect((out.match(/<script>/g) ?? []).length).toBe(1);
      expect((out.match(/<script type="application\/json" id="isnad-data">/g) ?? []).length).toBe(1);
      // the embedded data cannot close its element
      const data = out.slice(out.indexOf('id="isnad-data">'), out.indexOf('</script>', out.indexOf('id="isnad-data">')));
      expect(data).not.toContain('<');
    }
  });
  it('marks each flag on its words and sets the direction of each text', () => {
    const summary = 'وقال المتحدث باسم البنتاغون إن العمليات ستستمر حتى نهاية العام ضمن عملية «البرق أوديسا».';
    const source = 'وقال المتحدث باسم البنتاغون إن العمليات ستستمر حتى نهاية العام.';
    const r = check(summary, source);
    const out = formatterFor('html')!([r] as Results, { texts: [{ summary, source }] });
    expect(out).toContain('dir="rtl"');
    const name = r.flags.find((f) => f.rule === 'unknown-name')!;
    expect(name.text).toBe('البرق أوديسا');
    // marked on its words, in its severity's class (the claim model decides error or warning)
    expect(out).toMatch(new RegExp(`<mark id="f-\\d+" class="${name.severity}" data-rule="unknown-name"[^>]*>(<mark[^>]*>)*البرق أوديسا`));
    // the Arabic font is inlined (no network), and only for Arabic-script pages
    expect(out).toContain('@font-face{font-family:"Noto Naskh Arabic"');
    expect(out).toContain('src:url(data:font/woff2;base64,');
    const en = formatterFor('html')!([check('The ministry reported cases.', SOURCE)] as Results);
    expect(en).not.toContain('@font-face');
  });
  it('escapes each piece of a text, and each piece trimmed, as escaping its slice does (the text escaped once, or few places alone)', () => {
    const unit = fc.constantFrom(...'ab &<>"\'\u0001\u000b\r\n\t\u00a0\u2028\ufffeسلام'.split(''));
    // long texts with one or two places to escape take the other way (a piece escaped alone)
    const sparse = fc
      .tuple(fc.integer({ min: 2000, max: 5000 }), fc.array(fc.tuple(fc.nat(), fc.constantFrom('&', '"', '\u0002', ' ')), { maxLength: 2 }))
      .map(([n, at]) => {
        const a = 'و'.repeat(n).split('');
        for (const [i, c] of at) a[i % n] = c;
        return a.join('');
      });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(unit, { maxLength: 40 }).map((a) => a.join('')),
          sparse,
        ),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 20 }),
        (text, cuts) => {
          const e = escapedText(text);
          const t = trimmedBy(text, e);
          for (const [p, q] of [[0, text.length], ...cuts]) {
            const x = p % (text.length + 3),
              y = q % (text.length + 3);
            expect(e(x, y)).toBe(escapeXmlPlain(text.slice(x, y)));
            expect(t(x, y)).toBe(escapeXmlPlain(text.slice(x, y).trim()));
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('finds the flags over each piece of text by a sweep that gives exactly the plain definition', () => {
    // the plain definition, a filter of every flag for every piece, was quadratic (flags × pieces)
    const plain = (points: number[], flags: { start: number; end: number }[]) =>
      points.slice(0, -1).map((a, p) => {
        const b = points[p + 1];
        return flags.filter((f) => f.start <= a && b <= f.end && f.end > f.start);
      });
    const span = fc.tuple(fc.integer({ min: -3, max: 60 }), fc.integer({ min: -3, max: 60 })).map(([x, y]) => ({ start: Math.min(x, y), end: Math.max(x, y) }));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.array(span, { maxLength: 12 }), fc.array(span, { maxLength: 25 }), (length, units, flags) => {
        const points = cutPoints(length, units, flags);
        expect(points[0]).toBe(0);
        expect(points[points.length - 1]).toBe(length);
        const fast = flagsOver(points, flags);
        const slow = plain(points, flags);
        // the same flag objects in the same order (the order the marks nest in)
        expect(fast.length).toBe(slow.length);
        fast.forEach((x, i) => {
          expect(x.length).toBe(slow[i].length);
          x.forEach((f, k) => expect(f).toBe(slow[i][k]));
        });
      }),
      { numRuns: 2000 },
    );
  });
  it('shows HTML and Markdown input as their visible text, and maps every file offset into it', () => {
    const html =
      '<html><head><title>T</title><style>p{color:red}</style></head><body>\n<p>The ministry reported <b>1,500</b> cases.</p>\n<p>It began in <a href="https://example.org/z">Zorblax</a> &amp; spread.</p></body></html>';
    const d = displayText(html, 'html');
    expect(d.text).toBe('The ministry reported 1,500 cases.\n\nIt began in Zorblax & spread.');
    // a word at file offsets [a, b) shows as itself at [at[a], at[b])
    for (const w of ['ministry', '1,500', 'Zorblax', 'spread.']) {
      const a = html.indexOf(w);
      expect(d.text.slice(d.at[a], d.at[a + w.length])).toBe(w);
    }
    expect(d.text.slice(d.at[html.indexOf('&amp;')], d.at[html.indexOf('&amp;') + 5])).toBe('&');
    const md = '# Title\n\nThe **ministry** reported [1,500](https://x.org) cases.\n';
    expect(displayText(md, 'markdown').text).toBe('Title\n\nThe ministry reported 1,500 cases.');
    // checking is unchanged: the visible text with markup as spaces, of the file's length
    expect(visibleText(html, 'html')).toHaveLength(html.length);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-markup-'));
    fs.writeFileSync(path.join(dir, 'summary.txt'), html);
    fs.writeFileSync(path.join(dir, 'source.txt'), '<p>The ministry of health reported 1,200 new cases.</p><p>It began in Mosul &amp; spread south.</p>');
    const res = checkPair({ spec: { id: 'm', summary: path.join(dir, 'summary.txt'), source: path.join(dir, 'source.txt') }, inputFormat: 'html' });
    if (!('report' in res)) throw new Error(res.error);
    const out = formatterFor('html')!([res.report] as Results, { texts: [res.texts] });
    const panel = out.slice(out.indexOf('<section class="doc" id="summary"'), out.indexOf('<section class="doc" id="source"'));
    expect(panel.replace(/<[^>]*>/g, '').trimEnd()).toBe('SummaryThe ministry reported 1,500 cases.\n\nIt began in Zorblax &amp; spread.');
    expect(panel).toMatch(/<mark id="f-\d+" class="error" data-rule="unknown-name"[^>]*>Zorblax<\/mark>/);
    expect(out).not.toContain('&lt;b&gt;');
  });
  it("compares stems by Dice over sorted bigrams with exactly string-similarity's number", () => {
    const stem = fc.string({ unit: fc.constantFrom(...'abcdeأبتثسرa'.split('')), minLength: 0, maxLength: 12 });
    fc.assert(
      fc.property(stem, stem, (a, b) => {
        expect(dice(a, b)).toBe(stringSimilarity.compareTwoStrings(a, b));
      }),
      { numRuns: 3000 },
    );
    expect(dice('الأمريكية', 'الأميركية')).toBe(stringSimilarity.compareTwoStrings('الأمريكية', 'الأميركية'));
  });
});
