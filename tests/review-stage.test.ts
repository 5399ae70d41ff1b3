import { describe, it, expect } from 'vitest';
import { check, decisionFor } from '../src/index.js';
import { check as checkStage } from '../src/check/check.js';

const SOURCE = 'The central bank kept its main rate at 27.25% on Thursday, the bank said in a statement.';
const SUMMARY = 'The central bank kept its main rate at 27.25% on Thursday. The Egyptian bourse rose sharply after the decision.';

describe('review decisions as a stage of the library (check(…, { decisions }))', () => {
  it('suppresses the flag a decision accepts and counts it in stats.suppressed, as the CLI does', () => {
    const plain = check(SUMMARY, SOURCE, { files: { summary: 'desk/summary.txt', source: 'desk/source.txt' } });
    const target = plain.flags.find((f) => f.document === 'summary' && f.severity === 'error');
    expect(target).toBeDefined();
    const d = decisionFor(plain, target!, 'Confirmed with the bourse by phone.', 'Desk editor', '2026-12-03');
    const r = check(SUMMARY, SOURCE, { files: { summary: 'desk/summary.txt', source: 'desk/source.txt' }, decisions: [d] });
    const same = r.flags.find((f) => f.rule === target!.rule && f.start === target!.start);
    expect(same?.suppressed).toEqual({ reason: 'Confirmed with the bourse by phone.', by: 'Desk editor' });
    expect(r.stats.suppressed).toBe(1);
    expect(r.flags.filter((f) => f.suppressed)).toHaveLength(1);
  });

  it('applies a decision only to its pair (the summary file, or the report pair), and without decisions is the check stage itself', () => {
    const plain = check(SUMMARY, SOURCE, { files: { summary: 'desk/summary.txt', source: 'desk/source.txt' } });
    const target = plain.flags.find((f) => f.document === 'summary' && f.severity === 'error')!;
    const d = decisionFor(plain, target, 'ok', 'editor');
    const other = check(SUMMARY, SOURCE, { files: { summary: 'other/summary.txt', source: 'desk/source.txt' }, decisions: [d] });
    expect(other.stats.suppressed ?? 0).toBe(0);
    expect(JSON.stringify(check(SUMMARY, SOURCE))).toBe(JSON.stringify(checkStage(SUMMARY, SOURCE)));
  });
});
