import fs from 'node:fs';
import { IsnadError } from './errors.js';

/**
 * Reads a JSON file the user gave (config, manifest, decisions, a report to merge, pair.json): a
 * missing file or bad JSON is a one-line IsnadError naming the file, worded by the caller.
 */
export function readJsonFile(file: string, words: { missing: string; invalid: string }): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new IsnadError(code === 'ENOENT' ? words.missing : `${words.invalid}: ${(e as Error).message.split('\n')[0]}`, file);
  }
}
