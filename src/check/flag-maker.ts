import type { Doc } from '../text/document.js';
import { LineIndex } from '../text/lines.js';
import { flagContext } from '../text/flag-context.js';
import { renderMessage } from './messages.js';
import type { RawFlag } from './context.js';
import type { Flag, Severity, ReportUnit, DocumentReport } from './types.js';
import type { CheckOptions } from './options.js';
import { directionOf } from '../text/lang.js';
import type { Locale } from './messages.js';

// The pieces of a report that the same-language check (check/check.ts) and the cross-language one
// (xling/check.ts) build alike: its units, the heads of its two documents, and its flags.

/** A sentence or claim as the report gives it: its place, text and kind, with its line and column. */
export function unitMaker(li: LineIndex): (s: { id: string; start: number; end: number; text: string; kind: string }) => ReportUnit {
  return (s) => {
    const at = li.locate(s.start);
    return { id: s.id, start: s.start, end: s.end, text: s.text, kind: s.kind, line: at.line, column: at.column };
  };
}

/** The head of a report's summary or source part: its file, language, direction and encoding. */
export function documentHead(doc: Doc, side: 'summary' | 'source', options: CheckOptions): Omit<DocumentReport, 'sentences'> {
  return { file: options.files?.[side] ?? side, lang: doc.lang, dir: directionOf(doc.lang), encoding: options.encodings?.[side] ?? 'utf-8' };
}

/**
 * Makes a report's flags from what a rule emitted: its message rendered in the locale, its text, line and
 * column at both ends, and its context. One maker for the same-language check (check/check.ts) and the
 * cross-language one (xling/check.ts), so that their flags have the same fields in the same order.
 */
export function flagMaker(
  summary: Doc,
  source: Doc,
  locale: Locale | undefined,
  lines: { summary: LineIndex; source: LineIndex } = { summary: new LineIndex(summary.text), source: new LineIndex(source.text) },
): (f: RawFlag, severity: Severity) => Flag {
  return (f, severity) => {
    const doc = f.document === 'summary' ? summary : source;
    const at = lines[f.document].locate(f.start),
      to = lines[f.document].locate(f.end);
    // one literal with the fields in a fixed order (a spread of each rule's differently shaped
    // object was the slow, generic copy: half a second for the 55,000 omission flags of a
    // 100,000-sentence source); an absent `sources` stays undefined and out of the JSON
    return {
      rule: f.rule,
      severity,
      document: f.document,
      start: f.start,
      end: f.end,
      unit: f.unit,
      sources: f.sources,
      message: renderMessage(f.rule, f.messageId, f.data, locale),
      messageId: f.messageId,
      data: f.data,
      expected: f.expected,
      actual: f.actual,
      text: doc.text.slice(f.start, f.end),
      line: at.line,
      column: at.column,
      endLine: to.line,
      endColumn: to.column,
      context: flagContext(doc.text, f.start, f.end),
    };
  };
}
