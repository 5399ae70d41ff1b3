import type { Doc } from '../text/document.js';
import { ROOT_CREDIT, type SourceIndex } from './source-index.js';

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
  private readonly ids = new Int32Array(3);
  /** Per key id: the call that last took it (a stamp), to take each stem once. */
  private readonly seen: Int32Array;
  private stamp = 0;

  constructor(private readonly index: SourceIndex, summary: Doc) {
    const sentences = summary.sentences;
    this.start = new Int32Array(sentences.length + 1);
    const out: number[] = [];
    const ids = this.ids;
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
    this.headMark = new Int32Array(index.keyCount);
    this.head = new Int32Array(index.keyCount);
  }

  /** Per key id, for the current source sentence: its stamp, and the first of its entries (key, credit). */
  private readonly headMark: Int32Array;
  private readonly head: Int32Array;
  private entKey = new Int32Array(64);
  private entCredit = new Float64Array(64);
  private entNext = new Int32Array(64);
  private credit = new Float64Array(64);
  private ws = new Float64Array(64);

  /** The largest share (0..1) of source sentence i that one of the summary sentences js carries. */
  best(i: number, js: readonly number[]): number {
    const index = this.index, seen = this.seen, stamp = ++this.stamp;
    const headMark = this.headMark, head = this.head;
    // the sentence's keys in order of first appearance, as a query would list them; each key id it
    // answers to (stem and proclitic-free stem: 1, root: ROOT_CREDIT) points to its entries
    let ws = this.ws, W = 0, n = 0, ne = 0;
    const forms = index.contentForms, fk = index.formKeys;
    for (let p = index.contentStart[i], end = index.contentStart[i + 1]; p < end; p++) {
      const at = forms[p], stem = fk[at];
      if (seen[stem] === stamp) continue;
      seen[stem] = stamp;
      if (n === ws.length) ws = this.ws = grown(ws);
      const w = index.stemWeight(stem);
      ws[n] = w;
      W += w;
      for (let x = 0; x < 3; x++) {
        const id = fk[at + x];
        if (id < 0) continue;
        if (ne === this.entKey.length) this.grow();
        if (headMark[id] !== stamp) { headMark[id] = stamp; head[id] = -1; }
        this.entKey[ne] = n; this.entCredit[ne] = x === 2 ? ROOT_CREDIT : 1; this.entNext[ne] = head[id]; head[id] = ne++;
      }
      n++;
    }
    if (W === 0) return 0;
    if (this.credit.length < n) this.credit = new Float64Array(2 * n);
    const credit = this.credit, entKey = this.entKey, entCredit = this.entCredit, entNext = this.entNext, data = this.data;
    let best = 0;
    for (const j of js) {
      credit.fill(0, 0, n);
      for (let p = this.start[j], end = this.start[j + 1]; p < end; p++) {
        const id = data[p];
        if (headMark[id] !== stamp) continue;
        for (let e = head[id]; e >= 0; e = entNext[e]) if (entCredit[e] > credit[entKey[e]]) credit[entKey[e]] = entCredit[e];
      }
      let m = 0;
      for (let k = 0; k < n; k++) m += ws[k] * credit[k];
      const share = m / W;
      if (share > best) best = share;
    }
    return best;
  }

  private grow(): void {
    const n = this.entKey.length * 2;
    const k = new Int32Array(n); k.set(this.entKey); this.entKey = k;
    this.entCredit = grown(this.entCredit);
    const x = new Int32Array(n); x.set(this.entNext); this.entNext = x;
  }
}

function grown(a: Float64Array): Float64Array<ArrayBuffer> {
  const b = new Float64Array(a.length * 2);
  b.set(a);
  return b;
}
