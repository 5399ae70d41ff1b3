import { keyTokens } from '../../align/query-builder.js';
import type { Rule, CheckContext } from '../context.js';
import type { Claim } from '../../text/document.js';
import { isChecked, severityFor, ruleDocsUrl, keptPerCheck, sentenceAlignment, holdersOf } from '../context.js';
import { quantities, isDayOfMonth, isScaleWord, wordsAt, type Quantity } from '../../text/numbers.js';
import { MONTH_NUMBER, SINCE_MONTH, YEAR_WORDS, monthsTo, yearParts, yearPartsAt, type MonthSpan } from '../../text/year-parts.js';
import {
  entityAt,
  entityOf,
  entityWords,
  listedForm,
  countryOfCapital,
  isRegion,
  phrasesOf,
  RANGE_WORDS,
  isMonthInContext,
  monthInContextId,
  type Entity,
} from '../../text/entities.js';
import { tokenize, makeToken } from '../../text/tokenize.js';
import { lexiconPhrases, lexiconWords } from '../../text/lexicons.js';
import type { Token } from '../../text/tokenize.js';
import { tokenForms, holdsPhrase } from '../../text/document.js';
import { isArabicChar } from '../../text/normalize.js';
import { datelineEnd } from '../../text/meta.js';
import { sameWord, withNeighbours } from './window.js';

/** Content words besides the entities that the claim must have: a headline of three words is too little to judge a swap. */
const MIN_REST = 3;
/** Share of those words that the best source sentence must carry. */
const BEST_SUPPORT = 0.6;

/**
 * The summary names a different entity of the same closed class than its source: another country or
 * nationality (مصر for ليبيا, Egyptian for Libyan), city, commodity (gold for oil), currency, month,
 * weekday or (English) colour, in a claim that otherwise matches the source. It is judged only when the best source sentence
 * alone carries most of the claim apart from those words, when no sentence of the support set names the
 * claim's entity, and when the best source sentence names another one of that class that the claim's
 * sentence does not have.
 */
export const entityMismatch: Rule = {
  id: 'entity-mismatch',
  severity: 'error',
  description: 'The summary names another country, city, commodity, currency, month, weekday or colour than its source.',
  help: 'The claim matches a source sentence except for a name of the same kind (Egypt/Libya, gold/oil, August/September, blue/white). Check which one the source means.',
  meta: {
    docs: { url: ruleDocsUrl('entity-mismatch') },
    messages: {
      otherEntity: 'source {{source}} names "{{expected}}" where the summary says "{{actual}}"',
      // the cross-language check's (src/xling/check.ts): {{cls}} is the class (country, city, commodity, currency, month, weekday, colour)
      xlingOtherEntity: 'the original names another {{cls}} here ({{expected}})',
    },
  },
  run(ctx, emit) {
    const sentenceOf = new Map(ctx.summary.sentences.map((s) => [s.id, s]));
    // (where a flag already stands: the month swap read beside its day below adds none there)
    const flaggedAt = new Set<number>();
    /** The claim's entity words from t to last, where source sentence `source` names `expected`. */
    const flagOther = (unit: { id: string; kind: Claim['kind'] }, t: Token, last: Token, source: string, expected: string) => {
      const actual = ctx.summary.text.slice(t.start, last.end);
      flaggedAt.add(t.start);
      emit({
        rule: this.id,
        severity: severityFor(unit.kind, this.severity),
        document: 'summary',
        start: t.start,
        end: last.end,
        unit: unit.id,
        sources: [source],
        messageId: 'otherEntity',
        data: { source, expected, actual },
        expected,
        actual,
      });
    };
    for (const { unit, query, support } of ctx.claims) {
      if (!isChecked(unit.kind) || support.sources.length === 0) continue;
      // an Arabic word of the claim names its entity only in a form the lexicon lists: a shared stem is
      // not enough (البحر "the sea" is no البحرين, سور "wall" no سوريا); the source side may inflect freely
      const ents = unit.tokens.map((t, i) => {
        const e = entityAt(unit.tokens, i);
        return e && (!isArabicChar(t.text.charCodeAt(0)) || listedForm(t) || entityOf(t) !== e) ? e : undefined;
      });
      if (!ents.some(Boolean)) continue;
      // the best source sentence alone carries the claim apart from the entity words: a swap is a
      // one-word difference from one sentence, not a claim pieced together from several
      // (the sentence of the support set that carries most of them, not its first: a clause fused after another one's
      // source keeps that source first, "وقال حسين عبد الرازق إنه لا يتوقع … منتصف نوفمبر" had its neighbour's month
      // sentence first and its own, with ديسمبر, second: a fresh editor pair's planted date that drew nothing)
      const rests: number[] = [];
      for (const [kx] of query.keys.entries()) if (!keyTokens(query, kx).some((t) => ents[unit.tokens.indexOf(t)])) rests.push(kx);
      const rest = rests.length;
      // (among the sentences that name something of the claim's classes when one does: the month is read against the sentence
      // with a date, "بدءاً من مطلع أبريل" against the lead's "اعتباراً من الأول من مارس", not the sentence that tells how to apply)
      const classes = new Set(ents.filter((e) => e !== undefined).map((e) => e.cls));
      // (each support sentence's entities read once: for the classes here, for the names below)
      const inSupport = support.sources.map((i) => entitiesIn(ctx, i, true));
      let withClass = support.sources.filter((_, x) => inSupport[x].some((e) => classes.has(e.cls)));
      // (or, for a date, among its sentence's support set when its own names none: a clause "سيكون بإمكان العاملين عن بعد
      // التقدم إلكترونياً، بدءاً من مطلع أبريل" aligned by its words of applying to the sentence on how to apply, and its month,
      // which the source names nowhere, was read against no date)
      if (withClass.length === 0 && ents.some((e) => e !== undefined && CALENDAR.has(e.cls) && !sourceEntities(ctx).has(e.id)))
        withClass = (sentenceAlignment(ctx, unit.sentence)?.support.sources ?? []).filter((i) =>
          entitiesIn(ctx, i, true).some((e) => CALENDAR.has(e.cls) && classes.has(e.cls)),
        );
      let best = support.sources[0],
        w = 0,
        m = -1;
      for (const i of withClass.length > 0 ? withClass : support.sources) {
        let wi = 0,
          mi = 0;
        for (const kx of rests) {
          const k = query.keys[kx];
          wi += k.w;
          mi += k.w * ctx.index.match(k, i);
        }
        if (mi > m) {
          best = i;
          w = wi;
          m = mi;
        }
      }
      // a month or weekday that the source never names is judged on less: a date has no paraphrase, and the
      // best sentence's other date is then what the claim restates (في نوفمبر for في كانون الأول/ديسمبر المقبل,
      // in a clause whose other words are paraphrased: a fresh editor pair's planted date)
      // (not a month of a range, January-July, that restates a part of the year the support set names, "the first
      // seven months"; a range that names no such part is judged as a month alone is)
      const unsourcedDate = (x: number) => {
        const e = ents[x];
        return e !== undefined && CALENDAR.has(e.cls) && !sourceEntities(ctx).has(e.id) && !partOfYear(ctx, support.sources, unit.tokens, x, ents);
      };
      const strict = rest >= MIN_REST && w > 0 && m / w >= Math.max(ctx.thresholds.negationSupport, BEST_SUPPORT);
      const loose = rest >= 2 && w > 0 && m / w >= ctx.thresholds.claimSupport && ents.some((_, x) => unsourcedDate(x));
      // a name beside the same word as another of its class in the best sentence (الليرة اللبنانية for الليرة التركية,
      // "the Lebanese pound"): a swap read on the word it goes with, however little else of the claim the sentence carries
      const beside = (x: number) => rest >= 1 && besideOther(ctx, best, unit.tokens, x, ents);
      if (!strict && !loose && !ents.some((_, x) => beside(x))) continue;
      // names anywhere in the claim's sentence: a source name that the summary sentence has in another
      // clause ("Russia's invasion of Ukraine, U.K. activists …") was not swapped away
      const mine = new Set<string>();
      const whole = sentenceOf.get(unit.sentence)?.tokens ?? unit.tokens;
      for (let x = 0; x < whole.length; x++) {
        const e = entityAt(whole, x);
        if (e) mine.add(e.id);
      }
      // the source sentences' words as forms (no token objects made for them, and none kept)
      // (past a dateline: "توجه إلى الرياض" for the source's "يصل إلى جدة" is no restatement of the dateline الرياض (أ ف ب)
      // that opens another sentence of the support set, a fresh editor pair's planted place)
      // (and the entities of the claim's sentence's support set: a clause of a fused sentence may be aligned to the sentence
      // of its neighbour clause alone, "the Rhone Belle, a Swiss-run river cruise ship with 147 passengers aboard" to the
      // lead's "near the Austrian town of Melk" while the sentence's support set holds "The Swiss-operated vessel", a fresh
      // editor pair's false error)
      const named = new Set(inSupport.flatMap((es) => es.map((e) => e.id)));
      for (const i of sentenceAlignment(ctx, unit.sentence)?.support.sources ?? [])
        if (!support.sources.includes(i)) for (const e of entitiesIn(ctx, i, true)) named.add(e.id);
      const src = ctx.source.sentences[best];
      const { forms, from, to } = tokenForms(src);
      // (where the best sentence's words begin past its dateline: read once per claim, only for a date, below)
      let pastDateline: number | undefined;
      for (let x = 0; x < unit.tokens.length; x++) {
        const e = ents[x],
          t = unit.tokens[x];
        if (!e || named.has(e.id) || (!strict && !unsourcedDate(x) && !beside(x))) continue;
        // a month of a part of the year that the support set names in other words (the first nine months)
        // (or a month at the end of one, or the month after it: the end of September, before July for the end of June)
        if (
          e.cls === 'month' &&
          (partOfYear(ctx, support.sources, unit.tokens, x, ents) ||
            endOfPart(ctx, support.sources, unit.tokens, x, e) ||
            afterMonthEnd(ctx, support.sources, unit.tokens, x, e))
        )
          continue;
        // nor an entity the support set names by a phrase (the United States for American), nor a capital whose
        // country it names (أنقرة for تركيا: the government by its seat); two fresh editor pairs' false errors
        // (read in the best sentence, which the claim restates; and a capital stands for its country only when the
        // claim's sentence does not name that country too: "the Moscow Russian embassy" puts the embassy in a city, a
        // SummEdits dev edit that this reading let through, 0.707 → 0.701)
        const country = countryOfCapital(e.id);
        if (
          (country !== undefined && !mine.has(country) && entityIdsIn(ctx, [best]).has(country)) ||
          phrasesOf(e.id).some((p) => phraseInSentences(ctx, [best], p))
        )
          continue;
        // the best sentence has the very word, where its context does not make it a name (أعلنت الوزارة، الجمعة،
        // with no يوم before it: الجمعة is also "the gathering"): the claim restates it (a fresh editor pair's
        // يوم الجمعة drew an error, "source names الخميس", from the sentence that says both)
        if (hasKey(forms, from, to, t.key)) continue;
        let other: string | undefined;
        // (past the dateline's date for a date that the source names elsewhere: "From August 1" against "CANBERRA, June 4
        // (Reuters) -", the day the report was filed, where another sentence says "takes effect on August 1"; a fresh
        // editor pair's faithful summary drew an error)
        const start = CALENDAR.has(e.cls) && sourceEntities(ctx).has(e.id) ? from + (pastDateline ??= datelineTokens(src.text)) : from;
        for (let y = start; y < to && other === undefined; y++) {
          const so = entityAt(forms, y, from, to);
          // (a region is no swap for a country that the source names, nor such a country for a region: an "Africa
          // economist" beside Kenya; a country the source never names is still judged against it)
          if (so === undefined || mine.has(so.id)) continue;
          const same = so.cls === e.cls && (isRegion(so.id) === isRegion(e.id) || !sourceEntities(ctx).has(e.id));
          // (a capital that stands for its government against another country, and the other way round: فرنسا
          // تغلق قنصليتها for واشنطن تغلق قنصليتها, an ANS train contradiction; not the capital's own country, nor a
          // country whose capital the claim's sentence has)
          const seat = (city: Entity, country: Entity) => {
            const of = countryOfCapital(city.id);
            return of !== undefined && of !== country.id && !mine.has(of);
          };
          const governments = (e.cls === 'country' && so.cls === 'city' && seat(so, e)) || (e.cls === 'city' && so.cls === 'country' && seat(e, so));
          // (a commodity and a currency are one market's: الذهب يرتفع مع تراجع النفط for تراجع الدولار, an ANS train contradiction)
          // (not a currency that is an amount's unit, after a figure: "بسعر استرشادي قدره عشرة آلاف جنيه للقنطار" says what the
          // cotton costs, not the pound's market, a fresh editor pair's faithful "تجار القطن" drew a swap once bare جنيه was read)
          const market = MARKET.has(e.cls) && MARKET.has(so.cls) && !(e.cls !== so.cls && so.cls === 'currency' && afterFigure(forms, y));
          if (same || governments || market) other = entityWords(forms, y, to) === 2 ? `${forms[y].text} ${forms[y + 1].text}` : forms[y].text;
        }
        // (a month that the source never names, against a part of the year that the best sentence names and that does not
        // hold it: "بين أبريل ويونيو 2024" for "خلال الربع الثالث من عام 2024", a planted date of the 145th batch of fresh editor
        // pairs that drew nothing, the sentence having no month to read as the other; a month inside the part restates it)
        if (other === undefined && e.cls === 'month' && unsourcedDate(x)) other = partWithout(src, MONTH_NUMBER.get(e.id));
        if (other === undefined) continue;
        // a month of two words (تشرين الثاني) is flagged whole
        flagOther(unit, t, unit.tokens[x + entityWords(unit.tokens, x) - 1], src.id, other);
      }
    }
    for (const { unit, support } of ctx.claims) {
      if (!isChecked(unit.kind) || support.sources.length === 0) continue;
      // (a month beside a day that the source gives with another month only, wherever it stands: "في 17 فبراير 2025" for
      // "في السابع عشر من يناير 2025" in a sentence outside the support set, a planted date of the 119th batch that drew only
      // warnings on the day and the year)
      // (and an Arabic word the source has nowhere in the slot of a place that a sentence of the support set names: placeSwaps)
      for (const d of [...datesMonthSwapped(ctx, unit.tokens, support.sources), ...placeSwaps(ctx, unit.tokens, support.sources)]) {
        const t = unit.tokens[d.at];
        if (!flaggedAt.has(t.start)) flagOther(unit, t, t, ctx.source.sentences[d.sentence].id, d.expected);
      }
      // (and a part of the year, a quarter or a half, where the best sentence names another of its length: partSwaps)
      for (const d of partSwaps(ctx, unit.tokens, support.sources, sentenceAlignment(ctx, unit.sentence)?.support.sources ?? [])) {
        const t = unit.tokens[d.at];
        if (!flaggedAt.has(t.start)) flagOther(unit, t, unit.tokens[d.last], ctx.source.sentences[d.sentence].id, d.expected);
      }
    }
  },
};

/** lexicons/entities.json placePrepositions: the words before a place whose slot placeSwaps reads. */
const PLACE_PREPOSITIONS = new Set(lexiconWords('entities', 'placePrepositions').map((w) => makeToken(w, 0).key));
/** lexicons/entities.json placeNouns: nouns that stand for a place without naming it (العاصمة for الرباط). */
const PLACE_NOUNS = new Set(lexiconWords('entities', 'placeNouns').map((w) => makeToken(w, 0).stem));
/** An attached pronoun after a taa marbuta (written ت before it, as keys write it): وجهتهم، مدينتها. */
const PRONOUN_ON_TAA = /ت(?:ه|ها|هم|هما|هن|كم|كن|نا|ي)$/;
/** Arabic verb forms: an imperfect (يؤكد، تشمل), a derived form (انطبق، استعاد، افتتح), a past tense in ت or وا (شملت، قالوا). */
const VERB_FORM = /^(?:[يتن]\S{3,}|ان\S{3,}|است\S{3,}|\S{3,4}ت|\S{3,}وا)$/;
/** Tokens on each side of the slot within which a content word of the claim anchors it to the source's words. */
const SLOT_ANCHOR = 2;

/**
 * The claim's Arabic words that stand where a sentence of the support set names a listed city, with
 * that place: the word after the same preposition (في، قرب، من) as the place, with a content word beside the slot that the
 * source has beside its place, the word itself nowhere in the source and no entity of its own (the entity rule reads those), and the place
 * nowhere in the claim's words. Cities whose names are also common words are left out of the lexicon (سوسة "weevil", فاس
 * "axe", الحلة "the suit", سلا), so a summary that moves a story to one of them named nothing: "جامعة الأفق الخاصة في سوسة"
 * for the source's "في صفاقس" and "يلتقوا في فاس يوم السبت" for "في الرباط", two of the five planted places of the fresh editor
 * pairs looked at that drew nothing (33rd session; two more put a town in the place of one the lexicon does not list either:
 * الحلة for الكوت, سلا for المحمدية).
 */
function placeSwaps(ctx: CheckContext, tokens: readonly Token[], support: readonly number[]): { at: number; expected: string; sentence: number }[] {
  const out: { at: number; expected: string; sentence: number }[] = [];
  const absent = (t: Token) => !ctx.index.vocab.has(t.stem) && !(t.alt !== undefined && ctx.index.vocab.has(t.alt));
  // (the claim's entities and the tokens of its figures, each read once when a slot asks)
  let mine: Set<string> | undefined;
  let inFigures: Set<number> | undefined;
  const figureWords = () => {
    if (inFigures) return inFigures;
    inFigures = new Set();
    for (const q of quantities(tokens as Token[])) for (let k = q.first; k <= q.last; k++) inFigures.add(k);
    return inFigures;
  };
  for (let x = 1; x < tokens.length; x++) {
    const t = tokens[x];
    if (t.stop || t.kind !== 'word' || !isArabicChar(t.text.charCodeAt(0)) || !PLACE_PREPOSITIONS.has(tokens[x - 1].key)) continue;
    // (nor a noun with a pronoun on its taa marbuta, وجهتهم "their destination", which names no place; nor a word of a figure,
    // "في السادسة والأربعين" an age: three faithful lines of the editor pairs drew a swap)
    // (nor a word that reads as a verb, an imperfect or a derived form, or a past tense in ت: "في شملت", "في انطبق", lines of the bench's
    // paraphrases whose grammar the word swaps had broken, drew swaps)
    if (entityAt(tokens, x) || PLACE_NOUNS.has(t.stem) || PRONOUN_ON_TAA.test(t.key) || VERB_FORM.test(t.key) || !absent(t) || figureWords().has(x)) continue;
    if (mine === undefined) {
      mine = new Set<string>();
      for (let k = 0; k < tokens.length; k++) {
        const e = entityAt(tokens, k);
        if (e) mine.add(e.id);
      }
    }
    let found: { expected: string; sentence: number } | undefined;
    for (const i of support) {
      const { forms, from, to } = tokenForms(ctx.source.sentences[i]);
      for (let y = from + 1; y < to && !found; y++) {
        if (forms[y - 1].key !== tokens[x - 1].key) continue;
        const e = entityAt(forms, y, from, to);
        // (a city only: "في الأزمة" for the seed's "في أفريقيا", a region, and البحر for البحرين drew false swaps; a town is what
        // a story is moved to)
        if (e?.cls !== 'city' || mine.has(e.id)) continue;
        if (!anchored(tokens, x, forms, y, from, to)) continue;
        found = { expected: forms[y].text, sentence: i };
      }
      if (found) break;
    }
    if (found) out.push({ at: x, ...found });
  }
  return out;
}

/**
 * Do the slots at tokens[x] and forms[y] (each after its preposition) share a content word beside them: the nearest before
 * the preposition, or the nearest after the slot, within SLOT_ANCHOR tokens, the same word on both sides?
 */
function anchored(
  tokens: readonly Token[],
  x: number,
  forms: ArrayLike<Pick<Token, 'stem' | 'alt' | 'stop' | 'kind'>>,
  y: number,
  from: number,
  to: number,
): boolean {
  type Word = Pick<Token, 'stem' | 'alt' | 'stop' | 'kind'>;
  const near = (ts: ArrayLike<Word>, at: number, step: number, lo: number, hi: number): Word | undefined => {
    for (let k = at + step, n = 0; k >= lo && k < hi && n < SLOT_ANCHOR; k += step, n++) if (!ts[k].stop && ts[k].kind === 'word') return ts[k];
    return undefined;
  };
  const before = near(tokens, x - 1, -1, 0, tokens.length),
    theirsBefore = near(forms, y - 1, -1, from, to);
  if (before && theirsBefore && sameWord(before, theirsBefore)) return true;
  const after = near(tokens, x, 1, 0, tokens.length),
    theirsAfter = near(forms, y, 1, from, to);
  return after !== undefined && theirsAfter !== undefined && sameWord(after, theirsAfter);
}

/**
 * The claim's parts of the year with an end (the third quarter, النصف الثاني, the first nine months) that no sentence of its
 * support set, of its sentence's support set or beside them names in any words (a part, or a range of months), where the best
 * sentence names another part of the same length: the quarter or half swapped. "في الربع الثالث من 2025" for the source's
 * "خلال الربع الأول من عام 2025", a planted date of the 159th batch of fresh editor pairs, drew nothing: a quarter is no month,
 * and its ordinal was a figure that "quarter" read as three months let through ("third quarter" for "first quarter" alike).
 */
function partSwaps(
  ctx: CheckContext,
  tokens: readonly Token[],
  support: readonly number[],
  sentenceSupport: readonly number[],
): { at: number; last: number; expected: string; sentence: number }[] {
  const parts = yearPartsAt(tokens).filter((p) => p.span[1] !== undefined);
  if (parts.length === 0) return [];
  const best = ctx.source.sentences[support[0]];
  const theirs = yearPartsAt(best.tokens).filter((p) => p.span[1] !== undefined);
  if (theirs.length === 0) return [];
  const near = withNeighbours([...new Set([...support, ...sentenceSupport])], ctx.source.sentences.length, 1);
  const out: { at: number; last: number; expected: string; sentence: number }[] = [];
  for (const { span, first, last } of parts) {
    const [a, b] = span;
    const same = ([c, d]: MonthSpan) => c === a && d === b;
    if (near.some((i) => partsOf(ctx, i).some(same) || monthRangesOf(ctx, i).some(same))) continue;
    const other = theirs.find((p) => p.span[1]! - p.span[0] === b! - a);
    if (other === undefined) continue;
    const expected = best.tokens
      .slice(other.first, other.last + 1)
      .map((t) => t.text)
      .join(' ');
    out.push({ at: first, last, expected, sentence: support[0] });
  }
  return out;
}

/**
 * The words of a part of the year that the sentence names (the third quarter, الربع الثالث) when none of its parts holds
 * month m (1-12): what the sentence says instead of the month. Undefined when the sentence names no part, or one holds m.
 */
function partWithout(sentence: { readonly tokens: readonly Token[] }, m: number | undefined): string | undefined {
  if (m === undefined) return undefined;
  const parts = yearPartsAt(sentence.tokens);
  if (parts.length === 0 || parts.some(({ span: [a, b] }) => a <= m && m <= (b ?? 12))) return undefined;
  return sentence.tokens
    .slice(parts[0].first, parts[0].last + 1)
    .map((t) => t.text)
    .join(' ');
}

/**
 * Does the entity at tokens[x] stand next to a content word that, in source sentence i, stands on the same side of
 * another entity of its class (الليرة اللبنانية against الليرة التركية; "Lebanese pound" against "Turkish pound")?
 */
function besideOther(ctx: CheckContext, i: number, tokens: readonly Token[], x: number, ents: readonly (Entity | undefined)[]): boolean {
  const e = ents[x];
  if (!e) return false;
  const { forms, from, to } = tokenForms(ctx.source.sentences[i]);
  for (const d of [-1, 1]) {
    const n = tokens[d < 0 ? x - 1 : x + entityWords(tokens, x)];
    if (!n || n.stop || entityOf(n)) continue;
    for (let y = from; y < to; y++) {
      const so = entityAt(forms, y, from, to);
      if (!so || so.cls !== e.cls || so.id === e.id) continue;
      const z = d < 0 ? y - 1 : y + entityWords(forms, y, to);
      if (z >= from && z < to && sameWord(n, forms[z])) return true;
    }
  }
  return false;
}

/** Does one of the sentences have the phrase (by its words' stems, in a row: "united states")? */
function phraseInSentences(ctx: CheckContext, sentences: readonly number[], phrase: string): boolean {
  const stems = tokenize(phrase).map((t) => t.stem);
  return sentences.some((i) => holdsPhrase(ctx.source.sentences[i], stems));
}

/** Does a word of forms[from, to) have this matching key? */
function hasKey(forms: ArrayLike<{ readonly key: string }>, from: number, to: number, key: string): boolean {
  for (let y = from; y < to; y++) if (forms[y].key === key) return true;
  return false;
}

/** The classes of dates: a summary restates them, it does not paraphrase them. */
const CALENDAR = new Set(['month', 'weekday']);
/** The classes of what markets trade, which copy sets against each other (gold as the dollar falls). */
const MARKET = new Set(['commodity', 'currency']);
/** Do digits or a scale word (آلاف، million) stand right before forms[y]? */
const afterFigure = (forms: ArrayLike<Pick<Token, 'kind' | 'key'>>, y: number): boolean => {
  const t = y > 0 ? forms[y - 1] : undefined;
  return t !== undefined && (t.kind === 'number' || isScaleWord(t.key));
};

const SOURCE_ENTITIES = new WeakMap<CheckContext, Set<string>>();
/** The entities the whole source names (made once per check, only for a claim that names a date). */
function sourceEntities(ctx: CheckContext): Set<string> {
  let out = SOURCE_ENTITIES.get(ctx);
  if (!out) SOURCE_ENTITIES.set(ctx, (out = entityIdsIn(ctx, ctx.source.sentences.keys())));
  return out;
}

/** The ids of the entities that the given source sentences name, read off their token forms (no token objects made). */
/** The entities that source sentence i names, in order (past its dateline when asked). */
function entitiesIn(ctx: CheckContext, i: number, pastDateline = false): Entity[] {
  const out: Entity[] = [];
  const { forms, from, to } = tokenForms(ctx.source.sentences[i]);
  for (let x = pastDateline ? from + datelineTokens(ctx.source.sentences[i].text) : from; x < to; x++) {
    const e = entityAt(forms, x, from, to);
    if (e) out.push(e);
  }
  return out;
}

function entityIdsIn(ctx: CheckContext, sentences: Iterable<number>, pastDateline = false): Set<string> {
  const out = new Set<string>();
  for (const i of sentences) for (const e of entitiesIn(ctx, i, pastDateline)) out.add(e.id);
  return out;
}

/**
 * How many tokens the dateline that opens a source sentence has (الرياض (أ ف ب) –, "ZURICH, Sept 22 (Reuters) -"), 0 for none:
 * the place an agency files from, not a place the sentence tells of.
 */
function datelineTokens(text: string): number {
  const end = datelineEnd(text);
  return end > 0 ? tokenize(text.slice(0, end)).length : 0;
}

/** The other end of the range that the entity at x is one end of (January-July, من يناير إلى سبتمبر), if it is. */
function rangeEnd(tokens: readonly Token[], x: number, ents: readonly (Entity | undefined)[]): number | undefined {
  const e = ents[x]!;
  for (const y of [x - 2, x + 2, x - 1, x + 1]) {
    const o = ents[y];
    if (o && o.cls === e.cls && o.id !== e.id && Math.abs(y - x) <= 2) {
      const between = tokens.slice(Math.min(x, y) + 1, Math.max(x, y));
      if (between.every((t) => RANGE_WORDS.has(t.key))) return y;
    }
  }
  return undefined;
}

/**
 * Is the month at x one end of a span of months that a sentence of the support set names as a part of the year
 * (من يناير إلى سبتمبر for الأشهر التسعة الأولى; since January for the first half, or since the start of the year)?
 * A range must match the part at both ends; "since" a month, its first.
 */
function partOfYear(ctx: CheckContext, sources: readonly number[], tokens: readonly Token[], x: number, ents: readonly (Entity | undefined)[]): boolean {
  const m = MONTH_NUMBER.get(ents[x]!.id);
  if (m === undefined) return false;
  const y = rangeEnd(tokens, x, ents);
  const since = y === undefined && x > 0 && SINCE_MONTH.has(tokens[x - 1].key);
  if (y === undefined && !since) return false;
  const other = y === undefined ? undefined : MONTH_NUMBER.get(ents[y]!.id);
  const [first, last] = y === undefined ? [m, undefined] : x < y ? [m, other] : [other, m];
  return sources.some((i) => partsOf(ctx, i).some(([a, b]) => a === first && (since || b === last)));
}

/** Is the month at x after a word of an end (END_WORDS within END_BEFORE tokens: the end of September) the last month of a part of the year the support set names? */
function endOfPart(ctx: CheckContext, sources: readonly number[], tokens: readonly Token[], x: number, e: Entity): boolean {
  const m = MONTH_NUMBER.get(e.id);
  if (m === undefined || !endWordBefore(tokens, x)) return false;
  return sources.some((i) => partsOf(ctx, i).some(([, b]) => b === m));
}

/** Is a word of an end (END_WORDS) among the END_BEFORE + 1 tokens before a month at x (the end of September, by the end of June)? */
const endWordBefore = (tokens: readonly Token[], x: number): boolean => tokens.slice(Math.max(0, x - END_BEFORE - 1), x).some((t) => END_WORDS.has(t.key));

/** Words before a month that make it a deadline at its start (before July, قبل يوليو, by July). */
const BEFORE_MONTH = new Set(['before', 'by', 'قبل', 'بحلول'].map((w) => makeToken(w, 0).key));
/**
 * Is the month at x after a word of BEFORE_MONTH the month after one that a support sentence names after a word of an end
 * ("before July" for "by the end of June", a fresh editor pair's faithful line of the 169th batch drew an unknown name)?
 */
function afterMonthEnd(ctx: CheckContext, sources: readonly number[], tokens: readonly Token[], x: number, e: Entity): boolean {
  const m = MONTH_NUMBER.get(e.id);
  if (m === undefined || x === 0 || !BEFORE_MONTH.has(tokens[x - 1].key)) return false;
  const previous = m === 1 ? 12 : m - 1;
  return sources.some((i) => {
    const ts = ctx.source.sentences[i].tokens;
    return ts.some((_t, k) => {
      const o = entityAt(ts, k);
      return o?.cls === 'month' && MONTH_NUMBER.get(o.id) === previous && endWordBefore(ts, k);
    });
  });
}

/** lexicons/dates.json previousMonth, each as its words' keys. */
const PREVIOUS_MONTH = lexiconPhrases('dates', 'previousMonth');
/** lexicons/dates.json endWords: the end of a span (نهاية، انقضاء، end), up to END_BEFORE tokens before a part of the year. */
const END_WORDS = new Set(lexiconWords('dates', 'endWords').map((w) => makeToken(w, 0).key));
const END_BEFORE = 2;
const PARTS_OF = new WeakMap<CheckContext, Map<number, MonthSpan[]>>();
/** A source sentence's parts of the year, read once per check (each month of each claim asks for its support set's). */
function partsOf(ctx: CheckContext, i: number): MonthSpan[] {
  return keptPerCheck(PARTS_OF, ctx, i, () => {
    const tokens = ctx.source.sentences[i].tokens;
    // (and N months up to a month: "the six months to Dec. 31" for the July-December half)
    const to = monthsTo(tokens, (k) => {
      const e = entityAt(tokens, k);
      return e?.cls === 'month' ? MONTH_NUMBER.get(e.id) : undefined;
    });
    return [...yearParts(tokens), ...to.map((p) => p.span)];
  });
}
/**
 * The month words of a claim that a part of the year in its support set stands for (من يناير إلى سبتمبر for
 * الأشهر التسعة الأولى): words the source has in other words, as a figure restated is (unsupported-span).
 */
export function partOfYearTokens(ctx: CheckContext, sources: readonly number[], tokens: readonly Token[]): Set<Token> {
  const out = new Set<Token>();
  let ents: (Entity | undefined)[] | undefined;
  for (let x = 0; x < tokens.length; x++) {
    // ("March" and "May" are months in context only: "the January-March quarter" for the first quarter drew an unknown name)
    if (!MONTH_NUMBER.has(entityOf(tokens[x])?.id ?? '') && !isMonthInContext(tokens[x])) continue;
    ents ??= tokens.map((_, i) => entityAt(tokens, i));
    if (ents[x]?.cls === 'month' && partOfYear(ctx, sources, tokens, x, ents)) out.add(tokens[x]);
    // (or a month after a word of an end that ends a part of the year the support set names: "before the end of September 2025"
    // for "by the end of the third quarter of 2025", a fresh editor pair's faithful line of the 165th batch drew an unknown name)
    else if (ents[x]?.cls === 'month' && (endOfPart(ctx, sources, tokens, x, ents[x]!) || afterMonthEnd(ctx, sources, tokens, x, ents[x]!))) out.add(tokens[x]);
  }
  // (and a month the claim names that is the month before one a support sentence names with "the previous month": "fell 2% from
  // March" for "fell 2% in April from the previous month"; lexicons/dates.json previousMonth)
  for (let x = 0; x < tokens.length; x++) {
    if (out.has(tokens[x]) || (!MONTH_NUMBER.has(entityOf(tokens[x])?.id ?? '') && !isMonthInContext(tokens[x]))) continue;
    // (a month that is a word too, "March", by its capital: the unknown-name rule asks of it only when it is capitalised)
    const e = entityAt(tokens, x);
    const id = e?.cls === 'month' ? e.id : /^\p{Lu}/u.test(tokens[x].text) ? monthInContextId(tokens[x]) : undefined;
    const m = id === undefined ? undefined : MONTH_NUMBER.get(id);
    if (m === undefined) continue;
    const next = (m % 12) + 1;
    if (
      sources.some((i) => {
        const ts = ctx.source.sentences[i].tokens;
        if (!PREVIOUS_MONTH.some((p) => ts.some((_, k) => wordsAt(ts, k, p)))) return false;
        return ts.some((_, k) => {
          const o = entityAt(ts, k);
          return o?.cls === 'month' && MONTH_NUMBER.get(o.id) === next;
        });
      })
    )
      out.add(tokens[x]);
  }
  // and the other way round: the claim's part of the year for the months its support set names (the first three months
  // of the year for January-March, الربع الأول for من يناير إلى مارس), with the year word after it ("of the year", من العام);
  // a dev probe pair's faithful summary drew a span error on "the first three months of the year" restating January-March
  for (const part of yearPartsAt(tokens)) {
    const [a, b] = part.span;
    // (or a part of the year the support set names in other words, "الأشهر الثلاثة الأولى" for "الربع الأول"; after a word of an
    // end, one that ends with it: "قبل انقضاء الأشهر التسعة الأولى من السنة" for "قبل نهاية الربع الثالث من العام", a fresh
    // editor pair's faithful line, 129th batch, drew a number error)
    const atEnd = tokens.slice(Math.max(0, part.first - END_BEFORE), part.first).some((t) => END_WORDS.has(t.key));
    const same = ([c, d]: readonly [number, number | undefined]) => (c === a || atEnd) && d === b;
    if (!sources.some((i) => monthRangesOf(ctx, i).some(same) || partsOf(ctx, i).some(same))) continue;
    for (let i = part.first; i <= part.last; i++) out.add(tokens[i]);
    for (let i = part.last + 1; i < tokens.length && i <= part.last + 3; i++) {
      if (YEAR_WORDS.has(tokens[i].key)) {
        out.add(tokens[i]);
        break;
      }
      if (!tokens[i].stop) break;
    }
  }
  return out;
}

/** The index of a month beside a day of the month: right after it (17 فبراير, 17 February), after من/of (السابع عشر من يناير), or right before it (February 17). */
function monthBesideDay(tokens: readonly Token[], q: Quantity): number | undefined {
  const month = (x: number) => x >= 0 && x < tokens.length && entityAt(tokens, x)?.cls === 'month';
  if (month(q.last + 1)) return q.last + 1;
  if ((tokens[q.last + 1]?.key === 'من' || tokens[q.last + 1]?.key === 'of') && month(q.last + 2)) return q.last + 2;
  if (month(q.first - 1)) return q.first - 1;
  return undefined;
}

/**
 * The claim's months beside a day of the month whose day the source gives beside other months only, with that month: a month
 * the support set names is the main rule's to judge; a day the source gives with the claim's month anywhere is sourced.
 */
function datesMonthSwapped(ctx: CheckContext, tokens: readonly Token[], support: readonly number[]): { at: number; expected: string; sentence: number }[] {
  const out: { at: number; expected: string; sentence: number }[] = [];
  for (const q of quantities(tokens as Token[])) {
    if (!isDayOfMonth(q.value)) continue;
    const at = monthBesideDay(tokens, q);
    if (at === undefined) continue;
    const mine = entityAt(tokens, at)!;
    if (support.some((i) => entitiesIn(ctx, i, true).some((e) => e.id === mine.id))) continue;
    let other: { expected: string; sentence: number } | undefined;
    let same = false;
    for (const i of holdersOf(ctx, q.value)) {
      const ts = ctx.source.sentences[i].tokens;
      for (const x of quantities(ts as Token[])) {
        if (x.value !== q.value) continue;
        const m = monthBesideDay(ts, x);
        if (m === undefined) continue;
        if (entityAt(ts, m)!.id === mine.id) same = true;
        else other ??= { expected: ts[m].text, sentence: i };
      }
      if (same) break;
    }
    if (!same && other) out.push({ at, ...other });
  }
  return out;
}

/**
 * The lengths in months of the ranges of months that source sentence i names (من يونيو إلى ديسمبر: seven), counted with both
 * ends: what "على مدى سبعة أشهر" restates (the number rule's monthsSpanned).
 */
export function monthRangeLengths(ctx: CheckContext, i: number): number[] {
  const out = monthRangesOf(ctx, i).flatMap(([a, b]) => (b === undefined ? [] : [b >= a ? b - a + 1 : b + 12 - a + 1]));
  // (and a range of months of two years: "بين مارس 2022 وأكتوبر 2023" is twenty months, which a fresh editor pair's faithful
  // "على مدى عشرين شهرا تقريبا" restated)
  const tokens = ctx.source.sentences[i].tokens;
  const monthYear = (x: number): [number, number] | undefined => {
    const m = MONTH_NUMBER.get(entityAt(tokens, x)?.id ?? '');
    const y = tokens[x + 1];
    return m !== undefined && y !== undefined && y.kind === 'number' && /^\d{4}$/.test(y.text) ? [m, Number(y.text)] : undefined;
  };
  for (let x = 0; x + 3 < tokens.length; x++) {
    const a = monthYear(x);
    if (!a) continue;
    // the second month right after the first's year, with و glued (وأكتوبر) or after a range word (and, to, إلى, حتى)
    const at = RANGE_WORDS.has(tokens[x + 2].key) ? x + 3 : x + 2;
    const b = monthYear(at);
    if (b && (at === x + 3 || /^و/.test(tokens[x + 2].key))) {
      const n = (b[1] - a[1]) * 12 + (b[0] - a[0]) + 1;
      if (n > 0) out.push(n);
    }
  }
  return out;
}

const RANGES_OF = new WeakMap<CheckContext, Map<number, MonthSpan[]>>();
/**
 * The spans of months that source sentence i names by its months (January-March, من يناير إلى مارس as [1, 3]; since
 * January as [1, undefined]), read once per check.
 */
/** lexicons/dates.json yearStartWords, monthsToWords and yearWords, by key. */
const YEAR_START = new Set(lexiconWords('dates', 'yearStartWords').map((w) => makeToken(w, 0).key));
const MONTHS_TO_KEYS = new Set(lexiconWords('dates', 'monthsToWords').map((w) => makeToken(w, 0).key));
const YEAR_WORD_KEYS = new Set(lexiconWords('dates', 'yearWords').map((w) => makeToken(w, 0).key));
/** Tokens between a range's "to" and its month (the end of), and between the start of the year and that "to". */
const TO_REACH = 4;
const START_REACH = 6;

/**
 * Is the month at x the last of a range that runs from the start of the year: "منذ بداية عام 2024 وحتى نهاية أكتوبر", "from
 * the start of the year through October", "from the start of 2024 to October" (lexicons/dates.json yearStartWords)?
 */
function fromYearStart(tokens: readonly Token[], x: number): boolean {
  let to = -1;
  for (let k = x - 1; k >= 0 && k >= x - TO_REACH; k--) {
    const key = tokens[k].key;
    if (MONTHS_TO_KEYS.has(key) || (key[0] === 'و' && MONTHS_TO_KEYS.has(key.slice(1)))) {
      to = k;
      break;
    }
    if (!tokens[k].stop && !END_WORDS.has(key)) return false;
  }
  for (let k = to - 1; to > 0 && k >= 0 && k >= to - START_REACH; k--)
    if (YEAR_START.has(tokens[k].key) && tokens.slice(k + 1, k + 4).some((t) => YEAR_WORD_KEYS.has(t.key) || /^(?:19|20)\d\d$/.test(t.text))) return true;
  return false;
}

function monthRangesOf(ctx: CheckContext, i: number): MonthSpan[] {
  let m = RANGES_OF.get(ctx);
  if (!m) RANGES_OF.set(ctx, (m = new Map()));
  let out = m.get(i);
  if (out) return out;
  out = [];
  const tokens = ctx.source.sentences[i].tokens;
  let ents: (Entity | undefined)[] | undefined;
  for (let x = 0; x < tokens.length; x++) {
    const first = MONTH_NUMBER.get(entityOf(tokens[x])?.id ?? '');
    if (first === undefined) continue;
    ents ??= tokens.map((_, k) => entityAt(tokens, k));
    if (ents[x]?.cls !== 'month') continue;
    const y = rangeEnd(tokens, x, ents);
    if (y !== undefined && y > x) out.push([first, MONTH_NUMBER.get(ents[y]!.id)!]);
    else if (y === undefined && fromYearStart(tokens, x)) out.push([1, first]);
    else if (y === undefined && x > 0 && SINCE_MONTH.has(tokens[x - 1].key)) out.push([first, undefined]);
  }
  m.set(i, out);
  return out;
}
