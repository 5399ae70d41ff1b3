import { stemOfText, type Token } from './tokenize.js';
import { normalizeToken } from './normalize.js';
import { lexicon, lexiconGroups } from './lexicons.js';

/** A word's keys in the lexicon: its stem and, when it may carry a one-letter proclitic, the stem without it. */
const keysOf = (t: Pick<Token, 'stem' | 'alt'>): string[] => (t.alt !== undefined && t.alt !== t.stem ? [t.stem, t.alt] : [t.stem]);

/**
 * The synonym groups of lexicons/synonyms.json (words that rewrites put in each other's place; the file says
 * why each is there and what was left out), every list's groups in the file's order, as written.
 */
export const synonymGroups = (): readonly (readonly string[])[] => groupsOf('synonyms');

/** Every group of a lexicon's lists, in the file's order (not the phrasal verbs', whose names are phrases: PHRASAL_LIST). */
const groupsOf = (name: string): (readonly string[])[] =>
  Object.keys(lexicon(name).lists)
    .filter((l) => l !== PHRASAL_LIST)
    .flatMap((l) => lexiconGroups(name, l).map((g) => g.words ?? []));

/** lexicons/synonyms.json's list of English phrasal verbs and their one-word equivalents. */
const PHRASAL_LIST = 'englishPhrasal';

/** A phrasal verb: its verb's Porter stem, its particle's key, and its equivalents (as written, in the file's order). */
export interface PhrasalVerb {
  verb: string;
  particle: string;
  words: readonly string[];
}
let phrasal: Map<string, PhrasalVerb[]> | undefined;
/** lexicons/synonyms.json englishPhrasal, read once, by the verb's stem (a look-up per word of a claim, not a scan of the list). */
function phrasalByVerb(): Map<string, PhrasalVerb[]> {
  if (!phrasal) {
    phrasal = new Map();
    for (const g of lexiconGroups('synonyms', PHRASAL_LIST)) {
      const [verb, particle] = (g.name ?? '').split(' ');
      const p = { verb: stemOfText(verb), particle: normalizeToken(particle), words: g.words ?? [] };
      const list = phrasal.get(p.verb);
      if (list) list.push(p);
      else phrasal.set(p.verb, [p]);
    }
  }
  return phrasal;
}

/** The phrasal verb that starts at tokens[i] (its verb there, its particle right after), if one does. */
export function phrasalAt(tokens: readonly Pick<Token, 'stem' | 'key'>[], i: number): PhrasalVerb | undefined {
  const next = tokens[i + 1];
  if (next === undefined) return undefined;
  return phrasalByVerb()
    .get(tokens[i].stem)
    ?.find((p) => next.key === p.particle);
}

/**
 * English synonym groups from WordNet (lexicons/wordnet-synonyms.json, built by tools/wordnet-synonyms.mjs):
 * read with the hand-written groups, by Porter stem.
 */
export const wordnetGroups = (): readonly (readonly string[])[] => groupsOf('wordnet-synonyms');

/** Per stem: the stems of every group it stands in (itself included); the hand-written groups, and WordNet's apart. */
let byStem: Map<string, string[]> | undefined;
let byStemWordnet: Map<string, string[]> | undefined;

const table = (): Map<string, string[]> => (byStem ??= tableOf(synonymGroups()));
/**
 * WordNet's groups are read at the first Latin-script word looked up: 3,128 groups that an Arabic check never
 * needs, kept out of its start-up.
 */
const wordnetTable = (): Map<string, string[]> => (byStemWordnet ??= tableOf(wordnetGroups()));
const LATIN = /^[a-z]/;

function tableOf(groups: readonly (readonly string[])[]): Map<string, string[]> {
  const members = new Map<string, Set<string>>();
  for (const words of groups) {
    // a group's members by their main stem only: a word's proclitic-free stem (وصول → صول) may be
    // another word, and it would bring the whole group to that word
    const stems = new Set(words.map(stemOfText));
    for (const s of stems) {
      let m = members.get(s);
      if (!m) members.set(s, (m = new Set()));
      for (const o of stems) m.add(o);
    }
  }
  return new Map([...members].map(([s, m]) => [s, [...m].sort()]));
}

/**
 * The stems that the lexicon puts in place of a word (never the word's own stems), sorted, so that a
 * query's key forms come out in the same order on every run. A word is looked up by its stem, then by
 * its proclitic-free stem (وغارات → غارات).
 */
export function synonymStems(t: Pick<Token, 'stem' | 'alt' | 'kind'>): readonly string[] {
  if (t.kind === 'number') return NONE;
  // (kept per stem and alternative stem: the rules ask again for the same words of every claim, 0.3 s of the English
  // bench pair's check at 100,000 source sentences)
  const memo = `${t.stem}\u0000${t.alt ?? ''}`;
  let v = memoStems.get(memo);
  if (v === undefined) memoStems.set(memo, (v = Object.freeze(lookUpSynonyms(t))));
  return v;
}
const NONE: readonly string[] = Object.freeze([]);
const memoStems = new Map<string, readonly string[]>();

function lookUpSynonyms(t: Pick<Token, 'stem' | 'alt'>): string[] {
  const own = keysOf(t);
  const m = table();
  const out = new Set<string>();
  for (const k of own) for (const s of m.get(k) ?? []) out.add(s);
  if (LATIN.test(t.stem)) {
    const wn = wordnetTable();
    for (const k of own) for (const s of wn.get(k) ?? []) out.add(s);
  }
  for (const k of own) out.delete(k);
  return [...out].sort();
}
