import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { check } from '../src/index.js';
import { analyze } from '../src/text/document.js';
import { checkWithDecisions } from '../src/check/check.js';
import { FEATURES } from '../src/check/features.js';
import { madeSpans, probeSpanScore, contentFlags } from '../src/eval/benchmarks/spans.js';

describe('the span dev sets (eval/benchmarks/spans.ts)', () => {
  it('makes each edit of a supported WiCE dev claim with its put-in words as the gold, the same every run', () => {
    const made = madeSpans('all');
    expect(new Set(made.map((m) => m.kind))).toEqual(new Set(['name', 'figure', 'phrase', 'clause']));
    expect(made.length).toBeGreaterThan(200);
    for (const m of made) {
      const put = m.claim.slice(...m.gold);
      // the put-in words are words, and (but for a clause, whose joined claim may repeat a word) not in the source
      expect(put).toMatch(/[\p{L}\p{N}]/u);
      if (m.kind === 'name' || m.kind === 'phrase') expect(m.source.includes(put.trim())).toBe(false);
    }
    expect(madeSpans('all').map((m) => m.claim)).toEqual(made.map((m) => m.claim));
    // the halves split the set
    expect(madeSpans('train').length + madeSpans('dev').length).toBe(made.length);
  });

  it('scores the words of a probe pair as wiceTokens scores WiCE: the planted quote is the gold, word by word', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-spans-'));
    const pair = path.join(dir, 'en01');
    fs.mkdirSync(pair);
    fs.writeFileSync(
      path.join(pair, 'source.txt'),
      'The central bank cut its main interest rate by half a percentage point on Tuesday, its first cut in three years.\nGovernor Maria Lopez said inflation had cooled.\n',
    );
    fs.writeFileSync(
      path.join(pair, 'altered.txt'),
      'The central bank cut its main interest rate by 75 basis points on Tuesday, its first cut in three years. Governor Maria Lopez said inflation had cooled.\n',
    );
    fs.writeFileSync(
      path.join(pair, 'gold.json'),
      JSON.stringify({ lang: 'en', faithful_must_not_flag: [], altered_errors: [{ quote: '75 basis points', kind: 'number' }] }),
    );
    // the figure is flagged (one word of the quote's three), nothing else is
    const s = probeSpanScore(dir);
    expect(s.p).toBe(1);
    expect(s.r).toBeCloseTo(1 / 3, 10);
    fs.rmSync(dir, { recursive: true });
  });
});

describe('a figure the source has in another sentence is a note, not a word that lacks support', () => {
  const source =
    'Daniel Reyes, 38, was convicted on all seven counts, including wire fraud. U.S. District Judge Margaret Hollis set sentencing for July 17 and allowed Reyes to remain free on a $10 million bond.';
  const summary = 'Judge Margaret Hollis, who scheduled sentencing for July 17, let the 38-year-old stay out on a $10 million bond.';

  it('is info, so the words an editor sees as unsourced leave it out', () => {
    const r = check(summary, source);
    const figure = r.flags.find((f) => f.rule === 'number-mismatch')!;
    expect(figure.severity).toBe('info');
    expect(contentFlags(r).some((f) => f.start <= figure.start && figure.end <= f.end && f.rule === 'number-mismatch')).toBe(false);
  });

  it('is still evidence to the claim model, as the rule gave it (numberWarning), so no pUnsupported moves', () => {
    const s = analyze(summary, { prefix: 's', claims: true, lang: 'en' }),
      t = analyze(source, { prefix: 't', lang: 'en' });
    const { decisions } = checkWithDecisions(s, t, {});
    const withFigure = decisions.find((d) => d.claim.unit.text.includes('38'))!;
    expect(withFigure.features[FEATURES.indexOf('numberWarning')]).toBe(1);
    expect(withFigure.features[FEATURES.indexOf('numberError')]).toBe(0);
  });

  it('keeps the severity the user set for number-mismatch', () => {
    const r = check(summary, source, { rules: { 'number-mismatch': 'warning' } });
    expect(r.flags.find((f) => f.rule === 'number-mismatch')!.severity).toBe('warning');
  });
});
