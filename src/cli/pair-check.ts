import type { OperatingPoint } from '../check/model.js';
import { check, type CheckOptions } from '../check/check.js';
import type { Report, RuleId, Severity } from '../check/types.js';
import type { Thresholds } from '../check/context.js';
import { IsnadError } from '../errors.js';
import { formatOf, visibleText } from '../text/markup.js';
import { displayPath } from './io.js';
import { readInput } from '../io/read.js';
import type { PairSpec } from '../io/corpus.js';
import type { PairTexts } from '../report/registry.js';
import type { LexiconPaths } from '../xling/lexicon.js';

/** What one pair's check needs: plain data, so that it can be sent to a worker thread. */
export interface PairJob {
  spec: PairSpec;
  lang?: string;
  summaryLang?: string;
  sourceLang?: string;
  encoding?: string;
  summaryEncoding?: string;
  sourceEncoding?: string;
  maxBytes?: number;
  inputFormat?: string;
  rules?: Partial<Record<RuleId, Severity | 'off'>>;
  thresholds?: Partial<Thresholds>;
  precision?: OperatingPoint;
  lexicon?: LexiconPaths;
  /** Standard input's bytes, when one side is '-'. */
  stdin?: Uint8Array;
  /** The name that '-' goes by in reports and decision keys (--stdin-filename). */
  stdinName?: string;
  /** The folder that file names in reports are relative to (see displayPath). */
  root?: string;
  /** An empty or whitespace-only summary passes (--allow-empty) instead of being an error. */
  allowEmpty?: boolean;
}

export type PairResult = { report: Report; texts: PairTexts } | { error: string; pair: string };

/**
 * Reads, decodes and checks one pair. HTML and Markdown inputs are checked on their visible text
 * (markup masked to spaces, so offsets stay those of the file) and reported with the file's own text.
 */
export function checkPair(job: PairJob): PairResult {
  const p = job.spec;
  try {
    if (p.error) throw new IsnadError(p.error);
    const stdin = job.stdin ? () => Buffer.from(job.stdin!) : undefined;
    const s = readInput(p.summary, { encoding: job.summaryEncoding ?? job.encoding, maxBytes: job.maxBytes, stdin });
    const t = readInput(p.source, { encoding: job.sourceEncoding ?? job.encoding, maxBytes: job.maxBytes, stdin });
    const named = (f: string) => (f === '-' && job.stdinName !== undefined ? job.stdinName : f);
    const summaryFormat = formatOf(named(p.summary), job.inputFormat),
      sourceFormat = formatOf(named(p.source), job.inputFormat);
    const shown = (f: string) => displayPath(f, job.root, job.stdinName);
    const opts: CheckOptions = {
      summaryLang: job.summaryLang ?? job.lang ?? p.summaryLang,
      sourceLang: job.sourceLang ?? job.lang ?? p.sourceLang,
      rules: job.rules,
      thresholds: job.thresholds,
      precision: job.precision,
      files: { summary: shown(p.summary), source: shown(p.source) },
      encodings: { summary: s.encoding, source: t.encoding },
      pair: p.id || undefined,
      ...(job.lexicon ? { lexicon: job.lexicon } : {}),
    };
    const report = check(visibleText(s.text, summaryFormat), visibleText(t.text, sourceFormat), opts);
    // "nothing to check" must not pass a CI gate as "support 100%": an empty summary is an error unless allowed
    if (report.stats.sentences.summary === 0 && !job.allowEmpty)
      throw new IsnadError('nothing to check: the summary is empty or has no sentences (--allow-empty lets it pass)', shown(p.summary));
    if (summaryFormat !== 'text' || sourceFormat !== 'text') restoreText(report, s.text, t.text);
    // the formats go with the texts: the HTML report shows markup inputs as their visible text
    return { report, texts: { summary: s.text, source: t.text, summaryFormat, sourceFormat } };
  } catch (e) {
    if (!(e instanceof IsnadError)) throw e;
    return { error: e.message, pair: p.id };
  }
}

/** Every text field of the report quotes the file as given (the check saw markup as spaces). */
function restoreText(r: Report, summary: string, source: string): void {
  for (const u of [...r.summary.sentences, ...r.summary.claims]) u.text = summary.slice(u.start, u.end);
  for (const u of r.source.sentences) u.text = source.slice(u.start, u.end);
  for (const f of r.flags) f.text = (f.document === 'summary' ? summary : source).slice(f.start, f.end);
}
