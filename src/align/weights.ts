import { tokenForms, type Doc, type TokenForms } from '../text/document.js';
import type { Token } from '../text/tokenize.js';

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

  /** IDF with each sentence of the given documents as one unit (its content stems). */
  static ofSentences(docs: readonly Doc[]): Idf {
    const idf = new Idf();
    for (const d of docs) for (const s of d.sentences) idf.addUnit(contentStems(tokenForms(s)));
    return idf;
  }

  weight(stem: string): number {
    const d = this.df.get(stem) ?? 0;
    return Math.log(1 + (this.n - d + 0.5) / (d + 0.5));
  }
}

/** The stems of a unit's content words (function words left out). */
export function contentStems(tokens: readonly Token[] | TokenForms): string[] {
  const { forms, from, to } = 'forms' in tokens ? tokens : { forms: tokens, from: 0, to: tokens.length };
  const out: string[] = [];
  for (let i = from; i < to; i++) if (!forms[i].stop) out.push(forms[i].stem);
  return out;
}
