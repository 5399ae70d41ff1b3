/**
 * Quotation marks: whether a text quotes someone, and where its quoted (or bracketed) spans are. One reader for the
 * speaker reader (no speaker inside a quotation), the name rule (a short quoted or bracketed segment is a name's), the
 * claim model's "quoted" feature and the negation rule.
 */

/** Quotation marks of both scripts: a text with one quotes someone. */
export const QUOTES = /[«»"“”„]/;

/** The closing mark of each opening mark, by character code. */
export type Marks = ReadonlyMap<number, number>;

/** Quotation marks: straight double, curly double, guillemets. */
export const QUOTATION_MARKS: Marks = new Map([
  [0x22, 0x22],
  [0x201c, 0x201d],
  [0xab, 0xbb],
]);

/**
 * The spans [open, close] (the marks' offsets) of text between an opening mark that stands in [from, to) and its closing mark
 * before `end`; an opening mark never closed before `end` is passed over. Read by character code: an Arabic character read as
 * text[i] is a new string each time (V8 caches only one-byte characters), and the name rule reads every character of every
 * claim; an unclosed mark is looked for no further than `end`, not to the text's end (40 ms and 70 MB at 10,000 summary
 * sentences with text.indexOf).
 */
export function markedSpans(text: string, from: number, to: number, end: number, marks: Marks): [number, number][] {
  const out: [number, number][] = [];
  for (let i = from; i < to; i++) {
    const close = marks.get(text.charCodeAt(i));
    if (close === undefined) continue;
    let j = i + 1;
    while (j < end && text.charCodeAt(j) !== close) j++;
    if (j >= end) continue;
    out.push([i, j]);
    i = j;
  }
  return out;
}
