/**
 * `JSON.stringify(value, null, indent)`, handed to `sink` in pieces of about a megabyte.
 *
 * Why: a V8 string stops at 2^29 − 24 characters (about 512 MiB), and the JSON report of a
 * 1,000,000-sentence source is longer than that, so `JSON.stringify` throws "Invalid string length"
 * after the whole check has run. Containers that hold a long array are laid out here; every other
 * value is `JSON.stringify`'s own output, re-indented for its depth (a JSON text holds no
 * raw line break inside a string, so each '\n' in it is layout). The bytes are JSON.stringify's.
 * https://tc39.es/ecma262/#sec-json.stringify (SerializeJSONObject, SerializeJSONArray)
 */
export function writeJson(value: unknown, sink: (chunk: string) => void, opts: { indent?: number; long?: number } = {}): void {
  const indent = opts.indent ?? 2,
    long = opts.long ?? LONG;
  /**
   * Whether v holds an array longer than `long` within `d` levels: only such values are laid out here;
   * all others (a sentence, a flag: millions of them) are one JSON.stringify call each. A negative
   * `long` lays out every container (tests).
   */
  const big = (v: unknown, d: number): boolean => (long < 0 ? v !== null && typeof v === 'object' : holdsLong(v, d, long));
  let buf = '';
  // a piece is handed over before it would pass CHUNK (unless one put is longer by itself)
  const put = (s: string) => {
    if (buf.length + s.length > CHUNK && buf) {
      sink(buf);
      buf = '';
    }
    buf += s;
  };
  // JSON.stringify's layout: with an indent, a line per member; without, none and no space after ':'
  const pad = (d: number) => (indent ? '\n' + ' '.repeat(indent * d) : '');
  const colon = indent ? ': ' : ':';

  /** Writes `lead` and then v at depth d; nothing, and false, when JSON leaves v out (undefined, a function, a symbol). */
  const write = (v: unknown, key: string, d: number, lead: string): boolean => {
    if (hasToJSON(v)) v = v.toJSON(key);
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') return false;
    put(lead);
    if (!big(v, REACH)) {
      const s = JSON.stringify(v, null, indent);
      put(d > 0 && indent && s.includes('\n') ? s.replace(/\n/g, pad(d)) : s);
      return true;
    }
    if (Array.isArray(v)) {
      if (v.length === 0) {
        put('[]');
        return true;
      }
      // runs of small members go to JSON.stringify together (one call per member was 4× slower than
      // one call for the whole report); a member with toJSON is written alone, since toJSON is told its index
      const alone = (x: unknown) => big(x, REACH) || hasToJSON(x);
      for (let i = 0; i < v.length; ) {
        if (alone(v[i])) {
          const lead = (i ? ',' : '[') + pad(d + 1);
          if (!write(v[i], String(i), d + 1, lead)) put(lead + 'null');
          i++;
          continue;
        }
        let j = i + 1;
        while (j < v.length && j - i < RUN && !alone(v[j])) j++;
        // "[\n  a,\n  b\n]" (members one level in) or "[a,b]": the members, moved d levels in
        const s = JSON.stringify(v.slice(i, j), null, indent);
        put((i ? ',' : '[') + (indent ? pad(d) + s.slice(2, -2).replace(/\n/g, pad(d)) : s.slice(1, -1)));
        i = j;
      }
      put(pad(d) + ']');
      return true;
    }
    let first = true;
    for (const k of Object.keys(v as object)) {
      // a property JSON leaves out is not written at all, not even its key
      if (write((v as Record<string, unknown>)[k], k, d + 1, (first ? '{' : ',') + pad(d + 1) + JSON.stringify(k) + colon)) first = false;
    }
    put(first ? '{}' : pad(d) + '}');
    return true;
  };

  write(value, '', 0, '');
  if (buf) sink(buf);
}

/** Whether v holds an array longer than `long` within `d` levels. */
function holdsLong(v: unknown, d: number, long: number): boolean {
  if (v === null || typeof v !== 'object') return false;
  if (Array.isArray(v)) return v.length > long || (d > 0 && v.some((x) => holdsLong(x, d - 1, long)));
  if (d === 0) return false;
  for (const k in v) if (Object.hasOwn(v, k) && holdsLong((v as Record<string, unknown>)[k], d - 1, long)) return true;
  return false;
}

/**
 * `JSON.stringify(value, null, indent)` to `sink`: one string when it fits, else `writeJson`'s pieces.
 * JSON.stringify is tried first for most reports: below PIECES_FROM it is faster than the pieces (the
 * seed pair's start-up counts) and its string is small. A value holding a longer array (a source of
 * more than PIECES_FROM sentences) goes to the pieces at once: the whole string of the Arabic
 * 1,000,000-sentence report was 367 million characters, two bytes each (734 MB, the report's share of
 * the check's peak), and the pieces hold a megabyte; at 100,000 sentences they took 0.02–0.37 s more
 * than the one string in six runs (0.36–0.83 s against 0.22–0.62 s), in a check of about 13 s
 * (bench/README.md). A value that outgrows a string below that length still falls back (RangeError).
 */
export function writeJsonText(value: unknown, sink: (chunk: string) => void, indent: number): void {
  if (holdsLong(value, REACH, PIECES_FROM)) {
    writeJson(value, sink, { indent });
    return;
  }
  let text: string;
  try {
    text = JSON.stringify(value, null, indent);
  } catch (e) {
    if (!isTooLong(e)) throw e;
    writeJson(value, sink, { indent });
    return;
  }
  sink(text);
}

/** Characters gathered before a piece goes to the sink. */
const CHUNK = 1 << 20;
/** Arrays longer than this are laid out member by member (a report's sentences, claims, flags, alignments). */
const LONG = 256;
/** Levels searched for such an array (a corpus: {pairs: [report: {source: {sentences: […]}}]}). */
const REACH = 4;
/** Arrays longer than this send writeJsonText to the pieces without trying one string (memory). */
export const PIECES_FROM = 1 << 16;
/** Members of a long array stringified in one call. */
const RUN = 512;

/** A value whose JSON is what its toJSON(key) returns (a Date, for one). */
const hasToJSON = (x: unknown): x is { toJSON: (key: string) => unknown } =>
  x !== null && typeof x === 'object' && typeof (x as { toJSON?: unknown }).toJSON === 'function';

/** V8's limit on one string (2^29 − 24 characters): a text that outgrows it throws this RangeError. */
export const isTooLong = (e: unknown): boolean => e instanceof RangeError && /Invalid string length/.test(e.message);
