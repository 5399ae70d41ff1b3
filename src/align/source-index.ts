import type { Doc } from '../text/document.js';
import type { Token } from '../text/tokenize.js';
import { Idf } from './weights.js';
import { VariantFinder } from './variants.js';

/**
 * An inverted index over the source sentences: stem → sentences, so that a claim is compared only
 * with the sentences that share a word with it, never with every sentence (sources can have tens of
 * thousands). Like passim and TextPAIR, candidates come from the rarer keys only.
 */
export interface QueryKey {
  stem: string;
  alt?: string;
  /** Root key ('√' + root): derived forms of the root earn ROOT_CREDIT. */
  root?: string;
  w: number;
  variants: { stem: string; sim: number }[];
  /** The claim tokens that carry this key. */
  tokens: Token[];
}

export interface Query {
  keys: QueryKey[];
  /** Sum of the key weights. */
  W: number;
}

/** Prefix of root keys in the bags, so that a root never equals a stem. */
const ROOT = '\u221A';
/**
 * Credit for sharing only a root (توسيع/موسعة, متابعة/تتبعت): related words, not the same word.
 * Measured on the seed pair and ANS train (see CHANGELOG 0.2.0).
 */
export const ROOT_CREDIT = 0.5;

export class SourceIndex {
  readonly bags: Set<string>[] = [];
  readonly postings = new Map<string, number[]>();
  readonly idf = new Idf();
  readonly vocab = new Set<string>();
  readonly variants: VariantFinder;
  /** Sentences eligible as support (not metadata or boilerplate). */
  readonly eligible: boolean[] = [];
  /** Postings longer than this are too common to generate candidates (their weight still counts). */
  readonly cap: number;

  constructor(readonly source: Doc, summary?: Doc, idf?: Idf) {
    source.sentences.forEach((s, i) => {
      const bag = new Set<string>();
      for (const t of s.tokens) {
        if (t.stop) continue;
        bag.add(t.stem);
        if (t.alt) bag.add(t.alt);
        if (t.root) bag.add(ROOT + t.root);
      }
      this.bags.push(bag);
      this.eligible.push(s.kind !== 'meta' && s.kind !== 'boilerplate' && s.kind !== 'byline');
      for (const k of bag) {
        if (k[0] !== ROOT) this.vocab.add(k);
        const p = this.postings.get(k);
        if (p) p.push(i); else this.postings.set(k, [i]);
      }
    });
    if (idf) this.idf = idf;
    else {
      for (const s of source.sentences) this.idf.addUnit(contentStems(s.tokens));
      if (summary) for (const s of summary.sentences) this.idf.addUnit(contentStems(s.tokens));
    }
    this.variants = new VariantFinder(this.vocab);
    this.cap = Math.max(64, Math.round(8 * Math.sqrt(source.sentences.length)));
  }

  /** The content words of a claim as weighted keys, each with the spelling variants the source has. */
  query(tokens: Token[]): Query {
    const byStem = new Map<string, QueryKey>();
    for (const t of tokens) {
      if (t.stop) continue;
      let k = byStem.get(t.stem);
      if (!k) {
        k = { stem: t.stem, alt: t.alt, root: t.root === undefined ? undefined : ROOT + t.root, w: this.idf.weight(t.stem), variants: t.kind === 'number' ? [] : this.variants.find(t.stem), tokens: [] };
        byStem.set(t.stem, k);
      }
      k.tokens.push(t);
    }
    const keys = [...byStem.values()];
    return { keys, W: keys.reduce((a, k) => a + k.w, 0) };
  }

  /** How well sentence i carries key k: 1 for the same stem, the Dice similarity for a variant, else 0. */
  match(k: QueryKey, i: number): number {
    const bag = this.bags[i];
    if (bag.has(k.stem) || (k.alt !== undefined && bag.has(k.alt))) return 1;
    let best = 0;
    for (const v of k.variants) if (v.sim > best && bag.has(v.stem)) best = v.sim;
    if (best < ROOT_CREDIT && k.root !== undefined && bag.has(k.root)) best = ROOT_CREDIT;
    return best;
  }

  /** Is the key anywhere in the source (same stem or a variant)? */
  known(k: QueryKey): boolean {
    return this.vocab.has(k.stem) || (k.alt !== undefined && this.vocab.has(k.alt)) || k.variants.length > 0;
  }

  /** Candidate sentences for a query: those sharing its rarer keys, with a partial score, best first. */
  candidates(q: Query, limit: number): number[] {
    const acc = new Map<number, number>();
    const lists: { list: number[]; w: number }[] = [];
    for (const k of q.keys) {
      for (const [s, m] of [[k.stem, 1], [k.alt, 1], [k.root, ROOT_CREDIT], ...k.variants.map((v) => [v.stem, v.sim] as const)] as const) {
        if (s === undefined) continue;
        const p = this.postings.get(s);
        if (p) lists.push({ list: p, w: k.w * (m as number) });
      }
    }
    lists.sort((a, b) => a.list.length - b.list.length);
    lists.forEach(({ list, w }, idx) => {
      if (list.length > this.cap && idx >= 2) return;
      for (const i of list) acc.set(i, (acc.get(i) ?? 0) + w);
    });
    const ranked = [...acc.entries()].filter(([i]) => this.eligible[i]).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    return ranked.slice(0, limit).map(([i]) => i);
  }
}

export function contentStems(tokens: Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) if (!t.stop) out.push(t.stem);
  return out;
}
