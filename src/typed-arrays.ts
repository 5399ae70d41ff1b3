/** A typed array of at least `need` elements (twice its length when that is more) holding a's values. */
export function grown<T extends Int32Array<ArrayBuffer> | Float64Array<ArrayBuffer> | Uint8Array<ArrayBuffer>>(a: T, need: number): T {
  const b = new (a.constructor as new (n: number) => T)(Math.max(a.length * 2, need));
  b.set(a);
  return b;
}
