import fs from 'node:fs';
import path from 'node:path';
import { check } from '../../index.js';
import type { Report } from '../../index.js';

interface Gold {
  lang: string;
  faithful_must_not_flag: string[];
  altered_errors: { quote: string; kind: string }[];
}

const errorsOf = (r: Report) => r.flags.filter((f) => f.document === 'summary' && f.severity === 'error');
const overlaps = (f: { start: number; end: number }, s: number, e: number) => f.start < e && s < f.end;

/**
 * The project's probe pairs (probes/, written as an editor would, in both languages, by someone who
 * had not seen the code): per pair a source, a faithful summary with heavy paraphrase, and an altered
 * copy with planted errors, each quoted in gold.json. Scored: faithful summaries with an error flag
 * (should be none), must-not-flag quotes under an error, and planted errors with an error flag on
 * their words (by kind).
 */
export function probes(dir: string) {
  const pairs = fs
    .readdirSync(dir)
    .filter((d) => fs.existsSync(path.join(dir, d, 'gold.json')))
    .sort();
  let faithful = 0,
    faithfulErrors = 0,
    mustNot = 0,
    mustNotHit = 0,
    planted = 0,
    caught = 0;
  const byKind: Record<string, { n: number; caught: number }> = {};
  const lines: string[] = [];
  for (const p of pairs) {
    const read = (f: string) => fs.readFileSync(path.join(dir, p, f), 'utf8');
    const gold = JSON.parse(read('gold.json')) as Gold;
    const source = read('source.txt'),
      fa = read('faithful.txt'),
      al = read('altered.txt');
    const opts = { summaryLang: gold.lang, sourceLang: gold.lang };
    const rf = check(fa, source, opts),
      ra = check(al, source, opts);
    faithful++;
    const fe = errorsOf(rf);
    if (fe.length) {
      faithfulErrors++;
      lines.push(`${p} faithful: ${fe.map((f) => `${f.rule} "${f.text}"`).join('; ')}`);
    }
    for (const q of gold.faithful_must_not_flag) {
      const s = fa.indexOf(q);
      if (s < 0) continue;
      mustNot++;
      if (fe.some((f) => overlaps(f, s, s + q.length))) mustNotHit++;
    }
    const ae = errorsOf(ra);
    for (const e of gold.altered_errors) {
      const s = al.indexOf(e.quote);
      if (s < 0) continue;
      planted++;
      const k = (byKind[e.kind] ??= { n: 0, caught: 0 });
      k.n++;
      if (ae.some((f) => overlaps(f, s, s + e.quote.length))) {
        caught++;
        k.caught++;
      } else lines.push(`${p} missed ${e.kind}: "${e.quote}"`);
    }
  }
  return {
    pairs: pairs.length,
    faithfulWithError: faithfulErrors / faithful,
    mustNotFlagged: mustNot ? mustNotHit / mustNot : 0,
    plantedCaught: planted ? caught / planted : 0,
    byKind,
    lines,
  };
}
