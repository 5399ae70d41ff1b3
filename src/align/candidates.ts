import type { IndexData } from './index-data.js';
import type { Coverage } from './coverage.js';
import type { Query } from './query-builder.js';
import { grown, gallop } from '../typed-arrays.js';
import { CANDIDATE_BUDGET, TIE_SURVIVORS, NARROW_MAX_SHARE, BITSET_FROM, BITSET_BUDGET } from '../settings.js';

/**
 * Candidate search over the source index: the sentences that share a query's rarer keys, best first
 * (like passim and TextPAIR, candidates come from the rarer keys only, never from every sentence), with
 * its scratch buffers and the answers kept per query.
 */
/** One kept answer of `candidates`, and the query's next one. */
interface CachedAnswer {
  limit: number;
  budget: number;
  out: number[];
  next?: CachedAnswer;
}

export class CandidateSearch {
  constructor(
    private readonly data: IndexData,
    private readonly cov: Coverage,
  ) {}

  private seenMark = 0;
  private seenOf?: Int32Array;
  /** Per sentence, the mark of the last pass that saw it (union, mayCarry), made on first use. */
  private seen(): Int32Array {
    return (this.seenOf ??= new Int32Array(this.data.size));
  }
  /** The sentence indices of the given lists, each once, in order of first appearance (no Set per query). */
  union(lists: readonly (readonly number[])[]): number[] {
    const seen = this.seen(),
      mark = ++this.seenMark,
      out: number[] = [];
    for (const l of lists)
      for (const i of l)
        if (seen[i] !== mark) {
          seen[i] = mark;
          out.push(i);
        }
    return out;
  }

  /**
   * The sentences of `among` that may carry at least `min` of q (every one that does, perhaps others):
   * a sentence that holds none of the forms of a set of keys weighing more than (1 − min) of q carries
   * less than min. So when the postings of q's rarest such keys are shorter than `among`, only the
   * sentences in them are kept. A number in the summary can stand in thousands of sentences of a large
   * source (a year), and the number rule asks whether any of them carries the words around it: at
   * 1,000,000 source sentences that scan was 4.6 s of the profile (bench/README.md).
   */
  mayCarry(q: Query, min: number, among?: readonly number[]): readonly number[] {
    const need = (1 - min) * q.W * (1 + 1e-9);
    const post = this.data.postData,
      start = this.data.postStart;
    // keys by the length of their forms' postings, shortest first
    const lengths = q.keys.map((k) => k.alts.reduce((n, a) => n + start[a.id + 1] - start[a.id], 0));
    const order = q.keys.map((_, x) => x).sort((a, b) => lengths[a] - lengths[b] || a - b);
    let w = 0,
      read = 0,
      taken = 0;
    while (taken < order.length && w <= need) {
      w += q.keys[order[taken]].w;
      read += lengths[order[taken]];
      taken++;
    }
    // no set of keys outweighs the rest (every key is needed) or their postings are longer than the list
    if (w <= need || read >= (among ? among.length : this.data.size)) return among ?? this.everySentence();
    // `among` absent: every sentence, and none is marked (marking a million sentences per call, for each word
    // of a name slot that the unknown-name rule looks up, was 56 s of the Arabic 1,000,000 check)
    const seen = this.seen(),
      want = ++this.seenMark;
    if (among) for (const i of among) seen[i] = want;
    const out: number[] = [],
      got = ++this.seenMark;
    for (let t = 0; t < taken; t++) {
      for (const a of q.keys[order[t]].alts) {
        for (let x = start[a.id], end = start[a.id + 1]; x < end; x++) {
          const i = post[x];
          if (among ? seen[i] === want : seen[i] !== got) {
            seen[i] = got;
            out.push(i);
          }
        }
      }
    }
    return out;
  }

  private every?: number[];
  /** Every sentence index, in order, made once. */
  private everySentence(): number[] {
    return (this.every ??= Array.from({ length: this.data.size }, (_, i) => i));
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
  candidates(q: Query, limit: number, budget: number = CANDIDATE_BUDGET, opts: { keep?: boolean } = {}): number[] {
    // a sentence's query is asked for again (second pass, and as its claims' context): answer once;
    // a clause's own look-up is asked for once and not kept (`keep: false`)
    if (opts.keep === false) return this.computeCandidates(q, limit, budget);
    const first = this.candidateCache.get(q);
    for (let a = first; a; a = a.next) if (a.limit === limit && a.budget === budget) return a.out;
    const out = this.computeCandidates(q, limit, budget);
    this.candidateCache.set(q, { limit, budget, out, next: first });
    return out;
  }

  /**
   * Answers per query, by limit and budget (both change the answer): a short chain, nearly always of
   * one answer (CANDIDATE_LIMIT, CANDIDATE_BUDGET). A Map per query keyed by "limit/budget" was about
   * 1 KB a sentence query, kept for the omission rule: 10 MB at 100,000 source sentences.
   */
  private readonly candidateCache = new WeakMap<Query, CachedAnswer>();

  private computeCandidates(q: Query, limit: number, budget: number): number[] {
    if (limit <= 0) return [];
    if (!this.slot) this.slot = new Int32Array(this.data.size);
    const slot = this.slot,
      eligible = this.data.eligible;
    let ids = this.slotIds,
      vals = this.slotVals;
    let nt = 0;
    // the query's keys, rarest first, each with the forms that propose: its best forms (the word as
    // written, or its best variant when the source lacks it) and the lexicon's synonyms of it. A looser
    // variant or root is often rarer than the word itself, and at 100,000 sentences such forms spent
    // the whole budget before the words were read, so that the sentence carrying every word was never a
    // candidate (bench/README.md, tenth round); the ranking still credits every form. A synonym is the
    // word an editor puts in its place: in a large source the word as written is nearly always
    // somewhere, so it alone proposed, and a paraphrase's rarest keys are its less usual stand-ins,
    // which point at the lines that use them and away from the one the paraphrase came from (at
    // 100,000 sentences 435 of the 436 paraphrased lines that missed had no right line among their
    // candidates; bench/README.md, issue 25). So a key's rarity is the postings of all the forms it
    // proposes by. A sentence earns a key's weight once, at its best form, though it holds two of its
    // forms (وليدي holds وليد and its proclitic-free ليد; ليدي only the second): counted twice, the
    // copies with و outscored the true sentence without it.
    const forms = this.candForms,
      ws = this.candWeights,
      post = this.data.postData,
      start = this.data.postStart;
    forms.length = 0;
    ws.length = 0;
    const nk = q.keys.length;
    if (this.candOrder.length < 2 * nk + 1) this.candOrder = new Float64Array(4 * nk + 2);
    // per key: its postings' total length, and where its forms start in `forms` (key kx's run ends where kx + 1's starts)
    const order = this.candOrder.subarray(0, nk),
      from = this.candOrder.subarray(nk, 2 * nk + 1);
    for (let kx = 0; kx < nk; kx++) {
      const k = q.keys[kx];
      from[kx] = forms.length;
      let len = 0;
      for (const a of k.alts) {
        if (a.m < k.alts[0].m && !a.syn) continue;
        forms.push(a.id);
        ws.push(k.w * a.m);
        len += start[a.id + 1] - start[a.id];
      }
      // by total length, then position: one number per key (length · keys + position), sorted as
      // numbers by the typed array (a comparator closure was a sixth of finding candidates)
      order[kx] = len * nk + kx;
    }
    from[nk] = forms.length;
    order.sort();
    const merged = this.viaMerge(q, limit, budget, order, from, nk);
    if (merged) return merged;
    if (!this.creditedBy) this.creditedBy = new Int32Array(this.data.size);
    const creditedBy = this.creditedBy;
    let spent = 0,
      read = 0,
      li = 0;
    for (; li < nk; li++) {
      const kx = order[li] % nk,
        f0 = from[kx],
        f1 = from[kx + 1];
      const n = (order[li] - kx) / nk;
      // a word the source lacks has nothing to read (and is not one of the two rarest below)
      if (n === 0) continue;
      // sorted: every later key's postings are longer still. The two rarest keys always propose; the
      // others while they are rare (≤ cap) and the work stays within budget, so a query's cost does
      // not grow with the source (passim and TextPAIR likewise seed candidates from rare n-grams only)
      if (read >= 2 && (n > this.data.cap || spent + n > budget)) break;
      read++;
      spent += n;
      if (nt + n > ids.length) {
        ids = this.slotIds = grown(ids, nt + n);
        vals = this.slotVals = grown(vals, nt + n);
      }
      const tick = ++this.creditTick;
      for (let f = f0; f < f1; f++) {
        const w = ws[f];
        for (let x = start[forms[f]], end = start[forms[f] + 1]; x < end; x++) {
          const i = post[x];
          if (creditedBy[i] === tick) continue;
          creditedBy[i] = tick;
          const sl = slot[i];
          if (sl === 0) {
            ids[nt] = i;
            vals[nt] = w;
            slot[i] = ++nt;
          } else vals[sl - 1] += w;
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
    let minI = -1,
      minV = 0;
    for (let t = 0; t < nt; t++) {
      const i = ids[t];
      if (!eligible[i]) continue;
      if (size === limit) {
        const v = vals[t];
        if (v < minV || (v === minV && i > minI)) continue;
        heap[0] = t;
        siftDown(heap, size, ids, vals);
      } else {
        heap[size++] = t;
        siftUp(heap, size - 1, ids, vals);
        if (size < limit) continue;
      }
      minI = ids[heap[0]];
      minV = vals[heap[0]];
    }
    // best first: take the weakest off the heap, size times, filling the answer from its end
    const full = size === limit;
    const out = new Array<number>(size);
    while (size > 0) {
      out[size - 1] = ids[heap[0]];
      heap[0] = heap[--size];
      siftDown(heap, size, ids, vals);
    }
    if (full) this.breakTiesAtCut(q, out, ids, vals, nt, minV, li);
    for (let t = 0; t < nt; t++) slot[ids[t]] = 0;
    return out;
  }

  /**
   * When more sentences share the weakest kept score than the answer has room for, which of them are
   * kept is decided by their coverage of the whole query, not by their position. A source that repeats
   * a sentence (a wire story's stock line, a template, a pool of headlines fused in pairs) gives every
   * copy the same score from the rare words, and only the words the look-up did not read tell the copy
   * that carries the rest of the claim: at 100,000 sentences the earliest copies filled the answer and
   * the true one, later in the text, was never ranked (bench/README.md, tenth round). `settleTies`
   * bounds the rescoring. `unread`: where in `order` the look-up stopped reading keys.
   */
  private breakTiesAtCut(q: Query, out: number[], ids: Int32Array, vals: Float64Array, nt: number, v: number, unread: number): void {
    let kept = 0;
    while (kept < out.length && vals[this.slot![out[out.length - 1 - kept]] - 1] === v) kept++;
    let n = 0;
    for (let t = 0; t < nt; t++) {
      if (vals[t] !== v || !this.data.eligible[ids[t]]) continue;
      if (n === this.tiedBuf.length) this.tiedBuf = grown(this.tiedBuf, n + 1);
      this.tiedBuf[n++] = ids[t];
    }
    if (n <= kept || q.W === 0) return;
    // in sentence order (the narrowing merges with sorted postings, and keeps the earliest when it must
    // cut by position): a typed array sorts numerically in native code
    const tied = this.tiedBuf.subarray(0, n);
    if (n > Math.max(this.tieSurvivors, kept)) tied.sort();
    this.settleTies(q, out, tied, kept, unread);
  }

  /**
   * Sentences tied at the cut rescored beyond this many are first narrowed (`narrowTied`). Settable for
   * the tests that hold the narrowed answer equal to its definition (Infinity: every tied sentence
   * rescored).
   */
  tieSurvivors = TIE_SURVIVORS;

  /**
   * The last `kept` places of `out` from `tied` (in sentence order when longer than tieSurvivors): by
   * definition the best `kept` of them by coverage of q; when more than tieSurvivors tie, the best of
   * those that `narrowTied` keeps. Rescoring is a coverage pass over each sentence's bag: up to 1,000
   * per look-up (the former bound, by position) were 45% of the check at 1,000,000 source sentences,
   * where a look-up's rare words stand in hundreds of copies of a line (bench/README.md, issue 25).
   */
  private settleTies(q: Query, out: number[], tied: Int32Array, kept: number, unread: number): void {
    this.rescoreTied(q, out, tied.length > Math.max(this.tieSurvivors, kept) ? this.narrowTied(tied, kept, unread, q.keys.length) : tied, kept);
  }

  /**
   * Postings at least this long are read by narrowTied through a bitset (BITSET_FROM). Settable for the tests that hold
   * the two readings equal (0: every list through a bitset; Infinity: none).
   */
  bitsetFrom = BITSET_FROM;
  /** narrowTied's bitsets by vocabulary id, and the bytes they hold (BITSET_BUDGET at most). */
  private bitsets = new Map<number, Uint32Array>();
  private bitsetBytes = 0;

  /** The bitset over the source's sentences of the postings post[p0 .. p1) of vocabulary id `id`, made on first use; undefined past the budget. */
  private bitsetOf(id: number, p0: number, p1: number): Uint32Array | undefined {
    let bits = this.bitsets.get(id);
    if (bits) return bits;
    const words = (this.data.size + 31) >>> 5;
    if (this.bitsetBytes + 4 * words > BITSET_BUDGET) return undefined;
    bits = new Uint32Array(words);
    const post = this.data.postData;
    for (let p = p0; p < p1; p++) bits[post[p] >>> 5] |= 1 << (post[p] & 31);
    this.bitsets.set(id, bits);
    this.bitsetBytes += 4 * words;
    return bits;
  }

  /** Scratch of narrowTied: the sentences still in, whether each holds the key being read, those kept for sure. */
  private narrowIn = new Int32Array(1024);
  private narrowHold = new Uint8Array(1024);
  private narrowSure: number[] = [];

  /**
   * At most tieSurvivors of `tied` (ascending, all scoring alike on the keys read), chosen by the keys the
   * look-up did not read, rarest first, as a ranking by which of them a sentence holds (the rarer key
   * first); keys in more than NARROW_MAX_SHARE of the source's sentences are not read. Per key: when
   * at least the places left hold it, those that do not are dropped; when fewer do, they are kept for
   * sure, their places taken, and the key splits the rest no further. It stops once no more than
   * tieSurvivors are left, and otherwise fills up with the earliest left. Each key is a merge of two
   * sorted lists (the survivors and its postings, the shorter sought in the longer), so a look-up's cost
   * is that of its tied sentences and the keys' postings, with no source-sized array read at random.
   */
  private narrowTied(tied: Int32Array, kept: number, unread: number, nk: number): Int32Array {
    // never fewer than the places to fill
    const budget = Math.max(this.tieSurvivors, kept),
      order = this.candOrder.subarray(0, nk),
      from = this.candOrder.subarray(nk, 2 * nk + 1),
      forms = this.candForms,
      post = this.data.postData,
      start = this.data.postStart;
    if (this.narrowIn.length < tied.length) {
      this.narrowIn = new Int32Array(2 * tied.length);
      this.narrowHold = new Uint8Array(2 * tied.length);
    }
    const cand = this.narrowIn,
      hold = this.narrowHold,
      sure = this.narrowSure;
    cand.set(tied);
    sure.length = 0;
    let nc = tied.length,
      places = kept;
    // keys in more than this many sentences are common words: they rank little, and seeking a
    // thousand survivors in their long lists was most of the narrowing at 1,000,000 sentences
    const common = this.data.size * NARROW_MAX_SHARE;
    for (let li = unread; li < nk && sure.length + nc > budget; li++) {
      const kx = order[li] % nk;
      if (order[li] < nk) continue; // the source lacks the word
      if ((order[li] - kx) / nk > common) break; // this key and every later one
      hold.fill(0, 0, nc);
      let nh = 0;
      for (let f = from[kx]; f < from[kx + 1]; f++) {
        const p0 = start[forms[f]],
          p1 = start[forms[f] + 1];
        // (a long list as a bitset: one probe per tied sentence, where galloping through it took a few steps each)
        const bits = p1 - p0 >= this.bitsetFrom ? this.bitsetOf(forms[f], p0, p1) : undefined;
        nh += bits ? markByBits(cand, nc, bits, hold) : markHolders(cand, nc, post, p0, p1, hold);
      }
      if (nh === 0 || nh === nc) continue;
      let m = 0;
      if (nh >= places) {
        for (let x = 0; x < nc; x++) if (hold[x]) cand[m++] = cand[x];
      } else {
        for (let x = 0; x < nc; x++) {
          if (hold[x]) sure.push(cand[x]);
          else cand[m++] = cand[x];
        }
        places -= nh;
      }
      nc = m;
    }
    const keep = Math.max(0, Math.min(nc, budget - sure.length));
    const out = new Int32Array(sure.length + keep);
    out.set(sure);
    out.set(cand.subarray(0, keep), sure.length);
    return out;
  }

  /** The last `kept` places of `out` go to the best `kept` of `tied` by coverage of q (ties: the earlier sentence). */
  private rescoreTied(q: Query, out: number[], tied: Int32Array, kept: number): void {
    // the best `kept` by coverage (ties: the earlier sentence), by insertion into a short sorted list
    const bestId = new Int32Array(kept),
      bestCov = new Float64Array(kept);
    let m = 0;
    for (let x = 0; x < tied.length; x++) {
      const i = tied[x],
        c = this.cov.coverage(q, i);
      if (m === kept && !(c > bestCov[m - 1] || (c === bestCov[m - 1] && i < bestId[m - 1]))) continue;
      let p = m < kept ? m++ : kept - 1;
      for (; p > 0 && (c > bestCov[p - 1] || (c === bestCov[p - 1] && i < bestId[p - 1])); p--) {
        bestCov[p] = bestCov[p - 1];
        bestId[p] = bestId[p - 1];
      }
      bestCov[p] = c;
      bestId[p] = i;
    }
    for (let x = 0; x < kept; x++) out[out.length - kept + x] = bestId[x];
  }

  /** Scratch of breakTiesAtCut: the tied sentences. */
  private tiedBuf = new Int32Array(1024);

  /**
   * Postings this long or longer (the keys read, together) are read by `viaMerge` instead of through
   * the accumulators. Settable for the tests that hold the two paths equal.
   */
  mergeFrom = MERGE_FROM;
  /** Scratch of viaMerge: each read key's sentences, and the tiers of the two-key split. */
  private listBufs = [new Int32Array(1024), new Int32Array(1024)];
  private tierBufs = [new Int32Array(1024), new Int32Array(1024), new Int32Array(1024), new Int32Array(1024)];

  /**
   * computeCandidates' answer when it reads one or two keys (whose forms all credit the same weight)
   * and their postings are long: the same answer, found by merging the sorted postings instead of
   * accumulating a score per sentence. With at most two keys read a sentence scores one of three
   * values (the first key's weight, the second's, or both), so the ranking is these tiers in order,
   * each in sentence order, and the look-up reads the lists in order instead of touching a
   * source-sized accumulator at random per posting. At 1,000,000 source sentences the generated pairs
   * repeat each real sentence about 500 times, every list a look-up must read is thousands long, and
   * those random reads were a third of the whole check (bench/README.md, issue 25). Undefined when
   * the plain path applies (tests hold the two equal).
   */
  private viaMerge(q: Query, limit: number, budget: number, order: Float64Array, from: Float64Array, nk: number): number[] | undefined {
    const forms = this.candForms,
      ws = this.candWeights;
    // the keys computeCandidates would read: the first two with postings, then more while rare and within budget
    const read: number[] = [];
    let spent = 0,
      li = 0;
    for (; li < nk; li++) {
      const kx = order[li] % nk,
        n = (order[li] - kx) / nk;
      if (n === 0) continue;
      if (read.length >= 2) {
        if (n > this.data.cap || spent + n > budget) break;
        return undefined;
      }
      read.push(kx);
      spent += n;
    }
    if (read.length === 0 || spent < this.mergeFrom) return undefined;
    let mixed = false;
    for (const kx of read) for (let f = from[kx] + 1; f < from[kx + 1]; f++) if (ws[f] !== ws[from[kx]]) mixed = true;
    const w = read.map((kx) => ws[from[kx]]);
    const lists = mixed ? [] : read.map((kx, r) => this.keyList(forms, from[kx], from[kx + 1], r));
    // tiers: (ids, value), in the order computeCandidates' sums give them (first key, then += second)
    let tiers: { ids: Int32Array; v: number }[];
    if (mixed) {
      tiers = this.mixedTiers(read, forms, ws, from);
    } else if (lists.length === 1) tiers = [{ ids: lists[0], v: w[0] }];
    else {
      const [a, b] = lists,
        need = a.length + b.length;
      for (let x = 0; x < 3; x++) if (this.tierBufs[x].length < need) this.tierBufs[x] = new Int32Array(2 * need);
      const both = this.tierBufs[0],
        onlyA = this.tierBufs[1],
        onlyB = this.tierBufs[2];
      let i = 0,
        j = 0,
        nb = 0,
        na = 0,
        nbb = 0;
      while (i < a.length || j < b.length) {
        if (j === b.length || (i < a.length && a[i] < b[j])) onlyA[na++] = a[i++];
        else if (i === a.length || b[j] < a[i]) onlyB[nbb++] = b[j++];
        else {
          both[nb++] = a[i++];
          j++;
        }
      }
      tiers = [
        { ids: both.subarray(0, nb), v: w[0] + w[1] },
        { ids: onlyA.subarray(0, na), v: w[0] },
        { ids: onlyB.subarray(0, nbb), v: w[1] },
      ];
      // best value first (a stable sort: equal values are merged below)
      tiers.sort((x, y) => y.v - x.v);
      for (let t = 0; t + 1 < tiers.length; ) {
        if (tiers[t].v !== tiers[t + 1].v) {
          t++;
          continue;
        }
        tiers[t] = { ids: this.mergeSorted(tiers[t].ids, tiers[t + 1].ids), v: tiers[t].v };
        tiers.splice(t + 1, 1);
      }
    }
    // the best `limit` eligible sentences: the tiers in order, each in sentence order
    const eligible = this.data.eligible,
      out: number[] = [];
    let cut = -1,
      kept = 0,
      at = 0;
    for (let t = 0; t < tiers.length && cut < 0; t++) {
      const ids = tiers[t].ids;
      kept = 0;
      for (at = 0; at < ids.length; at++) {
        if (!eligible[ids[at]]) continue;
        out.push(ids[at]);
        kept++;
        if (out.length === limit) {
          cut = t;
          at++;
          break;
        }
      }
    }
    // fewer eligible sentences than `limit`: no cut, nothing to break
    if (cut < 0) return out;
    // the tier at the cut, its eligible sentences in order (those kept, then the rest)
    const ids = tiers[cut].ids;
    let n = kept;
    for (let x = at; x < ids.length; x++) if (eligible[ids[x]]) n++;
    if (n <= kept || q.W === 0) return out;
    if (this.tiedBuf.length < n) this.tiedBuf = grown(this.tiedBuf, n);
    let m = 0;
    for (let x = 0; x < ids.length; x++) if (eligible[ids[x]]) this.tiedBuf[m++] = ids[x];
    this.settleTies(q, out, this.tiedBuf.subarray(0, m), kept, li);
    return out;
  }

  /**
   * viaMerge's tiers when a key read has forms of different weights (the word and its lexicon synonyms):
   * per key, each sentence at the weight of its best form (computeCandidates credits a sentence once
   * per key, at the first of the key's forms that holds it, and they come best first); then each
   * sentence's score, the first key's credit with the second's added (as the accumulators sum them);
   * then the sentences grouped by score, best first, each group in sentence order.
   */
  private mixedTiers(read: number[], forms: number[], ws: number[], from: Float64Array): { ids: Int32Array; v: number }[] {
    const post = this.data.postData,
      start = this.data.postStart;
    const per: { ids: Int32Array; w: Float64Array }[] = [];
    for (const kx of read) {
      // the forms' sorted postings merged two by two (a sentence in two forms keeps the better weight):
      // linear merges, where sorting every posting of the key was a tenth of the check at 300,000 sentences
      let lists: { ids: Int32Array; w: Float64Array }[] = [];
      for (let f = from[kx]; f < from[kx + 1]; f++) {
        const ids = post.subarray(start[forms[f]], start[forms[f] + 1]);
        lists.push({ ids, w: new Float64Array(ids.length).fill(ws[f]) });
      }
      while (lists.length > 1) {
        const next: { ids: Int32Array; w: Float64Array }[] = [];
        for (let x = 0; x + 1 < lists.length; x += 2) next.push(mergeWeighted(lists[x], lists[x + 1], false));
        if (lists.length % 2) next.push(lists[lists.length - 1]);
        lists = next;
      }
      per.push(lists[0]);
    }
    // each sentence's score: the first key's credit with the second's added
    const { ids, w: vs } = per.length > 1 ? mergeWeighted(per[0], per[1], true) : per[0];
    const n = ids.length;
    // grouped by score, best first (a counting sort over the few distinct scores: two keys of at most a
    // word's and a synonym's weight each). Each score's place among the distinct ones is found by a scan of
    // that short list and kept per sentence: a Set and a Map of the scores, hashed twice per sentence, were
    // 83% of this function's time in the profile of English 1,000,000 (bench/README.md, issue 25 growth round)
    if (this.scoreCode.length < n) this.scoreCode = new Int32Array(2 * n);
    const code = this.scoreCode,
      distinct: number[] = [];
    let last = 0;
    for (let x = 0; x < n; x++) {
      const v = vs[x];
      if (last < distinct.length && distinct[last] === v) {
        code[x] = last;
        continue;
      }
      let d = 0;
      while (d < distinct.length && distinct[d] !== v) d++;
      if (d === distinct.length) distinct.push(v);
      code[x] = last = d;
    }
    const values = [...distinct].sort((x, y) => y - x);
    const rankOf = new Int32Array(distinct.length);
    for (let d = 0; d < distinct.length; d++) rankOf[d] = values.indexOf(distinct[d]);
    const at = new Int32Array(values.length + 1);
    for (let x = 0; x < n; x++) at[rankOf[code[x]] + 1]++;
    for (let r = 0; r < values.length; r++) at[r + 1] += at[r];
    const fill = at.slice(0, values.length),
      sorted = new Int32Array(n);
    for (let x = 0; x < n; x++) sorted[fill[rankOf[code[x]]]++] = ids[x];
    return values.map((v, r) => ({ ids: sorted.subarray(at[r], at[r + 1]), v }));
  }

  /** Scratch of mixedTiers: per sentence of the merged lists, its score's place among the distinct scores. */
  private scoreCode = new Int32Array(1024);

  /** The sentences holding any of forms[f0 .. f1) (a key's proposing forms), ascending, each once. */
  private keyList(forms: number[], f0: number, f1: number, buf: number): Int32Array {
    const post = this.data.postData,
      start = this.data.postStart;
    if (f1 - f0 === 1) return post.subarray(start[forms[f0]], start[forms[f0] + 1]);
    let n = 0;
    for (let f = f0; f < f1; f++) n += start[forms[f] + 1] - start[forms[f]];
    if (this.listBufs[buf].length < n) this.listBufs[buf] = new Int32Array(2 * n);
    const out = this.listBufs[buf];
    n = 0;
    for (let f = f0; f < f1; f++) {
      out.set(post.subarray(start[forms[f]], start[forms[f] + 1]), n);
      n += start[forms[f] + 1] - start[forms[f]];
    }
    const sorted = out.subarray(0, n).sort();
    let u = 0;
    for (let x = 0; x < n; x++) if (x === 0 || sorted[x] !== sorted[x - 1]) sorted[u++] = sorted[x];
    return sorted.subarray(0, u);
  }

  /** Two ascending lists of distinct sentences merged (ascending): two tiers of equal value (two keys of the same weight). */
  private mergeSorted(a: Int32Array, b: Int32Array): Int32Array {
    // into scratch buffer 3, unless a is already there (all three tiers of equal value: merged twice)
    const need = a.length + b.length;
    if (this.tierBufs[3].length < need && a.buffer !== this.tierBufs[3].buffer) this.tierBufs[3] = new Int32Array(2 * need);
    const out = a.buffer === this.tierBufs[3].buffer ? new Int32Array(need) : this.tierBufs[3];
    let i = 0,
      j = 0,
      n = 0;
    while (i < a.length || j < b.length) out[n++] = j === b.length || (i < a.length && a[i] < b[j]) ? a[i++] : b[j++];
    return out.subarray(0, n);
  }
}

/**
 * Two ascending lists of distinct sentences with a weight each, merged; a sentence in both gets the sum of its
 * weights (`sum`: two keys' credits) or the higher one (two forms of one key).
 */
function mergeWeighted(a: { ids: Int32Array; w: Float64Array }, b: { ids: Int32Array; w: Float64Array }, sum: boolean): { ids: Int32Array; w: Float64Array } {
  const ids = new Int32Array(a.ids.length + b.ids.length),
    w = new Float64Array(ids.length);
  let i = 0,
    j = 0,
    n = 0;
  while (i < a.ids.length || j < b.ids.length) {
    if (j === b.ids.length || (i < a.ids.length && a.ids[i] < b.ids[j])) {
      ids[n] = a.ids[i];
      w[n++] = a.w[i++];
    } else if (i === a.ids.length || b.ids[j] < a.ids[i]) {
      ids[n] = b.ids[j];
      w[n++] = b.w[j++];
    } else {
      ids[n] = a.ids[i];
      w[n++] = sum ? a.w[i++] + b.w[j++] : Math.max(a.w[i++], b.w[j++]);
    }
  }
  return { ids: ids.subarray(0, n), w: w.subarray(0, n) };
}

/** Postings read by a look-up (its keys together) from which the merge path answers it (CandidateSearch.viaMerge). */
const MERGE_FROM = 1024;

/**
 * Marks hold[x] for each cand[x] (x < nc, ascending) that stands in post[p0 .. p1) (ascending): each
 * entry of the shorter list sought in the longer by galloping from where the last search stopped, so
 * that two lists of like length cost about their length (a binary search per entry cost log₂ of it, and
 * was most of the narrowing at 1,000,000 sentences). The number newly marked.
 */
function markHolders(cand: Int32Array, nc: number, post: Int32Array, p0: number, p1: number, hold: Uint8Array): number {
  let marked = 0;
  if (p1 - p0 <= nc) {
    let lo = 0;
    for (let p = p0; p < p1 && lo < nc; p++) {
      const v = post[p];
      lo = gallop(cand, lo, nc, v);
      if (lo < nc && cand[lo] === v && !hold[lo]) {
        hold[lo] = 1;
        marked++;
      }
    }
  } else {
    let lo = p0;
    for (let x = 0; x < nc && lo < p1; x++) {
      const v = cand[x];
      lo = gallop(post, lo, p1, v);
      if (lo < p1 && post[lo] === v && !hold[x]) {
        hold[x] = 1;
        marked++;
      }
    }
  }
  return marked;
}

/** markHolders through a bitset of the postings: marks hold[x] for each cand[x] (x < nc) whose bit is set; the number newly marked. */
function markByBits(cand: Int32Array, nc: number, bits: Uint32Array, hold: Uint8Array): number {
  let marked = 0;
  for (let x = 0; x < nc; x++) {
    const v = cand[x];
    if (!hold[x] && (bits[v >>> 5] >>> (v & 31)) & 1) {
      hold[x] = 1;
      marked++;
    }
  }
  return marked;
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
    h[i] = h[p];
    i = p;
  }
  h[i] = x;
}
function siftDown(h: Int32Array, size: number, ids: Int32Array, vals: Float64Array): void {
  const x = h[0];
  let i = 0;
  for (;;) {
    const l = 2 * i + 1,
      r = l + 1;
    let m = -1;
    if (l < size && worse(ids, vals, h[l], x)) m = l;
    if (r < size && worse(ids, vals, h[r], m < 0 ? x : h[l])) m = r;
    if (m < 0) break;
    h[i] = h[m];
    i = m;
  }
  h[i] = x;
}
