import type { Report } from '../check/types.js';
import type { Decision } from '../review/decisions.js';
import { json } from './formatters/json.js';
import { text } from './formatters/text.js';
import { sarif } from './formatters/sarif.js';
import { junit } from './formatters/junit.js';
import { github } from './formatters/github.js';
import { markdown } from './formatters/markdown.js';
import { html } from './formatters/html.js';

/** The reports of one run, in input order; `corpus` is set when they come from a corpus or manifest. */
export type Results = Report[] & { corpus?: boolean };

export interface FormatOptions {
  /** Colour for terminals. */
  color?: boolean;
  /** Texts of the reports' files, keyed by pair index (for formats that show the text). */
  texts?: { summary: string; source: string }[];
  /** The decisions file in force (HTML review panel: kept and extended on download). */
  decisions?: Decision[];
  /** The decisions file's name, for the review panel's download. */
  decisionsFile?: string;
}

/** A formatter is a pure function from results to a string (textlint, vfile-reporter). */
export type Formatter = (results: Results, options?: FormatOptions) => string;

export const FORMATTERS: Record<string, Formatter> = { text, json, sarif, junit, github, markdown, html };

export function formatterFor(name: string): Formatter | undefined {
  return Object.hasOwn(FORMATTERS, name) ? FORMATTERS[name] : undefined;
}
