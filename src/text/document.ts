import { scanTokens, type Token, type TokenForm, type TokenStore } from './tokenize.js';
import { splitSentences, type Span } from './sentences.js';
import { splitClauses } from './claims.js';
import {
  isMetadata,
  isByline,
  isBoilerplate,
  boilerplateAt,
  boilerplateAfterClaim,
  claimAfterBoilerplate,
  datelineEnd,
  isDatelineOnly,
  META_MAX_TOKENS,
  BYLINE_MAX_TOKENS,
} from './meta.js';
import { detectLanguage } from './lang.js';
import { HEADLINE_MAX_TOKENS, LABEL_MAX_TOKENS, MADE_TOKENS_KEPT } from '../settings.js';

export type UnitKind = 'body' | 'headline' | 'heading' | 'meta' | 'byline' | 'boilerplate';

export interface Sentence {
  id: string;
  start: number;
  end: number;
  text: string;
  kind: UnitKind;
  /** Tokens inside the sentence (views into Doc.tokens). */
  tokens: Token[];
}

export interface Claim {
  id: string;
  start: number;
  end: number;
  text: string;
  /** Id of the sentence that holds the claim. */
  sentence: string;
  kind: UnitKind;
  tokens: Token[];
}

export interface Doc {
  text: string;
  lang: string;
  tokens: Token[];
  sentences: Sentence[];
  claims: Claim[];
}

export interface AnalyzeOptions {
  lang?: string;
  /** Prefix of sentence ids ('s' for the summary, 't' for the source). */
  prefix: string;
  /** Split sentences into claims (the summary side). */
  claims?: boolean;
  /**
   * How many sentences keep the token objects a reader made of them, the last made (MadeTokens): by default
   * MADE_TOKENS_KEPT, and every sentence when `claims` is set (a summary's claims hold its sentences' tokens). The tests
   * set a few (8, and 1) to hold a check equal with and without tokens kept.
   */
  keepTokens?: number;
}

/** A list item at the start of the next line: a dash, a bullet or a number with a period or bracket. */
const LIST_ITEM = /^[ \t]*(?:[-–—•*·▪◦]|\p{Nd}{1,2}[.)-])\s/u;
const TERMINAL_END = /[.!?\u061F\u2026\u06D4]["»”’)\]]*$/;

/**
 * A sentence of an analysed text. Its tokens are made when first read: a rule reads the tokens of
 * the source sentences it aligned to, not of all of them, and the index reads their forms
 * (`tokenForms`) without objects. Its id and text are made when read too (a million source sentences'
 * id strings and text slices were about 55 MiB of heap that a check reads for few of them, bench/README.md,
 * issue 25, item 1, second round). `id`, `text` and `tokens` are own enumerable properties (getters), in the
 * order of a plain sentence's fields, so a spread copy (`{ ...s }`) and JSON.stringify see them as they would
 * on a plain object, and the private fields show in neither.
 */
class DocSentence implements Sentence {
  declare readonly id: string;
  declare readonly text: string;
  declare readonly tokens: Token[];
  readonly #doc: SentenceSource;
  /** Its place in the document (its id is the document's prefix and n + 1). */
  readonly #n: number;
  readonly #store: TokenStore;
  /** Its tokens in the store: from (inclusive) to (exclusive). */
  readonly #from: number;
  readonly #to: number;
  #made?: Token[];
  declare readonly start: number;
  declare readonly end: number;
  declare readonly kind: UnitKind;
  constructor(doc: SentenceSource, n: number, start: number, end: number, kind: UnitKind, store: TokenStore, from: number, to: number) {
    this.#doc = doc;
    this.#n = n;
    this.#store = store;
    this.#from = from;
    this.#to = to;
    Object.defineProperty(this, 'id', ID);
    this.start = start;
    this.end = end;
    Object.defineProperty(this, 'text', TEXT);
    this.kind = kind;
    Object.defineProperty(this, 'tokens', TOKENS);
  }
  /** Its id, made when read. */
  madeId(): string {
    return `${this.#doc.prefix}${this.#n + 1}`;
  }
  /** Its text, made when read. */
  madeText(): string {
    return this.#doc.text.slice(this.start, this.end);
  }
  /** Its token objects, made on first call and kept (while its document's MadeTokens keeps them). */
  made(): Token[] {
    if (this.#made) return this.#made;
    this.#made = this.#store.slice(this.#from, this.#to);
    this.#doc.kept?.add(this);
    return this.#made;
  }
  /** Lets its token objects go (MadeTokens, past its capacity): read again, they are made again, equal. */
  forget(): void {
    this.#made = undefined;
  }
  /** Its tokens for one look, not kept (young garbage is cheap; a kept token is copied by the collector). */
  passingTokens(): Token[] {
    return this.#made ?? this.#store.slice(this.#from, this.#to);
  }
  /**
   * The forms of its tokens, without making them: a new array of its own (the store keeps the forms as numbers, see
   * TokenStore.ids), young garbage once read.
   */
  forms(): TokenForms {
    return { forms: this.#store.forms(this.#from, this.#to), from: 0, to: this.#to - this.#from };
  }
  /** How many tokens it has, without making them. */
  count(): number {
    return this.#to - this.#from;
  }
  /** Its store, with its tokens' place in it written to out[0] (from) and out[1] (to, exclusive). */
  range(out: Int32Array): TokenStore {
    out[0] = this.#from;
    out[1] = this.#to;
    return this.#store;
  }
}

/** What a sentence's id and text are made from: one per document. */
interface SentenceSource {
  readonly text: string;
  readonly prefix: string;
  /** Which sentences keep their made tokens (none: every sentence keeps them). */
  readonly kept?: MadeTokens;
}

/**
 * The source sentences that keep the token objects a rule made of them: the last `capacity` made, in the order made. The
 * rules read the tokens of the source sentences their claims align to, and each kept them for the rest of the check: at
 * 1,000,000 English source sentences, the tokens of 333,000 sentences (10.8 million objects, about 510 MiB with their arrays)
 * that the collector walked at every full collection until the check ended (bench/README.md, seventeenth round). A sentence
 * read again after its tokens went has them made again, equal and new; no rule compares the tokens of two claims' reads by
 * identity (tests/kept-tokens.test.ts; the probe sets and corpus give the same 7,125 reports with a capacity of 8). Once the document's own token list is read
 * (`Doc.tokens`, the same objects as its sentences'), every sentence keeps its tokens, as that list does.
 */
class MadeTokens {
  private readonly ring: (DocSentence | undefined)[] = [];
  private next = 0;
  private pinned = false;
  constructor(private readonly capacity: number) {}
  add(s: DocSentence): void {
    if (this.pinned) return;
    if (this.ring.length < this.capacity) {
      this.ring.push(s);
      return;
    }
    this.ring[this.next]!.forget();
    this.ring[this.next] = s;
    this.next = (this.next + 1) % this.capacity;
  }
  /** Every sentence keeps its tokens from now on. */
  pin(): void {
    this.pinned = true;
    this.ring.length = 0;
  }
}

/** One getter per field for every sentence (the same descriptors keep their hidden class shared). */
const TOKENS: PropertyDescriptor = {
  get(this: DocSentence) {
    return this.made();
  },
  enumerable: true,
};
const ID: PropertyDescriptor = {
  get(this: DocSentence) {
    return this.madeId();
  },
  enumerable: true,
};
const TEXT: PropertyDescriptor = {
  get(this: DocSentence) {
    return this.madeText();
  },
  enumerable: true,
};

/** A run of token forms: forms[from .. to). */
export interface TokenForms {
  forms: ArrayLike<TokenForm | Token>;
  from: number;
  to: number;
}

/** The forms of a sentence's tokens: read from its document's columns when it has them, else from its tokens. */
export function tokenForms(s: Sentence): TokenForms {
  return s instanceof DocSentence ? s.forms() : { forms: s.tokens, from: 0, to: s.tokens.length };
}

/** Does the sentence have these stems in a row (a phrase's words: "united states", المملكة المتحدة), each by its stem or alternative stem? */
export function holdsPhrase(s: Sentence, stems: readonly string[]): boolean {
  const { forms, from, to } = tokenForms(s);
  for (let x = from; x + stems.length <= to; x++) if (stems.every((st, j) => forms[x + j].stem === st || forms[x + j].alt === st)) return true;
  return false;
}

/**
 * The token store of a sentence of an analysed text, with the sentence's tokens' place in it written to out[0] (from) and
 * out[1] (to, exclusive); undefined for a sentence made otherwise (its tokens are all it has).
 */
export function tokenRange(s: Sentence, out: Int32Array): TokenStore | undefined {
  return s instanceof DocSentence ? s.range(out) : undefined;
}

/** How many tokens a sentence has (without making them). */
export function tokenCount(s: Sentence): number {
  return s instanceof DocSentence ? s.count() : s.tokens.length;
}

/** A sentence's tokens for one pass that keeps none of them (every source sentence's numbers): not kept by the sentence. */
export function passingTokens(s: Sentence): Token[] {
  return s instanceof DocSentence ? s.passingTokens() : s.tokens;
}

/** Text → sentences (with kinds) → claims, every item with exact offsets into `text`. */
export function analyze(text: string, opts: AnalyzeOptions): Doc {
  const store = scanTokens(text, 0, text.length, { links: opts.claims === true });
  const lang = opts.lang ?? detectLanguage(text);
  const spans = splitSentences(text);
  const sentences: Sentence[] = [];
  // (a summary's sentences keep their tokens: its claims' tokens are theirs, and every rule reads them)
  const kept = opts.claims ? undefined : new MadeTokens(Math.max(1, opts.keepTokens ?? MADE_TOKENS_KEPT));
  const made: SentenceSource = { text, prefix: opts.prefix, kept };
  let ti = 0;
  let seenBody = false;
  for (let i = 0; i < spans.length; i++) {
    const sp = spans[i];
    while (ti < store.length && store.end(ti) <= sp.start) ti++;
    let tj = ti;
    while (tj < store.length && store.starts[tj] < sp.end) tj++;
    const body = text.slice(sp.start, sp.end);
    // classify reads the tokens of short units only (a dateline, byline or headline is short)
    const from = ti,
      to = tj;
    const kind = classify(text, sp, body, to - from, () => store.slice(from, to), seenBody, spans.length === 1);
    if (kind === 'body' || kind === 'headline') seenBody = true;
    sentences.push(new DocSentence(made, i, sp.start, sp.end, kind, store, from, to));
    ti = tj;
  }
  const claims: Claim[] = [];
  if (opts.claims) {
    for (const s of sentences) {
      if (s.kind === 'meta' || s.kind === 'byline' || s.kind === 'boilerplate') continue;
      // an inline dateline that opens the sentence (`القاهرة - (رويترز) - قال …`) is a clause of its own, metadata
      const dateline = datelineEnd(s.text);
      const cut = dateline > 0 ? s.start + dateline : s.start;
      const parts = splitClauses(text, s, s.tokens).map((p) => ({ start: Math.max(p.start, cut), end: p.end }));
      if (dateline > 0) parts.unshift({ start: s.start, end: trimEnd(text, s.start, cut) });
      // boilerplate that opens a claim's sentence (see claimAfterBoilerplate) is its first clause
      const leading = claimAfterBoilerplate(s.text);
      let k = 0;
      for (let x = 0; x < parts.length; x++) {
        const p = parts[x];
        if (p.end <= p.start) continue;
        const toks = s.tokens.filter((t) => t.start >= p.start && t.end <= p.end);
        const ctext = text.slice(p.start, p.end);
        // a clause of glued-on boilerplate in a claim's sentence (see boilerplateAfterClaim) is not checked
        const kind = dateline > 0 && x === 0 ? 'meta' : (x > 0 || leading) && isBoilerplate(ctext) ? 'boilerplate' : s.kind;
        claims.push({ id: `${s.id}.${++k}`, start: p.start, end: p.end, text: ctext, sentence: s.id, kind, tokens: toks });
      }
    }
  }
  let all: Token[] | undefined;
  // every token is in one sentence (sentences cover every visible character; a token across a
  // boundary is the earlier one's), so the document's tokens are its sentences', the same objects
  return {
    text,
    lang,
    get tokens() {
      if (!all) {
        kept?.pin();
        all = sentences.flatMap((x) => x.tokens);
      }
      return all;
    },
    sentences,
    claims,
  };
}

function classify(text: string, sp: Span, body: string, count: number, toks: () => Token[], seenBody: boolean, alone: boolean): UnitKind {
  if (count <= META_MAX_TOKENS && isMetadata(toks())) return 'meta';
  if (count <= META_MAX_TOKENS && isDatelineOnly(body)) return 'meta';
  const boilerplate = boilerplateAt(body);
  if (boilerplate >= 0 && !boilerplateAfterClaim(body, boilerplate) && !claimAfterBoilerplate(body, boilerplate)) return 'boilerplate';
  if (count <= BYLINE_MAX_TOKENS && isByline(body, toks())) return 'byline';
  const wholeLine = startsLine(text, sp.start) && endsLine(text, sp.end);
  // the label of a list (`Key points:`, `أبرز النقاط:` over lines of - or • items) says nothing itself
  if (
    wholeLine &&
    seenBody &&
    count > 0 &&
    count <= LABEL_MAX_TOKENS &&
    /[:\uFF1A]\s*$/.test(body) &&
    LIST_ITEM.test(text.slice(sp.end).replace(/^[^\n]*\n/, ''))
  )
    return 'heading';
  // a text of one unpunctuated line is a statement, not the title of a body it lacks: a headline checked
  // alone, a one-line claim (WiCE: "… a Socialist newspaper" was informational, so an unsupported claim
  // drew no error)
  if (wholeLine && !alone && !TERMINAL_END.test(body) && count <= HEADLINE_MAX_TOKENS && count > 0) {
    return seenBody ? (isolated(text, sp) ? 'heading' : 'body') : 'headline';
  }
  return 'body';
}

/** The end of text[from, to) without its trailing white space. */
function trimEnd(text: string, from: number, to: number): number {
  while (to > from && /\s/.test(text[to - 1])) to--;
  return to;
}

function startsLine(text: string, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const c = text[k];
    if (c === '\n' || c === '\r') return true;
    if (!/\s/.test(c)) return false;
  }
  return true;
}
function endsLine(text: string, i: number): boolean {
  for (let k = i; k < text.length; k++) {
    const c = text[k];
    if (c === '\n' || c === '\r') return true;
    if (!/\s/.test(c)) return false;
  }
  return true;
}
/** A line with a blank line (or the text's edge) on both sides: a sub-heading. */
function isolated(text: string, sp: Span): boolean {
  const before = text.slice(Math.max(0, sp.start - 4), sp.start);
  const after = text.slice(sp.end, sp.end + 4);
  const blank = (s: string) => /\n\s*\n/.test(s.replace(/\r\n?/g, '\n'));
  return (sp.start === 0 || blank(before) || /^\s*$/.test(text.slice(0, sp.start))) && (blank(after) || /^\s*$/.test(text.slice(sp.end)));
}
