import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { glossary } from './glossary.js';
import { normalizeToken } from '../text/normalize.js';
import { stem } from '../text/stem.js';
import { stemmer as porter } from 'stemmer';
import { STOP_EN } from '../text/stopwords.js';

/**
 * The bilingual lexicon that bridges Arabic and English, read at run time from copies the user
 * installs. isnad is MIT and ships none of it: FreeDict's Arabic–English and English–Arabic
 * dictionaries are GPL-2+ (Debian `dict-freedict-ara-eng`, `dict-freedict-eng-ara`, dictd files in
 * /usr/share/dictd), and the Arabic word list is Ayaspell's hunspell dictionary (GPL/LGPL/MPL,
 * Debian `hunspell-ar`, /usr/share/hunspell/ar.dic). Other folders: `ISNAD_DICTD_DIR` and
 * `ISNAD_HUNSPELL_DIR`, or `lexicon.dictd` / `lexicon.hunspell` in isnad.config.json.
 */
export interface Lexicon {
  /** Arabic matching key (normalizeToken) → English stems of its glosses, from both dictionaries. */
  readonly arToEn: ReadonlyMap<string, readonly string[]>;
  /** English stems that some Arabic word translates to (a gloss vocabulary: an English word outside it has no bridge). */
  readonly enStems: ReadonlySet<string>;
  /**
   * English common words (keys of WordNet's lower-case single-word lemmas; without WordNet, every
   * gloss): a capitalised word outside it is a name (Brussels, Griffiths; "Corporation" is common).
   */
  readonly enCommon: ReadonlySet<string>;
  /** English proper names (keys of WordNet's capitalised single-word lemmas: Lahore, Faisal), empty without WordNet. */
  readonly enProper: ReadonlySet<string>;
  /** Arabic word-list keys (hunspell stems, dictionary headwords): real Arabic words, not names. */
  readonly arWords: ReadonlySet<string>;
}

export interface LexiconPaths {
  dictd?: string;
  hunspell?: string;
  awn?: string;
  wordnet?: string;
}

/** The Debian packages that hold the lexicon, as one apt-get line names them. */
export const LEXICON_PACKAGES = ['dict-freedict-ara-eng', 'dict-freedict-eng-ara', 'hunspell-ar', 'wordnet-base'] as const;
export const INSTALL_HINT = `install the Arabic–English lexicon: apt-get install ${LEXICON_PACKAGES.join(' ')}`;

/**
 * An English word's key on the bridge: the project's stem (irregular verbs to their base), then
 * Porter whatever the length, so that a gloss "boy" and a text's "boys" meet (the text stemmer
 * leaves words of three letters alone).
 */
export function englishKey(key: string): string {
  let k = englishKeys.get(key);
  if (k === undefined) {
    if (englishKeys.size > 200_000) englishKeys.clear();
    englishKeys.set(key, (k = porter(stem(key))));
  }
  return k;
}
const englishKeys = new Map<string, string>();

const DEFAULT_DICTD = '/usr/share/dictd';
const DEFAULT_HUNSPELL = '/usr/share/hunspell';

const memo = new Map<string, Lexicon | null>();

/**
 * Where a machine's parsed lexicon is kept between runs (a derived copy on the user's machine, never shipped).
 * node:os, node:zlib and node:worker_threads are loaded when a cross-language pair needs the lexicon: they are
 * outside Node's start-up snapshot, and a one-language check would pay their load (bench/README.md, issue 25).
 */
const cacheDir = (): string =>
  process.env.ISNAD_CACHE_DIR ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(process.getBuiltinModule('node:os').homedir(), '.cache'), 'isnad');
/** Bumped when the parsing below changes, so an old cache is not read. */
const FORMAT = 6;

/** The lexicon, loaded once per process and folder set; null when a FreeDict dictionary is missing. */
export function loadLexicon(paths: LexiconPaths = {}): Lexicon | null {
  const dictd = paths.dictd ?? process.env.ISNAD_DICTD_DIR ?? DEFAULT_DICTD;
  const hunspell = paths.hunspell ?? process.env.ISNAD_HUNSPELL_DIR ?? DEFAULT_HUNSPELL;
  const awn = paths.awn ?? process.env.ISNAD_AWN_FILE ?? DEFAULT_AWN;
  const wordnet = paths.wordnet ?? process.env.ISNAD_WORDNET_DIR ?? DEFAULT_WORDNET;
  const id = [dictd, hunspell, awn, wordnet].join('\0');
  if (memo.has(id)) return memo.get(id)!;
  const dict = ['freedict-ara-eng.index', 'freedict-ara-eng.dict.dz', 'freedict-eng-ara.index', 'freedict-eng-ara.dict.dz'].map((f) => path.join(dictd, f));
  let lex: Lexicon | null = null;
  if (dict.every((f) => fs.existsSync(f))) {
    const inputs = [...dict, path.join(hunspell, 'ar.dic'), awn, ...WORDNET_FILES.map((f) => path.join(wordnet, f))];
    const stamp = createHash('sha256')
      .update(
        JSON.stringify([
          FORMAT,
          glossary(),
          inputs.map((f) => {
            try {
              const st = fs.statSync(f);
              return [f, st.size, st.mtimeMs];
            } catch {
              return [f];
            }
          }),
        ]),
      )
      .digest('hex')
      .slice(0, 16);
    const file = path.join(cacheDir(), `lexicon-${stamp}.json`);
    let raw: RawLexicon | undefined;
    try {
      raw = JSON.parse(fs.readFileSync(file, 'utf8')) as RawLexicon;
    } catch {
      /* not cached yet */
    }
    if (!raw) {
      raw = buildLexicon(dict, path.join(hunspell, 'ar.dic'), awn, wordnet);
      try {
        fs.mkdirSync(cacheDir(), { recursive: true });
        const tmp = `${file}.${process.pid}.${process.getBuiltinModule('node:worker_threads').threadId}.tmp`; // worker threads share the pid
        fs.writeFileSync(tmp, JSON.stringify(raw));
        fs.renameSync(tmp, file);
      } catch {
        /* a read-only home: parse again next time */
      }
    }
    const arToEn = new Map<string, readonly string[]>(raw.arToEn);
    const enStems = new Set<string>();
    for (const v of arToEn.values()) for (const e of v) enStems.add(e);
    lex = { arToEn, enStems, arWords: new Set(raw.arWords), enCommon: raw.enCommon.length ? new Set(raw.enCommon) : enStems, enProper: new Set(raw.enProper) };
  }
  memo.set(id, lex);
  return lex;
}

interface RawLexicon {
  arToEn: [string, string[]][];
  arWords: string[];
  enCommon: string[];
  enProper: string[];
}

function buildLexicon(dict: string[], dic: string, awn: string, wordnet: string): RawLexicon {
  const arToEn = new Map<string, Set<string>>();
  const add1 = (ar: string, en: Iterable<string>) => {
    let set = arToEn.get(ar);
    if (!set) arToEn.set(ar, (set = new Set()));
    for (const e of en) set.add(e);
  };
  // a headword with the article is also its bare form (الرجل: man is the dictionary's only "man")
  const add = (ar: string, en: Iterable<string>) => {
    add1(ar, en);
    if (ar.startsWith('ال') && ar.length > 4) add1(ar.slice(2), en);
  };
  const arWords = new Set<string>();
  const enCommon = new Set<string>(),
    enProper = new Set<string>();
  if (WORDNET_FILES.every((f) => fs.existsSync(path.join(wordnet, f)))) {
    for (const f of WORDNET_FILES)
      for (const line of fs.readFileSync(path.join(wordnet, f), 'utf8').split('\n')) {
        if (!line || line.startsWith(' ')) continue;
        const w = line.split(' ', 40);
        for (let i = 0, n = parseInt(w[3], 16); i < n; i++) {
          const x = w[4 + 2 * i]?.replace(/\(.*\)$/, '');
          if (x && /^[a-z]+$/.test(x)) enCommon.add(englishKey(x));
          else if (x && /^[A-Z][a-z]+$/.test(x)) enProper.add(englishKey(x.toLowerCase()));
        }
      }
  }
  for (const [head, body] of dictdEntries(dict[0], dict[1])) {
    const key = arabicKey(head);
    if (!key) continue;
    arWords.add(key);
    const stems = body.flatMap(englishStems);
    if (stems.length) add(key, stems);
  }
  for (const [head, body] of dictdEntries(dict[2], dict[3])) {
    const stems = englishStems(head);
    if (stems.length !== 1) continue; // a phrase headword says little about one Arabic word
    for (const line of body)
      for (const tr of line.split(/[،,;؛]/)) {
        const key = arabicKey(tr.replace(/\(.*?\)/g, ''));
        if (key) {
          add(key, stems);
          arWords.add(key);
        }
        // a place's name that Arabic says in a phrase (Mediterranean: البحر الأبيض المتوسط, often
        // shortened to البحر المتوسط): each word of the phrase glosses the name
        else if (enProper.has(stems[0]) && !enCommon.has(stems[0])) {
          const words = tr
            .replace(/\(.*?\)/g, '')
            .trim()
            .split(/\s+/);
          if (words.length <= 4)
            for (const w of words) {
              const k = arabicKey(w);
              if (k && k.length >= 3) add(k, stems);
            }
        }
      }
  }
  for (const [ar, en] of wordnetBridge(awn, wordnet)) {
    add(ar, en);
    arWords.add(ar);
  }
  for (const [ar, en] of glossary()) {
    const key = arabicKey(ar);
    if (key) {
      add(key, en.split(' ').map(englishKey));
      arWords.add(key);
    }
  }
  if (fs.existsSync(dic)) {
    for (const line of fs.readFileSync(dic, 'utf8').split('\n')) {
      const w = line.split('/')[0].trim();
      if (w && !/\s|^\d/.test(w)) arWords.add(arabicFold(w));
    }
  }
  return { arToEn: [...arToEn].map(([k, v]) => [k, [...v]]), arWords: [...arWords], enCommon: [...enCommon], enProper: [...enProper] };
}

/**
 * The matching key of a dictionary's Arabic word: normalizeToken's folding (marks out, alef and
 * hamza seats, ى ة), done with plain replacements since dictionary text has no presentation forms
 * (normalizeToken's NFKD over 300,000 words was half the parse).
 */
function arabicFold(w: string): string {
  return w
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/[ؤئ]/g, 'ء')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه');
}

/** One Arabic word's key (a phrase, or a word with no Arabic letter, gives undefined). */
function arabicKey(s: string): string | undefined {
  const t = s.trim();
  if (!t || /\s/.test(t) || !/[\u0621-\u064A]/.test(t)) return undefined;
  const k = arabicFold(t).replace(/[^\u0621-\u064A]/g, '');
  return k.length >= 2 ? k : undefined;
}

/** Content stems of an English gloss ("1. Atonements", "to make sure"): at most three words. */
function englishStems(gloss: string): string[] {
  const words =
    gloss
      .replace(/^\s*\d+\.\s*/, '')
      .replace(/\(.*?\)/g, '')
      .toLowerCase()
      .match(/[a-z]+(?:'[a-z]+)?/g) ?? [];
  const content = words.filter((w) => !STOP_EN.has(w) && w !== 'to');
  if (content.length === 0 || content.length > 3) return [];
  return content.map((w) => englishKey(normalizeToken(w)));
}

/** The package's own folder (dist/xling/ → the package root). */
const PACKAGE_ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const DEFAULT_AWN = path.join(PACKAGE_ROOT, 'data', 'arabic-wordnet', 'wn-nodia-arb.tab');
const DEFAULT_WORDNET = '/usr/share/wordnet';
const WORDNET_FILES = ['data.noun', 'data.verb', 'data.adj', 'data.adv'];

/**
 * Arabic WordNet as a bridge: each Arabic lemma of a synset to the English lemmas of the same
 * Princeton WordNet 3.0 synset (Debian \`wordnet-base\`, read at run time). Arabic WordNet is CC BY-SA
 * 3.0 and ships apart, in data/arabic-wordnet/ with its licence. Either missing: no pairs.
 */
function* wordnetBridge(awn: string, wn: string): Generator<[string, string[]]> {
  const files: Record<string, string> = { n: 'data.noun', v: 'data.verb', a: 'data.adj', s: 'data.adj', r: 'data.adv' };
  if (!fs.existsSync(awn) || !WORDNET_FILES.every((f) => fs.existsSync(path.join(wn, f)))) return;
  const wanted = new Map<string, string[]>(); // synset id → Arabic keys
  for (const line of fs.readFileSync(awn, 'utf8').split('\n')) {
    const [id, type, lemma] = line.split('\t');
    if (type !== 'lemma' || !lemma) continue;
    const key = arabicKey(lemma);
    if (!key) continue;
    const list = wanted.get(id);
    if (list) list.push(key);
    else wanted.set(id, [key]);
  }
  for (const pos of ['n', 'v', 'a', 'r']) {
    for (const line of fs.readFileSync(path.join(wn, files[pos]), 'utf8').split('\n')) {
      if (line.startsWith(' ') || !line) continue;
      const f = line.split(' ', 40);
      const ar = wanted.get(`${f[0]}-${pos}`) ?? (pos === 'a' ? wanted.get(`${f[0]}-s`) : undefined);
      if (!ar) continue;
      const n = parseInt(f[3], 16);
      const en: string[] = [];
      for (let i = 0; i < n; i++) {
        const w = f[4 + 2 * i];
        if (w && !w.includes('_')) en.push(englishKey(normalizeToken(w.replace(/\(.*\)$/, ''))));
      }
      if (en.length) for (const k of ar) yield [k, en];
    }
  }
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const b64 = (s: string) => {
  let n = 0;
  for (const c of s) n = n * 64 + B64.indexOf(c);
  return n;
};

/**
 * The entries of a dictd database: the index gives each headword's byte offset and length (dictd's
 * base-64 numbers) in the dictionary, a dictzip file (gzip with an index of chunks, which plain
 * gunzip reads). Each entry is its headword line (with a pronunciation) and gloss lines.
 */
function* dictdEntries(indexFile: string, dictFile: string): Generator<[string, string[]]> {
  const data = process.getBuiltinModule('node:zlib').gunzipSync(fs.readFileSync(dictFile));
  for (const line of fs.readFileSync(indexFile, 'utf8').split('\n')) {
    const [head, off, len] = line.split('\t');
    if (!len || head.startsWith('00-database') || head.startsWith('00database')) continue;
    const lines = data
      .subarray(b64(off), b64(off) + b64(len))
      .toString('utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    yield [head, lines.slice(1)];
  }
}
