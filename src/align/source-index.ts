import { tokenForms, type Doc } from '../text/document.js';
import type { Token } from '../text/tokenize.js';
import { Idf, contentStems } from './weights.js';
import { VariantFinder } from './variants.js';
import { synonymStems } from '../text/synonyms.js';
import { CreditTable } from './credit-table.js';
import { grown } from '../typed-arrays.js';

/**
 * An inverted index over the source sentences: stem → sentences, so that a claim is compared only
 * with the sentences that share a word with it, never with every sentence (sources can have tens of
 * thousands). Like passim and TextPAIR, candidates come from the rarer keys only.
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
   * the root (ROOT_CREDIT).
   */
  alts: { id: number; m: number }[];
  /** The claim tokens that carry this key. */
  tokens: Token[];
}

/**
 * A key as its stem (with its proclitic-free stem and root) decides it, shared by every query that has
 * the stem; its own `tokens` are empty (NO_TOKENS), and a query copies it to add its tokens.
 */
type KeyForm = QueryKey;
/** The tokens of a shared key form: none (a query without tokens uses the forms as its keys). */
const NO_TOKENS: Token[] = Object.freeze([]) as unknown as Token[];
/** The key forms of one stem, with a number for marking which query uses it. */
interface StemGroup { id: number; forms: { alt?: string; root?: string; form: KeyForm }[] }

export interface Query {
  keys: QueryKey[];
  /** Sum of the key weights. */
  W: number;
}

/** Prefix of root keys in the bags, so that a root never equals a stem. */
const ROOT = '\u221A';
/**
 * Credit for sharing only a root (توسيع/موسعة, متابعة/تتبعت): related words, not the same word.
 * Measured on the seed pair and ANS train (see CHANGELOG 0.2.0).
 */
export const ROOT_CREDIT = 0.5;
/**
 * Credit for a word of the synonym lexicon (text/synonyms.ts) in place of the claim's word
 * (غارات/ضربات, الجريدة/الصحيفة): the same sense in other letters, credited like a shared root. On ANS
 * dev 0.5, 0.6 and 0.7 did equally well (mean support of paraphrase pairs 0.540–0.544 against 0.533
 * without the lexicon, unrelated pairs 0.050 throughout); the lowest was kept.
 */
export const SYNONYM_CREDIT = 0.5;
/** Most postings entries one candidate query reads (beyond its two rarest keys). */
const CANDIDATE_BUDGET = 2000;

export class SourceIndex {
  /**
   * Each sentence's keys as sorted vocabulary ids: membership is a binary search in a small typed
   * array. The profile of a 100,000-sentence source showed string-keyed Set lookups in match() as a
   * quarter of the time, and the Sets as a good part of the memory (bench/README.md).
   */
  private bagData: Int32Array;
  private readonly bagStart: Int32Array;
  /** Number of source sentences. */
  readonly size: number;
  /**
   * Sentences holding each key id, ascending, in one typed array (CSR: key id k's sentences are
   * postData[postStart[k] .. postStart[k + 1])): an array per key was a good part of the memory
   * and of the time to build the index at 100,000 source sentences.
   */
  private postData!: Int32Array;
  private postStart!: Int32Array;
  /** Number of distinct keys (stems, proclitic-free stems, roots): key ids run from 0 to keyCount - 1. */
  readonly keyCount: number;
  private readonly ids = new Map<string, number>();
  readonly idf: Idf;
  readonly vocab = new Set<string>();
  private variantFinder?: VariantFinder;
  /** Spelling-variant lookup over the source vocabulary, built on first use (the omission rule's reverse index never needs it). */
  get variants(): VariantFinder { return (this.variantFinder ??= new VariantFinder(this.vocab)); }
  /** Per sentence, 1 if it is eligible as support (not metadata, byline or boilerplate), else 0. */
  readonly eligible: Uint8Array;
  /** Postings longer than this are too common to generate candidates (their weight still counts). */
  readonly cap: number;

  constructor(readonly source: Doc, summary?: Doc, idf?: Idf) {
    const keyOf: string[] = [];
    const idOf = (k: string) => {
      let id = this.ids.get(k);
      if (id === undefined) { id = keyOf.length; this.ids.set(k, id); keyOf.push(k); if (k[0] !== ROOT) this.vocab.add(k); }
      return id;
    };
    // all bags in one typed array (CSR layout): bag i is bagData[bagStart[i] .. bagStart[i + 1])
    this.size = source.sentences.length;
    this.bagStart = new Int32Array(this.size + 1);
    this.eligible = new Uint8Array(this.size);
    const runs = source.sentences.map(tokenForms);
    const large = runs.reduce((n, r) => n + r.to - r.from, 0) > LARGE_INDEX;
    // a surface form's three key ids (stem, proclitic-free stem, root; -1 for none), looked up once
    // per form: the profile at 100,000 source sentences showed hashing every token's keys (and
    // building its root key string) as most of the cost of the index
    const formAt = (this.formAt = new FormTable<number>(large));
    let formKeys = new Int32Array(3 * 1024), formsUsed = 0;
    // document frequency of each stem id as a stem (not as another token's proclitic-free stem or root), for the IDF
    let df = new Int32Array(1024), dfMark = new Int32Array(1024);
    const counting = !idf;
    let data = new Int32Array(1 << 16), used = 0;
    // every content token's form (its key ids' offset in formKeys) in text order, by sentence
    let seq = new Int32Array(1 << 16), seqUsed = 0;
    const seqStart = (this.contentStart = new Int32Array(this.size + 1));
    let scratch = new Int32Array(256);
    const sentences = source.sentences;
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i];
      // the sentence's key ids, sorted and without repeats, appended to data (no per-sentence Set or array)
      let n = 0;
      const { forms, from, to } = runs[i];
      for (let x = from; x < to; x++) {
        const t = forms[x];
        if (t.stop) continue;
        if (n + 3 > scratch.length) scratch = grown(scratch, n + 3);
        const form = t.form;
        let at = form === undefined ? undefined : formAt.get(form);
        if (at === undefined) {
          if (3 * formsUsed + 3 > formKeys.length) formKeys = grown(formKeys, 3 * formsUsed + 3);
          at = 3 * formsUsed++;
          formKeys[at] = idOf(t.stem);
          formKeys[at + 1] = t.alt === undefined ? -1 : idOf(t.alt);
          formKeys[at + 2] = t.root === undefined ? -1 : idOf(ROOT + t.root);
          if (form !== undefined) formAt.set(form, at);
        }
        const stemId = formKeys[at], altId = formKeys[at + 1], rootId = formKeys[at + 2];
        scratch[n++] = stemId;
        if (seqUsed === seq.length) seq = grown(seq, seqUsed + 1);
        seq[seqUsed++] = at;
        if (altId >= 0) scratch[n++] = altId;
        if (rootId >= 0) scratch[n++] = rootId;
        if (counting) {
          if (stemId >= df.length) { df = grown(df, stemId + 1); dfMark = grown(dfMark, stemId + 1); }
          if (dfMark[stemId] !== i + 1) { dfMark[stemId] = i + 1; df[stemId]++; }
        }
      }
      const sorted = scratch.subarray(0, n).sort();
      if (used + n > data.length) data = grown(data, used + n);
      let last = -1;
      for (let x = 0; x < n; x++) {
        const id = sorted[x];
        if (id === last) continue;
        data[used++] = id;
        last = id;
      }
      this.bagStart[i + 1] = used;
      seqStart[i + 1] = seqUsed;
      this.eligible[i] = s.kind !== 'meta' && s.kind !== 'boilerplate' && s.kind !== 'byline' ? 1 : 0;
    }
    this.bagData = data.subarray(0, used);
    this.keyCount = keyOf.length;
    this.keyOf = keyOf;
    this.contentForms = seq.subarray(0, seqUsed);
    this.buildPostings();
    this.formKeys = formKeys;
    if (idf) this.idf = idf;
    else {
      // the source's counts, then the summary's sentences as further units (Idf.ofSentences([source, summary]))
      const built = new Idf();
      for (let id = 0; id < keyOf.length && id < df.length; id++) if (df[id] > 0) built.df.set(keyOf[id], df[id]);
      built.n = sentences.length;
      if (summary) for (const s of summary.sentences) built.addUnit(contentStems(s.tokens));
      this.idf = built;
    }
    this.byForm = [new FormTable(large), new FormTable(large)];
    this.cap = Math.max(64, Math.min(200, Math.round(8 * Math.sqrt(source.sentences.length))));
  }

  /** The postings from the bags: count each key's sentences, then place them in sentence order. */
  private buildPostings(): void {
    const data = this.bagData, start = new Int32Array(this.keyCount + 1);
    for (let p = 0; p < data.length; p++) start[data[p] + 1]++;
    for (let k = 0; k < this.keyCount; k++) start[k + 1] += start[k];
    const at = start.slice(0, this.keyCount), post = new Int32Array(data.length);
    for (let i = 0; i < this.size; i++) for (let p = this.bagStart[i], end = this.bagStart[i + 1]; p < end; p++) post[at[data[p]]++] = i;
    this.postData = post;
    this.postStart = start;
  }

  /** Per surface form number: where its key ids are in formKeys (stem, proclitic-free stem, root). */
  private readonly formAt: FormTable<number>;
  /** Key ids of each source surface form, three at its offset: stem, proclitic-free stem, root (-1: none). */
  readonly formKeys: Int32Array;
  /** IDF weight per key id (as a stem), computed on first use (-1: not yet). */
  private idWeight?: Float64Array;
  private bagWeights?: Float64Array;
  /** Each key id's string. */
  private readonly keyOf: string[];
  /**
   * Every content token of the source, in text order (repeats kept), as the offset of its form's key
   * ids in formKeys; sentence i's are contentForms[contentStart[i] .. contentStart[i + 1]) (CSR, like
   * the bags). A sentence's summed weight, and how much of it the summary carries, are passes over
   * these instead of over its token objects (at 100,000 English source sentences the summed weights
   * alone took half a second that way).
   */
  readonly contentForms: Int32Array;
  readonly contentStart: Int32Array;

  /** Whether sentence i has a content word (a token that is not a stop word), read off contentStart. */
  hasContent(i: number): boolean {
    return this.contentStart[i + 1] > this.contentStart[i];
  }

  /**
   * The summed IDF weight of sentence i's content words (repeats included): how much the sentence
   * says, for the aligner's precision term. Through each word's key id, without hashing its stem.
   */
  bagWeight(i: number): number {
    const iw = this.weightTables(), bw = this.bagWeights!;
    if (bw[i] >= 0) return bw[i];
    const seq = this.contentForms, fk = this.formKeys;
    let w = 0;
    for (let p = this.contentStart[i], end = this.contentStart[i + 1]; p < end; p++) {
      const id = fk[seq[p]];
      w += iw[id] >= 0 ? iw[id] : this.stemWeight(id);
    }
    return (bw[i] = w);
  }

  /**
   * A token's key ids in this index, written to out[0..2]: its stem, proclitic-free stem and root
   * (-1 where the token has no such key or the source lacks it). Any token, the summary's too: two
   * tokens share a key exactly when they share its id.
   */
  keyIdsOf(t: Token, out: Int32Array): void {
    const at = t.form === undefined ? undefined : this.formAt.get(t.form);
    if (at !== undefined) { out[0] = this.formKeys[at]; out[1] = this.formKeys[at + 1]; out[2] = this.formKeys[at + 2]; return; }
    out[0] = this.ids.get(t.stem) ?? -1;
    out[1] = t.alt === undefined ? -1 : this.ids.get(t.alt) ?? -1;
    out[2] = t.root === undefined ? -1 : this.ids.get(ROOT + t.root) ?? -1;
  }

  /** The IDF weight of a stem by its key id. */
  stemWeight(id: number): number {
    const iw = this.weightTables();
    return iw[id] >= 0 ? iw[id] : (iw[id] = this.idf.weight(this.keyOf[id]));
  }

  /** The per key id weights (and per sentence bag weights), made on first use; -1 is not yet known. */
  private weightTables(): Float64Array {
    if (!this.idWeight) { this.bagWeights = new Float64Array(this.size).fill(-1); this.idWeight = new Float64Array(this.keyCount).fill(-1); }
    return this.idWeight;
  }

  /** Per surface form number: its stem group and key form (see FormTable), with and without variants. */
  private readonly byForm: [FormTable<{ g: StemGroup; f: KeyForm }>, FormTable<{ g: StemGroup; f: KeyForm }>];
  private readonly stemGroups = [new Map<string, StemGroup>(), new Map<string, StemGroup>()];
  private groupCount = 0;
  /** Per stem group: the query that last used it, and the position of its key in that query. */
  private groupMark = new Int32Array(1024);
  private groupKey = new Int32Array(1024);
  private queryMark = 0;

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
    const root = t.root === undefined ? undefined : ROOT + t.root;
    const variants = t.kind === 'number' || !withVariants ? [] : this.variants.find(t.stem);
    const alts: { id: number; m: number }[] = [];
    const add = (key: string | undefined, m: number) => { if (key === undefined) return; const id = this.ids.get(key); if (id !== undefined && !alts.some((a) => a.id === id)) alts.push({ id, m }); };
    add(t.stem, 1); add(t.alt, 1);
    for (const v of variants) add(v.stem, v.sim);
    if (withVariants) for (const syn of synonymStems(t)) add(syn, SYNONYM_CREDIT);
    add(root, ROOT_CREDIT);
    alts.sort((a, b) => b.m - a.m);
    const f = { stem: t.stem, alt: t.alt, root, w: this.idf.weight(t.stem), variants, alts, tokens: NO_TOKENS };
    g.forms.push({ alt: t.alt, root: t.root, form: f });
    return f;
  }

  /** The content words of a claim as weighted keys, each with the spelling variants the source has. */
  query(tokens: Token[], opts: { variants?: boolean; tokens?: boolean } = {}): Query {
    const withVariants = opts.variants ?? true;
    // without tokens (weights only: the omission rule's 100,000 source-sentence queries), the keys are
    // the shared key forms themselves, with no object per key and query
    const withTokens = opts.tokens ?? true;
    const keys: QueryKey[] = [];
    const mark = ++this.queryMark;
    let W = 0;
    const byForm = this.byForm[withVariants ? 1 : 0];
    for (const t of tokens) {
      if (t.stop) continue;
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
      if (this.groupMark[g.id] === mark) { if (withTokens) keys[this.groupKey[g.id]].tokens.push(t); continue; }
      const f = hit.f;
      this.groupMark[g.id] = mark; this.groupKey[g.id] = keys.length;
      keys.push(withTokens ? { stem: f.stem, alt: f.alt, root: f.root, w: f.w, variants: f.variants, alts: f.alts, tokens: [t] } : f);
      W += f.w;
    }
    return { keys, W };
  }

  /** How well sentence i carries key k: 1 for the same stem, the Dice similarity for a variant, ROOT_CREDIT for the root, else 0. */
  match(k: QueryKey, i: number): number {
    const lo = this.bagStart[i], hi = this.bagStart[i + 1] - 1;
    for (const a of k.alts) if (has(this.bagData, lo, hi, a.id)) return a.m;
    return 0;
  }

  /** The query whose key forms are marked for `credits` (one at a time; re-marking costs its forms). */
  private prepared?: Query;
  private table?: CreditTable;

  /**
   * Marks q's key forms so that a sentence's coverage is one pass over its bag (about 20–40 ids)
   * instead of a binary search per key and form: the profile at 100,000 source sentences showed these
   * searches as the largest part of ranking candidates.
   */
  private prepare(q: Query): CreditTable {
    const table = (this.table ??= new CreditTable(this.keyCount));
    if (this.prepared === q) return table;
    this.prepared = q;
    table.reset();
    for (let kx = 0; kx < q.keys.length; kx++) for (const a of q.keys[kx].alts) table.add(a.id, kx, a.m);
    return table;
  }

  /**
   * How well sentence i carries each key of q (as `match` would say), written into `out` by key
   * position from `offset`; returns the weighted sum of the credits.
   */
  credits(q: Query, i: number, out: Float64Array, offset = 0): number {
    const table = this.prepare(q);
    const n = q.keys.length;
    out.fill(0, offset, offset + n);
    table.raise(this.bagData, this.bagStart[i], this.bagStart[i + 1], out, offset);
    let m = 0;
    for (let kx = 0; kx < n; kx++) m += q.keys[kx].w * out[offset + kx];
    return m;
  }

  private seenMark = 0;
  private seenOf?: Int32Array;
  /** Per sentence, the mark of the last pass that saw it (union, mayCarry), made on first use. */
  private seen(): Int32Array { return (this.seenOf ??= new Int32Array(this.size)); }
  /** The sentence indices of the given lists, each once, in order of first appearance (no Set per query). */
  union(lists: readonly (readonly number[])[]): number[] {
    const seen = this.seen(), mark = ++this.seenMark, out: number[] = [];
    for (const l of lists) for (const i of l) if (seen[i] !== mark) { seen[i] = mark; out.push(i); }
    return out;
  }

  /** Scratch for `coverage`: one credit per key. */
  private scratch = new Float64Array(64);
  /** Share of q's weight that sentence i carries (0..1). */
  coverage(q: Query, i: number): number {
    if (q.W === 0) return 0;
    if (this.scratch.length < q.keys.length) this.scratch = new Float64Array(q.keys.length * 2);
    return this.credits(q, i, this.scratch) / q.W;
  }

  /**
   * The sentences of `among` that may carry at least `min` of q (every one that does, perhaps others):
   * a sentence that holds none of the forms of a set of keys weighing more than (1 − min) of q carries
   * less than min. So when the postings of q's rarest such keys are shorter than `among`, only the
   * sentences in them are kept. A number in the summary can stand in thousands of sentences of a large
   * source (a year), and the number rule asks whether any of them carries the words around it: at
   * 1,000,000 source sentences that scan was 4.6 s of the profile (bench/README.md).
   */
  mayCarry(q: Query, min: number, among: readonly number[]): readonly number[] {
    const need = (1 - min) * q.W * (1 + 1e-9);
    const post = this.postData, start = this.postStart;
    // keys by the length of their forms' postings, shortest first
    const lengths = q.keys.map((k) => k.alts.reduce((n, a) => n + start[a.id + 1] - start[a.id], 0));
    const order = q.keys.map((_, x) => x).sort((a, b) => lengths[a] - lengths[b] || a - b);
    let w = 0, read = 0, taken = 0;
    while (taken < order.length && w <= need) { w += q.keys[order[taken]].w; read += lengths[order[taken]]; taken++; }
    // no set of keys outweighs the rest (every key is needed) or their postings are longer than the list
    if (w <= need || read >= among.length) return among;
    const seen = this.seen(), want = ++this.seenMark;
    for (const i of among) seen[i] = want;
    const out: number[] = [], got = ++this.seenMark;
    for (let t = 0; t < taken; t++) {
      for (const a of q.keys[order[t]].alts) {
        for (let x = start[a.id], end = start[a.id + 1]; x < end; x++) {
          const i = post[x];
          if (seen[i] === want) { seen[i] = got; out.push(i); }
        }
      }
    }
    return out;
  }

  /** Is the key anywhere in the source (same stem or a variant)? */
  known(k: QueryKey): boolean {
    return this.vocab.has(k.stem) || (k.alt !== undefined && this.vocab.has(k.alt)) || k.variants.length > 0;
  }

  /**
   * Per sentence: 1 + its slot in the dense accumulators of the current query, or 0. The scores live
   * in small dense arrays (slot order), so that ranking them reads memory in order: at 100,000
   * sentences a query touches about 700 sentences, and the random reads of a source-sized score
   * array were most of the cost of finding candidates.
   */
  private slot?: Int32Array;
  private slotIds = new Int32Array(4096);
  private slotVals = new Float64Array(4096);
  private heap = new Int32Array(64);
  /** Scratch of computeCandidates: the query's proposing form ids, their weights, and per key its order and forms. */
  private candForms: number[] = [];
  /** Per sentence, the last key (by tick) that credited it in computeCandidates. */
  private creditedBy?: Int32Array;
  private creditTick = 0;
  private candWeights: number[] = [];
  private candOrder = new Float64Array(256);

  /**
   * Candidate sentences for a query: those sharing its rarer keys, with a partial score, best first
   * (sentences tied at the cut by their coverage of the whole query, `breakTiesAtCut`). Postings longer
   * than `cap` are too common to propose candidates, unless they are among the query's two rarest keys;
   * a bounded heap keeps the best `limit`, so a query costs the length of its rare postings, not the
   * size of the source.
   */
  candidates(q: Query, limit: number, budget = CANDIDATE_BUDGET, opts: { keep?: boolean } = {}): number[] {
    // a sentence's query is asked for again (second pass, and as its claims' context): answer once;
    // a clause's own look-up is asked for once and not kept (`keep: false`)
    if (opts.keep === false) return this.computeCandidates(q, limit, budget);
    let answers = this.candidateCache.get(q);
    const key = `${limit}/${budget}`;
    const hit = answers?.get(key);
    if (hit) return hit;
    const out = this.computeCandidates(q, limit, budget);
    if (!answers) { answers = new Map(); this.candidateCache.set(q, answers); }
    answers.set(key, out);
    return out;
  }

  /** Answers per query, keyed by limit and budget (both change the answer). */
  private readonly candidateCache = new WeakMap<Query, Map<string, number[]>>();

  private computeCandidates(q: Query, limit: number, budget: number): number[] {
    if (limit <= 0) return [];
    if (!this.slot) this.slot = new Int32Array(this.size);
    const slot = this.slot, eligible = this.eligible;
    let ids = this.slotIds, vals = this.slotVals;
    let nt = 0;
    // the query's keys, rarest first, each with the forms that propose: only its best forms (the word
    // as written, or its best variant when the source lacks it). A looser variant or root is often
    // rarer than the word itself, and at 100,000 sentences such forms spent the whole budget before the
    // words were read, so that the sentence carrying every word was never a candidate (bench/README.md,
    // tenth round); the ranking still credits every form. A sentence earns a key's weight once, though
    // it holds two of its forms (وليدي holds وليد and its proclitic-free ليد; ليدي only the second):
    // counted twice, the copies with و outscored the true sentence without it.
    const forms = this.candForms, ws = this.candWeights, post = this.postData, start = this.postStart;
    forms.length = 0; ws.length = 0;
    const nk = q.keys.length;
    if (this.candOrder.length < 2 * nk + 1) this.candOrder = new Float64Array(4 * nk + 2);
    // per key: its postings' total length, and where its forms start in `forms` (key kx's run ends where kx + 1's starts)
    const order = this.candOrder.subarray(0, nk), from = this.candOrder.subarray(nk, 2 * nk + 1);
    for (let kx = 0; kx < nk; kx++) {
      const k = q.keys[kx];
      from[kx] = forms.length;
      let len = 0;
      for (const a of k.alts) { if (a.m < k.alts[0].m) break; forms.push(a.id); ws.push(k.w * a.m); len += start[a.id + 1] - start[a.id]; }
      // by total length, then position: one number per key (length · keys + position), sorted as
      // numbers by the typed array (a comparator closure was a sixth of finding candidates)
      order[kx] = len * nk + kx;
    }
    from[nk] = forms.length;
    order.sort();
    if (!this.creditedBy) this.creditedBy = new Int32Array(this.size);
    const creditedBy = this.creditedBy;
    let spent = 0, read = 0;
    for (let li = 0; li < nk; li++) {
      const kx = order[li] % nk, f0 = from[kx], f1 = from[kx + 1];
      const n = (order[li] - kx) / nk;
      // a word the source lacks has nothing to read (and is not one of the two rarest below)
      if (n === 0) continue;
      // sorted: every later key's postings are longer still. The two rarest keys always propose; the
      // others while they are rare (≤ cap) and the work stays within budget, so a query's cost does
      // not grow with the source (passim and TextPAIR likewise seed candidates from rare n-grams only)
      if (read >= 2 && (n > this.cap || spent + n > budget)) break;
      read++;
      spent += n;
      if (nt + n > ids.length) { ids = this.slotIds = grown(ids, nt + n); vals = this.slotVals = grown(vals, nt + n); }
      const tick = ++this.creditTick;
      for (let f = f0; f < f1; f++) {
        const w = ws[f];
        for (let x = start[forms[f]], end = start[forms[f] + 1]; x < end; x++) {
          const i = post[x];
          if (creditedBy[i] === tick) continue;
          creditedBy[i] = tick;
          const sl = slot[i];
          if (sl === 0) { ids[nt] = i; vals[nt] = w; slot[i] = ++nt; } else vals[sl - 1] += w;
        }
      }
    }
    // the best `limit` slots by score (ties: earlier sentence first) with a min-heap of size limit, its
    // root the weakest; a typed array and static comparisons (with a closure comparator and swaps by
    // array destructuring the 29,000 look-ups at N = 100,000 took 1,629 instead of 1,470 ms)
    if (this.heap.length < limit) this.heap = new Int32Array(limit);
    const heap = this.heap;
    let size = 0;
    // once the heap is full, most touched sentences lose to its weakest member: compare inline with
    // the cached minimum and touch the heap only on a replacement (20 million entries at N = 100,000)
    let minI = -1, minV = 0;
    for (let t = 0; t < nt; t++) {
      const i = ids[t];
      if (!eligible[i]) continue;
      if (size === limit) {
        const v = vals[t];
        if (v < minV || (v === minV && i > minI)) continue;
        heap[0] = t; siftDown(heap, size, ids, vals);
      } else {
        heap[size++] = t; siftUp(heap, size - 1, ids, vals);
        if (size < limit) continue;
      }
      minI = ids[heap[0]]; minV = vals[heap[0]];
    }
    // best first: take the weakest off the heap, size times, filling the answer from its end
    const full = size === limit;
    const out = new Array<number>(size);
    while (size > 0) { out[size - 1] = ids[heap[0]]; heap[0] = heap[--size]; siftDown(heap, size, ids, vals); }
    if (full) this.breakTiesAtCut(q, out, ids, vals, nt, minV);
    for (let t = 0; t < nt; t++) slot[ids[t]] = 0;
    return out;
  }

  /**
   * When more sentences share the weakest kept score than the answer has room for, which of them are
   * kept is decided by their coverage of the whole query, not by their position. A source that repeats
   * a sentence (a wire story's stock line, a template, a pool of headlines fused in pairs) gives every
   * copy the same score from the rare words, and only the common words, which the look-up skips, tell
   * the copy that carries the rest of the claim: at 100,000 sentences the earliest copies filled the
   * answer and the true one, later in the text, was never ranked (bench/README.md, tenth round). At
   * most TIE_RESCORE tied sentences are scored (by position), so a query's cost stays bounded.
   */
  private breakTiesAtCut(q: Query, out: number[], ids: Int32Array, vals: Float64Array, nt: number, v: number): void {
    let kept = 0;
    while (kept < out.length && vals[this.slot![out[out.length - 1 - kept]] - 1] === v) kept++;
    let n = 0;
    for (let t = 0; t < nt; t++) {
      if (vals[t] !== v || !this.eligible[ids[t]]) continue;
      if (n === this.tiedBuf.length) this.tiedBuf = grown(this.tiedBuf, n + 1);
      this.tiedBuf[n++] = ids[t];
    }
    if (n <= kept || q.W === 0) return;
    // the first TIE_RESCORE by position: a typed array sorts numerically in native code (a comparator
    // sort of thousands of tied sentences per look-up was most of the check at 1,000,000 sentences)
    let tied = this.tiedBuf.subarray(0, n);
    if (n > TIE_RESCORE) tied = tied.sort().subarray(0, TIE_RESCORE);
    // the best `kept` by coverage (ties: the earlier sentence), by insertion into a short sorted list
    const bestId = new Int32Array(kept), bestCov = new Float64Array(kept);
    let m = 0;
    for (let x = 0; x < tied.length; x++) {
      const i = tied[x], c = this.coverage(q, i);
      if (m === kept && !(c > bestCov[m - 1] || (c === bestCov[m - 1] && i < bestId[m - 1]))) continue;
      let p = m < kept ? m++ : kept - 1;
      for (; p > 0 && (c > bestCov[p - 1] || (c === bestCov[p - 1] && i < bestId[p - 1])); p--) { bestCov[p] = bestCov[p - 1]; bestId[p] = bestId[p - 1]; }
      bestCov[p] = c; bestId[p] = i;
    }
    for (let x = 0; x < kept; x++) out[out.length - kept + x] = bestId[x];
  }

  /** Scratch of breakTiesAtCut: the tied sentences. */
  private tiedBuf = new Int32Array(1024);
}

/** Most sentences tied at the cut of a candidate look-up that are scored on the whole query. */
const TIE_RESCORE = 1000;

/** Source tokens above which surface forms are looked up in an array rather than a Map. */
const LARGE_INDEX = 50_000;

/**
 * Values by surface-form number. Form numbers are global to the process and dense, so a large index
 * keeps them in an array indexed by the number (a query's words cost an array read: at 100,000 source
 * sentences, Map look-ups were most of the cost of building 110,000 omission queries); a small one, in a
 * corpus of many small pairs read late in a long run, keeps a Map rather than an array as long as every
 * form read so far.
 */
class FormTable<V> {
  private map?: Map<number, V>;
  private slots?: (V | undefined)[];
  constructor(large: boolean) { if (large) this.slots = []; else this.map = new Map(); }
  get(fid: number): V | undefined { return this.slots ? this.slots[fid] : this.map!.get(fid); }
  set(fid: number, v: V): void {
    if (!this.slots) { this.map!.set(fid, v); return; }
    // fill the holes up to fid so that the array stays packed (a holey array is slower to read)
    for (let i = this.slots.length; i < fid; i++) this.slots.push(undefined);
    this.slots[fid] = v;
  }
}

/** Binary search for x in the sorted range a[lo..hi]. */
function has(a: Int32Array, lo: number, hi: number, x: number): boolean {
  while (lo <= hi) {
    const mid = (lo + hi) >> 1, v = a[mid];
    if (v === x) return true;
    if (v < x) lo = mid + 1; else hi = mid - 1;
  }
  return false;
}

/** Is slot a a worse candidate than slot b (lower score; on a tie, the later sentence)? */
function worse(ids: Int32Array, vals: Float64Array, a: number, b: number): boolean {
  return vals[a] < vals[b] || (vals[a] === vals[b] && ids[a] > ids[b]);
}
function siftUp(h: Int32Array, i: number, ids: Int32Array, vals: Float64Array): void {
  const x = h[i];
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!worse(ids, vals, x, h[p])) break;
    h[i] = h[p]; i = p;
  }
  h[i] = x;
}
function siftDown(h: Int32Array, size: number, ids: Int32Array, vals: Float64Array): void {
  const x = h[0];
  let i = 0;
  for (;;) {
    const l = 2 * i + 1, r = l + 1;
    let m = -1;
    if (l < size && worse(ids, vals, h[l], x)) m = l;
    if (r < size && worse(ids, vals, h[r], m < 0 ? x : h[l])) m = r;
    if (m < 0) break;
    h[i] = h[m]; i = m;
  }
  h[i] = x;
}
