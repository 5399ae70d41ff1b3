import type { Doc, Claim, Sentence } from '../text/document.js';
import { isAttribution } from '../text/claims.js';
import type { SourceIndex, Query } from './source-index.js';
import { SupportSearch, type Support } from './support.js';
import { SENTENCE_MAX_SUPPORT, PRIOR, CONFIDENT, SENTENCE_PRIOR, OWN_WEAK, OWN_RATIO, FUSED } from '../settings.js';

/** A summary unit (sentence or claim) with its query and its support in the source. */
export interface UnitAnalysis<U extends Claim | Sentence> {
  unit: U;
  query: Query;
  support: Support;
}

export interface Alignment {
  sentences: UnitAnalysis<Sentence>[];
  claims: UnitAnalysis<Claim>[];
}

/**
 * The alignment policy of one check: every summary sentence and claim with its support in the source.
 *  1. Each summary sentence is ranked on its own words.
 *  2. Each is ranked again with a prior from where its neighbours came from (summaries mostly follow
 *     their source) and, for a headline, the lead.
 *  3. Each clause is ranked by its own words, its sentence's fit and that prior, its sentence's best
 *     source favoured; a clause that source barely carries goes to a source that carries far more,
 *     unless it is an attribution (which keeps its sentence's provenance).
 * It owns the check's support search (with its memos and buffers): nothing outlives the check.
 */
export class Aligner {
  private readonly search: SupportSearch;

  /** `claimSupport`: the claim-support threshold (a clause moves only to a source that reaches it). */
  constructor(
    readonly index: SourceIndex,
    private readonly claimSupport: number,
  ) {
    this.search = new SupportSearch(index);
  }

  align(summary: Doc, source: Doc): Alignment {
    const idx = this.index,
      search = this.search;
    const first = summary.sentences.map((unit) => {
      const query = idx.query(unit.tokens);
      return { unit, query, support: search.support(query, { maxSupport: SENTENCE_MAX_SUPPORT }) };
    });
    const firstBody = source.sentences.findIndex((s) => s.kind === 'body');
    // second pass: the same alignment, ranked with where the neighbours came from
    const sentences = first.map((a, i) => {
      const prior = this.priorFor(first, i, a.unit.kind === 'headline' ? firstBody : -1, source.sentences.length);
      return { ...a, support: search.support(a.query, { maxSupport: SENTENCE_MAX_SUPPORT, prior }) };
    });
    const byId = new Map(sentences.map((s) => [s.unit.id, s]));
    const position = new Map(sentences.map((s, i) => [s.unit.id, i]));
    const claims = summary.claims.map((unit) => {
      const whole = byId.get(unit.sentence);
      // a sentence that is one clause is aligned already: the clause is the sentence
      if (whole && whole.unit.start === unit.start && whole.unit.end === unit.end) return { unit, query: whole.query, support: whole.support };
      const query = idx.query(unit.tokens);
      const context = byId.get(unit.sentence)?.query;
      const prior = this.priorFor(sentences, position.get(unit.sentence) ?? 0, unit.kind === 'headline' ? firstBody : -1, source.sentences.length);
      // a clause with little content of its own (an attribution: "the paper quoted an official") gets
      // its provenance from the sentence it belongs to
      const own = byId.get(unit.sentence)?.support.sources ?? [];
      own.forEach((i, r) => prior.set(i, Math.max(prior.get(i) ?? 0, r === 0 ? SENTENCE_PRIOR : PRIOR)));
      const support = search.support(query, { context, prior, anchor: own[0] });
      // the sentence's best source wins its clauses by its prior; when it carries little of a clause
      // that says something of its own (not an attribution, which has its sentence's provenance) and
      // another source sentence carries far more, the clause's own words decide; so too for an attribution
      // with what was said (مؤكداً أن …) when the sentence's source carries none of it
      if (own.length > 0 && support.sources[0] === own[0] && (support.bestScore === 0 || (support.bestScore < OWN_WEAK && !isAttribution(unit.tokens)))) {
        const plain = new Map(prior);
        plain.set(own[0], PRIOR);
        // (a clause of which the sentence's source carries nothing at all is aligned by its own words alone, with
        // no pull from its sentence, and goes to any source that carries some of it: a fresh editor pair's
        // مؤكداً أن الرافعات لم تُصب بأذى stayed with the speaker's first sentence, 0% covered, an error, while the
        // next source sentence says it in other words, 19%)
        const nothing = support.bestScore === 0;
        const other = nothing ? search.support(query) : search.support(query, { context, prior: plain });
        if (other.bestScore >= (nothing ? Number.MIN_VALUE : Math.max(this.claimSupport, OWN_RATIO * support.bestScore)))
          return { unit, query, support: other };
      }
      return { unit, query, support };
    });
    for (const s of sentences) search.release(s.query);
    return { sentences, claims };
  }

  /** Ranking bonus from the nearest confidently aligned summary sentences before and after (±1 source sentence), and the lead for a headline. */
  private priorFor(sentences: UnitAnalysis<Sentence>[], at: number, lead: number, n: number): Map<number, number> {
    const prior = new Map<number, number>();
    const add = (i: number, w: number) => {
      if (i >= 0 && i < n) prior.set(i, Math.max(prior.get(i) ?? 0, w));
    };
    for (const dir of [-1, 1]) {
      for (let j = at + dir; j >= 0 && j < sentences.length; j += dir) {
        const s = sentences[j];
        if (s.unit.kind !== 'body' || s.support.score < CONFIDENT || !s.support.sources.length) continue;
        const b = s.support.sources[0];
        add(b, PRIOR);
        add(b + dir, PRIOR);
        break;
      }
      // a source sentence that holds the adjacent summary sentence nearly whole may hold this one too:
      // a long source sentence split in two by the summary (its neighbour's best pick can be another
      // sentence that repeats it)
      const j = at + dir;
      if (j >= 0 && j < sentences.length && sentences[j].unit.kind === 'body') for (const h of this.search.holdersOf(sentences[j].query, FUSED)) add(h, PRIOR);
    }
    if (lead >= 0) {
      add(lead, 2 * PRIOR);
      add(lead + 1, PRIOR);
    }
    return prior;
  }
}
