import fs from 'node:fs';
import path from 'node:path';
import { IsnadError } from '../errors.js';
import { isTooLong } from '../report/json-stream.js';

/** Temporary files being written now: removed if the run is interrupted (SIGINT, SIGTERM) or fails. */
export const liveTemporaries = new Set<string>();

/** Standard output or standard error named as a file: written through the run's own streams. */
export function stdStream(file: string): 'stdout' | 'stderr' | undefined {
  if (file === '-' || file === '/dev/stdout' || file === '/dev/fd/1' || file === '/proc/self/fd/1') return 'stdout';
  if (file === '/dev/stderr' || file === '/dev/fd/2' || file === '/proc/self/fd/2') return 'stderr';
  return undefined;
}

/**
 * Where a report goes and how. A temporary file renamed over the target keeps a previous report whole
 * if the run dies, but only a regular file (or a new path) may be replaced so: renaming over
 * /dev/null, a FIFO or a terminal replaces the device node with a regular file (as root, a machine's
 * /dev/null). Those are written through. A symbolic link is followed and its target replaced, so that
 * the link stays a link.
 */
export function outputTarget(file: string): { path: string; atomic: boolean } {
  let p = path.resolve(file);
  for (let hops = 0; hops < 40; hops++) {
    let st: fs.Stats;
    try {
      st = fs.lstatSync(p);
    } catch {
      return { path: p, atomic: true };
    }
    if (st.isSymbolicLink()) {
      p = path.resolve(path.dirname(p), fs.readlinkSync(p));
      continue;
    }
    if (st.isDirectory()) throw new IsnadError('is a directory, not a file to write a report to', file);
    return { path: p, atomic: st.isFile() };
  }
  throw new IsnadError('too many levels of symbolic links', file);
}

/**
 * Writes a report atomically: a temporary file in the same folder, synced to disk, then a rename, so a
 * run killed while writing (or a power cut after it) leaves the previous report whole.
 */
export function writeAtomic(file: string, data: string): void {
  writeAtomicPieces(file, (sink) => sink(data));
}

/** writeAtomic for a text handed over in pieces (a report longer than one string can hold). */
export function writeAtomicPieces(file: string, write: (sink: (chunk: string) => void) => void): void {
  const target = outputTarget(file);
  if (!target.atomic) return writeThrough(file, target.path, write);
  const dir = path.dirname(target.path);
  let tmp: string | undefined;
  let fd: number | undefined;
  try {
    fs.mkdirSync(dir, { recursive: true });
    tmp = path.join(dir, `.${path.basename(target.path)}.${process.pid}.${Date.now()}.tmp`);
    liveTemporaries.add(tmp);
    fd = fs.openSync(tmp, 'w');
    const out = fd;
    write((chunk) => {
      fs.writeSync(out, chunk);
    });
    // the rename may reach the disk before the data does: sync first, or a crash leaves an empty report
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, target.path);
    liveTemporaries.delete(tmp);
  } catch (e) {
    if (fd !== undefined)
      try {
        fs.closeSync(fd);
      } catch {
        /* already closed */
      }
    if (tmp) {
      try {
        fs.unlinkSync(tmp);
      } catch {
        /* already gone */
      }
      liveTemporaries.delete(tmp);
    }
    throw writeError(e, file);
  }
}

/** A character device, FIFO or socket: opened and written in place (no temporary, nothing renamed). */
function writeThrough(file: string, target: string, write: (sink: (chunk: string) => void) => void): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(target, 'w');
    const out = fd;
    write((chunk) => {
      fs.writeSync(out, chunk);
    });
  } catch (e) {
    throw writeError(e, file);
  } finally {
    if (fd !== undefined)
      try {
        fs.closeSync(fd);
      } catch {
        /* already closed */
      }
  }
}

function writeError(e: unknown, file: string): Error {
  if (e instanceof IsnadError) return e;
  const name = path.extname(file).slice(1) || 'this';
  return new IsnadError(isTooLong(e) ? TOO_LONG(name) : `cannot write report: ${(e as Error).message.split('\n')[0]}`, file);
}

/** Removes the temporaries of writes under way (an interrupted run); returns how many there were. */
export function removeTemporaries(): number {
  let n = 0;
  for (const t of liveTemporaries) {
    try {
      fs.unlinkSync(t);
      n++;
    } catch {
      /* already gone */
    }
  }
  liveTemporaries.clear();
  return n;
}

export const TOO_LONG = (format: string): string =>
  `the ${format} report is longer than one JavaScript string can hold (about 512 MiB): the JSON format (--format json) is written in pieces and has no such limit`;

/**
 * A path as shown in reports and as review decisions key a single pair: relative to the project root
 * (the config file's folder, else the git working tree's root, else the working directory), with
 * forward slashes; absolute outside it. So `corpus/a/summary.txt`, `./a/summary.txt` typed in
 * `corpus/`, and the absolute path name the same file the same way.
 */
export function displayPath(file: string, root = process.cwd(), stdinName?: string): string {
  if (file === '-') {
    if (stdinName === undefined) return '<stdin>';
    file = stdinName;
  }
  const abs = path.resolve(file);
  const rel = path.relative(root, abs);
  return (rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel).split(path.sep).join('/');
}

/** The folder that file names in reports are relative to: the config file's, else the git working tree's root, else `cwd`. */
export function projectRoot(cwd: string, configFile?: string): string {
  if (configFile) return path.dirname(path.resolve(configFile));
  for (let d = path.resolve(cwd); ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, '.git'))) return d;
    if (path.dirname(d) === d) return path.resolve(cwd);
  }
}
