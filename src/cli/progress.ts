/**
 * A one-line progress bar on standard error: pairs done, rate and time left. Only for a terminal and
 * outside CI (a CI log or a pipe gets no carriage-return noise).
 */
export class Progress {
  private done = 0;
  private readonly t0 = Date.now();
  private last = 0;

  constructor(
    private readonly total: number,
    private readonly write: (s: string) => void,
    private readonly enabled: boolean,
  ) {}

  tick(): void {
    this.done++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 100 && this.done < this.total) return;
    this.last = now;
    const secs = (now - this.t0) / 1000;
    const rate = secs > 0 ? this.done / secs : 0;
    const left = rate > 0 ? (this.total - this.done) / rate : 0;
    const width = 24,
      filled = Math.round((this.done / this.total) * width);
    this.write(`\r[${'='.repeat(filled)}${' '.repeat(width - filled)}] ${this.done}/${this.total} pairs  ${rate.toFixed(1)}/s  ${clock(left)} left `);
  }

  end(): void {
    if (this.enabled && this.done > 0) this.write('\r\x1b[K');
  }
}

const clock = (s: number) => `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, '0')}`;
