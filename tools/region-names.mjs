#!/usr/bin/env node
// Candidate entries for lexicons/entities.json's country list: CLDR's names, in Arabic and English, of every
// ISO 3166 region code and of the UN M.49 continents and regions that news names as places, as Node's
// built-in Intl.DisplayNames gives them (no download, no package: the ICU that Node ships). It only prints;
// the lexicon stays hand-curated (adjectives, peoples, spelling variants and the words left out are written
// there by hand, with the reason). Usage: `npm run build && node tools/region-names.mjs [--all]`
// Each line: code, English name, Arabic name, then what to look at before adding it:
//   listed=FORM    an Arabic or English word of the name is already a form of the lexicon (its entry exists)
//   stem=STEM      the stem by which the lexicon would match the Arabic name (src/text/entities.ts): a short
//                  stem (short) is often a common word's too (الغابون: غاب "was absent"; كوبا: كوب "cup"),
//                  so read such a name in news text before adding it. (The hunspell-ar word list is no help
//                  here: it holds most country names as words.)
//   multi          the name is more than one word: entities are read word by word (src/text/entities.ts),
//                  so it is known by one distinctive word or not at all
// With --all the non-sovereign territories and the codes for groupings (EU, UN) are printed too.
import { makeToken } from '../dist/text/tokenize.js';
import { lexiconGroups } from '../dist/text/lexicons.js';

const all = process.argv.includes('--all');
const ar = new Intl.DisplayNames(['ar'], { type: 'region', fallback: 'code' });
const en = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** Codes CLDR names that are no sovereign state: dependencies, reserved and withdrawn codes, groupings. */
const NOT_STATES = new Set(
  (
    'AC AI AN AQ AS AW AX BL BM BQ BU BV CC CK CP CQ CS CW CX DD DG DY EA EH EU EZ FK FO FX GF GG GI GL GP GS GU HK HM HV IC IM IO JE KY ' +
    'MF MO MP MQ MS NC NF NH NU PF PM PN PR QO RE RH SH SJ SU SX TA TC TF TK TP UK UM UN VD VG VI WF XA XB YD YT YU ZR ZZ'
  ).split(' '),
);
/** UN M.49 continents and regions that news names as places. */
const REGIONS = ['002', '142', '150', '419', '005', '013', '009', '029', '015', '011', '014', '145', '035', '151', '155', '202'];

const codes = [];
const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
for (const a of A) for (const b of A) if (en.of(a + b) !== a + b && (all || !NOT_STATES.has(a + b))) codes.push(a + b);
codes.push(...REGIONS);

const listed = new Map();
for (const { words: forms = [] } of lexiconGroups('entities', 'country'))
  for (const f of forms) listed.set(makeToken(f.replace(/^[=~]/, '').toLowerCase(), 0).key, forms[0]);

for (const code of codes) {
  const arName = ar.of(code).replace(/\s*\(.*\)$/, '');
  const enName = en.of(code);
  const notes = [];
  const arWords = arName.split(/[\s-]+/).filter(Boolean);
  const enWords = enName
    .toLowerCase()
    .split(/[\s&-]+/)
    .filter(Boolean);
  const hit = [...arWords, ...enWords].map((w) => listed.get(makeToken(w, 0).key)).find(Boolean);
  if (hit) notes.push(`listed=${hit}`);
  for (const w of arWords) {
    const { stem } = makeToken(w, 0);
    if (arWords.length === 1 || stem.length <= 3) notes.push(`stem=${stem}${stem.length <= 3 ? ' (short)' : ''}`);
  }
  if (arWords.length > 1) notes.push('multi');
  console.log([code, enName, arName, ...notes].join('\t'));
}
