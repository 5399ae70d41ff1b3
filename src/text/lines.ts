/** Line/column of UTF-16 offsets (1-based, columns in UTF-16 code units, as SARIF defaults to). */
export class LineIndex {
  private starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 0x2028 || c === 0x2029 || c === 0x85) this.starts.push(i + 1);
      else if (c === 13) { if (text.charCodeAt(i + 1) === 10) i++; this.starts.push(i + 1); }
    }
  }
  locate(offset: number): { line: number; column: number } {
    const lo = lastAtOrBefore(this.starts, offset);
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
}

/** Index of the last of the ascending `starts` that is ≤ offset (0 when none is): which line or unit holds it. */
export function lastAtOrBefore(starts: readonly number[], offset: number): number {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid] <= offset) lo = mid; else hi = mid - 1; }
  return lo;
}
