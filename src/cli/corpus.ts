import fs from 'node:fs';
import path from 'node:path';
import { IsnadError } from '../errors.js';

/** One summary/source pair of a corpus run. */
export interface PairSpec {
  id: string;
  summary: string;
  source: string;
  summaryLang?: string;
  sourceLang?: string;
  gold?: string;
}

/**
 * The corpus convention: one folder per pair, holding `summary.*` and `source.*` (text, .md or
 * .html), optionally `gold.json` (a reference for `npm run eval`) and `pair.json` with
 * `{ "summaryLang": "ar", "sourceLang": "ar" }`. Folders are taken in name order.
 */
export function discoverCorpus(dir: string): PairSpec[] {
  let entries: fs.Dirent[];
  try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { throw new IsnadError('corpus folder not found', dir); }
  const pairs: PairSpec[] = [];
  for (const e of entries.filter((x) => x.isDirectory()).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const folder = path.join(dir, e.name);
    const files = fs.readdirSync(folder);
    const find = (base: string) => files.filter((f) => f === base || f.startsWith(base + '.')).sort()[0];
    const s = find('summary'), t = find('source');
    const meta = files.includes('pair.json') ? readMeta(path.join(folder, 'pair.json')) : {};
    pairs.push({
      id: e.name,
      summary: path.join(folder, s ?? 'summary.txt'),
      source: path.join(folder, t ?? 'source.txt'),
      gold: files.includes('gold.json') ? path.join(folder, 'gold.json') : undefined,
      ...meta,
    });
  }
  return pairs;
}

function readMeta(file: string): { summaryLang?: string; sourceLang?: string } {
  try {
    const m = JSON.parse(fs.readFileSync(file, 'utf8'));
    return { summaryLang: m.summaryLang ?? m.lang, sourceLang: m.sourceLang ?? m.lang };
  } catch (e) {
    throw new IsnadError(`invalid pair.json: ${(e as Error).message}`, file);
  }
}
