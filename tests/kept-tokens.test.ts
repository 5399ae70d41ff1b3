import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { analyze } from '../src/text/document.js';
import { checkDocs } from '../src/check/check.js';

/**
 * A source's sentences keep the tokens a rule made of them only while they are among the last MADE_TOKENS_KEPT made
 * (text/document.ts MadeTokens): a sentence read again gets new token objects. The check must not tell: no rule may
 * hold a source token from one read and look for it in another. With few sentences kept (8: more than a claim's support set
 * and its neighbours, fewer than a probe pair's source), a sentence that a later claim reads again has its tokens made
 * again, so a check equal to the plain one says that no rule holds a source token from one claim to the next. (Within
 * one claim the rules may: its support set's few sentences stay among the last 8,192 made.)
 */
const pairOf = (summary: string, source: string, KEEP = 8) => {
  const s = analyze(summary, { prefix: 's', claims: true });
  return { plain: checkDocs(s, analyze(source, { prefix: 't' })), kept1: checkDocs(s, analyze(source, { prefix: 't', keepTokens: KEEP })) };
};

describe('a source sentence read again after its tokens went (MadeTokens)', () => {
  it("gives the same report for the corpus and probe pairs as a source that keeps every sentence's tokens", () => {
    const dirs = ['corpus', 'probes/dev', 'probes/editor/dev'].flatMap((root) =>
      fs.existsSync(root)
        ? fs
            .readdirSync(root)
            .map((d) => path.join(root, d))
            .filter((d) => fs.existsSync(path.join(d, 'source.txt')))
        : [],
    );
    let n = 0;
    for (const d of dirs.slice(0, 60)) {
      const source = fs.readFileSync(path.join(d, 'source.txt'), 'utf8');
      for (const f of fs.readdirSync(d).filter((x) => x.endsWith('.txt') && x !== 'source.txt')) {
        const { plain, kept1 } = pairOf(fs.readFileSync(path.join(d, f), 'utf8'), source);
        expect(JSON.stringify(kept1), `${d}/${f}`).toBe(JSON.stringify(plain));
        n++;
      }
    }
    expect(n).toBeGreaterThan(60);
  });

  it('reads a source word\'s side in context alike for every claim that meets the sentence (antonym-mismatch, "pick up 11")', () => {
    // (the benchmark's English pair of 1,000,000 source sentences: the antonym rule kept what it read of a sentence's words
    // by token object, so a claim that met the sentence after its tokens were made again read "up" otherwise)
    const source =
      'Nine in 10 disabled people are being forced to cut back on food or paying household bills after being refused emergency housing payments to help them pay the "bedroom tax", research has found, and The former drama series winner still managed to pick up 11 nominations in technical categories, for episodes submitted from the tail-end of its previous season. ' +
      'Canada beat USA by 4 wickets in the final on Sunday. The mayor opened a new bridge over the river on Monday.';
    const summary =
      'The former drama series winner still managed to pick up 11 nominations in technical categories. Canada beat USA by 4 wickets in the final. The mayor opened a new bridge. ' +
      'Cutting-edge technical research and getting paid for it.';
    const { plain, kept1 } = pairOf(summary, source, 1);
    const opposites = (r: typeof plain) => r.flags.filter((f) => f.rule === 'antonym-mismatch').map((f) => f.text);
    expect(opposites(plain).length).toBeGreaterThan(0);
    expect(opposites(kept1)).toEqual(opposites(plain));
    expect(JSON.stringify(kept1)).toBe(JSON.stringify(plain));
  });
});
