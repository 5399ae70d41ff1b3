import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { check } from './checked.js';
import { formatterFor, type Results } from '../src/report/registry.js';
import { runIsnad } from './helpers.js';
import type { Report } from '../src/check/types.js';
import { decisionFor, applyDecisions } from '../src/review/decisions.js';
import { checkPair } from '../src/cli/pair-check.js';
import { findChromium, HOW_TO_RUN } from './chromium.js';
import { sourceSays } from '../src/report/source-says.js';
import { marksBetween, segmentsOf, wordsOf, type WordMark } from '../src/report/word-diff.js';

/**
 * The HTML report in a real browser: Debian's chromium (installed by .ci/run) driven by
 * playwright-core, which downloads no browser of its own. Without a browser these tests are skipped
 * with one line saying how to run them; with ISNAD_REQUIRE_BROWSER=1 (CI) a missing browser fails.
 */
const FOUND = findChromium();
// CI requires a browser, and so does a CHROMIUM_PATH that was set
const REQUIRED = process.env.ISNAD_REQUIRE_BROWSER === '1' || FOUND.given === true;
if (!FOUND.path && !REQUIRED) console.warn(`browser tests skipped: ${FOUND.problem}; to run them, ${HOW_TO_RUN}`);
const SEED = 'corpus/libya-sirte-2016';
const ARTIFACTS = path.resolve('tests/artifacts');
const require = createRequire(import.meta.url);
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1400, height: 1000 };
const WIDTHS = [
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const;

describe.runIf(!FOUND.path && REQUIRED)('browser tests required (ISNAD_REQUIRE_BROWSER=1 or CHROMIUM_PATH set)', () => {
  it('finds Chromium', () => {
    throw new Error(`${FOUND.problem}: ${HOW_TO_RUN}`);
  });
});

describe.skipIf(!FOUND.path)('HTML report in chromium', () => {
  let browser: Browser;
  let dir: string;
  let seedReport: Report;
  let seedFile: string;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: FOUND.path, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-browser-'));
    const summary = fs.readFileSync(`${SEED}/summary.txt`, 'utf8'),
      source = fs.readFileSync(`${SEED}/source.txt`, 'utf8');
    seedReport = check(summary, source, { pair: 'libya-sirte-2016', files: { summary: `${SEED}/summary.txt`, source: `${SEED}/source.txt` } });
    seedFile = path.join(dir, 'seed.html');
    fs.writeFileSync(seedFile, formatterFor('html')!([seedReport] as Results, { texts: [{ summary, source }] }));
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(
    file: string,
    opts: { bypassCSP?: boolean; viewport?: { width: number; height: number } } = {},
  ): Promise<{ page: Page; errors: string[] }> {
    const phone = opts.viewport?.width === PHONE.width;
    const context = await browser.newContext({
      viewport: opts.viewport ?? DESKTOP,
      acceptDownloads: true,
      bypassCSP: opts.bypassCSP ?? false,
      ...(phone ? { isMobile: true, hasTouch: true } : {}),
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('file://' + file);
    return { page, errors };
  }

  it.each(WIDTHS)(
    'renders the seed report at %s width: both texts, right to left, the font, no script or CSP error, no wider than the screen; saves a screenshot',
    async (name, viewport) => {
      const { page, errors } = await open(seedFile, { viewport });
      expect(await page.locator('#summary [dir="rtl"]').count()).toBe(1);
      expect(await page.locator('#source [dir="rtl"]').count()).toBe(1);
      expect(await page.locator('#summary .s').count()).toBe(seedReport.summary.sentences.length);
      expect(await page.locator('#source .s').count()).toBe(seedReport.source.sentences.length);
      expect(await page.evaluate(() => document.fonts.check('16px "Noto Naskh Arabic"', 'سرت'))).toBe(true);
      expect(await page.locator('mark.error').first().isVisible()).toBe(true);
      expect(errors).toEqual([]);
      // nothing sticks out sideways: the page is exactly as wide as the screen
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(viewport.width);
      const box = async (sel: string) => (await page.locator(sel).boundingBox())!;
      const [summary, source] = [await box('#summary'), await box('#source')];
      const rowDisplay = await page
        .locator('#flags tbody tr')
        .first()
        .evaluate((tr) => getComputedStyle(tr).display);
      if (name === 'phone') {
        // stacked, and the flags table as cards: every cell of a flag, its message too, within the screen
        expect(source.y).toBeGreaterThanOrEqual(summary.y + summary.height);
        expect(rowDisplay).toBe('block');
        for (const cell of await page.locator('#flags tbody tr:first-child td').all()) {
          const b = (await cell.boundingBox())!;
          expect(b.x).toBeGreaterThanOrEqual(0);
          expect(b.x + b.width).toBeLessThanOrEqual(viewport.width);
        }
        expect(await page.locator('#flags thead').evaluate((t) => t.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
      } else {
        expect(source.y).toBe(summary.y); // side by side
        expect(source.x).toBeGreaterThan(summary.x + summary.width);
        expect(rowDisplay).toBe('table-row');
      }
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      const shot = path.join(ARTIFACTS, `seed-${name}.png`);
      await page.screenshot({ path: shot, fullPage: false });
      expect(fs.statSync(shot).size).toBeGreaterThan(20_000);
      await page.context().close();
    },
  );

  it("shows a flag's message on a tap (phones have no hover), and keeps the page where it is", async () => {
    const { page } = await open(seedFile, { viewport: PHONE });
    const i = seedReport.flags.findIndex((f) => f.rule === 'unknown-name' && f.document === 'summary');
    await page.locator(`#f-${i}`).scrollIntoViewIfNeeded();
    const y = await page.evaluate(() => window.scrollY);
    await expect.poll(() => page.locator('#flag-note').isVisible()).toBe(false);
    await page.locator(`#f-${i}`).tap();
    await expect.poll(() => page.locator('#flag-note').isVisible()).toBe(true);
    expect(await page.textContent('#flag-note')).toContain(`${seedReport.flags[i].severity} unknown-name: ${seedReport.flags[i].message}`);
    expect(await page.getAttribute('#flag-note a', 'href')).toBe(`#accept-${i}`);
    expect(await page.evaluate(() => window.scrollY)).toBe(y);
    await page.locator('#flag-note button').tap();
    expect(await page.locator('#flag-note').isVisible()).toBe(false);
    // and in the aligned-sentences table, where the flagged words are marked too
    await page.locator(`#pairs mark[data-pair-flag="${i}"]`).first().tap();
    await expect.poll(() => page.textContent('#flag-note')).toContain(seedReport.flags[i].message);
    await page.context().close();
  });

  it.each(WIDTHS)('at %s width, selecting a sentence scrolls its support set into view when it is off-screen, and back', async (_name, viewport) => {
    const { page } = await open(seedFile, { viewport });
    // the summary sentence whose best source sentence stands furthest down the source
    const order = new Map(seedReport.source.sentences.map((t, k) => [t.id, k]));
    const a = seedReport.alignments
      .filter((x) => /^s\d+$/.test(x.summary) && x.sources.length)
      .sort((x, y) => order.get(y.sources[0])! - order.get(x.sources[0])!)[0];
    const inView = (id: string) =>
      page.evaluate((id) => {
        const el = document.getElementById(id)!.getBoundingClientRect();
        const box = document.getElementById(id)!.closest('.doc > div')!.getBoundingClientRect();
        return el.top >= Math.max(0, box.top) - 1 && el.bottom <= Math.min(window.innerHeight, box.bottom) + 1;
      }, id);
    await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), `u-${a.summary}`);
    expect(await inView(`u-${a.summary}`)).toBe(true);
    expect(await inView(`u-${a.sources[0]}`)).toBe(false);
    await page.focus(`#u-${a.summary}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => inView(`u-${a.sources[0]}`)).toBe(true);
    // and back: the summary sentence, now off-screen, comes into view when its source is selected
    await page.evaluate((id) => {
      const el = document.getElementById(id)!;
      const box = el.closest('.doc > div')!;
      box.scrollTop = 0;
      window.scrollTo(0, 0);
      if (box.scrollHeight <= box.clientHeight) window.scrollTo(0, document.body.scrollHeight);
    }, `u-${a.summary}`);
    await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'nearest' }), `u-${a.sources[0]}`);
    expect(await inView(`u-${a.summary}`)).toBe(false);
    await page.focus(`#u-${a.sources[0]}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => inView(`u-${a.summary}`)).toBe(true);
    await page.context().close();
  });

  it("has a skip link to the flags, a reason field wide enough to read, and remembers the reviewer's name", async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const { page } = await open(seedFile, { viewport });
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(`Skip to the flags (${seedReport.flags.length})`);
      expect(await page.locator('.skip').isVisible()).toBe(true);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => location.hash)).toBe('#flags');
      expect(Math.abs((await page.locator('#flags').boundingBox())!.y)).toBeLessThan(2);
      const width = (await page.locator('#reason-0').boundingBox())!.width;
      expect(width).toBeGreaterThanOrEqual(viewport === PHONE ? 300 : 240);
      await page.context().close();
    }
    const { page } = await open(seedFile);
    expect(await page.inputValue('#reviewer')).toBe('');
    await page.fill('#reviewer', 'Desk editor');
    await page.reload();
    expect(await page.inputValue('#reviewer')).toBe('Desk editor');
    // the remembered name is the one the decisions carry
    await page.check('#accept-0');
    await page.fill('#reason-0', 'Checked with the desk.');
    expect(JSON.parse(await page.inputValue('#decisions-json')).decisions[0].by).toBe('Desk editor');
    await page.context().close();
  });

  it('marks the flagged words in the aligned-sentences table, on exactly their words', async () => {
    const { page } = await open(seedFile);
    const shown = await page.evaluate(() => {
      const out: Record<string, string> = {};
      document.querySelectorAll('#pairs mark[data-pair-flag]').forEach((m) => {
        const i = m.getAttribute('data-pair-flag')!;
        out[i] = (out[i] ?? '') + m.textContent;
      });
      return out;
    });
    const rows = new Set(seedReport.summary.sentences.filter((s) => !['meta', 'byline', 'boilerplate'].includes(s.kind)).map((s) => s));
    const expected = seedReport.flags
      .map((f, i) => [f, i] as const)
      .filter(([f]) => f.document === 'summary' && [...rows].some((s) => s.start <= f.start && f.end <= s.end));
    expect(expected.length).toBeGreaterThan(5);
    for (const [f, i] of expected) expect(shown[String(i)], `${f.rule} ${f.text}`).toBe(f.text);
    expect(
      await page
        .locator(`#pairs mark.error`)
        .first()
        .evaluate((m) => getComputedStyle(m).borderBottomColor),
    ).toBe('rgb(198, 40, 40)');
    await page.context().close();
  });

  /** The marks the report wrote for each row before the page made them: marksBetween over Intl.Segmenter's words (the definition). */
  function definedMarks(r: Report, summary: string, source: string): { summary: string[]; sources: string[][] }[] {
    const kinds = (n: number, marks: WordMark[]) => {
      const out: string[] = new Array(n).fill('');
      let at = 0;
      for (const m of marks) {
        if (m.start < at) continue;
        for (let i = m.start; i < m.end; i++) out[i] = m.kind;
        at = m.end;
      }
      return out;
    };
    const src = new Map(r.source.sentences.map((t) => [t.id, t]));
    return r.summary.sentences
      .filter((s) => !['meta', 'byline', 'boilerplate'].includes(s.kind))
      .map((s) => {
        const sText = summary.slice(s.start, s.end);
        const sources = (r.alignments.find((a) => a.summary === s.id)?.sources ?? []).map((id) => src.get(id)!);
        const texts = sources.map((t) => source.slice(t.start, t.end));
        const sWords = wordsOf([{ segments: segmentsOf(sText, r.summary.lang), offset: 0 }]);
        const each = texts.map((t) => marksBetween(sWords, wordsOf([{ segments: segmentsOf(t, r.source.lang), offset: 0 }])));
        let offset = 0;
        const parts = texts.map((t) => {
          const p = { segments: segmentsOf(t, r.source.lang), offset };
          offset += t.length + 1;
          return p;
        });
        const own = sources.length === 1 ? each[0].a : sources.length > 1 ? marksBetween(sWords, wordsOf(parts)).a : [];
        return { summary: kinds(sText.length, own), sources: each.map((m, k) => kinds(texts[k].length, m.b)) };
      });
  }

  /** Each row's cells as the kind of word mark over each character ('' for none), once every row has been near the screen. */
  async function shownMarks(page: Page) {
    // rows are marked as they come near the screen: bring each there
    await page.evaluate(async () => {
      for (const tr of Array.from(document.querySelectorAll('#pairs tbody tr'))) {
        tr.scrollIntoView();
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      }
    });
    await page.waitForFunction(() => Array.from(document.querySelectorAll('#pairs tbody tr')).every((tr) => tr.hasAttribute('data-marked')));
    return page.evaluate(() => {
      const kinds = (el: Element, from: number) => {
        const out: string[] = [];
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let t = walker.nextNode(); t; t = walker.nextNode()) {
          const w = t.parentElement!.closest('[class^="w-"]');
          const k = w && el.contains(w) ? w.className.slice(2) : '';
          for (let i = 0; i < (t as Text).data.length; i++) out.push(k);
        }
        return out.slice(from);
      };
      return Array.from(document.querySelectorAll('#pairs tbody tr')).map((tr) => ({
        summary: kinds((tr as HTMLTableRowElement).cells[1], 0),
        sources: Array.from((tr as HTMLTableRowElement).cells[2].querySelectorAll('p')).map((p) => kinds(p, p.firstElementChild!.textContent!.length + 1)),
      }));
    });
  }

  it.each(WIDTHS)('marks in the page, at %s width, the same words with the same kinds as marksBetween does on the seed pair', async (_name, viewport) => {
    const summary = fs.readFileSync(`${SEED}/summary.txt`, 'utf8'),
      source = fs.readFileSync(`${SEED}/source.txt`, 'utf8');
    const expected = definedMarks(seedReport, summary, source);
    const { page, errors } = await open(seedFile, { viewport });
    const shown = await shownMarks(page);
    expect(shown).toEqual(expected);
    // not a vacuous comparison: the seed pair has words of every kind
    const all = expected.flatMap((r) => [...r.summary, ...r.sources.flat()]);
    for (const k of ['same', 'moved', 'synonym', 'new']) expect(all.filter((x) => x === k).length, k).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('marks a support set of several sentences and figures in digits and words as marksBetween does', async () => {
    const summary = 'The army said five soldiers and 3 civilians died in the attack on the base near the border on Monday.';
    const source =
      'The army said 5 soldiers died in an attack on a base on Monday.\nThree civilians were also killed near the border, officials said.\nThe weather was mild.';
    const r = check(summary, source, { pair: 'fused' });
    expect(r.alignments.some((a) => a.sources.length > 1)).toBe(true);
    const file = path.join(dir, 'fused.html');
    fs.writeFileSync(file, formatterFor('html')!([r] as Results, { texts: [{ summary, source }] }));
    const { page, errors } = await open(file);
    expect(await shownMarks(page)).toEqual(definedMarks(r, summary, source));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reads without JavaScript: the text of every row is there, without word marks', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto('file://' + seedFile);
    const summary = fs.readFileSync(`${SEED}/summary.txt`, 'utf8'),
      source = fs.readFileSync(`${SEED}/source.txt`, 'utf8');
    const rows = seedReport.summary.sentences.filter((s) => !['meta', 'byline', 'boilerplate'].includes(s.kind));
    const cells = await page.locator('#pairs tbody tr td[data-label="summary"]').allTextContents();
    expect(cells).toEqual(rows.map((s) => summary.slice(s.start, s.end)));
    const src = new Map(seedReport.source.sentences.map((t) => [t.id, t]));
    const firstSupport = seedReport.alignments.find((a) => a.summary === rows[0].id)!.sources[0];
    expect(await page.locator('#pairs tbody tr').first().locator('td[data-label="support set"] p').first().textContent()).toBe(
      `${firstSupport} ${source.slice(src.get(firstSupport)!.start, src.get(firstSupport)!.end)}`,
    );
    expect(await page.locator('#pairs tbody [class^="w-"]').count()).toBe(0);
    expect(await page.locator('#flags tbody tr').count()).toBe(seedReport.flags.length);
    await context.close();
  });

  it('shows HTML input as its visible text, with the flags on its words', async () => {
    const d = path.join(dir, 'markup');
    fs.mkdirSync(d, { recursive: true });
    fs.writeFileSync(
      path.join(d, 'summary.htm'),
      '<html><head><style>p{color:red}</style></head><body><p>The ministry reported <b>1,500</b> cases of cholera.</p><p>The outbreak began in <a href="https://example.org/z">Zorblax</a> &amp; spread.</p></body></html>',
    );
    fs.writeFileSync(
      path.join(d, 'source.htm'),
      '<p>The ministry of health reported 1,200 new cases of cholera in the north.</p>\n<p>Officials said the outbreak began in Mosul &amp; spread south.</p>',
    );
    const res = checkPair({ spec: { id: 'markup', summary: path.join(d, 'summary.htm'), source: path.join(d, 'source.htm') }, inputFormat: 'html' });
    if (!('report' in res)) throw new Error(res.error);
    const file = path.join(dir, 'markup.html');
    fs.writeFileSync(file, formatterFor('html')!([res.report] as Results, { texts: [res.texts] }));
    const { page } = await open(file);
    expect(await page.locator('#summary > div').innerText()).toBe('The ministry reported 1,500 cases of cholera.\n\nThe outbreak began in Zorblax & spread.');
    expect(await page.locator('#source > div').innerText()).toBe(
      'The ministry of health reported 1,200 new cases of cholera in the north.\n\nOfficials said the outbreak began in Mosul & spread south.',
    );
    const flagged = await page.locator('#summary mark[data-flag]').allTextContents();
    expect(flagged).toEqual(expect.arrayContaining(['1,500', 'Zorblax']));
    expect(await page.locator('#flags tbody td:nth-child(4)').allTextContents()).toEqual(expect.arrayContaining(['1,500', 'Zorblax']));
    await page.context().close();
  });

  it('puts every flag on exactly the words the JSON report gives', async () => {
    const { page } = await open(seedFile);
    const shown = await page.evaluate(() => {
      const out: Record<string, string> = {};
      document.querySelectorAll('#summary mark[data-flag], #source mark[data-flag]').forEach((m) => {
        const i = m.getAttribute('data-flag')!;
        // a mark nested in another mark repeats the text: count each flag's own marks only
        out[i] = (out[i] ?? '') + m.textContent;
      });
      return out;
    });
    seedReport.flags.forEach((f, i) => expect(shown[String(i)], `${f.rule} ${f.text}`).toBe(f.text));
    // a mark's title, its flag's message (given by the script when the pointer comes over it)
    const i = seedReport.flags.findIndex((f) => f.document === 'summary');
    expect(i).toBeGreaterThanOrEqual(0);
    const f = seedReport.flags[i];
    await page.locator(`#f-${i}`).hover();
    expect(await page.getAttribute(`#f-${i}`, 'title')).toBe(`${f.severity} ${f.rule}: ${f.message}${f.expected !== undefined ? ` (${sourceSays(f)})` : ''}`);
    await page.context().close();
  });

  it('selecting a sentence (click or keyboard) highlights its whole support set, and the other way round', async () => {
    const { page } = await open(seedFile);
    const a = seedReport.alignments.find((x) => /^s\d+$/.test(x.summary) && x.sources.length >= 2)!;
    await page.click(`#u-${a.summary}`);
    for (const id of a.sources) expect(await page.getAttribute(`#u-${id}`, 'class')).toContain('linked');
    const linked = await page.locator('#source .s.linked').count();
    expect(linked).toBe(a.sources.length);
    await page.click(`#u-${a.summary}`); // toggles off
    expect(await page.locator('.s.linked').count()).toBe(0);
    // from the source side, with the keyboard
    const back = seedReport.alignments.filter((x) => /^s\d+$/.test(x.summary) && x.sources.includes(a.sources[0])).map((x) => x.summary);
    await page.focus(`#u-${a.sources[0]}`);
    await page.keyboard.press('Enter');
    expect(await page.getAttribute(`#u-${a.sources[0]}`, 'aria-pressed')).toBe('true');
    for (const id of back) expect(await page.getAttribute(`#u-${id}`, 'class')).toContain('linked');
    await page.context().close();
  });

  it('filters flags by severity and by rule', async () => {
    const { page } = await open(seedFile);
    const rows = () => page.locator('#flags tbody tr:visible').count();
    const all = await rows();
    await page.uncheck('input[data-filter="sev-error"]');
    expect(await rows()).toBe(all - seedReport.flags.filter((f) => f.severity === 'error').length);
    await page.check('input[data-filter="sev-error"]');
    await page.uncheck('input[data-filter="rule-omission"]');
    expect(await rows()).toBe(all - seedReport.flags.filter((f) => f.rule === 'omission').length);
    await page.context().close();
  });

  it('shows hostile input as text and runs none of it', async () => {
    const payloads = [
      '<script>window.__pwned=1</script>',
      '"><img src=x onerror="window.__pwned=2">',
      '</style><style>body{display:none}</style>',
      '<a href="javascript:window.__pwned=3">click</a>',
      '</script><script>window.__pwned=4</script>',
      '<svg onload="window.__pwned=5"></svg>',
      '<iframe srcdoc="<script>parent.__pwned=6</script>"></iframe>',
      '\u2028</script>\u2029',
    ];
    const summary = `The ministry reported 1,200 cases. ${payloads.join(' and ')} in Zorblax.`;
    const source = `The ministry of health reported 1,200 new cases of cholera. ${payloads[0]}`;
    const r = check(summary, source);
    const file = path.join(dir, 'hostile.html');
    fs.writeFileSync(file, formatterFor('html')!([r] as Results, { texts: [{ summary, source }] }));
    const { page } = await open(file);
    await page.click('#u-s1').catch(() => undefined);
    await page.click('#u-s2');
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img, svg, iframe, a[href^="javascript"]').count()).toBe(0);
    // the page's own three: the words of the aligned sentences and the review data (JSON), and its script
    expect(await page.locator('script').evaluateAll((ss) => ss.map((x) => x.id || x.getAttribute('type') || 'code'))).toEqual([
      'isnad-words',
      'isnad-data',
      'code',
    ]);
    expect(await page.locator('body').isVisible()).toBe(true);
    expect(await page.locator('#summary > div').textContent()).toBe(summary);
    await page.context().close();
  });

  it.each(WIDTHS)('has no serious or critical accessibility violation (axe-core) at %s width', async (name, viewport) => {
    // axe is injected as a script, so this page alone is opened with the CSP bypassed
    const { page } = await open(seedFile, { bypassCSP: true, viewport });
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const res = await (
        window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }
      ).axe.run(document, { resultTypes: ['violations'] });
      return res.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    fs.writeFileSync(path.join(ARTIFACTS, `axe-${name}.json`), JSON.stringify(violations, null, 2) + '\n');
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.context().close();
  });

  it('review flow: tick a flag, give a reason, download the decisions file; the next run honours it', async () => {
    const corpus = path.join(dir, 'corpus');
    fs.mkdirSync(path.join(corpus, 'libya-sirte-2016'), { recursive: true });
    for (const f of ['summary.txt', 'source.txt']) fs.copyFileSync(`${SEED}/${f}`, path.join(corpus, 'libya-sirte-2016', f));
    const out = path.join(dir, 'out');
    expect((await runIsnad(['check', '--corpus', corpus, '--out-dir', out, '--format', `json:${out}/before.json`, '--no-config'])).code).toBe(1);
    const before = JSON.parse(fs.readFileSync(`${out}/before.json`, 'utf8')).pairs[0] as Report;
    // an error (the claim model leaves a weakly evidenced name as a warning)
    const target = before.flags.findIndex((f) => f.rule === 'unknown-name' && f.severity === 'error');
    expect(target).toBeGreaterThanOrEqual(0);

    const { page } = await open(path.join(out, 'libya-sirte-2016.html'));
    expect(await page.textContent('#review-status')).toBe('');
    await page.check(`#accept-${target}`);
    expect(await page.textContent('#review-status')).toContain('Missing');
    await page.fill(`#reason-${target}`, 'The force is named in the agency wire, checked by the desk.');
    await page.fill('#reviewer', 'Desk editor');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    expect(download.suggestedFilename()).toBe('isnad-decisions.json');
    const decisionsFile = path.join(dir, 'isnad-decisions.json');
    await download.saveAs(decisionsFile);
    await page.context().close();

    const saved = JSON.parse(fs.readFileSync(decisionsFile, 'utf8'));
    expect(saved.decisions).toHaveLength(1);
    expect(saved.decisions[0]).toMatchObject({
      pair: 'libya-sirte-2016',
      rule: 'unknown-name',
      text: before.flags[target].text,
      status: 'accepted',
      by: 'Desk editor',
    });

    const { err } = await runIsnad([
      'check',
      '--corpus',
      corpus,
      '--decisions',
      decisionsFile,
      '--format',
      `json:${out}/after.json`,
      '--format',
      `sarif:${out}/after.sarif`,
      '--no-config',
    ]);
    const after = JSON.parse(fs.readFileSync(`${out}/after.json`, 'utf8')).pairs[0] as Report;
    expect(after.flags[target].suppressed).toEqual({ reason: 'The force is named in the agency wire, checked by the desk.', by: 'Desk editor' });
    expect(after.stats.flags.error).toBe(before.stats.flags.error - 1);
    const sarif = JSON.parse(fs.readFileSync(`${out}/after.sarif`, 'utf8'));
    expect(sarif.runs[0].results.filter((x: { suppressions?: unknown[] }) => x.suppressions).length).toBe(1);
    expect(err).not.toContain('stale');
  });

  it("review panel: every flag's decision carries exactly its key (the page reads a flag's text from its marks where the data leaves it out)", async () => {
    const { page } = await open(seedFile);
    await page.fill('#reviewer', 'Desk editor');
    await page.evaluate(() => {
      document.querySelectorAll<HTMLInputElement>('#flags input.reason').forEach((x) => (x.value = 'checked'));
      const boxes = document.querySelectorAll<HTMLInputElement>('#flags input.accept');
      boxes.forEach((x) => (x.checked = true));
      boxes[0].dispatchEvent(new Event('change'));
    });
    const saved = JSON.parse(await page.inputValue('#decisions-json')).decisions as {
      text: string;
      rule: string;
      document: string;
      before: string;
      after: string;
    }[];
    const key = (d: { document: string; rule: string; text: string; before: string; after: string }) =>
      JSON.stringify([d.document, d.rule, d.text, d.before, d.after]);
    const expected = seedReport.flags.map((f) => key({ document: f.document, rule: f.rule, text: f.text, before: f.context.before, after: f.context.after }));
    expect(saved.map(key).sort()).toEqual(expected.sort());
    // not vacuous: some of the texts were left out of the data and read from the marks
    const data = await page.evaluate(() => JSON.parse(document.getElementById('isnad-data')!.textContent!));
    expect(data.flags.filter((k: unknown[]) => k[2] === null).length).toBeGreaterThan(5);
    await page.context().close();
  });

  it('review panel: unticking an accepted flag drops its decision and keeps every other (other pairs, stale ones)', async () => {
    const summary = fs.readFileSync(`${SEED}/summary.txt`, 'utf8'),
      source = fs.readFileSync(`${SEED}/source.txt`, 'utf8');
    const target = seedReport.flags.findIndex((f) => f.rule === 'unknown-name');
    const mine = decisionFor(seedReport, seedReport.flags[target], 'named in the wire', 'Desk editor', '2026-11-01');
    const other = { ...mine, pair: 'another-pair' };
    const stale = { ...mine, text: 'words no longer there' };
    const { reports } = applyDecisions([seedReport], [mine, other, stale]);
    const file = path.join(dir, 'review.html');
    fs.writeFileSync(file, formatterFor('html')!(reports as Results, { texts: [{ summary, source }], decisions: [mine, other, stale] }));
    const { page } = await open(file);
    expect(await page.isChecked(`#accept-${target}`)).toBe(true);
    expect(await page.inputValue(`#reason-${target}`)).toBe('named in the wire');
    await page.uncheck(`#accept-${target}`);
    const saved = JSON.parse(await page.inputValue('#decisions-json'));
    expect(saved.decisions).toEqual([other, stale].sort((a, b) => (a.pair < b.pair ? -1 : a.pair > b.pair ? 1 : a.text < b.text ? -1 : 1)));
    await page.check(`#accept-${target}`);
    const again = JSON.parse(await page.inputValue('#decisions-json'));
    expect(again.decisions).toContainEqual(mine); // its name and date are kept when the reason is unchanged
    expect(again.decisions).toHaveLength(3);
    await page.context().close();
  });
});
