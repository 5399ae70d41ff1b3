import { makeToken, type Token } from '../text/tokenize.js';
import { quantities, mayHoldQuantities } from '../text/numbers.js';
import { synonymStems, phrasalAt } from '../text/synonyms.js';
import { opensContrast } from '../text/claims.js';

/** A Latin word's key: only English has phrasal verbs here. */
const LATIN_WORD = /^[a-z]/;
import { VariantFinder } from './variants.js';
import { ROOT, FormTable, type IndexData } from './index-data.js';
import { grown } from '../typed-arrays.js';
import { ROOT_CREDIT, SYNONYM_CREDIT } from '../settings.js';

/**
 * One content word of a claim (or of a sentence) as the index matches it: what its stem (with its
 * proclitic-free stem and root) decides, one object per distinct word shared by every query that has
 * it (the tokens that carry it in one query are the query's: `keyTokens`).
 */
export interface QueryKey {
  stem: string;
  alt?: string;
  /** Root key ('√' + root): derived forms of the root earn ROOT_CREDIT. */
  root?: string;
  w: number;
  variants: { stem: string; sim: number }[];
  /**
   * The key's forms that the source has, as vocabulary ids with their credit, best first: the stem
   * and proclitic-free stem (1), spelling variants (their Dice similarity), synonyms from the lexicon
   * (SYNONYM_CREDIT; with variants only, so a query without variants stays the omission rule's mirror),
   * the root (ROOT_CREDIT). `syn`: a synonym from the lexicon (it proposes candidates beside the best
   * forms: CandidateSearch.computeCandidates).
   */
  alts: { id: number; m: number; syn: boolean }[];
}

/**
 * A unit's content words as keys, and which of its tokens carry each key, as columns: the keys are the
 * shared per-word objects and the tokens are the unit's own array, with one number per token (the
 * position of its key, -1 for a stop word). An object per key and query, with an array of its tokens,
 * was 136 bytes a key: 31 MB of the heap at 100,000 source sentences, about 300 MB at 1,000,000
 * (bench/README.md, issue 25).
 */
export interface Query {
  keys: QueryKey[];
  /** Sum of the key weights. */
  W: number;
  /** The tokens the query was made from (the caller's array, not copied); absent for a query made without tokens. */
  tokens?: readonly Token[];
  /** Per token of `tokens`, the position of its key in `keys` (-1: a stop word). */
  keyAt?: number[];
}

/** The tokens of q that carry its key at position kx, in text order (none for a query made without tokens). */
export function keyTokens(q: Query, kx: number): Token[] {
  const out: Token[] = [];
  const at = q.keyAt;
  if (at) for (let i = 0; i < at.length; i++) if (at[i] === kx) out.push(q.tokens![i]);
  return out;
}

/** A key as its stem (with its proclitic-free stem and root) decides it, shared by every query that has the stem. */
type KeyForm = QueryKey;
/** The key forms of one stem, with a number for marking which query uses it. */
interface StemGroup {
  id: number;
  forms: { alt?: string; root?: string; form: KeyForm }[];
}

/**
 * Makes queries against one index: a claim's content words as weighted keys, each with the forms the
 * source has of it (its stems, spelling variants, synonyms, root). What a word's key is depends only on
 * the word and the index, so it is worked out once per distinct word and kept.
 */
export class QueryBuilder {
  private variantFinder?: VariantFinder;
  /** Per surface form number: its stem group and key form (see FormTable), with and without variants. */
  private readonly byForm: [FormTable<{ g: StemGroup; f: KeyForm }>, FormTable<{ g: StemGroup; f: KeyForm }>];
  private readonly stemGroups = [new Map<string, StemGroup>(), new Map<string, StemGroup>()];
  private groupCount = 0;
  /** Per stem group: the query that last used it, and the position of its key in that query. */
  private groupMark = new Int32Array(1024);
  private groupKey = new Int32Array(1024);
  private queryMark = 0;

  constructor(private readonly data: IndexData) {
    this.byForm = [new FormTable(data.large), new FormTable(data.large)];
  }

  /** Spelling-variant lookup over the source vocabulary, built on first use (the omission rule's reverse index never needs it). */
  get variants(): VariantFinder {
    return (this.variantFinder ??= new VariantFinder(this.data.vocab));
  }

  private group(stem: string, withVariants: boolean): StemGroup {
    const cache = this.stemGroups[withVariants ? 1 : 0];
    let g = cache.get(stem);
    if (!g) {
      g = { id: this.groupCount++, forms: [] };
      cache.set(stem, g);
      if (g.id >= this.groupMark.length) {
        this.groupMark = grown(this.groupMark, g.id + 1);
        this.groupKey = grown(this.groupKey, g.id + 1);
      }
    }
    return g;
  }

  /**
   * What a key is apart from its tokens (weight, variants, forms in the source), per stem and per
   * variants setting: computed once per distinct word, not once per query that has it (the profile at
   * 100,000 source sentences showed building these per query as a sixth of the check).
   */
  private keyForm(g: StemGroup, t: Token, withVariants: boolean): KeyForm {
    // forms of one stem can differ in their proclitic-free stem and root (والكتاب، فكتب): one entry each
    for (const f of g.forms) if (f.alt === t.alt && f.root === t.root) return f.form;
    const ids = this.data.ids;
    const root = t.root === undefined ? undefined : ROOT + t.root;
    const variants = t.kind === 'number' || !withVariants ? [] : this.variants.find(t.stem);
    const alts: { id: number; m: number; syn: boolean }[] = [];
    const add = (key: string | undefined, m: number, syn = false) => {
      if (key === undefined) return;
      const id = ids.get(key);
      if (id !== undefined && !alts.some((a) => a.id === id)) alts.push({ id, m, syn });
    };
    add(t.stem, 1);
    add(t.alt, 1);
    for (const v of variants) add(v.stem, v.sim);
    if (withVariants) for (const syn of synonymStems(t)) add(syn, SYNONYM_CREDIT, true);
    add(root, ROOT_CREDIT);
    alts.sort((a, b) => b.m - a.m);
    const f = { stem: t.stem, alt: t.alt, root, w: this.data.idf.weight(t.stem), variants, alts };
    g.forms.push({ alt: t.alt, root: t.root, form: f });
    return f;
  }

  /** The content words of a claim as weighted keys, each with the spelling variants the source has. */
  query(tokens: Token[], opts: { variants?: boolean; tokens?: boolean } = {}): Query {
    const withVariants = opts.variants ?? true;
    // without tokens (weights only: the omission rule's 100,000 source-sentence queries), no column of key positions
    const withTokens = opts.tokens ?? true;
    const keys: QueryKey[] = [];
    const keyAt: number[] | undefined = withTokens ? [] : undefined;
    const mark = ++this.queryMark;
    let W = 0;
    const byForm = this.byForm[withVariants ? 1 : 0];
    // a figure written in words (سبعاً وثلاثين، three hundred) is one key, its digits, when the source writes
    // them so (37 شخصاً): without it, a fresh editor pair's مشيراً إلى أن عدد الوفيات بلغ سبعاً وثلاثين حالة
    // was 7% covered by the sentence that says 37 شخصاً توفوا, and an error (the number rule, reading
    // values, agreed with it). Claims only (a query with variants and tokens).
    const figures = withVariants && withTokens ? this.figureKeys(tokens) : undefined;
    // (so is an English phrasal verb, as the first of its one-word equivalents that the source has: "turned down" is the
    // source's "rejected", lexicons/synonyms.json englishPhrasal)
    const phrasal = withVariants && withTokens ? this.phrasalKeys(tokens) : undefined;
    // (a claim of a connective alone, "في المقابل،" split off at its comma, has no content: keyed, المقابل was a claim with
    // no source, and two fresh editor pairs' faithful lines drew errors on it)
    const connective = withVariants && withTokens && tokens.length > 0 && tokens.every((t) => t.stop || opensContrast(t));
    for (let i = 0; i < tokens.length; i++) {
      if (connective) {
        keyAt?.push(-1);
        continue;
      }
      // (a word of such a figure is keyed as its digits are: one key with the digits the claim writes too)
      const t = figures?.get(i) ?? phrasal?.get(i) ?? tokens[i];
      if (t.stop) {
        keyAt?.push(-1);
        continue;
      }
      // tokens of one stem are one key (the first token decides its proclitic-free stem and root);
      // a surface form's group and key form are remembered by its number, without hashing its stem
      const fid = t.form;
      let hit = fid === undefined ? undefined : byForm.get(fid);
      if (!hit) {
        const g0 = this.group(t.stem, withVariants);
        hit = { g: g0, f: this.keyForm(g0, t, withVariants) };
        if (fid !== undefined) byForm.set(fid, hit);
      }
      const g = hit.g;
      if (this.groupMark[g.id] === mark) {
        keyAt?.push(this.groupKey[g.id]);
        continue;
      }
      const f = hit.f;
      this.groupMark[g.id] = mark;
      this.groupKey[g.id] = keys.length;
      keyAt?.push(keys.length);
      keys.push(f);
      W += f.w;
    }
    // one shape for both kinds (the hot reads of keys and W stay monomorphic)
    return { keys, W, tokens: keyAt ? tokens : undefined, keyAt };
  }

  /**
   * The content tokens of the figures written in words (no digit among their tokens) whose digits the source
   * has, each with a token of those digits; undefined when no word can begin a figure (most claims).
   */
  private figureKeys(tokens: Token[]): Map<number, Token> | undefined {
    if (!mayHoldQuantities({ forms: tokens, from: 0, to: tokens.length }, true)) return undefined;
    let out: Map<number, Token> | undefined;
    for (const q of quantities(tokens)) {
      let words = true;
      for (let x = q.first; x <= q.last && words; x++) words = tokens[x].kind === 'word';
      if (!words || !Number.isFinite(q.value)) continue;
      let digits = makeToken(String(q.value), 0);
      if (!this.data.ids.has(digits.stem)) continue;
      // (a figure of one word is also the word the source may write: "rank fifth" is the lead's "fifth-largest carrier",
      // whose 5 is a word there, and keyed as 5 alone it met only "shares fell 5%"; an unseen fresh editor pair's faithful
      // clause went to that sentence's neighbour and drew an unsupported-claim error)
      // (a plain token: no form number, so that the key's forms are not cached for the digits as written)
      if (q.first === q.last && this.data.ids.has(tokens[q.first].stem)) {
        const d = digits;
        digits = { start: d.start, end: d.end, text: d.text, key: d.key, stem: d.stem, alt: tokens[q.first].stem, kind: d.kind, stop: d.stop, neg: d.neg };
      }
      out ??= new Map();
      // (its content words: "and" in two hundred and fifty stays a stop word)
      for (let x = q.first; x <= q.last; x++) if (!tokens[x].stop) out.set(x, digits);
    }
    return out;
  }

  /**
   * The two tokens of each phrasal verb of which the source has one of its equivalents, each with a token of that
   * equivalent (one key); undefined when there is none.
   */
  private phrasalKeys(tokens: Token[]): Map<number, Token> | undefined {
    let out: Map<number, Token> | undefined;
    for (let i = 0; i + 1 < tokens.length; i++) {
      const p = LATIN_WORD.test(tokens[i].key) ? phrasalAt(tokens, i) : undefined;
      if (!p) continue;
      for (const w of p.words) {
        const t = makeToken(w, 0);
        if (!this.data.ids.has(t.stem)) continue;
        out ??= new Map();
        // (its particle too when it is a content word: up, down and out are function words, keyed with neither)
        out.set(i, t);
        if (!tokens[i + 1].stop) out.set(i + 1, t);
        break;
      }
    }
    return out;
  }

  /** Is the key anywhere in the source (same stem or a variant)? */
  known(k: QueryKey): boolean {
    const vocab = this.data.vocab;
    return vocab.has(k.stem) || (k.alt !== undefined && vocab.has(k.alt)) || k.variants.length > 0;
  }
}
