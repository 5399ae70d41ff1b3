import { stsXling, xlingParallel } from './benchmarks/xling.js';
import { loadLexicon, INSTALL_HINT } from '../xling/lexicon.js';

/** One line of the eval's table (and of its --json rows). */
export type Row = { benchmark: string; split: string; metric: string; value: number; target?: string };

/** The rows of the cross-language benchmarks (kept apart from main.ts's same-language ones). */
export function xlingRows(name: 'sts-xling' | 'xling-parallel', split: 'dev' | 'test', out: (s: string) => void): Row[] {
  if (!loadLexicon()) {
    out(`${name}: skipped: ${INSTALL_HINT}\n`);
    return [];
  }
  if (name === 'sts-xling') {
    const s = stsXling(split);
    return [
      { benchmark: 'sts-xling', split, metric: 'Pearson', value: s.pearson, target: '≥ 0.70' },
      { benchmark: 'sts-xling', split, metric: 'Spearman', value: s.spearman },
    ];
  }
  const p = xlingParallel(split),
    r = xlingParallel(split, true);
  for (const m of [...p.misses, ...r.misses.map((x) => `reverse ${x}`)]) out(`xling-parallel ${split}: ${m}\n`);
  const rows: Row[] = [
    { benchmark: 'xling-parallel ar←en', split, metric: 'sentence-alignment F1', value: p.f1, target: '≥ 0.90' },
    { benchmark: 'xling-parallel ar←en', split, metric: 'sentence-alignment precision', value: p.precision },
    { benchmark: 'xling-parallel ar←en', split, metric: 'sentence-alignment recall', value: p.recall },
  ];
  for (const [kind, t] of Object.entries(p.planted))
    rows.push({ benchmark: 'xling-parallel ar←en', split, metric: `planted ${kind} flagged (of ${t.total})`, value: t.found, target: `= ${t.total}` });
  rows.push(
    { benchmark: 'xling-parallel ar←en', split, metric: `error flags on the ${p.unaltered} faithful translations`, value: p.unalteredErrors, target: '= 0' },
    { benchmark: 'xling-parallel ar←en', split, metric: 'error flags on unchanged sentences of altered copies', value: p.otherErrors, target: '= 0' },
    { benchmark: 'xling-parallel en←ar', split, metric: 'sentence-alignment F1 (faithful pairs, English checked against Arabic)', value: r.f1 },
    { benchmark: 'xling-parallel en←ar', split, metric: `error flags on the ${r.unaltered} faithful pairs`, value: r.unalteredErrors, target: '= 0' },
  );
  return rows;
}
