import fs from 'node:fs';
import path from 'node:path';
import { IsnadError } from '../errors.js';
import { readJsonFile } from '../json-file.js';
import { RULE_IDS, type RuleId, type Severity } from '../check/types.js';
import type { LexiconPaths } from '../xling/lexicon.js';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../check/context.js';
import { FORMAT_NAMES, isFormatName } from '../report/formats.js';
import { stdStream } from './io.js';
import { LOCALES, isLocale, type Locale } from '../check/messages.js';

export const CONFIG_FILE = 'isnad.config.json';

/**
 * The project's settings (schemas/isnad.config.schema.json). Command-line options win over the file;
 * paths in the file are relative to the file's folder.
 */
export interface Config {
  $schema?: string;
  rules?: Partial<Record<RuleId, Severity | 'off'>>;
  thresholds?: Partial<Thresholds>;
  /** The claim model's operating point (high, balanced, recall). */
  precision?: 'high' | 'balanced' | 'recall';
  lang?: string;
  summaryLang?: string;
  sourceLang?: string;
  corpus?: string;
  manifest?: string;
  outDir?: string;
  format?: string[];
  decisions?: string;
  maxWarnings?: number;
  failOn?: 'error' | 'warning';
  maxBytes?: number;
  encoding?: string;
  inputFormat?: 'auto' | 'text' | 'html' | 'markdown';
  workers?: number;
  /** Folders (or the file) of the cross-language lexicon, relative to the config file. */
  lexicon?: LexiconPaths;
  /** The language of the messages (en, ar). */
  locale?: Locale;
}

/** The nearest isnad.config.json from `dir` upward, if any. */
export function findConfig(dir: string): string | undefined {
  let d = path.resolve(dir);
  for (;;) {
    const f = path.join(d, CONFIG_FILE);
    if (fs.existsSync(f)) return f;
    const up = path.dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}

export function loadConfig(file: string): Config {
  const c = validateConfig(readJsonFile(file, { missing: 'no such config file', invalid: 'invalid config' }), file);
  const base = path.dirname(path.resolve(file));
  // every path in the file is relative to the file, wherever isnad is run from (a subfolder, CI)
  const fromFile = (p: string) => (p === '' || stdStream(p) ? p : path.relative(process.cwd(), path.resolve(base, p)) || '.');
  for (const k of ['corpus', 'manifest', 'outDir', 'decisions'] as const) if (c[k] !== undefined) c[k] = fromFile(c[k]!);
  if (c.format)
    c.format = c.format.map((f) => {
      const i = f.indexOf(':');
      return i < 0 ? f : `${f.slice(0, i)}:${fromFile(f.slice(i + 1))}`;
    });
  if (c.lexicon) c.lexicon = Object.fromEntries(Object.entries(c.lexicon).map(([k, v]) => [k, path.resolve(base, v)]));
  return c;
}

const STRINGS = ['$schema', 'lang', 'summaryLang', 'sourceLang', 'corpus', 'manifest', 'outDir', 'decisions', 'encoding'] as const;
const KNOWN = new Set<string>([
  ...STRINGS,
  'locale',
  'precision',
  'rules',
  'thresholds',
  'format',
  'maxWarnings',
  'failOn',
  'maxBytes',
  'inputFormat',
  'workers',
  'lexicon',
]);
const LEXICON_KEYS = ['dictd', 'hunspell', 'wordnet', 'awn'] as const;

/** Validates a parsed config; the first problem is a one-line error naming the file and the key. */
export function validateConfig(raw: unknown, file: string): Config {
  const bad = (what: string) => new IsnadError(`invalid config: ${what}`, file);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw bad('expected a JSON object');
  const o = raw as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!KNOWN.has(k)) throw bad(`unknown key "${k}" (known: ${[...KNOWN].filter((x) => x !== '$schema').join(', ')})`);
  for (const k of STRINGS) if (o[k] !== undefined && (typeof o[k] !== 'string' || o[k] === '')) throw bad(`"${k}" must be a non-empty string`);
  if (o.rules !== undefined) {
    if (typeof o.rules !== 'object' || o.rules === null || Array.isArray(o.rules)) throw bad('"rules" must be an object of rule id to severity');
    for (const [id, sev] of Object.entries(o.rules)) {
      if (!(RULE_IDS as readonly string[]).includes(id)) throw bad(`unknown rule "${id}" in "rules" (rules: ${RULE_IDS.join(', ')})`);
      if (!['error', 'warning', 'info', 'off'].includes(sev as string)) throw bad(`rules.${id} must be "error", "warning", "info" or "off"`);
    }
  }
  if (o.precision !== undefined && !['high', 'balanced', 'recall'].includes(o.precision as string))
    throw bad('"precision" must be one of high, balanced, recall');
  if (o.locale !== undefined)
    try {
      checkLocale('"locale"', o.locale);
    } catch (e) {
      throw bad((e as Error).message);
    }
  if (o.thresholds !== undefined) {
    if (typeof o.thresholds !== 'object' || o.thresholds === null || Array.isArray(o.thresholds)) throw bad('"thresholds" must be an object');
    for (const [k, v] of Object.entries(o.thresholds)) {
      if (!Object.hasOwn(DEFAULT_THRESHOLDS, k)) throw bad(`unknown threshold "${k}" (thresholds: ${Object.keys(DEFAULT_THRESHOLDS).join(', ')})`);
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw bad(`thresholds.${k} must be a number ≥ 0`);
      if (k !== 'spanWords' && v > 1) throw bad(`thresholds.${k} must be between 0 and 1`);
      if (k === 'spanWords' && !Number.isInteger(v)) throw bad('thresholds.spanWords must be a whole number');
    }
  }
  if (o.format !== undefined) {
    if (!Array.isArray(o.format) || o.format.some((f) => typeof f !== 'string')) throw bad('"format" must be an array of "NAME" or "NAME:FILE" strings');
    for (const f of o.format as string[]) {
      const name = f.split(':')[0];
      if (!isFormatName(name)) throw bad(`unknown format "${name}" in "format" (formats: ${FORMAT_NAMES.join(', ')})`);
    }
  }
  for (const k of ['maxWarnings', 'maxBytes', 'workers'] as const) {
    const v = o[k];
    if (v !== undefined && (typeof v !== 'number' || !Number.isInteger(v) || v < (k === 'maxWarnings' ? 0 : 1)))
      throw bad(`"${k}" must be a whole number ≥ ${k === 'maxWarnings' ? 0 : 1}`);
  }
  for (const k of ['lang', 'summaryLang', 'sourceLang'] as const)
    if (typeof o[k] === 'string')
      try {
        checkLang(`"${k}"`, o[k] as string);
      } catch (e) {
        throw bad((e as Error).message);
      }
  if (o.failOn !== undefined && o.failOn !== 'error' && o.failOn !== 'warning') throw bad('"failOn" must be "error" or "warning"');
  if (o.inputFormat !== undefined && !['auto', 'text', 'html', 'markdown'].includes(o.inputFormat as string))
    throw bad('"inputFormat" must be "auto", "text", "html" or "markdown"');
  if (o.lexicon !== undefined) {
    if (typeof o.lexicon !== 'object' || o.lexicon === null || Array.isArray(o.lexicon))
      throw bad('"lexicon" must be an object of "dictd", "hunspell", "wordnet" (folders) and "awn" (a file)');
    for (const [k, v] of Object.entries(o.lexicon)) {
      if (!(LEXICON_KEYS as readonly string[]).includes(k)) throw bad(`unknown key "${k}" in "lexicon" (keys: ${LEXICON_KEYS.join(', ')})`);
      if (typeof v !== 'string' || v === '') throw bad(`lexicon.${k} must be a non-empty string`);
    }
  }
  return o as Config;
}

/** A locale isnad has messages in (`en`, `ar`): anything else is a usage error naming the value. */
export function checkLocale(name: string, v: unknown): Locale {
  if (typeof v !== 'string' || !isLocale(v)) throw new IsnadError(`${name}: unknown locale ${JSON.stringify(v)} (locales: ${LOCALES.join(', ')})`);
  return v;
}

// made on first use: loading ICU's language names costs tens of milliseconds, most runs give no language
let languageNames: Intl.DisplayNames | undefined;

/**
 * A language code: `und`, or a code that ICU knows as a language (ISO 639: ar, en, fa, fr, …), with an
 * optional region or script (ar-EG). A typo (`--lang xx`, `--lang arabic`) would otherwise pass as an
 * unknown language and quietly leave out what is particular to Arabic.
 */
export function checkLang(name: string, v: string): string {
  let known = v === 'und';
  if (!known)
    try {
      const [canonical] = Intl.getCanonicalLocales(v);
      languageNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
      known = languageNames.of(canonical.split('-')[0]) !== undefined;
    } catch {
      known = false;
    }
  if (!known) throw new IsnadError(`${name}: unknown language "${v}" (an ISO 639 code such as ar or en, or und)`);
  return v;
}
