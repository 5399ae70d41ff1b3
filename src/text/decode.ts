import { IsnadError } from '../errors.js';

/** Encodings that `--encoding` accepts besides auto-detected UTF-8/UTF-16. */
export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1256', 'iso-8859-6', 'latin1'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export interface Decoded {
  text: string;
  encoding: string;
  /** A byte-order mark was present and removed. */
  bom: boolean;
}

/**
 * Decodes a file's bytes. Without an explicit encoding: a BOM decides (UTF-8, UTF-16LE/BE);
 * otherwise the bytes must be valid UTF-8 with no NUL byte. Anything else is an error naming the
 * byte offset, so that a legacy code page is never silently turned into mojibake.
 */
export function decode(bytes: Uint8Array, file: string, encoding?: string): Decoded {
  const enc = encoding ? normaliseEncoding(encoding, file) : undefined;
  if (!enc || enc === 'utf-8') {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: utf8(bytes.subarray(3), file, 3), encoding: 'utf-8', bom: true };
    if (!enc && bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le', file);
    if (!enc && bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be', file);
    const nul = bytes.indexOf(0);
    if (nul >= 0)
      throw new IsnadError(`binary input: NUL byte at byte offset ${nul} (not a text file; for UTF-16 without a BOM pass --encoding utf-16le)`, file);
    return { text: utf8(bytes, file, 0), encoding: 'utf-8', bom: false };
  }
  if (enc === 'utf-16le' || enc === 'utf-16be') return utf16(bytes, enc, file);
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new IsnadError(`binary input: NUL byte at byte offset ${nul}`, file);
  const text = new TextDecoder(enc, { fatal: false }).decode(bytes);
  return { text, encoding: enc, bom: false };
}

function normaliseEncoding(name: string, file: string): Encoding {
  const n = name.toLowerCase().replace(/_/g, '-');
  const alias: Record<string, Encoding> = {
    utf8: 'utf-8',
    'utf-8': 'utf-8',
    'utf-16le': 'utf-16le',
    utf16le: 'utf-16le',
    'utf-16be': 'utf-16be',
    utf16be: 'utf-16be',
    'windows-1256': 'windows-1256',
    cp1256: 'windows-1256',
    'cp-1256': 'windows-1256',
    'iso-8859-6': 'iso-8859-6',
    iso88596: 'iso-8859-6',
    latin1: 'latin1',
    'iso-8859-1': 'latin1',
  };
  const e = alias[n];
  if (!e) throw new IsnadError(`unknown encoding "${name}" (known: ${ENCODINGS.join(', ')})`, file);
  return e;
}

function utf16(bytes: Uint8Array, enc: 'utf-16le' | 'utf-16be', file: string): Decoded {
  const bom = enc === 'utf-16le' ? bytes[0] === 0xff && bytes[1] === 0xfe : bytes[0] === 0xfe && bytes[1] === 0xff;
  const body = bom ? bytes.subarray(2) : bytes;
  if (body.length % 2 !== 0) throw new IsnadError(`invalid ${enc.toUpperCase()}: odd number of bytes (${bytes.length})`, file);
  try {
    return { text: new TextDecoder(enc, { fatal: true }).decode(body), encoding: enc, bom };
  } catch {
    throw new IsnadError(`invalid ${enc.toUpperCase()}: unpaired surrogate`, file);
  }
}

function utf8(bytes: Uint8Array, file: string, base: number): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new IsnadError(
      `invalid UTF-8 at byte offset ${base + at} (byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')}); if this is a legacy Arabic file, pass --encoding windows-1256`,
      file,
    );
  }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let n = 0,
      min = 0;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) {
      n = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      min = 0x10000;
    } else return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return b.length;
}
