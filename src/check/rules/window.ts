import { makeToken, type Token } from '../../text/tokenize.js';
import { changeParticleAt } from '../../text/antonyms.js';
import { lexiconWords } from '../../text/lexicons.js';
import type { SourceIndex } from '../../align/source-index.js';
import { synonymStems } from '../../text/synonyms.js';
import { contrastAt, opensContrast } from '../../text/claims.js';

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
  const before: Token[] = [],
    after: Token[] = [];
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

export const CLAUSE_GAP = /[\u060C\u061B;,:\u2014()]/; // ، ؛ ; , : — and brackets

/** Words that open a contrasting clause (text/claims.ts, read there once for every layer). */
export { opensContrast };

/**
 * The bounds [a, b) of the part of a sentence's tokens around tokens[x] that the contrast words (but, while, بينما) cut:
 * a is the contrast word that opens the part (or 0), b the next one (or the end). Commas do not cut it.
 */
export function contrastPartAt(tokens: readonly Pick<Token, 'key'>[], x: number): [number, number] {
  let a = x,
    b = x + 1;
  // (a phrase too: "even as", غير أن; lexicons/function-words.json contrastPhrases)
  while (a > 0 && !contrastAt(tokens, a)) a--;
  while (b < tokens.length && !contrastAt(tokens, b)) b++;
  return [a, b];
}

/**
 * lexicons/function-words.json predicateOpeners: after an appositive between commas, the predicate goes on
 * ("Former CEO Andrew Pallister, 61, was cleared of all charges" is one part: without it the age and the verdict
 * were parts of their own, and "convicted former chief executive Andrew Pallister" met no opposite in the part
 * that names him, a fresh editor pair's missed flip).
 */
const PREDICATE_OPENERS = new Set(lexiconWords('function-words', 'predicateOpeners').map((w) => makeToken(w, 0).key));
/** Is tokens[i] a figure alone before clause punctuation (", 61,": an age), an apposition of what comes before? */
const figureApposition = (text: string, tokens: readonly Token[], i: number): boolean =>
  tokens[i].kind === 'number' && i + 1 < tokens.length && CLAUSE_GAP.test(text.slice(tokens[i].end, tokens[i + 1].start));

/**
 * A sentence's tokens cut into its parts: at clause punctuation, before a word that opens a contrast,
 * and before و/ف glued to a past-tense verb (`وارتفع … وتراجع …`, a new clause in Arabic run-ons); not at
 * punctuation before a predicate opener (", was acquitted") nor before a figure alone between commas (", 61,").
 * `text` is the document the tokens' offsets point into. What a rule compares a claim's word with is
 * the part that carries the words around it, not the whole sentence.
 */
export function partsOf(text: string, tokens: readonly Token[], gluedVerb: (t: Token, tokens: readonly Token[], i: number) => boolean): Token[][] {
  const parts: Token[][] = [];
  let cur: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (
      cur.length > 0 &&
      ((CLAUSE_GAP.test(text.slice(tokens[i - 1].end, t.start)) &&
        !PREDICATE_OPENERS.has(t.key) &&
        !figureApposition(text, tokens, i) &&
        // (nor before "up from"/"down from" and a figure: "34% of the power, up from 33%" says how the figure before moved)
        changeParticleAt(tokens, i) === undefined) ||
        opensContrast(t) ||
        gluedVerb(t, tokens, i))
    ) {
      parts.push(cur);
      cur = [];
    }
    cur.push(t);
  }
  if (cur.length) parts.push(cur);
  return parts;
}

/**
 * Do two tokens share a stem (either of their stems)? An English adverb in -ly is its adjective's word too (Porter
 * leaves slightly as slightli: "recorded a slight decline" for "fell slightly" met its subject's part only through
 * "recorded", a fresh editor pair's false opposite).
 */
export const sameWord = (a: Pick<Token, 'stem' | 'alt'>, b: Pick<Token, 'stem' | 'alt'>): boolean =>
  a.stem === b.stem ||
  (b.alt !== undefined && a.stem === b.alt) ||
  (a.alt !== undefined && (a.alt === b.stem || a.alt === b.alt)) ||
  lyOf(a.stem, b.stem) ||
  lyOf(b.stem, a.stem);
/** Is `adverb` the Porter stem of `adjective` + ly (slightli, slight; sharpli, sharp)? Latin script, three letters or more. */
const lyOf = (adverb: string, adjective: string): boolean =>
  adverb.length === adjective.length + 2 && adjective.length >= 3 && adverb.endsWith('li') && adverb.startsWith(adjective) && /^[a-z]+$/.test(adjective);
/**
 * The test "is t a synonym of w" (a stem the synonym lexicon puts in w's place, by t's stem or proclitic-free stem),
 * read off the lexicon once for w.
 */
export function synonymTest(w: Pick<Token, 'stem' | 'alt'>): (t: Pick<Token, 'stem' | 'alt'>) => boolean {
  // (one test per stem and alternative stem, kept: the rules make one for each word of every claim, and most words have
  // no synonym; 0.1 s of the English bench pair's attribution rule at 100,000 source sentences)
  const k = `${w.stem}\u0000${w.alt ?? ''}`;
  let test = SYNONYM_TESTS.get(k);
  if (test === undefined) {
    const stems = synonymStems({ stem: w.stem, alt: w.alt, kind: 'word' });
    const syn = new Set(stems);
    test = stems.length === 0 ? NO_SYNONYM : (t) => syn.has(t.stem) || (t.alt !== undefined && syn.has(t.alt));
    SYNONYM_TESTS.set(k, test);
  }
  return test;
}
const SYNONYM_TESTS = new Map<string, (t: Pick<Token, 'stem' | 'alt'>) => boolean>();
const NO_SYNONYM = (): boolean => false;

/** sameWord, or a's Arabic root is b's (استبعد and يستبعد, توسيع and موسعة). */
export const sameWordOrRoot = (a: Pick<Token, 'stem' | 'alt' | 'root'>, b: Pick<Token, 'stem' | 'alt' | 'root'>): boolean =>
  sameWord(a, b) || (a.root !== undefined && b.root === a.root);

/**
 * The parts of a sentence that carry most of the words around a word (its `sidesAround`, nearest first
 * on each side), a word counting 1/k at the k-th place from it, each once per part: the local alignment
 * of a claim's word in a source sentence. The nearest neighbour decides between parts that carry as
 * many ("صعود في النفط في المعاملات المبكرة" is about النفط, in "التعاملات المبكرة : تراجع في النفط").
 * Every part ties at 0 when none carries one.
 */
export function partsCarrying(parts: readonly Token[][], sides: readonly (readonly Token[])[]): Token[][] {
  let best = -1;
  let chosen: Token[][] = [];
  // (a word's synonym carries it too: "The pound strengthened" is about the part that says "Sterling fell", a probe pair's
  // planted flip that the other part's "the FTSE 250 index … rose" hid)
  const tests = sides.map((side) => side.map((w) => synonymTest(w)));
  for (const p of parts) {
    let n = 0;
    sides.forEach((side, i) =>
      side.forEach((w, k) => {
        if (p.some((o) => !o.stop && (sameWord(w, o) || tests[i][k](o)))) n += 1 / (k + 1);
      }),
    );
    if (n > best + 1e-9) {
      best = n;
      chosen = [p];
    } else if (Math.abs(n - best) <= 1e-9) chosen.push(p);
  }
  return chosen;
}

/**
 * A support set and the `near` source sentences either side of each of its sentences, in order of first
 * appearance (the support set's own first): where a claim fused from a sentence beside its support set took
 * the rest from (a speaker's next sentence, a quote said just after). `n` is the source's sentence count.
 */
export function withNeighbours(sources: readonly number[], n: number, near: number): number[] {
  const out = new Set<number>(sources);
  for (const i of sources) for (let j = Math.max(0, i - near); j <= Math.min(n - 1, i + near); j++) out.add(j);
  return [...out];
}
