import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_DECISIONS_FILE } from '../review/decisions.js';
import { RULES } from '../check/rules/index.js';
import { DEFAULT_THRESHOLDS } from '../check/context.js';
import { formatOf } from '../text/markup.js';
import { displayPath } from './io.js';
import type { CliArgs, Settings } from './shared.js';

/**
 * `--print-config FILE` (ESLint's): the settings a check of FILE would run with, after the config file,
 * the command line and the defaults are combined, as JSON. Paths are shown as reports show them.
 */
export function printConfig(file: string, a: CliArgs, s: Settings, configFile: string | undefined): string {
  const c = s.config;
  const rules = Object.fromEntries(RULES.map((r) => [r.id, s.rules[r.id] ?? r.severity]));
  const shown = (p: string | undefined) => (p === undefined ? null : displayPath(p, s.root));
  const out = {
    file: displayPath(file, s.root),
    configFile: configFile ? path.resolve(configFile).split(path.sep).join('/') : null,
    root: s.root.split(path.sep).join('/'),
    inputFormat: formatOf(file, a.inputFormat ?? c.inputFormat),
    lang: s.lang ?? 'detected',
    summaryLang: s.summaryLang ?? s.lang ?? 'detected',
    sourceLang: s.sourceLang ?? s.lang ?? 'detected',
    encoding: a.encoding ?? c.encoding ?? 'utf-8',
    locale: s.locale ?? 'en',
    rules,
    thresholds: { ...DEFAULT_THRESHOLDS, ...c.thresholds },
    format: s.formats.map((f) => (f.file ? `${f.name}:${f.file}` : f.name)),
    outDir: shown(s.outDir),
    decisions: shown(a.decisions ?? c.decisions ?? (fs.existsSync(DEFAULT_DECISIONS_FILE) ? DEFAULT_DECISIONS_FILE : undefined)),
    failOn: s.failOn,
    maxWarnings: s.maxWarnings ?? null,
    maxBytes: s.maxBytes,
    workers: s.workers ?? 'all cores',
    quiet: s.quiet,
  };
  return JSON.stringify(out, null, 2) + '\n';
}
