/** A typed array of at least `need` elements (twice its length when that is more) holding a's values. */
export function grown<T extends Int32Array<ArrayBuffer> | Float64Array<ArrayBuffer> | Uint8Array<ArrayBuffer>>(a: T, need: number): T {
  const b = new (a.constructor as new (n: number) => T)(Math.max(a.length * 2, need));
  b.set(a);
  return b;
}

/** The first index in a[lo .. hi) (ascending) whose value is at least v (hi if none): steps of 1, 2, 4… from lo, then a binary search. */
export function gallop(a: ArrayLike<number>, lo: number, hi: number, v: number): number {
  if (lo >= hi || a[lo] >= v) return lo;
  let step = 1,
    prev = lo;
  while (lo + step < hi && a[lo + step] < v) {
    prev = lo + step;
    step <<= 1;
  }
  let l = prev + 1,
    h = Math.min(lo + step, hi);
  while (l < h) {
    const mid = (l + h) >> 1;
    if (a[mid] < v) l = mid + 1;
    else h = mid;
  }
  return l;
}
