import stringSimilarity from 'string-similarity';
import { check } from '../../index.js';
import { readCsv, joinSentences } from './data.js';
import { f1 } from './metrics.js';

interface Topic {
  summary: string[];
  docs: string[];
  gold: Map<number, Set<number>>;
}

/**
 * SuperPAL's MultiNews alignments (Ernst et al., CoNLL 2021): crowd-made links between the sentences of
 * a news summary and the sentences of its source articles. The full articles are not in the
 * repository, so a topic's source is every article sentence the file holds (one a line, each once),
 * and its summary is its summary sentences (one a line). Per summary sentence: whether its best source
 * is a gold link (top-1), whether its support set holds one (any), and the support set's precision,
 * recall and F1 over the gold links. The naive peer (string-similarity's best match) is scored on top-1
 * beside it. Positive links only, 38 summary sentences per split: a small check, not a leaderboard.
 */
export function superpal(split: 'dev' | 'test') {
  const topics = new Map<string, Topic>();
  for (const row of readCsv(`superpal-multinews/manual_datasets/${split}_MN_only.csv`)) {
    let t = topics.get(row.topic);
    if (!t) topics.set(row.topic, (t = { summary: [], docs: [], gold: new Map() }));
    const si = indexOf(t.summary, row.scuSentence),
      di = indexOf(t.docs, row.docSentText);
    let g = t.gold.get(si);
    if (!g) t.gold.set(si, (g = new Set()));
    g.add(di);
  }
  let sentences = 0,
    top1 = 0,
    any = 0,
    naiveTop1 = 0,
    tp = 0,
    fp = 0,
    fn = 0;
  for (const name of [...topics.keys()].sort()) {
    const t = topics.get(name)!;
    const src = joinSentences(t.docs),
      sum = joinSentences(t.summary);
    const r = check(sum.text, src.text, { summaryLang: 'en', sourceLang: 'en' });
    const startOf = new Map(r.source.sentences.map((s) => [s.id, s.start]));
    const sentenceIds = new Set(r.summary.sentences.map((s) => s.id));
    const lineOf = new Map(r.summary.sentences.map((s) => [s.id, sum.indexAt(s.start)]));
    const lengthOf = new Map(r.summary.sentences.map((s) => [s.id, s.end - s.start]));
    // a summary line that isnad splits in two: its support is their union, its best source the longer one's
    const support = new Map<number, Set<number>>(),
      best = new Map<number, { len: number; doc: number }>();
    for (const a of r.alignments) {
      if (!sentenceIds.has(a.summary) || a.sources.length === 0) continue;
      const line = lineOf.get(a.summary)!,
        docs = a.sources.map((id) => src.indexAt(startOf.get(id)!));
      let s = support.get(line);
      if (!s) support.set(line, (s = new Set()));
      for (const d of docs) s.add(d);
      const len = lengthOf.get(a.summary)!;
      if ((best.get(line)?.len ?? -1) < len) best.set(line, { len, doc: docs[0] });
    }
    for (const [line, gold] of t.gold) {
      sentences++;
      const pred = support.get(line) ?? new Set<number>();
      if (gold.has(best.get(line)?.doc ?? -1)) top1++;
      if ([...pred].some((d) => gold.has(d))) any++;
      const hit = [...pred].filter((d) => gold.has(d)).length;
      tp += hit;
      fp += pred.size - hit;
      fn += gold.size - hit;
      if (gold.has(stringSimilarity.findBestMatch(t.summary[line], t.docs).bestMatchIndex)) naiveTop1++;
    }
  }
  const m = f1(tp, fp, fn);
  return {
    topics: topics.size,
    sentences,
    top1: top1 / sentences,
    any: any / sentences,
    precision: m.p,
    recall: m.r,
    f1: m.f1,
    naiveTop1: naiveTop1 / sentences,
  };
}

function indexOf(list: string[], s: string): number {
  const i = list.indexOf(s);
  if (i >= 0) return i;
  list.push(s);
  return list.length - 1;
}
