import fs from 'node:fs';
import { check, type CheckOptions } from '../index.js';
import { discoverCorpus } from '../io/corpus.js';
import { readInput } from '../io/read.js';
import { scoreAgainstGold, type GoldScore } from './gold.js';

/** Every pair of a corpus folder that has a gold.json, checked (with the options given) and scored against its gold. */
export function corpusGold(dir: string, options: CheckOptions = {}): { id: string; score: GoldScore }[] {
  const out: { id: string; score: GoldScore }[] = [];
  for (const p of discoverCorpus(dir)) {
    if (!p.gold) continue;
    const s = readInput(p.summary).text,
      t = readInput(p.source).text;
    const report = check(s, t, { ...options, pair: p.id, summaryLang: p.summaryLang, sourceLang: p.sourceLang });
    out.push({ id: p.id, score: scoreAgainstGold(JSON.parse(fs.readFileSync(p.gold, 'utf8')), s, t, report) });
  }
  return out;
}
