import stringSimilarity from 'string-similarity';
import type { Rule, CheckContext } from '../context.js';
import { MIN_DICE } from '../../settings.js';
import { isChecked, severityFor, ruleDocsUrl, noteEvidence } from '../context.js';
import { sameWord, sameWordOrRoot, synonymTest, withNeighbours, contrastPartAt } from './window.js';
import {
  implicitNegationAt,
  keepsFromAt,
  negatesAt,
  isLexicalNegation,
  isDenialKey,
  isComplementiserKey,
  isCessationKey,
  isReachKey,
  isExceedKey,
  saysBelow,
  isDunKey,
  isReversingKey,
  saysNotKey,
  votedAgainstAt,
  tooEarlyAt,
  tooEarlyFrom,
  FROM_REACH,
  pronounPhraseEnd,
  exceptionUntilAt,
} from '../../text/negation.js';
import { isSpeechVerb, opensContrast, AUXILIARIES } from '../../text/claims.js';
import { deniesBefore, keepsAllegation, allegationsIn } from '../../text/allegations.js';
import { backRefIn, refersToAccusation, isEnglishSayingParticiple, speakersOf } from '../../text/speakers.js';
import { QUOTES } from '../../text/quotes.js';
import { tokenForms, passingTokens, type Sentence } from '../../text/document.js';
import { synonymStems, phrasalAt } from '../../text/synonyms.js';
import { polarSide, negatableSide } from '../../text/antonyms.js';
import { stemOfText, tokenize, type Token, type TokenForm } from '../../text/tokenize.js';
import { stemArabic } from '../../text/stem.js';
import { normalizeToken, isArabicChar } from '../../text/normalize.js';
import { lexiconPhrases, lexiconWords, listedAfterConjunction } from '../../text/lexicons.js';
import { SAYING_PARTICIPLES } from '../../text/stopwords.js';
import { quantities, isTimeUnit, hedgeStart, shareNegatedBy, restOfShareIn, type Quantity } from '../../text/numbers.js';
import { keyTokens } from '../../align/query-builder.js';
import { entityAt } from '../../text/entities.js';

/**
 * Claim and source disagree in negation (`لم تقع` against `وقعت`): they share almost every word and
 * say the opposite. Negation cues are compared inside the part of the best source sentence that
 * the claim's words match, so a negation elsewhere in a long sentence does not count.
 */
export const negationMismatch: Rule = {
  id: 'negation-mismatch',
  severity: 'error',
  description: 'The summary negates what the source affirms, or the other way round.',
  help: 'A negation (لم، لا، ليس، غير، not, never) was added or dropped against the matching source sentence.',
  meta: {
    docs: { url: ruleDocsUrl('negation-mismatch') },
    messages: {
      opposite: 'source {{source}} says "{{expected}}", the opposite of "{{actual}}"',
      added: '"{{cue}}" negates what source {{source}} states without negation',
      dropped: 'source {{source}} says "{{expected}}"; the summary drops the negation',
      doubled: '"{{actual}}" says it is so; source {{source}} says "{{expected}}"',
      // the cross-language check's (src/xling/check.ts)
      xlingAdded: '"{{cue}}" negates what the original states without negation',
      xlingDropped: 'the original says "{{expected}}"; the translation drops the negation',
    },
  },
  run(ctx, emit) {
    let sentenceOf: Map<string, readonly Token[]> | undefined;
    // the tokens of a claim's whole summary sentence (a clause's neighbours hold what it fuses or restates)
    const sentenceTokens = (unit: (typeof ctx.claims)[number]['unit']): readonly Token[] =>
      (sentenceOf ??= new Map(ctx.summary.sentences.map((x) => [x.id, x.tokens]))).get(unit.sentence) ?? unit.tokens;
    // a negation the claim adds, flagged from its cue (لم، not; or a verb that turns round what it governs: denied,
    // refused, failed, ترفض) to the word it negates, with the source's form of that word when it has one
    const added = (unit: (typeof ctx.claims)[number]['unit'], src: { id: string }, cue: Token, last: Token, said: Token | undefined) => {
      // (a condition, ما لم "unless", adds no negation of a fact)
      if (conditionalAt(ctx.summary.text, cue.start)) return;
      emit({
        rule: this.id,
        severity: severityFor(unit.kind, this.severity),
        document: 'summary',
        start: cue.start,
        end: last.end,
        unit: unit.id,
        sources: [src.id],
        messageId: 'added',
        data: { cue: cue.text, source: src.id },
        ...(said ? { expected: said.text, actual: ctx.summary.text.slice(cue.start, last.end) } : {}),
      });
    };
    for (const { unit, query, support } of ctx.claims) {
      if (!isChecked(unit.kind) || support.sources.length === 0) continue;
      // (judged on less support than a cue, a claim is read only for a reversal of what its words say: below)
      const low = support.bestScore < ctx.thresholds.negationSupport;
      if (low) {
        // (judged on less support than a cue: the verb and the word it governs are the evidence, as a headline's
        // ترفض إقراض لبنان against قروض فرنسية للبنان; REVERSAL_SUPPORT)
        if (support.bestScore >= REVERSAL_SUPPORT && !unit.tokens.some((_, i) => negatesAt(unit.tokens, i))) {
          const r = addedReversal(ctx, unit.tokens, support.sources);
          // (ترفض تطوير الدفاع الجوي for تطوير الدفاع الجوي: flagged on the verb)
          if (r) {
            added(unit, ctx.source.sentences[support.sources[0]], r.verb, r.verb, r.said);
            continue;
          }
        }
        // (and for a polar word read the other way, when the word before it stands before the source's too: LOW_POLAR_SUPPORT;
        // a claim with no polar word is left here, before the matched part is read)
        if (support.bestScore < LOW_POLAR_SUPPORT || !unit.tokens.some((t) => polarSide(t) !== undefined)) continue;
      }
      const src = ctx.source.sentences[support.sources[0]];
      // a negation the claim drops: flagged on the claim's form of the negated word (by stem or root), else on
      // its first content word, with the source's cue and word as what was expected
      const dropped = (sentence: string, cue: Pick<Token, 'text'>, word: Pick<Token, 'text' | 'stem' | 'alt' | 'root'> | undefined, at?: Token): void => {
        // (not when another clause of the claim's sentence negates that word itself: "said projections … had frightened buyers,
        // adding that she did not expect a recovery", whose first clause met the source's "did not expect" through a synonym,
        // a fresh editor pair's false error)
        // (only when the clause itself does not have the word: "X won the first round, while Y did not win the second" still
        // drops the source's "X did not win")
        if (word && !unit.tokens.some((t) => !t.stop && sameWordOrRoot(t, word))) {
          const own = sentenceTokens(unit);
          if (
            own.some((_, k) => {
              if (!negatesAt(own, k)) return false;
              const w = negatedWordAt(own, k);
              return w >= 0 && sameWordOrRoot(own[w], word);
            })
          )
            return;
        }
        // (or its synonym: ويستلزم for the source's لا يتطلب, flagged on the claim's verb, not on its first word)
        const synonymOf = (w: Pick<Token, 'stem' | 'alt'>) => {
          const isSynonym = synonymTest(w);
          return unit.tokens.find((t) => !t.stop && isSynonym(t));
        };
        const same =
          at ??
          (word &&
            (unit.tokens.find(
              (t) =>
                (!t.stop || isSpeechVerb(t)) &&
                (t.stem === word.stem || t.stem === word.alt || t.alt === word.stem || (t.root !== undefined && t.root === word.root)),
            ) ??
              synonymOf(word)));
        // (or a phrasal verb in its place: "roll back" for the source's "not reverse", flagged whole)
        const phrasal = same === undefined && word ? phrasalFor(unit.tokens, word) : -1;
        const a = same ?? (phrasal >= 0 ? unit.tokens[phrasal] : undefined) ?? unit.tokens.find((t) => !t.stop) ?? unit.tokens[0];
        if (!a) return;
        const z = phrasal >= 0 ? unit.tokens[phrasal + 1] : a;
        // (what the claim says is demanded is not said to be so: للمطالبة بتثبيتهم for the source's دون تثبيت)
        if (same && demandedAt(unit.tokens, unit.tokens.indexOf(same))) return;
        // (the source's words from the cue to the word when they stand close: "لم يكن مرخصا", not "لم مرخصا")
        const c = cue as Partial<Token>,
          wd = word as Partial<Token> | undefined;
        const close =
          wd !== undefined &&
          typeof c.start === 'number' &&
          typeof wd.start === 'number' &&
          typeof wd.end === 'number' &&
          wd.start > c.start &&
          wd.end - c.start <= CLOSE_EXPECTED;
        // (nor a condition, "unless": ما لم تكبح نمو الاستهلاك, which a probe pair's faithful رهينة بكبح الطلب restates)
        if (typeof c.start === 'number' && (conditionalAt(ctx.source.text, c.start) || counterfactualAt(ctx.source.text, c.start))) return;
        const expected = close ? ctx.source.text.slice(c.start, wd.end) : word ? `${cue.text} ${word.text}` : cue.text;
        emit({
          rule: this.id,
          severity: severityFor(unit.kind, this.severity),
          document: 'summary',
          start: a.start,
          end: z.end,
          unit: unit.id,
          sources: [sentence],
          messageId: 'dropped',
          data: { source: sentence, expected },
          expected,
          actual: ctx.summary.text.slice(a.start, z.end),
        });
      };
      // (the claim's words, their spelling variants and their synonyms: "Nobody has died" is about "No deaths")
      const stems = new Set<string>();
      // (not a figure's hedge alone: "around one-fifth of its budget" takes nothing of "There's nothing else around here" in a
      // quote of the support set, whose "nothing" it was read as dropping, an editor pair's false error on arrival)
      const hedges = hedgeTokens(unit.tokens);
      // (the verb of a phrasal verb is that verb only before its particle: "legislation … would go ahead" says nothing of the
      // source's "did not go far enough", a fresh editor pair's false dropped negation, 129th batch)
      const phrasal = new Map<string, string>();
      for (let i = 0; i + 1 < unit.tokens.length; i++) {
        const p = phrasalAt(unit.tokens, i);
        if (p) phrasal.set(unit.tokens[i].stem, p.particle);
      }
      for (const [kx, k] of query.keys.entries()) {
        if (hedges.size > 0 && keyTokens(query, kx).every((t) => hedges.has(t))) continue;
        if (phrasal.has(k.stem) && keyTokens(query, kx).every((t) => phrasal.has(t.stem))) continue;
        stems.add(k.stem);
        if (k.alt) stems.add(k.alt);
        // (not a Latin variant with another first letter, unless nearly the same word: insist is no minister's minist, through
        // which an unseen fresh editor pair's faithful "insisting the committee had been guided only by the data" drew "source
        // says no minister", 108th batch)
        for (const v of k.variants) if (!(v.stem[0] !== k.stem[0] && /^[a-z]/.test(k.stem) && v.sim < LATIN_OTHER_FIRST)) stems.add(v.stem);
        for (const syn of synonymStems({ stem: k.stem, alt: k.alt, kind: 'word' })) stems.add(syn);
      }
      // (and a phrasal verb's one-word equivalents: "roll back" is what "would not reverse" negates)
      for (const s of phrasalStems(unit.tokens)) stems.add(s);
      // where the claim's words are in the source sentence, and its first negation cue from three
      // words before them, read off the token forms (no token objects for the 10,000 sentences read)
      const { forms, from, to } = tokenForms(src);
      let first = -1,
        last = -1;
      for (let x = from; x < to; x++) {
        const t = forms[x];
        if (!t.stop && (stems.has(t.stem) || (t.alt !== undefined && stems.has(t.alt)))) {
          if (first < 0) first = x - from;
          last = x - from;
        }
      }
      if (first < 0) continue;
      // a source cue that the claim drops counts only when the claim says what it negates: the content word after it
      // is a word of the claim (its stem, a variant, a synonym or its root). "a safety net, not a market
      // intervention" negates nothing of "called the cap a safety net".
      // (the claim's words with their variants and synonyms, `stems`, and their roots, made only when the matched part has a cue)
      let roots: Set<string> | undefined;
      const negatesClaim = (x: number): boolean => {
        roots ??= new Set(query.keys.flatMap((k) => (k.root ? [k.root.slice(1)] : [])));
        // (past the phrase of a pronoun cue: "Nobody in this company wanted" negates the wanting, negatedWordAt)
        const phraseEnd = from + pronounPhraseEnd(src.tokens, x);
        // (an elliptical "but not to X" negates the clause before for the words of X: "The cuts apply to new customers …, but
        // not to borrowers on the bank's tracker or standard variable rates" is dropped by "The reduction will apply to
        // customers on tracker or standard variable rates", a planted negation of the 85th batch that drew nothing)
        // (two of its words at least: "… and to those coming off fixed-rate deals" shares only the rate)
        const elliptical = ellipticalAt(src.tokens, x);
        const scope = elliptical ? ELLIPSIS_SCOPE : DROPPED_SCOPE;
        let shared = 0;
        for (let y = from + x + 1, seen = 0; y < to && seen < scope; y++) {
          if (y <= phraseEnd) continue;
          // (a cue's reach ends at its clause's end: '"… that gold simply does not have," said Helena Marsh' negates
          // nothing of the speaker, a fresh editor pair's false error on a faithful "Helena Marsh … said")
          if (clauseEnds(ctx.source.text, src.tokens[y - 1 - from], src.tokens[y - from])) break;
          const t = forms[y];
          // (a verb of saying is what it negates, function word though it is: "nobody has told us what the trucks will do"
          // negates the telling, and says nothing of the trucks that an arrival pair's faithful "feared what the trucks
          // would do" drew a dropped negation on)
          // (and a claim that says that very verb plain drops the "not": "said her family had been told where they would be
          // moved" for "said she had not yet been told where her family would be moved", a planted negation of the 114th batch
          // that drew nothing)
          if (t.stop && isSpeechVerb(t)) return unit.tokens.some((c, k) => c.stop && sameWord(c, t) && !negatedAt(unit.tokens, k));
          // (past the words a cue reaches through: "had not yet received guarantees", a dev probe's dropped negation)
          if (t.stop || transparentAt(forms, y, to)) continue;
          // (a verb of intending is read and passed, not counted: "لا تعتزم فرض أي سقف" negates the cap that a planted "وستفرض
          // الحكومة سقفاً" of the 117th batch stated and that drew nothing; negation.json intentVerbs)
          if (!INTENT.has(t.key)) seen++;
          // (not a word that the claim has only as its verb of naming: "called the ruling a historic win" says nothing of the
          // calling that "there was no one else to call in" negates, a fresh editor pair's false error)
          if (saying.has(t.stem)) continue;
          if (
            stems.has(t.stem) ||
            (t.alt !== undefined && stems.has(t.alt)) ||
            (t.root !== undefined && roots.has(t.root)) ||
            (y + 1 < to && phrasal.get(t.stem) === forms[y + 1].key)
          )
            if (!elliptical || ++shared >= ELLIPSIS_SHARED) return true;
        }
        return false;
      };
      // (the claim's verbs of naming, lexicons/negation.json namingVerbs, by stem, when no other word of the claim has the stem)
      const saying = new Set(
        unit.tokens.filter((t) => NAMING.has(t.key) && !unit.tokens.some((o) => o !== t && !o.stop && o.stem === t.stem)).map((t) => t.stem),
      );
      // any cue in the matched part answers a claim's own negation (لم تقع … إصابات for لم تتسبب في قتل);
      // a negation the claim drops must be about the claim's words
      // (for the claim's own negation, also a cue just after the matched part: the claim's negated verb
      // can be a paraphrase, لم يحسم بعد for القرار النهائي لم يتخذ بعد)
      // polar words read with their negation: "found not guilty" is acquitted, "did not lose" won, دون أي
      // هزيمة "without a single defeat" unbeaten. A claim whose polar word reads the other way from the
      // matched part's says its opposite (convicted against not guilty, and the other way round).
      const lo = Math.max(0, first - 3),
        hi = Math.min(to - from, last + 1 + AFTER_MATCH);
      const mineP = polarWords(unit.tokens, 0, unit.tokens.length, 0, unit.tokens.length, gluedAt(unit.tokens));
      const srcJoined = gluedAt(src.tokens, from);
      const theirs = mineP.length ? polarWords(forms, from, to, from + lo, from + hi, srcJoined) : [];
      const flip = mineP.find((p) => {
        const same = theirs.filter((q) => q.group === p.group);
        // (a word of the antonym lexicon that neither side negates is the antonym rule's)
        // (دون before the claim's word where the source's part says "below": دون خسائرها for أقل من الخسائر, a level)
        if (p.negated && restatesBelow(unit.tokens[p.from], src.tokens)) return false;
        // (a negated permission of more than a figure is a limit: لا يُسمح فيه بأكثر من 90 for السرعة المسموح بها 90)
        if (p.negated && limitAfter(unit.tokens, p.at)) return false;
        // (what the claim says is demanded is not said to be so: "demanding the release of" the detained)
        if (demandedAt(unit.tokens, p.from)) return false;
        // (a claim's negation restates what the source denies: "insisted nothing had been agreed" for "denied that any deal
        // had been agreed", a fresh editor pair's faithful summary's false opposite. Only to clear a flip: read as negated on
        // either side in general, a denial's complement drew false opposites on 6-12 faithful editor pairs)
        if (p.negated && same.some((q) => !q.negated && deniedAt(forms, from, q.at, srcJoined))) return false;
        // (and the other way: the claim denies "any" of what the source negates, "ونفى المدير العام … سمير الفرشيشي أي نقص" for
        // "الكميات … لم تنقص", a faithful line of the 175th batch of fresh editor pairs)
        if (!p.negated && same.some((q) => q.negated) && deniedAny(unit.tokens, p.from)) return false;
        return (
          same.length > 0 &&
          !p.blocked &&
          same.every((q) => q.side !== p.side && !q.blocked) &&
          same.some((q) => p.negated || q.negated || p.always || q.always)
        );
      });
      // (another sentence of the support set that says the claim's side of it sources it: "the company was not
      // shrinking" from the chief executive's "We are not shrinking", beside a best sentence about the cuts, a fresh
      // editor pair's false error)
      const q = flip && theirs.find((x) => x.group === flip.group);
      if (
        flip &&
        q &&
        !sidedElsewhere(ctx, support.sources.slice(1), flip) &&
        // (or a sentence beside the support set, when it says the claim's side of a word of the claim: "The utility rejected
        // an opposition charge that it had slashed its budget, saying such spending had not been cut" fuses the charge's
        // "cutting" with the next sentence's "spending had not been reduced", a fresh editor pair's false opposite)
        !sidedNear(ctx, withNeighbours(support.sources, ctx.source.sentences.length, 1).slice(support.sources.length), flip, unit.tokens) &&
        !(flip.negated && notUntil(unit.tokens, flip.at, src.tokens)) &&
        // (nor the source's "not until" or "لن … إلا بعد" that the claim restates as when: untilWhen)
        !(q.negated && untilWhen(src.tokens, q.at - from, unit.tokens)) &&
        // (nor its "not … before" that the claim tells as an order or a condition: "The union requires a written commitment
        // from the cabinet to suspend the strike" for "would not suspend the strike before it received a written commitment";
        // beforeAsUntil, as for a dropped negation)
        !(q.negated && beforeAsUntil(src.tokens, q.at - from, unit.tokens)) &&
        // (a claim's condition is no negation of what the source says will happen: "الاعتصام سيستمر ما لم يُجمَّد القرار"
        // for "لن يفكوا اعتصامهم قبل تجميد القرار", a fresh editor pair's faithful line)
        !(flip.negated && conditionalAt(ctx.summary.text, unit.tokens[flip.from].start)) &&
        (!low || subjectAnchored(unit.tokens, flip.from, src.tokens, q.from - from))
      ) {
        const a = unit.tokens[flip.from],
          b = unit.tokens[flip.at];
        const expected = ctx.source.text.slice(src.tokens[q.from - from].start, src.tokens[q.at - from].end),
          actual = ctx.summary.text.slice(a.start, b.end);
        emit({
          rule: this.id,
          severity: severityFor(unit.kind, this.severity),
          document: 'summary',
          start: a.start,
          end: b.end,
          unit: unit.id,
          sources: [src.id],
          messageId: 'opposite',
          data: { source: src.id, expected, actual },
          expected,
          actual,
        });
        continue;
      }
      if (low) continue;
      // the claim's own negation of a polar word that the matched part says the other way: answered
      // ("not guilty" for "acquitted", لم يخسر for فاز)
      const polarAnswered = (t: Token | undefined): boolean => {
        const p = t && mineP.find((x) => unit.tokens[x.at] === t);
        return p !== undefined && theirs.some((q) => q.group === p.group && q.side === p.side);
      };
      const claimNeg = unit.tokens.filter((_, i) => negatesAt(unit.tokens, i));
      // (a claim's غير مسبوق "unprecedented" is one word, no negation it adds: see isLexicalNegation)
      const ownNeg = claimNeg.filter((t) => !isLexicalNegation(unit.tokens, unit.tokens.indexOf(t)));
      const ownCue = ownNeg.length > 0;
      // the word the claim's own cue negates, when it is itself a word that says "not" (did not rule out, لم يستبعد): a
      // double negation, which the source's plain "ruled out" (استبعد) does not answer but contradicts
      const negatedNot = ownCue ? unit.tokens.slice(pastNoLonger(unit.tokens, unit.tokens.indexOf(ownNeg[0])) + 1).find((t) => !t.stop) : undefined;
      const doubled =
        negatedNot !== undefined &&
        (implicitNegationAt(unit.tokens, unit.tokens.indexOf(negatedNot)) || saysNotKey(negatedNot.key) || RULE_OUT.has(negatedNot.key))
          ? negatedNot
          : undefined;
      // the words that the claim's cues after its first negate (its first is the one a source cue must answer)
      const otherNegated = ownNeg.slice(1).flatMap((c) => {
        const w = negatedWordAt(unit.tokens, unit.tokens.indexOf(c));
        return w >= 0 ? [unit.tokens[w]] : [];
      });
      const answersOther = (y: number): boolean => {
        if (otherNegated.length === 0) return false;
        const w = negatedWordAt(src.tokens, y - from);
        return w >= 0 && otherNegated.some((o) => sameWordOrRoot(o, src.tokens[w]));
      };
      const withoutCue = unit.tokens.flatMap((t, i) =>
        (implicitNegationAt(unit.tokens, i) || saysNotKey(t.key)) && !(i > 0 && negatesAt(unit.tokens, i - 1))
          ? [negatedWords(unit.tokens, i, ANSWERED_WORDS)]
          : [],
      );
      const claimNegated = ownCue ? negatedWords(unit.tokens, unit.tokens.indexOf(ownNeg[0])) : [];
      // is the source's cue at y no answer to the claim's own negation? Its words are ones the claim says "not" of
      // without a cue, or it negates other words while the source states the claim's negated words plainly past the end
      // of its predicate, in one of their own ("… and would bring a revised bill back")
      const answersElse = (y: number): boolean => {
        if (withoutCue.length === 0 && claimNegated.length === 0) return false;
        const theirs = negatedWords(src.tokens, y - from, ANSWERED_WORDS);
        const meets = (ws: readonly Token[]) => ws.some((w) => theirs.some((o) => sameWordOrRoot(w, o)));
        if (withoutCue.some(meets)) return true;
        if (claimNegated.length === 0 || meets(claimNegated)) return false;
        // (or before the cue: "إن الاقتراع سيجري في موعده ولن يتأثر بالمقاطعة" says the vote will run, and its "ولن" answers no "الاقتراع
        // لن يجري في موعده", a fresh editor pair's planted negation that drew nothing)
        // (only a cue that "and" joins to the predicate before it, ولن، "and will not": in "held talks with two potential
        // investors …, but neither had made a binding offer" the investors are the cue's subject, no predicate of their own)
        const end = predicateEnd(src.tokens, y - from);
        const before = forms[y].key.startsWith('و') || (y > from && forms[y - 1].key === 'and');
        return claimNegated.every((w) =>
          src.tokens.some((o, k) => (k > end || (before && k < y - from)) && !o.stop && sameWordOrRoot(w, o) && !negatedAt(src.tokens, k)),
        );
      };
      // does the source's word at y that says "not" without a cue (failed, avoided) govern words that meet none of the
      // claim's negated ones, nor their synonyms? Then it answers no negation of the claim: "said a valve had failed during
      // routine maintenance and that the leak was stopped" has no "not" for "the leak was not halted", a fresh editor pair's
      // planted negation that drew nothing
      const negatesOtherThan = (y: number): boolean => {
        // (only an English verb that governs nothing through to, from, of or that: "had failed during routine maintenance",
        // not "failed to stop"; read for every such word it raised seven false errors on the editor pairs)
        const next = src.tokens[y - from + 1];
        if (
          claimNegated.length === 0 ||
          isArabicChar(forms[y].text.charCodeAt(0)) ||
          (next !== undefined && (GOVERNS.has(next.key) || ENGLISH_GOVERNED.has(next.key)))
        )
          return false;
        const theirs = negatedWords(src.tokens, y - from, ANSWERED_WORDS);
        if (theirs.length === 0) return false;
        const tests = claimNegated.map((w) => {
          const syn = synonymTest(w);
          return (o: Token) => sameWordOrRoot(w, o) || syn(o);
        });
        return !theirs.some((o) => tests.some((t) => t(o)));
      };
      let anyNeg = -1,
        srcNeg = -1;
      for (
        let x = ownCue ? Math.max(0, first - OWN_BEFORE) : cueWindowStart(forms, from, to, first),
          end = ownCue ? pastAppositive(ctx.source.text, src.tokens, last) + AFTER_MATCH : last;
        x <= end && from + x < to && (srcNeg < 0 || anyNeg < 0);
        x++
      ) {
        // a verb of denial answers the claim's own negation (تنفي وجود for عدم وجود), and is no cue to drop
        // (so does a word that says "not" without a cue: "fell short of the majority" for "No candidate won a majority")
        if (ownCue && anyNeg < 0) {
          const implicit = implicitNegationAt(forms, from + x);
          if (
            // (a phrase of "not yet" from its first word: "لا تزال قيد الدراسة" ends past the window)
            (implicit || saysNotKey(forms[from + x].key) || tooEarlyAt(forms, from + x) || tooEarlyFrom(forms, from + x, to)) &&
            !(doubled !== undefined && sameWordOrRoot(doubled, forms[from + x])) &&
            !(implicit && negatesOtherThan(from + x))
          )
            anyNeg = x;
        }
        if (!negatesAt(forms, from + x, to)) continue;
        // (a source cue before a word that another cue of the claim negates too answers that one: "بتهمة الصيد غير المشروع"
        // in both leaves the claim's "ليسوا بصحة جيدة" unanswered by the source's "بصحة جيدة", a fresh editor pair's added
        // negation that drew nothing)
        // (nor one whose words the claim says "not" of without a cue: in "لا ترجّح تسرباً … وأن المخبز كان يفتقر إلى مطافئ صالحة"
        // the source's "لم يكن مزوداً بمطافئ صالحة" is the lack, and no answer to the added "لا ترجّح", a fresh editor pair's
        // planted negation)
        // (nor one that negates other words while the source says the claim's negated words plainly: "would press on with the
        // project and that no revised bill would go back" for "would not give up on the project and would bring a revised bill
        // back", a fresh editor pair's planted negation)
        if (anyNeg < 0 && !answersOther(from + x) && !answersElse(from + x)) anyNeg = x;
        if (x <= last && srcNeg < 0 && negatesClaim(x)) srcNeg = x;
      }
      // a claim's own negation restating what a verb of denial reports (نفى … أن تكون الحكومة قد قررت for لم تتخذ قراراً)
      if (ownCue && anyNeg < 0 && deniedComplement(forms, from, from + first)) anyNeg = first;
      const cue = ownNeg[0];
      // (a claim whose own cue a source cue answers may still drop the source's other cue: "adding that the city could cut its
      // way out of the gap without residents feeling it" for "We are not in a position to cut our way out of this without
      // residents feeling it", whose "without" answers the claim's and whose "not" the claim drops; a fresh editor pair's
      // planted negation drew nothing. Only when that other cue negates a word the claim has and no cue of the claim negates)
      const secondCue = (): number => {
        if (!ownCue || anyNeg < 0) return -1;
        const mine = claimNeg.flatMap((c) => negatedWords(unit.tokens, unit.tokens.indexOf(c)));
        const meetsMine = (y: number) => negatedWords(src.tokens, y).some((o) => mine.some((t) => sameWordOrRoot(t, o)));
        const firstCue = unit.tokens.indexOf(claimNeg[0]);
        let answered = false,
          other = -1;
        for (let y = 0; y <= last; y++) {
          if (!negatesAt(src.tokens, y)) continue;
          if (meetsMine(y)) {
            answered = true;
            continue;
          }
          // (a cue whose negated word stands in the matched part and in the claim before any cue of the claim: "though no one
          // has been arrested or charged" negates its charged too, past the words its cue is read for, a fresh editor pair's
          // faithful line)
          const w = negatedWordAt(src.tokens, y);
          if (
            other < 0 &&
            w >= first &&
            w <= last &&
            unit.tokens.some((t, k) => k < firstCue && !t.stop && sameWord(t, src.tokens[w])) &&
            !mine.some((t) => sameWordOrRoot(t, src.tokens[w]))
          )
            other = y;
        }
        return answered ? other : -1;
      };
      // (and a claim's cue after its first, when the first is answered: "fruit juice without added sugar and infant formula
      // will no longer be exempt" for "fruit juices with no added sugar and infant formula will remain exempt", whose "no"
      // answers "without" and nothing "no longer"; a fresh editor pair's planted negation drew nothing. Only a word that the
      // matched part says with no cue of its own before it; a word of "not", exempt, too: the source says it plainly)
      let extra: { cue: Token; word: Token; said: Token } | undefined;
      const addedSecondCue = (): typeof extra => {
        const cues = src.tokens.flatMap((_, y) => (y <= last + AFTER_MATCH && negatesAt(src.tokens, y) ? [y] : []));
        // (only a claim with more cues than the source's sentence up to the matched part's end: coordinated negations, "no
        // ransom has been paid and no bank details were stolen", "not online and had not consulted staff", restate as many of
        // the source's, and drew four false warnings on the faithful editor pairs when each cue was read alone)
        if (ownNeg.length <= cues.length) return undefined;
        const theirs = cues.flatMap((y) => negatedWords(src.tokens, y));
        for (const c of ownNeg.slice(1)) {
          // (not one joined to a cue before it, which goes on negating: "Neither incumbent, SQM nor Albemarle, took part" for
          // "SQM and Albemarle … did not submit bids", ولم يُصب أحد من ركابها ولا من أفراد طاقمها for من دون أن يصاب أي من ركابها
          // أو أفراد طاقمها, faithful editor pairs' false warnings)
          const i = unit.tokens.indexOf(c);
          if (JOINED_CUES.has(c.key) || /^[وف]\p{Script=Arabic}/u.test(c.key) || (i > 0 && JOINED_CUES.has(unit.tokens[i - 1].key))) continue;
          const at = pastNoLonger(unit.tokens, i);
          const word = unit.tokens.find((t, w) => w > at && !t.stop && !transparentAt(unit.tokens, w));
          if (!word) continue;
          const y = src.tokens.findIndex((o, k) => k >= first && k <= last && !o.stop && sameWord(o, word) && !negatedAt(src.tokens, k));
          // (nor one after a word that says "not" without a cue, or a verb of denial: "The trust denied that any ransom had been
          // paid or that bank details had been stolen" for "no ransom has been paid and no bank details were stolen")
          if (y < 0 || theirs.some((o) => sameWordOrRoot(o, word))) continue;
          if (src.tokens.some((o, k) => k < y && (isDenialKey(o.key) || saysNotKey(o.key) || implicitNegationAt(src.tokens, k)))) continue;
          return { cue: c, word, said: src.tokens[y] };
        }
        return undefined;
      };
      const second = secondCue();
      if (second >= 0) srcNeg = second;
      let reversal: { verb: Token; said: Token; at?: Token } | undefined;
      // a claim's cue before a verb that says "not" itself (لن يعجزوا عن تغطية نفقاتهم, "will not fail to cover"): the two make a
      // plain statement, which a source's cue before the governed word (لن يغطوا تكاليفهم) answers the other way (a planted
      // negation of the 207th batch of fresh editor pairs drew nothing: the source's cue answered the claim's). Flagged from the
      // cue to that verb, with the source's negated word as what was expected.
      let dbl: { word: Token; expected: string } | undefined;
      const doubleNegated = (): { word: Token; expected: string } | undefined => {
        const v = unit.tokens.indexOf(next!);
        // (a verb of failing or ignoring only, lexicons/negation.json reversing: "دون استثناء", "without exception", restates a
        // source's "will include all" as well as its "لا يستثنى أحد", and read with words of excluding and avoiding it gave two
        // faithful lines of fresh editor pairs an error)
        if (v < 0 || !isReversingKey(next!.key)) return undefined;
        // (its first two words: the verb's weak root may meet the source's by neither stem nor root, تغطية and يغطوا, and then
        // its object does, نفقاتهم and تكاليفهم)
        const govs = unit.tokens.filter((t, k) => k > v && !t.stop && !transparentAt(unit.tokens, k)).slice(0, DOUBLE_GOVERNED);
        if (govs.length === 0) return undefined;
        const tests = govs.map((g) => {
          const syn = synonymTest(g);
          return (o: Token) => sameWordOrRoot(o, g) || syn(o);
        });
        const meets = (o: Token) => tests.some((t) => t(o));
        for (let y = Math.max(0, first - 3); y <= last && y < src.tokens.length; y++) {
          if (!negatesAt(src.tokens, y)) continue;
          const theirs = negatedWords(src.tokens, y, DOUBLE_GOVERNED);
          const said = theirs.find(meets);
          if (said === undefined) continue;
          // (not when the source says "not" twice as well: "لن يعجزوا" for "لن يفشلوا في")
          if (theirs.some((o, k) => isReversingKey(o.key) || saysNotKey(o.key) || implicitNegationAt(theirs, k))) return undefined;
          return { word: next!, expected: ctx.source.text.slice(src.tokens[y].start, said.end) };
        }
        return undefined;
      };
      let unPrefixed: { cue: Token; at: Token } | undefined;
      // (past a pronoun cue's phrase, as negatedWordAt reads a source's: "none of the injuries was life-threatening" negates the
      // threat, not the injuries that a source's "14 of the injured were treated" states)
      const cueAt = cue ? unit.tokens.indexOf(cue) : -1,
        phraseEnd = cue ? pronounPhraseEnd(unit.tokens, cueAt) : -1;
      const next = cue && (unit.tokens.find((t, w) => w > Math.max(pastNoLonger(unit.tokens, cueAt), phraseEnd) && !t.stop) ?? cue);
      if (
        cue &&
        anyNeg < 0 &&
        !polarAnswered(next) &&
        // (or in a sentence beside it: a claim that fuses the next sentence's "لم تسجل أي حوادث" as دون تسجيل حوادث, a
        // fresh editor pair whose support set held only the sentence before)
        !negatedInSupport(
          ctx,
          [...support.sources.slice(1), ...withNeighbours(support.sources, ctx.source.sentences.length, 1).slice(support.sources.length)],
          next,
        ) &&
        // (or the best sentence negates, past the matched part, a word written like it: "دون أن يسميها" for "لم يسمها", whose
        // weak verb's forms share no stem nor root here, a fresh editor pair's false error)
        !negatedLookalike(src, next) &&
        // (or with a negative prefix on the word: "could not be avoided" for "unavoidable", a fresh editor pair's false error)
        !prefixNegated(src.tokens, next) &&
        !deniedInSupport(ctx, support.sources, stems) &&
        // (or what it negates, past the subject an Arabic verb of denial has first: ونفى المتحدث باسم الشركة أن يكون العطل
        // نتيجة هجوم إلكتروني for the next sentence's "العطل لم يكن ناجما عن هجوم إلكتروني", a fresh editor pair's false error)
        // (or a sentence elsewhere that negates those words, the clause having gone to its sentence's source: "though she said
        // there was no evidence so far that he was behind other fires" for a quote three sentences on, "There is no evidence at
        // this point that he was involved in any other fires", a fresh editor pair's false error)
        !negatedElsewhere(ctx, support.sources, negatedWords(unit.tokens, pastSubject(unit.tokens, cueAt), DENIED_WORDS)) &&
        !negatesCessation(unit.tokens, cueAt, src.tokens) &&
        !stoppedInSupport(ctx, withNeighbours(support.sources, ctx.source.sentences.length, 1), unit.tokens, cueAt) &&
        !negatesReach(unit.tokens, cueAt, src.tokens) &&
        !negatesSinceLast(unit.tokens, cueAt, src.tokens) &&
        !restatesBelow(cue, src.tokens) &&
        !notUntil(unit.tokens, unit.tokens.indexOf(next), src.tokens) &&
        // (nor the "not" of the rest of a share that the source gives: "a third of customers are still without core payroll
        // functions" for "about two-thirds of customers had restored" them, a faithful line of the 220th batch of fresh editor
        // pairs; text/numbers.ts shareNegatedBy)
        !restNegated(unit.tokens, cueAt, src.tokens)
      ) {
        // what the source says there: its form of the negated word, without the negation
        const said = src.tokens.find((t) => !t.stop && sameWordOrRoot(next, t));
        // "did not rule out" says a possibility (ولم يستبعد تصحيحاً for أشار إلى احتمال حدوث تصحيح, a fresh editor pair's
        // false error): no negation against a source that does not say the ruling out (one that does, استبعد, still is)
        if (!said && RULE_OUT.has(next.key)) continue;
        // negated words that no sentence of the support set has (nor a synonym of them) are not negated against
        // the source: it does not say them at all ("Pellow, who had pleaded not guilty" against a sentence about
        // his sentencing), which is unsupported-span's to say. Two words: لا وجود لانتهاكات negates the abuses
        // (one word lost four ANS dev contradictions of this kind, 0.200 -> 0.185)
        // (the words past a pronoun cue's phrase, as `next`: "none of the injuries was life-threatening")
        const negatedFrom = phraseEnd >= 0 ? unit.tokens.indexOf(next) - 1 : cueAt;
        if (!said && !negatedWords(unit.tokens, negatedFrom).some((w) => saysWord(ctx, support.sources, w))) {
          // (still evidence of content the source lacks: the claim model reads it; WiCE test claim balanced
          // accuracy fell 0.791 -> 0.780 and SummEdits evaluation 0.771 -> 0.765 without it). Not when a sentence
          // next to the support set negates it (the condition above: a claim that fuses a quote from there, 'called
          // it "a setback, not a derailment"', has a sourced negation, a fresh editor pair's false error, p 0.89), nor
          // when the best sentence has a negation of its own: the claim's negated word is then a paraphrase of the
          // source's (إذا لم يُضبط استخدامها for إن لم يُنظَّم, past the words the two share: a fresh editor pair, p 0.89)
          // (nor when it says "not" with a word of its own: "went unsold" for "found no buyer", a fresh editor pair, p 0.94)
          // (nor with a verb that negates without a cue one of the claim's negated words: "has not yet made any layoffs" for
          // "has so far avoided layoffs", a fresh editor pair, p 0.90; only
          // of the claim's negated words: "ونفى … وجود أي مخالفات" says nothing of "الإجراءات لم تجر", a fresh editor pair's
          // planted negation that the evidence caught)
          // (nor when a sentence of the support set or beside it says "not" of the claim's subject in other words: "taxpayers
          // could no longer prop up a line" for the next sentence's quote "the taxpayer cannot keep carrying it", a fresh
          // editor pair's faithful line, p 0.86)
          if (
            !hasCue(forms, from, to) &&
            !saysNotIn(forms, from, to) &&
            !implicitOf(src.tokens, negatedWords(unit.tokens, cueAt, ANSWERED_WORDS)) &&
            // (not in a claim that quotes: a quote's words are the speaker's own, and "a setback, not a scandal of
            // mismanagement" is no restatement of the source's quote "a setback, not a derailment")
            !(!QUOTES.test(unit.text) && subjectNegatedNear(ctx, support.sources, unit.tokens, cueAt))
          )
            noteEvidence(ctx, unit.id, this.id);
          continue;
        }
        added(unit, src, cue, next, said);
      } else if (cue && anyNeg >= 0 && (dbl = doubleNegated())) {
        // (its own message id: a model that leaves a summary's added negations unread, long.ignoreFlags, still reads this one)
        emit({
          rule: this.id,
          severity: severityFor(unit.kind, this.severity),
          document: 'summary',
          start: cue.start,
          end: dbl.word.end,
          unit: unit.id,
          sources: [src.id],
          messageId: 'doubled',
          data: { source: src.id, expected: dbl.expected, actual: ctx.summary.text.slice(cue.start, dbl.word.end) },
          expected: dbl.expected,
          actual: ctx.summary.text.slice(cue.start, dbl.word.end),
        });
      } else if (cue && anyNeg >= 0 && (extra = addedSecondCue())) {
        added(unit, src, extra.cue, extra.word, extra.said);
      } else if (claimNeg.length === 0 && (reversal = addedReversal(ctx, unit.tokens, support.sources))) {
        added(unit, src, reversal.verb, reversal.verb, reversal.said);
      } else if (claimNeg.length === 0 && (reversal = droppedReversal(unit.tokens, sentenceTokens(unit), stems, src, first, last, ctx.source.text))) {
        // the source's verb that turns round what the claim states (تنفي تسليم أي تسجيلات for تسلم تسجيلات)
        // (not when another sentence of the support set says its word plain among more of the claim's words: plainElsewhere)
        const said = reversal.said;
        if (
          !plainElsewhere(ctx, support.sources.slice(1), src.tokens, src.tokens.indexOf(said), said, unit.tokens) &&
          !accountAfter(src.tokens, src.tokens.indexOf(reversal.verb), src.tokens.indexOf(said), unit.tokens) &&
          !denierAt(ctx.source.text, src.tokens, src.tokens.indexOf(reversal.verb), src.tokens.indexOf(said))
        )
          dropped(src.id, reversal.verb, reversal.said, reversal.at);
      } else if (
        (claimNeg.length === 0 || second >= 0) &&
        srcNeg >= 0 &&
        // (a claim that says "not" without a cue keeps the negation: "fell short of covering" for "does not cover"; but not
        // with the very word the source negates: الحكومة تستبعد for لا تستبعد drops the "not" of "does not rule out", a
        // fresh editor pair's planted flip)
        // (nor with a verb of failing or refusing that the source's sentence has as well, which restates none of its "not":
        // "should the talks fail" for "if the meeting failed" beside "would not rule out", a fresh editor pair's planted
        // "ruled out" that drew nothing; a word that says "not" of a state, "outage" for "without voice and data", still keeps it,
        // but not one the source's sentence has too in another clause than its cue: "said he would step down, though the board
        // has withheld his bonus" for "said he would not resign, while confirming that the board had withheld his bonus", a
        // fresh editor pair's planted flip)
        !deniesNegatedWord(unit.tokens, src.tokens, srcNeg) &&
        !unit.tokens.some(
          (t, y) =>
            (keepsFromAt(unit.tokens, y) ||
              votedAgainstAt(unit.tokens, y) ||
              (saysNotKey(t.key) && !src.tokens.some((o, k) => !o.stop && sameWord(o, t) && apart(ctx.source.text, src.tokens, k, srcNeg))) ||
              (implicitNegationAt(unit.tokens, y) && !src.tokens.some((o) => !o.stop && sameWord(o, t)))) &&
            !negatedHere(src.tokens, srcNeg, t),
        )
      ) {
        const cue = src.tokens[srcNeg];
        // (a cue that negates the claim has a content word after it: negatesClaim; past a verb of intending the claim does
        // not have, the word it governs: "did not intend to raise prices" for a claim's "will raise prices")
        const w = pastIntent(src.tokens, negatedWordAt(src.tokens, srcNeg), unit.tokens);
        const word = w >= 0 ? src.tokens[w] : undefined;
        // not when the matched part also has that word with no cue before it: the claim restates that one (تشديد الرقابة
        // for بتشديد الرقابة على حافلات … يعمل معظمها دون رقابة, a fresh editor pair's false error)
        // (and only when that word stands among the claim's words as much as the negated one does: "المكتب لم يكن مرخصا لتنظيم
        // رحلات الحج، وأن صاحبه استخدم شعار شركة مرخصة" negates the office's licence, and "شركة مرخصة" is another firm's, a
        // fresh editor pair's dropped negation that drew nothing)
        // (nor when the claim's word that the negated one meets only by its root stands itself, unnegated, in the matched part:
        // "مدير العمليات في الشركة المشغلة" restates the speaker's role, not the "لم تكن تعمل" of what he said, whose تعمل
        // shares the root of العمليات, a fresh editor pair's false error)
        // (or by a synonym: "Officials in Manila expressed concern" met "has not formally objected" through official/formal)
        const twins = word === undefined ? [] : unit.tokens.filter((c) => !c.stop && !sameWord(c, word) && (sameWordOrRoot(c, word) || synonymTest(c)(word)));
        const plain =
          word !== undefined &&
          src.tokens.some(
            (t, y) =>
              y >= first &&
              y <= last &&
              y !== w &&
              !t.stop &&
              (sameWord(word, t) || (twins.length > 0 && twins.every((c) => sameWord(c, t)))) &&
              !negatedAt(src.tokens, y) &&
              claimWordsAround(src.tokens, y, unit.tokens) >= claimWordsAround(src.tokens, w, unit.tokens),
          );
        // (nor when another sentence of the support set says the word plain with more of the claim's words around it: "employee
        // Social Security numbers among them" restates the hackers' "including employee Social Security numbers", not the
        // official's "denied that any Social Security numbers had been taken" that came first; a fresh editor pair's faithful
        // line)
        if (
          !plain &&
          !(word !== undefined && plainElsewhere(ctx, support.sources.slice(1), src.tokens, w, word, unit.tokens)) &&
          !(word !== undefined && outOfReach(unit.tokens, word)) &&
          !notSince(src.tokens, w, unit.tokens) &&
          !accountAfter(src.tokens, srcNeg, w, unit.tokens) &&
          !deniersAccount(ctx.source.text, sentenceTokens(unit), unit.tokens, src.tokens, srcNeg) &&
          !beforeAsUntil(src.tokens, w, unit.tokens) &&
          !untilWhen(src.tokens, w, unit.tokens) &&
          !checkedAt(src.tokens, srcNeg) &&
          !correctedAfter(src.tokens, srcNeg, unit.tokens, word) &&
          !(word !== undefined && otherContrastPart(src.tokens, srcNeg, word, unit.tokens)) &&
          // (nor when the claim says one of the words the cue negates with a negative prefix: "had left the herd unsupervised
          // overnight" for "had left the elephants without overnight supervision", a fresh editor pair's false error)
          !negatedWords(src.tokens, srcNeg, PREFIXED_WORDS).some((o) => prefixNegated(unit.tokens, o)) &&
          !denierAt(ctx.source.text, src.tokens, srcNeg, w)
        )
          dropped(src.id, cue, word);
      } else if (claimNeg.length === 0 && srcNeg < 0 && (unPrefixed = prefixDropped(unit.tokens, src.tokens, first, last))) {
        dropped(src.id, unPrefixed.cue, undefined, unPrefixed.at);
      } else if (
        claimNeg.length === 0 &&
        support.sources.length > 1 &&
        !unit.tokens.some((t, y) => implicitNegationAt(unit.tokens, y) || saysNotKey(t.key) || keepsFromAt(unit.tokens, y))
      ) {
        // the negation may stand in another sentence of the support set: the claim took the negated word
        // from it, and the best sentence does not have that word ("… will pay $200 million" from the
        // first, "did not admit wrongdoing" from the second, fused as "… and admitted wrongdoing")
        const inBest = new Set<string>();
        for (let x = from; x < to; x++)
          if (!forms[x].stop) {
            inBest.add(forms[x].stem);
            if (forms[x].alt !== undefined) inBest.add(forms[x].alt!);
            // (and its root, and below a synonym: استلمت in the best sentence is the word of لم نتسلم elsewhere, a fresh
            // editor pair's "تسلّمت الصوامع" drew a dropped negation from a farmer's quote in the next sentence)
            if (forms[x].root !== undefined) inBest.add(`√${forms[x].root}`);
          }
        // (and the one-word equivalents of its phrasal verbs: its "had brought down more than 1,100 lines" is the "bringing
        // down" that a sentence elsewhere's "had not been reduced" does not negate, a fresh editor pair's false error)
        for (const p of phrasalStems(src.tokens)) inBest.add(p);
        roots ??= new Set(query.keys.flatMap((k) => (k.root ? [k.root.slice(1)] : [])));
        const found = droppedElsewhere(ctx, support.sources.slice(1), stems, roots, inBest);
        // (nor when that sentence also has the word plain, with as many of the claim's words around it: "Food inflation slowed to
        // 21.6% from 24.0%, while non-food inflation rose", second in the support set after the lead, sources "Food price growth
        // eased to 21.6%" through its first part; a faithful line of an older fresh batch drew a dropped negation)
        if (
          found &&
          !correctedAfter(found.sentence.tokens, found.sentence.tokens.indexOf(found.cue), unit.tokens, found.word) &&
          !plainBeside(found.sentence.tokens, found.sentence.tokens.indexOf(found.word), unit.tokens) &&
          !accountAfter(found.sentence.tokens, found.sentence.tokens.indexOf(found.cue), found.sentence.tokens.indexOf(found.word), unit.tokens) &&
          !deniersAccount(ctx.source.text, sentenceTokens(unit), unit.tokens, found.sentence.tokens, found.sentence.tokens.indexOf(found.cue))
        )
          dropped(found.sentence.id, found.cue, found.word);
      }
    }
  },
};

/** The words of the hedges before a text's figures (around, more than; نحو، أكثر من). */
function hedgeTokens(tokens: readonly Token[]): Set<Token> {
  const out = new Set<Token>();
  for (const q of quantities(tokens as Token[])) for (let i = hedgeStart(tokens as Token[], q.first); i < q.first; i++) out.add(tokens[i]);
  return out;
}

/** The index of the word a cue at `cue` negates: its first content word after, past TRANSPARENT (لا تستبعد: تستبعد); -1 for none. */
function negatedWordAt(tokens: readonly Token[], cue: number): number {
  // (a pronoun cue with a phrase of its own after it, "Nobody in this company wanted …", negates the verb past the phrase,
  // not its noun: a fresh editor pair's "islanders had told the company" drew a dropped negation)
  const past = pronounPhraseEnd(tokens, cue);
  // (a verb of saying, function word though it is, is what a cue before it negates: "had not yet been told where her family
  // would be moved" negates the telling, not the family)
  return tokens.findIndex((o, y) => y > cue && y > past && (!o.stop || isSpeechVerb(o)) && !transparentAt(tokens, y));
}

/**
 * Is the word after a source's verb of denial its subject, a speaker the sentence names ("ونفى البقالي في تصريح … أي صلة له
 * بالقضية", "نفى المدير العام المساعد بالديوان سامي عبد الكريم الجلاصي ذلك")? Then what the denial turns round is further
 * on, and a claim that names the speaker drops nothing of it: two faithful lines of the 178th batch of fresh editor pairs
 * drew a dropped negation on the name.
 */
function denierAt(text: string, tokens: readonly Token[], cue: number, w: number): boolean {
  if (w < 0 || !isDenialKey(tokens[cue].key)) return false;
  // (or its object further on after "any", أي: "ونفى البقالي في تصريح لوكالة المغرب العربي للأنباء أي صلة له بالقضية", with
  // no "that" for a speaker's phrase to be read by)
  if (tokens.slice(w + 1, w + 1 + DENIED_ANY_REACH).some((t) => ANY_KEYS.has(t.key))) return true;
  return speakersOf(text, tokens).some((s) => s.tokens.includes(tokens[w]));
}

/** How far after a claim's verb of denial its object may stand, past an Arabic verb's subject (نفت الوزارة علم). */
const DENIED_OBJECT_REACH = 4;

/**
 * Does a verb of denial in the claim govern the very word that the source's cue at `cue` negates: "لكن الوزارة نفت علم
 * أي من قادتها بالتلاعب" for "إن أيا من قياداتها لم يكن على علم بالتلاعب"? Then the claim keeps the source's "not", in a
 * denial, even where the source's own sentence has that verb of denial for another statement (وهو ما نفته الوزارة):
 * a fresh editor pair's faithful line drew a dropped negation.
 */
function deniesNegatedWord(claim: readonly Token[], src: readonly Token[], cue: number): boolean {
  const w = negatedWordAt(src, cue);
  if (w < 0) return false;
  // (or in what a verb of denial's complement says: "نفى التازي أن تكون المديرية قد تسلمت أي تقرير" for "المديرية لم تتسلم أي
  // تقرير", a fresh editor pair's faithful summary drew a dropped negation)
  if (claim.some((c, z) => !c.stop && sameWordOrRoot(c, src[w]) && deniedAt(claim, 0, z, () => true))) return true;
  for (let y = 0; y < claim.length; y++) {
    if (!isDenialKey(claim[y].key)) continue;
    // (its object, or its subject and then its object: no verb of saying between, "نفت التلاعب وأكدت علم قادتها به" affirms)
    for (let z = y + 1, content = 0; z <= y + DENIED_OBJECT_REACH && z < claim.length && content < 2; z++) {
      if (isSpeechVerb(claim[z])) break;
      if (claim[z].stop) continue;
      if (sameWordOrRoot(claim[z], src[w])) return true;
      content++;
    }
    // (or past a subject of any length, the word after "any" (أي): "ونفى المدير العام للمنافسة … سمير الفرشيشي أي نقص في
    // الكميات" for "نفى …، مؤكداً أن الكميات … لم تنقص", a faithful line of the 175th batch of fresh editor pairs)
    for (let z = y + 1; z + 1 < claim.length && z <= y + DENIED_ANY_REACH; z++) {
      if (isSpeechVerb(claim[z])) break;
      if (ANY_KEYS.has(claim[z].key) && sameWordOrRoot(claim[z + 1], src[w])) return true;
    }
  }
  return false;
}
/** Is tokens[x] the word after "any" (أي) that a verb of denial within DENIED_ANY_REACH tokens before governs? */
function deniedAny(tokens: readonly Token[], x: number): boolean {
  if (x === 0 || !ANY_KEYS.has(tokens[x - 1].key)) return false;
  for (let y = x - 2; y >= 0 && y >= x - 1 - DENIED_ANY_REACH; y--) {
    if (isDenialKey(tokens[y].key)) return true;
    if (isSpeechVerb(tokens[y])) return false;
  }
  return false;
}
/** "any" (أي) after a claim's verb of denial, before what it denies, and how far on it may stand. */
const ANY_KEYS = new Set(['any', 'أي'].map((w) => normalizeToken(w)));
const DENIED_ANY_REACH = 12;

/** Is t the word that the source's cue at `cue` negates? */
function negatedHere(tokens: readonly Token[], cue: number, t: Token): boolean {
  const w = negatedWordAt(tokens, cue);
  return w >= 0 && sameWordOrRoot(t, tokens[w]);
}

/**
 * A negation that a sentence of the support set other than the best one says of a word the claim took from
 * it: a cue in the part of that sentence that the claim's words match, whose negated word (the content word
 * right after it) is a word of the claim that the best sentence does not have.
 */
/**
 * Does the sentence say a word that `is` accepts plain (not negated), at a place other than `skip`, with at least `least` of the
 * claim's words around it (claimWordsAround)? What the three readings below share: a negated word is no dropped negation
 * where the word also stands plain among as many of the claim's words or more.
 */
function saysPlain(tokens: readonly Token[], skip: number, is: (t: Token) => boolean, claim: readonly Token[], least: number): boolean {
  return tokens.some((t, z) => z !== skip && !t.stop && is(t) && !negatedAt(tokens, z) && claimWordsAround(tokens, z, claim) >= least);
}

/**
 * Does a sentence of `sources` say the word plain (not negated) with more of the claim's words around it than the negated
 * word at w of the best sentence (`tokens`) has?
 */
function plainElsewhere(
  ctx: CheckContext,
  sources: readonly number[],
  tokens: readonly Token[],
  w: number,
  word: Pick<Token, 'stem' | 'alt'>,
  claim: readonly Token[],
): boolean {
  if (w < 0) return false;
  const more = claimWordsAround(tokens, w, claim) + 1;
  return sources.some((i) => saysPlain(ctx.source.sentences[i].tokens, -1, (t) => sameWord(t, word), claim, more));
}

/** Does the sentence have its word at w also plain (not negated) elsewhere, with as many of the claim's words around it? */
function plainBeside(tokens: readonly Token[], w: number, claim: readonly Token[]): boolean {
  return w >= 0 && saysPlain(tokens, w, (t) => sameWord(t, tokens[w]), claim, claimWordsAround(tokens, w, claim));
}

function droppedElsewhere(ctx: CheckContext, sources: readonly number[], stems: ReadonlySet<string>, roots: ReadonlySet<string>, inBest: ReadonlySet<string>) {
  const has = (t: { stem: string; alt?: string }) => stems.has(t.stem) || (t.alt !== undefined && stems.has(t.alt));
  const negated = (t: { stem: string; alt?: string; root?: string }) => has(t) || (t.root !== undefined && roots.has(t.root));
  for (const i of sources) {
    const sentence = ctx.source.sentences[i];
    const { forms, from, to } = tokenForms(sentence);
    let first = -1,
      last = -1;
    for (let x = from; x < to; x++)
      if (!forms[x].stop && has(forms[x])) {
        if (first < 0) first = x;
        last = x;
      }
    if (first < 0) continue;
    for (let x = Math.max(from, first - 3); x <= last; x++) {
      if (!negatesAt(forms, x, to)) continue;
      // (past a pronoun cue's phrase: "Nobody in this company wanted", negatedWordAt)
      let y = Math.max(x, from + pronounPhraseEnd(sentence.tokens, x - from)) + 1;
      while (y < to && forms[y].stop) y++;
      if (
        y >= to ||
        !negated(forms[y]) ||
        inBest.has(forms[y].stem) ||
        (forms[y].alt !== undefined && inBest.has(forms[y].alt!)) ||
        (forms[y].root !== undefined && inBest.has(`√${forms[y].root}`)) ||
        synonymStems({ stem: forms[y].stem, alt: forms[y].alt, kind: 'word' }).some((x) => inBest.has(x))
      )
        continue;
      return { sentence, cue: sentence.tokens[x - from], word: sentence.tokens[y - from] };
    }
  }
  return undefined;
}

/**
 * A verb of the claim that turns round what it governs (lexicons/negation.json reversing, and the verbs of denial
 * and refusal) where its best source sentence states the governed word plainly: no sentence of the support set
 * has the verb (nor a synonym), one of the NEGATED_WORDS content words after it is a word of the best sentence,
 * and that sentence has no negation cue, no verb that negates without one, and no word that says "not" without one ("dismissed as
 * baseless", "fell short", مزاعم) anywhere: a sentence that turns something round itself is read by the paths above, not here;
 * nor the verb's opposite (admitted for denied: the antonym rule's).
 * Returns the verb and the source's form of the governed word.
 */
function addedReversal(ctx: CheckContext, tokens: readonly Token[], sources: readonly number[]): { verb: Token; said: Token } | undefined {
  const best = ctx.source.sentences[sources[0]];
  let plain: boolean | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const verb = tokens[i];
    // (the verb said in a sentence beside the support set is said: "… traced to a single corn shipment and denied that the
    // company had been slow to recall" fuses the next sentence's "Becker denied that …", a fresh editor pair's false error)
    if (!isReversingKey(verb.key) || saysWord(ctx, withNeighbours(sources, ctx.source.sentences.length, 1), verb)) continue;
    // (nor a denial of the clause before it, "…, which the company denied", when the support set or a sentence beside it
    // denies or rejects something: what it denies is that clause, not the words after it, "… since 2021, which the company
    // denied, and its state secretary said …" for the source's "…, a claim the company rejected", a fresh editor pair's
    // false error)
    if (isDenialKey(verb.key) && deniesBefore(tokens, i) && deniesNear(ctx, sources)) continue;
    // (nor an English one that is an adjective: "the failed developer", lexicons/negation.json reversingAdjective)
    if (i > 0 && !isArabicChar(verb.text.charCodeAt(0)) && REVERSING_ADJECTIVE.has(tokens[i - 1].key)) continue;
    // (nor a verb of denial where the support set denies too, in another form: "وهو ما نفاه رئيس الهيئة" for the support
    // set's "ونفى الحارثي ذلك", whose stems and roots differ; a fresh editor pair's faithful summary drew an added negation)
    if (isDenialKey(verb.key) && sources.some((x) => ctx.source.sentences[x].tokens.some((t) => isDenialKey(t.key)))) continue;
    // (nor one that rejects an accusation, where a sentence beside the support set denies: "ورفض الغربي اتهام شركة …" for the
    // accusation's sentence and the next one's "ونفى الغربي ذلك", a fresh editor pair's faithful line drew an added negation)
    if (
      isDenialKey(verb.key) &&
      rejectsAllegation(tokens, i) &&
      withNeighbours(sources, ctx.source.sentences.length, 1).some((x) => ctx.source.sentences[x].tokens.some((t) => isDenialKey(t.key)))
    )
      continue;
    // (a source with the verb's opposite, اعترف for نفى, is the antonym rule's)
    const group = polarSide(verb)?.group;
    if (group !== undefined && best.tokens.some((t) => polarSide(t)?.group === group)) continue;
    plain ??= !best.tokens.some(
      (t, x) => negatesAt(best.tokens, x) || implicitNegationAt(best.tokens, x) || isReversingKey(t.key) || saysNotKey(t.key) || refusalAt(best.tokens, x),
    );
    if (!plain) return undefined;
    // (nor when a sentence of the support set or beside it negates a word the verb governs: ونفى المتحدث أن يكون العطل نتيجة
    // هجوم إلكتروني for the next sentence's "العطل لم يكن ناجما عن هجوم إلكتروني", a fresh editor pair's false error; or
    // another sentence that the index finds, or denies them: "نافيا مسؤولية التجار" fused into a sentence about the
    // crop from the source's "ونفى بن حمودة أن يكون التجار مسؤولين" five sentences on, and "نافيا أي مخالفة للتعليمات"
    // from the next sentence's "ونفى الحياري أن تكون المدارس قد خالفت التعليمات", two fresh editor pairs' faithful summaries)
    if (negatedElsewhere(ctx, sources, negatedWords(tokens, pastSubject(tokens, i), CLAIM_DENIED_WORDS))) continue;
    for (const w of negatedWords(tokens, i)) {
      const said = best.tokens.find((t) => !t.stop && sameWordOrRoot(w, t));
      if (said) return { verb, said };
    }
  }
  return undefined;
}

/** Content words after a verb of denial within which the accusation it rejects is named (ورفض الغربي اتهام: two). */
const REJECTED_WITHIN = 3;

/** Does the verb of denial at i govern an accusation (a noun of allegationNouns, or a back-reference: ذلك، الاتهام) rather than a statement? */
function rejectsAllegation(tokens: readonly Token[], i: number): boolean {
  let k = i + 1;
  for (let seen = 0; k < tokens.length && seen < REJECTED_WITHIN; k++) if (!tokens[k].stop) seen++;
  return backRefIn(tokens, i + 1, k) >= 0;
}

/**
 * The other way round: a verb of the best source sentence's matched part (from three words before its first matched
 * word to its last) that turns round what it governs, where the claim states that plainly. The verb is no word of the
 * claim (nor a synonym), one of the NEGATED_WORDS content words after it is a word of the claim, and the claim's sentence has no
 * verb that negates without a cue nor a word that says "not" without one (a cue: claimNeg, read before), nor the
 * verb's opposite (admitted for denied: the antonym rule's).
 * Returns the source's verb and the word it governs.
 */
/** Least Dice similarity of a Latin variant with another first letter for the negation rule to read it as the claim's word. */
const LATIN_OTHER_FIRST = 0.8;

/**
 * Does a summary sentence negate or turn round anything itself (a cue, a verb of reversal, of saying no, of voting against,
 * of refusal)? Kept per sentence: each of its claims asks (0.2 s of the Arabic bench pair's check at 100,000 source
 * sentences, read again for every claim).
 */
function reversesOwn(sentence: readonly Token[]): boolean {
  let v = REVERSES_OWN.get(sentence);
  if (v === undefined) {
    v = sentence.some(
      (t, k) => implicitNegationAt(sentence, k) || isReversingKey(t.key) || saysNotKey(t.key) || votedAgainstAt(sentence, k) || refusalAt(sentence, k),
    );
    REVERSES_OWN.set(sentence, v);
  }
  return v;
}
const REVERSES_OWN = new WeakMap<readonly Token[], boolean>();

function droppedReversal(
  tokens: readonly Token[],
  sentence: readonly Token[],
  stems: ReadonlySet<string>,
  src: { tokens: readonly Token[] },
  first: number,
  last: number,
  text: string,
): { verb: Token; said: Token; at?: Token } | undefined {
  // (read in the claim's whole sentence: a clause after its comma may hold the verb, وفشل الأوسط، on the benchmark's
  // light rewrites, which move a word across a comma)
  // (or a phrase of refusal: ردّت محكمة الاستئناف … طعناً for the source's رفضت محكمة الاستئناف … الطعن, an editor pair's false
  // error on arrival)
  if (reversesOwn(sentence)) return undefined;
  const roots = new Set(tokens.flatMap((t) => (t.root !== undefined ? [t.root] : [])));
  const inClaim = (w: Token) => stems.has(w.stem) || (w.alt !== undefined && stems.has(w.alt)) || (w.root !== undefined && roots.has(w.root));
  // (does the claim keep an allegation's words? Read once, at the first verb that asks)
  let reports: boolean | undefined;
  for (let x = Math.max(0, first - 3); x <= last && x < src.tokens.length; x++) {
    const verb = src.tokens[x];
    if (!isReversingKey(verb.key) || inClaim(verb)) continue;
    // (a verb of denial that the source negates says the thing: "لا تنكر وجود صعوبات", "does not deny", for the claim's أقر
    // بوجود صعوبات, a fresh editor pair's false error)
    if (x > 0 && negatesAt(src.tokens, x - 1)) continue;
    // (an English verb governs through "to" or "that": "failed to win", "denied that"; not "the engine failed in rough
    // seas" nor "were denied water", two fresh editor pairs' false errors)
    // (or a verb of denial before a clause without "that": "Pendlebury denied the allowances had been cut")
    if (!isArabicChar(verb.text.charCodeAt(0)) && !ENGLISH_GOVERNED.has(src.tokens[x + 1]?.key ?? '') && !bareClauseAfter(src.tokens, x, text)) continue;
    // (nor a claim that says it with a word of un-: "sources were unaffected" for "denied that sources had been affected")
    if (tokens.some((t) => t.key.startsWith('un') && src.tokens.some((o) => o.key === t.key.slice(2)))) continue;
    // (a claim with the verb's opposite, أقرت for نفت, is the antonym rule's)
    const group = polarSide(verb)?.group;
    if (group !== undefined && tokens.some((t) => polarSide(t)?.group === group)) continue;
    // (the last of them that the claim has: in Arabic the verb's subject comes first, نفت أرامكو أنها سترفع; in English
    // the first, the verb after "to", which the claim may inflect otherwise: "had proven" for "failed to prove")
    const governed = negatedWords(src.tokens, x);
    if (!isArabicChar(verb.text.charCodeAt(0))) {
      const w = governed[0];
      const at = w && tokens.find((t) => !t.stop && (t.stem === w.stem || sharesBeginning(t.key, w.key)));
      if (w && (at || inClaim(w))) return { verb, said: w, at };
      continue;
    }
    // (not a count, the verb's subject, nor the noun it counts: "بينما رفضه 38 نائباً" says how many voted against, and a
    // claim's "بأغلبية 412 صوتاً مقابل ثمانية وثلاثين" restates it, a fresh editor pair's false error)
    // (nor past a clause that a verb of saying opens after a comma: "ونفت الوزارة ذلك، وقال أمينها العام" denies nothing of
    // the secretary-general, whose title a faithful summary's appositive gave, a fresh editor pair's false error)
    // (or a participle of saying, when the claim keeps the allegation's words (allegations.ts keepsAllegation): "نفى ذلك، مؤكداً
    // أن جميع فسائله …" denies the accusation before it, which "وتتهم جمعية … المشتل ببيع فسائل مصابة" reports as one, an
    // unseen fresh editor pair's faithful line that drew a dropped negation; stated as fact, the accusation is what the denial
    // contradicts)
    reports ??= keepsAllegation(tokens, sentence);
    const cut = src.tokens.findIndex(
      (o, k) =>
        k > x && (isSpeechVerb(o) || (reports && listedAfterConjunction(SAYING_PARTICIPLES, o.key) !== undefined)) && clauseEnds(text, src.tokens[k - 1], o),
    );
    // (nor an Arabic verb of denial with its object glued on, "وهو ما نفاه النادي مؤكدا أن …": it denies what was said
    // before it, and the words after it are its subject and what it asserts, a fresh editor pair's false error)
    if (isDenialKey(verb.key) && /(?:ه|ها|هم|هما)$/.test(verb.key) && x + 1 < src.tokens.length) continue;
    // (and a denial of "that" or of "the accusation", ذلك or الاتهام before its clause's end, denies what was said before,
    // not the words after it: "ونفى محامي المنصة شريف منصور الاتهام، وقال …", a fresh editor pair's false error)
    if (cut >= 0 && src.tokens.slice(x + 1, cut).some((o) => refersToAccusation(o.key))) continue;
    const said = governed
      .filter((w, k) => w.kind !== 'number' && !(k > 0 && governed[k - 1].kind === 'number') && (cut < 0 || src.tokens.indexOf(w) < cut))
      .findLast(inClaim);
    if (said) return { verb, said };
  }
  return undefined;
}

/** Do two English words share a beginning of four letters or more that is all of the shorter one (prove, proven)? */
const sharesBeginning = (a: string, b: string): boolean => {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short);
};

/** The words through which an English verb of denial or failure governs what it turns round: lexicons/negation.json reversingGoverns. */
const ENGLISH_GOVERNED = new Set(lexiconWords('negation', 'reversingGoverns').map((w) => normalizeToken(w)));
/** Determiners before which an English verb of failing or denying is an adjective: lexicons/negation.json reversingAdjective. */
const REVERSING_ADJECTIVE = new Set(lexiconWords('negation', 'reversingAdjective').map((w) => normalizeToken(w)));

/** Does a sentence's token range [from, to) hold a negation cue? */
/** Does a word of forms[from, to) say "not" without a cue (negation.json withoutCue: unsold, unable, dismissed)? */
function saysNotIn(forms: ArrayLike<{ readonly key: string }>, from: number, to: number): boolean {
  for (let x = from; x < to; x++) if (saysNotKey(forms[x].key) || tooEarlyAt(forms, x)) return true;
  return false;
}

/** Does a word of the sentence negate without a cue (avoided, prevented) one of the words, among the ANSWERED_WORDS after it? */
function implicitOf(tokens: readonly Token[], words: readonly Token[]): boolean {
  for (let x = 0; x < tokens.length; x++)
    if (implicitNegationAt(tokens, x) && negatedWords(tokens, x, ANSWERED_WORDS).some((o) => words.some((w) => sameWordOrRoot(w, o)))) return true;
  return false;
}

function hasCue(forms: ArrayLike<{ readonly neg: boolean; readonly key: string }>, from: number, to: number): boolean {
  for (let x = from; x < to; x++) if (negatesAt(forms, x, to)) return true;
  return false;
}

/**
 * Support below which a claim's added verb of refusal, failure or denial is not judged (the other paths ask
 * negationSupport, 0.35): headlines restate their source loosely. ANS dev contradiction recall 0.263 → 0.278 at 0.25,
 * false alarms 0 either way, no new flag on the dev probes or on 72 fresh editor pairs; 0.2 catches nothing more.
 */
const REVERSAL_SUPPORT = 0.25;

/** lexicons/numbers.json more: أكثر/more before a figure; after a negated polar word, within LIMIT_WINDOW tokens, a limit. */
const MORE = new Set(lexiconWords('numbers', 'more').map((w) => normalizeToken(w)));
const LIMIT_WINDOW = 3;
/** Does a figure follow tokens[at] after a word of "more than" within LIMIT_WINDOW tokens (لا يسمح بأكثر من 90)? */
function limitAfter(tokens: readonly Token[], at: number): boolean {
  for (let y = at + 1; y <= at + LIMIT_WINDOW && y < tokens.length; y++)
    if (MORE.has(tokens[y].key)) return quantities(tokens as Token[]).some((q) => q.first > y && q.first <= y + 3);
  return false;
}

/** Is tokens[y] negated by a cue up to three tokens before it? */
function negatedAt(tokens: readonly Token[], y: number): boolean {
  for (let x = Math.max(0, y - 3); x < y; x++) if (negatesAt(tokens, x)) return true;
  return false;
}

/** Does one of the sentences have a polar word of the group on the side given (read with its negation)? */
function sidedElsewhere(ctx: CheckContext, sentences: readonly number[], p: { group: string; side: 0 | 1 }): boolean {
  for (const i of sentences) {
    const sentence = ctx.source.sentences[i];
    const { forms, from, to } = tokenForms(sentence);
    if (polarWords(forms, from, to, from, to, gluedAt(sentence.tokens, from)).some((q) => q.group === p.group && q.side === p.side)) return true;
  }
  return false;
}

/** Tokens before a polar word's cue (and after the word) within which sidedNear looks for a word of the claim. */
const SIDED_NEAR = 3;

/**
 * Does one of the sentences have a polar word of the group on the side given with a content word of the claim (other than
 * one of the group's) within SIDED_NEAR tokens of it? Its subject or object is then the claim's ("spending had not been
 * reduced" for "such spending had not been cut"), not another's ("wages rose" beside "prices fell").
 */
function sidedNear(ctx: CheckContext, sentences: readonly number[], p: { group: string; side: 0 | 1 }, claim: readonly Token[]): boolean {
  const words = claim.filter((t) => !t.stop && polarSide(t)?.group !== p.group);
  for (const i of sentences) {
    const sentence = ctx.source.sentences[i];
    const { forms, from, to } = tokenForms(sentence);
    for (const q of polarWords(forms, from, to, from, to, gluedAt(sentence.tokens, from))) {
      if (q.group !== p.group || q.side !== p.side) continue;
      for (let y = Math.max(from, q.from - SIDED_NEAR); y <= Math.min(to - 1, q.at + SIDED_NEAR); y++)
        if (y !== q.at && !forms[y].stop && words.some((w) => sameWordOrRoot(w, sentence.tokens[y - from]))) return true;
    }
  }
  return false;
}

/** Content words after a claim's cue that it negates: NEGATED_WORDS of them. */
const NEGATED_WORDS = 2;
/** Content words after a word that says "not" without a cue, and after a source's cue, compared for what they negate. */
const ANSWERED_WORDS = 3;
/** The first n content words after tokens[at]. */
function negatedWords(tokens: readonly Token[], at: number, n = NEGATED_WORDS): Token[] {
  const out: Token[] = [];
  for (let y = at + 1; y < tokens.length && out.length < n; y++) if (!tokens[y].stop) out.push(tokens[y]);
  return out;
}

/** Content words after a source's cue read for the word a claim's double negation governs (لن يغطوا تكاليفهم: the first two). */
const DOUBLE_GOVERNED = 2;

/**
 * Content words after a verb of denial, and after a source's cue, read for what is denied (أن يكون العطل نتيجة هجوم
 * إلكتروني; لم يكن ناجما عن هجوم إلكتروني), of which DENIED_SHARED must be the same: one shared word (العطل, the subject)
 * is no restatement.
 */
const DENIED_WORDS = 5;
const DENIED_SHARED = 2;
/**
 * The claim's side of it after a verb of refusal or denial (addedReversal): twice as many, since a summary names more before
 * the words that the source negates ("has refused to hand over the 4 million Australian dollar cryptocurrency ransom demanded
 * by hackers" for "would not pay a ransom demanded by hackers", a fresh editor pair's false error with five). Not after a
 * particle: there ten lost a fresh editor pair's planted "لا ترجّح تسرباً".
 */
const CLAIM_DENIED_WORDS = 10;

/** Tokens after a verb of denial within which its complementiser (أن، that) opens what it denies, past its subject. */
const SUBJECT_WORDS = 8;
/** The complementiser after the verb at i (ونفى المتحدث باسم الشركة … أن), or i when none stands within SUBJECT_WORDS. */
function pastSubject(tokens: readonly Token[], i: number): number {
  for (let y = i + 1; y < tokens.length && y <= i + SUBJECT_WORDS; y++) if (isComplementiserKey(tokens[y].key)) return y;
  return i;
}

/** Most sentences beyond the support set read for a negation of a claim's negated words (the index's postings of the rarest of them). */
const NEGATING_MAX = 200;
/** The support set, its neighbours, and the source sentences that may carry DENIED_SHARE of the words (the index's postings). */
function negatingSentences(ctx: CheckContext, sources: readonly number[], words: readonly Token[]): number[] {
  const out = withNeighbours(sources, ctx.source.sentences.length, 1);
  const q = ctx.index.query(words as Token[], { variants: false });
  if (q.keys.length < DENIED_SHARED) return out;
  for (const i of ctx.index.mayCarry(q, DENIED_SHARE).slice(0, NEGATING_MAX)) if (!out.includes(i)) out.push(i);
  return out;
}
/** The share of the negated words' weight a sentence must be able to carry to be read. */
const DENIED_SHARE = 0.4;

/** negatesOneOf over negatingSentences: the words negated in the support set, beside it or elsewhere in the source. */
const negatedElsewhere = (ctx: CheckContext, sources: readonly number[], words: readonly Token[]): boolean =>
  negatesOneOf(ctx, negatingSentences(ctx, sources, words), words);

/** Does a sentence of the support set or beside it have a verb of denial or a word that says "not" without a cue (rejected)? */
function deniesNear(ctx: CheckContext, sources: readonly number[]): boolean {
  return withNeighbours(sources, ctx.source.sentences.length, 1).some((i) =>
    ctx.source.sentences[i].tokens.some((t) => isDenialKey(t.key) || saysNotKey(t.key)),
  );
}

/**
 * Does one of the sentences have a negation cue, or a verb of denial, with DENIED_SHARED of the words among the
 * DENIED_WORDS content words after it?
 */
function negatesOneOf(ctx: CheckContext, sources: readonly number[], words: readonly Token[]): boolean {
  return sources.some((i) => {
    const ts = passingTokens(ctx.source.sentences[i]);
    return ts.some(
      (t, x) =>
        (negatesAt(ts, x) || isDenialKey(t.key)) &&
        negatedWords(ts.slice(0, predicateEnd(ts, x)), x, DENIED_WORDS).filter((o) => words.some((w) => sameWordOrRoot(w, o))).length >= DENIED_SHARED,
    );
  });
}

/** lexicons/negation.json newPredicate: after and/but, the words that open a predicate of its own. */
const NEW_PREDICATE = new Set(lexiconWords('negation', 'newPredicate').map((w) => normalizeToken(w)));
/** The index where the English predicate of the cue at x ends: and/but before a word of NEW_PREDICATE (the tokens' length when none). */
function predicateEnd(tokens: readonly Token[], x: number): number {
  for (let y = x + 1; y + 1 < tokens.length; y++) if ((tokens[y].key === 'and' || tokens[y].key === 'but') && NEW_PREDICATE.has(tokens[y + 1].key)) return y;
  return tokens.length;
}

/** lexicons/negation.json rather: the words that open what a "not X but Y" affirms (بل، وإنما، but rather). */
const RATHER = new Set(lexiconWords('negation', 'rather').map((w) => normalizeToken(w)));
/** Tokens after a cue within which its "but rather" is read. */
const RATHER_REACH = 8;

/**
 * Does the source's negation correct itself with "not X but Y" (لا نطالب بامتيازات، بل بأجور متأخرة), and the claim
 * says Y? Words of the claim other than the negated one stand after the correction and none between the cue and it: a
 * fresh editor pair's faithful "للمطالبة بأجور متأخرة" drew a dropped negation for the source's "نحن لا نطالب
 * بامتيازات، بل بأجور متأخرة". A claim that says X (بامتيازات) still drops the negation.
 */
function correctedAfter(tokens: readonly Token[], cue: number, claim: readonly Token[], word: Token | undefined): boolean {
  let b = -1;
  for (let y = cue + 1; y < tokens.length && y <= cue + RATHER_REACH; y++)
    if (RATHER.has(tokens[y].key)) {
      b = y;
      break;
    }
  if (b < 0) return false;
  const others = claim.filter((t) => !t.stop && !(word !== undefined && sameWord(word, t)));
  const says = (from: number, to: number) => {
    let n = 0;
    for (let y = from; y < to && y < tokens.length; y++)
      if (!tokens[y].stop && !(word !== undefined && sameWord(word, tokens[y])) && others.some((t) => sameWord(t, tokens[y]))) n++;
    return n;
  };
  return says(b + 1, b + 1 + RATHER_REACH) > 0 && says(cue + 1, b) === 0;
}

/** Content words on each side of a claim's word read for the clause it stands in (otherContrastPart). */
const CLAUSE_NEIGHBOURS = 2;

/**
 * Does the claim say the source's negated word in the clause of another part of its sentence, one that a contrast opens
 * (بينما، في حين، but, while; function-words.json contrast)? The claim's words beside its form of the word are in another
 * part and none in the cue's: "نقلوا إلى المستشفى بسبب انخفاض حرارة الجسم، بينما غادر الباقون دون إصابات" negates the
 * others' injuries, and a fresh editor pair's faithful "نقل ثلاثة منهم إلى المستشفى لإصابتهم بانخفاض حرارة الجسم" drew a
 * dropped negation once إصابتهم met إصابات. "…alerted Italy and Malta, but Malta did not respond" keeps a planted "Malta
 * did respond": Malta stands in the cue's part. A sentence with no contrast is one part.
 */
function otherContrastPart(tokens: readonly Token[], cue: number, word: Token, claim: readonly Token[]): boolean {
  const at = claim.findIndex((t) => !t.stop && sameWord(word, t));
  if (at < 0) return false;
  const near: Token[] = [];
  for (let i = at - 1, n = 0; i >= 0 && n < CLAUSE_NEIGHBOURS; i--) if (!claim[i].stop) near.push(claim[i]), n++;
  for (let i = at + 1, n = 0; i < claim.length && n < CLAUSE_NEIGHBOURS; i++) if (!claim[i].stop) near.push(claim[i]), n++;
  if (near.length === 0) return false;
  const [a, b] = contrastPartAt(tokens, cue);
  if (a === 0 && b === tokens.length) return false;
  const isNear = (t: Token) => !t.stop && near.some((n) => sameWord(n, t));
  return !tokens.slice(a, b).some(isNear) && tokens.some((t, i) => (i < a || i >= b) && isNear(t));
}

/** Does one of the sentences have the word: by stem or root, or as a synonym? */
function saysWord(ctx: CheckContext, sources: readonly number[], w: Token): boolean {
  const isSynonym = synonymTest(w);
  return sources.some((i) => ctx.source.sentences[i].tokens.some((t) => !t.stop && (sameWordOrRoot(w, t) || isSynonym(t) || afterTwoProclitics(t, w))));
}

/**
 * Is t the word w with و/ف and a preposition glued before it (وبتجاهل for تجاهل): the stemmer strips one letter, and a
 * word's own ب or ل (وبلدية) keeps it from stripping two everywhere. Read for a verb of the claim only: "وتجاهل التسعيرة"
 * met no "وبتجاهل التسعيرة" in its source, and a fresh editor pair's faithful line drew an added negation.
 */
function afterTwoProclitics(t: Token, w: Token): boolean {
  const k = t.key;
  if (k.length < 6 || (k[0] !== 'و' && k[0] !== 'ف') || (k[1] !== 'ب' && k[1] !== 'ل')) return false;
  const s = stemArabic(k.slice(2));
  return s === w.stem || s === w.alt;
}

/** "Without" (بلا، بدون، دون): a claim's cue that says what is missing. */
const WITHOUT_CUES = new Set(['without', 'بلا', 'بدون', 'دون'].map((w) => normalizeToken(w)));
/** lexicons/negation.json noLonger: "no longer", لم يعد … by the keys of their two words, a cue that says what stopped. */
const NO_LONGER = new Set(
  lexiconWords('negation', 'noLonger').map((p) =>
    p
      .split(' ')
      .map((w) => normalizeToken(w))
      .join(' '),
  ),
);
/** lexicons/negation.json joinedCues: a cue, or the word before one, that joins it to a negation before it. */
const JOINED_CUES = new Set(lexiconWords('negation', 'joinedCues').map((w) => normalizeToken(w)));

/**
 * The last token of a cue: the second word of "no longer" (لم يعد), whose word after is what the cue negates. "will no
 * longer be exempt" negates "exempt", not "longer": read as "longer", the source's plain "will remain exempt" answered the
 * claim's negation by its word of "not" (exempt), and a fresh editor pair's planted "no longer" drew nothing.
 */
function pastNoLonger(tokens: readonly Token[], at: number): number {
  return NO_LONGER.has(`${tokens[at].key} ${tokens[at + 1]?.key ?? ''}`) ? at + 1 : at;
}

/** Content words after a source's verb of stopping within which what it stops stands (halting nearly all public bus services). */
const STOPPED_SCOPE = 4;

/**
 * Does the claim's "without X" restate a sentence of the support set (or beside it) that stops X with a verb of stopping
 * (lexicons/negation.json cessation)? "leaving most of the city without buses" for "halting nearly all public bus services":
 * a fresh editor pair's faithful summary drew an added negation.
 */
function stoppedInSupport(ctx: CheckContext, sources: readonly number[], tokens: readonly Token[], at: number): boolean {
  // (or "no longer", لم يعد: "the sea defences will no longer be repaired" for "the council will stop repairing the sea
  // defences", a fresh editor pair's faithful summary drew an added negation)
  const noLonger = NO_LONGER.has(`${tokens[at].key} ${tokens[at + 1]?.key ?? ''}`);
  if (!noLonger && !WITHOUT_CUES.has(tokens[at].key.replace(/^[وف](?=[\u0600-\u06FF]{3})/, ''))) return false;
  const w = negatedWordAt(tokens, noLonger ? at + 1 : at);
  if (w < 0) return false;
  for (const i of sources) {
    const st = ctx.source.sentences[i].tokens;
    for (let x = 0; x < st.length; x++) {
      if (!isCessationKey(st[x].key)) continue;
      for (let y = x + 1, seen = 0; y < st.length && seen < STOPPED_SCOPE; y++) {
        if (st[y].stop) continue;
        seen++;
        if (sameWordOrRoot(tokens[w], st[y]) || stemsClose(tokens[w].stem, st[y].stem)) return true;
      }
    }
  }
  return false;
}

/** Two stems one letter apart at the end (Porter's buse for buses, bus for bus): one word, as the aligner's variants have it. */
const stemsClose = (a: string, b: string): boolean => {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.length - short.length === 1 && long.startsWith(short);
};

/** Content words after a claim's cue in which a verb of stopping is what it negates (لا يتوقع أن تتوقف: the cue, two words on). */
const CESSATION_SCOPE = 2;
/**
 * Least support at which a claim below negationSupport is read for a polar word the other way (a claim that reverses its
 * source and adds what the source lacks: "Police said the building reopened after a false alarm" for "Police said the
 * building did not reopen", whose two unsourced words held it at 0.3 and drew nothing), when subjectAnchored.
 */
const LOW_POLAR_SUPPORT = REVERSAL_SUPPORT;
/** Content words before a polar word read for its subject (the building reopened, the building did not reopen). */
const SUBJECT_BACK = 4;
/**
 * Does a content word among the SUBJECT_BACK before the claim's polar phrase (from `a`) stand among those before the
 * source's (from `b`)? What is said the other way is then said of the same thing.
 */
function subjectAnchored(tokens: readonly Token[], a: number, source: readonly Token[], b: number): boolean {
  const before = (ts: readonly Token[], at: number) => {
    const out: Token[] = [];
    for (let k = at - 1; k >= 0 && out.length < SUBJECT_BACK; k--) if (!ts[k].stop && ts[k].kind === 'word') out.push(ts[k]);
    return out;
  };
  const theirs = before(source, b);
  return before(tokens, a).some((w) => theirs.some((o) => sameWordOrRoot(w, o)));
}

/** lexicons/negation.json unless: a cue with the word before it that make a condition (ما لم, "unless"), by their keys. */
const UNLESS = lexiconWords('negation', 'unless').map((p) => p.split(' ').map((w) => normalizeToken(w)));
/**
 * Does the cue at `start` of the text open a condition with the word before it (ما لم تكبح, "unless it curbs")? Read
 * on the text, since a clause may begin at the cue and leave ما to the clause before. Only for whether to flag: as a cue
 * it still matches the source's (ما لم for إذا لم): read as no cue at all, four faithful editor pairs drew errors.
 */
function conditionalAt(text: string, start: number): boolean {
  const before = tokenize(text.slice(Math.max(0, start - CONDITION_REACH), start));
  const at = tokenize(text.slice(start, start + CONDITION_REACH));
  if (before.length === 0 || at.length === 0) return false;
  return UNLESS.some(([w, cue]) => before[before.length - 1].key === w && at[0].key === cue);
}
const CONDITION_REACH = 12;

/**
 * Is the cue at `start` the "without" of a counterfactual that opens its sentence ("Without a ceiling, the richest clubs
 * would buy every title", بدون سقف للرواتب، لكانت الأندية الغنية …)? It says what would happen, not that there is none: a
 * fresh editor pair's faithful "argued the ceiling, to be adjusted for inflation" drew a dropped negation.
 */
function counterfactualAt(text: string, start: number): boolean {
  // (its sentence's start: a sentence mark, an opening quotation mark or a line's end just before it; three characters
  // read, never the text before them, which is a whole archive's in a large source)
  const lead = text.slice(Math.max(0, start - 3), start);
  if (start > 0 && !/[.!?"“«'‘\n]\s*$/u.test(lead) && !/^\s+$/u.test(lead)) return false;
  return COUNTERFACTUAL.test(text.slice(start, start + COUNTERFACTUAL_REACH));
}
/** A "without" clause (negation.json counterfactualWithout), its comma, and a modal of the unreal (unrealModals) within eight words after it. */
const COUNTERFACTUAL = new RegExp(
  `^(?:${lexiconWords('negation', 'counterfactualWithout').join('|')})\\s[^,،.;؛]{1,80}[,،]\\s*(?:\\S+\\s+){0,8}?(?:${lexiconWords('negation', 'unrealModals').join('|')})(?=[\\s.,،]|$)`,
  'iu',
);
/** Characters after a cue within which a counterfactual's clause and its modal are read. */
const COUNTERFACTUAL_REACH = 160;

/** lexicons/negation.json untilWords: not … until a time, which says when, not whether. */
const UNTIL = new Set(lexiconWords('negation', 'untilWords').flatMap((w) => ['', 'و'].map((c) => normalizeToken(c + w))));
/** Tokens after the negated word within which its "until" stands, and after "until" within which the time's figure does. */
const UNTIL_WITHIN = 3;
/**
 * Does the claim's negated word at `at` have "until"/"before" a time after it whose figure the source sentence holds ("will
 * not open until spring 2028" for "will open … in spring 2028", a fresh editor pair's false opposite)? A bound on when, which
 * the number rule compares, not a negation of what the source affirms.
 */
function notUntil(tokens: readonly Token[], at: number, source: readonly Token[]): boolean {
  if (at < 0) return false;
  for (let u = at + 1; u <= at + UNTIL_WITHIN && u < tokens.length; u++) {
    // (or the exception that says "not until", إلا بعد: "ولا تبدأ الأقساط إلا بعد ستة أشهر" for "مع فترة سماح مدتها ستة أشهر
    // قبل بدء سداد الأقساط", a fresh editor pair's faithful line of the 111th batch drew an opposite; its span is a bound,
    // "after six months", where a span after a bare قبل is a time ago)
    const exception = exceptionUntilAt(tokens, u);
    if (!UNTIL.has(tokens[u].key) && !exception) continue;
    if (exception) u++;
    // (a time, not a span: "لم تصل قبل سبعة أسابيع" is "did not arrive seven weeks ago", a negation)
    const when = figureAfter(tokens, u, UNTIL_WITHIN);
    if (when !== undefined) return (exception || !isTimeUnit(tokens[when.last + 1]?.key ?? '')) && heldIn(source, when);
    // (or a month or weekday that the source sentence names: "ولن تصدر الأرقام النهائية قبل أواخر سبتمبر" for "ومن المقرر صدور
    // التقديرات النهائية في نهاية سبتمبر", a probe pair's faithful line drew an added negation)
    for (let k = u + 1; k <= u + UNTIL_WITHIN && k < tokens.length; k++) {
      const e = entityAt(tokens, k);
      if (e && (e.cls === 'month' || e.cls === 'weekday')) return source.some((_, j) => entityAt(source, j)?.id === e.id);
    }
    // (or an event that the source sentence also sets before something, with a "before" of its own: "ولن يسري التعديل قبل
    // نشره في الجريدة الرسمية" for "ويحتاج التعديل إلى نشره في الجريدة الرسمية قبل أن يدخل حيز التنفيذ", a fresh editor
    // pair's faithful line drew an added negation: a condition, not a denial)
    const event = tokens.slice(u + 1, u + 1 + UNTIL_WITHIN).find((t) => !t.stop);
    return event !== undefined && source.some((o) => UNTIL.has(o.key)) && source.some((o) => !o.stop && sameWordOrRoot(event, o));
  }
  return false;
}
/** lexicons/negation.json conditionWords, by key, and with و/ف glued. */
const CONDITION_WORDS = new Set(lexiconWords('negation', 'conditionWords').map((w) => normalizeToken(w)));
const isCondition = (t: Token): boolean => listedAfterConjunction(CONDITION_WORDS, t.key) !== undefined;
/** Tokens after a word of conditionWords within which the word it conditions stands. */
const CONDITIONED_REACH = 8;
/** lexicons/negation.json untilWords' "before" (before, قبل) and "until" (the others), by key. */
const BEFORE_KEYS = new Set(['before', 'قبل', 'وقبل'].map((w) => normalizeToken(w)));
const UNTIL_ONLY = new Set([...UNTIL].filter((k) => !BEFORE_KEYS.has(k)));

/**
 * Does the source's negated word at `w` have "before" and a word after it (within UNTIL_WITHIN each) that the claim has after
 * "until"? "might not be reconnected before Wednesday" says "might have to wait until Wednesday to be reconnected" (a fresh
 * editor pair's false dropped negation); a claim's "reconnected before Wednesday" still drops it.
 */
function beforeAsUntil(source: readonly Token[], w: number, claim: readonly Token[]): boolean {
  if (w < 0) return false;
  for (let b = w + 1; b <= w + UNTIL_WITHIN && b < source.length; b++) {
    if (!BEFORE_KEYS.has(source[b].key)) continue;
    const when = source.slice(b + 1, b + 1 + UNTIL_WITHIN).find((t) => !t.stop);
    if (!when) return false;
    if (claim.some((u, i) => UNTIL_ONLY.has(u.key) && claim.slice(i + 1, i + 1 + UNTIL_WITHIN).some((t) => !t.stop && sameWord(t, when)))) return true;
    // (or the claim makes the negated word's "before" a condition of it: "وتشترط الرابطة تعهدا خطيا من مجلس الوزراء لتعليق
    // الإضراب" for "لن تعلق الإضراب قبل الحصول على التزام مكتوب من مجلس الوزراء", a faithful line of the 195th batch of fresh
    // editor pairs drew a dropped negation; lexicons/negation.json conditionWords)
    if (claim.some((u, i) => isCondition(u) && claim.slice(i + 1, i + 1 + CONDITIONED_REACH).some((t) => !t.stop && sameWordOrRoot(t, source[w])))) return true;
    // (or the other way round: the claim sets the negated word itself after "before", "… اتفاقا مكتوبا … قبل العودة إلى
    // الأرصفة" for "لن نعود إلى الأرصفة قبل أن توقّع الإدارة اتفاقا", a fresh editor pair's false dropped negation: not X
    // before Y is Y before X)
    const word = source[w];
    return claim.some((u, i) => BEFORE_KEYS.has(u.key) && claim.slice(i + 1, i + 1 + UNTIL_WITHIN).some((t) => !t.stop && sameWordOrRoot(t, word)));
  }
  return false;
}

/** lexicons/negation.json checkingVerbs, by key (Arabic also after و/ف/ل). */
const CHECKING = new Set(lexiconWords('negation', 'checkingVerbs').map((w) => normalizeToken(w)));
/** Tokens before a source's cue within which a word of checking asks what it negates rather than says it (من, that, whether). */
const CHECKED_BEFORE = 2;
/**
 * Is the source's cue at `cue` asked, not said: a word of checking within CHECKED_BEFORE tokens before it ("التحقق من عدم وجود
 * قضايا أخرى", checking that there are none)? A claim's "احتمال وجود قضايا أخرى" drops no negation of it.
 */
function checkedAt(tokens: readonly Token[], cue: number): boolean {
  for (let k = cue - 1; k >= Math.max(0, cue - CHECKED_BEFORE); k--) {
    const key = tokens[k].key;
    if (CHECKING.has(key) || (/^[وفل]/.test(key) && CHECKING.has(key.slice(1)))) return true;
  }
  return false;
}

/** lexicons/negation.json untilNow: "until now" is "so far" (حتى الآن), no time. */
const UNTIL_NOW = new Set(lexiconWords('negation', 'untilNow').map((w) => normalizeToken(w)));
/**
 * Does the source's negated word at `w` have "until" (not "before") and a time after it (within UNTIL_WITHIN each) that the claim
 * names too? "the last bodies were not recovered until Tuesday evening" says they were recovered then: "were retrieved only on
 * Tuesday evening" restates it (an editor pair's false dropped negation on arrival); "retrieved within six hours" still drops it.
 */
function untilWhen(source: readonly Token[], w: number, claim: readonly Token[]): boolean {
  if (w < 0) return false;
  for (let u = w + 1; u <= w + UNTIL_WITHIN && u < source.length; u++) {
    // (or the exception "إلا بعد" and the event after it, the claim naming one of its first two words, by root too, and no
    // "before": "ربط الفاسي رفع الحظر بتقرير يصدره المعهد" for "لن يُرفع إلا بعد صدور تقرير المعهد", a fresh editor pair's
    // faithful line drew a dropped negation; a condition, not a denial)
    if (exceptionUntilAt(source, u)) {
      const event = source
        .slice(u + 2, u + 2 + UNTIL_WITHIN)
        .filter((t) => !t.stop)
        .slice(0, 2);
      return !claim.some((t) => BEFORE_KEYS.has(t.key)) && event.some((e) => claim.some((t) => !t.stop && sameWordOrRoot(t, e)));
    }
    if (!UNTIL_ONLY.has(source[u].key)) continue;
    const when = source.slice(u + 1, u + 1 + UNTIL_WITHIN).find((t) => !t.stop);
    return when !== undefined && !UNTIL_NOW.has(when.key) && claim.some((t) => !t.stop && sameWord(t, when));
  }
  return false;
}

/** The first figure that begins within `within` tokens after tokens[at] (منذ عام 2016, until spring 2028). */
const figureAfter = (tokens: readonly Token[], at: number, within: number): Quantity | undefined =>
  quantities(tokens as Token[]).find((q) => q.first > at && q.first <= at + within);
/** Does a sentence hold the figure's value? */
const heldIn = (source: readonly Token[], q: Quantity): boolean => quantities(source as Token[]).some((x) => x.value === q.value);

/** lexicons/negation.json lackWords: lack, lacked, lacking, which negate the polar word right after them. */
const LACK = new Set(lexiconWords('negation', 'lackWords').map((w) => normalizeToken(w)));
/** lexicons/negation.json namingVerbs: called, described. */
const NAMING = new Set(lexiconWords('negation', 'namingVerbs').map((w) => normalizeToken(w)));
/** lexicons/negation.json interruptions: "without a break" goes on. */
const INTERRUPTIONS = new Set(lexiconWords('negation', 'interruptions').map((w) => normalizeToken(w)));

/**
 * Does the claim's cue negate a verb of stopping that the source sentence does not use (ولا يتوقع أن تتوقف
 * الأمطار قبل الثلاثاء for وتوقعت هطول الأمطار حتى الثلاثاء; "the fighting did not let up" for "fighting
 * continued")? Then the claim restates that something goes on: two negatives, no negation to compare. A
 * source that uses the verb or another verb of stopping (the rain stopped) is compared as any other.
 */
function negatesCessation(tokens: readonly Token[], at: number, source: readonly Token[]): boolean {
  // (or "without" a break in it: "without a break since 1911" for "continuously since 1911"; lexicons/negation.json interruptions)
  const t = negatedWords(tokens, at, CESSATION_SCOPE).find(
    (w) =>
      isCessationKey(w.key) ||
      (listedAfterConjunction(WITHOUT_CUES, tokens[at].key) !== undefined && listedAfterConjunction(INTERRUPTIONS, w.key) !== undefined),
  );
  return t !== undefined && !source.some((o) => !o.stop && (isCessationKey(o.key) || sameWordOrRoot(t, o)));
}

/**
 * Does the claim's cue negate a verb of reaching where the source says "below" (أطفال لم يبلغوا الخامسة for أطفال
 * دون سن الخامسة; "growth did not exceed 2%" for "growth stayed below 2%")? Then the claim restates the level, as
 * the source does: no negation to compare (a fresh editor pair's false error). The figures are the number rule's.
 */
function negatesReach(tokens: readonly Token[], at: number, source: readonly Token[]): boolean {
  // (or "not yet" before a figure, "not yet two years into his term" for "less than two years into", a fresh editor pair's
  // false error: a level, as "below" is)
  if (tokens[at + 1]?.key === 'yet' && quantities(tokens as Token[]).some((q) => q.first === at + 2)) return saysBelow(source);
  if (!negatedWords(tokens, at, 1).some((w) => isReachKey(w.key))) return false;
  // or caps a figure after it in its clause: لم تتجاوز المباريات … ثماني عشرة مباراة "no more than 18 matches" for
  // تراجع عددها إلى ثماني عشرة: a ceiling, which the number rule compares, not an event the source affirms
  // (not against a source that affirms a verb of passing it, lexicons/negation.json exceedVerbs: "ويرجح … ألا يتخطى عدد
  // الزوار عشرة ملايين" against "نتوقع أن يتجاوز عدد الوافدين عشرة ملايين" says the opposite, a ceiling where the source has
  // the figure passed: a fresh editor pair's planted negation drew nothing)
  if (saysBelow(source)) return true;
  if (source.some((o, k) => isExceedKey(o.key) && !negatedAt(source, k))) return false;
  return quantities(tokens as Token[]).some((q) => q.first > at && q.first - at <= CAP_WINDOW);
}

/**
 * Is the claim's cue دون where the source's part says "below" (وهو مبلغ دون خسائرها for مبلغ التعويض أقل من الخسائر
 * الفعلية; دون مستوى العام الماضي for أقل من مستواه)? Then دون is "below", as the source's word is: a level restated,
 * no negation dropped (a fresh editor pair's false error). The level's figures are the number rule's.
 */
function restatesBelow(cue: Token, source: readonly Token[]): boolean {
  return isDunKey(cue.key) && saysBelow(source);
}

/** Tokens after a negated verb of reaching within which a figure is the level it caps (the subject may stand between). */
const CAP_WINDOW = 10;

/**
 * Content words after a source cue that are what it negates. One: the negated word itself (لم تجتح, not
 * تونس after it, in أمطار لم تجتح تونس منذ 20 عاما "rains not seen in Tunisia for 20 years" against a claim
 * about the rains in Tunisia). Two words: ANS dev false alarms 0.015 and contradiction recall 0.195;
 * one: 0.007 and 0.189, and WiCE dev claim balanced accuracy 0.819 → 0.823.
 */
const DROPPED_SCOPE = 1;
/** lexicons/negation.json intentVerbs: verbs of intending, past which a cue's one content word is read (لا تعتزم فرض), by key. */
const INTENT = new Set(lexiconWords('negation', 'intentVerbs').map((w) => normalizeToken(w)));
/** The content word after a verb of intending at w when the claim has no verb of intending (the word it governs), else w. */
function pastIntent(tokens: readonly Token[], w: number, claim: readonly Token[]): number {
  if (w < 0 || !INTENT.has(tokens[w].key) || claim.some((c) => !c.stop && (INTENT.has(c.key) || sameWordOrRoot(c, tokens[w])))) return w;
  const next = tokens.findIndex((o, y) => y > w && !o.stop);
  return next < 0 ? w : next;
}
/** Content words of an elliptical "but not to X" that its cue negates (ellipticalAt): X's phrase, to the clause's end. */
const ELLIPSIS_SCOPE = 6;
/** Of them, the claim's words that must be there: one, the rate of "fixed-rate deals", is another phrase's word. */
const ELLIPSIS_SHARED = 2;
/** lexicons/negation.json ellipsisPrepositions: the words after "but not" that open what an elliptical negation is about. */
const ELLIPSIS_PREPOSITIONS = new Set(lexiconWords('negation', 'ellipsisPrepositions').map((w) => normalizeToken(w)));
/** Is the cue at tokens[x] an English elliptical "but not" before a preposition (but not to borrowers on …)? */
const ellipticalAt = (tokens: readonly Token[], x: number): boolean =>
  x > 0 && tokens[x - 1].key === 'but' && tokens[x].key === 'not' && ELLIPSIS_PREPOSITIONS.has(tokens[x + 1]?.key ?? '');

/**
 * The last token of an appositive or relative clause between commas right after token i (the matched subject:
 * "SQM and Albemarle, currently the only producers in the country, did not submit bids"), or i when none
 * follows: the cue after it is the subject's predicate's. "Neither incumbent, SQM nor Albemarle, took part"
 * drew "Neither negates what the source states without negation", a fresh editor pair's false error.
 */
function pastAppositive(text: string, tokens: readonly Token[], i: number): number {
  const t = tokens[i],
    n = tokens[i + 1];
  if (!t || !n || !COMMA.test(text.slice(t.end, n.start))) return i;
  for (let j = i + 1; j + 1 < tokens.length && j <= i + APPOSITIVE; j++) if (COMMA.test(text.slice(tokens[j].end, tokens[j + 1].start))) return j;
  return i;
}
const COMMA = /[,،]/;
/** Most tokens of such an appositive. */
const APPOSITIVE = 12;

/** lexicons/negation.json ruleOut: verbs of ruling out, which a cue turns into a possibility. */
const RULE_OUT = new Set(lexiconWords('negation', 'ruleOut').map((w) => normalizeToken(w)));

/** Tokens after the last matched word in which a source cue still answers the claim's own negation. */
const AFTER_MATCH = 3;
/**
 * Tokens before the first matched word in which a source cue answers the claim's own negation (a dropped
 * cue is looked for in 3): "No one was seriously injured" answers "Nobody was badly hurt", whose first
 * matched word is injured. From the project's probe pairs (probes/dev); ANS dev false alarms and recall below.
 */
const OWN_BEFORE = 6;

/** lexicons/negation.json notSince: "since" (منذ), after a negated verb: a level "not reached since 2019" is the highest since. */
const SINCE = new Set(lexiconWords('negation', 'notSince').map((w) => normalizeToken(w)));
/**
 * Tokens after the negated word within which "since" makes it the idiom: 5, past an Arabic verb's subject and object
 * ("ولم يشهد الأسطول تجديدا واسعا منذ عام 2016", a fresh editor pair's false error at 3).
 */
const SINCE_WITHIN = 5;

/**
 * Is the source's negated word (at w) followed by "since" (منذ) within SINCE_WITHIN tokens, and the claim says "since"
 * too, with a superlative or "first" (sinceSuperlatives)? Then "not reached since 2019" is restated as "the highest since
 * 2019" (مستويات لم يبلغها منذ عام 2019 for بلغ أعلى مستوياته منذ 2019, a fresh editor pair's faithful summary drew a dropped
 * negation): the claim's words keep the "first time" the negation said; the year is the number rule's.
 */
function notSince(source: readonly Token[], w: number, claim: readonly Token[]): boolean {
  if (w < 0) return false;
  let since = false;
  for (let y = w + 1; y <= w + SINCE_WITHIN && y < source.length; y++) if (SINCE.has(source[y].key)) since = true;
  return since && claim.some((t) => SINCE.has(t.key)) && claim.some((t) => SINCE_SUPERLATIVE.has(t.key) || SINCE_SUPERLATIVE.has(t.key.replace(/^[وف]/, '')));
}
/** Longest source text (characters) from a dropped cue to its word that a flag quotes whole as what was expected. */
const CLOSE_EXPECTED = 40;

/** Content words each way around a source word that claimWordsAround reads. */
const AROUND_PLAIN = 3;

/** How many of the AROUND_PLAIN content words on each side of source[y] are words of the claim? */
function claimWordsAround(source: readonly Token[], y: number, claim: readonly Token[]): number {
  let n = 0;
  // (within the word's own part of a sentence of contrast: "Food inflation slowed to 21.6% from 24.0%, while non-food
  // inflation rose" gives the figures to the first part's "Food", not to the "non-food" after "while", which a faithful
  // "Food price growth eased to 21.6%" was read as dropping)
  for (const step of [-1, 1])
    for (let i = y + step, seen = 0; i >= 0 && i < source.length && seen < AROUND_PLAIN; i += step) {
      if (opensContrast(source[step < 0 ? i + 1 : i])) break;
      if (source[i].stop) continue;
      seen++;
      if (claim.some((t) => !t.stop && sameWord(t, source[i]))) n++;
    }
  return n;
}

/** The index of a claim's phrasal verb that the word (by stem) is an equivalent of, or -1. */
function phrasalFor(tokens: readonly Token[], word: Pick<Token, 'stem'>): number {
  for (let i = 0; i + 1 < tokens.length; i++) if (phrasalAt(tokens, i)?.words.some((w) => stemOfText(w) === word.stem)) return i;
  return -1;
}

/** The stems of the one-word equivalents of the phrasal verbs of a claim ("roll back": reverse, repeal, undo; lexicons/synonyms.json). */
function phrasalStems(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) for (const w of phrasalAt(tokens, i)?.words ?? []) out.push(stemOfText(w));
  return out;
}

/** lexicons/negation.json lastWords and agoWords: a source sentence that says when something last happened. */
const LAST = new Set(lexiconWords('negation', 'lastWords').map((w) => normalizeToken(w)));
const AGO = new Set(lexiconWords('negation', 'agoWords').map((w) => normalizeToken(w)));

/**
 * Does the claim's cue negate a word that "since" follows (لم تصل منذ سبعة أسابيع, "has not arrived for seven weeks") where
 * the source sentence says when that last happened, with the word itself (آخر شحنة … وصلت قبل سبعة أسابيع, "the last
 * shipment arrived seven weeks ago")? Two ways to say one thing: no negation to compare (a fresh editor pair's false
 * error). The figures are the number rule's.
 */
function negatesSinceLast(tokens: readonly Token[], at: number, source: readonly Token[]): boolean {
  const w = negatedWords(tokens, at, 1)[0];
  if (w === undefined) return false;
  const x = tokens.indexOf(w);
  let since = -1;
  for (let y = x + 1; y <= x + SINCE_WITHIN && y < tokens.length; y++) if (SINCE.has(tokens[y].key)) since = y;
  if (since < 0) return false;
  // (or the source says it with a superlative and "since", as notSince reads the other way round: "مستوى لم يُسجَّل منذ عقد"
  // for "وهي الأعلى منذ عشر سنوات", a fresh editor pair's faithful line)
  if (source.some((o) => SINCE.has(o.key)) && source.some((o) => SINCE_SUPERLATIVE.has(o.key.replace(/^[وف]?(?:ال)?/, '')))) return true;
  if (!source.some((o) => LAST.has(o.key))) return false;
  // (or "since" a year or a date that the source's "last" names: "ولم يشهد الأسطول تجديدا واسعا منذ عام 2016" for "وتعود آخر
  // عملية تجديد واسعة للأسطول إلى عام 2016", a fresh editor pair's false error)
  const when = figureAfter(tokens, since, 2);
  if (when !== undefined && heldIn(source, when)) return true;
  const ago = source.findIndex((o) => AGO.has(o.key));
  if (ago < 0) return false;
  // (the word itself, or the span: "منذ سبعة أسابيع" for "قبل سبعة أسابيع", as a weak verb's forms share no root here: تصل, وصلت)
  const span = quantities(tokens as Token[]).find((q) => q.first === since + 1);
  const before = quantities(source as Token[]).find((q) => q.first === ago + 1);
  return source.some((o) => !o.stop && sameWordOrRoot(w, o)) || (span !== undefined && before !== undefined && span.value === before.value);
}

/** lexicons/negation.json sinceSuperlatives: the highest, the first (أعلى، أول), which a claim's "since" restates a "not … since" with. */
const SINCE_SUPERLATIVE = new Set(lexiconWords('negation', 'sinceSuperlatives').map((w) => normalizeToken(w)));

/**
 * Tokens before a polar word within which a cue reverses it ("not guilty", "did not lose", "without a single defeat",
 * "no one has been arrested": 3 until a fresh editor pair's "No one has been arrested" for "no arrests had been
 * made" drew a negation error; dev tables and probes unchanged at 5).
 */
const POLAR_SCOPE = 5;
/** The words through which a word that negates without a cue governs a verb (barred from, failed to): lexicons/negation.json governs. */
const OUT = 'out';
const GOVERNS = new Set(lexiconWords('negation', 'governs').map((w) => normalizeToken(w)));

/** lexicons/negation.json polarBarrier: words of time that end a cue's reach over a polar word after it (لن يتم قبل انتهاء). */
const POLAR_BARRIER = new Set(lexiconWords('negation', 'polarBarrier').flatMap((w) => ['', 'و', 'ف'].map((c) => normalizeToken(c + w))));

/** Words between a cue and the polar word it negates: "without a single defeat", "not found guilty", "not even once won". */
const TRANSPARENT = new Set(lexiconWords('negation', 'transparent').map((w) => normalizeToken(w)));
/**
 * Where a claim's dropped cue may stand before the first matched word: three tokens back, and further past the words a cue
 * reaches through (a light verb and its article: "We have not yet reached the peak" for "the season had peaked", whose
 * "not" stood four tokens before "peak", a planted negation of the 212th batch of fresh editor pairs that drew nothing).
 */
function cueWindowStart(forms: ArrayLike<TokenForm | Token>, from: number, to: number, first: number): number {
  let x = Math.max(0, first - 3);
  for (let k = first - 1; k >= x && k > 0; k--) if (ENGLISH_LIGHT.has(forms[from + k].key) && transparentAt(forms, from + k, to)) x = Math.max(0, x - 2);
  return x;
}
/** lexicons/negation.json englishLightVerbs: transparent before an article only ("not yet reached the peak"). */
const ENGLISH_LIGHT = new Set(lexiconWords('negation', 'englishLightVerbs'));
const ARTICLES = new Set(['the', 'a', 'an']);
/** lexicons/negation.json lightVerbs: transparent before a word with ب only (لم يلتزموا بخفض). */
const LIGHT_VERBS = new Set(lexiconWords('negation', 'lightVerbs').map((w) => normalizeToken(w)));
/**
 * Does a cue reach past tokens[y] to the word after it (TRANSPARENT, a light verb before its complement with ب, or an
 * English adverb of manner before the word it qualifies: "not commercially viable" negates the viability, which an
 * unseen editor pair's faithful "an option Reweti called commercially unworkable" drew a dropped negation on)?
 */
function transparentAt(tokens: ArrayLike<{ readonly key: string }>, y: number, end = tokens.length): boolean {
  const k = tokens[y].key;
  return (
    TRANSPARENT.has(k) ||
    (y + 1 < end &&
      ((LIGHT_VERBS.has(k) && tokens[y + 1].key.startsWith('ب')) ||
        (ENGLISH_LIGHT.has(k) && ARTICLES.has(tokens[y + 1].key)) ||
        (MANNER.test(k) && !NOT_MANNER.has(k) && /^\p{Ll}/u.test(tokens[y + 1].key))))
  );
}
/** An English adverb of manner or degree: a word of six letters or more in -ly, not in -ply (comply, supply, apply, imply). */
const MANNER = /^[a-z]{3,}[a-oq-z]ly$/;
/** Words of that shape that are no such adverb, or whose negation is their own (not likely). */
const NOT_MANNER = new Set(['family', 'likely', 'unlikely', 'weekly', 'monthly', 'yearly', 'quarterly', 'assembly', 'anomaly']);

/** A list of lexicons/negation.json whose entries are phrases, each as its words' keys. */
const phrasesIn = (list: string): string[][] => lexiconPhrases('negation', list);
/** Does the phrase stand at tokens[i] (within tokens [0, to))? */
const phraseAt = (tokens: ArrayLike<{ readonly key: string }>, i: number, phrase: readonly string[], to = tokens.length): boolean =>
  i >= 0 && i + phrase.length <= to && phrase.every((k, j) => tokens[i + j].key === k);
/** Are tokens[x - offset] and tokens[x + 1 - offset] apart by a space only (no punctuation between)? */
const gluedAt =
  (tokens: readonly Token[], offset = 0) =>
  (x: number): boolean =>
    tokens[x + 1 - offset].start - tokens[x - offset].end <= 1;

/**
 * Does a clause end between two neighbouring words: a comma, a semicolon, a colon, a bracket, a sentence's
 * end mark, a dash or a closing quotation mark between them? (An opening quotation mark does not end one: 'did not
 * "accept" the offer'.)
 */
const CLAUSE_END = /[,;:()[\]!?.…—–”»،؛]/;
const clauseEnds = (text: string, a: Token, b: Token): boolean => CLAUSE_END.test(text.slice(a.end, b.start));
/** Do tokens[a] and tokens[b] stand in two clauses (a clause end between them)? */
function apart(text: string, tokens: readonly Token[], a: number, b: number): boolean {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  for (let k = lo; k < hi; k++) if (clauseEnds(text, tokens[k], tokens[k + 1])) return true;
  return false;
}

/** lexicons/negation.json outOfReach: phrases that say "not" of the noun after them (out of reach, beyond repair), as keys. */
const OUT_OF = phrasesIn('outOfReach');
/** Tokens between an outOfReach phrase and its noun: a possessive (out of passengers' reach). */
const OUT_OF_GAP = 1;

/** Does the claim say the source's negated word after an outOfReach phrase ("kept out of passengers' reach" for "could not reach")? */
const outOfReach = (tokens: readonly Token[], word: Token): boolean => afterPhrase(tokens, word, OUT_OF, OUT_OF_GAP);

/** lexicons/negation.json demandOf: words of demanding and calling for, as keys. */
const DEMAND_OF = phrasesIn('demandOf');
/** Tokens between a demandOf word and the demanded word (للمطالبة بإطلاق سراح، "demanding the release"). */
const DEMAND_GAP = 2;
/** Is tokens[i] what a word of demanding before it asks for (للمطالبة بتثبيتهم, "demanding the release")? */
const demandedAt = (tokens: readonly Token[], i: number): boolean => i >= 0 && phraseBefore(tokens, i, DEMAND_OF, DEMAND_GAP);

/** Does the claim have the word within `gap` tokens after one of the phrases? */
const afterPhrase = (tokens: readonly Token[], word: Token, phrases: readonly (readonly string[])[], gap: number): boolean =>
  tokens.some((t, i) => !t.stop && sameWord(word, t) && phraseBefore(tokens, i, phrases, gap));

/** Does one of the phrases end within `gap` tokens before tokens[i]? */
function phraseBefore(tokens: readonly Token[], i: number, phrases: readonly (readonly string[])[], gap: number): boolean {
  for (const phrase of phrases) for (let g = 0; g <= gap; g++) if (phraseAt(tokens, i - g - phrase.length, phrase)) return true;
  return false;
}

interface Polar {
  /** Token index of the polar word, and of the cue that reverses it (the word itself when none). */
  at: number;
  from: number;
  group: string;
  /** Its side as negated: "not guilty" is the side of acquitted. */
  side: 0 | 1;
  negated: boolean;
  /** A word of NEGATABLE (guilty, innocent), which only this rule reads. */
  always: boolean;
  /**
   * A cue stands within POLAR_SCOPE before it, past a content word: "not planning to cut", "did not plan an outright ban",
   * whose polarity the words between decide. Read as neither side against the other text.
   */
  blocked: boolean;
}

type PolarToken = { readonly neg: boolean; readonly key: string; readonly stem: string; readonly alt?: string; readonly root?: string; readonly stop: boolean };

/** "and"/"or" right before a polar word that a word of failing before the verb it is joined to governs too (polarWords). */
const COORDINATING = new Set(['and', 'or']);
/** Tokens past POLAR_SCOPE within which that word of failing is looked for. */
const COORDINATED_REACH = 3;

/** The polar words among tokens [a, b) of a sentence [from, to), each read with a cue up to POLAR_SCOPE tokens before it. */
function polarWords(
  tokens: ArrayLike<PolarToken>,
  from: number,
  to: number,
  a: number,
  b: number,
  // (the words at x and x + 1 have only a space between them: an object's cue after a comma or a semicolon opens
  // another clause, "glass cuts; none of the injuries")
  joined: (x: number) => boolean = () => false,
): Polar[] {
  const out: Polar[] = [];
  for (let x = a; x < b; x++) {
    const t = tokens[x];
    if (t.neg) continue;
    const s = polarSide(t);
    if (!s) continue;
    // the cue negates the first content word after it, past the words of TRANSPARENT (a cue before another
    // word negates that one: لن تنسحب قبل انتهاء negates تنسحب, not انتهاء)
    let cue = -1,
      blocked = false;
    for (let y = x - 1; y >= Math.max(from, x - POLAR_SCOPE); y--) {
      // (a word that negates without a cue reverses a verb it governs through "from" or "to": "barred from raising
      // prices" is "not to raise", "failed to win" "did not win"; not "lacking a clear timetable", whose negation is
      // of the timetable, as the source's "did not include a clear timetable" is)
      // (and one right before an English polar word: "lacked supporting documents" is "without supporting paperwork", a fresh
      // editor pair's false opposite)
      if (
        negatesAt(tokens, y, to) ||
        (implicitNegationAt(tokens, y) &&
          ((y + 1 < x && GOVERNS.has(tokens[y + 1].key)) ||
            (y + 1 === x && LACK.has(tokens[y].key)) ||
            // (and "ruled out" right before it: "ruled out reopening the law" is "would not reopen the law", a fresh editor pair's
            // faithful line drew an opposite)
            (y + 2 === x && tokens[y + 1].key === OUT)))
      ) {
        cue = y;
        break;
      }
      if (POLAR_BARRIER.has(tokens[y].key)) break;
      if (!tokens[y].stop && !transparentAt(tokens, y, to)) {
        // (a cue further back, within the scope: "was not planning to cut its dividend" against "the dividend would not be
        // reduced", a fresh editor pair's faithful restatement that drew an opposite)
        for (let z = y - 1; z >= Math.max(from, x - POLAR_SCOPE); z--) if (negatesAt(tokens, z, to)) blocked = true;
        // (a verb joined by "and" to one that a word of failing governs: "failing to collect rubbish and clear blocked drains"
        // fails to clear them too, a fresh editor pair's faithful "had failed to clear … drains" drew an opposite)
        if (x > from && COORDINATING.has(tokens[x - 1].key))
          for (let z = y - 1; z >= Math.max(from, x - POLAR_SCOPE - COORDINATED_REACH); z--) {
            if (POLAR_BARRIER.has(tokens[z].key)) break;
            if (implicitNegationAt(tokens, z) && z + 1 < x && GOVERNS.has(tokens[z + 1].key)) {
              cue = z;
              break;
            }
          }
        break;
      }
    }
    // (or past its object, through "from" right before the word: "barred the firm from raising prices", a source's "may
    // not raise prices" drew an opposite; FROM_REACH words back, as keepsFromAt reads "kept a helicopter from landing")
    if (cue < 0 && !blocked && x - 1 > from && tokens[x - 1].key === 'from')
      for (let y = x - 2; y >= Math.max(from, x - 1 - FROM_REACH); y--)
        if (implicitNegationAt(tokens, y)) {
          cue = y;
          break;
        }
    // (or a phrase of "rather than" or "instead of" that ends at it, a noun before it at most: "about cheaper prices rather than
    // shop closures" restates "not about closing shops", a fresh editor pair's faithful line that drew an opposite once
    // closures was a word of closing)
    // (the phrase's head, no content word after it: "instead of around the southern loop" says nothing of the south)
    if (cue < 0 && !blocked && (x + 1 >= to || tokens[x + 1].stop)) cue = ratherThanBefore(tokens, from, x);
    // (or from its object's place just after it: "arrested no one", "found nothing")
    if (cue < 0 && x + 1 < to && joined(x)) {
      const n = objectCue(tokens, x + 1, to);
      if (n > 0) cue = x + n;
    }
    out.push({
      at: x,
      from: cue >= 0 ? Math.min(cue, x) : x,
      group: s.group,
      side: cue >= 0 ? ((1 - s.side) as 0 | 1) : s.side,
      negated: cue >= 0,
      always: negatableSide(t) !== undefined,
      blocked,
    });
  }
  return out;
}

/** English words that say "not" of the phrase after their particle: rather than, instead of. */
const RATHER_THAN: ReadonlyMap<string, string> = new Map([
  ['than', 'rather'],
  ['of', 'instead'],
]);
/** Content words between "rather than" (or "instead of") and the word it negates: a noun of a compound, "shop closures". */
const RATHER_BETWEEN = 1;
/** The index of "rather" ("instead") of a "rather than" ("instead of") before tokens[x], RATHER_BETWEEN content words between at most; -1 for none. */
function ratherThanBefore(tokens: ArrayLike<PolarToken>, from: number, x: number): number {
  for (let y = x - 1, words = 0; y - 1 >= from && words <= RATHER_BETWEEN; y--) {
    const k = tokens[y].key;
    if (RATHER_THAN.get(k) === tokens[y - 1].key) return y - 1;
    if (POLAR_BARRIER.has(k)) return -1;
    if (!tokens[y].stop) words++;
  }
  return -1;
}

/** Tokens from a complementiser to the word it governs, and from a verb of denial to its complementiser (past a speaker), at most. */
const DENIED_REACH = 8;
/** Function words between a verb of denial and its object (denied any cut, denied all the charges). */
const DIRECT_BETWEEN = 2;

/**
 * Is tokens[x] in the complement of a verb of denial ("denied that any deal had been agreed", نفى أن يكون …): the nearest
 * complementiser before it, with no clause punctuation nor verb of saying between, and a verb of denial before that
 * (deniedComplement), each within DENIED_REACH tokens?
 */
function deniedAt(tokens: ArrayLike<PolarToken>, from: number, x: number, joined: (x: number) => boolean): boolean {
  // (or the verb's object, with at most DIRECT_BETWEEN function words between: "denied any cut", نفى أي تخفيض; "said no cut had
  // been made" restates "denied any cut", an unseen fresh editor pair's faithful line drew "the opposite of no cut")
  for (let d = x - 1, between = 0; d >= from && between <= DIRECT_BETWEEN; d--, between++) {
    if (isDenialKey(tokens[d].key)) return true;
    if (!tokens[d].stop) break;
  }
  if (deniedBareClause(tokens, from, x, joined)) return true;
  let c = x - 1;
  for (; c >= from && c >= x - DENIED_REACH && !isComplementiserKey(tokens[c].key); c--) if (!joined(c) || isSpeechVerb(tokens[c])) return false;
  if (c < from || c < x - DENIED_REACH || !joined(c)) return false;
  return deniedComplement(tokens, Math.max(from, c - DENIED_REACH), c + 1);
}

/**
 * Is tokens[x] in an English complement clause without "that" of a verb of denial: "Pendlebury denied the allowances had
 * been cut" (a fresh editor pair's faithful "said the allowances had not been cut" drew "the opposite of not been cut").
 * The clause is a subject (a content word at least) and an auxiliary (reporting.json predicateMarks) before the word,
 * joined to the verb, with no verb of saying between, all within DENIED_REACH tokens: "denied water" and "denied the
 * charges" have no auxiliary, so they are objects (deniedAt's direct object reads those).
 */
function deniedBareClause(tokens: ArrayLike<PolarToken>, from: number, x: number, joined: (x: number) => boolean): boolean {
  let aux = -1;
  for (let d = x - 1; d >= from && d >= x - DENIED_REACH; d--) {
    if (!joined(d)) return false;
    const k = tokens[d].key;
    if (isDenialKey(k)) return aux > d + 1 && hasContentBetween(tokens, d + 1, aux);
    if (isSpeechVerb(tokens[d]) || isComplementiserKey(k)) return false;
    if (aux < 0 && AUXILIARIES.has(k)) aux = d;
  }
  return false;
}

/**
 * Does an English verb of denial at x open a clause without "that" (a subject, then an auxiliary, within DENIED_REACH
 * tokens and the same clause): "denied the allowances had been cut", not "denied the charges, saying he had".
 */
function bareClauseAfter(tokens: readonly Token[], x: number, text: string): boolean {
  if (!isDenialKey(tokens[x].key)) return false;
  for (let y = x + 1; y < tokens.length && y <= x + DENIED_REACH; y++) {
    if (clauseEnds(text, tokens[y - 1], tokens[y]) || isSpeechVerb(tokens[y])) return false;
    if (AUXILIARIES.has(tokens[y].key)) return hasContentBetween(tokens, x + 1, y);
  }
  return false;
}

/** Is there a content word among tokens[from..to)? */
function hasContentBetween(tokens: ArrayLike<PolarToken>, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!tokens[i].stop) return true;
  return false;
}

/** lexicons/negation.json refusalPhrases: "was turned down", ردّت الطلب. */
const REFUSAL_PHRASES = phrasesIn('refusalPhrases');
const refusalAt = (tokens: ArrayLike<{ readonly key: string }>, i: number): boolean => REFUSAL_PHRASES.some((phrase) => phraseAt(tokens, i, phrase));

/** lexicons/negation.json objectCues: "no one", "nothing" negating the verb before them, as keys word by word. */
const OBJECT_CUES = phrasesIn('objectCues');

/** The length of an objectCues phrase at tokens[i] (0 for none). */
const objectCue = (tokens: ArrayLike<{ readonly key: string }>, i: number, to: number): number =>
  OBJECT_CUES.find((phrase) => phraseAt(tokens, i, phrase, to))?.length ?? 0;

/** Tokens before a word within which a cue negates it (Neither Boeing nor Muilenburg admitted). */
const SCOPE_BEFORE = 5;

/**
 * Does another sentence of the support set negate or deny, close to the claim's words, what the claim
 * negates in words of its own? "أن المقبرة لم تطلها أيدي اللصوص" restates "ونفى عبد الحميد أن تكون المقبرة قد
 * تعرضت للنهب", the second sentence of its support: the negated verb is a paraphrase (so negatedInSupport does
 * not find it), and the negation is a verb of denial. The sentence must carry two of the claim's words
 * (its stems, variants and synonyms), with the cue at most OWN_BEFORE words before the first of them or
 * inside the matched part: a negation elsewhere in it is about something else.
 */
function deniedInSupport(ctx: CheckContext, sources: readonly number[], stems: ReadonlySet<string>): boolean {
  for (const i of sources.slice(1)) {
    const { forms, from, to } = tokenForms(ctx.source.sentences[i]);
    let first = -1,
      last = -1,
      n = 0;
    for (let x = from; x < to; x++) {
      const t = forms[x];
      if (!t.stop && (stems.has(t.stem) || (t.alt !== undefined && stems.has(t.alt)))) {
        if (first < 0) first = x;
        last = x;
        n++;
      }
    }
    if (n < 2) continue;
    for (let x = Math.max(from, first - OWN_BEFORE); x <= last; x++) if (negatesAt(forms, x, to) || implicitNegationAt(forms, x)) return true;
  }
  return false;
}

/**
 * Does one of the sentences given (the support set past its best; the sentences beside it) say the claim's
 * negated word with a negation of its own? A claim fused from two sentences ("… will pay $1 million; neither
 * admitted wrongdoing") takes its negation from the second, while the best sentence (the first) has none.
 */

/**
 * Does the sentence have a cue within SCOPE_BEFORE tokens before a word written like `word` (string-similarity's Dice on
 * the keys, at the aligner's MIN_DICE, both at least LOOKALIKE_MIN letters)?
 */
function negatedLookalike(sentence: Sentence, word: Pick<Token, 'key'> | undefined): boolean {
  if (!word || word.key.length < LOOKALIKE_MIN) return false;
  const { forms, from, to } = tokenForms(sentence);
  for (let x = from; x < to; x++) {
    const t = forms[x];
    if (t.stop || t.key.length < LOOKALIKE_MIN || stringSimilarity.compareTwoStrings(t.key, word.key) < MIN_DICE) continue;
    for (let y = Math.max(from, x - SCOPE_BEFORE); y < x; y++) if (negatesAt(forms, y, to)) return true;
  }
  return false;
}
/** The endings of a participle or adjective (changed, known, paid, acceptable). */
const PARTICIPLE_ENDING = '(?:ed|en|wn|id|able|ible)';
/** A participle or adjective that un- negates (unchanged, unpaid, unknown, unaffected, unacceptable), with its base. */
const UN_BASE = new RegExp(`^un([a-z]{3,}${PARTICIPLE_ENDING})$`);
const UN_BASE_END = new RegExp(`${PARTICIPLE_ENDING}$`);
/**
 * The source's word of the matched part that un- negates (unchanged) whose base the claim has plainly ("the levy was
 * changed" for "left the levy unchanged": a fresh editor pair's planted negation drew nothing), and that claim word; the
 * claim not having the prefixed word itself. Only participles and adjectives (UN_BASE): "unemployment" is no negated
 * "employment", nor "impact" a negated "pact".
 */
function prefixDropped(claim: readonly Token[], src: readonly Token[], first: number, last: number): { cue: Token; at: Token } | undefined {
  // (the word may stand just past the matched part, as a cue may: "left the levy on sugar unchanged")
  for (let y = Math.max(0, first - AFTER_MATCH); y <= last + AFTER_MATCH && y < src.length; y++) {
    const m = UN_BASE.exec(src[y].key);
    if (!m) continue;
    const base = stemOfText(m[1]);
    if (claim.some((t) => t.key === src[y].key)) continue;
    // (a participle or adjective itself, as the base is: "eroded the station's profitability" for "unprofitable", "reports"
    // for "unreported" are other words of the stem, two fresh faithful summaries' false errors)
    const at = claim.find((t) => !t.stop && t.stem === base && UN_BASE_END.test(t.key));
    // (not when the sentence also has the word plain, with as many of the claim's words around it: "Food inflation slowed to
    // 21.6% from 24.0%, while non-food inflation rose to 15.9%" sources "Food price growth eased to 21.6%" through its first
    // part, a faithful line of an older fresh batch that drew a dropped negation from "non-food")
    if (at && !saysPlain(src, y, (t) => t.stem === base, claim, claimWordsAround(src, y, claim))) return { cue: src[y], at };
  }
  return undefined;
}

/** Content words after a source's cue read for one the claim says with a negative prefix (without overnight supervision: two). */
const PREFIXED_WORDS = 3;

/** English negative prefixes (unavoidable, inaccessible, nonbinding). */
const NEGATIVE_PREFIX = /^(?:un|in|im|non)(?=[a-z]{4,})/;

/** Does the sentence have the word with a negative prefix, of its stem (unavoidable for avoided)? */
function prefixNegated(tokens: readonly Token[], word: Pick<Token, 'stem'> | undefined): boolean {
  if (!word || !/^[a-z]/.test(word.stem)) return false;
  return tokens.some((t) => NEGATIVE_PREFIX.test(t.key) && stemOfText(t.key.replace(NEGATIVE_PREFIX, '')) === word.stem);
}

/** How many tokens before a negation cue its subject is looked for (subjectNegatedNear). */
const SUBJECT_BEFORE = 3;

/**
 * The content words right before a negation cue (its subject: "taxpayers could no longer", "the taxpayer cannot"), up to
 * SUBJECT_BEFORE tokens back.
 */
function subjectBefore(tokens: readonly Token[], cue: number): Token[] {
  const out: Token[] = [];
  for (let y = cue - 1; y >= 0 && y >= cue - SUBJECT_BEFORE; y--) if (!tokens[y].stop && tokens[y].kind === 'word') out.push(tokens[y]);
  return out;
}

/**
 * Does a sentence of the support set, or one beside it, negate something of the claim's subject (a content word right before
 * the claim's cue, right before a cue of its own)? Then the claim's negation restates it in other words, and is no evidence
 * of content the source lacks.
 */
function subjectNegatedNear(ctx: CheckContext, sources: readonly number[], tokens: readonly Token[], cue: number): boolean {
  const subject = subjectBefore(tokens, cue);
  if (subject.length === 0) return false;
  for (const i of withNeighbours(sources, ctx.source.sentences.length, 1)) {
    const st = ctx.source.sentences[i].tokens;
    for (let y = 0; y < st.length; y++) if (negatesAt(st, y) && subjectBefore(st, y).some((o) => subject.some((w) => sameWordOrRoot(w, o)))) return true;
  }
  return false;
}

/** Fewest letters of a word that negatedLookalike compares by its spelling. */
const LOOKALIKE_MIN = 4;

function negatedInSupport(ctx: CheckContext, sources: readonly number[], word: { stem: string; alt?: string; root?: string } | undefined): boolean {
  if (!word) return false;
  // (and by a synonym: "while nobody had died" fuses the next sentence's "no deaths had been reported", a fresh editor
  // pair's false error)
  const isSynonym = synonymTest(word);
  for (const i of sources) {
    const { forms, from, to } = tokenForms(ctx.source.sentences[i]);
    for (let x = from; x < to; x++) {
      const t = forms[x];
      // (by stem, or by root: دون تسجيل حوادث restates لم تسجل أي حوادث, a masdar for its verb: a fresh editor pair)
      const same =
        t.stem === word.stem ||
        t.stem === word.alt ||
        (t.alt !== undefined && (t.alt === word.stem || t.alt === word.alt)) ||
        (word.root !== undefined && word.root.length >= 3 && t.root === word.root) ||
        isSynonym(t);
      if (t.stop || !same) continue;
      for (let y = Math.max(from, x - SCOPE_BEFORE); y < x; y++) if (negatesAt(forms, y, to)) return true;
    }
  }
  return false;
}

/**
 * Is the part of a sentence that begins at `first` what a verb of denial reports ("نفى وزير الطاقة سامر الخطيب،
 * الأحد، أن تكون الحكومة قد قررت …", "the ministry denied that …")? The nearest complementiser before it, and
 * before that the nearest verb of saying, which is one of denial. The speaker, a title and a date stand between the
 * verb and its أن, too far for the window of words that a negation cue is looked for in (OWN_BEFORE).
 */
function deniedComplement(tokens: ArrayLike<Pick<Token, 'key'>>, from: number, first: number): boolean {
  let c = first - 1;
  while (c >= from && !isComplementiserKey(tokens[c].key)) c--;
  for (let v = c - 1; v >= from; v--) {
    if (isDenialKey(tokens[v].key)) return true;
    if (isSpeechVerb(tokens[v]) || isComplementiserKey(tokens[v].key)) return false;
  }
  return false;
}

/** Is this matching key a participle of saying, Arabic (SAYING_PARTICIPLES, with و/ف) or English (saying, insisting)? */
const sayingParticiple = (key: string): boolean => listedAfterConjunction(SAYING_PARTICIPLES, key) !== undefined || isEnglishSayingParticiple(key);
/** Claim words after a participle of saying that make the claim the speaker's own account (accountAfter). */
const ACCOUNT_WORDS = 2;

/**
 * Does the claim restate what a participle of saying after the cue gives as the speaker's own account, not the clause the cue
 * negates: "Haugland denied that the tax had hurt investment, saying spending by the industry had held up close to the levels
 * seen before the levy" for "Haugland insisted industry spending had stayed close to pre-tax levels", whose one word of the
 * denied clause (tax, of pre-tax) drew a dropped negation (a fresh editor pair's faithful line, 131st batch)? The negated word
 * at w is the claim's only word between the cue and the participle, and ACCOUNT_WORDS of its words or more stand after it.
 */
function accountAfter(src: readonly Token[], cue: number, w: number, claim: readonly Token[]): boolean {
  if (w < 0) return false;
  const p = src.findIndex((o, k) => k > w && sayingParticiple(o.key));
  if (p < 0) return false;
  const mine = (o: Token) => !o.stop && claim.some((t) => !t.stop && sameWord(t, o));
  const before = src.slice(cue + 1, p).filter(mine).length;
  const after = src.slice(p + 1).filter(mine).length;
  return before <= 1 && after >= ACCOUNT_WORDS;
}

/**
 * Is the claim the account a denier gives after a participle of saying ("a charge its managing director rejected, | insisting
 * the agency had signed off on all the work"), and the source's cue at `cue` inside what its sentence alleges ("accused the
 * owner of adding two extra floors without approval")? The claim restates the denial, not the accusation: no dropped
 * negation of it (a fresh editor pair's faithful line drew one once reject and deny were read as synonyms, 131st batch).
 */
function deniersAccount(text: string, sentence: readonly Token[], claim: readonly Token[], src: readonly Token[], cue: number): boolean {
  if (cue < 0 || claim.length === 0) return false;
  const p = sentence.findIndex(
    (t, k) => t.start <= claim[0].start && sayingParticiple(t.key) && sentence.slice(0, k).some((o) => isDenialKey(o.key) || saysNotKey(o.key)),
  );
  if (p < 0) return false;
  return allegationsIn(text, src).some((a) => a.from <= cue && cue < a.to);
}

/** Does the negation cue at claim[cue] say what is not of a share in words before it, the rest of a share the source gives? */
function restNegated(claim: readonly Token[], cue: number, src: readonly Token[]): boolean {
  const share = shareNegatedBy(claim, cue);
  return share !== undefined && restOfShareIn(src, share);
}
