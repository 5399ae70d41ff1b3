import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AjvModule from 'ajv';
import { lexicon, readLexicon, type LexiconList } from '../src/text/lexicons.js';
import { makeToken } from '../src/text/tokenize.js';

/**
 * The word lists in lexicons/ (README "Lexicons"): each file valid against schemas/lexicon.schema.json and
 * read by the loader, and no list holding one word twice, as written or as the key it is matched by (أبريل
 * and إبريل are one key: the second entry adds nothing and hides that the list is already complete).
 */
const DIR = path.resolve(__dirname, '..', 'lexicons');
const names = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5))
  .sort();
const schema = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', 'schemas', 'lexicon.schema.json'), 'utf8'));
const validate = new AjvModule.default({ strict: true, strictRequired: false, allErrors: true }).compile(schema);

/** The files whose groups are entities (a class of them each list). */
const ENTITY_FILES = ['entities', 'dates'];

/** The matching key of an entry, its marker (= or ~) left off; a phrase's words keyed one by one. */
const keyOf = (w: string): string =>
  w
    .replace(/^[=~]/, '')
    .split(' ')
    .map((x) => makeToken(x.toLowerCase(), 0).key)
    .join(' ');

/** The entries of a list that are one word twice, by key (or as written, for a list not matched by key): [first, second]. */
function twice(words: readonly string[], byKey = true): [string, string][] {
  const seen = new Map<string, string>();
  const out: [string, string][] = [];
  for (const w of words) {
    const k = byKey ? keyOf(w) : w;
    const first = seen.get(k);
    if (first !== undefined) out.push([first, w]);
    else seen.set(k, w);
  }
  return out;
}

/**
 * The word lists of a list within which a word may stand once: its words; each group's words; each group's
 * two sides together (a word on both sides of an opposite is none); the words of all groups of a class of
 * entities or dates (one word naming two entities names none); its values' words.
 */
function scopes(id: string, list: LexiconList, entities: boolean): [string, readonly string[]][] {
  const out: [string, readonly string[]][] = [];
  if (list.words) out.push([id, list.words]);
  if (list.values) out.push([`${id} (values)`, Object.keys(list.values)]);
  for (const [i, g] of (list.groups ?? []).entries()) {
    if (g.words) out.push([`${id}.groups[${i}]`, g.words]);
    if (g.sides) out.push([`${id}.groups[${i}] (both sides)`, [...g.sides[0], ...g.sides[1]]]);
  }
  // groups that are entities: a word in two of them names neither (synonym groups may share a word: ضحايا is the dead and the injured)
  if (entities && list.groups) out.push([`${id} (all groups)`, list.groups.flatMap((g) => g.words ?? [])]);
  return out;
}

/** Keys that stand twice in one object of a JSON text (JSON.parse keeps the last and says nothing). */
function duplicateKeys(text: string): string[] {
  const out: string[] = [];
  const stack: Set<string>[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const s = JSON.parse(text.slice(i, j + 1)) as string;
      if (expectKey && stack.length) {
        const keys = stack[stack.length - 1];
        if (keys.has(s)) out.push(s);
        keys.add(s);
      }
      expectKey = false;
      i = j;
    } else if (c === '{') {
      stack.push(new Set());
      expectKey = true;
    } else if (c === '}') stack.pop();
    else if (c === ',') expectKey = text.lastIndexOf('{', i) > text.lastIndexOf('[', i) && isInObject(text, i);
  }
  return out;
}
/** Is offset i directly inside an object (not an array)? Counted by brackets, strings skipped. */
function isInObject(text: string, i: number): boolean {
  const open: string[] = [];
  for (let k = 0; k < i; k++) {
    const c = text[k];
    if (c === '"') {
      k++;
      while (text[k] !== '"') k += text[k] === '\\' ? 2 : 1;
    } else if (c === '{' || c === '[') open.push(c);
    else if (c === '}' || c === ']') open.pop();
  }
  return open[open.length - 1] === '{';
}

describe('the lexicons (lexicons/*.json)', () => {
  it('finds the lexicon files', () => {
    expect(names).toEqual(expect.arrayContaining(['antonyms', 'dates', 'entities', 'synonyms']));
  });

  it.each(names)('%s.json is valid against schemas/lexicon.schema.json and read by the loader', (name) => {
    const data = JSON.parse(fs.readFileSync(path.join(DIR, `${name}.json`), 'utf8'));
    const ok = validate(data);
    expect(ok, ok ? '' : JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(Object.keys(lexicon(name).lists).length).toBeGreaterThan(0);
  });

  it.each(names)('%s.json holds no key twice in one object', (name) => {
    expect(duplicateKeys(fs.readFileSync(path.join(DIR, `${name}.json`), 'utf8'))).toEqual([]);
  });

  it.each(names)('%s.json holds no word twice in a list, as written or by its matching key', (name) => {
    const found: string[] = [];
    for (const [id, list] of Object.entries(lexicon(name).lists)) {
      // (a list matched as written, not by key, as the sentence splitter's abbreviations: only a word twice)
      const byKey = !/^(as written|lower case)/.test(list.match ?? '');
      for (const [where, words] of scopes(id, list, ENTITY_FILES.includes(name)))
        for (const [a, b] of twice(words, byKey)) found.push(`${where}: ${a === b ? `"${a}" twice` : `"${b}" has the key of "${a}"`}`);
    }
    expect(found).toEqual([]);
  });

  it('finds a word twice and two spellings of one key (the check above can fail)', () => {
    expect(twice(['أبريل', 'نيسان', 'إبريل', 'نيسان'])).toEqual([
      ['أبريل', 'إبريل'],
      ['نيسان', 'نيسان'],
    ]);
    expect(duplicateKeys('{"lists": {"a": {"values": {"x": 1, "y": 2, "x": 3}}, "b": ["x", "x"]}}')).toEqual(['x']);
  });

  it('rejects a malformed lexicon with one line naming the file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-lex-'));
    const file = path.join(dir, 'bad.json');
    fs.writeFileSync(file, JSON.stringify({ about: 'x', source: 'x', lists: { cues: { about: 'x', words: ['لم', ' لن'] } } }));
    expect(() => readLexicon(file, 'lexicons/bad.json')).toThrow(/^lexicons\/bad\.json: lists\.cues\.words\[1\] is not a word[^\n]*$/);
    fs.writeFileSync(file, '{ "lists": ');
    expect(() => readLexicon(file, 'lexicons/bad.json')).toThrow(/^lexicons\/bad\.json: cannot read this lexicon \([^\n]*\)$/);
    fs.rmSync(dir, { recursive: true });
  });
});
