import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
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
  ];

  it('finds the same datelines (the four-word places too)', () => {
    for (const t of datelines) {
      expect(datelineByExpressions(t)).toBeGreaterThan(0);
      expect(datelineAt(t)).toBe(datelineByExpressions(t));
    }
  });

  // texts made of the pieces a dateline is made of, in any order: places of one to six words, marks, agencies
  const pieces = [
    'القاهرة', 'رام', 'الله', 'NEW', 'YORK', 'N.Y.', 'SAN', 'LUIS', 'Calif.', 'LONDON', 'Washington', 'said', 'قال',
    ' ', '  ', '\n', '\u00a0', ',', ', ', '.', "'", '’', '-', ' - ', '–', '—', ' — ', 'ـ', ' ـ ', '(', ')', '(رويترز)',
    '(AP)', '«القدس العربي»', '"AFP"', '“AFP”', '(وكالة الأنباء الليبية الرسمية)', '“Agence France Presse wire”', '"Reuters and AP wire"', ':', 'وكالات', 'أ ف ب', 'الجزيرة.نت', 'ً', 'ّ',
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
