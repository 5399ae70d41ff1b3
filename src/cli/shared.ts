import type { Report, RuleId, Severity } from '../check/types.js';
import type { Config } from './config.js';

/** What run.ts and its commands (check-command, merge, output, print-config) share. */

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin?: () => Buffer;
  /** Is standard output a terminal (colour)? */
  isTTY?: boolean;
  /** Is standard error a terminal (progress bar)? */
  stderrTTY?: boolean;
  cwd?: string;
  /** The environment (colour: NO_COLOR, FORCE_COLOR); process.env when absent. */
  env?: NodeJS.ProcessEnv;
}

export interface CliArgs {
  summary?: string;
  source?: string;
  reports?: string[];
  precision?: 'high' | 'balanced' | 'recall';
  format?: string[];
  output?: string;
  corpus?: string;
  manifest?: string;
  outDir?: string;
  clean?: boolean;
  changedSince?: string;
  shard?: string;
  shardCount?: string;
  workers?: string;
  lang?: string;
  summaryLang?: string;
  sourceLang?: string;
  encoding?: string;
  summaryEncoding?: string;
  sourceEncoding?: string;
  inputFormat?: string;
  rule?: string[];
  stdinFilename?: string;
  allowEmpty?: boolean;
  printConfig?: string;
  decisions?: string;
  pruneDecisions: boolean;
  maxWarnings?: string;
  failOn?: 'error' | 'warning';
  exitZero: boolean;
  quiet?: boolean;
  maxBytes?: string;
  color?: boolean;
  config?: string;
}

/** The settings of a run: command line over config file over defaults, every value checked. */
export interface Settings {
  formats: { name: string; file?: string }[];
  rules: Partial<Record<RuleId, Severity | 'off'>>;
  config: Config;
  failOn: 'error' | 'warning';
  maxWarnings?: number;
  exitZero: boolean;
  quiet: boolean;
  maxBytes: number;
  workers?: number;
  color?: boolean;
  outDir?: string;
  clean: boolean;
  /** The folder that reports name files relative to, and that single pairs' decisions are keyed by. */
  root: string;
  lang?: string;
  summaryLang?: string;
  sourceLang?: string;
}

/** The exit code of a run's results: 1 for error flags (or warnings past the gate), else 0. */
export function exitCode(results: Report[], a: { failOn: 'error' | 'warning'; maxWarnings?: number; exitZero: boolean }): number {
  if (a.exitZero) return 0;
  let errors = 0,
    warnings = 0;
  for (const r of results) {
    errors += r.stats.flags.error;
    warnings += r.stats.flags.warning;
  }
  if (errors > 0) return 1;
  if (a.failOn === 'warning' && warnings > 0) return 1;
  if (a.maxWarnings !== undefined && warnings > a.maxWarnings) return 1;
  return 0;
}
