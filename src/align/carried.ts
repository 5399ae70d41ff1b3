import type { Doc } from '../text/document.js';
import type { SourceIndex } from './source-index.js';
import type { IndexData } from './index-data.js';
import { ROOT_CREDIT } from '../settings.js';
import { CreditTable } from './credit-table.js';
import { grown } from '../typed-arrays.js';

/**
 * The other direction of alignment: how much of a source sentence a summary sentence carries (the
 * omission rule's question), in the source index's own key ids. A source sentence's keys are its
 * content words, one per stem (the first token of a stem decides its proclitic-free stem and root),
 * weighted by IDF; a summary sentence carries a key fully when it has the key's stem or
 * proclitic-free stem among its own words' keys, and by ROOT_CREDIT when it has only its root, the
 * same credits as a forward query without spelling variants.
 *
 * Why not an index over the summary and a query per source sentence: at 100,000 source sentences
 * those 75,000 queries and their index were a sixth of the check (bench/README.md), while both
 * texts' words already have ids in the source index.
 */
export class CarriedShares {
  /** Each summary sentence's key ids, sorted (CSR: sentence j is data[start[j] .. start[j + 1])). */
  private readonly data: Int32Array;
  private readonly start: Int32Array;
  /** Per key id: the call that last took it (a stamp), to take each stem once. */
  private readonly seen: Int32Array;
  private stamp = 0;

  /** The source index's storage, whose key ids both texts' words are read in. */
  private readonly index: IndexData;

  constructor(source: SourceIndex, summary: Doc) {
    const index = (this.index = source.data);
    const sentences = summary.sentences;
    this.start = new Int32Array(sentences.length + 1);
    const out: number[] = [];
    const ids = new Int32Array(3);
    for (let j = 0; j < sentences.length; j++) {
      const bag: number[] = [];
      for (const t of sentences[j].tokens) {
        if (t.stop) continue;
        index.keyIdsOf(t, ids);
        for (let k = 0; k < 3; k++) if (ids[k] >= 0) bag.push(ids[k]);
      }
      bag.sort((a, b) => a - b);
      for (let x = 0; x < bag.length; x++) if (x === 0 || bag[x] !== bag[x - 1]) out.push(bag[x]);
      this.start[j + 1] = out.length;
    }
    this.data = Int32Array.from(out);
    this.seen = new Int32Array(index.keyCount);
    this.table = new CreditTable(index.keyCount);
  }

  /** The current source sentence's keys, marked by the key ids that earn each its credit. */
  private readonly table: CreditTable;
  private credit = new Float64Array(64);
  private ws = new Float64Array(64);

  /** The largest share (0..1) of source sentence i that one of the summary sentences js carries. */
  best(i: number, js: ArrayLike<number>, from = 0, to = js.length): number {
    const index = this.index,
      seen = this.seen,
      stamp = ++this.stamp,
      table = this.table;
    // the sentence's keys in order of first appearance, as a query would list them; each key id it
    // answers to (stem and proclitic-free stem: 1, root: ROOT_CREDIT) earns that key its credit
    table.reset();
    let ws = this.ws,
      W = 0,
      n = 0;
    const seq = index.tokenSeq,
      cat = index.contentAt,
      fk = index.formKeys;
    for (let p = index.seqFrom[i], end = index.seqTo[i]; p < end; p++) {
      const f = seq[p],
        at = f < 0 ? -1 : cat[f];
      if (at < 0) continue;
      const stem = fk[at];
      if (seen[stem] === stamp) continue;
      seen[stem] = stamp;
      if (n === ws.length) ws = this.ws = grown(ws, n + 1);
      const w = index.stemWeight(stem);
      ws[n] = w;
      W += w;
      for (let x = 0; x < 3; x++) if (fk[at + x] >= 0) table.add(fk[at + x], n, x === 2 ? ROOT_CREDIT : 1);
      n++;
    }
    if (W === 0) return 0;
    if (this.credit.length < n) this.credit = new Float64Array(2 * n);
    const credit = this.credit;
    let best = 0;
    for (let x = from; x < to; x++) {
      const j = js[x];
      credit.fill(0, 0, n);
      table.raise(this.data, this.start[j], this.start[j + 1], credit, 0);
      let m = 0;
      for (let k = 0; k < n; k++) m += ws[k] * credit[k];
      const share = m / W;
      if (share > best) best = share;
    }
    return best;
  }
}
