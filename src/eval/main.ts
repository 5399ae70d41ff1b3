import fs from 'node:fs';
import { check } from '../check/check.js';
import { discoverCorpus } from '../cli/corpus.js';
import { readInput } from '../cli/io.js';
import { scoreAgainstGold } from './gold.js';

/** `npm run eval`: scores every corpus pair that has a gold.json, one line per pair. */
function main(argv: string[]): number {
  const dir = argv.find((a, i) => argv[i - 1] === '--corpus') ?? 'corpus';
  const jsonOut = argv.find((a, i) => argv[i - 1] === '--json');
  const rows = [];
  for (const p of discoverCorpus(dir)) {
    if (!p.gold) continue;
    const s = readInput(p.summary).text, t = readInput(p.source).text;
    const report = check(s, t, { pair: p.id, summaryLang: p.summaryLang, sourceLang: p.sourceLang });
    const score = scoreAgainstGold(JSON.parse(fs.readFileSync(p.gold, 'utf8')), s, t, report);
    rows.push(score);
    process.stdout.write(`${p.id}: aligned ${score.alignAny}/${score.claimUnits} (top-1 ${score.alignTop1}), must ${score.mustFound}/${score.mustSpans}, ` +
      `flags ${score.flags} (tp ${score.tpFlags}, fp ${score.fpFlags}), overflags ${score.overflags}, meta flagged ${score.metaFlagged}` +
      `${score.misses.length ? `, misaligned ${score.misses.join(' ')}` : ''}\n`);
  }
  if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(rows, null, 2) + '\n');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
