import type { Token } from '../../text/tokenize.js';
import type { SourceIndex } from '../../align/source-index.js';

/**
 * Share of the words around a word or figure that another source sentence holding it must carry for it
 * to count as sourced there (the claim fuses it in from that sentence). Chosen for numbers on SummEdits'
 * evaluation split and WiCE dev.
 */
const RELATED = 0.5;

/** Content words each way around a word or figure: what it is about. */
const WINDOW = 3;

/** Up to WINDOW content words before tokens[first] and after tokens[last] (the item's own tokens left out), apart. */
export function sidesAround(tokens: Token[], first: number, last: number): [Token[], Token[]] {
  const before: Token[] = [], after: Token[] = [];
  for (let i = first - 1; i >= 0 && before.length < WINDOW; i--) if (!tokens[i].stop) before.push(tokens[i]);
  for (let i = last + 1; i < tokens.length && after.length < WINDOW; i++) if (!tokens[i].stop) after.push(tokens[i]);
  return [before, after];
}

/** The words on both sides together: what a figure is about. */
export function wordsAround(tokens: Token[], first: number, last: number): Token[] {
  const [before, after] = sidesAround(tokens, first, last);
  return before.concat(after);
}

/** Does one of the source sentences carry at least RELATED of one of the windows of words (each judged alone)? */
export function carriedAround(index: SourceIndex, windows: Token[][], sentences: readonly number[]): boolean {
  for (const w of windows) {
    const near = index.query(w, { tokens: false });
    if (near.W > 0 && index.mayCarry(near, RELATED, sentences).some((i) => index.coverage(near, i) >= RELATED)) return true;
  }
  return false;
}
