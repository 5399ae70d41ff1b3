import { check, similarity, buildIdf } from '../../index.js';
import { readCsv } from './data.js';
import { auc, type Unit } from './metrics.js';

const CONTRADICTION = new Set(['negation-mismatch', 'number-mismatch', 'antonym-mismatch', 'entity-mismatch', 'attribution-mismatch']);

/**
 * ANS (Khouja 2020): Arabic headline pairs labelled agree (paraphrase) / disagree (contradiction) /
 * other. AUC of similarity for agree vs other; recall of contradiction flags (negation or number
 * mismatch) on disagree pairs, and how often they fire on agree pairs.
 */
export function ans(split: 'train' | 'dev' | 'test') {
  const rows = readCsv(`ans/data/stance/${split}.csv`);
  const idf = buildIdf(rows.flatMap((r) => [r.s1, r.s2]));
  const scores: number[] = [],
    positive: boolean[] = [];
  let disagree = 0,
    caught = 0,
    agree = 0,
    falseAlarms = 0;
  const units: Unit[] = [];
  for (const row of rows) {
    if (row.stance === 'agree' || row.stance === 'other') {
      scores.push(similarity(row.s1, row.s2, idf));
      positive.push(row.stance === 'agree');
    }
    if (row.stance === 'agree' || row.stance === 'disagree') {
      const r = check(row.s2, row.s1, { summaryLang: 'ar', sourceLang: 'ar' });
      units.push({ score: r.stats.pUnsupported ?? 0, unsupported: row.stance === 'disagree' });
      const hit = r.flags.some((f) => CONTRADICTION.has(f.rule));
      if (row.stance === 'disagree') {
        disagree++;
        if (hit) caught++;
      } else {
        agree++;
        if (hit) falseAlarms++;
      }
    }
  }
  return { pairs: rows.length, agreeVsOtherAuc: auc(scores, positive), contradictionRecall: caught / disagree, falseAlarmRate: falseAlarms / agree, units };
}
