import fs from 'node:fs';
import { IsnadError } from '../errors.js';
import { decode, type Decoded } from '../text/decode.js';

/** Largest input file read unless the caller says otherwise (`--max-bytes`, config `maxBytes`). */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** Reads and decodes one input file ('-' is standard input). Every failure is a one-line IsnadError naming the file. */
export function readInput(file: string, opts: { encoding?: string; maxBytes?: number; stdin?: () => Buffer } = {}): Decoded {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Buffer;
  if (file === '-') {
    bytes = opts.stdin ? opts.stdin() : fs.readFileSync(0);
  } else {
    let st: fs.Stats;
    try {
      st = fs.statSync(file);
    } catch (e) {
      throw new IsnadError(fsReason(e), file);
    }
    if (st.isDirectory()) throw new IsnadError('is a directory, not a text file', file);
    if (st.size > max) throw new IsnadError(`too large: ${st.size} bytes (limit ${max}; raise it with --max-bytes)`, file);
    try {
      bytes = fs.readFileSync(file);
    } catch (e) {
      throw new IsnadError(fsReason(e), file);
    }
  }
  if (bytes.length > max) throw new IsnadError(`too large: ${bytes.length} bytes (limit ${max}; raise it with --max-bytes)`, file === '-' ? '<stdin>' : file);
  return decode(bytes, file === '-' ? '<stdin>' : file, opts.encoding);
}

function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a text file';
  return (e as Error).message.split('\n')[0];
}
