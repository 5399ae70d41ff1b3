import { grown } from '../typed-arrays.js';

/**
 * The key forms of one query, marked by key id, so that how well a bag of ids (a sentence) carries
 * each key is one pass over the bag instead of a search per key and form. Each id points to its
 * entries (key position, credit): an id can serve two keys (a root shared by two stems). Used by the
 * source index's forward credits and by the omission rule's reverse measure (`carried.ts`).
 */
export class CreditTable {
  private stamp = 0;
  /** Per key id: the stamp of the entries it holds, and its first entry. */
  private readonly markOf: Int32Array;
  private readonly head: Int32Array;
  private entKey = new Int32Array(64);
  private entCredit = new Float64Array(64);
  private entNext = new Int32Array(64);
  private used = 0;

  constructor(keyCount: number) {
    this.markOf = new Int32Array(keyCount);
    this.head = new Int32Array(keyCount);
  }

  /** Forgets every entry: the next `add`s describe a new query. */
  reset(): void {
    this.stamp++;
    this.used = 0;
  }

  /** Key position k earns `credit` from a bag that holds id. */
  add(id: number, k: number, credit: number): void {
    const e = this.used++;
    if (e === this.entKey.length) {
      this.entKey = grown(this.entKey, e + 1);
      this.entCredit = grown(this.entCredit, e + 1);
      this.entNext = grown(this.entNext, e + 1);
    }
    if (this.markOf[id] !== this.stamp) {
      this.markOf[id] = this.stamp;
      this.head[id] = -1;
    }
    this.entKey[e] = k;
    this.entCredit[e] = credit;
    this.entNext[e] = this.head[id];
    this.head[id] = e;
  }

  /**
   * The best credit of each key position that the bag data[lo .. hi) earns, raised into out[offset + k]
   * (out holds 0 or an earlier credit there).
   */
  raise(data: Int32Array, lo: number, hi: number, out: Float64Array, offset: number): void {
    const markOf = this.markOf,
      head = this.head,
      stamp = this.stamp,
      entKey = this.entKey,
      entCredit = this.entCredit,
      entNext = this.entNext;
    for (let p = lo; p < hi; p++) {
      const id = data[p];
      if (markOf[id] !== stamp) continue;
      for (let e = head[id]; e >= 0; e = entNext[e]) {
        const kx = offset + entKey[e],
          c = entCredit[e];
        if (c > out[kx]) out[kx] = c;
      }
    }
  }
}
