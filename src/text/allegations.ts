import { byForm, makeToken, type Token } from './tokenize.js';
import { isSpeechVerb, isAttributionOpener, CONTRAST_KEYS, AUXILIARIES, contrastAt } from './claims.js';
import { isComplementiserKey, isDenialKey, negatesAt } from './negation.js';
import { lexiconWords, listedWithClitics, pronounEnding } from './lexicons.js';
import { isArabicChar } from './normalize.js';
import { speakersOf, backRefIn, refersToAccusation, isGivenNameKey, isEnglishSayingParticiple } from './speakers.js';

/**
 * What a source gives only as someone's allegation, suspicion or belief, and whether a summary's sentence states
 * anything as fact: the attribution-mismatch rule's asFact message (src/check/rules/attribution.ts). Wire copy keeps
 * "the regulator suspected", "اتهمت النيابة", "ورجح أن" in front of what is not established; an editor who drops it
 * turns an allegation into a finding, and every word is still in the source, so no other rule sees it.
 */

const keys = (list: string): ReadonlySet<string> => new Set(lexiconWords('reporting', list).map((w) => makeToken(w, 0).key));
/** lexicons/reporting.json allegationCues, by key (Arabic also after و/ف). */
const CUES = keys('allegationCues');
/** lexicons/reporting.json beliefCues, by key (Arabic also after و/ف). */
const BELIEFS = keys('beliefCues');
/** lexicons/reporting.json allegationVerbs: an Arabic verb of alleging with its accuser after it. */
const ALLEGATION_VERBS = keys('allegationVerbs');
/** lexicons/reporting.json accuseCues: the allegation follows ب or of. */
const ACCUSE = keys('accuseCues');
const OF = makeToken('of', 0).key;
/** lexicons/reporting.json claimBeforeThat: an allegation only before a complementiser. */
const CLAIM_THAT = keys('claimBeforeThat');
/** lexicons/reporting.json blameWords: a claim with one gives a cause as someone's view. */
const BLAME = keys('blameWords');
/** lexicons/reporting.json blameHolding and blameResponsibility: حمّل … مسؤولية, "held … responsible". */
const HOLDING = keys('blameHolding');
const RESPONSIBILITY = keys('blameResponsibility');
/** Words after a verb of blameHolding within which its word of responsibility stands, in a claim (HOLDING_REACH) and across a sentence's clauses (a holder's role between: SENTENCE_HOLDING_REACH). */
const HOLDING_REACH = 8;
const SENTENCE_HOLDING_REACH = 16;
/** Where the word of responsibility of a verb of blameHolding at tokens[i] stands, within `reach` words after it; -1 when none does or tokens[i] is no such verb. */
function responsibilityAfter(tokens: readonly Token[], i: number, reach: number): number {
  if (!listed(HOLDING, tokens[i])) return -1;
  for (let j = i + 1; j < tokens.length && j <= i + reach; j++) if (RESPONSIBILITY.has(tokens[j].key)) return j;
  return -1;
}
/**
 * Does a summary sentence blame with حمّل … المسؤولية across the claim at [start, end)? Its clauses may split the verb from
 * the word of responsibility ("ويحمل الحسين أيت بوهو، رئيس جمعية …، سفن أعالي البحار المسؤولية، متهما إياها …": three
 * claims, the verb in the first, the responsibility in the third; a faithful line of the 114th batch drew two allegations
 * stated as fact): every claim from the verb to that word keeps the blame its holder's.
 */
export function blamesAcross(sentence: readonly Token[], start: number, end: number): boolean {
  for (let i = 0; i < sentence.length; i++) {
    const j = responsibilityAfter(sentence, i, SENTENCE_HOLDING_REACH);
    if (j >= 0 && sentence[i].start < end && start < sentence[j].end) return true;
  }
  return false;
}
/** Is tokens[i] a verb of holding responsible (حمّل، ويحمّل) with مسؤولية within HOLDING_REACH words after it? */
const holdsResponsible = (tokens: readonly Token[], i: number): boolean => responsibilityAfter(tokens, i, HOLDING_REACH) >= 0;
/** lexicons/reporting.json reproachVerbs (with و/ف before them: ويأخذ). */
const REPROACH = keys('reproachVerbs');
/** Tokens after a verb of reproachVerbs within which its على stands (past the one who reproaches: ويأخذ أرزقي آيت علي، رئيس جمعية فلاحي أزفون، على). */
const REPROACH_REACH = 10;
const ALA = makeToken('على', 0).key;

/** Does a verb of reproachVerbs with على after it stand in the tokens (يأخذ … على الوزارة تأخرها: faults the ministry for)? */
export function reproaches(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!listed(REPROACH, tokens[i])) continue;
    for (let j = i + 1; j < tokens.length && j <= i + REPROACH_REACH; j++) if (tokens[j].key === ALA) return true;
  }
  return false;
}
/** lexicons/reporting.json allegationNouns: an allegation only before what is alleged. */
const NOUNS = keys('allegationNouns');
/** lexicons/reporting.json complaintNouns, and the words after which, within COMPLAINT_REACH words, what a complaint is about follows. */
const COMPLAINTS = keys('complaintNouns');
const COMPLAINT_ABOUT = new Set(['of', 'that', 'about', 'over', 'عن', 'حول', 'بشأن', 'أن'].map((w) => makeToken(w, 0).key));
const COMPLAINT_REACH = 4;
/** Is ts[i] a complaint noun that what it is about follows ("complaints from residents' groups of unannounced cuts")? */
const complaintOf = (ts: readonly Token[], i: number): boolean =>
  listed(COMPLAINTS, ts[i]) && ts.slice(i + 1, i + 1 + COMPLAINT_REACH).some((u) => COMPLAINT_ABOUT.has(u.key));
/** lexicons/reporting.json beliefLiteralAfter: after these, "appear" is literal (appear in court), no belief. */
const BELIEF_LITERAL = keys('beliefLiteralAfter');
/** lexicons/reporting.json allegationBackRefs: after these a noun of allegation refers back (these allegations), no cue. */
const BACK_REFS = keys('allegationBackRefs');
/** lexicons/reporting.json judgementVerbs: in a summary, a verb that keeps a belief as one (warned, expected, حذر، يقدر). */
const JUDGEMENTS = keys('judgementVerbs');
/** lexicons/reporting.json verdictWords: a charge after one is the court's finding. */
const VERDICTS = keys('verdictWords');
/** What opens what an allegation's noun alleges: that, of, عن, في (أن/بأن are complementisers; ب glued is read apart). */
const NOUN_OPENERS = new Set(['that', 'of', 'عن', 'في'].map((w) => makeToken(w, 0).key));
/** lexicons/reporting.json chargeWords: in a summary, a word that gives what follows to an accuser. */
const CHARGES = keys('chargeWords');
/** lexicons/reporting.json litigants: a speaker that is a party to a case. */
const LITIGANTS = keys('litigants');
/** The modal hedges of lexicons/modality.json, which a summary's sentence may keep in the cue's place. */
const HEDGES = new Set(
  ['englishHedges', 'englishHedgesBeforeTo', 'arabicHedges', 'arabicHedgesBeforeAn']
    .flatMap((l) => lexiconWords('modality', l))
    .map((w) => makeToken(w, 0).key),
);
/** قد, with و glued or not: a hedge only before an imperfect verb (وقد ثبت, "it has been established", hedges nothing). */
const QAD = new Set([makeToken('قد', 0).key, makeToken('وقد', 0).key]);
/**
 * The prefixes of an Arabic imperfect verb after قد that make it "may": ي ت ن, not أ, the first person's (قد أذهب) but as
 * often a past verb's of the derived forms (قد أهملت السلطات, "the authorities have neglected", أطفأت، أقرّت), which is
 * certain. News states in the third person: a fresh editor pair's "وقد أهملت السلطات المحلية تنظيف قنوات التصريف", the
 * source's allegation stated as fact, read as hedged and drew nothing.
 */
const QAD_IMPERFECT = /^[يتن]/;
/** Does قد before `next` hedge it (an imperfect verb: قد ترفع "may raise"; قد رفعت is "has raised")? */
export const qadHedges = (next: Token | undefined): boolean => next !== undefined && QAD_IMPERFECT.test(next.key);
const TO = makeToken('to', 0).key;
/**
 * lexicons/reporting.json passive: a verb of saying after one is a passive, whose subject is who was told, not who said
 * it ("County officials were warned of the omission" for the campaign's allegation, a fresh editor pair's planted error).
 */
const PASSIVE = keys('passive');
/** lexicons/reporting.json presentVerbs (يقول، تنفي، يتهم; read by `listed`, with و/ف before or a pronoun after: وهو ما تنفيه الوزارة) and attributionOpeners (وفقا، بحسب), by key. */
const PRESENT = keys('presentVerbs');
const OPENERS = keys('attributionOpeners');
/** lexicons/reporting.json openersAfterPunctuation: حسب، وفق, "depending on", "in line with" inside a clause. */
const MID_CLAUSE = keys('openersAfterPunctuation');
/**
 * Does tokens[i] open an attribution without a verb (according to, بحسب)? Not one of openersAfterPunctuation past the
 * claim's first word: "أن عقودهم انتهت وفق القانون" ended "in line with the law", and read as "according to the law" it
 * closed the clause before it with an attribution, so that the union's accusation stated as fact there drew nothing (a
 * planted attribution of the 113th batch).
 */
function opensAttribution(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return ((isAttributionOpener(t) || listed(OPENERS, t)) && !(i > 0 && MID_CLAUSE.has(t.key))) || asPutBy(tokens, i);
}
/**
 * Is tokens[i] the حد of "على حد قول/تعبير/اتهام X", "as X put it": an attribution with no verb of saying? Not "على حد سواء",
 * "alike". "وتحمل المؤسسة المواطنين ثمن التعديات …، على حد اتهام النائبة رلى أبو شقرا" closes its sentence with the deputy's
 * accusation, which a fresh editor pair's faithful line (127th batch) drew as stated as fact.
 */
const asPutBy = (tokens: readonly Token[], i: number): boolean =>
  tokens[i].key === AS_PUT[1] && tokens[i - 1]?.key === AS_PUT[0] && tokens[i + 1] !== undefined && tokens[i + 1].key !== ALIKE;
const AS_PUT = ['على', 'حد'].map((w) => makeToken(w, 0).key);
const ALIKE = makeToken('سواء', 0).key;

/** An allegation in a source sentence: the cue's tokens [cueFrom, cueTo) and the clause it governs, tokens [from, to). */
export interface Allegation {
  /** A belief (beliefCues: police believe, رجح), which a summary keeps only hedged; else an allegation, which it keeps attributed. */
  belief: boolean;
  /** Who alleges it, tokens [byFrom, byTo) (empty when the source does not say): a claim that names them reports it as theirs. */
  byFrom: number;
  byTo: number;
  cueFrom: number;
  cueTo: number;
  from: number;
  to: number;
  /**
   * Whom an accusation accuses, tokens [accused, from) when it has any: past the cue and its accuser, before the ب or of
   * that opens what is alleged ("accused the mayor's office of paying", اتهم الأيوبي مؤسسة المياه بعدم تسديد).
   */
  accused?: number;
}

const isArabicKey = (k: string): boolean => /^[\u0600-\u06FF]/.test(k);

/** Is the word listed, with و/ف before it or an Arabic pronoun after it (اتهامه، باتهامها: "his being accused")? */
const listed = (set: ReadonlySet<string>, t: Token): boolean => {
  // (the answer kept per list and surface form, `byForm`: every rule that reads a claim asks it of each of its words for
  // several lists, and the ending's cut made a new string to hash each time. It was kept per list by key in a Map of at
  // most 20,000 words, emptied when full: on the bench's 1,000 seed-sized pairs 694,000 of 10.9 million questions missed
  // it, and the look-ups and their misses were a tenth of the corpus run's time)
  let ask = LISTED.get(set);
  if (ask === undefined) LISTED.set(set, (ask = byForm((w: Token) => listedWithClitics(set, w.key))));
  return ask(t);
};
const LISTED = new Map<ReadonlySet<string>, (t: Token) => boolean>();
/** lexicons/reporting.json adverbHosts: after these (or a content word) an adverb hedges its whole clause. */
const HOSTS = keys('adverbHosts');

/** Is tokens[i] a cue of an allegation (a listed word; claim/contend before a complementiser) or of a belief (not "likely to", a future)? */
/** Words after a verb of claiming within which a clause's verb stands when "that" is left out. */
const CLAUSE_VERB_AT = 4;
/**
 * Does an English clause follow the verb at i with its "that" left out ("claimed the delay stemmed from …", "claimed he
 * was"): a word in the past tense (-ed) or an auxiliary within CLAUSE_VERB_AT words, past a noun? Not "claimed 30 lives",
 * "claimed responsibility for the attack", "claimed the title on Sunday". A fresh editor pair's source "Hallworth Civil,
 * claimed the delay stemmed from the authority's failure …" was no allegation, and a summary stating it drew nothing.
 */
function clauseAfter(tokens: readonly Token[], i: number): boolean {
  if (tokens[i + 1]?.kind !== 'word' || isArabicChar(tokens[i].text.charCodeAt(0))) return false;
  for (let k = i + 2; k < tokens.length && k <= i + CLAUSE_VERB_AT; k++) {
    const w = tokens[k];
    if (w.kind !== 'word') return false;
    if (AUXILIARIES.has(w.key) || /^[a-z]{3,}ed$/.test(w.key)) return true;
  }
  return false;
}

/** Words of a place or a medium before a claim's "that" (claimed on a dark web site that, claimed in a statement that). */
const CLAIM_PLACE = 6;
/** "claimed in/on … that": a complementiser past a phrase of in/on/at, within CLAIM_PLACE words (English). */
function thatPastPlace(tokens: readonly Token[], i: number): boolean {
  const p = tokens[i + 1]?.key;
  if (p !== 'in' && p !== 'on' && p !== 'at') return false;
  for (let k = i + 2; k < tokens.length && k <= i + 1 + CLAIM_PLACE; k++) {
    if (tokens[k].kind !== 'word') return false;
    if (isComplementiserKey(tokens[k].key)) return true;
  }
  return false;
}
/** "to have" at j: "claimed to have stolen", an infinitive of the claimant's own deed. */
const toHaveAt = (tokens: readonly Token[], j: number): boolean => tokens[j]?.key === 'to' && tokens[j + 1]?.key === 'have';

/**
 * Is the claim word at i a noun that refers back to a claim already told, the object of what comes before it: "Menon rejected
 * that claim, saying … supplies had in fact increased" (a fresh editor pair of the 68th batch: the rejecter's own account
 * read as the claim, and a faithful summary that stated it drew an error)? After this, these, those or such (allegationBackRefs),
 * and after "that" when clause punctuation follows it ("reports that claim the vote was rigged" is a verb).
 */
function claimNounBack(text: string, tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1],
    next = tokens[i + 1];
  if (!prev || !BACK_REFS.has(prev.key) || isArabicChar(prev.key.charCodeAt(0))) return false;
  return prev.key !== 'that' || (next !== undefined && CLAUSE_GAP.test(text.slice(tokens[i].end, next.start)));
}

function cueAt(text: string, tokens: readonly Token[], i: number): 'allegation' | 'belief' | undefined {
  const t = tokens[i];
  // (after a figure, a word of accusing is the accused: الشبكة تضم 17 متهما, "17 defendants", a fresh editor pair's
  // faithful summary drew a false error)
  if (t.kind !== 'word' || tokens[i - 1]?.kind === 'number') return undefined;
  const next = tokens[i + 1];
  if (CLAIM_THAT.has(t.key))
    return next !== undefined &&
      !claimNounBack(text, tokens, i) &&
      (isComplementiserKey(next.key) || clauseAfter(tokens, i) || thatPastPlace(tokens, i) || toHaveAt(tokens, i + 1))
      ? 'allegation'
      : undefined;
  if (listed(NOUNS, t))
    return next !== undefined &&
      !(i > 0 && BACK_REFS.has(tokens[i - 1].key)) &&
      (isComplementiserKey(next.key) || NOUN_OPENERS.has(next.key) || (next.key.length > 3 && next.key[0] === 'ب'))
      ? 'allegation'
      : undefined;
  if (listed(CUES, t)) return 'allegation';
  if (/^appear/.test(t.key) && next !== undefined && BELIEF_LITERAL.has(next.key)) return undefined;
  return listed(BELIEFS, t) && tokens[i + 1]?.key !== TO ? 'belief' : undefined;
}

/** Is this a word of a court's finding (lexicons/reporting.json verdictWords: convicted, found guilty, أدانت)? */
export const isVerdict = (t: Token): boolean => listed(VERDICTS, t);

/** Does a word of verdictWords stand before tokens[i] in its clause (no contrast between)? */
function verdictBefore(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && !listed(CONTRAST_KEYS, tokens[j]); j--) if (listed(VERDICTS, tokens[j])) return true;
  return false;
}

const CLAUSE_GAP = /[\u060C\u061B;,:\u2014]/; // ، ؛ ; , : —

/** An English adverb of belief or allegation (probably, allegedly, perhaps): after an auxiliary or a content word it hedges its whole clause, the subject before it too. */
const ADVERB = /^(?:[a-z]+ly|perhaps)$/;

/**
 * Where the clause of an adverb at i begins: after clause punctuation, a complementiser or a verb of saying before it
 * ("said warmer water had probably contributed": warmer water is hedged too), or at the sentence's start.
 */
function clauseStart(text: string, tokens: readonly Token[], i: number): number {
  let j = i;
  while (j > 0 && !CLAUSE_GAP.test(text.slice(tokens[j - 1].end, tokens[j].start)) && !isComplementiserKey(tokens[j - 1].key) && !isSpeechVerb(tokens[j - 1]))
    j--;
  return j;
}

/**
 * Where the clause that a cue at i governs ends: at a word that opens a contrast, the sentence's end, and (`atGap`)
 * clause punctuation. A cue word governs its clause ("said warmer water had probably contributed to the bloom, noting
 * that …"; وترجح الوزارة أن …، وقد حظرت …: two faithful editor pairs' false errors ran past the comma); a party's
 * statement goes on past it (إن المتهم حرر فواتير وهمية …، وحول جزءا من الأموال …).
 */
function clauseEnd(text: string, tokens: readonly Token[], i: number, atGap: boolean): number {
  let j = i + 1;
  for (;;) {
    while (
      j < tokens.length &&
      !(listed(CONTRAST_KEYS, tokens[j]) && !NOT_CONTRAST_AFTER.has(tokens[j + 1]?.key ?? '') && !sharedSubjectAfter(text, tokens, j)) &&
      !(atGap && j > i + 1 && CLAUSE_GAP.test(text.slice(tokens[j - 1].end, tokens[j].start))) &&
      !(atGap && j > i + 1 && timeClauseAt(tokens, j))
    )
      j++;
    // (past a name set off by commas inside the clause: "alleged that one grant recipient, Big Sky Fiberlink, had billed the
    // state …" alleges the billing, not only "one grant recipient", which a summary's appositive then stated as fact)
    const past = atGap && j > i + 1 && j < tokens.length ? pastNameAppositive(text, tokens, j) : -1;
    if (past < 0) return j;
    j = past + 1;
  }
}

/** Most words of an English name set off by commas inside an allegation's clause (Big Sky Fiberlink). */
const NAME_APPOSITIVE = 5;
/**
 * Does a comma before tokens[j] open an English name set off by commas (capitalised words, then a comma) after which the clause
 * goes on in lower case? The index of the word after the second comma, or -1.
 */
function pastNameAppositive(text: string, tokens: readonly Token[], j: number): number {
  if (text.slice(tokens[j - 1].end, tokens[j].start).trim() !== ',') return -1;
  for (let m = j; m < tokens.length && m < j + NAME_APPOSITIVE; m++) {
    if (tokens[m].kind !== 'word' || !/^\p{Lu}/u.test(tokens[m].text)) return -1;
    const next = tokens[m + 1];
    if (next === undefined) return -1;
    const gap = text.slice(tokens[m].end, next.start);
    if (gap.trim() === ',') return next.kind === 'word' && /^\p{Ll}/u.test(next.text) ? m + 1 : -1;
    if (gap.trim() !== '') return -1;
  }
  return -1;
}

/** lexicons/reporting.json allegationTimeClauses: since, after, when … */
const TIME_CLAUSES = keys('allegationTimeClauses');
/**
 * Pronouns that open a clause's subject after a conjunction of time ("since it took over"); not an article, after which it is
 * as often a preposition's phrase ("shortly before the collision", part of what was alleged).
 */
const CLAUSE_SUBJECTS = new Set(['it', 'they', 'he', 'she', 'we']);
/** Does a conjunction of time at j open a clause of its own (a pronoun after it: "since it took over …")? */
const timeClauseAt = (tokens: readonly Token[], j: number): boolean => TIME_CLAUSES.has(tokens[j].key) && CLAUSE_SUBJECTS.has(tokens[j + 1]?.key ?? '');

/** lexicons/reporting.json sharedSubjectContrasts: contrast words that may join a second verb to the same subject ("had known about the fault but kept it quiet"). */
const SHARED_SUBJECT_CONTRASTS = keys('sharedSubjectContrasts');

/**
 * Does the contrast word at j, with no comma before it, join a second verb to the clause's own subject: "claimed the
 * utility had known about the fault since mid-2022 but kept it quiet until a complaint went public"? The word after it
 * is then a content word in lower case (a verb), not a subject of its own (the, he, Smith, 40). What it joins is still
 * alleged: read as the end of the allegation, a summary stating both verbs as fact carried too little of it, and a fresh
 * editor pair's planted attribution drew nothing. After a comma ("…, but declined to comment") it is the speaker's own.
 */
function sharedSubjectAfter(text: string, tokens: readonly Token[], j: number): boolean {
  const t = tokens[j],
    next = tokens[j + 1];
  if (!SHARED_SUBJECT_CONTRASTS.has(t.key) || next === undefined || j === 0) return false;
  if (/[,;:]/.test(text.slice(tokens[j - 1].end, t.start))) return false;
  return next.kind === 'word' && !next.stop && !/^\p{Lu}/u.test(next.text);
}

/**
 * The allegations of a source sentence: each cue word (allegationCues; claimBeforeThat before a complementiser) and
 * the rest of its clause, and each statement of a party to a case (a speaker phrase with a word of litigants: the
 * prosecution's pleading, the defence's account), from the end of the speaker's phrase to its clause's end.
 */
export function allegationsIn(text: string, tokens: readonly Token[]): Allegation[] {
  const out: Allegation[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const cue = cueAt(text, tokens, i);
    // (a charge after a verdict in its clause is the court's finding: دانت المحكمة فلانا … بتهمة الاستيلاء)
    if (cue === 'allegation' && verdictBefore(tokens, i)) continue;
    if (cue && listed(ACCUSE, tokens[i])) {
      // (what an accusation alleges follows ب or of, past the accuser and the accused: اتهم عضو المجلس … قوات … بزرع ألغام)
      // (past commas around the accuser's name, to the end of the clause after it; an accusation with neither alleges
      // nothing that can be read; a given name with ب is none, اتهم بدر الخالدي الوزارة بإسناد …)
      const last = clauseEnd(text, tokens, i, false);
      for (let j = i + 1; j < last; j++)
        if (
          (tokens[j].key === OF || (tokens[j].key.length > 2 && tokens[j].key[0] === 'ب' && isArabicKey(tokens[j].key) && !isGivenNameKey(tokens[j].key))) &&
          !parentheticalAt(text, tokens, j, last)
        ) {
          const by = accuser(text, tokens, i);
          const accused = Math.max(by.byTo, i + 1);
          out.push({ belief: false, ...by, cueFrom: i, cueTo: i + 1, from: j, to: clauseEnd(text, tokens, j, true), ...(accused < j ? { accused } : {}) });
          break;
        }
    } else if (cue)
      out.push({
        belief: cue === 'belief',
        ...(ADVERB.test(tokens[i].key) ? { byFrom: i, byTo: i } : accuser(text, tokens, i)),
        cueFrom: i,
        cueTo: i + 1,
        from: ADVERB.test(tokens[i].key) && i > 0 && (!tokens[i - 1].stop || HOSTS.has(tokens[i - 1].key)) ? clauseStart(text, tokens, i) : i + 1,
        to: clauseEnd(text, tokens, i, true),
      });
  }
  if (tokens.some((t) => listed(LITIGANTS, t)))
    for (const s of speakersOf(text, tokens)) {
      if (s.kind === 'pronoun' || !s.tokens.some((t) => listed(LITIGANTS, t))) continue;
      const last = tokens.indexOf(s.tokens[s.tokens.length - 1]);
      const from = Math.max(s.verb, last) + 1;
      const first = tokens.indexOf(s.tokens[0]);
      out.push({
        belief: false,
        byFrom: first,
        byTo: last + 1,
        cueFrom: Math.min(s.verb, first),
        cueTo: from,
        from,
        to: clauseEnd(text, tokens, from - 1, false),
      });
    }
  return out.filter((a) => a.from < a.to);
}

/** Most tokens of a phrase set off by commas beside an accuser (، بقيادة المستشار نبيل حمادي،). */
const PARENTHETICAL_TOKENS = 6;

/**
 * Does tokens[j] open a phrase set off by commas, with more of the clause after it: "اتهم أعضاء المعارضة، بقيادة
 * المستشار نبيل حمادي، رئيس البلدية بمنح …", whose بقيادة ("led by") is no ب of what is alleged (a fresh editor pair's
 * faithful "وقاد المستشار نبيل حمادي هجوم المعارضة" drew an allegation stated as fact)?
 */
function parentheticalAt(text: string, tokens: readonly Token[], j: number, last: number): boolean {
  const comma = (x: number) => /[,،]/.test(text.slice(tokens[x - 1].end, tokens[x].start));
  if (j === 0 || !comma(j)) return false;
  for (let k = j + 1; k < last && k <= j + PARENTHETICAL_TOKENS; k++) if (comma(k)) return k + 1 < last;
  return false;
}

/** Most words of an accuser's phrase read beside a cue (النائبة المعارضة مريم بنت الحسن: five). */
const ACCUSER_WORDS = 5;

/**
 * Who makes the allegation of the cue at i: in Arabic the phrase after a finite verb (allegationVerbs: واتهمت النائبة المعارضة
 * مريم بنت الحسن الحكومة بـ…), up to clause punctuation and ACCUSER_WORDS tokens, none after a participle or a noun (متهماً
 * خلية: the accused); in English the words before the cue in its clause
 * ("Okafor's campaign alleged that"), as many at most.
 */
/** lexicons/reporting.json notContrastAfter: فيما بينهم is "among them", not "while". */
const NOT_CONTRAST_AFTER = keys('notContrastAfter');
/** An Arabic word in the indefinite accusative, as written (عددا، مسؤولا; no article): an object, not a subject. */
const ACCUSATIVE = /^(?!ال)[\u0621-\u064A]{3,}ا$/;
/** An Arabic masdar glued to ب, which opens what an accuser alleges (بتخزين، بالتنسيق، بالتسبب). */
const ALLEGED_WITH_BA = /^بال?[\u0621-\u064A]{3,}$/;

function accuser(text: string, tokens: readonly Token[], i: number): { byFrom: number; byTo: number } {
  const gap = (a: number, b: number) => CLAUSE_GAP.test(text.slice(tokens[a].end, tokens[b].start));
  if (isArabicKey(tokens[i].key)) {
    if (!listed(ALLEGATION_VERBS, tokens[i])) return { byFrom: i, byTo: i };
    // (a verb with no و/ف after a content word, its subject before it: "لكن عضو لجنة التربية …، النائب صالح العبادي، اتهم
    // الجامعة بتضخيم …" has the accused after the verb, and read as the accuser the university "named" it in a claim stating the
    // allegation as fact, "وضخّمت الجامعة عدد الاستشهادات", a fresh editor pair's planted attribution that drew nothing)
    const bare = ALLEGATION_VERBS.has(tokens[i].key) || !/^[وف]/.test(tokens[i].key);
    // (not after a phrase that opens a clause, في المقابل، اتهمت النقابة …: contrast words)
    const before = tokens[i - 1];
    if (bare && before && !before.stop && before.kind === 'word' && isArabicKey(before.key) && !listed(CONTRAST_KEYS, before)) return { byFrom: i, byTo: i };
    let j = i + 1;
    // (nor past what is alleged: وزعمت أنها حصلت على بيانات, its subject named before the verb, has no accuser after it, and
    // read up to ACCUSER_WORDS the allegation itself was its accuser, which a claim stating it as fact "named": a fresh editor
    // pair's planted "وحصلت على بيانات 180 ألف طالب" drew nothing)
    // (and not past the accused, after the accuser in verb-first order: a word in the indefinite accusative, "واتهم الوزير
    // «عددا من كبار التجار» بتخزين …", or what is alleged, glued to its ب: read up to them the accused were the accuser, and a
    // claim stating the allegation of them as fact, "وكدّس عدد من كبار التجار كميات ضخمة من المحصول", "named" its accuser, a
    // fresh editor pair's planted attribution that drew nothing)
    while (
      j < tokens.length &&
      j - i <= ACCUSER_WORDS &&
      !gap(j - 1, j) &&
      !isComplementiserKey(tokens[j].key) &&
      !ACCUSATIVE.test(tokens[j].key) &&
      !ALLEGED_WITH_BA.test(tokens[j].key)
    )
      j++;
    return { byFrom: i + 1, byTo: j };
  }
  let j = i;
  while (j > 0 && i - j < ACCUSER_WORDS && !gap(j - 1, j) && !listed(CONTRAST_KEYS, tokens[j - 1])) j--;
  return { byFrom: j, byTo: i };
}

/** Is tokens[i] a hedge: a word of beliefCues or judgementVerbs, or a modal of lexicons/modality.json (قد only before an imperfect verb)? */
function hedgeAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (QAD.has(t.key)) return qadHedges(tokens[i + 1]);
  // (a verb of judging after be is a passive: "officials were warned" hedges nothing; nor is one after a determiner or
  // "without" a verb: "changed course without warning" hedges nothing, a fresh editor pair's allegation stated as fact)
  const before = tokens[i - 1]?.key ?? '';
  // (nor is a form in -ing with a determiner and one word before it: "a September warning", "a stern warning"; a fresh
  // editor pair's "The school disregarded a September warning from the health district" read as hedged and drew nothing,
  // though the source has it only as what some parents accused the school of. Not "the company warned": no -ing)
  const modified = t.key.endsWith('ing') && i >= 2 && !tokens[i - 1].stop && NOUN_BEFORE.has(tokens[i - 2].key);
  // (nor قدرتها على, "its ability to", which reads as قدّرت "estimated" with a pronoun: "ففقدت جانباً من قدرتها على المنافسة"
  // kept as a view what the source has only as an accusation, a planted attribution of the 147th batch that drew nothing)
  const ability = tokens[i + 1]?.key === ALA && /ت(?:ه|ها|هم|هما|هن|كم|نا)$/.test(t.key);
  return listed(BELIEFS, t) || listed(HEDGES, t) || (listed(JUDGEMENTS, t) && !PASSIVE.has(before) && !NOUN_BEFORE.has(before) && !modified && !ability);
}
/** lexicons/reporting.json nounBefore: words before which a verb of judging is a noun (a warning, without warning). */
const NOUN_BEFORE = keys('nounBefore');

/** Does a summary's claim hedge what it says (a word of belief, a verb of judging, a modal)? It then states no belief as fact. */
export function hedges(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) if (tokens[i].kind === 'word' && hedgeAt(tokens, i)) return true;
  return false;
}

/** The words by which a claim hedges (hedges): what the source's allegation may have as its own words ("could offer"). */
export function hedgeTokens(tokens: readonly Token[]): Token[] {
  return tokens.filter((t, i) => t.kind === 'word' && hedgeAt(tokens, i));
}

/**
 * Does a summary's sentence give what it says to anyone: a verb of saying or an attribution opener (said, according
 * to, قال، تنفيه، بحسب)? What a speaker says reaches past the clause of its verb ("Police said they arrested a man,
 * and he had flown two drones" is still theirs), so the whole sentence counts.
 */
export function speaks(tokens: readonly Token[]): boolean {
  return tokens.some(
    (t, i) =>
      t.kind === 'word' &&
      // (a verb of accusing is an allegation's cue, which keepsAllegation reads: "Beltrán accused the mayor's office of …, and
      // a former aide now lobbies for the sponsor" keeps the accusation for its own clause only, a fresh editor pair's planted
      // attribution)
      ((isSpeechVerb(t) && !PASSIVE.has(tokens[i - 1]?.key ?? '') && !deniesBefore(tokens, i) && !listed(CUES, t) && !embeddedSpeech(tokens, i)) ||
        opensAttribution(tokens, i) ||
        listed(PRESENT, t) ||
        // (or "ما قاله X عن …", "what X said about …": a verb of saying with the pronoun of what was said, after ما; "ورفض الربيعي
        // ما قاله النائب … عن فواتير تقديرية مضخمة" was read as stating the bills as fact, a faithful line of the 169th batch)
        saidWithPronoun(tokens, i) ||
        // (an English participle of saying: "Hartley rejected this, | insisting every schedule met legal driving-hours limits",
        // the participle's clause a claim of its own, stated the union's disputed claim as fact to the rule, an arrival pair's
        // faithful line; lexicons/reporting.json sayingParticipleEnglish), as the clause's first word: "changed course without
        // warning" and "a September warning" say nothing, two planted attributions of fresh pairs
        (i === 0 && isEnglishSayingParticiple(t.key))),
  );
}

/** Is tokens[i] a past verb of saying with the pronoun of what was said, right after ما (ما قاله، ما ذكرته)? */
function saidWithPronoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  // (the pronoun of what was said, قاله، قالته، ذكرها: lexicons.ts pronounEnding)
  const cut = i === 0 || tokens[i - 1].key !== MA ? 0 : pronounEnding(t.key);
  if (cut === 0) return false;
  const bare = makeToken(t.key.slice(0, t.key.length - cut), 0);
  return bare.key.length >= 3 && isSpeechVerb(bare) && !isDenialKey(bare.key);
}

/**
 * Is tokens[i] a verb of saying inside what the claim states, not a report of it: the complement of a preposition, "for having
 * criticised", "after having said" (an English perfect gerund; "for criticising" is read so by its form), or in a clause of
 * time one or two words after its opener, "when he said" (lexicons/reporting.json gerundPrepositions, embeddedSaying). "The
 * agency was punishing the ensemble for having criticised its funding criteria" and "Lyle misled parliament in September when
 * he said no extra borrowing would be required" state the accusations as fact: two planted attributions of the 82nd and 83rd
 * batches that drew nothing.
 */
const embeddedSpeech = (tokens: readonly Token[], i: number): boolean =>
  (i >= 2 && tokens[i - 1].key === 'having' && GERUND_BEFORE.has(tokens[i - 2].key)) ||
  (i >= 1 && EMBEDDED.has(tokens[i - 1].key)) ||
  (i >= 2 && EMBEDDED.has(tokens[i - 2].key));
/** lexicons/reporting.json gerundPrepositions: before "having" and a participle (for having criticised, after having said). */
const GERUND_BEFORE = keys('gerundPrepositions');
/** lexicons/reporting.json embeddedSaying: when, after … before a verb of saying (one word between at most). */
const EMBEDDED = keys('embeddedSaying');

/** Words before a verb of denial among which its back-reference is read. */
const DENIAL_BACK = 4;
/**
 * Is tokens[i] a verb of denial that denies the clause before it ("…, which the minister denied", "an accusation
 * Medeiros denied", وهو ما نفته الوزارة)? It reports the denial of what the claim states, and gives that to no one.
 */
export function deniesBefore(tokens: readonly Token[], i: number): boolean {
  if (!isDenialKey(tokens[i].key)) return false;
  return backRefIn(tokens, Math.max(0, i - DENIAL_BACK), i) >= 0;
}

/** lexicons/reporting.json factOpeners, by key (Arabic also after و/ف). */
const FACT_OPENERS = keys('factOpeners');
/** Words at a claim's start among which a fact opener is read, and after it within which its complementiser stands. */
const FACT_AT = 3;
const FACT_THAT = 2;

/**
 * Does a claim open by stating what follows as established (وقد تبين أن، ثبت أن; it emerged that, it turned out that)?
 * It then gives it to no one, whatever speaker or cue stands before it in its sentence.
 */
export function assertsFact(tokens: readonly Token[]): boolean {
  for (let i = 0; i < Math.min(FACT_AT, tokens.length); i++) {
    if (tokens[i].kind !== 'word' || !listed(FACT_OPENERS, tokens[i])) continue;
    for (let k = i + 1; k <= i + FACT_THAT && k < tokens.length; k++) if (isComplementiserKey(tokens[k].key)) return true;
  }
  return false;
}

/** Most content words after the verb of saying of a claim that only attributes ("said Water Utilities Director Karen Holloway"). */
const ATTRIBUTION_AFTER = 4;
/** And after an English verb that opens the claim, with no auxiliary after it ("alleged the union's state president Brett Halloran"). */
const ATTRIBUTION_AFTER_VERB = 8;
/** Words right after a verb of denial within which a word pointing back at what is denied stands (denied this, نفى ذلك). */
const DENIED_AFTER = 2;
/** Does a word right after the verb of denial at v point back at what is denied (a demonstrative, it, an allegation noun)? */
function deniedAfter(tokens: readonly Token[], v: number): boolean {
  for (let k = v + 1; k < tokens.length && k <= v + DENIED_AFTER; k++) if (refersToAccusation(tokens[k].key) || tokens[k].key === IT) return true;
  return false;
}
const IT = makeToken('it', 0).key;
/** كما, "as", before a verb of saying that closes a statement (كما أوضح …). */
const KAMA = makeToken('كما', 0).key;

/**
 * Does a claim that follows another in its sentence give that one to a speaker: an attribution opener anywhere in it
 * (وفق ما أعلنته وزارة الداخلية، "according to operator Swedavia"), or a verb of saying that governs no statement of its own
 * after it (no complementiser, no negation, few words: "the regulator said", "said Director Karen Holloway")? "though it
 * stressed it had not concluded whether any law was broken" says something of its own (a fresh editor pair's planted
 * "which carved up customers" before it was read as attributed once stressed was a verb of saying).
 */
export function closesWithAttribution(tokens: readonly Token[]): boolean {
  // (not a clause that opens with a coordinator or a word of contrast: "…, while the bulk carrier's owner said it was too
  // early to assign blame" says its own, and gave the clause before it to that owner, a fresh editor pair's allegation
  // stated as fact that drew nothing)
  // (a word of contrast after a function word too: "في حين يؤكد مدير الموارد البشرية أن عقودهم انتهت وفق القانون" says the
  // manager's own, and gave the union's accusation before it to him: a planted attribution of the 113th batch that drew nothing)
  const first = tokens[0];
  if (first !== undefined && (COORDINATORS.has(first.key) || listed(CONTRAST_KEYS, first))) return false;
  if (first?.stop && tokens[1] !== undefined && listed(CONTRAST_KEYS, tokens[1])) return false;
  // (nor one that opens with a phrase of contrast: "…، غير أن المكلف بالإعلام في الوزارة منير العياري ينفي ذلك" denies the clause
  // before it and gave it to the denier, a planted attribution of the 145th batch of fresh editor pairs that drew nothing)
  if (first !== undefined && contrastAt(tokens, 0)) return false;
  if (tokens.some((t, i) => t.kind === 'word' && opensAttribution(tokens, i))) return true;
  let v = -1;
  for (let i = 0; i < tokens.length; i++) if (tokens[i].kind === 'word' && (isSpeechVerb(tokens[i]) || listed(PRESENT, tokens[i]))) v = i;
  // (or a word of charging that ends it: "…, union president Marc Lévesque charged" gives the clause before to him as his
  // charge, as "alleged" would; an editor pair's faithful summary on arrival drew an allegation stated as fact)
  if (v < 0) {
    const last = tokens.findLastIndex((t) => t.kind === 'word');
    if (last > 0 && listed(CHARGES, tokens[last])) return true;
  }
  if (v < 0) return false;
  // (nor a verb of denial that points back at the clause before: "…, which company director Chen Wei-ming denied" denies it and
  // gives it to no one, as speaks reads it; a planted attribution of the 147th batch of fresh editor pairs that drew nothing)
  // (or right after it: "…; managing director Simon Harwood denied this", a planted attribution of the 153rd batch that drew
  // nothing)
  if (isDenialKey(tokens[v].key) && (backRefIn(tokens, 0, v) >= 0 || deniedAfter(tokens, v))) return false;
  // (nor a verb inside a statement the claim opens itself, after a complementiser: "ومشيراً إلى أن نحو 15 ألف وحدة جديدة يُتوقع
  // تسليمها حتى نهاية العام" says its own, and its يتوقع gave the accusation stated as fact before it to a speaker, a planted
  // attribution of the 163rd batch of fresh editor pairs that drew nothing)
  if (tokens.slice(0, v).some((t) => isComplementiserKey(t.key))) return false;
  const after = tokens.slice(v + 1);
  // (nor an English participle of saying that opens the claim with a statement after it: "…, which the governor's office
  // denied, | saying the Auditor-General had verified it" says the denier's own account, and gave the clause before it,
  // an allegation stated as fact, to the office: an unseen fresh editor pair's planted attribution, 107th batch)
  // (whatever verb of saying stands later in it: "saying faulty monitors had been reported to the Environment Agency" is the
  // denier's account, its "reported" no attribution of the clause before; a planted attribution of the 149th batch drew nothing)
  if (isEnglishSayingParticiple(tokens[0].key) && tokens.slice(1).some((t) => t.kind === 'word' && !t.stop)) return false;
  // (an Arabic كما before the verb, "as X explained", gives the clause before to its speaker however long the speaker's role and
  // name: "…، كما أوضح رئيس لجنة المال والموازنة النائب نقولا عازار" gave a faithful line of the 147th batch of fresh editor
  // pairs to no one, and a word it shares with an accusation elsewhere stated that as fact)
  const asSaid = v === 1 && tokens[0].key === KAMA;
  // (an English claim that opens with its verb, "alleged the union's state president Brett Halloran", names its speaker after it
  // however long the role, so long as no auxiliary (lexicons/reporting.json predicateMarks) follows that would make the words after it a statement: "said the plan would
  // cost more". Read as saying nothing, it left a faithful line's allegation before it stated as fact once the "answered" of the
  // next claim, inside what Halloran stressed, no longer gave it a speaker)
  const opensWithVerb = v === 0 && !isArabicChar(tokens[0].text.charCodeAt(0)) && !after.some((t) => AUXILIARIES.has(t.key));
  const content = after.filter((t) => !t.stop && t.kind === 'word').length;
  return (
    !after.some((t, x) => isComplementiserKey(t.key) || negatesAt(after, x)) &&
    (asSaid || content <= ATTRIBUTION_AFTER || (opensWithVerb && content <= ATTRIBUTION_AFTER_VERB))
  );
}

/** English coordinators that open a clause of its own ("…, and he had flown two drones"). */
const COORDINATORS = new Set(['and', 'but', 'while', 'whereas', 'yet', 'so']);

/** lexicons/reporting.json billingVerbs and billingFor: "charged the state for panels" bills, it charges no one. */
const BILLING = keys('billingVerbs');
const BILLING_FOR = keys('billingFor');
/** Words after a verb of billingVerbs within which its "for" stands, with no "with" before it (charged the state for panels). */
const BILLING_WITHIN = 5;
function billedAt(tokens: readonly Token[], i: number): boolean {
  if (!BILLING.has(tokens[i].key)) return false;
  for (let j = i + 1; j < tokens.length && j <= i + BILLING_WITHIN; j++) {
    if (tokens[j].key === 'with') return false;
    if (BILLING_FOR.has(tokens[j].key)) return true;
  }
  return false;
}

/**
 * Does a word of a court's finding (verdictWords) stand before the claim in its sentence (`before`), with no contrast
 * between, and the claim open no clause of its own with a coordinator or an Arabic و/ف? "found him guilty of fraud …, over
 * deposits taken …" gives what follows as the court's finding.
 */
export function verdictBeforeClaim(tokens: readonly Token[], before: readonly Token[]): boolean {
  const first = tokens[0];
  if (first === undefined || COORDINATORS.has(first.key) || /^[وف][\u0600-\u06FF]{2,}/.test(first.key)) return false;
  return verdictBefore([...before, first], before.length);
}

/** Most tokens between ما and من أن in an Arabic frame of a held view (viewFrameAt): a verb, its pronoun and a speaker's name and role. */
const VIEW_FRAME_REACH = 7;
const MA = makeToken('ما', 0).key,
  MIN = makeToken('من', 0).key;
/**
 * Does an Arabic frame of a view open at tokens[i]: ما, a verb and its subject, then من أن (ما ذهب إليه النائب وسام الحلبي من
 * أن …, ما قاله التقرير من أن …, ما تردد من أن …: "the MP's contention that …")? What follows من أن is the view of the one
 * named between, not the writer's: "ورفض أبو شقرا ما ذهب إليه النائب وسام الحلبي من أن المؤسسة تميّز أحياء في بيروت" reports
 * the MP's accusation, a faithful line of the 145th batch of fresh editor pairs that drew an allegation stated as fact.
 */
function viewFrameAt(tokens: readonly Token[], i: number): boolean {
  if (tokens[i].key !== MA) return false;
  for (let j = i + 2; j <= i + VIEW_FRAME_REACH && j + 1 < tokens.length; j++) if (tokens[j].key === MIN && isComplementiserKey(tokens[j + 1].key)) return true;
  return false;
}

/**
 * Is there an allegation noun or a verb of accusing within `reach` words after tokens[v] (an admission of one: "واعترف
 * الحدادين بصحة اتهام …", "admitted the union's accusation")?
 */
export function accusationAfter(tokens: readonly Token[], v: number, reach: number): boolean {
  for (let k = v + 1; k < tokens.length && k <= v + reach; k++) if (listed(NOUNS, tokens[k]) || listed(ACCUSE, tokens[k])) return true;
  return false;
}

/** Tokens after a verb of denial within which an accusation's word opens what it denies (نفى اتهام …، نفى ما اتهم به …). */
const DENIED_ACCUSATION = 3;
/** lexicons/reporting.json responseVerbs, and the words after them that take what is answered (على، to). */
const RESPONSE = keys('responseVerbs');
const ANSWERED = new Set(['على', 'to'].map((w) => makeToken(w, 0).key));
const ANSWER_REACH = 5;
/**
 * Does an accusation open what the verb of denial at v denies: an allegation noun or a verb of accusing within
 * DENIED_ACCUSATION words after it ("ونفى بلعيد ما اتهم به النائب … الحكومة من سعي إلى …", "ونفى بن سالم اتهام الزواري للوزارة
 * بالتباطؤ", "denied the union's accusation that …")? What follows is the accuser's, reported as such, not the denier's
 * statement: two faithful lines of the 155th batch of fresh editor pairs drew a wrong speaker, the denier set against the
 * accuser of the source.
 */
export function deniesAccusation(tokens: readonly Token[], v: number, speaker: readonly Token[] = []): boolean {
  // (or answers it: "وردّ القحطاني على اتهام الجمعية …", "responded to the union's accusation"; lexicons/reporting.json
  // responseVerbs, with على or to after it, past an Arabic speaker of up to ANSWER_REACH words)
  // (read past the denier's phrase when it stands after the verb: "ونفى الناطق باسم الوزارة حاتم الزعبي اتهامات نقابة الأطباء
  // بالتأخر", a faithful line of the 195th batch of fresh editor pairs, drew a wrong speaker for the union's accusation)
  const last = speaker.length ? tokens.indexOf(speaker[speaker.length - 1]) : -1;
  let from = Math.max(last, v);
  if (!isDenialKey(tokens[v]?.key ?? '')) {
    if (!RESPONSE.has(tokens[v]?.key ?? '')) return false;
    from = -1;
    for (let k = v + 1; k < tokens.length && k <= v + ANSWER_REACH; k++)
      if (ANSWERED.has(tokens[k].key)) {
        from = k;
        break;
      }
    if (from < 0) return false;
  }
  return accusationAfter(tokens, from, DENIED_ACCUSATION);
}

/**
 * Does a claim keep an allegation's words: a cue of allegationCues, allegationNouns, claimBeforeThat, chargeWords
 * or litigants (alleged, on suspicion of, charged with, بتهمة, the prosecution demanded), an Arabic frame of a held view
 * (ما ذهب إليه X من أن: viewFrameAt), or a hedge, in the claim or
 * before it in its sentence (`before`; a hedge only `withHedges`)? Before it only when the claim does not open a clause of its own with a
 * coordinator or an Arabic و/ف: "charged the mayor with taking bribes, … from a developer pursuing the deal" keeps
 * the charge for the developer, but "arrested a man on suspicion of endangering air traffic, and he had flown two
 * drones" keeps the suspicion for the arrest alone (a fresh editor pair's planted error).
 */
export function keepsAllegation(tokens: readonly Token[], before: readonly Token[], withHedges = true): boolean {
  const keeps = (ts: readonly Token[]) =>
    (withHedges && hedges(ts)) ||
    ts.some(
      (t, i) =>
        t.kind === 'word' &&
        (listed(CUES, t) ||
          listed(NOUNS, t) ||
          (listed(CHARGES, t) && !billedAt(ts, i)) ||
          listed(LITIGANTS, t) ||
          complaintOf(ts, i) ||
          CLAIM_THAT.has(t.key) ||
          BLAME.has(t.key) ||
          holdsResponsible(ts, i) ||
          viewFrameAt(ts, i)),
    );
  if (keeps(tokens)) return true;
  const first = tokens[0];
  // (not "and that", وأن: a second complement of the verb before, "contends that the state disregarded a study, | and that
  // the contractor was picked without an open tender", an arrival pair's faithful line that drew an allegation stated as fact)
  const complement =
    first !== undefined &&
    ((COORDINATORS.has(first.key) && tokens[1] !== undefined && isComplementiserKey(tokens[1].key)) ||
      (/^[وف]/.test(first.key) && isComplementiserKey(first.key.slice(1))));
  const opens = !complement && first !== undefined && (COORDINATORS.has(first.key) || /^[وف][\u0600-\u06FF]{2,}/.test(first.key));
  return !opens && keeps(before);
}
