import { tokenCount, tokenForms, tokenRange, type Doc } from '../text/document.js';
import type { Token, TokenStore } from '../text/tokenize.js';
import { Idf, contentStems } from './weights.js';
import { grown } from '../typed-arrays.js';
import { LARGE_INDEX, candidateCap } from '../settings.js';

/** Prefix of root keys in the bags, so that a root never equals a stem. */
export const ROOT = '\u221A';

/**
 * The source index's storage: every source sentence's keys (stems, proclitic-free stems, roots) as
 * vocabulary ids, the postings (key → sentences), the content words in text order, and the IDF
 * weights. Built once per check and not changed afterwards (the weight tables are filled on first use,
 * with values that depend on nothing but the index). The query builder, coverage and candidate search
 * (query-builder.ts, coverage.ts, candidates.ts) read it.
 */
export class IndexData {
  /**
   * Each sentence's keys as sorted vocabulary ids: membership is a binary search in a small typed
   * array. The profile of a 100,000-sentence source showed string-keyed Set lookups in match() as a
   * quarter of the time, and the Sets as a good part of the memory (bench/README.md).
   * All bags in one typed array (CSR layout): bag i is bagData[bagStart[i] .. bagStart[i + 1]).
   */
  readonly bagData: Int32Array;
  readonly bagStart: Int32Array;
  /** Number of source sentences. */
  readonly size: number;
  /**
   * Sentences holding each key id, ascending, in one typed array (CSR: key id k's sentences are
   * postData[postStart[k] .. postStart[k + 1])): an array per key was a good part of the memory
   * and of the time to build the index at 100,000 source sentences.
   */
  readonly postData: Int32Array;
  readonly postStart: Int32Array;
  /** Number of distinct keys (stems, proclitic-free stems, roots): key ids run from 0 to keyCount - 1. */
  readonly keyCount: number;
  /** Each key's id. */
  readonly ids = new Map<string, number>();
  readonly idf: Idf;
  /** The source's stems and proclitic-free stems (not its roots). */
  readonly vocab = new Set<string>();
  /** Per sentence, 1 if it is eligible as support (not metadata, byline or boilerplate), else 0. */
  readonly eligible: Uint8Array;
  /** Postings longer than this are too common to generate candidates (their weight still counts). */
  readonly cap: number;
  /** Whether the source is large enough for surface forms to be looked up in arrays (FormTable). */
  readonly large: boolean;
  /** Per surface form number: where its key ids are in formKeys (stem, proclitic-free stem, root). */
  private readonly formAt: FormTable<number>;
  /** Key ids of each source surface form, three at its offset: stem, proclitic-free stem, root (-1: none). */
  readonly formKeys: Int32Array;
  /** Each key id's string. */
  private readonly keyOf: string[];
  /**
   * Every token of the source in text order, as a number that `contentAt` turns into the offset of its form's key ids in
   * formKeys (-1: a stop word): sentence i's are tokenSeq[seqFrom[i] .. seqTo[i]). A sentence's summed weight, and how
   * much of it the summary carries, are passes over these instead of over its token objects (at 100,000 English source
   * sentences the summed weights alone took half a second that way). For a source analysed as one text (`analyze`)
   * these are its token store's own form numbers, shared, with a table per form of the text: a copy of every content
   * token's offset was 53–68 MiB at 1,000,000 source sentences (bench/README.md, seventeenth round). Otherwise, the
   * content tokens' offsets themselves, and `contentAt` the identity over them (a test holds the two equal).
   */
  readonly tokenSeq: Int32Array;
  readonly contentAt: Int32Array;
  readonly seqFrom: Int32Array;
  readonly seqTo: Int32Array;
  /** IDF weight per key id (as a stem), computed on first use (-1: not yet). */
  private idWeight?: Float64Array;
  private bagWeights?: Float64Array;

  constructor(
    readonly source: Doc,
    summary?: Doc,
    idf?: Idf,
  ) {
    const keyOf: string[] = [];
    const idOf = (k: string) => {
      let id = this.ids.get(k);
      if (id === undefined) {
        id = keyOf.length;
        this.ids.set(k, id);
        keyOf.push(k);
        if (k[0] !== ROOT) this.vocab.add(k);
      }
      return id;
    };
    this.size = source.sentences.length;
    const bagStart = (this.bagStart = new Int32Array(this.size + 1));
    this.eligible = new Uint8Array(this.size);
    // each sentence's forms are read when its turn comes (held for every sentence at once, they were a pointer per token)
    const large = (this.large = source.sentences.reduce((n, s) => n + tokenCount(s), 0) > LARGE_INDEX);
    // a surface form's three key ids (stem, proclitic-free stem, root; -1 for none), looked up once
    // per form: the profile at 100,000 source sentences showed hashing every token's keys (and
    // building its root key string) as most of the cost of the index
    const formAt = (this.formAt = new FormTable<number>(large));
    let formKeys = new Int32Array(3 * 1024),
      formsUsed = 0;
    // document frequency of each stem id as a stem (not as another token's proclitic-free stem or root), for the IDF
    let df = new Int32Array(1024),
      dfMark = new Int32Array(1024);
    const counting = !idf;
    let data = new Int32Array(1 << 16),
      used = 0;
    // every content token's form (its key ids' offset in formKeys) in text order, by sentence: read off the source's
    // token store when every sentence is one of its (contentAt by the store's form number), else a copy
    const seqFrom = (this.seqFrom = new Int32Array(this.size)),
      seqTo = (this.seqTo = new Int32Array(this.size));
    const sentences = source.sentences;
    const store = storeOf(source, seqFrom, seqTo);
    const storeAt = store ? new Int32Array(store.list.length).fill(-1) : undefined;
    let seq = new Int32Array(store ? 0 : 1 << 16),
      seqUsed = 0;
    let scratch = new Int32Array(256);
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i];
      // the sentence's key ids, sorted and without repeats, appended to data (no per-sentence Set or array)
      let n = 0;
      const { forms, from, to } = tokenForms(s);
      if (!store) seqFrom[i] = seqUsed;
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
        const stemId = formKeys[at],
          altId = formKeys[at + 1],
          rootId = formKeys[at + 2];
        scratch[n++] = stemId;
        if (storeAt) {
          const id = store!.ids[seqFrom[i] + x - from];
          if (id >= 0) storeAt[id] = at;
        } else {
          if (seqUsed === seq.length) seq = grown(seq, seqUsed + 1);
          seq[seqUsed++] = at;
        }
        if (altId >= 0) scratch[n++] = altId;
        if (rootId >= 0) scratch[n++] = rootId;
        if (counting) {
          if (stemId >= df.length) {
            df = grown(df, stemId + 1);
            dfMark = grown(dfMark, stemId + 1);
          }
          if (dfMark[stemId] !== i + 1) {
            dfMark[stemId] = i + 1;
            df[stemId]++;
          }
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
      bagStart[i + 1] = used;
      if (!store) seqTo[i] = seqUsed;
      this.eligible[i] = s.kind !== 'meta' && s.kind !== 'boilerplate' && s.kind !== 'byline' ? 1 : 0;
    }
    // copies of the used part: a view would keep the grown buffer (a quarter of it unused on average,
    // held to the end of the check)
    this.bagData = data.slice(0, used);
    this.keyCount = keyOf.length;
    this.keyOf = keyOf;
    if (store) {
      this.tokenSeq = store.ids;
      this.contentAt = storeAt!;
    } else {
      this.tokenSeq = seq.slice(0, seqUsed);
      // (the identity over the offsets: formKeys holds three ids per form)
      const at = (this.contentAt = new Int32Array(3 * formsUsed).fill(-1));
      for (let f = 0; f < 3 * formsUsed; f += 3) at[f] = f;
    }
    [this.postData, this.postStart] = postingsOf(this.bagData, bagStart, this.size, this.keyCount);
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
    this.cap = candidateCap(source.sentences.length);
  }

  /** Whether sentence i has a content word (a token that is not a stop word): each one puts its stem's id in the bag. */
  hasContent(i: number): boolean {
    return this.bagStart[i + 1] > this.bagStart[i];
  }

  /**
   * The summed IDF weight of sentence i's content words (repeats included): how much the sentence
   * says, for the aligner's precision term. Through each word's key id, without hashing its stem.
   */
  bagWeight(i: number): number {
    const iw = this.weightTables(),
      bw = this.bagWeights!;
    if (bw[i] >= 0) return bw[i];
    const seq = this.tokenSeq,
      cat = this.contentAt,
      fk = this.formKeys;
    let w = 0;
    for (let p = this.seqFrom[i], end = this.seqTo[i]; p < end; p++) {
      const f = seq[p],
        at = f < 0 ? -1 : cat[f];
      if (at < 0) continue;
      const id = fk[at];
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
    if (at !== undefined) {
      out[0] = this.formKeys[at];
      out[1] = this.formKeys[at + 1];
      out[2] = this.formKeys[at + 2];
      return;
    }
    out[0] = this.ids.get(t.stem) ?? -1;
    out[1] = t.alt === undefined ? -1 : (this.ids.get(t.alt) ?? -1);
    out[2] = t.root === undefined ? -1 : (this.ids.get(ROOT + t.root) ?? -1);
  }

  /** The IDF weight of a stem by its key id. */
  stemWeight(id: number): number {
    const iw = this.weightTables();
    return iw[id] >= 0 ? iw[id] : (iw[id] = this.idf.weight(this.keyOf[id]));
  }

  /** The per key id weights (and per sentence bag weights), made on first use; -1 is not yet known. */
  private weightTables(): Float64Array {
    if (!this.idWeight) {
      this.bagWeights = new Float64Array(this.size).fill(-1);
      this.idWeight = new Float64Array(this.keyCount).fill(-1);
    }
    return this.idWeight;
  }

  /** Does sentence i's bag hold key id x? (Binary search in its sorted bag.) */
  holds(i: number, x: number): boolean {
    const a = this.bagData;
    let lo = this.bagStart[i],
      hi = this.bagStart[i + 1] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1,
        v = a[mid];
      if (v === x) return true;
      if (v < x) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}

/** The postings from the bags: count each key's sentences, then place them in sentence order. */
function postingsOf(data: Int32Array, bagStart: Int32Array, size: number, keyCount: number): [Int32Array, Int32Array] {
  const start = new Int32Array(keyCount + 1);
  for (let p = 0; p < data.length; p++) start[data[p] + 1]++;
  for (let k = 0; k < keyCount; k++) start[k + 1] += start[k];
  const at = start.slice(0, keyCount),
    post = new Int32Array(data.length);
  for (let i = 0; i < size; i++) for (let p = bagStart[i], end = bagStart[i + 1]; p < end; p++) post[at[data[p]]++] = i;
  return [post, start];
}

/**
 * Values by surface-form number. Form numbers are global to the process and dense, so a large index
 * keeps them in an array indexed by the number (a query's words cost an array read: at 100,000 source
 * sentences, Map look-ups were most of the cost of building 110,000 omission queries); a small one, in a
 * corpus of many small pairs read late in a long run, keeps a Map rather than an array as long as every
 * form read so far.
 */
export class FormTable<V> {
  private map?: Map<number, V>;
  private slots?: (V | undefined)[];
  constructor(large: boolean) {
    if (large) this.slots = [];
    else this.map = new Map();
  }
  get(fid: number): V | undefined {
    return this.slots ? this.slots[fid] : this.map!.get(fid);
  }
  set(fid: number, v: V): void {
    if (!this.slots) {
      this.map!.set(fid, v);
      return;
    }
    // fill the holes up to fid so that the array stays packed (a holey array is slower to read)
    for (let i = this.slots.length; i < fid; i++) this.slots.push(undefined);
    this.slots[fid] = v;
  }
}

/**
 * The token store that every sentence of the source is in, one text analysed whole (`analyze`), with each sentence's tokens'
 * place in it written to from[i] and to[i]; undefined when a sentence was made otherwise or the sentences share no one
 * store (what it wrote is then the caller's to overwrite).
 */
function storeOf(source: Doc, from: Int32Array, to: Int32Array): TokenStore | undefined {
  const range = new Int32Array(2);
  let store: TokenStore | undefined;
  for (let i = 0; i < source.sentences.length; i++) {
    const st = tokenRange(source.sentences[i], range);
    if (st === undefined || (store !== undefined && st !== store)) return undefined;
    store = st;
    from[i] = range[0];
    to[i] = range[1];
  }
  return store;
}
