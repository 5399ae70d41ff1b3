// Reproducible synthetic pairs for `npm run bench`, made from real sentences: Arabic from the seed
// articles, ANS headlines and STS sentences; English from WiCE's evidence sentences. A source of N
// sentences (each two real sentences fused, so that sentences are distinct and news-length), and a
// summary of N/10: 90% lightly rewritten source sentences (words dropped or swapped, spelling
// variants, clauses reordered), 10% invented (fused from sentences kept out of the source). The
// generator keeps the true pairs, so the benchmark measures accuracy as well as time.
import fs from 'node:fs';
import path from 'node:path';

const B = path.resolve('benchmarks');

/** mulberry32: a small seeded PRNG, so every run makes the same texts. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

function csvColumn(file, col) {
  const lines = fs.readFileSync(file, 'utf8').split('\n').slice(1);
  return lines.map((l) => l.split(',')[col]).filter((x) => x && !x.includes('"'));
}

const pools = new Map();
export function pool(lang) {
  if (!pools.has(lang)) pools.set(lang, makePool(lang));
  return pools.get(lang);
}

function makePool(lang) {
  const clean = (s) => s.replace(/\s+/g, ' ').trim();
  let out;
  if (lang === 'ar') {
    const seeds = ['summary.txt', 'source.txt'].flatMap((f) => fs.readFileSync(path.join('corpus/libya-sirte-2016', f), 'utf8').split(/(?<=[.!؟])\s+|\n+/));
    const ans = ['train', 'dev', 'test'].flatMap((s) => [...csvColumn(path.join(B, `ans/data/stance/${s}.csv`), 0), ...csvColumn(path.join(B, `ans/data/stance/${s}.csv`), 1)]);
    const sts = fs.readFileSync(path.join(B, 'sts2017-ar/STS2017.eval.v1.1/STS.input.track1.ar-ar.txt'), 'utf8').split(/[\t\n]/);
    out = [...seeds, ...ans, ...sts];
  } else {
    out = ['dev', 'test'].flatMap((s) => fs.readFileSync(path.join(B, `wice/data/entailment_retrieval/claim/${s}.jsonl`), 'utf8').split('\n').filter(Boolean).flatMap((l) => JSON.parse(l).evidence));
  }
  const words = (s) => s.split(' ').length;
  return [...new Set(out.map(clean))].filter((s) => words(s) >= 4 && words(s) <= 40 && !/[\u0000-\u001f]/.test(s)).map((s) => s.replace(/[.!?؟]+$/, ''));
}

const AR_VARIANTS = [[/أ/g, 'ا'], [/ة(?=\s|$)/g, 'ه'], [/ي(?=\s|$)/g, 'ى'], [/أمريكي/g, 'أميركي'], [/أميركي/g, 'أمريكي'], [/البنتاغون/g, 'البنتاجون']];
const EN_VARIANTS = [[/\bper cent\b/g, 'percent'], [/our\b/g, 'or'], [/ise\b/g, 'ize'], [/\bU\.S\./g, 'US']];

/** A light rewrite of a sentence: some words dropped, a pair swapped, a spelling variant, clauses reordered. */
function rewrite(s, lang, r) {
  let w = s.split(' ');
  const drops = Math.floor(w.length * 0.15 * r());
  for (let k = 0; k < drops && w.length > 4; k++) w.splice(1 + Math.floor(r() * (w.length - 2)), 1);
  if (w.length > 3 && r() < 0.5) { const i = Math.floor(r() * (w.length - 1)); [w[i], w[i + 1]] = [w[i + 1], w[i]]; }
  let t = w.join(' ');
  const vs = lang === 'ar' ? AR_VARIANTS : EN_VARIANTS;
  if (r() < 0.6) { const [re, rep] = vs[Math.floor(r() * vs.length)]; t = t.replace(re, rep); }
  const sep = lang === 'ar' ? '، و' : ', and ';
  const cut = t.indexOf(sep);
  if (cut > 0 && r() < 0.5) t = t.slice(cut + sep.length) + sep + t.slice(0, cut);
  return t;
}

/**
 * A pair: source of n sentences and summary of n/10, with truth[i] = index of the source sentence
 * summary sentence i was made from, or -1 for an invented one.
 */
export function makePair(n, lang, seed = 1, summaryRatio = 0.1) {
  const r = rng(seed);
  const sents = pool(lang);
  // a fifth of the pool is kept out of the source, for invented sentences
  const cut = Math.floor(sents.length * 0.8);
  const inSrc = sents.slice(0, cut), outSrc = sents.slice(cut);
  const join = lang === 'ar' ? '، و' : ', and ';
  const end = lang === 'ar' ? '.' : '.';
  const pick = (a) => a[Math.floor(r() * a.length)];
  const source = [];
  for (let i = 0; i < n; i++) source.push(pick(inSrc) + join + pick(inSrc) + end);
  const m = Math.max(1, Math.round(n * summaryRatio));
  const summary = [], truth = [];
  for (let i = 0; i < m; i++) {
    if (r() < 0.1) { summary.push(pick(outSrc) + join + pick(outSrc) + end); truth.push(-1); continue; }
    const j = Math.floor(r() * n);
    summary.push(rewrite(source[j].slice(0, -1), lang, r) + end);
    truth.push(j);
  }
  // one sentence a line: the splitter's and the generator's sentences are then the same units
  return { source: source.join('\n') + '\n', summary: summary.join('\n') + '\n', sourceSentences: source, summarySentences: summary, truth };
}
