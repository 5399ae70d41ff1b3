import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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

/**
 * A package of its own for the bundled CLI, for the start-up tests that change its files: bin/ and dist/cli's bundle,
 * code cache, main.js and word forms copied (main.js dated 1970, so the bundle is never stale against it), lexicons/,
 * data/ and node_modules/ linked from the repository at `root`. Returns its folder.
 */
export function bundledPackage(root: string, prefix: string): string {
  const cli = path.join(root, 'dist', 'cli');
  const pkg = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.mkdirSync(path.join(pkg, 'dist', 'cli'), { recursive: true });
  fs.cpSync(path.join(root, 'bin'), path.join(pkg, 'bin'), { recursive: true });
  for (const f of ['isnad.cjs', 'isnad.cjs.cache', 'main.js', 'word-forms.json']) fs.copyFileSync(path.join(cli, f), path.join(pkg, 'dist', 'cli', f));
  fs.utimesSync(path.join(pkg, 'dist', 'cli', 'main.js'), 0, 0);
  for (const d of ['lexicons', 'data', 'node_modules']) fs.symlinkSync(path.join(root, d), path.join(pkg, d));
  return pkg;
}
