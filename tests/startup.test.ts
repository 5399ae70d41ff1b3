import { describe, it, expect } from 'vitest';
import { bundledPackage } from './helpers.js';
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { datelineAt, datelineByExpressions } from '../src/text/meta.js';
import { makeToken, stemOfText } from '../src/text/tokenize.js';
import { synonymGroups } from '../src/text/synonyms.js';
import { lexicon, lexiconGroups } from '../src/text/lexicons.js';

// Shortcuts a one-pair check takes at start-up (bench/README.md, issue 25): each must answer as the long way does.

describe('the dateline test before its expressions', () => {
  const datelines = [
    'القاهرة - (رويترز) - قال مسؤولون إن الجيش نفذ ضربات.',
    'بيروت ـ «القدس العربي»: أعلنت الحكومة خطة جديدة اليوم.',
    'واشنطن ـ وكالات: قال الرئيس إن المحادثات مستمرة.',
    'رام الله - (أ ف ب) - أعلنت الشرطة اعتقال ثلاثة.',
    'WASHINGTON (Reuters) - The Senate passed the bill on Tuesday.',
    'NEW YORK, N.Y. (AP) — Stocks rose sharply on Monday morning.',
    'SAN LUIS OBISPO, Calif. (AP) — Officials said the fire spread.',
    'LONDON — The prime minister said talks would continue.',
    'PORT AU PRINCE, Haiti (AP) — Police said three people died.',
    'KABUL NORTH DISTRICT, Afghanistan — Police said three people died.',
    'القاهرةـ (رويترز) - قال مسؤولون إن الجيش نفذ ضربات.',
    'رام الله «وفا»: أعلنت الحكومة خطة جديدة اليوم.',
    'N.Y. (AP) — Police said three people died.',
    'L.A., Calif. (AP) — Officials said the fire spread.',
    'سرت ـ (خاص) ـ قالت القوات إنها سيطرت على المدينة.',
    `القاهرة (${'𝐀'.repeat(40)}) - قال مسؤولون إن الجيش نفذ ضربات.`,
  ];

  it('finds no dateline in the seed pair, whose seven sentences with a mark near their start open with none', () => {
    for (const f of ['summary', 'source']) {
      const text = fs.readFileSync(path.join(__dirname, '..', 'corpus', 'libya-sirte-2016', `${f}.txt`), 'utf8');
      for (const line of text.split('\n')) expect(datelineAt(line)).toBe(datelineByExpressions(line));
    }
  });

  it('finds the same datelines (the four-word places too)', () => {
    for (const t of datelines) {
      expect(datelineByExpressions(t)).toBeGreaterThan(0);
      expect(datelineAt(t)).toBe(datelineByExpressions(t));
    }
  });

  // texts made of the pieces a dateline is made of, in any order: places of one to six words, marks, agencies
  const pieces = [
    'القاهرة',
    'رام',
    'الله',
    'NEW',
    'YORK',
    'N.Y.',
    'SAN',
    'LUIS',
    'Calif.',
    'LONDON',
    'Washington',
    'said',
    'قال',
    ' ',
    '  ',
    '\n',
    '\u00a0',
    ',',
    ', ',
    '.',
    "'",
    '’',
    '-',
    ' - ',
    '–',
    '—',
    ' — ',
    'ـ',
    ' ـ ',
    '(',
    ')',
    '(رويترز)',
    '(AP)',
    '«القدس العربي»',
    '"AFP"',
    '“AFP”',
    '(وكالة الأنباء الليبية الرسمية)',
    '“Agence France Presse wire”',
    '"Reuters and AP wire"',
    ':',
    'وكالات',
    'أ ف ب',
    'الجزيرة.نت',
    'ً',
    'ّ',
    // what opens sentences that only look like one (the seed pair's: a timestamp, a quote, a name in guillemets)
    '2025-05-15',
    '07:26',
    'ص',
    'وأبدى',
    '«داعش»',
    '«واشنطن بوست»',
    'صحيفة «واشنطن',
    'القاهرةـ',
    'ـ',
    // letters and others outside the BMP, and brackets near their 40 characters (counted in code points)
    '𝐀𝐁',
    '😀',
    `(${'𝐀'.repeat(39)})`,
    `«${'ب'.repeat(40)}»`,
    `“${'x'.repeat(41)}”`,
  ];
  it('answers as the expressions alone on any text of their pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (a) => {
        const t = a.join('');
        expect(datelineAt(t)).toBe(datelineByExpressions(t));
      }),
      { numRuns: 20000 },
    );
  });
});

describe("the synonym table's stems", () => {
  it('are the stems of the words as tokens', () => {
    const words = new Set(synonymGroups().flat());
    // and the words of every other lexicon's groups, numbers and initialisms among them
    for (const name of ['antonyms', 'entities', 'negation', 'reporting', 'glossary'])
      for (const l of Object.keys(lexicon(name).lists))
        for (const g of lexicon(name).lists[l].groups ? lexiconGroups(name, l) : [])
          for (const w of [...(g.words ?? []), ...(g.sides?.flat() ?? [])]) for (const x of w.split(' ')) words.add(x);
    for (const w of ['U.K.', 'U.S.A.', 'US', '2016', '٢٠١٦', '3.5', 'Dr.']) words.add(w);
    expect(words.size).toBeGreaterThan(1000);
    for (const w of words) expect(stemOfText(w), w).toBe(makeToken(w, 0).stem);
  });
});

describe("the bundled CLI's code cache", () => {
  const ROOT = path.resolve(__dirname, '..');
  const PAIR = path.join(ROOT, 'corpus', 'libya-sirte-2016');
  const args = ['check', path.join(PAIR, 'summary.txt'), path.join(PAIR, 'source.txt'), '--no-config'];

  it('changes no output, and a cache not made from the script (stale, truncated, absent) is not used', () => {
    const cli = path.join(ROOT, 'dist', 'cli');
    if (
      !fs.existsSync(path.join(cli, 'isnad.cjs.cache')) ||
      !fs.existsSync(path.join(cli, 'word-forms.json')) ||
      fs.statSync(path.join(cli, 'isnad.cjs')).mtimeMs < fs.statSync(path.join(cli, 'main.js')).mtimeMs
    )
      execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
    // a package of its own: bin/ and the bundle copied, the rest linked (helpers.ts bundledPackage)
    const pkg = bundledPackage(ROOT, 'isnad-cache-');
    const run = (env: Record<string, string> = {}) => {
      const r = spawnSync('node', [path.join(pkg, 'bin', 'isnad.js'), ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
      return { code: r.status, out: r.stdout, err: r.stderr };
    };
    const cache = path.join(pkg, 'dist', 'cli', 'isnad.cjs.cache');
    const good = fs.readFileSync(cache);
    const withCache = run();
    expect(withCache.code).toBe(1);
    expect(withCache.err).toBe('');
    expect(withCache.out).toMatch(/البنيان المرصوص/);
    // another script's cache (its header is another text's hash), a truncated one, none
    fs.writeFileSync(cache, Buffer.concat([Buffer.from('0'.repeat(40)), good.subarray(40)]));
    expect(run()).toEqual(withCache);
    fs.writeFileSync(cache, good.subarray(0, 4096));
    expect(run()).toEqual(withCache);
    fs.rmSync(cache);
    expect(run()).toEqual(withCache);
    // a changed script of the same length beside the old script's cache: V8 alone would take that cache (it tests
    // a cache against its source by length) and run the old bytecode; the header keeps it out
    fs.writeFileSync(cache, good);
    const script = path.join(pkg, 'dist', 'cli', 'isnad.cjs');
    const text = fs.readFileSync(script, 'utf8');
    expect(text.split(' problem${').length).toBe(2);
    fs.writeFileSync(script, text.replace(' problem${', ' PROBLEM${'));
    const changed = run();
    // (the seed pair's problems, counted in the changed word: reports/libya-sirte-2016.txt)
    expect(changed.out).toMatch(/✖ \d+ PROBLEMs/);
    expect(changed.out.replace('PROBLEM', 'problem')).toBe(withCache.out);
    fs.writeFileSync(script, text);
    // and the same as tsc's modules
    const plain = spawnSync('node', [path.join(cli, 'main.js'), ...args], { encoding: 'utf8' });
    expect(withCache.out).toBe(plain.stdout);
    // the build's own cache from a run of the corpus examples: made again here, the same output
    expect(run({ ISNAD_WRITE_CODE_CACHE: cache })).toEqual(withCache);
    expect(fs.readFileSync(cache).subarray(0, 40)).toEqual(good.subarray(0, 40));
    expect(run()).toEqual(withCache);
  }, 120_000);
});
