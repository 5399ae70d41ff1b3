import type { Doc } from '../text/document.js';
import type { Token } from '../text/tokenize.js';
import type { Idf } from './weights.js';
import type { VariantFinder } from './variants.js';
import { IndexData } from './index-data.js';
import { QueryBuilder, type Query, type QueryKey } from './query-builder.js';
import { Coverage } from './coverage.js';
import { CandidateSearch } from './candidates.js';

export type { Query, QueryKey } from './query-builder.js';

/**
 * An inverted index over the source sentences: stem → sentences, so that a claim is compared only
 * with the sentences that share a word with it, never with every sentence (sources can have tens of
 * thousands). One per check, made of four parts, each in its own module:
 *  - `data` (index-data.ts): the storage, built once: bags of key ids, postings, content words, IDF weights;
 *  - `queries` (query-builder.ts): a claim's words as weighted keys with their stems, variants, synonyms, roots;
 *  - `cover` (coverage.ts): how much of a query a sentence carries;
 *  - `search` (candidates.ts): the candidate sentences of a query, from its rare keys (top-k, ties at the cut).
 * The methods below are the rules' view of it.
 */
export class SourceIndex {
  readonly data: IndexData;
  readonly queries: QueryBuilder;
  readonly cover: Coverage;
  readonly search: CandidateSearch;

  constructor(
    readonly source: Doc,
    summary?: Doc,
    idf?: Idf,
  ) {
    this.data = new IndexData(source, summary, idf);
    this.queries = new QueryBuilder(this.data);
    this.cover = new Coverage(this.data);
    this.search = new CandidateSearch(this.data, this.cover);
  }

  /** Number of source sentences. */
  get size(): number {
    return this.data.size;
  }
  get idf(): Idf {
    return this.data.idf;
  }
  /** The source's stems and proclitic-free stems. */
  get vocab(): ReadonlySet<string> {
    return this.data.vocab;
  }
  /** Per sentence, 1 if it is eligible as support (not metadata, byline or boilerplate), else 0. */
  get eligible(): Uint8Array {
    return this.data.eligible;
  }
  get variants(): VariantFinder {
    return this.queries.variants;
  }

  /** The content words of a claim as weighted keys, each with the forms the source has of it. */
  query(tokens: Token[], opts?: { variants?: boolean; tokens?: boolean }): Query {
    return this.queries.query(tokens, opts);
  }
  /** Is the key anywhere in the source (same stem or a variant)? */
  known(k: QueryKey): boolean {
    return this.queries.known(k);
  }
  /** How well sentence i carries key k (1, a variant's similarity, a synonym's or root's credit, or 0). */
  match(k: QueryKey, i: number): number {
    return this.cover.match(k, i);
  }
  /** Share of q's weight that sentence i carries (0..1). */
  coverage(q: Query, i: number): number {
    return this.cover.coverage(q, i);
  }
  /** Whether sentence i has a content word. */
  hasContent(i: number): boolean {
    return this.data.hasContent(i);
  }
  /** Candidate sentences for a query, best first (CandidateSearch.candidates). */
  candidates(q: Query, limit: number, budget?: number, opts?: { keep?: boolean }): number[] {
    return this.search.candidates(q, limit, budget, opts);
  }
  /** The sentences of `among` (every sentence when absent) that may carry at least `min` of q (CandidateSearch.mayCarry). */
  mayCarry(q: Query, min: number, among?: readonly number[]): readonly number[] {
    return this.search.mayCarry(q, min, among);
  }
  /** The sentence indices of the given lists, each once, in order of first appearance. */
  union(lists: readonly (readonly number[])[]): number[] {
    return this.search.union(lists);
  }
}
