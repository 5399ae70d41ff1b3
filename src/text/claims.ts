import { makeToken, type Token } from './tokenize.js';
import type { Span } from './sentences.js';
import { lexiconWords, listedAfterConjunction } from './lexicons.js';
import { SAYING_PARTICIPLES } from './stopwords.js';
import { isDenialKey, saysNotKey } from './negation.js';

/**
 * Claims: clauses below the sentence, so that one sentence can hold a supported and an unsupported
 * claim. Split at ، ؛ ; , : .. … and before a conjunction glued to a past-tense verb in a run-on
 * (`داخل الدولة واستبعد الباحث`, docs/ARABIC.md). Fragments with fewer than MIN_CONTENT content words
 * (appositions, `ماتيو توالدو`) join the clause before them.
 */
const MIN_CONTENT = 4;
const CLAUSE_PUNCT = /[\u060C\u061B;,:\u2014]/; // ، ؛ ; , : —
/** Two dots or an ellipsis inside a sentence (an Arabic headline's pause, see sentences.ts). */
const PAUSE = /\.\.|\u2026/;

/** A listed word as the tokens' keys are compared below. */
const verbKey = (w: string): string => makeToken(w, 0).key;

/**
 * Past-tense news verbs that open a claim after و/ف (lexicons/reporting.json, pastVerbs), by matching key, and
 * for a verb whose key ends in ي or ا (نفى، دعا) also without it, which its ت/وا forms keep (نفت، نفوا; دعت).
 */
const VERB_SET = new Set(
  lexiconWords('reporting', 'pastVerbs').flatMap((v) => {
    const k = verbKey(v);
    return /[يا]$/.test(k) ? [k, k.slice(0, -1)] : [k];
  }),
);

/** Present-tense verbs of reporting and opinion that open a claim after و/ف (lexicons/reporting.json, presentVerbs), by matching key. */
const PRESENT_SET = new Set(lexiconWords('reporting', 'presentVerbs').map(verbKey));

/** Does this token start a new claim in a run-on sentence: و/ف + a past-tense verb, or + a present-tense verb of reporting or opinion? */
export function isGluedVerbStart(t: Token): boolean {
  const k = t.key;
  if (k.length < 4 || (k[0] !== 'و' && k[0] !== 'ف')) return false;
  const v = k.slice(1);
  if (/^است[^ا]{3}(ت|وا)?$/.test(v)) return true; // Form X: استبعد، استنكرت
  for (const form of [v, v.replace(/(ت|وا)$/, '')]) if (VERB_SET.has(form)) return true;
  return PRESENT_SET.has(v);
}

/** Reporting verbs (lexicons/reporting.json): `X said that Y` splits before `that`/أن/إن. */
const REPORTING = new Set(lexiconWords('reporting', 'reportingVerbs').map(verbKey));
/** The bare complementisers (أن، إن، that; not بأن or أنه, before which a sentence is not cut). */
const COMPLEMENTIZERS = new Set(lexiconWords('reporting', 'complementisers').map(verbKey));

const isReporting = (t: Token): boolean => listedAfterConjunction(REPORTING, t.key) !== undefined;

/** Words that open an attribution without a verb: according to, وفقا لـ، بحسب، حسب، نقلا عن. */
const ATTRIBUTION_OPENERS = new Set(lexiconWords('reporting', 'attributionOpeners').map(verbKey));

/**
 * Verbs of saying whose subject is who said it (قال وزير المالية …، the minister said …; lexicons/reporting.json,
 * speechVerbs): the attribution rule reads the speaker beside them. An Arabic verb whose key ends in ي or ا also
 * without it (نفى → نفت، نفوا). The reporting verbs above count too.
 */
const SPEECH_SET = new Set(
  lexiconWords('reporting', 'speechVerbs').flatMap((v) => {
    const k = verbKey(v);
    return /[\u0600-\u06FF]/.test(v) && /[يا]$/.test(k) ? [k, k.slice(0, -1)] : [k];
  }),
);

/**
 * Per key (a text repeats its words): 1 a verb of saying, 2 an attribution opener, 0 neither; emptied
 * when it holds MEMO_MAX keys. The speaker reader asks of every word of every summary sentence.
 */
const speechMemo = new Map<string, number>();
const MEMO_MAX = 50_000;
function speechKind(t: Pick<Token, 'key'>): number {
  let v = speechMemo.get(t.key);
  if (v === undefined) {
    if (speechMemo.size >= MEMO_MAX) speechMemo.clear();
    speechMemo.set(t.key, (v = speechVerbKey(t) ? 1 : ATTRIBUTION_OPENERS.has(t.key) ? 2 : 0));
  }
  return v;
}

/** Is this token a verb of saying (with its و/ف prefix and ت/وا/ا endings in Arabic)? */
export const isSpeechVerb = (t: Pick<Token, 'key'>): boolean => speechKind(t) === 1;

function speechVerbKey(t: Pick<Token, 'key'>): boolean {
  const k = t.key;
  const bare = (k[0] === 'و' || k[0] === 'ف') && k.length > 2 ? [k, k.slice(1)] : [k];
  for (const b of bare) {
    if (SPEECH_SET.has(b) || REPORTING.has(b)) return true;
    // (an ending on an Arabic verb: قالت، أضافوا، قالا; نفت، دعوا, whose stems نف، دع are two letters, with ت and وا only:
    // ردا "in reply" is no verb)
    if (/[\u0600-\u06FF]/.test(b))
      for (const e of ['ت', 'وا', 'ا']) if (b.length > e.length + (e === 'ا' ? 2 : 1) && b.endsWith(e) && SPEECH_SET.has(b.slice(0, -e.length))) return true;
  }
  return false;
}

/**
 * A present-tense verb of reporting or opinion (lexicons/reporting.json presentVerbs) after و/ف, which opens its clause with the
 * speaker after it: ويرجح كرار أن …، وترجّح بنشقرون أن … (two fresh editor pairs' statements given to the wrong speaker drew
 * nothing, the verb unread). Read by the speaker reader only (text/speakers.ts), and only after و/ف: "أن الحكومة تتوقع أن …"
 * inside what a spokesman added is no statement of the government's (a fresh editor pair's faithful summary drew a wrong
 * speaker when it was read as one).
 */
export function isPresentSpeechVerb(t: Pick<Token, 'key'>): boolean {
  const k = t.key;
  return (k[0] === 'و' || k[0] === 'ف') && k.length > 3 && PRESENT_SET.has(k.slice(1));
}

/** Is this token an opener of an attribution without a verb (according, بحسب، وفقا، نقلا)? */
export const isAttributionOpener = (t: Pick<Token, 'key'>): boolean => speechKind(t) === 2;

/**
 * Is this clause an attribution (who said it: "ونقلت الصحيفة عن مسؤول", "the paper quoted an official",
 * "according to the ministry")? One of its first three words is a reporting verb or an attribution
 * opener. Such a clause takes its provenance from its sentence.
 */
export function isAttribution(tokens: readonly Token[]): boolean {
  for (let i = 0; i < Math.min(3, tokens.length); i++) if (isReporting(tokens[i]) || ATTRIBUTION_OPENERS.has(tokens[i].key)) return true;
  return false;
}

/** Is there a reporting verb in the 8 tokens before i, after the complementiser last cut at (`after`)? */
function reportedSince(tokens: readonly Token[], i: number, after: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 8, after + 1); k--) if (isReporting(tokens[k])) return true;
  return false;
}

/**
 * سوى and إلا (lexicons/negation.json except): the exception completes the negation before it, however far
 * (ولم يحقق ميراندا، الذي تولى المهمة في يونيو، سوى ثلاثة انتصارات "won only three"), so no clause begins with
 * it: cut there, the clause before read as a negation the source does not have (a fresh editor pair's false error).
 */
const EXCEPTION = new Set(lexiconWords('negation', 'except').map((w) => makeToken(w, 0).key));

/** lexicons/reporting.json conjunctionsBeforeAn: قبل أن، بعد أن, a conjunction, before whose أن no sentence is cut. */
const CONJUNCTIONS_BEFORE_AN = new Set(lexiconWords('reporting', 'conjunctionsBeforeAn').map((w) => makeToken(w, 0).key));

export function splitClauses(text: string, sentence: Span, tokens: Token[]): Span[] {
  const inside = tokens.filter((t) => t.start >= sentence.start && t.end <= sentence.end);
  // candidate cut points: character offsets where a new clause starts
  const cuts: number[] = [];
  // content words since a glued verb opened a clause (`… ويؤكد ناشطون أن …`): a cut before أن after fewer
  // than MIN_CONTENT of them would leave the verb and its subject as a fragment that merges back into the
  // clause before, taking the reported content with it (-1: the last cut was no glued verb)
  let sinceGlued = -1;
  // the complementiser last cut at: a reporting verb takes one ("noted that about one in three comets passing
  // that close to the Sun breaks up": the second "that" is "so", no clause of its own)
  let lastComplement = -1;
  // the comma after a place's state or country set off by commas ("in Columbus, Ohio, insurance firms"): no cut there either
  let apposed = -1;
  for (let i = 1; i < inside.length; i++) {
    if (sinceGlued >= 0 && !inside[i - 1].stop) sinceGlued++;
    const gap = text.slice(inside[i - 1].end, inside[i].start);
    if (i === apposed) continue;
    if (placeApposition(text, inside, i)) {
      apposed = i + 1;
      continue;
    }
    if ((CLAUSE_PUNCT.test(gap) || PAUSE.test(gap)) && !/^\p{Nd}/u.test(inside[i].text) && !EXCEPTION.has(inside[i].key)) {
      cuts.push(inside[i].start);
      sinceGlued = -1;
    } else if (isGluedVerbStart(inside[i]) && !/\S/.test(gap.replace(/[\s«»"“”]/g, ''))) {
      cuts.push(inside[i].start);
      sinceGlued = 0;
    } else if (
      COMPLEMENTIZERS.has(inside[i].key) &&
      listedAfterConjunction(CONJUNCTIONS_BEFORE_AN, inside[i - 1].key) === undefined &&
      !(sinceGlued >= 0 && sinceGlued < MIN_CONTENT) &&
      reportedSince(inside, i, lastComplement)
    ) {
      cuts.push(inside[i].start);
      sinceGlued = -1;
      lastComplement = i;
    }
  }
  const pieces: { start: number; end: number; content: number }[] = [];
  let from = sentence.start;
  const bounds = [...cuts, sentence.end];
  for (const b of bounds) {
    // (a participle of saying counts: مؤكداً أن الرافعات لم تُصب بأذى is a statement of its own, not a fragment)
    const content = inside.filter((t) => t.start >= from && t.end <= b && (!t.stop || SAYING_PARTICIPLES.has(t.key))).length;
    pieces.push({ start: from, end: b, content });
    from = b;
  }
  // merge short fragments into the clause before (or after, for the first)
  const merged: typeof pieces = [];
  let item = false;
  // the last merged piece opens a statement and is not yet long enough to stand (see opensStatement): what follows joins it
  let open = false;
  for (const [k, p] of pieces.entries()) {
    const prev = merged[merged.length - 1];
    if (prev && open) {
      prev.end = p.end;
      prev.content += p.content;
      open = p.content < MIN_CONTENT;
      continue;
    }
    if (prev && p.content < MIN_CONTENT && k < pieces.length - 1 && opensStatement(inside, p, pieces[k + 1])) {
      // (a short piece before it goes with it: "ومن جهته، أعلن المصري أن …" left "ومن جهته" a claim of its own, which an
      // editor pair's faithful summary on arrival drew an unsupported-claim error on)
      if (prev.content < MIN_CONTENT) {
        prev.end = p.end;
        prev.content += p.content;
      } else merged.push({ ...p });
      open = true;
      item = false;
      continue;
    }
    // (a piece after a short aside that follows a negation or an auxiliary, "the government would not, for now, | impose a
    // civil mobilisation order", is the predicate they open: cut there, the negation stood alone and the verb drew a
    // dropped negation, a fresh editor pair's faithful summary)
    // (and the complement of a negated clause after an aside: "ولن يحصل عمال المصنع، البالغ عددهم قرابة 650، | على كامل
    // أجورهم طوال مدة التعليق": cut there, the negation stood with the workers alone and its claim, judged on little support,
    // drew nothing; a planted negation of the 112th batch)
    if (
      prev &&
      k >= 2 &&
      ((pieces[k - 1].content < MIN_CONTENT && opensPredicate(inside, pieces[k - 2])) || (negatedPiece(inside, prev) && opensWithPreposition(inside, p)))
    ) {
      prev.end = p.end;
      prev.content += p.content;
      item = false;
      continue;
    }
    // (a list's last item after a short one: "put Delhi, Haryana, Punjab and western Uttar Pradesh on red alert"
    // is one clause; cut before "Punjab and", its first half was a verb and two places with no claim of their own,
    // a fresh editor pair's false error)
    // (but a short statement of its own after a semicolon, a speaker and a verb of saying: "Voskova claimed that Lefebvre had
    // called a medical timeout …; Lefebvre rejected the accusation" merged, gave the claim before it to Lefebvre, the second
    // speaker, and a faithful line of the 114th batch drew a wrong speaker)
    // (and a short clause of its own before ", and" and a statement of another speaker: "Steyn pleaded guilty, | and his lawyer
    // Johan Kruger alleged that …" merged, aligned to the lawyer's sentence, and its planted "pleaded guilty" for the source's
    // "pleaded not guilty" drew nothing, a fresh editor pair of the 127th batch)
    const statement =
      prev !== undefined &&
      ((prev.content >= MIN_CONTENT && ownStatement(text, inside, p)) ||
        (merged.length === 1 && prev.content >= SHORT_CLAUSE && andStatement(text, inside, p)));
    if (
      prev &&
      !statement &&
      (p.content < MIN_CONTENT || prev.content < MIN_CONTENT || (item && listWordIn(inside, p, LIST_END)) || attachedPhrase(inside, p))
    ) {
      // (a short piece that ends at a comma with no "and" in it is an item of a list not yet closed; not a relative
      // aside, "…were being singled out, which Munro denied, insisting footfall and the state of buildings had driven the
      // choice": read as an item, the statement after it was taken for the list's last items and merged, and the whole
      // sentence, judged against the accusation's source alone, drew an unsupported span; a fresh editor pair's faithful summary)
      item = p.content < MIN_CONTENT && /[,\u060C]\s*$/.test(text.slice(p.start, p.end)) && !listWordIn(inside, p) && !opensRelative(inside, p);
      prev.end = p.end;
      prev.content += p.content;
    } else {
      item = false;
      merged.push({ ...p });
    }
  }
  return merged.map((p) => trimSpan(text, p.start, p.end));
}

/** Content words of a first clause that stands before ", and" and another speaker's statement (andStatement). */
const SHORT_CLAUSE = 3;
/** English "and"/"but", by key, that open another speaker's statement after a comma. */
const AND_BUT = new Set(['and', 'but']);

/** Does the piece open with "and"/"but" after a comma, and hold a verb of saying, accusing or denying? */
function andStatement(text: string, tokens: readonly Token[], p: { start: number; end: number }): boolean {
  const first = pieceFirst(tokens, p);
  if (first <= 0 || !AND_BUT.has(tokens[first].key) || !/,/.test(text.slice(tokens[first - 1].end, tokens[first].start))) return false;
  for (let x = first + 1; x < tokens.length && tokens[x].end <= p.end; x++) if (isSpeechVerb(tokens[x]) || isDenialKey(tokens[x].key)) return true;
  return false;
}

/** The index of a piece's first token (the first at or past its start), or -1. */
const pieceFirst = (tokens: readonly Token[], p: { start: number }): number => tokens.findIndex((t) => t.start >= p.start);

/** Is the piece a statement of its own: after a semicolon (; ؛), with a verb of saying, denying or rejecting in it? */
function ownStatement(text: string, tokens: readonly Token[], p: { start: number; end: number }): boolean {
  const first = pieceFirst(tokens, p);
  if (first <= 0 || !/[;\u061B]/.test(text.slice(tokens[first - 1].end, tokens[first].start))) return false;
  for (let x = first; x < tokens.length && tokens[x].end <= p.end; x++) {
    const t = tokens[x];
    if (isSpeechVerb(t) || isDenialKey(t.key) || saysNotKey(t.key)) return true;
  }
  return false;
}

/** Does a piece hold a negation cue? */
function negatedPiece(tokens: readonly Token[], p: { start: number; end: number }): boolean {
  return tokens.some((t) => t.start >= p.start && t.end <= p.end && t.neg);
}
/** Arabic prepositions that take a verb's complement (يحصل على، يؤدي إلى), not a clause: a piece they open continues the predicate. */
const COMPLEMENT_PREPOSITIONS = new Set(['على', 'إلى', 'عن'].map(verbKey));
/** Words after على that make it a phrase of its own (على الرغم، على أن): no complement of the verb before. */
const NOT_COMPLEMENT_AFTER = new Set(['الرغم', 'رغم', 'حد', 'سبيل', 'صعيد', 'خلفية', 'اثر'].map(verbKey));
/** Does the piece open with one of COMPLEMENT_PREPOSITIONS (not "على أن", provided that, nor "على الرغم", despite)? */
function opensWithPreposition(tokens: readonly Token[], p: { start: number }): boolean {
  const x = pieceFirst(tokens, p);
  const next = tokens[x + 1]?.key ?? '';
  return x >= 0 && COMPLEMENT_PREPOSITIONS.has(tokens[x].key) && !COMPLEMENTIZERS.has(next) && !NOT_COMPLEMENT_AFTER.has(next);
}

/** lexicons/reporting.json predicateMarks: English auxiliaries and modals, which open a predicate (by key). */
export const AUXILIARIES: ReadonlySet<string> = new Set(lexiconWords('reporting', 'predicateMarks').map(verbKey));
/** Does a piece end with a negation cue or an auxiliary, so that its predicate comes after it (would not, | for now, | impose)? */
function opensPredicate(tokens: readonly Token[], p: { start: number; end: number }): boolean {
  let last: Token | undefined;
  for (const t of tokens) if (t.start >= p.start && t.end <= p.end) last = t;
  return last !== undefined && (last.neg || AUXILIARIES.has(last.key));
}

/**
 * Does a short piece open a statement of its own, a verb of saying (after "and" or و) and a complementiser in it or right
 * after it ("…, said the trucks had been flagged in June, and added that investigators suspected, without yet confirming,
 * that the metal came from Lualaba")? It joins what follows, the statement it opens, not the clause before: merged back,
 * "and added that investigators suspected, without yet confirming" went with the scanner's clause, whose source sentence
 * carried none of it, and the faithful summary's claim drew an unsupported span (a fresh editor pair). Not an attribution
 * after its statement ("prices rose, said the minister"): no complementiser.
 */
function opensStatement(tokens: readonly Token[], p: { start: number; end: number }, next: { start: number }): boolean {
  const i = pieceFirst(tokens, p);
  if (i < 0) return false;
  const j = LIST_AND.has(tokens[i].key) ? i + 1 : i;
  const verb = tokens[j];
  if (!verb || verb.end > p.end || !isSpeechVerb(verb)) return false;
  for (let x = j + 1; x < tokens.length && tokens[x].start <= next.start; x++) if (COMPLEMENTIZERS.has(tokens[x].key)) return true;
  return false;
}

/**
 * Is inside[i] a one-word state or country set off by commas after a capitalised place ("at a Columbus, Ohio, insurance
 * firm"; "in Lyon, France, on Monday")? A fresh editor pair's faithful "A woman who used to work at a Columbus, Ohio,
 * insurance firm is suing …" was cut at both commas, and its first piece, judged alone, drew an unsupported-claim error.
 */
function placeApposition(text: string, inside: readonly Token[], i: number): boolean {
  const a = inside[i - 1],
    b = inside[i],
    c = inside[i + 1];
  if (!c || b.kind !== 'word' || !/^\p{Lu}/u.test(a.text) || !/^\p{Lu}\p{Ll}/u.test(b.text)) return false;
  return /^\s*,\s*$/.test(text.slice(a.end, b.start)) && /^\s*,\s*$/.test(text.slice(b.end, c.start));
}

/**
 * Words that open a contrasting clause inside a sentence (lexicons/function-words.json, contrast): what follows
 * is said of something else ("Services rose, while manufacturing shrank"). By key; Arabic with و/ف prefixed too
 * (opensContrast). Read by the check's windows, the allegations' clauses and the Arabic speaker before its verb.
 */
export const CONTRAST_KEYS: ReadonlySet<string> = new Set(lexiconWords('function-words', 'contrast').map(verbKey));

/** Does this word open a contrasting clause (and so say no direction of its own: بينما is no ينمو)? */
export const opensContrast = (t: Pick<Token, 'key'>): boolean => listedAfterConjunction(CONTRAST_KEYS, t.key) !== undefined;

/** lexicons/function-words.json contrastPhrases (غير أن، إلا أن), by their words' keys. */
const CONTRAST_PHRASES = lexiconWords('function-words', 'contrastPhrases').map((p) => {
  const [first, ...rest] = p.split(' ').map(verbKey);
  return { first: new Set([first]), rest };
});
/** Does a contrasting clause open at tokens[i]: a word of contrast, or a phrase of contrastPhrases (the first word also after و/ف)? */
export const contrastAt = (tokens: readonly Pick<Token, 'key'>[], i: number): boolean =>
  opensContrast(tokens[i]) ||
  CONTRAST_PHRASES.some((p) => listedAfterConjunction(p.first, tokens[i].key) !== undefined && p.rest.every((w, k) => tokens[i + 1 + k]?.key === w));

/** lexicons/function-words.json attachedOpeners: a phrase of cause or circumstance, judged with the clause before it. */
const ATTACHED = new Set(lexiconWords('function-words', 'attachedOpeners').map(verbKey));
/** Does the piece open with a word of attachedOpeners (also with و/ف glued)? */
function attachedPhrase(tokens: readonly Token[], p: { start: number }): boolean {
  const first = tokens[pieceFirst(tokens, p)];
  return first !== undefined && (listedAfterConjunction(ATTACHED, first.key) !== undefined || AMOUNT_ASIDES.has(first.key));
}
/** lexicons/function-words.json amountAsides (البالغ، totalling), by key: an aside of the size of the noun before it. */
const AMOUNT_ASIDES = new Set(lexiconWords('function-words', 'amountAsides').map(verbKey));

/** lexicons/function-words.json relativeAsides (who, which, الذي …), by key. */
const RELATIVES = new Set(lexiconWords('function-words', 'relativeAsides').map(verbKey));
/** Does the piece open with a relative pronoun (an aside, no item of a list)? */
function opensRelative(tokens: readonly Token[], p: { start: number }): boolean {
  const first = tokens[pieceFirst(tokens, p)];
  return first !== undefined && RELATIVES.has(first.key);
}

/** The words that close a list ("A, B, C and D"), by key. Arabic joins a list's items with a glued و, which also opens clauses: not read. */
const LIST_AND = new Set(['and', 'or', 'او']);
/** Words from a piece's start within which its "and" makes it a list's last items (Punjab and western …). */
const LIST_END = 3;
/** Is one of LIST_AND among the piece's first `within` words (all of them by default)? */
function listWordIn(tokens: readonly Token[], p: { start: number; end: number }, within = Infinity): boolean {
  let n = 0;
  for (const t of tokens) {
    if (t.start < p.start) continue;
    if (t.end > p.end || n >= within) break;
    if (LIST_AND.has(t.key)) return true;
    n++;
  }
  return false;
}

/** Trims white space and clause punctuation at both ends, keeping quotes and brackets balanced enough to read. */
export function trimSpan(text: string, a: number, b: number): Span {
  while (a < b && /[\s\u00A0\u060C\u061B;,:\u2014\u200B-\u200F»”)]/.test(text[a])) a++;
  while (b > a && /[\s\u00A0\u060C\u061B;,:\u2014\u200B-\u200F«“(]/.test(text[b - 1])) b--;
  return { start: a, end: b };
}
