import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { check } from './checked.js';
import { runIsnad } from './helpers.js';
import { RULES } from '../src/check/rules/index.js';
import { RULE_IDS, type Flag } from '../src/check/types.js';
import { ar } from '../src/check/locales/ar.js';
import { placeholders, renderMessage } from '../src/check/messages.js';
import { formatterFor, type Results } from '../src/report/registry.js';

const ROOT = path.resolve(__dirname, '..');
const RULES_MD = fs.readFileSync(path.join(ROOT, 'docs', 'rules.md'), 'utf8');
const ARABIC = /[\u0600-\u06FF]/;

/** docs/rules.md's sections by rule id (`## id` up to the next `## `). */
const sections = new Map<string, string>();
for (const part of RULES_MD.split(/^## /m).slice(1)) sections.set(part.slice(0, part.indexOf('\n')).trim(), part);

/** A section's flagged and not-flagged examples, and what the flagged one must raise. */
function examples(id: string) {
  const s = sections.get(id)!;
  const blocks = [...s.matchAll(/```text\n([\s\S]*?)```/g)].map((m) => {
    const line = (k: string) =>
      m[1]
        .split('\n')
        .find((l) => l.startsWith(`${k}:`))!
        .slice(k.length + 1)
        .trim();
    return { source: line('source'), summary: line('summary') };
  });
  const head = /\*\*Flagged\*\* \(on `([^`]+)`(?:; expected `([^`]+)`, actual `([^`]+)`)?\):/.exec(s);
  return { flagged: blocks[0], clean: blocks[1], on: head?.[1], expected: head?.[2], actual: head?.[3] };
}

// language-mismatch is what a pair in two languages gets without a lexicon
const optionsFor = (id: string) => (id === 'language-mismatch' ? { lexicon: { dictd: path.join(os.tmpdir(), 'isnad-no-lexicon') } } : {});

describe('messages as ids with data', () => {
  it('every rule lists its messages, and the Arabic catalog has each of them with the same placeholders', () => {
    for (const r of RULES) {
      const en = r.meta.messages;
      expect(Object.keys(en).length, r.id).toBeGreaterThan(0);
      expect(Object.keys(ar.messages[r.id]).sort(), `${r.id}: Arabic message ids`).toEqual(Object.keys(en).sort());
      for (const [id, template] of Object.entries(en)) {
        const arabic = ar.messages[r.id][id];
        expect(placeholders(arabic), `${r.id}/${id}`).toEqual(placeholders(template));
        expect(arabic, `${r.id}/${id} is written in Arabic`).toMatch(ARABIC);
      }
    }
  });

  it("a flag's message is its rule's template rendered with its data, the same text in a report and from the id", () => {
    let n = 0;
    for (const id of RULE_IDS) {
      const { flagged } = examples(id);
      for (const f of check(flagged.summary, flagged.source, optionsFor(id)).flags) {
        n++;
        expect(RULES.find((r) => r.id === f.rule)!.meta.messages[f.messageId], `${f.rule}/${f.messageId}`).toBeDefined();
        expect(f.message).toBe(renderMessage(f.rule, f.messageId, f.data));
        expect(f.message).not.toMatch(/\{\{/);
        const arabic = renderMessage(f.rule, f.messageId, f.data, 'ar');
        expect(arabic).toMatch(ARABIC);
        expect(arabic).not.toMatch(/\{\{/);
      }
    }
    expect(n).toBeGreaterThan(10);
  });

  it('renders in Arabic the English words a rule writes as data (a language, an entity class)', () => {
    expect(renderMessage('omission', 'xlingOmitted', { lang: 'English', carried: '12%' }, 'ar')).toBe(
      'أغفلها النص باللغة الإنجليزية (لا يحمل منها أكثر من 12%)',
    );
    expect(renderMessage('entity-mismatch', 'xlingOtherEntity', { cls: 'city', expected: 'طرابلس' }, 'ar')).toBe(
      'يذكر الأصل هنا اسمًا آخر من فئة «المدن» (طرابلس)',
    );
    // and the English message keeps the rule's own words
    expect(renderMessage('entity-mismatch', 'xlingOtherEntity', { cls: 'city', expected: 'طرابلس' })).toBe('the original names another city here (طرابلس)');
  });
});

describe('docs/rules.md', () => {
  it("has a section for every rule id, and each rule's docs URL (SARIF helpUri) points to it", () => {
    expect([...sections.keys()].filter((k) => k !== 'Rules')).toEqual([...RULE_IDS]);
    for (const r of RULES) expect(r.meta.docs.url).toMatch(new RegExp(`^https://[^#]+/docs/rules\\.md#${r.id}$`));
    const log = JSON.parse(formatterFor('sarif')!([] as unknown as Results));
    expect(log.runs[0].tool.driver.rules.map((x: { helpUri: string }) => x.helpUri)).toEqual(RULES.map((r) => r.meta.docs.url));
  });

  for (const id of RULE_IDS) {
    it(`${id}: the flagged example is flagged on the words named, with its expected/actual; the other is not`, () => {
      const ex = examples(id);
      expect(ex.flagged && ex.clean && ex.on, 'a Flagged (on `…`) example and a Not flagged one').toBeTruthy();
      const flags = check(ex.flagged.summary, ex.flagged.source, optionsFor(id)).flags.filter((f) => f.rule === id);
      const hit = flags.find((f) => f.text === ex.on);
      expect(hit, `${id} flags ${JSON.stringify(ex.on)} (got ${JSON.stringify(flags.map((f) => f.text))})`).toBeDefined();
      expect(hit!.expected).toBe(ex.expected);
      expect(hit!.actual).toBe(ex.actual);
      expect(check(ex.clean.summary, ex.clean.source, optionsFor(id)).flags.filter((f) => f.rule === id)).toEqual([]);
    });
  }
});

describe('end positions', () => {
  /** Line and column of an offset, counted from scratch: every line end (\r\n, \r, \n, U+2028, U+2029, U+0085) starts a line; columns in UTF-16 units. */
  const at = (text: string, offset: number) => {
    const lines = text.slice(0, offset).split(/\r\n|\r|\n|\u2028|\u2029|\u0085/);
    return { line: lines.length, column: lines[lines.length - 1].length + 1 };
  };
  it("endLine/endColumn are the line and column of a flag's end, counted as line/column are (CRLF, CR, U+2028, astral characters)", () => {
    const source =
      'The central bank cut its main interest rate by half a point on Thursday, citing slowing growth.\nThe ministry said 360 people were injured.';
    for (const nl of ['\n', '\r\n', '\r', '\u2028']) {
      // an astral character (two UTF-16 units) before the flagged figure, and a claim across a line end
      const summary = `𝐍𝐄𝐖𝐒 The ministry said 460 people were injured.${nl}The central bank cut its main interest rate by half a point on Thursday. The governor said inflation${nl}would fall below five percent next year.`;
      const flags = check(summary, source).flags.filter((f) => f.document === 'summary');
      expect(
        flags.some((f) => f.endLine > f.line),
        'a flag across a line end',
      ).toBe(true);
      const figure = flags.find((f) => f.rule === 'number-mismatch' && f.text === '460')!;
      // four astral letters (eight UTF-16 units) and " The ministry said " (19) before it
      expect([figure.line, figure.column, figure.endLine, figure.endColumn]).toEqual([1, 28, 1, 31]);
      for (const f of flags) {
        expect({ line: f.line, column: f.column }).toEqual(at(summary, f.start));
        expect({ line: f.endLine, column: f.endColumn }).toEqual(at(summary, f.end));
      }
    }
  });
});

describe('expected and actual in the formats', () => {
  const pair = () =>
    [
      check(
        'نفذ الجيش الأميركي أكثر من 460 غارة جوية على مواقع التنظيم في سرت منذ أغسطس.',
        'نفذ الجيش الأميركي أكثر من 360 غارة جوية على مواقع التنظيم في سرت منذ أغسطس.',
        { files: { summary: 's.txt', source: 't.txt' } },
      ),
    ] as Results;
  it("each format shows what the source says from the flag's fields; SARIF has them as properties, with the end of the region", () => {
    const r = pair();
    const f = r[0].flags.find((x) => x.rule === 'number-mismatch')!;
    expect([f.expected, f.actual]).toEqual(['360', '460']);
    // (a message that says nothing of 360: what the formats show comes from expected, not from its words)
    expect(f.message).not.toContain('360');
    for (const name of ['text', 'junit', 'github', 'markdown', 'html'])
      expect(formatterFor(name)!(r), name).toContain(name === 'html' || name === 'junit' ? 'the source says &quot;360&quot;' : 'the source says "360"');
    const res = JSON.parse(formatterFor('sarif')!(r)).runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'number-mismatch');
    expect(res.properties).toMatchObject({ messageId: 'absent', data: { number: '460' }, expected: '360', actual: '460' });
    expect(res.locations[0].physicalLocation.region).toMatchObject({ startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn });
  });
});

describe('--locale', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-locale-'));
  fs.writeFileSync(
    path.join(dir, 's.txt'),
    'نفذ الجيش الأميركي أكثر من 460 غارة جوية على مواقع التنظيم في سرت منذ أغسطس. وقال المتحدث إن العمليات ستستمر حتى نهاية العام المقبل رغم الانتقادات الدولية المتزايدة.\n',
  );
  fs.writeFileSync(path.join(dir, 't.txt'), 'نفذ الجيش الأميركي أكثر من 360 غارة جوية على مواقع التنظيم في سرت منذ أغسطس.\n');
  const args = (...more: string[]) => ['check', path.join(dir, 's.txt'), path.join(dir, 't.txt'), '--no-config', '--exit-zero', ...more];

  it("renders the messages in Arabic in every format; the JSON report keeps each flag's messageId and data", async () => {
    const en = JSON.parse((await runIsnad(args('-f', 'json'))).out);
    const arJson = JSON.parse((await runIsnad(args('-f', 'json', '--locale', 'ar'))).out);
    const key = (f: Flag) => ({ rule: f.rule, start: f.start, messageId: f.messageId, data: f.data, expected: f.expected, actual: f.actual });
    expect(arJson.flags.map(key)).toEqual(en.flags.map(key));
    expect(arJson.flags.length).toBeGreaterThan(1);
    for (const f of arJson.flags as Flag[]) {
      expect(f.message).toBe(renderMessage(f.rule, f.messageId, f.data, 'ar'));
      expect(f.message).not.toBe(renderMessage(f.rule, f.messageId, f.data));
    }
    const figure = (arJson.flags as Flag[]).find((f) => f.rule === 'number-mismatch')!;
    expect(figure.message).toBe('الرقم 460 لا يرد في أي موضع من المصدر');
    for (const format of ['text', 'sarif', 'junit', 'github', 'markdown', 'html']) {
      const out = (await runIsnad(args('-f', format, '--locale', 'ar'))).out;
      expect(out, format).toContain(format === 'sarif' ? JSON.stringify(figure.message).slice(1, -1) : figure.message);
      expect(out, format).not.toContain('number 460 appears nowhere in the source');
      if (format !== 'sarif') expect(out, format).toContain('يقول المصدر: «360»');
    }
  });

  it('an unknown locale, on the command line or in isnad.config.json, exits 2 with one line naming it', async () => {
    const cli = await runIsnad(args('--locale', 'fr'));
    expect(cli.code).toBe(2);
    expect(cli.err).toBe('isnad: --locale: unknown locale "fr" (locales: en, ar)\n');
    const cfg = path.join(dir, 'isnad.config.json');
    fs.writeFileSync(cfg, JSON.stringify({ locale: 'arabic' }));
    const fromFile = await runIsnad(['check', path.join(dir, 's.txt'), path.join(dir, 't.txt')], { cwd: dir });
    expect(fromFile.code).toBe(2);
    expect(fromFile.err.trimEnd().split('\n')).toHaveLength(1);
    expect(fromFile.err).toContain('isnad.config.json');
    expect(fromFile.err).toContain('"arabic"');
    fs.writeFileSync(cfg, JSON.stringify({ locale: 'ar' }));
    const ok = await runIsnad(['check', path.join(dir, 's.txt'), path.join(dir, 't.txt'), '--exit-zero'], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('الرقم 460 لا يرد في أي موضع من المصدر');
    fs.rmSync(cfg);
  });

  it('isnad merge reads a report written before flags had these fields: their ends from the flagged text, their messages as written', async () => {
    const full = path.join(dir, 'full.json'),
      old = path.join(dir, 'old.json');
    await runIsnad(args('-f', `json:${full}`));
    const report = JSON.parse(fs.readFileSync(full, 'utf8'));
    for (const f of report.flags) for (const k of ['messageId', 'data', 'expected', 'actual', 'endLine', 'endColumn']) delete f[k];
    fs.writeFileSync(old, JSON.stringify(report));
    const annotations = (out: string) =>
      out
        .split('\n')
        .filter((l) => l.startsWith('::error') || l.startsWith('::warning'))
        .map((l) => l.slice(0, l.indexOf('::', 2)));
    const fromOld = await runIsnad(['merge', old, '-f', 'github', '--no-config', '--exit-zero', '--locale', 'ar']);
    const fromNew = await runIsnad(['merge', full, '-f', 'github', '--no-config', '--exit-zero']);
    expect(annotations(fromOld.out).length).toBeGreaterThan(0);
    expect(annotations(fromOld.out)).toEqual(annotations(fromNew.out));
    expect(fromOld.out).toContain('number 460 appears nowhere in the source');
  });
});
