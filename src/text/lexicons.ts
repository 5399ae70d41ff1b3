import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { IsnadError } from '../errors.js';
import { normalizeToken } from './normalize.js';

/**
 * The closed word lists the engine reads (synonyms, opposites, entities, negation cues, reporting verbs,
 * number words, dates, stop words) live as data in `lexicons/*.json` at the package root, beside `data/`,
 * so that `src/` under vitest and `dist/` after the build find them at the same `../../lexicons/`. Each
 * list is written once, as a linguist writes the words (أن, not its matching key ان); the module that
 * matches it normalises it once, when it loads, with the normaliser it matches tokens by. The format is
 * `schemas/lexicon.schema.json` (lexicons/README.md says it in prose); this loader checks the shape a
 * module relies on and fails with one line naming the file, and `tests/lexicons.test.ts` checks the rest
 * (the schema, duplicates, entries with one key).
 */
const DIR = new URL('../../lexicons/', import.meta.url);
/** A lexicon's file, as an error names it (the full path: the package may be installed anywhere). */
const fileOf = (name: string): string => fileURLToPath(new URL(`${name}.json`, DIR));

/** A group of words: a synonym group, an entity's forms, a pair of opposite sides. */
export interface LexiconGroup {
  readonly name?: string;
  readonly note?: string;
  readonly words?: readonly string[];
  readonly sides?: readonly [readonly string[], readonly string[]];
}

/** One list: plain words, groups of words, or words with a value (a number word's value, a capital's country). */
export interface LexiconList {
  readonly about?: string | readonly string[];
  readonly match?: string;
  readonly words?: readonly string[];
  readonly groups?: readonly LexiconGroup[];
  readonly values?: Readonly<Record<string, unknown>>;
}

export interface Lexicon {
  readonly about: string | readonly string[];
  readonly source: string;
  readonly lists: Readonly<Record<string, LexiconList>>;
}

const loaded = new Map<string, Lexicon>();

/** A lexicon file by name (`negation` is lexicons/negation.json), read and checked once per process. */
export function lexicon(name: string): Lexicon {
  let lex = loaded.get(name);
  if (!lex) loaded.set(name, (lex = readLexicon(fileOf(name), fileOf(name))));
  return lex;
}

/** Reads and checks a lexicon file; `file` is how the one-line error names it. */
export function readLexicon(path: URL | string, file: string): Lexicon {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new IsnadError(`cannot read this lexicon (${(e as Error).message.split('\n')[0]})`, file);
  }
  const bad = (what: string): never => {
    throw new IsnadError(what, file);
  };
  if (!isObject(data) || !isObject(data.lists)) return bad('not a lexicon: an object with "lists" is expected');
  for (const [id, list] of Object.entries(data.lists)) {
    if (!isObject(list)) bad(`lists.${id} is not an object`);
    const l = list as Record<string, unknown>;
    if (l.words !== undefined) checkWords(l.words, `lists.${id}.words`, bad);
    if (l.groups !== undefined) {
      if (!Array.isArray(l.groups)) bad(`lists.${id}.groups is not an array`);
      (l.groups as unknown[]).forEach((g, i) => {
        if (!isObject(g)) return bad(`lists.${id}.groups[${i}] is not an object`);
        if (g.words !== undefined) checkWords(g.words, `lists.${id}.groups[${i}].words`, bad);
        if (g.sides !== undefined) {
          if (!Array.isArray(g.sides) || g.sides.length !== 2) bad(`lists.${id}.groups[${i}].sides is not a pair of word lists`);
          (g.sides as unknown[]).forEach((s, k) => checkWords(s, `lists.${id}.groups[${i}].sides[${k}]`, bad));
        }
      });
    }
    if (l.values !== undefined && !isObject(l.values)) bad(`lists.${id}.values is not an object`);
  }
  return data as unknown as Lexicon;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkWords(v: unknown, at: string, bad: (what: string) => never): void {
  if (!Array.isArray(v)) bad(`${at} is not an array of words`);
  (v as unknown[]).forEach((w, i) => {
    if (typeof w !== 'string' || w === '' || w.trim() !== w) bad(`${at}[${i}] is not a word (a non-empty string without white space at its ends)`);
  });
}

/** The list `list` of lexicon `name`, failing with one line when the file has no such list. */
export function lexiconList(name: string, list: string): LexiconList {
  const l = lexicon(name).lists[list];
  if (!l) throw new IsnadError(`no list "${list}"`, fileOf(name));
  return l;
}

/** The words of a list. */
export const lexiconWords = (name: string, list: string): readonly string[] => need(name, list, 'words', lexiconList(name, list).words);
/** A list whose entries are phrases (out of reach, basis points), each as its words' matching keys, in the file's order. */
export const lexiconPhrases = (name: string, list: string): string[][] => lexiconWords(name, list).map((p) => p.split(' ').map((w) => normalizeToken(w)));

/** The groups of a list. */
export const lexiconGroups = (name: string, list: string): readonly LexiconGroup[] => need(name, list, 'groups', lexiconList(name, list).groups);

/** The words of a list with their values, in the file's order. */
export function lexiconValues<V>(name: string, list: string, is: (v: unknown) => v is V, what: string): [string, V][] {
  const values = need(name, list, 'values', lexiconList(name, list).values);
  return Object.entries(values).map(([w, v]) => {
    if (!is(v)) throw new IsnadError(`lists.${list}.values["${w}"] is not ${what}`, fileOf(name));
    return [w, v];
  });
}

function need<T>(name: string, list: string, field: string, v: T | undefined): T {
  if (v === undefined) throw new IsnadError(`lists.${list} has no "${field}"`, fileOf(name));
  return v;
}

/**
 * A key as a list of words has it, itself or after a glued و/ف (وبينما، فقال): the listed form, or undefined.
 * For the lists whose matching is "key, Arabic also after و/ف".
 */
export function listedAfterConjunction(list: ReadonlySet<string>, key: string): string | undefined {
  if (list.has(key)) return key;
  return (key[0] === 'و' || key[0] === 'ف') && list.has(key.slice(1)) ? key.slice(1) : undefined;
}

/**
 * How many letters of a key are an Arabic pronoun ending (ه، ها، هم) that `listedWithClitics` reads past: what
 * /(?:ه|ها|هم)$/ matches, read by the characters (a test holds the two equal), since the rules ask it of every word they
 * read.
 */
export function pronounEnding(k: string): number {
  const n = k.length;
  if (k.charCodeAt(n - 1) === HEH) return 1;
  return n > 1 && k.charCodeAt(n - 2) === HEH && (k.charCodeAt(n - 1) === ALEF || k.charCodeAt(n - 1) === MEEM) ? 2 : 0;
}
/**
 * A key without an Arabic pronoun glued to its end (ه، ها، هم، هما), its ة restored (ت before the pronoun, ه in a key):
 * بزيادته → بزياده, نشرتها → نشره. The key itself when it has none. Read by the number rule for a cue that carries a pronoun and
 * by the attribution rule for a document's word (نشرتها).
 */
export const withoutPronoun = (key: string): string => {
  const bare = key.replace(PRONOUN_END, '');
  return bare === key ? key : bare.replace(/ت$/, 'ه');
};
const PRONOUN_END = /(?:هما|هم|ها|ه)$/;
/** ه ا م: the pronoun endings ه، ها، هم. */
const HEH = 0x647,
  ALEF = 0x627,
  MEEM = 0x645;

/**
 * Is a key listed, itself, after a glued و/ف, or with an Arabic pronoun ending cut off (three letters at least left:
 * اتهامه، باتهامها, "his being accused")?
 */
export function listedWithClitics(list: ReadonlySet<string>, k: string): boolean {
  if (listedAfterConjunction(list, k) !== undefined) return true;
  const cut = pronounEnding(k);
  return cut > 0 && k.length - cut >= 3 && listedAfterConjunction(list, k.slice(0, k.length - cut)) !== undefined;
}

export const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const isString = (v: unknown): v is string => typeof v === 'string' && v !== '';
export const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
