import fs from 'node:fs';
import path from 'node:path';
import { IsnadError } from '../errors.js';
import { readJsonFile } from '../json-file.js';

/** One summary/source pair of a corpus run. */
export interface PairSpec {
  id: string;
  summary: string;
  source: string;
  summaryLang?: string;
  sourceLang?: string;
  gold?: string;
  /** The pair's folder, for a corpus folder (not a manifest). */
  folder?: string;
  /** A problem found while listing the pair (a bad pair.json): the pair is reported as broken. */
  error?: string;
}

/**
 * The corpus convention: one folder per pair, holding `summary.*` and `source.*` (text, .md or
 * .html; or `translation.*` and `original.*`, a translation checked against its original, each name
 * with an optional language tag: `translation.ar.txt`), optionally `gold.json` (a reference for `npm run eval`) and `pair.json` with
 * `{ "summaryLang": "ar", "sourceLang": "ar" }`. Folders are taken in name order. Hidden folders
 * (`.git`, `.cache`) are not looked at; a folder with neither a summary nor a source file (`notes/`)
 * is no pair: it is listed in `skipped` for one warning. A folder with only one of the two, or with
 * two candidates for one side (`summary.txt` and `summary.md`), is a broken pair: which file was
 * meant is not isnad's guess to make.
 */
export function discoverCorpus(dir: string, skipped: string[] = []): PairSpec[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    throw new IsnadError('corpus folder not found', dir);
  }
  const pairs: PairSpec[] = [];
  for (const e of entries.filter((x) => x.isDirectory() && !x.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const folder = path.join(dir, e.name);
    const files = fs.readdirSync(folder);
    const candidates = (base: string, tagged = false) =>
      files.filter((f) => f === base || (f.startsWith(base + '.') && (tagged ? /^(?:[a-z]{2,3}\.)?[^.]+$/ : /^[^.]+$/).test(f.slice(base.length + 1)))).sort();
    // a translation pair names its sides by their role: translation.ar.txt against original.en.txt
    const s0 = candidates('summary'),
      t0 = candidates('source');
    const s = s0.length ? s0 : candidates('translation', true),
      t = t0.length ? t0 : candidates('original', true);
    if (s.length === 0 && t.length === 0) {
      skipped.push(e.name);
      continue;
    }
    let meta: { summaryLang?: string; sourceLang?: string; error?: string } = {};
    if (files.includes('pair.json')) {
      try {
        meta = readMeta(path.join(folder, 'pair.json'));
      } catch (err) {
        meta = { error: (err as Error).message };
      }
    }
    const twice = [s, t].find((c) => c.length > 1);
    if (twice) meta.error = `${folder}: two ${twice === s ? 'summary' : 'source'} files (${twice.join(', ')}): keep one`;
    pairs.push({
      id: e.name,
      folder,
      summary: path.join(folder, s[0] ?? 'summary.txt'),
      source: path.join(folder, t[0] ?? 'source.txt'),
      gold: files.includes('gold.json') ? path.join(folder, 'gold.json') : undefined,
      ...meta,
    });
  }
  return pairs;
}

function readMeta(file: string): { summaryLang?: string; sourceLang?: string } {
  const m = readJsonFile(file, { missing: 'no such file', invalid: 'invalid pair.json' });
  if (typeof m !== 'object' || m === null || Array.isArray(m)) throw new IsnadError('invalid pair.json: expected a JSON object', file);
  const o = m as Record<string, string | undefined>;
  return { summaryLang: o.summaryLang ?? o.lang, sourceLang: o.sourceLang ?? o.lang };
}

/**
 * A manifest: a JSON array of pairs, `{ "id", "summary", "source", "summaryLang"?, "sourceLang"? }`,
 * with paths relative to the manifest's folder. Ids must be unique; pairs are taken in id order, as
 * folders are, so that a run, its shards and their merge list pairs the same way.
 */
export function loadManifest(file: string): PairSpec[] {
  const raw = readJsonFile(file, { missing: 'no such manifest', invalid: 'invalid manifest' });
  const bad = (what: string) => new IsnadError(`invalid manifest: ${what}`, file);
  if (!Array.isArray(raw)) throw bad('expected a JSON array of pairs');
  const base = path.dirname(path.resolve(file));
  const seen = new Set<string>();
  const pairs = raw.map((p: unknown, i: number): PairSpec => {
    if (typeof p !== 'object' || p === null || Array.isArray(p)) throw bad(`entry ${i} must be an object`);
    const o = p as Record<string, unknown>;
    for (const k of Object.keys(o))
      if (!['id', 'summary', 'source', 'summaryLang', 'sourceLang', 'lang', 'gold'].includes(k)) throw bad(`entry ${i}: unknown key "${k}"`);
    for (const k of ['id', 'summary', 'source']) if (typeof o[k] !== 'string' || !o[k]) throw bad(`entry ${i}: "${k}" must be a non-empty string`);
    for (const k of ['summaryLang', 'sourceLang', 'lang', 'gold'])
      if (o[k] !== undefined && typeof o[k] !== 'string') throw bad(`entry ${i}: "${k}" must be a string`);
    const id = o.id as string;
    if (seen.has(id)) throw bad(`duplicate id "${id}"`);
    seen.add(id);
    const rel = (x: string) => path.relative(process.cwd(), path.resolve(base, x));
    return {
      id,
      summary: rel(o.summary as string),
      source: rel(o.source as string),
      summaryLang: (o.summaryLang ?? o.lang) as string | undefined,
      sourceLang: (o.sourceLang ?? o.lang) as string | undefined,
      gold: o.gold ? rel(o.gold as string) : undefined,
    };
  });
  return pairs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * `--changed-since REF`: the pairs with a file (summary, source, gold, pair.json, or anything in the
 * pair's folder) that differs from REF in git, committed, staged, unstaged or untracked.
 */
export function changedSince(pairs: PairSpec[], ref: string, cwd = process.cwd()): PairSpec[] {
  // node:child_process only for this option: a builtin outside Node's start-up snapshot costs a one-pair check its load
  const { spawnSync } = process.getBuiltinModule('node:child_process');
  const git = (args: string[]) => {
    const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
    if (r.error) throw new IsnadError(`--changed-since needs git: ${r.error.message}`);
    if (r.status !== 0) throw new IsnadError(`--changed-since ${ref}: ${gitReason(r.stderr)}`);
    return r.stdout;
  };
  const root = git(['rev-parse', '--show-toplevel']).trim();
  const known = spawnSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], { cwd, encoding: 'utf8' });
  if (known.status !== 0) {
    // CI checkouts are shallow and hold one branch: the base of a pull request is then not there at all
    const shallow = spawnSync('git', ['rev-parse', '--is-shallow-repository'], { cwd, encoding: 'utf8' }).stdout.trim() === 'true';
    throw new IsnadError(
      `--changed-since ${ref}: git does not know this ref (${gitReason(known.stderr)}); ${shallow ? 'this clone is shallow: ' : ''}fetch it first (git fetch origin ${ref.replace(/^origin\//, '')}, or actions/checkout with fetch-depth: 0)`,
    );
  }
  const names = [
    ...git(['diff', '--name-only', '-z', ref, '--']).split('\0'),
    ...git(['ls-files', '--others', '--exclude-standard', '-z', '--full-name']).split('\0'),
  ]
    .filter(Boolean)
    .map((n) => path.resolve(root, n));
  const changed = new Set(names);
  return pairs.filter((p) => {
    const files = [p.summary, p.source, p.gold].filter((f): f is string => !!f).map((f) => realish(path.resolve(cwd, f)));
    if (files.some((f) => changed.has(f))) return true;
    if (!p.folder) return false;
    const dir = realish(path.resolve(cwd, p.folder)) + path.sep;
    return names.some((n) => n.startsWith(dir));
  });
}

/** git's own reason, on one line: its last "fatal:" or "error:" line, else its last line. */
function gitReason(stderr: string): string {
  const lines = (stderr || '')
    .trim()
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.filter((l) => /^(fatal|error):/.test(l)).pop() ?? lines.pop() ?? 'git failed';
}

/** The real path when it exists (git reports real paths; /tmp may be a link), else the path. */
function realish(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    try {
      return path.join(fs.realpathSync(path.dirname(p)), path.basename(p));
    } catch {
      return p;
    }
  }
}
