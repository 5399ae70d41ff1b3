import type { Flag } from '../check/types.js';

/**
 * End line/column (1-based, UTF-16 columns, end column exclusive) of a flag, from its start and its text:
 * what check gives each flag as endLine/endColumn, for a flag of an older JSON report that has none (merge).
 */
export function endOf(f: Pick<Flag, 'line' | 'column' | 'text'>): { endLine: number; endColumn: number } {
  const parts = f.text.split(/\r\n|\r|\n|\u2028|\u2029|\u0085/);
  if (parts.length === 1) return { endLine: f.line, endColumn: f.column + f.text.length };
  return { endLine: f.line + parts.length - 1, endColumn: parts[parts.length - 1].length + 1 };
}

export const NEEDS_ESCAPE = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
/** Escapes text for XML/HTML element content and attribute values (most text has nothing to escape: returned as is). */
export const escapeXml = (s: string): string => (NEEDS_ESCAPE.test(s) ? escapeScan(s) : s);

/** The definition of escapeXml's escaping: entities for markup characters, then \uXXXX for what XML 1.0 cannot carry. */
export const escapeXmlPlain = (s: string): string =>
  s
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
    // characters XML 1.0 cannot carry at all
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** What each character below 0x40 becomes (undefined: itself). */
const BELOW_40: (string | undefined)[] = [];
for (let c = 0; c < 0x40; c++)
  BELOW_40.push(escapeXmlPlain(String.fromCharCode(c)) === String.fromCharCode(c) ? undefined : escapeXmlPlain(String.fromCharCode(c)));

/**
 * escapeXmlPlain in one pass over the text (a test holds the two equal): English text has quotes and
 * apostrophes in most sentences, and the two replaces with a callback per character were a tenth of a
 * large HTML report's time.
 */
function escapeScan(s: string): string {
  let out = '',
    last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const r = c < 0x40 ? BELOW_40[c] : c === 0xfffe ? '\\ufffe' : c === 0xffff ? '\\uffff' : undefined;
    if (r === undefined) continue;
    out += s.slice(last, i) + r;
    last = i + 1;
  }
  return last === 0 ? s : out + s.slice(last);
}
