import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// The adapter reads its CSV from the benchmarks folder (ISNAD_BENCHMARKS), fixed when data.ts loads:
// this file sets it first and loads the adapter after.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-superpal-'));
process.env.ISNAD_BENCHMARKS = dir;

const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
function writeSplit(split: string, rows: [topic: string, summary: string, doc: string][]): void {
  const file = path.join(dir, 'superpal-multinews', 'manual_datasets', `${split}_MN_only.csv`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, ['database,topic,scuSentence,docSentText', ...rows.map(([t, s, d]) => ['MultiNews', t, q(s), q(d)].join(','))].join('\n') + '\n');
}

describe('SuperPAL adapter', () => {
  it('scores each summary line by the source lines isnad pairs with it, a line split in two by the union of its sentences', async () => {
    const floods = 'Floods in the northern province destroyed two bridges and cut power to thousands of homes on Monday.';
    const school = 'The school board voted to delay the start of the academic year until October.';
    const rescue = 'Rescue teams evacuated four hundred residents from the flooded villages by boat.';
    const market = 'Shares of the regional bank fell sharply after it reported a quarterly loss.';
    // one summary line with two sentences: the first from `floods`, the second from `rescue`
    const line = 'Floods destroyed two bridges in the northern province on Monday. Rescue teams evacuated four hundred residents by boat.';
    writeSplit('dev', [
      ['T1', line, floods],
      ['T1', line, rescue],
      ['T1', 'The school board delayed the academic year until October.', school],
      ['T1', 'The regional bank reported a quarterly loss and its shares fell.', market],
    ]);
    const { superpal } = await import('../src/eval/benchmarks/superpal.js');
    const r = superpal('dev');
    expect(r).toMatchObject({ topics: 1, sentences: 3, top1: 1, any: 1 });
    // every gold link found (the split line's two), and nothing else predicted
    expect(r.recall).toBe(1);
    expect(r.precision).toBe(1);
  });
});
