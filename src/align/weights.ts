/**
 * Inverse document frequency over the units of both texts (BM25's smoothed form, always > 0):
 * a word that few sentences share tells more about where a claim came from.
 */
export class Idf {
  readonly df = new Map<string, number>();
  n = 0;

  addUnit(stems: Iterable<string>): void {
    this.n++;
    for (const s of new Set(stems)) this.df.set(s, (this.df.get(s) ?? 0) + 1);
  }

  weight(stem: string): number {
    const d = this.df.get(stem) ?? 0;
    return Math.log(1 + (this.n - d + 0.5) / (d + 0.5));
  }
}
