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

/**
 * The HTML report in a real browser: Debian's chromium (installed by .ci/run) driven by
 * playwright-core, which downloads no browser of its own.
 */
const CHROMIUM = process.env.ISNAD_CHROMIUM ?? '/usr/bin/chromium';
const SEED = 'corpus/libya-sirte-2016';
const ARTIFACTS = path.resolve('tests/artifacts');
const require = createRequire(import.meta.url);

let browser: Browser;
let dir: string;
let seedReport: Report;
let seedFile: string;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-browser-'));
  const summary = fs.readFileSync(`${SEED}/summary.txt`, 'utf8'), source = fs.readFileSync(`${SEED}/source.txt`, 'utf8');
  seedReport = check(summary, source, { pair: 'libya-sirte-2016', files: { summary: `${SEED}/summary.txt`, source: `${SEED}/source.txt` } });
  seedFile = path.join(dir, 'seed.html');
  fs.writeFileSync(seedFile, formatterFor('html')!([seedReport] as Results, { texts: [{ summary, source }] }));
});
afterAll(async () => { await browser?.close(); });

async function open(file: string, opts: { bypassCSP?: boolean } = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true, bypassCSP: opts.bypassCSP ?? false });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('file://' + file);
  return { page, errors };
}

describe('HTML report in chromium', () => {
  it('renders the seed report: both texts, right to left, the font, no script or CSP error; saves a screenshot', async () => {
    const { page, errors } = await open(seedFile);
    expect(await page.locator('#summary [dir="rtl"]').count()).toBe(1);
    expect(await page.locator('#source [dir="rtl"]').count()).toBe(1);
    expect(await page.locator('#summary .s').count()).toBe(seedReport.summary.sentences.length);
    expect(await page.locator('#source .s').count()).toBe(seedReport.source.sentences.length);
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Naskh Arabic"', 'سرت'))).toBe(true);
    expect(await page.locator('mark.error').first().isVisible()).toBe(true);
    expect(errors).toEqual([]);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const shot = path.join(ARTIFACTS, 'seed-report.png');
    await page.screenshot({ path: shot, fullPage: false });
    expect(fs.statSync(shot).size).toBeGreaterThan(20_000);
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
    const payloads = ['<script>window.__pwned=1</script>', '"><img src=x onerror="window.__pwned=2">', '</style><style>body{display:none}</style>',
      '<a href="javascript:window.__pwned=3">click</a>', '</script><script>window.__pwned=4</script>', '<svg onload="window.__pwned=5"></svg>',
      '<iframe srcdoc="<script>parent.__pwned=6</script>"></iframe>', '\u2028</script>\u2029'];
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
    expect(await page.locator('script').count()).toBe(2);
    expect(await page.locator('body').isVisible()).toBe(true);
    expect(await page.locator('#summary > div').textContent()).toBe(summary);
    await page.context().close();
  });

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    // axe is injected as a script, so this page alone is opened with the CSP bypassed
    const { page } = await open(seedFile, { bypassCSP: true });
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const res = await (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run(document, { resultTypes: ['violations'] });
      return res.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
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
    const target = before.flags.findIndex((f) => f.rule === 'unknown-name');
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
    expect(saved.decisions[0]).toMatchObject({ pair: 'libya-sirte-2016', rule: 'unknown-name', text: before.flags[target].text, status: 'accepted', by: 'Desk editor' });

    const { err } = await runIsnad(['check', '--corpus', corpus, '--decisions', decisionsFile, '--format', `json:${out}/after.json`, '--format', `sarif:${out}/after.sarif`, '--no-config']);
    const after = JSON.parse(fs.readFileSync(`${out}/after.json`, 'utf8')).pairs[0] as Report;
    expect(after.flags[target].suppressed).toEqual({ reason: 'The force is named in the agency wire, checked by the desk.', by: 'Desk editor' });
    expect(after.stats.flags.error).toBe(before.stats.flags.error - 1);
    const sarif = JSON.parse(fs.readFileSync(`${out}/after.sarif`, 'utf8'));
    expect(sarif.runs[0].results.filter((x: { suppressions?: unknown[] }) => x.suppressions).length).toBe(1);
    expect(err).not.toContain('stale');
  });

  it('review panel: unticking an accepted flag drops its decision and keeps every other (other pairs, stale ones)', async () => {
    const summary = fs.readFileSync(`${SEED}/summary.txt`, 'utf8'), source = fs.readFileSync(`${SEED}/source.txt`, 'utf8');
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
