import fs from 'node:fs';
import path from 'node:path';
import { lastAtOrBefore } from '../../text/lines.js';

/** The project's copies of the public benchmarks (see each folder's SOURCE.md). */
export const BENCH_DIR = path.resolve(process.env.ISNAD_BENCHMARKS ?? 'benchmarks');

export function readJsonl<T>(file: string): T[] {
  return fs
    .readFileSync(path.join(BENCH_DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

export function readText(file: string): string {
  return fs.readFileSync(path.join(BENCH_DIR, file), 'utf8');
}

/** RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes); the first row is the header. */
export function readCsv(file: string): Record<string, string>[] {
  const text = readText(file).replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [],
    field = '',
    quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}

/**
 * Joins pre-split sentences into one text (one per line) and remembers where each one starts, so a
 * report's source sentence can be mapped back to the benchmark's sentence index by its offset.
 */
export function joinSentences(sentences: string[]): { text: string; indexAt: (offset: number) => number } {
  const starts: number[] = [];
  let text = '';
  for (const s of sentences) {
    starts.push(text.length);
    text += s.replace(/[\r\n]+/g, ' ') + '\n';
  }
  return {
    text,
    indexAt: (offset: number) => lastAtOrBefore(starts, offset),
  };
}
