import type { InputFormat } from '../text/markup.js';
import type { Report } from '../check/types.js';
import type { Decision } from '../review/decisions.js';

/** The formatters' shared types (registry.ts lists the formatters; each formatter imports these). */

/** A pair of a corpus or manifest that could not be checked (missing or undecodable file, bad pair.json). */
export interface BrokenPair {
  pair: string;
  /** One line: the file and what is wrong with it. */
  error: string;
}

/**
 * The reports of one run, in input order; `corpus` is set when they come from a corpus or manifest,
 * and `broken` lists the pairs that could not be checked (every format shows them as failures).
 */
export type Results = Report[] & { corpus?: boolean; broken?: BrokenPair[] };

/** A pair's texts as read from its files, and how they were read (HTML and Markdown are shown as their visible text). */
export interface PairTexts {
  summary: string;
  source: string;
  summaryFormat?: InputFormat;
  sourceFormat?: InputFormat;
}

export interface FormatOptions {
  /** Colour for terminals. */
  color?: boolean;
  /** Texts of the reports' files, keyed by pair index (for formats that show the text). */
  texts?: PairTexts[];
  /** The decisions file in force (HTML review panel: kept and extended on download). */
  decisions?: Decision[];
  /** The decisions file's name, for the review panel's download. */
  decisionsFile?: string;
  /**
   * The corpus index page's links to the pair pages: the folder of the pages, relative to the index
   * (`''` beside it, the default); `null` when no pair pages are written (the rows have no links).
   */
  pagesDir?: string | null;
}

/** A formatter is a pure function from results to a string (textlint, vfile-reporter). */
export type Formatter = (results: Results, options?: FormatOptions) => string;

/** A formatter that hands its text to `sink` in pieces, with the same bytes as its string formatter. */
export type StreamFormatter = (results: Results, sink: (chunk: string) => void, options?: FormatOptions) => void;
