import { normalizeToken } from './normalize.js';
import { lexiconWords } from './lexicons.js';

/**
 * Function words that carry no claim of their own (lexicons/function-words.json), by matching key. Negators are
 * kept apart (negation.ts) since they matter to the negation rule; they are still not content words for coverage.
 */
const set = (list: string) => new Set(lexiconWords('function-words', list).map(normalizeToken));
/** The participles of verbs of saying (lexicons/reporting.json sayingParticiples), by key: function words that open a clause. */
export const SAYING_PARTICIPLES: ReadonlySet<string> = new Set(lexiconWords('reporting', 'sayingParticiples').map(normalizeToken));
/** (with the participles of verbs of saying: مؤكداً أن says who, not what) */
export const STOP_AR = new Set([...set('arabicStopWords'), ...SAYING_PARTICIPLES]);
export const STOP_EN = set('englishStopWords');

/**
 * A function word's key, with «و» ("and") written onto it as Arabic does: وما، وتم، ويتم، ولقد، ومنذ، والذين are
 * function words as ما، تم، يتم، لقد، منذ، الذين are. The list holds a few such forms by hand (وفي، وكان، والتي);
 * the rest were rare content keys, so a summary's «وتم» against a source's «تم» was a word with no source, and in
 * the candidate look-up a rare key that only lines with the clause second held (bench/README.md, "accuracy at
 * 1,000,000, what the misses are": about 30 of 545 Arabic lines). Only «و»: ف + a function word is often a
 * content word (فهم "understanding" is ف + هم).
 */
export function isStopKey(key: string): boolean {
  return (
    STOP_AR.has(key) ||
    STOP_EN.has(key) ||
    (key.length >= 3 && key.charCodeAt(0) === 0x648 && STOP_AR.has(key.slice(1))) ||
    // (and the future's س before an imperfect that is one: سيكون، ستكون، سيتم are function words as يكون، تكون، يتم are; read as
    // يكون once stem.ts took the س off, a summary's «سيكون بإمكان» drew its clause to a source sentence with «وأن يكون لديه»)
    (key.length >= 4 && futureImperfect(key) && STOP_AR.has(key.slice(1)))
  );
}
/** Does a matching key open with the future's س before an imperfect's prefix (سيفعل، ستفعل، سنفعل، سأفعل: ي، ت، ن، ا as a normalised أ)? */
export const futureImperfect = (key: string): boolean => key.charCodeAt(0) === 0x633 && FUTURE_PREFIXED.has(key.charCodeAt(1));
const FUTURE_PREFIXED = new Set([0x64a, 0x62a, 0x646, 0x627]);
