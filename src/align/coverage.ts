import { CreditTable } from './credit-table.js';
import type { IndexData } from './index-data.js';
import type { Query, QueryKey } from './query-builder.js';

/** How much of a query a source sentence carries: per key, and as a share of the query's weight. */
export class Coverage {
  /** The query whose key forms are marked for `credits` (one at a time; re-marking costs its forms). */
  private prepared?: Query;
  private table?: CreditTable;
  /** Scratch for `coverage`: one credit per key. */
  private scratch = new Float64Array(64);

  constructor(private readonly data: IndexData) {}

  /** How well sentence i carries key k: 1 for the same stem, the Dice similarity for a variant, ROOT_CREDIT for the root, else 0. */
  match(k: QueryKey, i: number): number {
    for (const a of k.alts) if (this.data.holds(i, a.id)) return a.m;
    return 0;
  }

  /**
   * Marks q's key forms so that a sentence's coverage is one pass over its bag (about 20–40 ids)
   * instead of a binary search per key and form: the profile at 100,000 source sentences showed these
   * searches as the largest part of ranking candidates.
   */
  private prepare(q: Query): CreditTable {
    const table = (this.table ??= new CreditTable(this.data.keyCount));
    if (this.prepared === q) return table;
    this.prepared = q;
    table.reset();
    for (let kx = 0; kx < q.keys.length; kx++) for (const a of q.keys[kx].alts) table.add(a.id, kx, a.m);
    return table;
  }

  /**
   * How well sentence i carries each key of q (as `match` would say), written into `out` by key
   * position from `offset`; returns the weighted sum of the credits.
   */
  credits(q: Query, i: number, out: Float64Array, offset = 0): number {
    const table = this.prepare(q);
    const n = q.keys.length;
    out.fill(0, offset, offset + n);
    table.raise(this.data.bagData, this.data.bagStart[i], this.data.bagStart[i + 1], out, offset);
    let m = 0;
    for (let kx = 0; kx < n; kx++) m += q.keys[kx].w * out[offset + kx];
    return m;
  }

  /** Share of q's weight that sentence i carries (0..1). */
  coverage(q: Query, i: number): number {
    if (q.W === 0) return 0;
    if (this.scratch.length < q.keys.length) this.scratch = new Float64Array(q.keys.length * 2);
    return this.credits(q, i, this.scratch) / q.W;
  }
}
