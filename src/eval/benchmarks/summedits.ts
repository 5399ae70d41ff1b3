import { check } from '../../index.js';
import { readText } from './data.js';
import { balancedAccuracy, f1, type Unit } from './metrics.js';

interface Row {
  id: string;
  doc: string;
  summary: string;
  label: number;
  split: string;
}

/**
 * SummEdits news (Laban et al. 2023): a summary with one small edit, or none, against its article.
 * "Inconsistent" is predicted when isnad reports any error flag on the summary.
 */
export function summedits(split: 'evaluation' | 'test') {
  const rows = (JSON.parse(readText('summedits/data/summedits/summedits_news.json')) as Row[]).filter((r) => r.split === split);
  const predicted: boolean[] = [],
    actual: boolean[] = [];
  const units: Unit[] = [];
  let tp = 0,
    fp = 0,
    fn = 0;
  for (const row of rows) {
    const r = check(row.summary, row.doc, { summaryLang: 'en', sourceLang: 'en' });
    const flagged = r.flags.some((f) => f.document === 'summary' && f.severity === 'error');
    const bad = row.label === 0;
    predicted.push(flagged);
    actual.push(bad);
    units.push({ score: r.stats.pUnsupported ?? 0, unsupported: bad });
    if (flagged && bad) tp++;
    else if (flagged) fp++;
    else if (bad) fn++;
  }
  return { rows: rows.length, balancedAccuracy: balancedAccuracy(predicted, actual), inconsistent: f1(tp, fp, fn), units };
}
