import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runIsnad } from './helpers.js';

/**
 * reports/ holds the seed pair's reports as the example of what `npm start` writes. Any change to the
 * checker or the formats that changes them must come with the regenerated files (run `npm start`).
 */
describe('committed example reports', () => {
  it('reports/ matches what npm start writes now', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-reports-'));
    const { code } = await runIsnad([
      'check',
      '--corpus',
      'corpus',
      '--out-dir',
      out,
      '--exit-zero',
      '--format',
      `json:${path.join(out, 'run.json')}`,
      '--no-config',
    ]);
    expect(code).toBe(0);
    const committed = fs.readdirSync('reports').filter((f) => !f.startsWith('.'));
    expect(committed.sort()).toEqual([
      'index.html',
      'index.json',
      'libya-sirte-2016.html',
      'libya-sirte-2016.json',
      'libya-sirte-2016.txt',
      'sirte-translation-2016.html',
      'sirte-translation-2016.json',
      'sirte-translation-2016.txt',
    ]);
    for (const f of committed) {
      const fresh = fs.readFileSync(path.join(out, f), 'utf8');
      expect(fresh === fs.readFileSync(path.join('reports', f), 'utf8'), `reports/${f} is stale: run npm start and commit it`).toBe(true);
    }
  });
});
