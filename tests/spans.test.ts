import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { madeSpans, probeSpanScore } from '../src/eval/benchmarks/spans.js';

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
