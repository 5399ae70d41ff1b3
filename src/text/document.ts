import { tokenize, type Token } from './tokenize.js';
import { splitSentences, type Span } from './sentences.js';
import { splitClauses } from './claims.js';
import { isMetadata, isByline, isBoilerplate, boilerplateAt, boilerplateAfterClaim } from './meta.js';
import { detectLanguage } from './lang.js';

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
}

const HEADLINE_MAX_TOKENS = 20;
const TERMINAL_END = /[.!?\u061F\u2026\u06D4]["»”’)\]]*$/;

/** Text → sentences (with kinds) → claims, every item with exact offsets into `text`. */
export function analyze(text: string, opts: AnalyzeOptions): Doc {
  const tokens = tokenize(text);
  const lang = opts.lang ?? detectLanguage(text);
  const spans = splitSentences(text);
  const sentences: Sentence[] = [];
  let ti = 0;
  let seenBody = false;
  for (let i = 0; i < spans.length; i++) {
    const sp = spans[i];
    while (ti < tokens.length && tokens[ti].end <= sp.start) ti++;
    let tj = ti;
    while (tj < tokens.length && tokens[tj].start < sp.end) tj++;
    const toks = tokens.slice(ti, tj);
    const body = text.slice(sp.start, sp.end);
    const kind = classify(text, sp, body, toks, spans[i - 1], spans[i + 1], seenBody);
    if (kind === 'body' || kind === 'headline') seenBody = true;
    sentences.push({ id: `${opts.prefix}${i + 1}`, start: sp.start, end: sp.end, text: body, kind, tokens: toks });
    ti = tj;
  }
  const claims: Claim[] = [];
  if (opts.claims) {
    for (const s of sentences) {
      if (s.kind === 'meta' || s.kind === 'byline' || s.kind === 'boilerplate') continue;
      const parts = splitClauses(text, s, s.tokens);
      parts.forEach((p, k) => {
        if (p.end <= p.start) return;
        const toks = s.tokens.filter((t) => t.start >= p.start && t.end <= p.end);
        const ctext = text.slice(p.start, p.end);
        // a clause of glued-on boilerplate in a claim's sentence (see boilerplateAfterClaim) is not checked
        const kind = k > 0 && isBoilerplate(ctext) ? 'boilerplate' : s.kind;
        claims.push({ id: `${s.id}.${k + 1}`, start: p.start, end: p.end, text: ctext, sentence: s.id, kind, tokens: toks });
      });
    }
  }
  return { text, lang, tokens, sentences, claims };
}

function classify(text: string, sp: Span, body: string, toks: Token[], prev: Span | undefined, next: Span | undefined, seenBody: boolean): UnitKind {
  if (isMetadata(toks)) return 'meta';
  const boilerplate = boilerplateAt(body);
  if (boilerplate >= 0 && !boilerplateAfterClaim(body, boilerplate)) return 'boilerplate';
  if (isByline(body, toks)) return 'byline';
  const wholeLine = startsLine(text, sp.start) && endsLine(text, sp.end);
  if (wholeLine && !TERMINAL_END.test(body) && toks.length <= HEADLINE_MAX_TOKENS && toks.length > 0) {
    return seenBody ? (isolated(text, sp) ? 'heading' : 'body') : 'headline';
  }
  return 'body';
}

function startsLine(text: string, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) { const c = text[k]; if (c === '\n' || c === '\r') return true; if (!/\s/.test(c)) return false; }
  return true;
}
function endsLine(text: string, i: number): boolean {
  for (let k = i; k < text.length; k++) { const c = text[k]; if (c === '\n' || c === '\r') return true; if (!/\s/.test(c)) return false; }
  return true;
}
/** A line with a blank line (or the text's edge) on both sides: a sub-heading. */
function isolated(text: string, sp: Span): boolean {
  const before = text.slice(Math.max(0, sp.start - 4), sp.start);
  const after = text.slice(sp.end, sp.end + 4);
  const blank = (s: string) => /\n\s*\n/.test(s.replace(/\r\n?/g, '\n'));
  return (sp.start === 0 || blank(before) || /^\s*$/.test(text.slice(0, sp.start))) && (blank(after) || /^\s*$/.test(text.slice(sp.end)));
}
