import stringSimilarity from 'string-similarity';
import { VARIANT_MIN_LEN as MIN_LEN, MIN_DICE, SKELETON_SIM, VARIANT_PREFIX as PREFIX } from '../settings.js';
import { arabicWords } from '../text/arabic-words.js';

/**
 * Spelling variants of one word between the two texts: transliterated names (البنتاجون/البنتاغون,
 * الأمريكية/الأميركية, ترامب/ترمب), English inflections the stemmer missed, typos.
 * Candidates come from two indexes over the source vocabulary, never from a scan of it:
 *  - a consonant skeleton (long vowels and ه dropped after the first letter, ج/غ/ق/ك folded,
 *    doubled letters collapsed);
 *  - SymSpell-style one-deletion neighbourhoods (edit distance up to 2 for insert/delete/substitute).
 * Each candidate is then checked with string-similarity's Dice coefficient on the two normalised
 * tokens, which is what that package is good at (it strips white space, so never on sentences).
 */
export interface Variant {
  stem: string;
  sim: number;
}

/** The letters a transliteration writes for one sound (غ، ق، ك for g), folded to ج. */
const folded = (c: string): string => (c === 'غ' || c === 'ق' || c === 'ك' ? 'ج' : c);

export function skeleton(w: string): string {
  let out = w[0] ?? '';
  for (let i = 1; i < w.length; i++) {
    let c = w[i];
    if (
      c === 'ا' ||
      c === 'و' ||
      c === 'ي' ||
      c === 'ه' ||
      c === 'ء' ||
      c === 'a' ||
      c === 'e' ||
      c === 'i' ||
      c === 'o' ||
      c === 'u' ||
      c === 'y' ||
      c === 'h'
    )
      continue;
    c = folded(c);
    if (out[out.length - 1] !== c) out += c;
  }
  return out;
}

function deletions(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

export class VariantFinder {
  private bySkeleton = new Map<string, string[]>();
  private byDeletion = new Map<string, string[]>();
  private byPrefix = new Map<string, string[]>();
  private memo = new Map<string, Variant[]>();

  constructor(vocab: ReadonlySet<string>) {
    for (const w of vocab) {
      if (w.length < MIN_LEN || /\d/.test(w)) continue;
      add(this.bySkeleton, skeleton(w), w);
      add(this.byDeletion, w, w);
      for (const d of deletions(w)) add(this.byDeletion, d, w);
      if (w.length >= PREFIX + 1) add(this.byPrefix, w.slice(0, PREFIX), w);
    }
  }

  /** Variants of `w` in the vocabulary (never `w` itself), best first. */
  find(w: string): Variant[] {
    let v = this.memo.get(w);
    if (v) return v;
    v = [];
    if (w.length >= MIN_LEN && !/\d/.test(w)) {
      const cands = new Set<string>();
      const sk = skeleton(w);
      if (sk.length >= 2) for (const c of this.bySkeleton.get(sk) ?? []) cands.add(c);
      for (const c of this.byDeletion.get(w) ?? []) cands.add(c);
      for (const d of deletions(w)) for (const c of this.byDeletion.get(d) ?? []) cands.add(c);
      if (w.length >= PREFIX + 1) for (const c of this.byPrefix.get(w.slice(0, PREFIX)) ?? []) cands.add(c);
      cands.delete(w);
      const sameSkeleton = new Set(sk.length >= 4 ? (this.bySkeleton.get(sk) ?? []) : []);
      for (const c of cands) {
        if (Math.abs(c.length - w.length) > 3 || twoWords(w, c)) continue;
        const sim = stringSimilarity.compareTwoStrings(w, c);
        // a long shared consonant skeleton is evidence enough (امريك/اميرك share one bigram only)
        if (sim >= MIN_DICE) v.push({ stem: c, sim });
        else if (sameSkeleton.has(c)) v.push({ stem: c, sim: Math.max(sim, SKELETON_SIM) });
      }
      v.sort((a, b) => b.sim - a.sim || (a.stem < b.stem ? -1 : 1));
      if (v.length > 4) v.length = 4;
    }
    this.memo.set(w, v);
    return v;
  }
}

/** Letters that stand for one another in spelling: a hamza's seats and the long vowels (مسؤول/مسئول); and those `folded` makes one. */
const SEATS = new Set('اأإآءؤئوىي');
const ARABIC_WORD = /^[\u0621-\u064A]+$/;

/**
 * Two Arabic words of the word list (src/text/arabic-words.ts) one letter apart, in the same place, are two words, not
 * two spellings of one: the letter changes the root (أعرق "the oldest", أعرف "I know"; a fresh editor pair's
 * faithful "من أعرق شركات القطاع" met the source's "ولا أعرف" as a variant and drew a dropped negation). Not for the
 * letters spelling itself varies (SEATS, folded), nor for a word the list lacks (a name: البنتاجون/البنتاغون, a typo), nor
 * in the first letter, where Arabic puts the prefixes of one root's verbs and nouns (يزيد، مزيد: the seed pair's
 * "يزيد من الفوضى" is carried by the source's "بالمزيد").
 */
function twoWords(w: string, c: string): boolean {
  if (w.length !== c.length || !ARABIC_WORD.test(w) || !ARABIC_WORD.test(c)) return false;
  let at = -1;
  for (let i = 0; i < w.length; i++)
    if (w[i] !== c[i]) {
      if (at >= 0) return false;
      at = i;
    }
  if (at <= 0 || (SEATS.has(w[at]) && SEATS.has(c[at])) || folded(w[at]) === folded(c[at])) return false;
  const words = arabicWords();
  return (words?.has(w) && words.has(c)) === true;
}

function add(m: Map<string, string[]>, k: string, w: string): void {
  const l = m.get(k);
  if (l) {
    if (l.length < 64 && l[l.length - 1] !== w) l.push(w);
  } else m.set(k, [w]);
}
