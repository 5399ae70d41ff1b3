import fs from 'node:fs';
import path from 'node:path';
import { IsnadError } from '../errors.js';
import { isTooLong } from '../report/json-stream.js';
import { decode, type Decoded } from '../text/decode.js';

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** Reads and decodes one input file ('-' is standard input). Every failure is a one-line IsnadError naming the file. */
export function readInput(file: string, opts: { encoding?: string; maxBytes?: number; stdin?: () => Buffer } = {}): Decoded {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Buffer;
  if (file === '-') {
    bytes = opts.stdin ? opts.stdin() : fs.readFileSync(0);
  } else {
    let st: fs.Stats;
    try { st = fs.statSync(file); } catch (e) { throw new IsnadError(fsReason(e), file); }
    if (st.isDirectory()) throw new IsnadError('is a directory, not a text file', file);
    if (st.size > max) throw new IsnadError(`too large: ${st.size} bytes (limit ${max}; raise it with --max-bytes)`, file);
    try { bytes = fs.readFileSync(file); } catch (e) { throw new IsnadError(fsReason(e), file); }
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

/**
 * Writes a report atomically: a temporary file in the same folder, then a rename, so a run killed
 * while writing leaves the previous report whole.
 */
export function writeAtomic(file: string, data: string): void {
  writeAtomicPieces(file, (sink) => sink(data));
}

/** writeAtomic for a text handed over in pieces (a report longer than one string can hold). */
export function writeAtomicPieces(file: string, write: (sink: (chunk: string) => void) => void): void {
  const dir = path.dirname(path.resolve(file));
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, 'w');
    const out = fd;
    write((chunk) => { fs.writeSync(out, chunk); });
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, file);
  } catch (e) {
    if (fd !== undefined) try { fs.closeSync(fd); } catch { /* already closed */ }
    try { fs.unlinkSync(tmp); } catch { /* already gone */ }
    const name = path.extname(file).slice(1) || 'this';
    throw new IsnadError(isTooLong(e) ? TOO_LONG(name) : `cannot write report: ${(e as Error).message.split('\n')[0]}`, file);
  }
}

export const TOO_LONG = (format: string): string =>
  `the ${format} report is longer than one JavaScript string can hold (about 512 MiB): the JSON format (--format json) is written in pieces and has no such limit`;

/** A path as shown in reports: relative to the working directory, with forward slashes. */
export function displayPath(file: string): string {
  if (file === '-') return '<stdin>';
  const rel = path.relative(process.cwd(), path.resolve(file));
  return (rel.startsWith('..') ? path.resolve(file) : rel).split(path.sep).join('/');
}
