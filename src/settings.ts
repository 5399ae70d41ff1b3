/**
 * The engine's tuned constants, in one place. Each says what it trades and the measurement that chose
 * it, where one was recorded (CHANGELOG.md, README.md, bench/README.md); "not recorded" says that no
 * measurement is written down for it. Changing one changes reports: run `npm run eval` (dev splits)
 * and `npm run bench` before and after, and record the figures in CHANGELOG.md.
 *
 * The thresholds an operator may tune (claim support, span words, negation support, omission) are
 * not here: they are `DEFAULT_THRESHOLDS` in check/context.ts, set through the config file's
 * `thresholds` (schemas/isnad.config.schema.json). Constants of the rules, the claim model and the
 * cross-language path stay beside their code for now (files other changes were editing when this
 * module was made); they are:
 *  - check/rules: attribution.ts BACK, CONTENT, PART, PHRASE; entities.ts BEST_SUPPORT, MIN_REST;
 *    names.ts MAX_QUOTED; negation.ts AFTER_MATCH, DROPPED_SCOPE, POLAR_SCOPE, SCOPE_BEFORE;
 *    unsupported.ts CONTINUED and its `claimSupport / 2` (below it a claim is flagged whole);
 *    window.ts RELATED, WINDOW;
 *  - the claim model: its weights and operating points are data (check/claim-model.json, `npm run train`);
 *  - xling: check.ts's thresholds, similarity.ts LENGTH_PRIOR and UNKNOWN_WEIGHT;
 *  - text: claims.ts MIN_CONTENT, meta.ts META_MAX_TOKENS and BYLINE_MAX_TOKENS, speakers.ts MAX_WORDS
 *    and AR_TO_THAT, negation.ts EXCEPT_WINDOW.
 */

// ranking a source sentence for a summary unit (align/support.ts)

/** Weight of precision (how much of the candidate the unit uses) in a candidate's rank: of two sentences that cover a claim equally, the more specific wins. Not recorded. */
export const PREC_WEIGHT: number = 0.15;
/** Weight of a candidate's fit to the clause's enclosing sentence in the clause's rank: clauses keep to their sentence's sources unless their own words say otherwise. Not recorded. */
export const CONTEXT_WEIGHT: number = 0.3;
/** Candidate sentences ranked per sentence query (a clause adds half as many of its own): recall of the true source against ranking time. Not recorded (bench/README.md times it). */
export const CANDIDATE_LIMIT: number = 40;
/** Postings a clause's own candidate look-up reads (its sentence's candidates come for free): a clause's cost against its own rare words. Not recorded. */
export const CLAUSE_BUDGET: number = 400;

// support sets (align/support.ts)

/** Least share of the unit's weight a further support member must add: fused sentences get their second source, loose overlaps do not (CHANGELOG 0.2.0: the seed pair's u9 gold sentence adds 0.09, under it). */
export const MIN_GAIN: number = 0.12;
/** Least coverage of the unit for a candidate to enter the support search's pool. Not recorded. */
export const MIN_MEMBER: number = 0.2;
/** Candidates the greedy support search considers after the best one: the search's cost against a far-down member. Not recorded. */
export const SUPPORT_POOL: number = 15;
/**
 * Most sources in a sentence's support set (a summary sentence can fuse up to four source sentences).
 * Not recorded.
 */
export const SENTENCE_MAX_SUPPORT: number = 4;
/**
 * Most sources in a clause's support set: a clause is shorter than its sentence, so one fewer. Both
 * values are in force (sentences were aligned with 4, clauses with the aligner's default of 3), and
 * making them one would change reports. Not recorded.
 */
export const CLAUSE_MAX_SUPPORT: number = 3;

// the alignment policy (align/aligner.ts)

/** Ranking bonus for the source sentences next to where a neighbouring summary sentence came from (MASSAlign's vicinity): order-following summaries against reordered ones. Not recorded. */
export const PRIOR: number = 0.1;
/** Support share above which a summary sentence's best source counts as its neighbours' prior. Not recorded. */
export const CONFIDENT: number = 0.25;
/** Prior of a sentence's best source for its own clauses: an attribution clause keeps its sentence's provenance (CHANGELOG 0.2.0). Not recorded as a sweep. */
export const SENTENCE_PRIOR: number = 0.5;
/** A clause's share carried by its sentence's best source below which another source may take the clause. On WiCE dev, claim AUC 0.886 → 0.890, balanced accuracy 0.822 → 0.814; 0.25 gave AUC 0.886; the seed pair unchanged either way. */
export const OWN_WEAK: number = 0.1;
/** ... when that other source carries this many times as much (and at least the claim-support threshold). Not recorded. */
export const OWN_RATIO: number = 2;
/** Share of an adjacent summary sentence that a source sentence must carry to be its holder (the fused-sentence prior). Not recorded. */
export const FUSED: number = 0.8;

// the source index and candidate search (align/index-data.ts, align/candidates.ts)

/** Credit for sharing only a root (توسيع/موسعة): related words, not the same word. Measured on the seed pair and ANS train (CHANGELOG 0.2.0). */
export const ROOT_CREDIT: number = 0.5;
/** Credit for a synonym-lexicon word in place of the claim's word. ANS dev: 0.5, 0.6 and 0.7 did equally well (paraphrase support 0.540–0.544 against 0.533 without the lexicon, unrelated pairs 0.050 throughout); the lowest was kept. */
export const SYNONYM_CREDIT: number = 0.5;
/** Most postings entries one candidate look-up reads beyond its two rarest keys: a query's cost stays flat as the source grows (bench/README.md: 17.9 → 11.2 s with the budget and reused accumulators). */
export const CANDIDATE_BUDGET: number = 2000;
/** Most sentences tied at the cut of a candidate look-up that are rescored on the whole query; more are first narrowed by the keys the look-up did not read (align/candidates.ts narrowTied). It replaced TIE_RESCORE = 1,000 (the first 1,000 by position), whose rescoring was 45% of the check at 1,000,000 sentences. Bench pairs, Arabic: 128 against 256 at 1,000,000 CPU 157 s against 175 s (main 182–195 s), accuracy 0.8950 against 0.8951 (main 0.8801); at 100,000 0.9291 against 0.9288 (main's); 64 lost light, paraphrase and compression lines at 100,000. bench/README.md (issue 25, third session). */
export const TIE_SURVIVORS: number = 128;
/** Keys in more than this share of the source's sentences do not narrow a tied set (common words rank little, and seeking the tied sentences in their long lists cost the most). 1/32 lost a line of the English 100,000 pair (light rewrites 0.9852 → 0.9850) and 0.003 of accuracy at Arabic 1,000,000 against 1/8; bench/README.md (issue 25, third session). */
export const NARROW_MAX_SHARE: number = 1 / 8;
/**
 * Postings this long or longer are read by narrowTied as a bitset over the source's sentences (one probe per tied sentence)
 * instead of by galloping through them: at 1,000,000 sentences the narrowing's 1.36 billion gallop steps were about a
 * fifth of the check (bench/README.md, issue 25, twelfth and thirteenth sessions). Each bitset is N/8 bytes.
 */
export const BITSET_FROM: number = 4096;
/** Most bytes of narrowTied's bitsets per index, built on first use and kept: past it a key is galloped as before. */
export const BITSET_BUDGET: number = 64 * 1024 * 1024;
/** Postings longer than this are too common to propose candidates: 8·√(source sentences), clamped. */
export const candidateCap = (sentences: number): number => Math.max(CAP_MIN, Math.min(CAP_MAX, Math.round(CAP_PER_ROOT * Math.sqrt(sentences))));
/** The cap's factor and bounds (8·√n within 64–200): candidate recall in large sources against look-up time. Not recorded. */
export const CAP_PER_ROOT: number = 8;
export const CAP_MIN: number = 64;
export const CAP_MAX: number = 200;
/** Source tokens above which surface forms are looked up in an array rather than a Map: speed only (no effect on output). Not recorded. */
export const LARGE_INDEX: number = 50_000;

// spelling variants (align/variants.ts) and the HTML report's word marks (report/word-diff.ts)

/** Shortest word that has spelling variants. Not recorded. */
export const VARIANT_MIN_LEN: number = 4;
/**
 * Least Dice similarity (character bigrams) for two words to be spellings of one (البنتاجون/البنتاغون): the
 * aligner credits them, and the HTML report's word marks show them as the same word (they used 0.7, so a pair
 * the aligner matched at 0.6–0.7 was painted "new"). Not recorded.
 */
export const MIN_DICE: number = 0.6;
/** Credit of a variant found through the consonant skeleton when its Dice similarity is lower. Not recorded. */
export const SKELETON_SIM: number = 0.75;
/** Words this long that share their first PREFIX letters are variant candidates too (استخبارات/استخباراتي). Not recorded. */
export const VARIANT_PREFIX: number = 5;

// the kind of a line (text/document.ts)

/** Most words in a line without a closing stop for it to be a headline or heading rather than a body sentence. Not recorded. */
export const HEADLINE_MAX_TOKENS: number = 20;
/**
 * Source sentences that keep the token objects a rule made of them, the last made (text/document.ts MadeTokens). 8,192 sentences
 * of about 27 words are some 10 MiB: a source shorter than that keeps all of them, as before. Not recorded.
 */
export const MADE_TOKENS_KEPT: number = 8192;
/** Most words in the label of a list (a line ending with a colon over list items), which is a heading. Not recorded. */
export const LABEL_MAX_TOKENS: number = 6;

// sentence similarity (align/similarity.ts) and language detection (text/lang.ts)

/** Weight of word coverage against character trigrams in `similarity`. SemEval-2017 STS en-en/es-es Pearson 0.821/0.810 at 0.75 (0.822/0.798 coverage alone, 0.776/0.813 trigrams alone), never tuned on ar-ar. */
export const COVERAGE_WEIGHT: number = 0.75;
/** Weight of a function word's character trigrams in `similarity` (content words weigh 1). Not recorded. */
export const STOPWORD_TRIGRAM_WEIGHT: number = 0.3;
/** Share of English function words among a Latin-script text's words for it to be detected as English (else 'und'). Not recorded. */
export const ENGLISH_STOPWORD_SHARE: number = 0.08;
