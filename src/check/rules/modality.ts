import type { Rule } from '../context.js';
import { isChecked, severityFor, ruleDocsUrl } from '../context.js';
import { makeToken, type Token } from '../../text/tokenize.js';
import { lexiconWords } from '../../text/lexicons.js';
import { sameWord, synonymTest } from './window.js';
import { antonymSide } from '../../text/antonyms.js';
import { qadHedges } from '../../text/allegations.js';

/**
 * The same verb, or one that says the same: a synonym of the lexicons (named, identified) or a word of the same side
 * of an antonym group (ستزداد for قد ترتفع, "will climb" for "could rise"): fresh editor pairs drop a hedge and
 * change the verb in one stroke (the rule found one of six such drops with the same verb alone).
 */
function saysSame(verb: Token, o: Token): boolean {
  if (sameWord(verb, o)) return true;
  const a = antonymSide(verb),
    b = a && antonymSide(o);
  if (a && b && a.group === b.group && a.side === b.side) return true;
  return synonymTest(verb)(o);
}

const keys = (list: string): ReadonlySet<string> => new Set(lexiconWords('modality', list).map((w) => makeToken(w, 0).key));
const EN_HEDGES = keys('englishHedges');
const EN_HEDGES_BEFORE_TO = keys('englishHedgesBeforeTo');
const EN_AUX = keys('englishAuxiliaries');
const EN_CERTAIN = keys('englishCertain');
const AR_HEDGES = keys('arabicHedges');
const AR_HEDGES_BEFORE_AN = keys('arabicHedgesBeforeAn');
const AR_CERTAIN = keys('arabicCertain');
/** قد, with و glued or not: a hedge only before an imperfect verb. */
const QAD = new Set([makeToken('قد', 0).key, makeToken('وقد', 0).key]);
const AN = new Set(['أن', 'ان'].map((w) => makeToken(w, 0).key));
const TO = makeToken('to', 0).key;
/** The prefixes of an Arabic imperfect verb (ي ت ن أ, as the matching key writes them). */
const IMPERFECT = /^[يتنا]/;

/** The index of the verb that a word at i (a modal, will, قد, سوف) governs: the next token past English be/have. */
function governed(tokens: readonly Token[], i: number): number {
  let j = i + 1;
  while (j < tokens.length && EN_AUX.has(tokens[j].key)) j++;
  return j < tokens.length ? j : -1;
}

/**
 * The claim's verbs stated as certain, with the word to compare in the source: after will/shall (and be/have),
 * after سوف, or an imperfect verb with س glued before it (سترفع: the verb ترفع).
 */
function certainVerbs(tokens: readonly Token[]): { at: number; marker: number; verb: Token }[] {
  const out: { at: number; marker: number; verb: Token }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (EN_CERTAIN.has(t.key) || AR_CERTAIN.has(t.key)) {
      const j = governed(tokens, i);
      if (j >= 0 && !tokens[j].stop) out.push({ at: j, marker: i, verb: tokens[j] });
    } else if (t.kind === 'word' && t.key.length >= 5 && t.key[0] === 'س' && IMPERFECT.test(t.key.slice(1))) {
      out.push({ at: i, marker: i, verb: makeToken(t.key.slice(1), t.start) });
    }
  }
  return out;
}

/** Is the source's word at k hedged: a modal before it (past be/have), قد before an imperfect, expected to, من المتوقع أن? */
function hedgedAt(tokens: readonly Token[], k: number): Token | undefined {
  let j = k - 1;
  while (j >= 0 && EN_AUX.has(tokens[j].key)) j--;
  const before = tokens[j];
  if (!before) return undefined;
  if (EN_HEDGES.has(before.key) || (AR_HEDGES.has(before.key) && (!QAD.has(before.key) || qadHedges(tokens[k])))) return before;
  if (before.key === TO && j > 0 && EN_HEDGES_BEFORE_TO.has(tokens[j - 1].key)) return tokens[j - 1];
  if (AN.has(before.key) && j > 0 && AR_HEDGES_BEFORE_AN.has(tokens[j - 1].key)) return tokens[j - 1];
  return undefined;
}

/** Does a hedge stand within a few tokens before the claim's verb (will likely rise, سيكون من المحتمل)? */
function claimHedged(tokens: readonly Token[], marker: number, at: number): boolean {
  for (let i = Math.max(0, marker - 3); i <= at; i++)
    if (EN_HEDGES.has(tokens[i].key) || AR_HEDGES.has(tokens[i].key) || EN_HEDGES_BEFORE_TO.has(tokens[i].key)) return true;
  return false;
}

/**
 * The summary states as certain what its source says only may happen: "will be seen" for "could be seen",
 * سترفع for قد ترفع, "will announce" for "is expected to announce". A hedge an editor drops turns a possibility
 * into a fact. Judged on a verb of the claim stated with will/shall, سوف or a glued س, against the same verb (by
 * stem, synonym or antonym side: saysSame) in a sentence of its support set, hedged there by a word right before it (lexicons/modality.json), and
 * never where the claim hedges it too or the same sentence also states it without a hedge. Informational by
 * default (see `severity`): kept at its own severity, as attribution-mismatch is (check/decide.ts OWN_SEVERITY).
 */
export const hedgeDropped: Rule = {
  id: 'hedge-dropped',
  // informational until a labelled set weighs it: the seed pair's gold, written before the rule, has no span for
  // the one it raises there (قد يدفع in the source, سيدفع in the summary: a real drop), and counts any error or
  // warning outside its spans as a false positive. --rule hedge-dropped=error makes it gate.
  severity: 'info',
  description: 'The summary states as certain what its source says only may happen (will for may, سـ for قد).',
  help: 'The source hedges this (may, could, expected to, قد، ربما): check whether the summary may state it as a fact.',
  meta: {
    docs: { url: ruleDocsUrl('hedge-dropped') },
    messages: { certain: 'source {{source}} says "{{expected}}": a possibility, stated here as certain' },
  },
  run(ctx, emit) {
    for (const { unit, support } of ctx.claims) {
      if (!isChecked(unit.kind) || support.sources.length === 0) continue;
      for (const c of certainVerbs(unit.tokens)) {
        if (claimHedged(unit.tokens, c.marker, c.at)) continue;
        let found: { sentence: number; hedge: Token; verb: Token } | undefined;
        for (const i of support.sources) {
          const st = ctx.source.sentences[i].tokens;
          // the same verb by stem; else one that says the same, hedged (an unhedged synonym there may be another event)
          let same = st.map((o, k) => (o.kind === 'word' && sameWord(c.verb, o) ? k : -1)).filter((k) => k >= 0);
          if (same.length === 0) same = st.map((o, k) => (o.kind === 'word' && saysSame(c.verb, o) && hedgedAt(st, k) ? k : -1)).filter((k) => k >= 0);
          if (same.length === 0) continue;
          const hedges = same.map((k) => hedgedAt(st, k));
          // the same verb unhedged in that sentence (it may happen here and will there): not judged
          if (hedges.some((h) => !h)) {
            found = undefined;
            break;
          }
          found ??= { sentence: i, hedge: hedges[0]!, verb: st[same[0]] };
        }
        if (!found) continue;
        const src = ctx.source.sentences[found.sentence];
        const first = unit.tokens[c.marker],
          last = unit.tokens[c.at];
        const expected = ctx.source.text.slice(found.hedge.start, found.verb.end);
        emit({
          rule: this.id,
          severity: severityFor(unit.kind, this.severity),
          document: 'summary',
          start: first.start,
          end: last.end,
          unit: unit.id,
          sources: [src.id],
          messageId: 'certain',
          data: { source: src.id, expected },
          expected,
          actual: ctx.summary.text.slice(first.start, last.end),
        });
        break;
      }
    }
  },
};
