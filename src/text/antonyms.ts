import { makeToken, type Token } from './tokenize.js';
import { lexiconGroups, lexiconPhrases, lexiconValues, lexiconWords, listedAfterConjunction, listedWithClitics } from './lexicons.js';
import { isLengthUnit, quantities, wordsAt } from './numbers.js';

/** Matching key of a word for the lexicon: its Arabic root when it has one, else its stem. */
export const antonymKey = (t: Pick<Token, 'root' | 'stem' | 'alt'>): string => t.root ?? t.stem;

/**
 * The opposite pairs of lexicons/antonyms.json, by key (the file says why each word is there and which were
 * left out). A word written with a leading = is known by its stem alone, not its root: a root that other
 * common words share would bring them in (إدانة has the root of دين "debt").
 */
const SIDE = new Map<string, { group: string; side: 0 | 1 }>();
const STEM_SIDE = new Map<string, { group: string; side: 0 | 1 }>();
const put = (m: Map<string, { group: string; side: 0 | 1 }>, key: string, group: string, side: 0 | 1) => {
  const seen = m.get(key);
  // a key on both sides of a group (or in two groups) tells nothing: drop it
  if (seen && (seen.group !== group || seen.side !== side)) m.set(key, { group: '', side: 0 });
  else m.set(key, { group, side });
};
/**
 * Words that share a side's stem but none of its sense (lexicons/antonyms.json noSide, by key): Department has the
 * stem of departed (a fresh editor pair's "staying" drew "the opposite of Department"), settlement that of settled.
 */
const NO_SIDE = new Set(lexiconWords('antonyms', 'noSide').map((w) => makeToken(w, 0).key));
/** The groups of lexicons/antonyms.json "compass": sides of a place, of which a sentence may name both. */
const COMPASS = new Set(lexiconGroups('antonyms', 'compass').map((g) => g.name ?? ''));
/** Is this a group of sides of a place (north/south), which a source sentence naming both says nothing of? */
export const isCompassGroup = (group: string): boolean => COMPASS.has(group);
for (const { name = '', sides = [[], []] } of [...lexiconGroups('antonyms', 'opposites'), ...lexiconGroups('antonyms', 'compass')]) {
  for (const [side, words] of [
    [0, sides[0]],
    [1, sides[1]],
  ] as const) {
    for (const w of words) {
      if (w.startsWith('=')) put(STEM_SIDE, makeToken(w.slice(1), 0).stem, name, side);
      else put(SIDE, antonymKey(makeToken(w.toLowerCase(), 0)), name, side);
    }
  }
}

/**
 * The words of a side that news text negates as often as not ("pleaded not guilty"), by stem: no antonyms on
 * their own, read by the negation rule with their negation (polarSide). lexicons/antonyms.json, "negatable".
 */
const NEGATABLE_SIDE = new Map<string, { group: string; side: 0 | 1 }>();
for (const { name = '', sides = [[], []] } of lexiconGroups('antonyms', 'negatable')) {
  for (const [side, words] of [
    [0, sides[0]],
    [1, sides[1]],
  ] as const)
    for (const w of words) NEGATABLE_SIDE.set(makeToken(w, 0).stem, { group: name, side });
}
/** A word of NEGATABLE: its group and side before any negation. */
export function negatableSide(t: Pick<Token, 'stem' | 'alt'>): { group: string; side: 0 | 1 } | undefined {
  return NEGATABLE_SIDE.get(t.stem) ?? (t.alt !== undefined ? NEGATABLE_SIDE.get(t.alt) : undefined);
}

/** The group and side of a word for the negation rule: a word of the antonym lexicon or of NEGATABLE. */
export function polarSide(t: Pick<Token, 'root' | 'stem' | 'alt'>): { group: string; side: 0 | 1 } | undefined {
  return antonymSide(t) ?? negatableSide(t);
}

/** lexicons/antonyms.json amountNouns, by key: nouns of a side that name an amount another word of their group moves. */
const AMOUNT_NOUNS = new Set(lexiconWords('antonyms', 'amountNouns').map((w) => makeToken(w, 0).key));
/** Is a token an amount noun (lexicons/antonyms.json amountNouns): a loss or a profit names a level, not a movement? */
export const isAmountNoun = (t: Pick<Token, 'key'>): boolean => AMOUNT_NOUNS.has(t.key);
/** lexicons/antonyms.json amountBreaks, by key: words that open another clause, past which no word moves an amount noun. */
const AMOUNT_BREAKS = new Set(lexiconWords('antonyms', 'amountBreaks').map((w) => makeToken(w, 0).key));
/** Content words on each side of an amount noun within which a word of its group moves it. */
const AMOUNT_WINDOW = 3;

/**
 * The amount nouns of a run of tokens that another word of their group stands beside (within AMOUNT_WINDOW content
 * words, not past a word that opens another clause): "card fraud losses at the point of sale climbed", ارتفعت أرباح
 * الشركة. Their direction is that word's; they are no side of their own.
 */
export function movedAmounts(tokens: readonly Token[]): Set<Token> {
  const out = new Set<Token>();
  tokens.forEach((t, i) => {
    if (!isAmountNoun(t)) return;
    const g = antonymSide(t)?.group;
    if (g === undefined) return;
    for (const step of [-1, 1])
      for (let j = i + step, seen = 0; j >= 0 && j < tokens.length && seen < AMOUNT_WINDOW; j += step) {
        const o = tokens[j];
        if (AMOUNT_BREAKS.has(o.key)) break;
        if (o.stop) continue;
        seen++;
        if (!isAmountNoun(o) && antonymSide(o)?.group === g) {
          out.add(t);
          return;
        }
      }
  });
  return out;
}

/** lexicons/antonyms.json heightWords: ارتفاع "rise" and "height", with ب، ل، و or وب glued, by key (على ارتفاع is ارتفاع after a word of its own). */
const HEIGHT_KEYS = new Set(lexiconWords('antonyms', 'heightWords').map((w) => makeToken(w, 0).key));

/**
 * The words ارتفاع that say a height, not a rise: a unit of length right after them, or a figure and one (بارتفاع متر,
 * على ارتفاع 1500 متر). "المياه دخلت متجره بارتفاع متر" (the water came in a metre high) was a source's rise against a
 * fresh editor pair's faithful "خسائره" (its losses). A rise by a length says by how much (ارتفع منسوب المياه مترين): the
 * verb, not its masdar before the figure.
 */
export function heightWords(tokens: readonly Token[]): Set<Token> {
  const out = new Set<Token>();
  let qs: ReturnType<typeof quantities> | undefined;
  tokens.forEach((t, i) => {
    if (!HEIGHT_KEYS.has(t.key)) return;
    const next = tokens[i + 1];
    if (!next) return;
    if (isLengthUnit(next.key)) {
      out.add(t);
      return;
    }
    qs ??= quantities(tokens as Token[]);
    const q = qs.find((x) => x.first === i + 1);
    if (q && tokens[q.last + 1] && isLengthUnit(tokens[q.last + 1].key)) out.add(t);
  });
  return out;
}

/** lexicons/antonyms.json submitVerbs and submitObjects, by key. */
const SUBMIT_VERBS = new Set(lexiconWords('antonyms', 'submitVerbs').map((w) => makeToken(w, 0).key));
const SUBMIT_OBJECTS = new Set(lexiconWords('antonyms', 'submitObjects').map((w) => makeToken(w, 0).key));

/**
 * The words رفع that say "submit" (upload, file), not "raise": before what is handed in, data, a report, a request, a lawsuit
 * (lexicons/antonyms.json submitVerbs, submitObjects; the object with a pronoun glued too, بياناتهم). "يتيح للمستوردين رفع
 * بياناتهم الجمركية" raises nothing.
 */
export function submitWords(tokens: readonly Token[]): Set<Token> {
  const out = new Set<Token>();
  tokens.forEach((t, i) => {
    if (listedAfterConjunction(SUBMIT_VERBS, t.key) !== undefined && tokens[i + 1] !== undefined && listedWithClitics(SUBMIT_OBJECTS, tokens[i + 1].key))
      out.add(t);
  });
  return out;
}

/** lexicons/antonyms.json noSidePhrases, each as its words' keys. */
const NO_SIDE_PHRASES = lexiconPhrases('antonyms', 'noSidePhrases');

/** The words of the phrases of noSidePhrases in the tokens (fall under the rule, على الأقل): no side there. */
export function noSidePhrases(tokens: readonly Token[]): Set<Token> {
  const out = new Set<Token>();
  tokens.forEach((_t, i) => {
    // (every word of it: "على الأقل", "at least", has its side in its second word)
    for (const p of NO_SIDE_PHRASES) if (wordsAt(tokens, i, p)) for (let k = i; k < i + p.length; k++) out.add(tokens[k]);
  });
  return out;
}

/**
 * The words of a side that say none in their context, read alike in a source sentence and in a claim: a height (بارتفاع متر),
 * رفع as "submit" (رفع البيانات), "fall under" a rule.
 */
export function sidelessWords(tokens: readonly Token[]): Set<Token> {
  const out = heightWords(tokens);
  for (const t of submitWords(tokens)) out.add(t);
  for (const t of noSidePhrases(tokens)) out.add(t);
  return out;
}

/** The group and side of a word in the lexicon, if it is there. */
export function antonymSide(t: Pick<Token, 'root' | 'stem' | 'alt'> & { key?: string }): { group: string; side: 0 | 1 } | undefined {
  if (t.key !== undefined && NO_SIDE.has(t.key)) return undefined;
  const s =
    STEM_SIDE.get(t.stem) ??
    (t.alt !== undefined ? STEM_SIDE.get(t.alt) : undefined) ??
    SIDE.get(antonymKey(t)) ??
    (t.alt !== undefined ? SIDE.get(t.alt) : undefined);
  return s && s.group ? s : undefined;
}

/** lexicons/antonyms.json changeParticles: up and down before "from" and a figure, with their side of the direction group. */
const CHANGE_PARTICLES = new Map(lexiconValues('antonyms', 'changeParticles', (v): v is 0 | 1 => v === 0 || v === 1, '0 or 1'));
/** The group of antonyms.json opposites that says which way a quantity went (rose, fell; ارتفع، انخفض). */
export const DIRECTION = 'direction';
const FROM = 'from';
const BY = 'by';
/** lexicons/antonyms.json directionParticiples: منخفضاً، مرتفعة before a figure, with their side of the direction group. */
const PARTICIPLES = new Map(
  lexiconValues('antonyms', 'directionParticiples', (v): v is 0 | 1 => v === 0 || v === 1, '0 or 1').map(([k, v]) => [makeToken(k, 0).key, v] as const),
);
/** بنسبة "by", between a participle and its figure, by key. */
const BY_SHARE = makeToken('بنسبة', 0).key;
/** lexicons/antonyms.json comparatives: words after a figure that say which way it goes (44% fewer, 3% higher), by key. */
const COMPARATIVES = new Set(lexiconWords('antonyms', 'comparatives').map((w) => makeToken(w, 0).key));
/** Tokens after a particle's figure within which a comparative makes the particle a phrasal verb's (turned up 44% fewer). */
const COMPARATIVE_AFTER = 2;

/**
 * The side of the direction group that a particle at tokens[i] says: "up" or "down" before "from" and a figure ("34%, up
 * from 33%"), before "by" and a figure, or right before a figure ("down 44%"), or undefined. Alone they are function words of
 * no side.
 */
export function changeParticleAt(tokens: readonly Token[], i: number): { group: string; side: 0 | 1 } | undefined {
  const participle = PARTICIPLES.get(tokens[i]?.key ?? '');
  if (participle !== undefined) {
    // (an Arabic participle of direction before its figure: منخفضاً بنسبة 23 بالمئة, directionParticiples)
    const at = tokens[i + 1]?.key === BY_SHARE ? i + 2 : i + 1;
    const t = tokens[at];
    if (t && (t.kind === 'number' || quantities(tokens.slice(at, at + 4)).some((q) => q.first === 0))) return { group: DIRECTION, side: participle };
    return undefined;
  }
  const side = CHANGE_PARTICLES.get(tokens[i]?.key ?? '');
  if (side === undefined) return undefined;
  // (or right before its figure, "by" between or not: "counter transactions down 44% since 2019" says they fell, which a
  // claim's "have surged by 44%" opposes, a planted flip of the 84th batch that drew nothing)
  // (or after a verb of small movement, before "to" and a figure, hedged or not: "has edged up to around 17 pesos a kilo" says
  // it rose, against a source's "have fallen to about 17 pesos"; a fresh editor pair's planted flip drew nothing, 133rd batch)
  const moved = i > 0 && PARTICLE_VERBS.has(tokens[i - 1].key);
  const next = tokens[i + 1]?.key === FROM || tokens[i + 1]?.key === BY || (moved && tokens[i + 1]?.key === TO) ? i + 2 : i + 1;
  const figure = tokens[next]?.kind === 'number' || (moved && quantities(tokens.slice(next, next + 5)).some((q) => q.first <= 2));
  if (!figure) return undefined;
  // (not a phrasal verb's particle before a figure with a comparative of its own: "surveys have turned up 44% fewer young
  // salmon" says fewer, an arrival pair's faithful summary that drew an opposite)
  for (let k = next + 1; k <= next + COMPARATIVE_AFTER && k < tokens.length; k++) if (COMPARATIVES.has(tokens[k].key)) return undefined;
  return { group: DIRECTION, side };
}

/** lexicons/antonyms.json particleVerbs: verbs of small movement before up/down (edged up, inched down), by key. */
const PARTICLE_VERBS = new Set(lexiconWords('antonyms', 'particleVerbs').map((w) => makeToken(w, 0).key));
const TO = 'to';
/** lexicons/antonyms.json startFromWords and startFromAfter, by key. */
const START_FROM = new Set(lexiconWords('antonyms', 'startFromWords').map((w) => makeToken(w, 0).key));
const START_FROM_AFTER = new Set(lexiconWords('antonyms', 'startFromAfter').map((w) => makeToken(w, 0).key));
/** Is tokens[i] a word of starting that says when something begins ("ابتداء من يوم الاثنين", "starting from May"), no side? */
/** lexicons/antonyms.json stateVerbMarks, by key: to and the modals, before a bare verb. */
const STATE_VERB_MARKS = new Set(lexiconWords('antonyms', 'stateVerbMarks').map((w) => makeToken(w, 0).key));
/** The prefix of the names of the groups of a word and its negative form (not-paid: paid, unpaid), whose sides are states. */
const STATE_GROUP = 'not-';
/**
 * Is tokens[i] a verb of a state's group (pay of not-paid) after "to" or a modal: a deed still to be done ("needed to pay off
 * the bills", "will complete"), which says no side of the state (the bills are unpaid until then)?
 */
export const stateVerbAt = (tokens: readonly Token[], i: number): boolean =>
  i > 0 && STATE_VERB_MARKS.has(tokens[i - 1].key) && antonymSide(tokens[i])?.group.startsWith(STATE_GROUP) === true;

export const startFromAt = (tokens: readonly Pick<Token, 'key'>[], i: number): boolean =>
  START_FROM.has(tokens[i]?.key ?? '') && START_FROM_AFTER.has(tokens[i + 1]?.key ?? '');
