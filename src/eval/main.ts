import fs from 'node:fs';
import path from 'node:path';
import { corpusGold } from './corpus-gold.js';
import { wice, wiceTokens } from './benchmarks/wice.js';
import { sts } from './benchmarks/sts.js';
import { ans } from './benchmarks/ans.js';
import { summedits } from './benchmarks/summedits.js';
import { superpal } from './benchmarks/superpal.js';
import { probes } from './benchmarks/probes.js';
import { madeSpanScore, probeSpanScore, wiceDevWords, wiceDevSubclaimWords } from './benchmarks/spans.js';
import { auc, balancedAccuracy, bestThreshold, type Unit } from './benchmarks/metrics.js';
import { thresholdFor } from '../check/model.js';
import { xlingRows, type Row } from './xling-rows.js';

const USAGE = `usage: npm run eval -- [--benchmark corpus|wice|sts|ans|summedits|superpal|probes|sts-xling|xling-parallel|all] [--split dev|test] [--corpus DIR] [--json FILE]
  corpus     every corpus pair with a gold.json, scored by the gold's how_to_score (the default)
  wice       WiCE claims: support-set F1, claim AUC and balanced accuracy, token F1 (English; test only:
             on dev, the flagged words of made edits of its supported claims instead)
  sts        SemEval-2017 STS: Pearson and Spearman of sentence similarity on ar-ar (test);
             en-en and es-es, the tracks its weights were chosen on (dev)
  ans        ANS stance: AUC agree vs other, contradiction-flag recall on disagree (Arabic)
  summedits  SummEdits news: balanced accuracy of "has an error flag" (English)
  superpal   SuperPAL MultiNews: summary sentence to source sentence links, top-1 and support set (English)
  probes     the project's editor-written probe pairs (probes/dev for dev, probes/heldout for test; --verbose lists misses)
  sts-xling  SemEval-2017 STS track 2 (English–Arabic): Pearson of the cross-language similarity; dev lines 1–125, test 126–250
  xling-parallel  the parallel set: Arabic translations against English originals, alignment F1 and planted changes; dev p01–p10, test p11–p30
  --split    dev (tuning: WiCE dev, ANS dev, SummEdits evaluation) or test (reporting, the default)`;

/**
 * The decision against the signal it is made from: the AUC of the summary score (stats.pUnsupported),
 * the balanced accuracy of the decision (a claim at or above the balanced operating point is an error),
 * and that of the best single threshold on the score chosen on the benchmark's own dev split. The
 * decision must stay within 0.02 of the latter.
 */
function decisionRows(benchmark: string, split: string, units: Unit[], dev: () => Unit[]): Row[] {
  const t = thresholdFor('balanced');
  const decision = balancedAccuracy(
    units.map((u) => u.score >= t),
    units.map((u) => u.unsupported),
  );
  const chosen = bestThreshold(dev()).t;
  const single = balancedAccuracy(
    units.map((u) => u.score >= chosen),
    units.map((u) => u.unsupported),
  );
  return [
    {
      benchmark,
      split,
      metric: 'summary score AUC (pUnsupported)',
      value: auc(
        units.map((u) => u.score),
        units.map((u) => u.unsupported),
      ),
    },
    { benchmark, split, metric: `error decision balanced accuracy (p ≥ ${t})`, value: decision },
    { benchmark, split, metric: `best single threshold on dev (${chosen.toFixed(2)}) balanced accuracy`, value: single },
    { benchmark, split, metric: 'decision minus best single threshold', value: decision - single, target: '≥ -0.02' },
  ];
}

function corpus(dir: string, out: (s: string) => void): Row[] {
  const rows: Row[] = [];
  for (const { id, score } of corpusGold(dir)) {
    out(
      `${id}: aligned ${score.alignAny}/${score.claimUnits} (top-1 ${score.alignTop1}), must ${score.mustFound}/${score.mustSpans}, ` +
        `flags ${score.flags} (tp ${score.tpFlags}, fp ${score.fpFlags}), overflags ${score.overflags}, meta flagged ${score.metaFlagged}` +
        `${score.misses.length ? `, misaligned ${score.misses.join(' ')}` : ''}\n`,
    );
    const b = `corpus/${id}`;
    rows.push(
      { benchmark: b, split: 'gold', metric: 'aligned', value: score.alignAny / score.claimUnits, target: '= 1' },
      { benchmark: b, split: 'gold', metric: 'must found', value: score.mustFound / score.mustSpans, target: '= 1' },
      { benchmark: b, split: 'gold', metric: 'false-positive flags', value: score.fpFlags, target: '= 0' },
      { benchmark: b, split: 'gold', metric: 'overflags', value: score.overflags, target: '= 0' },
      { benchmark: b, split: 'gold', metric: 'meta flagged', value: score.metaFlagged, target: '= 0' },
    );
  }
  return rows;
}

function main(argv: string[]): number {
  const arg = (name: string) => argv.find((_, i) => argv[i - 1] === name);
  if (argv.includes('--help')) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const which = arg('--benchmark') ?? 'corpus';
  const test = (arg('--split') ?? 'test') === 'test';
  const names = which === 'all' ? ['corpus', 'wice', 'sts', 'ans', 'summedits', 'superpal', 'probes', 'sts-xling', 'xling-parallel'] : which.split(',');
  const rows: Row[] = [];
  const out = (s: string) => process.stdout.write(s);
  // (a reader that stops early, `npm run eval | head`, closes the pipe: stop quietly, as the CLI does)
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  for (const name of names) {
    const split = test ? 'test' : 'dev';
    if (name === 'corpus') rows.push(...corpus(arg('--corpus') ?? 'corpus', out));
    else if (name === 'wice') {
      const w = wice(test ? 'test' : 'dev');
      rows.push(
        { benchmark: 'wice', split, metric: 'support-set F1', value: w.supportSetF1, target: '≥ 0.55' },
        { benchmark: 'wice', split, metric: 'support-set recall', value: w.supportSetRecall },
        { benchmark: 'wice', split, metric: 'claim AUC (supported vs not)', value: w.claimAuc, target: '≥ 0.82' },
        { benchmark: 'wice', split, metric: 'claim balanced accuracy', value: w.claimBalancedAccuracy },
      );
      if (test) {
        const t = wiceTokens();
        rows.push(
          { benchmark: 'wice', split, metric: 'unsupported-token F1', value: t.f1, target: '≥ 0.55' },
          { benchmark: 'wice', split, metric: 'unsupported-token precision', value: t.p },
          { benchmark: 'wice', split, metric: 'unsupported-token recall', value: t.r },
        );
      } else {
        // WiCE's word labels are test only: on dev, the words of made edits of its supported claims (eval/benchmarks/spans.ts),
        // and the flagged words of its claims by label. The test's subclaims are all partly supported, and there the flags
        // lose on recall (test P 0.754, R 0.330 on 2026-12-04): the partly supported rows are the ones to watch. The test's
        // rows are sub-claims (12 words), not claims (24): wice-dev-subclaims scores WiCE dev's sub-claims as the test is
        const m = madeSpanScore();
        const d = wiceDevWords();
        const sub = wiceDevSubclaimWords();
        for (const [label, x] of Object.entries(w.words).sort())
          rows.push(
            { benchmark: 'wice', split, metric: `${label} claims with a flagged word (of ${x.claims})`, value: x.anyFlagged },
            { benchmark: 'wice', split, metric: `${label} claims: mean share of words flagged`, value: x.share },
          );
        rows.push(
          { benchmark: 'wice-dev-words', split, metric: `flagged-word F1 (partly supported claims, project labels, ${d.claims})`, value: d.f1 },
          { benchmark: 'wice-dev-words', split, metric: 'flagged-word precision', value: d.p },
          { benchmark: 'wice-dev-words', split, metric: 'flagged-word recall', value: d.r },
          { benchmark: 'wice-dev-subclaims', split, metric: `flagged-word F1 (partly supported sub-claims, project labels, ${sub.subclaims})`, value: sub.f1 },
          { benchmark: 'wice-dev-subclaims', split, metric: 'flagged-word precision', value: sub.p },
          { benchmark: 'wice-dev-subclaims', split, metric: 'flagged-word recall', value: sub.r },
          { benchmark: 'wice-made-spans', split, metric: 'flagged-word F1', value: m.all.f1 },
          { benchmark: 'wice-made-spans', split, metric: 'flagged-word precision', value: m.all.p },
          { benchmark: 'wice-made-spans', split, metric: 'flagged-word recall', value: m.all.r },
          ...Object.entries(m.byKind)
            .sort()
            .map(([k, v]) => ({ benchmark: 'wice-made-spans', split, metric: `${k} edits: flagged-word F1`, value: v.f1 })),
        );
      }
      rows.push(...decisionRows('wice', split, w.units, () => (test ? wice('dev').units : w.units)));
    } else if (name === 'sts') {
      if (test) {
        const s = sts('ar-ar');
        rows.push(
          { benchmark: 'sts-ar', split: 'test', metric: 'Pearson', value: s.pearson, target: '≥ 0.74' },
          { benchmark: 'sts-ar', split: 'test', metric: 'Spearman', value: s.spearman },
        );
      } else {
        // the tuning tracks: the same measure on English and Spanish pairs of the same kind (SNLI captions)
        for (const t of ['en-en', 'es-es'] as const) {
          const s = sts(t);
          rows.push({ benchmark: `sts-${t.slice(0, 2)}`, split: 'dev', metric: 'Pearson', value: s.pearson });
        }
      }
    } else if (name === 'ans') {
      const a = ans(test ? 'test' : 'dev');
      rows.push(
        { benchmark: 'ans', split, metric: 'AUC agree vs other', value: a.agreeVsOtherAuc },
        { benchmark: 'ans', split, metric: 'contradiction recall (disagree)', value: a.contradictionRecall },
        { benchmark: 'ans', split, metric: 'contradiction false alarms (agree)', value: a.falseAlarmRate },
        ...decisionRows('ans', split, a.units, () => (test ? ans('dev').units : a.units)),
      );
    } else if (name === 'summedits') {
      const s = summedits(test ? 'test' : 'evaluation');
      rows.push(
        { benchmark: 'summedits', split: test ? 'test' : 'evaluation', metric: 'balanced accuracy', value: s.balancedAccuracy },
        { benchmark: 'summedits', split: test ? 'test' : 'evaluation', metric: 'inconsistent F1', value: s.inconsistent.f1 },
        ...decisionRows('summedits', test ? 'test' : 'evaluation', s.units, () => (test ? summedits('evaluation').units : s.units)),
      );
    } else if (name === 'superpal') {
      const p = superpal(test ? 'test' : 'dev');
      rows.push(
        { benchmark: 'superpal', split, metric: 'top-1 source is a gold link', value: p.top1 },
        { benchmark: 'superpal', split, metric: 'support set holds a gold link', value: p.any },
        { benchmark: 'superpal', split, metric: 'support-set F1 over gold links', value: p.f1 },
        { benchmark: 'superpal', split, metric: 'naive peer (Dice best match) top-1', value: p.naiveTop1 },
      );
    } else if (name === 'probes') {
      // dev: the probe pairs that were looked at while changing the rules; test: held aside, only reported
      const dir = path.join(arg('--probes') ?? 'probes', test ? 'heldout' : 'dev');
      const p = probes(dir),
        w = probeSpanScore(dir);
      if (argv.includes('--verbose')) out(p.lines.join('\n') + '\n');
      const b = 'probes';
      rows.push(
        { benchmark: b, split, metric: 'faithful summaries with an error', value: p.faithfulWithError, target: '= 0' },
        { benchmark: b, split, metric: 'must-not-flag quotes under an error', value: p.mustNotFlagged, target: '= 0' },
        { benchmark: b, split, metric: 'planted errors with an error on their words', value: p.plantedCaught, target: '= 1' },
        ...Object.entries(p.byKind)
          .sort()
          .map(([k, v]) => ({ benchmark: b, split, metric: `planted ${k} caught (of ${v.n})`, value: v.caught / v.n })),
        // the altered summaries word by word, as WiCE's token F1 (content flags of any severity but info; planted quotes are the gold)
        { benchmark: b, split, metric: 'flagged-word F1 (altered summaries)', value: w.f1 },
        { benchmark: b, split, metric: 'flagged-word precision', value: w.p },
        { benchmark: b, split, metric: 'flagged-word recall', value: w.r },
      );
      // on dev, the editor pairs of probes/editor/dev too (seen while changing the rules: never a test figure)
      const editor = path.join(arg('--probes') ?? 'probes', 'editor', 'dev');
      if (!test && fs.existsSync(editor)) {
        const e = probes(editor);
        rows.push(
          { benchmark: 'editor-pairs', split, metric: `faithful summaries with an error (of ${e.pairs})`, value: e.faithfulWithError, target: '= 0' },
          { benchmark: 'editor-pairs', split, metric: 'planted errors with an error on their words', value: e.plantedCaught, target: '= 1' },
        );
      }
      // and the pairs read on arrival (probes/arrival: no rule mended from them; they choose ClaimModel.long.ignoreFlags)
      const arrival = path.join(arg('--probes') ?? 'probes', 'arrival');
      if (!test && fs.existsSync(arrival)) {
        const a = probes(arrival);
        rows.push(
          { benchmark: 'arrival-pairs', split, metric: `faithful summaries with an error (of ${a.pairs})`, value: a.faithfulWithError, target: '= 0' },
          { benchmark: 'arrival-pairs', split, metric: 'planted errors with an error on their words', value: a.plantedCaught, target: '= 1' },
        );
      }
    } else if (name === 'sts-xling' || name === 'xling-parallel') rows.push(...xlingRows(name, split, out));
    else {
      process.stderr.write(`eval: unknown benchmark "${name}"\n${USAGE}\n`);
      return 2;
    }
  }
  if (names.some((n) => n !== 'corpus')) out(table(rows));
  const jsonOut = arg('--json');
  if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(rows, null, 2) + '\n');
  return 0;
}

function table(rows: Row[]): string {
  const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(3));
  const lines = ['| benchmark | split | metric | value | target |', '|---|---|---|---:|---|'];
  for (const r of rows) lines.push(`| ${r.benchmark} | ${r.split} | ${r.metric} | ${fmt(r.value)} | ${r.target ?? ''} |`);
  return lines.join('\n') + '\n';
}

process.exitCode = main(process.argv.slice(2));
