import { normalizeToken } from './normalize.js';
import { lexiconWords } from './lexicons.js';

/**
 * Function words that carry no claim of their own (lexicons/function-words.json), by matching key. Negators are
 * kept apart (negation.ts) since they matter to the negation rule; they are still not content words for coverage.
 */
const set = (list: string) => new Set(lexiconWords('function-words', list).map(normalizeToken));
export const STOP_AR = set('arabicStopWords');
export const STOP_EN = set('englishStopWords');

export function isStopKey(key: string): boolean {
  return STOP_AR.has(key) || STOP_EN.has(key);
}
