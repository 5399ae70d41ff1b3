import { tokenize, type Token } from '../text/tokenize.js';
import { entityOf, type Entity } from '../text/entities.js';
import { englishKey } from './lexicon.js';
import { Bridge, arabicSkeleton, latinSkeleton, sameSkeleton, PREFIX_EXTRA } from './bridge.js';

/** How an English and an Arabic unit meet: the IDF-weighted share of each side's content words that the other carries. */
export interface CrossMatch {
  score: number;
  /** Share of the English side's weighted content words carried by the Arabic side, and the other way round. */
  enCov: number;
  arCov: number;
  /** Per content token (in the order given): has a counterpart on the other side. */
  enHit: boolean[];
  arHit: boolean[];
}

/** Document frequencies of matching keys over a set of units of one language, as IDF weights. */
export class Idf {
  private readonly df = new Map<string, number>();
  private n = 0;
  private readonly weights = new Map<string, number>();
  add(tokens: readonly Token[]): void {
    this.n++;
    this.weights.clear();
    for (const k of new Set(tokens.map(keyOf))) this.df.set(k, (this.df.get(k) ?? 0) + 1);
  }
  weight(t: Token): number {
    let w = this.weights.get(t.text);
    if (w === undefined) this.weights.set(t.text, (w = Math.log((this.n + 1) / ((this.df.get(keyOf(t)) ?? 0) + 0.5))));
    return w;
  }
}

const keyOf = (t: Token) => (t.kind === 'number' ? t.key : /[a-z]/.test(t.key) ? englishKey(t.key) : t.stem);
/** A unit's content words (kept per token array: a sentence keeps its tokens, and is compared with every sentence of the other text). */
export function contentTokens(tokens: readonly Token[]): Token[] {
  let c = contents.get(tokens);
  if (!c) contents.set(tokens, (c = tokens.filter((t) => !t.stop && (t.kind === 'number' || t.key.length > 1))));
  return c;
}
const contents = new WeakMap<readonly Token[], Token[]>();

/** A number's value for matching (Western, Arabic-Indic and Persian digits share a key; 1,200 is 1200). */
const numberValue = (t: Token) => Number(t.key.replace(/[,\u066C]/g, '').replace('\u066B', '.'));

/**
 * Measured on STS track 2 dev (lines 1–125): a gloss that starts the word or the other way round
 * meets it when their lengths differ by at most PREFIX_EXTRA (none: 0.785 → at most 3: 0.785, with the
 * negation penalty 0.793; it keeps home/homeless apart); a sentence pair where one side negates and
 * the other does not loses NEG_PENALTY (0 → 0.1 → 0.2: 0.785 → 0.791 → 0.793, flat beyond). Number
 * words and the Arabic dual as "two" were tried and dropped (without them 0.805, with them 0.793).
 */
const NEG_PENALTY = 0.2;

/**
 * The weight of a word the lexicon cannot bridge (an Arabic word without a gloss, an English word
 * that no gloss uses) against one it can: its absence on the other side says less. Chosen on STS
 * track 2 dev: 1 → 0.758, 0.5 → 0.767, 0.3 → 0.770, 0.1 → 0.773, 0 → 0.774 (0 would make a
 * sentence of unknown words fully "covered" by nothing, so not 0).
 */
const UNKNOWN_WEIGHT = 0.1;

/** English verbs of saying, function words of the stop list that Arabic says with a content word (قال، أضاف). */
const SAYING = new Set(['said', 'says', 'say', 'told', 'tell', 'added']);

/** English months that are also common words, left out of the entity lexicon: they meet the Arabic month only capitalised. */
const AMBIGUOUS_MONTHS: Record<string, string> = { مايو: 'May', مارس: 'March' };

/** Do an English and an Arabic token say the same thing: a gloss, the same number, or a name's skeleton. */
export function tokensMeet(e: Token, a: Token, bridge: Bridge | null): boolean {
  if (e.kind === 'number' || a.kind === 'number') return e.kind === a.kind && numberValue(e) === numberValue(a);
  const E = englishView(e);
  if (bridge) {
    const { set, pre } = bridge.glossIndex(a.key);
    const k = E.key;
    if (set.has(k)) return true;
    // a gloss that is the start of the word or the other way round, within PREFIX_EXTRA letters
    // (pipe/pipeline, operat/oper): the stemmer and English compounds split words that the glosses do
    // not. pre holds each gloss's prefixes down to PREFIX_EXTRA letters shorter (and four at least)
    if (k.length >= 4) {
      if (pre.has(k)) return true;
      for (let n = Math.max(4, k.length - PREFIX_EXTRA); n < k.length; n++) if (set.has(k.slice(0, n))) return true;
    }
  }
  const A = arabicView(a);
  if (A.entity && (A.entity.id === E.entity?.id || (A.entity.cls === 'month' && AMBIGUOUS_MONTHS[A.entity.id] === e.text))) return true;
  const ae = A.skeleton,
    le = E.skeleton;
  // one consonant meets only a capitalised word (a name: Abiy/آبي), two or more also an unknown word
  if (ae.length < 2 && !(ae.length === 1 && E.capital)) return false;
  return (E.capital || !(bridge?.isWord(a.key) ?? false)) && sameSkeleton(ae, le);
}

// what tokensMeet reads of a token, computed once per surface form: every pair of sentences of a
// translation is compared, and recomputing stems, skeletons and entities per pair was most of a check
// (a 360-sentence pair: 70 s)
const enViews = new Map<string, { key: string; skeleton: string; capital: boolean; entity: Entity | undefined }>();
function englishView(e: Token) {
  let v = enViews.get(e.text);
  if (!v) {
    if (enViews.size > 200_000) enViews.clear();
    enViews.set(e.text, (v = { key: englishKey(e.key), skeleton: latinSkeleton(e.text), capital: /^\p{Lu}/u.test(e.text), entity: entityOf(e) }));
  }
  return v;
}
const arViews = new Map<string, { skeleton: string; entity: Entity | undefined }>();
function arabicView(a: Token) {
  let v = arViews.get(a.text);
  if (!v) {
    if (arViews.size > 200_000) arViews.clear();
    arViews.set(a.text, (v = { skeleton: arabicSkeleton(a.key), entity: entityOf(a) }));
  }
  return v;
}

export type Meet = (e: Token, a: Token, bridge: Bridge | null) => boolean;

/**
 * tokensMeet remembered per pair of surface forms: a check compares every sentence with every
 * sentence of the other text, so the same two words meet again and again (one per check: the bridge
 * is fixed for it).
 */
export function memoMeet(): Meet {
  const memo = new Map<string, Map<string, boolean>>();
  return (e, a, bridge) => {
    let row = memo.get(a.text);
    if (!row) memo.set(a.text, (row = new Map()));
    let m = row.get(e.text);
    if (m === undefined) row.set(e.text, (m = tokensMeet(e, a, bridge)));
    return m;
  };
}

/**
 * The cross-language counterpart of `similarity`: each side's IDF-weighted coverage by the other,
 * averaged. Without a lexicon only numbers and names meet.
 */
export function crossMatch(en: readonly Token[], ar: readonly Token[], bridge: Bridge | null, idfEn: Idf, idfAr: Idf, meet: Meet = tokensMeet): CrossMatch {
  const E = contentTokens(en),
    A = contentTokens(ar);
  const enHit = E.map(() => false),
    arHit = A.map(() => false);
  for (let i = 0; i < E.length; i++)
    for (let j = 0; j < A.length; j++) {
      if ((enHit[i] && arHit[j]) || !meet(E[i], A[j], bridge)) continue;
      enHit[i] = true;
      arHit[j] = true;
    }
  // an Arabic word may translate an English function word ("May" the month is also the modal;
  // قال "said"): it is carried, though the English word does not count in the English coverage
  for (let j = 0; j < A.length; j++)
    if (!arHit[j]) arHit[j] = en.some((e) => e.stop && e.kind === 'word' && (SAYING.has(e.key) || /^\p{Lu}/u.test(e.text)) && meet(e, A[j], bridge));
  const cov = (toks: Token[], hit: boolean[], idf: Idf, known: (t: Token) => boolean) => {
    let all = 0,
      got = 0;
    toks.forEach((t, i) => {
      const w = idf.weight(t) * (hit[i] || known(t) ? 1 : UNKNOWN_WEIGHT);
      all += w;
      if (hit[i]) got += w;
    });
    return all > 0 ? got / all : 0;
  };
  const enCov = cov(E, enHit, idfEn, (t) => !bridge || t.kind === 'number' || bridge.lexicon.enStems.has(englishKey(t.key)));
  const arCov = cov(A, arHit, idfAr, (t) => !bridge || t.kind === 'number' || bridge.glosses(t.key).length > 0);
  return { score: (enCov + arCov) / 2, enCov, arCov, enHit, arHit };
}

/**
 * Similarity (0..1) of an English and an Arabic sentence: the mean of the two coverages, less a
 * length prior (Gale–Church: a translation keeps its length in words, so a large ratio of content words
 * says the two differ). LENGTH_PRIOR chosen on STS track 2 dev (0.05–0.1 level; 0 gave 0.773 → 0.775).
 */
export function crossSimilarityOf(en: readonly Token[], ar: readonly Token[], bridge: Bridge | null, idfEn: Idf, idfAr: Idf): number {
  const m = crossMatch(en, ar, bridge, idfEn, idfAr);
  const neg = en.some((t) => t.neg) !== ar.some((t) => t.neg) ? NEG_PENALTY : 0;
  const ratio = Math.abs(Math.log((contentTokens(en).length + 1) / (contentTokens(ar).length + 1)));
  return Math.max(0, m.score - LENGTH_PRIOR * ratio - neg);
}
const LENGTH_PRIOR = 0.1;

/** crossSimilarityOf for two sentences given as text (IDF from the two alone). */
export function crossSimilarity(english: string, arabic: string, bridge: Bridge | null): number {
  const en = tokenize(english),
    ar = tokenize(arabic);
  const ie = new Idf(),
    ia = new Idf();
  ie.add(en);
  ia.add(ar);
  return crossSimilarityOf(en, ar, bridge, ie, ia);
}
