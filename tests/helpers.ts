import fs from 'node:fs';
import { splitSentences } from '../src/text/sentences.js';
import { runCli } from '../src/cli/run.js';
import { expectValidReport } from './report-schema.js';

/** The sentences of a text as strings (exact slices). */
export const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

/** Every JSON report a test run writes (to standard output or a json:FILE) must validate against the schema. */
function validateOutputs(args: string[], out: string): void {
  args.forEach((a, i) => {
    if (a.startsWith('json:') && fs.existsSync(a.slice(5))) expectValidReport(fs.readFileSync(a.slice(5), 'utf8'));
    if (a === 'json' && args[i - 1] === '--format' && out.trim()) expectValidReport(out);
  });
}

/** Runs the CLI in this process and collects what it prints; JSON reports it writes are schema-checked. */
export async function runIsnad(args: string[], opts: { stdin?: Buffer; cwd?: string } = {}) {
  let out = '',
    err = '';
  const code = await runCli(args, {
    stdout: (s) => {
      out += s;
    },
    stderr: (s) => {
      err += s;
    },
    stdin: opts.stdin ? () => opts.stdin! : undefined,
    cwd: opts.cwd,
  });
  validateOutputs(args, out);
  return { code, out, err };
}
