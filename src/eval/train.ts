/**
 * `npm run train`: learns the claim model (check/claim-model.json) from labelled pairs.
 *
 * Train on train splits, choose on dev, never look at test: the public sets have no test rows here.
 * - WiCE (English): its dev split, halved by a hash of the claim id (the train split is not in the
 *   project's copy; see benchmarks/wice/SOURCE.md); supported = 0, not_supported = 1.
 * - SummEdits news (English): its evaluation split, halved by a hash of the row id; inconsistent = 1.
 * - ANS stance (Arabic headlines): train for training, dev for choosing; disagree and other = 1.
 * - Made pairs (both languages) from the train material only: an article (a WiCE dev evidence list,
 *   or Arabic ANS train headlines fused two by two) with a tenth of its sentences kept out; a summary
 *   line that rewrites a kept sentence is 0, a kept-out sentence (invention in the topic's own words)
 *   is 1; and perturbations of a faithful line (a figure changed, a negation dropped, a country
 *   swapped) are 1.
 *
 * Each labelled unit is a bag of claims (a WiCE claim or an ANS headline can be split into clauses; a
 * SummEdits summary has several sentences): a bag is unsupported when one of its claims is (noisy-OR,
 * Maron & Lozano-Pérez's multiple-instance learning). The model is a logistic regression over the
 * claims' features (check/features.ts), standardised, with an L2 penalty chosen on dev; every source
 * weighs the same in total, and within a source both labels weigh the same. Each feature has its line and up to
 * four steps (stepEdges); `node dist/eval/train.js FILE --no-steps` fits the line alone, to compare.
 */
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../text/document.js';
import { checkWithDecisions } from '../check/check.js';
import { FEATURES } from '../check/features.js';
import { type ClaimModel, type OperatingPoint, pUnsupported } from '../check/model.js';
import { readJsonl, readText, readCsv } from './benchmarks/data.js';
import { auc } from './benchmarks/metrics.js';
import { chooseLong } from './train-points.js';
import { rng, dropWord } from './made.js';

export interface Bag {
  source: string;
  lang: string;
  y: 0 | 1;
  claims: number[][];
  /** An edit of a faithful text (a changed figure, a flipped verb, a contradicting headline): its evidence is the rules'. */
  edit?: boolean;
}

function bagOf(source: string, lang: string, summary: string, text: string, y: 0 | 1, edit = false): Bag | undefined {
  const s = analyze(summary, { prefix: 's', claims: true, lang }),
    t = analyze(text, { prefix: 't', lang });
  const { decisions } = checkWithDecisions(s, t, { summaryLang: lang, sourceLang: lang });
  // (the features as the shipped model reads them: in a summary of an article without what ClaimModel.long leaves unread,
  // so the weights are learned from the evidence the decision will use)
  const claims = decisions.map((d) => d.features);
  return claims.length ? { source, lang, y, claims, ...(edit ? { edit } : {}) } : undefined;
}

/**
 * Bags of one summary of several lines checked together (a line's claims see the summary around them:
 * its median coverage is a feature), one bag a line with that line's label. Lines are joined one a line.
 */
function lineBags(source: string, lang: string, lines: { text: string; y: 0 | 1; edit?: boolean }[], text: string): Bag[] {
  const starts: number[] = [];
  let summary = '';
  for (const l of lines) {
    starts.push(summary.length);
    summary += l.text.replace(/\s+/g, ' ').trim() + '\n';
  }
  const s = analyze(summary, { prefix: 's', claims: true, lang }),
    t = analyze(text, { prefix: 't', lang });
  const { decisions } = checkWithDecisions(s, t, { summaryLang: lang, sourceLang: lang });
  const out: Bag[] = lines.map((l) => ({ source, lang, y: l.y, claims: [], ...(l.edit ? { edit: true } : {}) }));
  for (const d of decisions) {
    let i = starts.length - 1;
    while (i > 0 && starts[i] > d.claim.unit.start) i--;
    out[i].claims.push(d.features);
  }
  return out.filter((b) => b.claims.length > 0);
}

/** A stable half of a data set: FNV-1a of the id, so the folds do not depend on file order. */
function half(id: string): 'train' | 'dev' {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h % 2 === 0 ? 'train' : 'dev';
}

const push = (out: Bag[], b: Bag | undefined) => {
  if (b) out.push(b);
};

function wiceBags(split: 'train' | 'dev'): Bag[] {
  const out: Bag[] = [];
  for (const row of readJsonl<{ label: string; claim: string; evidence: string[]; meta: { id: string } }>('wice/data/entailment_retrieval/claim/dev.jsonl')) {
    if (half(row.meta.id) !== split || (row.label !== 'supported' && row.label !== 'not_supported')) continue;
    push(out, bagOf('wice', 'en', row.claim, row.evidence.map((e) => e.replace(/[\r\n]+/g, ' ')).join('\n') + '\n', row.label === 'supported' ? 0 : 1));
  }
  return out;
}

function summeditsBags(split: 'train' | 'dev'): Bag[] {
  const rows = JSON.parse(readText('summedits/data/summedits/summedits_news.json')) as {
    id: string;
    doc: string;
    summary: string;
    label: number;
    split: string;
  }[];
  const out: Bag[] = [];
  for (const r of rows)
    if (r.split === 'evaluation' && half(String(r.id)) === split) push(out, bagOf('summedits', 'en', r.summary, r.doc, r.label === 0 ? 1 : 0, r.label === 0));
  return out;
}

function ansBags(split: 'train' | 'dev'): Bag[] {
  const out: Bag[] = [];
  for (const r of readCsv(`ans/data/stance/${split}.csv`)) push(out, bagOf('ans', 'ar', r.s2, r.s1, r.stance === 'agree' ? 0 : 1, r.stance === 'disagree'));
  return out;
}

const COUNTRIES_AR =
  'مصر ليبيا تونس الجزائر المغرب السودان سوريا العراق الأردن لبنان السعودية الإمارات قطر الكويت اليمن عمان البحرين إيران تركيا روسيا الصين فرنسا ألمانيا بريطانيا'.split(
    ' ',
  );
const NEG_AR = /(^|\s)(لم|لا|لن|ليس|ليست|غير)\s/;

/** Perturbations of a faithful line that make it wrong: a figure changed, a negation dropped or added, a country swapped. */
function perturb(line: string, lang: string, r: () => number): string[] {
  const out: string[] = [];
  const num = line.match(/\d+(?:[.,]\d+)?/);
  if (num) out.push(line.replace(num[0], String(Math.round(parseFloat(num[0].replace(',', '')) * (r() < 0.5 ? 2 : 3) + 1))));
  if (lang === 'ar') {
    if (NEG_AR.test(line)) out.push(line.replace(NEG_AR, '$1'));
    const c = COUNTRIES_AR.find((w) => line.includes(w));
    if (c) out.push(line.replace(c, COUNTRIES_AR[(COUNTRIES_AR.indexOf(c) + 1 + Math.floor(r() * 5)) % COUNTRIES_AR.length]));
  } else {
    if (/\b(not|no|never)\b/.test(line)) out.push(line.replace(/\b(not|never) /, ''));
    else if (/\b(is|was|are|were|has|had|will) /.test(line)) out.push(line.replace(/\b(is|was|are|were|has|had|will) /, '$1 not '));
  }
  return out;
}

/** A light rewrite: a few words dropped (never a negation), two swapped (the benchmark's rewrite, bench/generate.mjs). */
function rewrite(s: string, r: () => number): string {
  const w = s.split(' ');
  const drops = Math.floor(w.length * 0.15 * r());
  for (let k = 0; k < drops && w.length > 4; k++) dropWord(w, 1 + Math.floor(r() * (w.length - 2)));
  if (w.length > 3 && r() < 0.5) {
    const i = Math.floor(r() * (w.length - 1));
    [w[i], w[i + 1]] = [w[i + 1], w[i]];
  }
  return w.join(' ');
}

/**
 * One made article: a tenth of its sentences kept out of the source; a summary of light rewrites of kept
 * sentences (0), one kept-out sentence (1: an invention in the topic's own words) and one perturbed rewrite
 * (1), checked together in a shuffled order.
 */
function madeBags(name: string, lang: string, sentences: string[], r: () => number, elsewhere: readonly string[] = []): Bag[] {
  const kept: string[] = [],
    out1: string[] = [];
  for (const s of sentences) (r() < 0.12 ? out1 : kept).push(s);
  if (kept.length < 8 || out1.length === 0) return [];
  const moved = movedIn(kept, sentences, elsewhere);
  const text = kept.join('\n') + '\n';
  const lines: { text: string; y: 0 | 1; edit?: boolean }[] = Array.from({ length: 6 }, () => ({
    text: rewrite(kept[Math.floor(r() * kept.length)], r),
    y: 0 as const,
  }));
  const bad = perturb(lines[0].text, lang, r).find((p) => p !== lines[0].text);
  if (bad) lines.push({ text: bad, y: 1, edit: true });
  lines.push({ text: out1[0], y: 1 });
  if (moved) lines.push({ text: moved, y: 1 });
  shuffle(lines, r);
  return lineBags(name, lang, lines, text);
}

const wordsOf = (s: string) => new Set(s.toLowerCase().match(/\p{L}{4,}/gu) ?? []);

/**
 * A sentence moved in from another article on a near topic (the issue's "sentences moved in from other
 * articles"): of the other articles' sentences, the one that shares most of its longer words with the kept
 * text, short of being carried whole (at most MOVED_SHARE of its words), from an article that shares no
 * sentence with this one. An invention in the topic's own words, as a desk's archive holds it.
 */
export function movedIn(kept: readonly string[], own: readonly string[], elsewhere: readonly string[]): string | undefined {
  const vocab = new Set(kept.flatMap((s) => [...wordsOf(s)]));
  const mine = new Set(own);
  let best: string | undefined,
    bestShare = 0;
  for (const s of elsewhere) {
    if (mine.has(s)) continue;
    const w = [...wordsOf(s)];
    if (w.length < 4) continue;
    const share = w.filter((x) => vocab.has(x)).length / w.length;
    if (share <= MOVED_SHARE && share > bestShare) {
      best = s;
      bestShare = share;
    }
  }
  return best;
}

/** Most of a moved-in sentence's words that the article may have (more, and it may say what the article says). */
const MOVED_SHARE = 0.6;

function shuffle<T>(a: T[], r: () => number): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
}

/** How many articles before an article a moved-in sentence is drawn from. */
const RECENT = 50;

function madeEnglish(split: 'train' | 'dev'): Bag[] {
  const r = rng(split === 'train' ? 11 : 12);
  const out: Bag[] = [];
  const recent: string[][] = [];
  for (const row of readJsonl<{ evidence: string[]; meta: { id: string } }>('wice/data/entailment_retrieval/claim/dev.jsonl')) {
    if (half(row.meta.id) !== split) continue;
    const ev = row.evidence.map((e) => e.replace(/\s+/g, ' ').trim()).filter((e) => e.split(' ').length >= 6 && e.split(' ').length <= 40);
    const sentences = [...new Set(ev)];
    // (the articles before this one, when they share no sentence with it: WiCE cites one article for several claims)
    const others = recent.filter((a) => !a.some((x) => sentences.includes(x))).flat();
    out.push(...madeBags('made-en', 'en', sentences, r, others));
    recent.push(sentences);
    if (recent.length > RECENT) recent.shift();
  }
  return out;
}

function madeArabic(split: 'train' | 'dev'): Bag[] {
  // ANS headlines of the split, a pair's two headlines together (one paraphrases the other: kept out
  // alone, it would be an 'invention' that the source still carries), in articles of 30 pairs: the
  // source is the first headline of each kept pair, the summary the second of six kept pairs (0), one
  // perturbed (1) and the second of a kept-out pair (1)
  const r = rng(split === 'train' ? 21 : 22);
  const rows = readCsv(`ans/data/stance/${split}.csv`).filter((x) => x.stance === 'agree');
  const out: Bag[] = [];
  for (let at = 0; at + 30 <= rows.length; at += 30) {
    const chunk = rows.slice(at, at + 30);
    const keptOut = chunk.filter(() => r() < 0.12);
    if (keptOut.length === 0) continue;
    const kept = chunk.filter((x) => !keptOut.includes(x));
    const text = kept.map((x) => x.s1.trim() + '.').join('\n') + '\n';
    const lines: { text: string; y: 0 | 1; edit?: boolean }[] = kept.slice(0, 6).map((x) => ({ text: x.s2.trim() + '.', y: 0 as const }));
    const bad = perturb(lines[0].text, 'ar', r).find((p) => p !== lines[0].text);
    if (bad) lines.push({ text: bad, y: 1, edit: true });
    lines.push({ text: keptOut[0].s2.trim() + '.', y: 1 });
    shuffle(lines, r);
    out.push(...lineBags('made-ar', 'ar', lines, text));
  }
  return out;
}

/**
 * The project's training probe pairs (probes/train: written as an editor would, heavy paraphrase and
 * planted errors, by a writer who had not seen the code), when present: each line of a faithful summary is
 * 0; each line of an altered summary is 1 when it holds a planted error, 0 otherwise.
 */
/** Planted errors that are whole lines (the rest are edits of a faithful line). */
const WHOLE = new Set(['invented-sentence', 'invented-quote']);

function probeBags(split: 'train' | 'dev'): Bag[] {
  return [...probeDirBags(path.join('probes', split === 'train' ? 'train' : 'dev'), 'probes'), ...probeDirBags(path.join('probes', 'editor', split), 'editor')];
}

/**
 * The pairs of one probe directory, as bags of the source `${name}-${lang}`. probes/editor (the 464 fresh editor pairs
 * that earlier sessions read and fixed rules from, halved by name: probes/editor/README.md) is a source of its own, so that it
 * weighs as much as the older probes and no more.
 */
function probeDirBags(dir: string, name: string): Bag[] {
  if (!fs.existsSync(dir)) return [];
  const out: Bag[] = [];
  for (const p of fs.readdirSync(dir).sort()) {
    const f = (n: string) => path.join(dir, p, n);
    if (!fs.existsSync(f('gold.json'))) continue;
    const gold = JSON.parse(fs.readFileSync(f('gold.json'), 'utf8')) as { lang: string; altered_errors: { quote: string; kind: string }[] };
    const text = fs.readFileSync(f('source.txt'), 'utf8');
    const split1 = (t: string) =>
      t
        .split(/(?<=[.!?؟])\s+|\n+/)
        .map((x) => x.trim())
        .filter(Boolean);
    const faithful = split1(fs.readFileSync(f('faithful.txt'), 'utf8')).map((t) => ({ text: t, y: 0 as const }));
    const errs = (t: string) => gold.altered_errors.filter((e) => t.includes(e.quote) || e.quote.includes(t));
    const altered = split1(fs.readFileSync(f('altered.txt'), 'utf8')).map((t) => ({
      text: t,
      y: (errs(t).length ? 1 : 0) as 0 | 1,
      edit: errs(t).some((e) => !WHOLE.has(e.kind)),
    }));
    out.push(...lineBags(`${name}-${gold.lang}`, gold.lang, faithful, text), ...lineBags(`${name}-${gold.lang}`, gold.lang, altered, text));
  }
  return out;
}

export function bags(split: 'train' | 'dev'): Bag[] {
  return [...wiceBags(split), ...summeditsBags(split), ...ansBags(split), ...madeEnglish(split), ...madeArabic(split), ...probeBags(split)];
}

// ---- the model ----

/** Per bag, a weight: every source weighs 1 in total, each of its labels half of that. */
function bagWeights(data: Bag[]): number[] {
  const n = new Map<string, number>();
  for (const b of data) n.set(b.source + b.y, (n.get(b.source + b.y) ?? 0) + 1);
  return data.map((b) => 0.5 / n.get(b.source + b.y)!);
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * The direction each feature may push a claim (+1 toward unsupported, -1 away, 0 free): what the evidence
 * means, held as a constraint (projected gradient), not left to the data. Free, the correlated features
 * traded signs: faithful paraphrases (many words the source lacks) against inventions made of an
 * article's own sentences (few), more words unknown to the source lowered pUnsupported, and an invented
 * Egyptian-bourse sentence that its source carries at 22% passed at p 0.18.
 */
const SIGNS: Record<string, number> = {
  coverage: -1,
  bestCoverage: -1,
  lowCoverage: 1,
  sentenceCoverage: -1,
  coverageGap: 1,
  rareCoverage: -1,
  rarestCovered: -1,
  unknownMass: 1,
  unknownWords: 1,
  longestUncovered: 1,
  contentWords: 0,
  attribution: 0,
  quoted: 0,
  headline: 0,
  unsupportedClaim: 1,
  unsupportedSpan: 1,
  unknownName: 1,
  numberError: 1,
  numberWarning: 1,
  negation: 1,
  antonym: 1,
  entity: 1,
  attributionMismatch: 1,
  spreadGap: 1,
  negationUnsaid: 1,
};

/**
 * Where each feature's steps go (check/model.ts Step): at the quantiles STEP_QUANTILES of the training claims'
 * values, each a value some claim has, distinct and above the smallest (a 0/1 indicator gets one, at 1). Four
 * steps a feature, chosen on dev against none (the line alone) and against 6, 8, 12 and 16 (the mean over dev's
 * sources of the AUC, with the line: none 0.866, 4 steps 0.872, 6 0.870, 8 0.868, 12 0.871; WiCE dev 0.917 ->
 * 0.942, SummEdits 0.716 -> 0.766, ANS 0.817 -> 0.818; steps without the line 0.862).
 */
const STEP_QUANTILES = [0.1, 0.3667, 0.6333, 0.9];

export function stepEdges(claims: readonly number[][]): { feature: number; at: number }[] {
  const out: { feature: number; at: number }[] = [];
  for (let j = 0; j < FEATURES.length; j++) {
    const v = claims.map((x) => x[j]).sort((a, b) => a - b);
    const edges = new Set<number>();
    const distinct = new Set(v);
    if (distinct.size < 2) continue;
    if (distinct.size === 2) edges.add(v[v.length - 1]);
    else
      for (const q of STEP_QUANTILES) {
        const at = v[Math.floor(q * (v.length - 1))];
        if (at > v[0]) edges.add(at);
      }
    for (const at of [...edges].sort((a, b) => a - b)) out.push({ feature: j, at });
  }
  return out;
}

/**
 * Noisy-OR multiple-instance logistic regression over the features (a line each) and their steps (check/model.ts
 * Step), full-batch Adam on standardised columns; `steps` false fits the line alone.
 */
export function fit(data: Bag[], l2: number, steps = 1500, withSteps = true): ClaimModel {
  const d0 = FEATURES.length;
  const all = data.flatMap((b) => b.claims);
  const edges = withSteps ? stepEdges(all) : [];
  const expand = (x: readonly number[]) => [...x, ...edges.map((e) => (x[e.feature] >= e.at ? 1 : 0))];
  const cols = data.map((b) => b.claims.map(expand));
  const d = d0 + edges.length;
  const flat = cols.flat();
  const mean = Array.from({ length: d }, (_, j) => flat.reduce((a, x) => a + x[j], 0) / flat.length);
  const scale = Array.from({ length: d }, (_, j) => Math.sqrt(flat.reduce((a, x) => a + (x[j] - mean[j]) ** 2, 0) / flat.length) || 1);
  const sign = (j: number) => SIGNS[FEATURES[j < d0 ? j : edges[j - d0].feature]] ?? 0;
  const xs = cols.map((b) => b.map((x) => x.map((v, j) => (v - mean[j]) / scale[j])));
  const wt = bagWeights(data);
  const w = new Float64Array(d + 1),
    m = new Float64Array(d + 1),
    v = new Float64Array(d + 1);
  const lr = 0.05,
    b1 = 0.9,
    b2 = 0.999;
  for (let step = 1; step <= steps; step++) {
    const g = new Float64Array(d + 1);
    data.forEach((bag, bi) => {
      const ps = xs[bi].map((x) => {
        let z = w[d];
        for (let j = 0; j < d; j++) z += w[j] * x[j];
        return sigmoid(z);
      });
      const none = ps.reduce((a, p) => a * (1 - p), 1);
      const P = Math.min(1 - 1e-9, Math.max(1e-9, 1 - none));
      xs[bi].forEach((x, i) => {
        // d(-log L)/dz_i: for y = 0, p_i; for y = 1, -(1 - P) p_i / P
        const dz = wt[bi] * (bag.y === 0 ? ps[i] : (-(1 - P) * ps[i]) / P);
        for (let j = 0; j < d; j++) g[j] += dz * x[j];
        g[d] += dz;
      });
    });
    for (let j = 0; j < d; j++) g[j] += l2 * w[j];
    for (let j = 0; j <= d; j++) {
      m[j] = b1 * m[j] + (1 - b1) * g[j];
      v[j] = b2 * v[j] + (1 - b2) * g[j] * g[j];
      w[j] -= (lr * (m[j] / (1 - b1 ** step))) / (Math.sqrt(v[j] / (1 - b2 ** step)) + 1e-8);
      if (j < d && sign(j) * w[j] < 0) w[j] = 0;
    }
  }
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  // a step's standardised column (I - mean) / scale is folded into raw units: weight / scale when the feature
  // reaches the step, and the constant part into the bias; steps the penalty left at 0 are dropped
  let bias = w[d];
  const stepList = edges
    .map((e, k) => {
      const j = d0 + k;
      bias -= (w[j] * mean[j]) / scale[j];
      return { feature: FEATURES[e.feature], at: e.at, weight: round(w[j] / scale[j]) };
    })
    .filter((s) => s.weight !== 0);
  return {
    features: [...FEATURES],
    mean: mean.slice(0, d0).map(round),
    scale: scale.slice(0, d0).map(round),
    weights: [...w.slice(0, d0)].map(round),
    bias: round(bias),
    ...(withSteps ? { steps: stepList } : {}),
    operatingPoints: { high: 0.5, balanced: 0.5, recall: 0.5 },
  };
}

/** A bag's score: its likeliest unsupported claim (what the report's stats.pUnsupported is). */
export function bagScore(m: ClaimModel, b: Bag): number {
  let best = 0;
  for (const x of b.claims) best = Math.max(best, pUnsupported(x, m));
  return best;
}

interface Point {
  t: number;
  ba: number;
  precision: number;
  recall: number;
}

/** Pooled (every source weighing the same) precision, recall and balanced accuracy of "score ≥ t". */
function at(data: Bag[], scores: number[], t: number): Point {
  const wt = bagWeights(data);
  let tp = 0,
    fp = 0,
    fn = 0,
    tn = 0;
  data.forEach((b, i) => {
    const p = scores[i] >= t;
    if (b.y) {
      if (p) tp += wt[i];
      else fn += wt[i];
    } else if (p) fp += wt[i];
    else tn += wt[i];
  });
  const recall = tp / (tp + fn || 1),
    spec = tn / (tn + fp || 1);
  return { t, ba: (recall + spec) / 2, precision: tp / (tp + fp || 1), recall };
}

/** The public, human-labelled sets, which choose the thresholds. */
const PUBLIC = new Set(['wice', 'summedits', 'ans']);

/**
 * Mean over the public, human-labelled sources of each one's balanced accuracy at t: a threshold that
 * serves every kind of text that people labelled (the made pairs train the model but do not choose
 * its thresholds: on dev they favour a lower one, 0.61 against 0.70, for 0.003 of their mean).
 */
function meanBa(data: Bag[], scores: number[], t: number): number {
  const sources = [...bySource(data, scores)].filter(([s]) => PUBLIC.has(s));
  return sources.reduce((a, [, d]) => a + at(d.bags, d.scores, t).ba, 0) / sources.length;
}

/** The bags of each source and their scores, the sources in order of first appearance. */
function bySource(data: Bag[], scores: number[]): Map<string, { bags: Bag[]; scores: number[] }> {
  const out = new Map<string, { bags: Bag[]; scores: number[] }>();
  data.forEach((b, i) => {
    let d = out.get(b.source);
    if (!d) out.set(b.source, (d = { bags: [], scores: [] }));
    d.bags.push(b);
    d.scores.push(scores[i]);
  });
  return out;
}

export function choosePoints(data: Bag[], scores: number[]): Record<OperatingPoint, Point> {
  const grid = Array.from({ length: 99 }, (_, i) => (i + 1) / 100).map((t) => ({ ...at(data, scores, t), mean: meanBa(data, scores, t) }));
  // the top of the best plateau: the mean is a step function of t (a few hundred labelled claims per
  // source), and its maximum is often a run of thresholds (0.57–0.63 with fused figures), between which
  // the labelled sets cannot choose; of those, the one that raises fewest errors, since an editor and a CI
  // gate read the flags and a false error costs them more than a warning left as one
  const top = Math.max(...grid.map((p) => p.mean));
  const first = grid.findIndex((p) => p.mean >= top - 1e-12);
  let last = first;
  while (last + 1 < grid.length && grid[last + 1].mean >= top - 1e-12) last++;
  const balanced = grid[last];
  // high precision: the lowest threshold whose pooled precision reaches 0.9 (fewest missed at that precision)
  const high = grid.find((p) => p.t >= balanced.t && p.precision >= 0.9) ?? grid[grid.length - 1];
  // high recall: the highest threshold that still finds 90% of the unsupported units
  const recall = [...grid].reverse().find((p) => p.t <= balanced.t && p.recall >= 0.9) ?? grid[0];
  return { high, balanced, recall };
}

/** Calibration on dev: per bin of bag score, how many bags and the share that were unsupported (source-weighted). */
export function calibration(data: Bag[], scores: number[]): { bin: string; n: number; meanP: number; unsupported: number }[] {
  const out = [];
  for (let k = 0; k < 10; k++) {
    const lo = k / 10,
      hi = (k + 1) / 10;
    const idx = scores.map((_s, i) => i).filter((i) => scores[i] >= lo && (k === 9 ? scores[i] <= hi : scores[i] < hi));
    if (!idx.length) continue;
    const r3 = (x: number) => Math.round(x * 1000) / 1000;
    out.push({
      bin: `${lo.toFixed(1)}–${hi.toFixed(1)}`,
      n: idx.length,
      meanP: r3(idx.reduce((a, i) => a + scores[i], 0) / idx.length),
      unsupported: r3(idx.filter((i) => data[i].y === 1).length / idx.length),
    });
  }
  return out;
}

/**
 * Platt scaling on dev: the source weights that make every kind of text count the same in training
 * also move the model's base rate, so its raw chances are not frequencies. A logistic fit of the dev
 * labels on the raw log-odds of each unit's likeliest claim, folded into the weights (a monotone
 * change: the ranking stays), makes pUnsupported mean what it says on dev (README: the calibration table).
 */
function platt(m: ClaimModel, dev: Bag[]): void {
  const z = dev.map((b) => {
    const p = Math.min(1 - 1e-9, Math.max(1e-9, bagScore(m, b)));
    return Math.log(p / (1 - p));
  });
  let a = 1,
    c = 0;
  for (let step = 0; step < 3000; step++) {
    let ga = 0,
      gc = 0;
    dev.forEach((b, i) => {
      const p = sigmoid(a * z[i] + c);
      ga += (p - b.y) * z[i];
      gc += p - b.y;
    });
    a -= (0.5 * ga) / dev.length;
    c -= (0.5 * gc) / dev.length;
  }
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  m.weights = m.weights.map((w) => round(w * a));
  if (m.steps) m.steps = m.steps.map((s) => ({ ...s, weight: round(s.weight * a) }));
  m.bias = round(m.bias * a + c);
}

/** The rules' evidence among the features: what can explain an edit. */
const RULE_FEATURES = ['unknownName', 'numberError', 'numberWarning', 'negation', 'negationUnsaid', 'antonym', 'entity', 'attributionMismatch'].map((f) =>
  (FEATURES as readonly string[]).indexOf(f),
);

/**
 * The training bags the model can learn from: an edit that no rule flagged (a changed number the number
 * rule missed, a contradicting headline with no cue) is as covered as its faithful twin, and as a
 * positive it teaches that coverage and unknown words say little, or the reverse (kept, it made more
 * words unknown to the source lower pUnsupported, and an invented sentence its source carries at 22%
 * passed at p 0.17). Dev keeps every bag: the figures count the edits the rules miss.
 */
export function learnable(data: Bag[]): Bag[] {
  return data.filter((b) => !(b.y === 1 && b.edit && !b.claims.some((x) => RULE_FEATURES.some((j) => x[j] > 0))));
}

/** The L2 penalties tried (check/claim-model.json provenance.l2 is the one chosen). */
const L2_GRID = [0.001, 0.01, 0.1, 0.3, 1];

/** The mean over dev's sources of the AUC of the bags' scores (unsupported against supported); a source with one label is left out. */
export function meanSourceAuc(data: Bag[], scores: number[]): number {
  const aucs: number[] = [];
  for (const d of bySource(data, scores).values()) {
    const positive = d.bags.map((b) => b.y === 1);
    if (positive.every(Boolean) || !positive.some(Boolean)) continue;
    aucs.push(auc(d.scores, positive));
  }
  return aucs.reduce((a, b) => a + b, 0) / aucs.length;
}

function main(): void {
  const t0 = Date.now();
  const train = learnable(bags('train')),
    dev = bags('dev');
  const count = (d: Bag[]) =>
    Object.fromEntries(
      [...new Set(d.map((b) => b.source))].map((s) => [
        s,
        { supported: d.filter((b) => b.source === s && !b.y).length, unsupported: d.filter((b) => b.source === s && b.y).length },
      ]),
    );
  process.stderr.write(`bags: train ${train.length}, dev ${dev.length} (${((Date.now() - t0) / 1000).toFixed(1)} s)\n`);
  // the penalty with the best mean over dev's sources of the bag score's AUC: threshold-free and smooth. Until the tenth
  // session it was the balanced accuracy at the best threshold, a maximum over a step function, which one ANS train row
  // flipped from 0.1 to 0.001 (0.799 against 0.807) with the WiCE dev AUC falling 0.918 -> 0.910 and a dev probe's faithful
  // summary gaining an error; by AUC (0.849 at 0.001, 0.850 at 0.1, 0.854 at 0.3, 0.849 at 1) the choice is 0.3
  let best: { l2: number; model: ClaimModel; auc: number } | undefined;
  for (const l2 of L2_GRID) {
    const model = fit(train, l2, 1500, !process.argv.includes('--no-steps'));
    const scores = dev.map((b) => bagScore(model, b));
    const p = choosePoints(dev, scores).balanced;
    const a = meanSourceAuc(dev, scores);
    process.stderr.write(`l2 ${l2}: dev mean AUC ${a.toFixed(4)}, balanced accuracy ${p.ba.toFixed(3)} at ${p.t}\n`);
    if (!best || a > best.auc + 1e-9) best = { l2, model, auc: a };
  }
  const model = best!.model;
  platt(model, dev);
  const scores = dev.map((b) => bagScore(model, b));
  const points = choosePoints(dev, scores);
  model.operatingPoints = { high: points.high.t, balanced: points.balanced.t, recall: points.recall.t };
  const perSource = Object.fromEntries(
    [...bySource(dev, scores)].map(([s, { bags: sub, scores: sc }]) => {
      const r3 = (x: number) => Math.round(x * 1000) / 1000;
      return [
        s,
        {
          auc: r3(
            auc(
              sc,
              sub.map((b) => b.y === 1),
            ),
          ),
          ...Object.fromEntries(
            (['high', 'balanced', 'recall'] as const).map((op) => {
              const q = at(sub, sc, points[op].t);
              return [op, { balancedAccuracy: r3(q.ba), precision: r3(q.precision), recall: r3(q.recall) }];
            }),
          ),
        },
      ];
    }),
  );
  const out = {
    about:
      "The claim model of isnad: an additive logistic model (a line and steps per feature) over each claim's evidence (src/check/features.ts), giving pUnsupported. Rebuild with `npm run build && npm run train`; see src/eval/train.ts for the data and the method.",
    provenance: {
      command: 'npm run build && npm run train',
      data: 'WiCE dev (halved by claim id), SummEdits news evaluation split (halved by row id), ANS stance train/dev, summaries made from their train halves, probes/train (editor-written; probes/dev on dev), probes/editor/train (464 fresh editor pairs of batches 10-29, 33 and 34, halved by name; probes/editor/dev on dev); edits no rule flagged left out of training (src/eval/train.ts); no test split',
      l2: best!.l2,
      bags: { train: count(train), dev: count(dev) },
    },
    ...model,
    dev: {
      pooled: Object.fromEntries(
        Object.entries(points).map(([k, p]) => [
          k,
          {
            threshold: p.t,
            balancedAccuracy: Math.round(p.ba * 1000) / 1000,
            precision: Math.round(p.precision * 1000) / 1000,
            recall: Math.round(p.recall * 1000) / 1000,
          },
        ]),
      ),
      bySource: perSource,
    },
    calibration: calibration(dev, scores),
    // (the points for a summary of an article, on the dev editor pairs: src/eval/train-points.ts)
    long: chooseLong(model),
  };
  fs.writeFileSync(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'src/check/claim-model.json', JSON.stringify(out, null, 1) + '\n');
  process.stderr.write(
    `wrote the model: balanced ${points.balanced.t}, high ${points.high.t}, recall ${points.recall.t} (${((Date.now() - t0) / 1000).toFixed(1)} s)\n`,
  );
}

if (process.argv[1]?.endsWith('train.js')) main();
