/**
 * `JSON.stringify(value, null, indent)`, handed to `sink` in pieces of about a megabyte.
 *
 * Why: a V8 string stops at 2^29 − 24 characters (about 512 MiB), and the JSON report of a
 * 1,000,000-sentence source is longer than that, so `JSON.stringify` throws "Invalid string length"
 * after the whole check has run. The containers of the top `layout` levels are laid out here; every
 * value below them is `JSON.stringify`'s own output, re-indented for its depth (a JSON text holds no
 * raw line break inside a string, so each '\n' in it is layout). The bytes are JSON.stringify's.
 * https://tc39.es/ecma262/#sec-json.stringify (SerializeJSONObject, SerializeJSONArray)
 */
export function writeJson(value: unknown, sink: (chunk: string) => void, opts: { indent?: number; layout?: number } = {}): void {
  const indent = opts.indent ?? 2, layout = opts.layout ?? 4;
  let buf = '';
  const put = (s: string) => {
    buf += s;
    if (buf.length >= CHUNK) { sink(buf); buf = ''; }
  };
  // JSON.stringify's layout: with an indent, a line per member; without, none and no space after ':'
  const pad = (d: number) => (indent ? '\n' + ' '.repeat(indent * d) : '');
  const colon = indent ? ': ' : ':';

  /** Writes `lead` and then v at depth d; nothing, and false, when JSON leaves v out (undefined, a function, a symbol). */
  const write = (v: unknown, key: string, d: number, lead: string): boolean => {
    if (v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function') v = (v as { toJSON: (k: string) => unknown }).toJSON(key);
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') return false;
    put(lead);
    if (d >= layout || v === null || typeof v !== 'object') {
      const s = JSON.stringify(v, null, indent);
      put(d > 0 && indent && s.includes('\n') ? s.replace(/\n/g, pad(d)) : s);
      return true;
    }
    if (Array.isArray(v)) {
      if (v.length === 0) { put('[]'); return true; }
      for (let i = 0; i < v.length; i++) {
        const lead = (i ? ',' : '[') + pad(d + 1);
        if (!write(v[i], String(i), d + 1, lead)) put(lead + 'null');
      }
      put(pad(d) + ']');
      return true;
    }
    let first = true;
    for (const k of Object.keys(v)) {
      // a property JSON leaves out is not written at all, not even its key
      if (write((v as Record<string, unknown>)[k], k, d + 1, (first ? '{' : ',') + pad(d + 1) + JSON.stringify(k) + colon)) first = false;
    }
    put(first ? '{}' : pad(d) + '}');
    return true;
  };

  write(value, '', 0, '');
  if (buf) sink(buf);
}

/** Characters gathered before a piece goes to the sink. */
const CHUNK = 1 << 20;

/** The same text as one string (what `JSON.stringify(value, null, indent)` returns). */
export function jsonText(value: unknown, indent = 2): string {
  const parts: string[] = [];
  writeJson(value, (c) => parts.push(c), { indent });
  return parts.join('');
}
