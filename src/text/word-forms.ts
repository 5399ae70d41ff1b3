import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The token forms of the words the engine's modules read from lexicons/ as they load, computed by the build
 * (bench/README.md, issue 25). Each module normalises its lists when it loads, with the token code: a one-pair
 * check made some 2,600 token forms and normalised some 4,000 words before reading its texts, in the interpreter,
 * a third of the modules' start-up. `npm run build` computes them once (tools/word-forms.mjs) into
 * dist/cli/word-forms.json, which the bundled CLI reads: per word, its matching key (normalizeToken) and the key,
 * stem, proclitic-free stem and root of its token form (tokenize.ts, `proto`). The stop-word and negation marks
 * are no part of it: they are read from their lists (stopwords.ts, negation.ts) for each form, as before.
 *
 * So a row depends on the code and the word alone, not on any lexicon: a word a lexicon gained since the build is
 * not listed and is computed, one it lost is listed and never asked. The table is used only by the script it was
 * made for: its stamp is that script's SHA-1 (which bin/isnad.js computes for the code cache and passes on as
 * `__isnadScriptDigest`), the Node version (whose Unicode data `normalize` and `\p{…}` read) and the Porter
 * stemmer's. Any other file (stale, from another build, truncated, absent), and tsc's modules, the library and the
 * tests, which are given no digest, compute every word: the same forms, the long way.
 */

/** The format of dist/cli/word-forms.json; a file of another format is not read. */
export const WORD_FORMS_FORMAT = 1;

/** What a table is made for: it is read only where all four are the same. */
export interface WordFormsStamp {
  readonly format: number;
  /** The SHA-1 (hex) of the bundled CLI's script. */
  readonly script: string;
  /** `process.version`. */
  readonly node: string;
  /** The version of the `stemmer` package (Porter), or '' when it cannot be read. */
  readonly stemmer: string;
}

/**
 * The file: its stamp, its words sorted and joined by line breaks, and their rows (`encodeRow`) in the same order.
 * Two strings rather than an array of pairs or an object by word: JSON.parse reads them several times faster.
 */
export interface WordFormsFile extends WordFormsStamp {
  readonly words: string;
  readonly rows: string;
}

/** The file's text for these rows, by word. */
export function wordFormsText(stamp: WordFormsStamp, rows: ReadonlyMap<string, string>): string {
  const words = [...rows.keys()].sort();
  return JSON.stringify({ ...stamp, words: words.join('\n'), rows: words.map((w) => rows.get(w)).join('\n') } satisfies WordFormsFile);
}

/** A word's row: normalizeToken(word), and (for a word of no digits) the key, stem, proclitic-free stem and root of its token form. */
export interface WordRow {
  readonly norm: string;
  readonly key: string;
  readonly stem: string;
  readonly alt: string | undefined;
  readonly root: string | undefined;
}

/**
 * A row as text: `norm TAB key TAB stem TAB alt TAB root`, where an empty norm is the word itself, an empty key
 * the norm, an empty stem the key, and an empty alt or root none; empty fields at the end are left out (most
 * Arabic rows are a root, most English ones nothing). Undefined when the row cannot be written so (an empty
 * norm, key or stem, or a tab or line break in a field): the word is then not listed, and computed.
 */
export function encodeRow(word: string, r: WordRow): string | undefined {
  if (r.norm === '' || r.key === '' || r.stem === '' || r.alt === '' || r.root === '') return undefined;
  const fields = [r.norm === word ? '' : r.norm, r.key === r.norm ? '' : r.key, r.stem === r.key ? '' : r.stem, r.alt ?? '', r.root ?? ''];
  if (/[\t\n]/.test(word) || fields.some((f) => /[\t\n]/.test(f))) return undefined;
  while (fields.length > 0 && fields[fields.length - 1] === '') fields.pop();
  return fields.join('\t');
}

/** The row that `encodeRow` wrote. */
export function decodeRow(word: string, text: string): WordRow {
  const f = text.split('\t');
  const norm = f[0] || word;
  const key = f[1] || norm;
  return { norm, key, stem: f[2] || key, alt: f[3] || undefined, root: f[4] || undefined };
}

/** The rows of a table, by word. */
export class WordForms {
  constructor(private readonly rows: ReadonlyMap<string, string>) {}

  get size(): number {
    return this.rows.size;
  }

  /** normalizeToken(word), if the table lists the word. */
  norm(word: string): string | undefined {
    const r = this.rows.get(word);
    if (r === undefined) return undefined;
    const tab = r.indexOf('\t');
    return (tab < 0 ? r : r.slice(0, tab)) || word;
  }

  /** The word's row, if the table lists it. */
  row(word: string): WordRow | undefined {
    const r = this.rows.get(word);
    return r === undefined ? undefined : decodeRow(word, r);
  }
}

/** The stamp of a table for the script of this SHA-1, in this process (this Node, this stemmer). */
export function wordFormsStamp(script: string): WordFormsStamp {
  return { format: WORD_FORMS_FORMAT, script, node: process.version, stemmer: stemmerVersion() };
}

function stemmerVersion(): string {
  try {
    const main = createRequire(import.meta.url).resolve('stemmer');
    const version = (JSON.parse(readFileSync(path.join(path.dirname(main), 'package.json'), 'utf8')) as { version?: unknown }).version;
    return typeof version === 'string' ? version : '';
  } catch {
    return '';
  }
}

/**
 * The table in `file` when it is one of this format made for `stamp`, else undefined: absent, unreadable, of
 * another script, Node or stemmer, or not of the shape written. Never an error: the table only saves time.
 */
export function readWordForms(file: URL | string, stamp: WordFormsStamp): WordForms | undefined {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<WordFormsFile> | null;
    if (
      typeof data !== 'object' ||
      data === null ||
      data.format !== stamp.format ||
      data.script !== stamp.script ||
      data.node !== stamp.node ||
      data.stemmer !== stamp.stemmer ||
      stamp.stemmer === '' ||
      typeof data.words !== 'string' ||
      typeof data.rows !== 'string'
    )
      return undefined;
    const words = data.words.split('\n'),
      rows = data.rows.split('\n');
    if (words.length !== rows.length) return undefined;
    const byWord = new Map<string, string>();
    for (let i = 0; i < words.length; i++) byWord.set(words[i], rows[i]);
    return new WordForms(byWord);
  } catch {
    return undefined;
  }
}

/** The SHA-1 of the bundled CLI's script, given by bin/isnad.js to the script it runs; undeclared anywhere else. */
declare const __isnadScriptDigest: string | undefined;

/** The table of this process: the build's, beside the bundled CLI (dist/cli/word-forms.json), when made for it. */
export const WORD_FORMS: WordForms | undefined =
  typeof __isnadScriptDigest === 'string' ? readWordForms(new URL('word-forms.json', import.meta.url), wordFormsStamp(__isnadScriptDigest)) : undefined;
