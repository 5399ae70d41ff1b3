import type { Flag } from '../check/types.js';

/** End line/column (1-based, UTF-16 columns, end column exclusive) of a flag, from its start and its text. */
export function endOf(f: Pick<Flag, 'line' | 'column' | 'text'>): { endLine: number; endColumn: number } {
  const parts = f.text.split(/\r\n|\r|\n|\u2028|\u2029|\u0085/);
  if (parts.length === 1) return { endLine: f.line, endColumn: f.column + f.text.length };
  return { endLine: f.line + parts.length - 1, endColumn: parts[parts.length - 1].length + 1 };
}

const NEEDS_ESCAPE = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
/** Escapes text for XML/HTML element content and attribute values (most text has nothing to escape: returned as is). */
export const escapeXml = (s: string): string => (NEEDS_ESCAPE.test(s) ? escapeAll(s) : s);
const escapeAll = (s: string): string =>
  s
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
    // characters XML 1.0 cannot carry at all
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
