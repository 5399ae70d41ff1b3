import { json, jsonStream } from './formatters/json.js';
import { text } from './formatters/text.js';
import { sarif } from './formatters/sarif.js';
import { junit } from './formatters/junit.js';
import { github } from './formatters/github.js';
import { markdown } from './formatters/markdown.js';
import { html } from './formatters/html.js';

export type { BrokenPair, Results, PairTexts, FormatOptions, Formatter, StreamFormatter } from './types.js';
import type { Formatter, StreamFormatter } from './types.js';

export const FORMATTERS: Record<string, Formatter> = { text, json, sarif, junit, github, markdown, html };

/** Formats whose text can outgrow a string (V8's limit is about 512 MiB): the CLI writes these in pieces. */
const STREAMING: Record<string, StreamFormatter> = { json: jsonStream };

/** The format as pieces: its streaming formatter, or its string formatter's one piece. */
export function streamFormatterFor(name: string): StreamFormatter | undefined {
  if (Object.hasOwn(STREAMING, name)) return STREAMING[name];
  const f = formatterFor(name);
  return f && ((results, sink, options) => sink(f(results, options)));
}

export function formatterFor(name: string): Formatter | undefined {
  return Object.hasOwn(FORMATTERS, name) ? FORMATTERS[name] : undefined;
}
