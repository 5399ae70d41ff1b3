import type { Rule } from '../context.js';
import { isChecked, severityFor, ruleDocsUrl } from '../context.js';
import { makeToken, stemOfText, tokenize, type Token } from '../../text/tokenize.js';
import type { SourceIndex } from '../../align/source-index.js';
import {
  entityOf,
  stemsOf,
  countryOfCapital,
  capitalOfCountry,
  phrasesOf,
  entityOfPhrase,
  datelineCountries,
  listedForm,
  isPlace,
  isMonthInContext,
} from '../../text/entities.js';
import { tokenForms, holdsPhrase, type Doc } from '../../text/document.js';
import { isArabicChar } from '../../text/normalize.js';
import { arabicWords, inArabicWords, inWordList } from '../../text/arabic-words.js';
import { isMeasureUnit, isScaleWord } from '../../text/numbers.js';
import { isSpeechVerb } from '../../text/claims.js';
import { markedSpans, QUOTATION_MARKS, type Marks } from '../../text/quotes.js';
import { isComplementiserKey, isVerbalNegationKey } from '../../text/negation.js';
import { isGeneric, isPersonRole, isHyphen } from '../../text/speakers.js';
import { partOfYearTokens } from './entities.js';
import { isString, isStrings, lexiconValues, lexiconWords, listedAfterConjunction } from '../../text/lexicons.js';

/** The marks of a short quoted or bracketed segment, a name's (quotedTokens): quotation marks, brackets, single guillemets. */
const NAME_MARKS: Marks = new Map([...QUOTATION_MARKS, [0x28, 0x29], [0x2039, 0x203a]]);
const MAX_QUOTED = 4;
/** Fewest letters of an Arabic word read as a name by the word list (two-letter words are clitics and particles). */
const MIN_NAME = 3;

/**
 * A proper name or other rare term that appears nowhere in the source (not even as a spelling
 * variant). Names are recognised by script-neutral cues: a short quoted or bracketed term
 * (`«البنيان المرصوص»`, `(Odyssey Lightning)`), and in cased scripts a capitalised word inside the
 * sentence or an acronym.
 */
export const unknownName: Rule = {
  id: 'unknown-name',
  severity: 'error',
  description: 'A name or rare term of the summary appears nowhere in the source.',
  help: 'Names, places, organisations and operations must come from the source. Check the spelling against the source or remove the name.',
  meta: {
    docs: { url: ruleDocsUrl('unknown-name') },
    messages: {
      absent: '"{{name}}" appears nowhere in the source',
      otherPerson: 'the source gives "{{name}}" to another person, not to {{given}}',
      // the cross-language check's (src/xling/check.ts)
      xlingAbsent: 'a name that the original does not have in any spelling',
      xlingOtherName: 'the original names {{expected}} here',
    },
  },
  run(ctx, emit) {
    // entities of the closed classes that the source names in any of their forms: U.K. is no unknown
    // name in a source that says British, nor مصري in one that says مصر
    // (looked up by the entity's stems in the source vocabulary: a scan of every source word cost a
    // third of a second at 100,000 sentences)
    const byPhrase = new Map<string, boolean>();
    // (or by the national agency of its dateline: عمّان 5 حزيران (بترا) names الأردن)
    let agencies: Set<string> | undefined;
    const named = (id: string): boolean =>
      stemsOf(id).some((st) => ctx.index.vocab.has(st)) || namedByPhrase(id) || (agencies ??= datelineCountries(ctx.source.text)).has(id) || casedNamed(id);
    // (its capitalised adjective, Polish: the source's text read once per country asked about, and only when the index has the word)
    const byCased = new Map<string, boolean>();
    const casedNamed = (id: string): boolean => {
      let v = byCased.get(id);
      if (v === undefined) byCased.set(id, (v = casedIn(ctx.index, ctx.source.text, id)));
      return v;
    };
    // (المملكة المتحدة for بريطانيا: the source's words read once per entity asked about, and only when its words are all there)
    const namedByPhrase = (id: string): boolean => {
      let v = byPhrase.get(id);
      if (v === undefined) byPhrase.set(id, (v = phrasesOf(id).some((p) => phraseIn(ctx.index, p))));
      return v;
    };
    // (a capital is named by its country and a country by its capital: واشنطن for a source that says
    // الولايات المتحدة, أميركي for one that says واشنطن)
    // (a capital in a place's slot is the place: "a court in Amsterdam" is not named by the Netherlands, capitalAsPlace)
    const sourceNames = (id: string, asPlace = false): boolean => {
      const c = (asPlace ? undefined : countryOfCapital(id)) ?? capitalOfCountry(id);
      return named(id) || (c !== undefined && named(c));
    };
    const firstOfSentence = new Set(ctx.summary.sentences.map((s) => s.tokens[0]).filter(Boolean));
    let spelled: Set<string> | undefined;
    const spelledOut = (t: Token): boolean => {
      const acronym = acronymOf(t.text);
      if (acronym === undefined) return false;
      if (!spelled) {
        const wanted = summaryAcronyms(ctx.summary);
        // (and without a country's prefix the source may leave out: USDA for "the Department of Agriculture", a fresh editor
        // pair's faithful "the USDA's next report" drew an unknown name)
        for (const a of [...wanted]) for (const p of ACRONYM_PREFIXES) if (a.length > p.length + 1 && a.startsWith(p)) wanted.add(a.slice(p.length));
        spelled = spelledOutIn(ctx.source, wanted);
        // and the long forms news text writes in lower case (chief executive for CEO)
        for (const a of wanted) if ((WRITTEN_OUT[a] ?? []).some((long) => phraseIn(ctx.index, long))) spelled.add(a);
      }
      return (
        spelled.has(acronym) || ACRONYM_PREFIXES.some((p) => acronym.length > p.length + 1 && acronym.startsWith(p) && spelled!.has(acronym.slice(p.length)))
      );
    };
    // dotted initials (J.R.R.) against a source that writes them in lower case or spaced (j.r.r., J. R. R.),
    // which the tokenizer reads as single letters: the same letters in a row
    // a clipped form of a word the source writes with a capital (Lib Dem for Liberal Democrat, Gov. for
    // Governor): a run of short cased words that each begin one (the source's capitalised words read once, on first use)
    let clips: Set<string> | undefined;
    const clipped = (t: Token): boolean => (clips ??= clippedForms(ctx.source)).has(t.text.toLowerCase());
    let dotted: string[] | undefined;
    const unclipped = (t: Token): boolean => {
      const w = t.text.toLowerCase();
      return (dotted ??= dottedClips(ctx.source.text)).some((a) => w.length > a.length && w.startsWith(a));
    };
    const initialsIn = (t: Token): boolean => DOTTED.test(t.text) && phraseIn(ctx.index, t.text.toLowerCase().split('.').filter(Boolean).join(' '));
    // Arabic has no capitals: a word that is neither in the source nor in the Arabic word list is a name
    // (جون كيربي for a source's other spokesman); without the list, no word is read this way
    // (nor a misspelling of a word of the claim's source sentences: صاورخية for صاروخية, محمكة for محكمة)
    let sourceKeys: string[] | undefined;
    const notArabicWord = (t: Token): boolean => {
      const words = arabicWords();
      if (words === undefined || t.key.length < MIN_NAME || inArabicWords(words, t) || sourceWordWithPronoun(ctx.index.vocab, t.key)) return false;
      sourceKeys ??= supportKeys(ctx, support);
      return !sourceKeys.some((k) => misspelt(t.key, k));
    };
    let support: readonly number[] = [];
    for (const c of ctx.claims) {
      const { unit, query } = c;
      if (!isChecked(unit.kind)) continue;
      support = c.support.sources;
      sourceKeys = undefined;
      const unknown = new Set(query.keys.filter((k) => !ctx.index.known(k)).map((k) => k.stem));
      const quoted = quotedTokens(ctx.summary.text, unit.start, unit.end, unit.tokens);
      // (by the word as written, not its stem: سلمى and الربيعي share their stems with سلام and الربيع)
      const absent = (t: Token) => !t.stop && t.kind === 'word' && isArabicChar(t.text.charCodeAt(0)) && !keyIn(ctx.index, t);
      const slot = nameSlots(
        unit.tokens,
        absent,
        (t, next) => t.key[0] === 'ل' && t.alt !== undefined && (ctx.index.vocab.has(t.alt) || (prepositionalWord(t) && dictionaryWord(next))),
        (t) => ctx.index.vocab.has(t.stem),
      );
      // (a surname that is no spelling variant of a source word: البنتاجون is the source's البنتاغون)
      // (nor a word of the source with a pronoun glued: رئيس مجلس إدارته for the source's رئيس مجلس إدارة المصرف)
      for (const x of surnameSlots(
        unit.tokens,
        absent,
        (t) => followersIn(ctx.index, t),
        (t) => keyIn(ctx.index, t, true),
        (t) => spokenIn(ctx.index, t),
        notArabicWord,
      ))
        if (!ctx.index.query([unit.tokens[x]]).keys.some((k) => k.variants.length > 0) && !sourceWordWithPronoun(ctx.index.vocab, unit.tokens[x].key))
          slot.add(x);
      const names: Token[][] = [];
      let cur: Token[] = [];
      let curGroup = -2;
      let yearPart: Set<Token> | undefined;
      unit.tokens.forEach((t, i) => {
        const group = quoted.get(t) ?? -1;
        // (a sentence's first word too when a compound makes it a name: "Phoenix-based", lexicons/entities.json nameCompounds)
        // (and a sentence's first word with a possessive: "Eldoret's High Court" for the source's "The High Court in Nakuru", a
        // planted place of the 145th batch of fresh editor pairs that drew nothing; a common noun takes a determiner there)
        const cased =
          /^\p{Lu}/u.test(t.text) && (!firstOfSentence.has(t) || nameCompound(ctx.summary.text, unit.tokens, i) || POSSESSIVE.test(t.text)) && !t.stop;
        // (a common given name the source does not have as written, though a word of its root is there, before a name the
        // source has: أحمد يحيى الطاهر for the source's محمد يحيى الطاهر, a fresh editor pair's swapped first name, known by
        // the root of محمد)
        // (or a middle name absent from the source between a given name and a surname it has there with another word between:
        // عماد فؤاد رزق for the source's عماد فهمي رزق, a fresh editor pair's swapped name, no role before it)
        // (or the second word of a name of عبد, "servant of", after it: عبد المجيد بوزيد for the source's عبد الحميد بوزيد, a
        // planted name of the 113th batch that drew nothing, عبد being no listed given name)
        const middle =
          !t.stop &&
          t.kind === 'word' &&
          i > 0 &&
          (isGivenName(unit.tokens[i - 1]) || (ABD.has(unit.tokens[i - 1].key) && t.key.startsWith('ال'))) &&
          absent(t) &&
          middleSwapped(ctx.index, unit.tokens, i, absent);
        const unknownWord =
          !t.stop && t.kind === 'word' && (unknown.has(t.stem) || slot.has(i) || middle || (isGivenName(t) && absent(t) && namedAfter(unit.tokens, i, absent)));
        // in a script without capitals (Arabic), a country or a city in a form the lexicon lists is a
        // name: إسبانيا in a list of countries that the source does not name (in English the capital
        // letter says it, and a lower-case gold, oil or red is a word)
        // (nor the first word of the entity's name of several words standing alone: الولايات without المتحدة is "the
        // provinces", صدارة الولايات in an Algerian exam report, a fresh editor pair's faithful summary's unknown name)
        const e = unknownWord && !phraseHeadAlone(unit.tokens, i) ? entityOf(t) : undefined;
        const arabic = unknownWord && isArabicChar(t.text.charCodeAt(0));
        const candidate =
          unknownWord &&
          (group >= 0 ||
            cased ||
            (e !== undefined && arabic && isPlace(e) && listedForm(t)) ||
            // (or a common given name that the source has nowhere: حسام عبد الرحيم for the source's خالد المنياوي)
            (arabic && e === undefined && ((notArabicWord(t) && !afterVerbalNegation(unit.tokens, i)) || slot.has(i) || middle || isGivenName(t))));
        // (a capital for its government only when it stands alone: «واشنطن بوست» is a newspaper's name)
        // (nor a unit after a figure: 1.1 GW, which the number rule reads; nor the rest of a country's name after its
        // listed word: the Czech Republic)
        const unitAfterFigure =
          i > 0 &&
          ((unit.tokens[i - 1].kind === 'number' && isMeasureUnit(t.key)) ||
            // (or a unit in capitals that counts what the figure counts, past its scale: "3.8 million TEU" for the source's
            // containers, "500 MWh", a fresh editor pair's unknown name; a name does not follow a figure in capitals)
            (UNIT_CAPS.test(t.text) && figureBefore(unit.tokens, i)) ||
            // (a scale of temperature after degrees: "84 degrees Fahrenheit" for the source's "84 F", a fresh editor pair's
            // unknown name)
            (i > 1 && DEGREES.has(unit.tokens[i - 1].key) && unit.tokens[i - 2].kind === 'number') ||
            (COUNTRY_NAME_WORDS.has(t.key) && entityOf(unit.tokens[i - 1])?.cls === 'country'));
        // (nor a month of a range that restates a part of the year the support set names: "the July-September quarter"
        // for "the third quarter", a fresh editor pair's unknown name; entity-mismatch judges the months. "March" and "May"
        // too, months in context only: "the January-March quarter", another's)
        // (a country's adjective that is a common word in lower case, capitalised: Polish for a source that names Poland)
        const cased0e = CASED_ADJECTIVES.get(t.text);
        const isName =
          candidate &&
          !unitAfterFigure &&
          !compassOfSource(ctx.index, t) &&
          !(cased0e !== undefined && sourceNames(cased0e)) &&
          !placeNamePrefix(unit.tokens, i, sourceNames) &&
          !(e && (group >= 0 ? named(e.id) : sourceNames(e.id, capitalAsPlace(unit.tokens, i)))) &&
          !spelledOut(t) &&
          !initialsIn(t) &&
          // (a seat of power for its institution, which the source names: Holyrood for the Scottish Parliament)
          !(METONYMS[t.text.replace(/['’]s$/, '')] ?? []).some((long) => phraseIn(ctx.index, long)) &&
          !((e || isMonthInContext(t)) && (yearPart ??= partOfYearTokens(ctx, c.support.sources, unit.tokens)).has(t)) &&
          // (nor a weekday where the source names the days together: "from Monday to Friday" for "on weekdays")
          !(e?.cls === 'weekday' && WEEKDAYS_TOGETHER.some((st) => ctx.index.vocab.has(st)));
        if (isName && (cur.length === 0 || (group === curGroup && unit.tokens[i - 1] === cur[cur.length - 1]))) {
          cur.push(t);
          curGroup = group;
        } else {
          if (cur.length) names.push(cur);
          cur = isName ? [t] : [];
          curGroup = group;
        }
      });
      if (cur.length) names.push(cur);
      // a surname the source gives another person, after a given name the source follows with another word (خبيرة الأرصاد
      // عائشة سعيد المنصوري for the source's عائشة سعيد الكعبي beside its doctor حمد راشد المنصوري, a fresh editor pair's
      // mixed name, which no word of it being absent, nothing saw)
      for (const { at, given } of mixedSurnames(
        unit.tokens,
        absent,
        (t) => followersIn(ctx.index, t),
        (g, t) => surnameOfAnother(ctx.index, g, t),
      )) {
        const t = unit.tokens[at];
        if (names.some((n) => n.includes(t))) continue;
        emit({
          rule: this.id,
          severity: severityFor(unit.kind, this.severity),
          document: 'summary',
          start: t.start,
          end: t.end,
          unit: unit.id,
          messageId: 'otherPerson',
          data: { name: t.text, given: given.text },
        });
      }
      for (const n of names) {
        // (every word of the run: a clipped word beside other unknown ones, Fair Work Commission, is part of a name)
        if (n.every((t) => cased0(t) && clipped(t))) continue;
        // (and a word that the source writes clipped with a period: Delaware for the dateline's "WILMINGTON, Del.",
        // California for Calif., a fresh editor pair's unknown name)
        if (n.every((t) => cased0(t) && unclipped(t))) continue;
        const a = n[0],
          b = n[n.length - 1];
        // (an entity's name of several words that the source names otherwise: United States for a source's U.S.,
        // a fresh editor pair's unknown name)
        const whole = entityOfPhrase(n.map((t) => t.key).join(' '));
        if (whole !== undefined && sourceNames(whole)) continue;
        emit({
          rule: this.id,
          severity: severityFor(unit.kind, this.severity),
          document: 'summary',
          start: a.start,
          end: b.end,
          unit: unit.id,
          messageId: 'absent',
          data: { name: ctx.summary.text.slice(a.start, b.end) },
        });
      }
    }
  },
};

/**
 * An adjective of a point of the compass whose noun the source has (Middle Eastern buyers for the source's "buyers from
 * the Middle East", an unseen editor pair's faithful summary's unknown name; Southern for South): no name of its own.
 */
function compassOfSource(index: SourceIndex, t: Token): boolean {
  const m = /^(East|West|North|South)ern$/.exec(t.text);
  return m !== null && index.vocab.has(tokenize(m[1])[0].stem);
}

/** lexicons/entities.json casedAdjectives: a country's adjective read only capitalised (Polish), to its country's entity id. */
const CASED_ADJECTIVES = new Map(lexiconValues('entities', 'casedAdjectives', isString, 'a country'));
/** Does the text have, capitalised, an adjective of casedAdjectives of the country `id` ("the southern Polish city")? */
function casedIn(index: SourceIndex, text: string, id: string): boolean {
  for (const [adjective, country] of CASED_ADJECTIVES)
    if (country === id && index.vocab.has(stemOfText(adjective)) && new RegExp(`\\b${adjective}\\b`, 'u').test(text)) return true;
  return false;
}

/** lexicons/entities.json nameCompounds: words that make a compound with a name before them, after a hyphen (Phoenix-based). */
/** عبد, which opens a compound given name (عبد الحميد), with و/ف glued too. */
const ABD = new Set(['عبد', 'وعبد', 'فعبد'].map((w) => tokenize(w)[0].key));
/** lexicons/dates.json weekdaysTogether, by stem. */
const WEEKDAYS_TOGETHER = lexiconWords('dates', 'weekdaysTogether').map(stemOfText);
const NAME_COMPOUNDS = new Set(lexiconWords('entities', 'nameCompounds').map((w) => tokenize(w)[0].key));
/** A word with the possessive 's. */
const POSSESSIVE = /\p{L}['’]s$/u;
/** Is tokens[i] the name of a compound with a word of NAME_COMPOUNDS after a hyphen (Phoenix-based)? */
function nameCompound(text: string, tokens: readonly Token[], i: number): boolean {
  const nx = tokens[i + 1];
  return nx !== undefined && NAME_COMPOUNDS.has(nx.key) && isHyphen(text.slice(tokens[i].end, nx.start));
}
/** lexicons/entities.json placeNamePrefixes: New of New Delhi, by key. */
const PLACE_NAME_PREFIXES = new Set(lexiconWords('entities', 'placeNamePrefixes').map((w) => tokenize(w)[0].key));
/**
 * Does tokens[i] open the name of a listed place that the source names (New of "New Delhi", listed by Delhi, for a source
 * that names India)? The word after it, a space between, is that place's.
 */
function placeNamePrefix(tokens: readonly Token[], i: number, sourceNames: (id: string) => boolean): boolean {
  const next = tokens[i + 1];
  if (!PLACE_NAME_PREFIXES.has(tokens[i].key) || next === undefined || next.start - tokens[i].end !== 1) return false;
  const e = entityOf(next);
  return e !== undefined && isPlace(e) && sourceNames(e.id);
}
/** lexicons/entities.json countryNameWords: the Czech Republic, the United Arab Emirates. */
const COUNTRY_NAME_WORDS = new Set(lexiconWords('entities', 'countryNameWords').map((w) => tokenize(w)[0].key));
/** lexicons/reporting.json givenNames: given names of the shape of an imperfect verb (يوسف، تامر), by key. */
const GIVEN = new Set(lexiconWords('reporting', 'givenNames').map((w) => tokenize(w)[0].key));
/** A nisba, the shape of most Arabic surnames: the article, three letters or more, and ي (الزعبي، المنصوري، الكواري). */
const NISBA = /^ال\S{3,}ي$/;
/** lexicons/reporting.json arabicGivenNames: common Arabic given names (none that news text uses as often as a word), by key. */
const GIVEN_NAMES = new Set(lexiconWords('reporting', 'arabicGivenNames').map((w) => tokenize(w)[0].key));
/** Is the word one of the common Arabic given names (arabicGivenNames)? */
const isGivenName = (t: Pick<Token, 'key'>): boolean => GIVEN_NAMES.has(t.key);
/** Is the word after tokens[i], glued to it, an Arabic word (no function word) that the source has (`absent` false): the rest of a name? */
function namedAfter(tokens: readonly Token[], i: number, absent: (t: Token) => boolean): boolean {
  const b = tokens[i + 1];
  return b !== undefined && !b.stop && b.kind === 'word' && b.start - tokens[i].end <= 1 && isArabicChar(b.text.charCodeAt(0)) && !absent(b);
}

/**
 * lexicons/reporting.json arabicBodyEpithets without their article, by key (جمعية، شركة، هيئة): a body, never a person's first
 * name. After a role, "رئيسة جمعية الضحايا نصيرة حمادي" names the body by what it is for, which a summary says in its own words
 * (الضحايا for the source's جمعية ضحايا عمارة باب الوادي, جمعية المتضررين): read as a first name and a surname the source
 * gives another, it drew an unknown name on a fresh editor pair's faithful summary.
 */
const BODY_NOUNS = new Set(lexiconWords('reporting', 'arabicBodyEpithets').map((w) => tokenize(w.replace(/^ال/, ''))[0].key));
/** lexicons/reporting.json roleAuxiliaries, by key. */
const ROLE_AUXILIARIES = new Set(lexiconWords('reporting', 'roleAuxiliaries').map((w) => makeToken(w, 0).key));
/** A word that reads as an imperfect verb (يؤكد، تكتب, four letters or more after its prefix): the role's predicate, not its name (a name such as يوسف is lost). */
const VERB_LIKE = /^[يتن]\S{3,}$/;
/**
 * Is tokens[i] the first word of an entity's name of several words (lexicons/entities.json phrases: الولايات المتحدة) with
 * the rest of that name not after it? Such a word is listed as the entity's form (=الولايات) for the whole name.
 */
function phraseHeadAlone(tokens: readonly Token[], i: number): boolean {
  const e = entityOf(tokens[i]);
  if (!e) return false;
  let head = false;
  for (const p of phrasesOf(e.id)) {
    const keys = tokenize(p).map((t) => t.key);
    if (keys.length < 2 || keys[0] !== tokens[i].key) continue;
    head = true;
    if (keys.slice(1).every((k, x) => tokens[i + 1 + x]?.key === k)) return false;
  }
  return head;
}

/**
 * A word with ب or ل glued before the article or a verbal noun (بالتوسط، باعتقال، لترسية; the patterns افتعال، انفعال،
 * استفعال، تفعيل، تفعلة، تفاعل as matching keys): a preposition's object, no name. A fresh editor pair's faithful summaries
 * drew unknown names on "أفادت مصادر أمنية باعتقال شخصين" and "النائب العام الخصاونة بالتوسط لترسية عقود" (dictionary words
 * read as a surname after a first name the source has). Maghrebi surnames with ب or ل (بلعيد، بوتفليقة، لعمامرة) have
 * none of these shapes. And باسم, "in the name of" (المتحدث باسم الشرطة, "the police spokesman"): read as the given name
 * Basim that the source has (its المتحدث باسم قيادة شرطة البصرة), it made the body's الشرطة a swapped surname, a fresh
 * editor pair's faithful summary's unknown name (the given-name list leaves باسم out for the same reason).
 */
const PREPOSITIONAL = /^[بل](?:ال|اسم$|ا.ت.ا.$|ان..ا.$|است..ا.$|ت..ي.$|ت...ه$|ت.ا..$)/;
/**
 * A word of the source with a pronoun glued after it (اتحاديتهم for the source's اتحادية, "their federation"): no name,
 * though the word list lacks the word (a regional one: a fresh editor pair's faithful summary's unknown name). A taa
 * marbuta before the pronoun is written ت, which the key writes ه; the word is the source's when its stem is (the index
 * holds stems).
 */
function sourceWordWithPronoun(vocab: ReadonlySet<string>, key: string): boolean {
  const m = /^(?:[وف])?(\S{3,}?)(?:ها|هما|هم|هن|كم|كما|نا|ه)$/.exec(key);
  if (!m) return false;
  const r = m[1];
  const forms = r.endsWith('ت') ? [r, r.slice(0, -1) + 'ه'] : [r];
  return forms.some((f) => vocab.has(stemOfText(f)));
}

/** A word with a pronoun glued after it (رواياتها، قرارهم): no name. */
const SUFFIXED = /\S{3,}(?:ها|هم|هما|هن|كم)$/;

/**
 * The indices of the two words after a person's role (past up to two nationality adjectives or genitives) when both are
 * words the source has nowhere (`absent`): الروائية العراقية سلمى الربيعي, a native name of dictionary words
 * that the word list cannot tell from words. Two, not one: a role's next word alone is as often a verb or a
 * noun of the sentence (الوزير يقول), and a name given in full is two words.
 */
export function nameSlots(
  tokens: readonly Token[],
  absent: (t: Token) => boolean,
  // (a word with ل glued whose rest is a word of the source: the role's genitive, المدير التنفيذي لشركة شحن for لإحدى
  // شركات الشحن, a fresh editor pair's false unknown name)
  genitive: (t: Token, next: Token) => boolean = () => false,
  // (a word of the genitive that the source has by its stem, in another form: رئيسة المجلس دلال القطان for the source's
  // رئيسة مجلس إدارة بنك الدسمة نورة البدر, a fresh editor pair's swapped name that drew nothing)
  sourced: (t: Token) => boolean = () => false,
): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    // (or after an Arabic verb of saying, when a common given name opens the name: "ويقول وليد منصور، مدير الكرة في نادي
    // الشروق" for the source's "زعم مدير الكرة في نادي الشروق، تامر فوزي", an unseen fresh editor pair's swapped speaker
    // that drew nothing, both of its words being dictionary words)
    // (or a nisba after the word that follows the verb, a surname: "وعزا رشيد التازي" for the source's يوسف بنعلي, a planted name of
    // the 149th batch that drew nothing, رشيد being no listed given name, as "guided" is a word of news text; not a word with ب or
    // ل glued, nor a word written with ى, which the key writes ي: "أفاد بنقل الجرحى")
    const spoken =
      isSpeechVerb(tokens[i]) &&
      isArabicChar(tokens[i].text.charCodeAt(0)) &&
      tokens[i + 1] !== undefined &&
      (isGivenName(tokens[i + 1]) || (NISBA.test(tokens[i + 2]?.key ?? '') && !/^[بل]/.test(tokens[i + 1].key) && /ي$/.test(tokens[i + 2].text)));
    if (!isPersonRole(tokens[i]) && !spoken) continue;
    let j = i + 1;
    // (past a genitive of the article too, after a construct role: مدير المشروع خالد الظاهري, a fresh editor pair's
    // swapped name)
    while (j < tokens.length && j <= i + 2 && tokens[j].key.startsWith('ال') && (!absent(tokens[j]) || sourced(tokens[j]))) j++;
    const a = tokens[j],
      b = tokens[j + 1];
    if (
      a &&
      b &&
      !a.key.startsWith('ال') &&
      !VERB_LIKE.test(a.key) &&
      // (nor a verb that takes an imperfect one after it: "الأستاذ المتفرغ بات يتقاضى 1200 دولار", lexicons/reporting.json
      // roleAuxiliaries)
      !(listedAfterConjunction(ROLE_AUXILIARIES, a.key) !== undefined && VERB_LIKE.test(b.key)) &&
      !SUFFIXED.test(a.key) &&
      !SUFFIXED.test(b.key) &&
      !PREPOSITIONAL.test(a.key) &&
      !PREPOSITIONAL.test(b.key) &&
      // (nor a clause that the role opens: "وتعهد الوزير بأن تبقى حصة الفرد", a fresh editor pair's faithful line, بأن not
      // being a stop word)
      !isComplementiserKey(a.key) &&
      // (nor a noun before another person's role: "ونفى الوزير اتهام النائب محمود الشاذلي للحكومة", the deputy's accusation, a
      // faithful line of the 181st batch of fresh editor pairs; a role after a given name is a surname, القاضي)
      !(isPersonRole(b) && !isGivenName(a)) &&
      absent(a) &&
      absent(b) &&
      b.start - a.end <= 2 &&
      !genitive(a, b) &&
      // (nor a second word that is the genitive, ل glued to a word of the source: "رئيس جمعية لوكلاء الأسفار" for the source's
      // "رئيس إحدى جمعيات وكلاء الأسفار", a faithful line of the 187th batch of fresh editor pairs)
      !(tokens[j + 2] !== undefined && genitive(b, tokens[j + 2]))
    ) {
      out.add(j);
      out.add(j + 1);
    }
  }
  return out;
}

/** A word of the article, or of ل with the article (للهيئة), that may stand between a role and a name. */
const GENITIVE = /^(?:ال|لل)/;

/**
 * The index of a surname after a person's role (or after an Arabic verb of saying, for a name of three words whose first
 * two the source has in that order and whose first it has after a verb of saying: وأفاد سالم جمعة الكتبي for وقال سالم
 * جمعة النعيمي) where the source gives the same first name another surname: محامي
 * الدفاع يوسف العلمي for the source's محامي الدفاع، يوسف بنكيران; الروائي السوداني عمر الفاتح for الكاتب السوداني
 * عمر الطيب (a twelfth batch of fresh editor pairs: both drew nothing, العلمي and الفاتح being dictionary words). After
 * the role, past up to two words of the article (nationality adjectives, a genitive: الدفاع), the first name is a word
 * without the article that the source has, and the next word, glued to it, one the source has nowhere; in the source
 * that first name is followed by another word. Or after a common given name (reporting.json arabicGivenNames) that the source
 * has with another word after it, with no role before: نقيب الأطباء زياد المومني for زياد الزعبي (نقيب is no word of
 * personRoles), when the word in its place reads as a surname (a nisba, or no dictionary word).
 */
export function surnameSlots(
  tokens: readonly Token[],
  absent: (t: Token) => boolean,
  followers: (t: Token) => readonly string[],
  // (a word of the role's phrase the source writes without its article: العام of الأمين العام for أمين عام الهيئة)
  bare: (t: Token) => boolean = () => false,
  // (a word that the source has right after a verb of saying, as a speaker's first name)
  spoken: (t: Token) => boolean = () => false,
  // (a word that is no word of the language: a surname after a common given name, besides a nisba)
  surname?: (t: Token) => boolean,
): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // (or after an Arabic verb of saying, where a name of three words whose first two the source has in that order stands:
    // وأفاد سالم جمعة الكتبي for the source's سالم جمعة النعيمي, a fresh editor pair's swapped surname)
    // (only a first name that the source too has right after a verb of saying: برلين تؤكد: حرب تجارية قريبة is no name, an
    // ANS train headline)
    // (or after a common given name that the source has, with another word after it there: نقيب الأطباء زياد المومني for
    // the source's نقيب الأطباء، زياد الزعبي, its role no word of personRoles; past up to MIDDLE_NAMES middle names the
    // source has after it in order: عائشة سعيد المنصوري for عائشة سعيد الكعبي)
    // (and only a surname that reads as one: a word of no dictionary, or a nisba, ال…ي: محمد بن سلمان منصب ولي العهد has
    // no surname منصب, an ANS headline)
    if (isGivenName(tokens[i]) && !absent(tokens[i])) {
      const at = nameAfter(tokens, i, absent, followers) ?? nameAfter(tokens, i, absent, followers, 1);
      // (or a father's name after بن, which is a name wherever it stands: الهادي بن رمضان)
      // (or a word with the article in the place of a surname with the article that the source gives the same person and the
      // claim has nowhere: زياد النتشة for the source's زياد القواسمي; a planted name of the 147th batch of fresh editor pairs,
      // تيسير النتشة for تيسير القواسمي, drew nothing, النتشة being a dictionary word, and one of the 44th, سيدي محمد ولد الطالب;
      // not "مستشفى البشير بعمّان" for "مستشفى البشير الحكومي", no word with the article)
      const theirSurname = (x: number) => {
        const theirs = followers(tokens[x - 1]).filter((f) => f.startsWith('ال'));
        return theirs.length > 0 && !tokens.some((t) => theirs.includes(t.key));
      };
      if (
        at !== undefined &&
        (NISBA.test(tokens[at].key) ||
          NASAB.has(tokens[at - 1].key) ||
          (surname?.(tokens[at]) ?? false) ||
          (tokens[at].key.startsWith('ال') && theirSurname(at)))
      ) {
        out.push(at);
        continue;
      }
    }
    if (isSpeechVerb(tokens[i]) && isArabicChar(tokens[i].text.charCodeAt(0)) && tokens[i + 1] && !isPersonRole(tokens[i + 1]) && spoken(tokens[i + 1])) {
      // (a surname that reads as one here too: وتقول جمعية أهلية معنية بحماية التراث for the source's واتهمت جمعية أهلية
      // لحماية التراث, an unseen editor pair's faithful summary, read معنية, "concerned", as the surname of جمعية أهلية)
      const at = nameAfter(tokens, i + 1, absent, followers, 1);
      if (at !== undefined && (NISBA.test(tokens[at].key) || NASAB.has(tokens[at - 1].key) || (surname?.(tokens[at]) ?? true))) out.push(at);
      continue;
    }
    if (!isPersonRole(tokens[i]) && !roleWithPronoun(tokens[i])) continue;
    let j = i + 1;
    // (a genitive with ل too: الأمين العام للهيئة رامي المجالي for the source's أمين عام الهيئة رامي خليل الطراونة, a fresh
    // editor pair's swapped surname)
    while (j < tokens.length && j <= i + 2 && GENITIVE.test(tokens[j].key) && (!absent(tokens[j]) || bare(tokens[j]))) j++;
    const slot = nameAfter(tokens, j, absent, followers);
    if (slot !== undefined) {
      out.push(slot);
      continue;
    }
    // (or past a place of work that the source has: الباحث في جامعة قطر خالد الهاجري for the source's … خالد السليطي, a fresh
    // editor pair's swapped surname; up to PLACE_WORDS words after في، لدى، من or a word with ب glued)
    if (j < tokens.length && (AT_PLACE.has(tokens[j].key) || (tokens[j].key.startsWith('ب') && !absent(tokens[j]))))
      for (let k = j + 1; k <= j + PLACE_WORDS && k < tokens.length; k++) {
        if (absent(tokens[k - 1]) && k - 1 > j) break;
        // (past a middle name the source has after the first too: المتحدث باسم دائرة صحة البصرة كاظم جبار الحسناوي for the
        // source's كاظم جبار الموسوي, a fresh editor pair's swapped surname)
        const at = nameAfter(tokens, k, absent, followers) ?? nameAfter(tokens, k, absent, followers, 1);
        if (at !== undefined) {
          out.push(at);
          break;
        }
      }
  }
  return out;
}

/**
 * An Arabic role with a pronoun glued after it (محاميه عادل الشربيني, "his lawyer …", for the source's محامي عبد الرؤوف، عادل
 * الشناوي: a fresh editor pair's swapped surname drew only a warning).
 */
function roleWithPronoun(t: Token): boolean {
  // (by the letters as written: the key writes ة as ه, and محافظة, a governorate, is no محافظ with "his"; the rest past a
  // و/ف of four letters or more: وإليها is no والي, "governor")
  const suffix = /(?:هما|ها|هم|ه)$/.exec(t.text)?.[0];
  if (suffix === undefined || t.stop || !isArabicChar(t.key.charCodeAt(0))) return false;
  const bare = t.key.slice(0, t.key.length - suffix.length);
  return bare.replace(/^[وف]/, '').length >= 4 && isPersonRole({ key: bare });
}

/** Words that open a place of work between a role and a name (الباحث في جامعة قطر، المسؤول لدى الوزارة). */
const AT_PLACE = new Set(['في', 'لدى', 'من'].map((w) => tokenize(w)[0].key));
/** Words of such a place (جامعة قطر: two; دائرة صحة البصرة after باسم: four) before the name. */
const PLACE_WORDS = 4;

/**
 * The index of the surname when tokens[j] and tokens[j + 1] are a first name that the source has and a word glued to it
 * that the source has nowhere, where the source gives that first name another word after it (surnameSlots). With
 * `middle`, past at least that many (and at most MIDDLE_NAMES) middle names that the source has glued after it in order.
 */
function nameAfter(
  tokens: readonly Token[],
  j: number,
  absent: (t: Token) => boolean,
  followers: (t: Token) => readonly string[],
  // words of the name between its first and the surname that the source has glued in that order (سالم جمعة, then
  // the surname): at least this many
  middle = 0,
): number | undefined {
  const first = tokens[j];
  // (a given name of the list may have the article: الحسين، الطاهر)
  if (
    !first ||
    first.stop ||
    (first.key.startsWith('ال') && !GIVEN_NAMES.has(first.key)) ||
    (VERB_LIKE.test(first.key) && !GIVEN.has(first.key)) ||
    PREPOSITIONAL.test(first.key) ||
    BODY_NOUNS.has(first.key)
  )
    return undefined;
  // (the words the source has after tokens[j], read once: the loop's last test reads those of the name's last word)
  let m = 0,
    after: readonly string[] | undefined;
  const followersHere = () => (after ??= followers(tokens[j]));
  // (a name's middle words are bare given names: وزارة الداخلية الكويتية يوم is no name, nor رئيس الاتحاد اللبناني للعبة)
  while (
    middle > 0 &&
    m < MIDDLE_NAMES &&
    tokens[j + 1] &&
    !tokens[j + 1].stop &&
    !GENITIVE.test(tokens[j + 1].key) &&
    tokens[j + 1].start - tokens[j].end <= 1 &&
    followersHere().includes(tokens[j + 1].key)
  ) {
    j++;
    m++;
    after = undefined;
  }
  if (m < middle) return undefined;
  // (past the second word of a given name of two, عبد الرحيم, when the source has it after the first: the surname follows it;
  // a middle name of two too, "سامي عبد الكريم الغربي" for the source's سامي عبد الكريم الطرابلسي, a planted name of the 144th
  // batch that drew nothing)
  let compound = false;
  if (
    COMPOUND_PREFIXES.has(tokens[j].key) &&
    tokens[j + 1]?.key.startsWith('ال') &&
    tokens[j + 1].start - tokens[j].end <= 1 &&
    !absent(tokens[j + 1]) &&
    followersHere().includes(tokens[j + 1].key)
  ) {
    j++;
    after = undefined;
    compound = true;
  }
  // (past "بن" and a father's name the source has: سالم بن خميس الحبسي for the source's سالم بن خميس الحارثي, a fresh
  // editor pair's swapped surname; بن is a function word, which ended the name before)
  while (
    tokens[j + 2] &&
    NASAB.has(tokens[j + 1].key) &&
    tokens[j + 1].start - tokens[j].end <= 1 &&
    tokens[j + 2].start - tokens[j + 1].end <= 1 &&
    !tokens[j + 2].stop &&
    !absent(tokens[j + 2])
  ) {
    j += 2;
    after = undefined;
  }
  // (or "بن" and a father's name that the source has nowhere, where the source too has بن after the first name: المندوب
  // الجهوي للفلاحة الهادي بن رمضان for the source's الهادي بن عمارة, a fresh editor pair's swapped name, رمضان being a
  // dictionary word)
  const c = tokens[j + 2];
  if (
    c &&
    NASAB.has(tokens[j + 1].key) &&
    tokens[j + 1].start - tokens[j].end <= 1 &&
    c.start - tokens[j + 1].end <= 1 &&
    !c.stop &&
    absent(c) &&
    isArabicChar(c.text.charCodeAt(0)) &&
    !absent(tokens[j]) &&
    !VERB_LIKE.test(c.key) &&
    !PREPOSITIONAL.test(c.key) &&
    followersHere().includes(tokens[j + 1].key)
  )
    return j + 2;
  const a = tokens[j],
    b = tokens[j + 1];
  // (nor a complementiser: وأفاد مدرب الرياضي أحمد فرحات بأن … ends the name before بأن)
  if (!b || b.stop || VERB_LIKE.test(b.key) || SUFFIXED.test(b.key) || PREPOSITIONAL.test(b.key) || isComplementiserKey(b.key)) return undefined;
  // (nor a verb of saying with a complementiser right after it: "منير بن رمضان فرد بأن الواجهة كانت …", "replied that", a fresh editor
  // pair's faithful line drew an unknown name on فرد)
  if (isSpeechVerb(b) && tokens[j + 2] !== undefined && isComplementiserKey(tokens[j + 2].key) && tokens[j + 2].start - b.end <= 1) return undefined;
  if (b.start - a.end > 1 || !isArabicChar(a.text.charCodeAt(0)) || absent(a) || !absent(b)) return undefined;
  const next = followersHere();
  // (nor the source's word after it with the article added or taken off: "مدير منفذ المطار" for the source's "مدير منفذ مطار
  // البصرة" names the airport, no surname; a fresh editor pair's faithful line drew an unknown name)
  const bareB = b.key.replace(/^ال/, '');
  if (next.length === 0 || next.includes(b.key) || next.some((f) => f.replace(/^ال/, '') === bareB)) return undefined;
  // (nor a word of the language with the article, no nisba, where the source too goes on after the name only with such
  // words: the name ended there in both, and what follows is the sentence's object, وحث الوزير بسام علي حمدان السكان على
  // for the source's ودعا الوزير بسام علي حمدان المواطنين إلى, a fresh editor pair's faithful summary's unknown name)
  if (plainWordAfterName(b.key) && next.every(plainWordAfterName)) return undefined;
  // (after a given name of two, only a surname that reads as one, a nisba or no word of the language: "قال عبد الله رفض …" has
  // the verb رفض after the name, which an unseen editor pair's faithful summary drew an unknown name on)
  if (compound && !NISBA.test(b.key) && dictionaryWord(b)) return undefined;
  return j + 1;
}

/**
 * A word of ل and a word of the Arabic word list as written (لأحد، لشركة: "of one of", "of a company"), not a given name
 * (ليلى، لبنى): with a word of the list after it, a role's genitive, no name. الرئيس السابق لأحد أقسام المديرية, an unseen
 * editor pair's faithful summary, drew an unknown name on لأحد أقسام, both words absent from a source that says رئيس قسم
 * سابق.
 */
function prepositionalWord(t: Token): boolean {
  const words = arabicWords();
  if (words === undefined || isGivenName(t) || !words.has(t.key.slice(1))) return false;
  // (and no function word after ل: لانا is ل and أنا to the list, which Arabic writes لي)
  const rest = tokenize(t.key.slice(1))[0];
  return rest !== undefined && !rest.stop;
}

/** Is t a word of the Arabic word list (a verb, a noun of the language: no surname of its own)? */
function dictionaryWord(t: Token): boolean {
  return inWordList(t) === true;
}

/** A word of the Arabic word list with the article and not of a nisba's shape (السكان، المواطنين): no surname. */
function plainWordAfterName(key: string): boolean {
  const words = arabicWords();
  if (words === undefined || !key.startsWith('ال') || NISBA.test(key)) return false;
  const t = tokenize(key)[0];
  return t !== undefined && inArabicWords(words, t);
}

/**
 * The surnames after a common given name (past up to two middle names the source has after it) that the source has, but
 * gives another person (`another`: after another given name, never after this one), where the source follows the name
 * with another word: a name mixed from two of the source's people. Each with the given name it was read after.
 */
export function mixedSurnames(
  tokens: readonly Token[],
  absent: (t: Token) => boolean,
  followers: (t: Token) => readonly string[],
  another: (given: Token, t: Token) => boolean,
): { at: number; given: Token }[] {
  const out: { at: number; given: Token }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const given = tokens[i];
    if (!isGivenName(given) || absent(given)) continue;
    // (the surname is read as the one word that is "absent" for nameAfter: another person's)
    const absentOrTheirs = (t: Token) => absent(t) || (t !== given && another(given, t));
    const at = nameAfter(tokens, i, absentOrTheirs, followers) ?? nameAfter(tokens, i, absentOrTheirs, followers, 1);
    if (at !== undefined && !absent(tokens[at])) out.push({ at, given });
  }
  return out;
}

/**
 * Is tokens[i] (absent from the source) a middle name put in another's place: glued between a given name and a word that
 * the source has, and the source has that given name with another word, then that same word, after it?
 */
function middleSwapped(index: SourceIndex, tokens: readonly Token[], i: number, absent: (t: Token) => boolean): boolean {
  const a = tokens[i - 1],
    t = tokens[i],
    c = tokens[i + 1];
  if (!c || c.stop || c.kind !== 'word' || absent(a) || absent(c) || t.start - a.end > 1 || c.start - t.end > 1) return false;
  for (const [ts, x] of placesOf(index, a)) {
    const y = ts[x + 1],
      z = ts[x + 2];
    if (y && z && !y.stop && y.key !== t.key && z.key === c.key && y.start - ts[x].end <= 1 && z.start - y.end <= 1) return true;
  }
  return false;
}

/** Degrees, before a scale of temperature (84 degrees Fahrenheit, 29 degrees Celsius). */
const DEGREES = new Set(['degrees', 'degree']);

/** Source tokens before a surname within which the given name it belongs to stands (a given name, two middle names). */
const NAME_BEFORE = 3;

/**
 * Does the source have the word after a common given name other than `given` (within NAME_BEFORE tokens), and never
 * after `given`: another person's surname?
 */
function surnameOfAnother(index: SourceIndex, given: Token, t: Token): boolean {
  const w = remembered(index, 'before', t, () => {
    const keys = new Set<string>();
    let anyGiven = false;
    for (const [tokens, x] of placesOf(index, t))
      for (let y = Math.max(0, x - NAME_BEFORE); y < x; y++) {
        keys.add(tokens[y].key);
        if (isGivenName(tokens[y])) anyGiven = true;
      }
    return { keys, anyGiven };
  });
  return w.anyGiven && !w.keys.has(given.key);
}

/** The words of a lineage inside a name (بن، بنت، ابن: son of, daughter of), by key. */
const NASAB = new Set(['بن', 'بنت', 'ابن', 'ابنة'].map((w) => tokenize(w)[0].key));
/** lexicons/reporting.json compoundNamePrefixes: عبد، أبو, which open a given name of two words (عبد الرحيم). */
const COMPOUND_PREFIXES = new Set(lexiconWords('reporting', 'compoundNamePrefixes').map((w) => tokenize(w)[0].key));

/** Most middle names (a father's, a grandfather's) read between a first name and its surname. */
const MIDDLE_NAMES = 2;

/**
 * The keys of the words that follow a word as written in the source, glued to it (a space between, no punctuation):
 * the surnames its first name has there. Read in the sentences that hold its stem, only for a name after a role.
 */
function followersIn(index: SourceIndex, t: Token): readonly string[] {
  return remembered(index, 'followers', t, () => {
    const out: string[] = [];
    for (const [tokens, x] of placesOf(index, t))
      if (x + 1 < tokens.length && !tokens[x + 1].stop && tokens[x + 1].start - tokens[x].end <= 1) out.push(tokens[x + 1].key);
    return out;
  });
}

/**
 * What a look-up by a word as written found in the source, kept per index and word (its key and stem), since each
 * reads every source sentence that holds the word's stem: for a common given name in a source of 1,000,000
 * sentences, tens of thousands of sentences read again for every summary claim that has it (the Arabic bench
 * pair of 100,000 source sentences spent 2.4 s of its 12.4 s there).
 */
const REMEMBERED = new WeakMap<SourceIndex, Map<string, unknown>>();
function remembered<T>(index: SourceIndex, what: string, t: Token, find: () => T): T {
  let m = REMEMBERED.get(index);
  if (!m) REMEMBERED.set(index, (m = new Map()));
  const k = `${what}\u0000${t.key}\u0000${t.stem}`;
  if (m.has(k)) return m.get(k) as T;
  const v = find();
  m.set(k, v);
  return v;
}

/**
 * Most sentences with a word's stem read for where the source has it as written. A name stands in a few sentences; a stem
 * in more is a common word's, whose first PLACES_MAX sentences say as much of what follows it, and reading all of them made
 * the rule grow faster than the source (placesOf: 1.1 s of the Arabic bench pair's check at 100,000 source sentences,
 * 33 s at 1,000,000, with every look-up kept).
 */
const PLACES_MAX = 2000;

/** Where the source has the word as written: each sentence's tokens and the word's index there, in the first PLACES_MAX sentences that hold its stem. */
function* placesOf(index: SourceIndex, t: Token): Generator<[readonly Token[], number]> {
  const all = sentencesWithStem(index, t);
  for (const i of all.length > PLACES_MAX ? all.slice(0, PLACES_MAX) : all) {
    // (read off the token forms: a sentence's token objects are made, and kept, only where the word is, not for each of
    // the sentences that share its stem, 0.4 s of the Arabic bench pair's check at 100,000 source sentences)
    const s = index.source.sentences[i];
    const { forms, from, to } = tokenForms(s);
    let tokens: readonly Token[] | undefined;
    for (let x = from; x < to; x++) if (forms[x].key === t.key) yield [(tokens ??= s.tokens), x - from];
  }
}

/** Does the source have the word as written right after a verb of saying (وقال سالم …), as a speaker's first word? */
function spokenIn(index: SourceIndex, t: Token): boolean {
  return remembered(index, 'spoken', t, () => {
    for (const [tokens, x] of placesOf(index, t)) if (x > 0 && isSpeechVerb(tokens[x - 1])) return true;
    return false;
  });
}

/** The keys of the content words of a claim's source sentences. */
function supportKeys(ctx: { source: Doc }, sources: readonly number[]): string[] {
  const out: string[] = [];
  for (const i of sources) {
    const { forms, from, to } = tokenForms(ctx.source.sentences[i]);
    for (let x = from; x < to; x++) if (!forms[x].stop) out.push(forms[x].key);
  }
  return out;
}

/**
 * Is a a misspelling of b: two neighbouring letters swapped (صاورخية، محمكة), or, in a word of five letters or
 * more, one letter changed (السغودية)? Not a letter added or dropped: كيربي (Kirby) is no misspelling of كيري (Kerry).
 */
function misspelt(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  if (a[i + 1] === b[i] && a[i] === b[i + 1] && a.slice(i + 2) === b.slice(i + 2)) return true;
  return a.length >= 5 && a.slice(i + 1) === b.slice(i + 1);
}

const NONE_QUOTED: ReadonlyMap<Token, number> = new Map();
/** Tokens inside short quoted or bracketed segments, mapped to the segment's number. */
function quotedTokens(text: string, a: number, b: number, tokens: Token[]): ReadonlyMap<Token, number> {
  let out: Map<Token, number> | undefined;
  let group = 0;
  // (the closing mark within two characters of the claim's end)
  for (const [i, j] of markedSpans(text, a, b, Math.min(b + 2, text.length), NAME_MARKS)) {
    const inside = tokens.filter((t) => t.start > i && t.end <= j);
    // (not a gloss with a figure: "(قرابة 3.5 مليون دولار)" after an amount in dinars is a conversion, and its hedge no
    // name, a fresh editor pair's faithful restatement of the source's "(نحو 3.5 مليون دولار)" drew an unknown name)
    if (inside.length > 0 && inside.length <= MAX_QUOTED && !inside.some((t) => t.kind === 'number')) {
      out ??= new Map();
      for (const t of inside) out.set(t, group);
      group++;
    }
  }
  return out ?? NONE_QUOTED;
}

/**
 * Does the source have the phrase (its words' stems in a row; والمملكة المتحدة for المملكة المتحدة) in one
 * of its sentences? Only the sentences that hold the phrase's rarest word are read (the index's postings,
 * `mayCarry`): a scan of every token of a 100,000-sentence source cost about 90 ms a phrase.
 */
function phraseIn(index: SourceIndex, phrase: string): boolean {
  const tokens = tokenize(phrase),
    stems = tokens.map((t) => t.stem);
  if (!tokens.every((t) => t.stop || index.vocab.has(t.stem))) return false;
  const q = index.query(tokens, { variants: false });
  return (q.keys.length ? index.mayCarry(q, 1) : everySentence(index)).some((i) => holdsPhrase(index.source.sentences[i], stems));
}

/** Every sentence index of the source, made once per index. */
const allOf = new WeakMap<SourceIndex, number[]>();
/** The source sentences that hold a word's stem (the index's postings; none when the source has no such stem). */
function sentencesWithStem(index: SourceIndex, t: Token): readonly number[] {
  if (!index.vocab.has(t.stem)) return [];
  const q = index.query([t], { variants: false });
  return q.keys.length ? index.mayCarry(q, 1) : [];
}

/**
 * Does the source have the word as written (its matching key, or the key without a glued و/ف/ب/ل)? Read in the
 * sentences that hold its stem (the index's postings), only for the words of a name slot.
 */
function keyIn(index: SourceIndex, t: Token, article = false): boolean {
  // (ل before the article drops its alif: للصليب is ل + الصليب)
  const bare = (k: string) => (k.length > 4 && k.startsWith('لل') ? `ا${k.slice(1)}` : k.length > 3 && 'وفبل'.includes(k[0]) ? k.slice(1) : k);
  // (with `article`, the word without its article: العام for عام)
  const key = article ? bare(t.key).replace(/^ال/, '') : bare(t.key);
  return remembered(index, article ? 'key-article' : 'key', t, () => {
    for (const i of sentencesWithStem(index, t)) {
      const { forms, from, to } = tokenForms(index.source.sentences[i]);
      for (let x = from; x < to; x++) if (forms[x].key === t.key || bare(forms[x].key) === key) return true;
    }
    return false;
  });
}

function everySentence(index: SourceIndex): number[] {
  let all = allOf.get(index);
  if (!all) allOf.set(index, (all = Array.from({ length: index.size }, (_, i) => i)));
  return all;
}

/** Initials with dots, as the tokenizer keeps them together (J.R.R., U.N.). */
const DOTTED = /^(?:\p{Lu}\.){2,}$/u;
/** A Latin acronym as written: EU, WHO, OPEC, U.N. */
const ACRONYM = /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,6})$/;
/** A word's acronym without its dots and a possessive (WHO's, U.N.'s: WHO, UN), when it is one. */
const acronymOf = (text: string): string | undefined => {
  // (a possessive, and a plural's lower-case s after capitals: ICUs is ICU, a fresh editor pair's unknown name)
  const bare = text.replace(/['’]s$/, '').replace(/(?<=[A-Z]{2})s$/, '');
  return ACRONYM.test(bare) ? bare.replace(/\./g, '') : undefined;
};
/**
 * Long forms of common acronyms that news text writes in lower case, as token keys: a summary's CEO for a
 * source's "chief executive" (the capitalised long forms are found by their initials below). lexicons/acronyms.json.
 */
const WRITTEN_OUT: Record<string, readonly string[]> = Object.fromEntries(lexiconValues('acronyms', 'writtenOut', isStrings, 'a list of long forms'));
/** lexicons/acronyms.json metonyms: a seat of power → the phrases of the institution it stands for (Holyrood: Scottish Parliament). */
const METONYMS: Record<string, readonly string[]> = Object.fromEntries(lexiconValues('acronyms', 'metonyms', isStrings, 'a list of phrases'));
/** Function words that may stand inside a spelled-out name (Organization of the Petroleum Exporting Countries), as written. */
const INNER = new Set(lexiconWords('acronyms', 'inner'));

/** The summary's acronyms (EU, U.N. as EU, UN). */
function summaryAcronyms(summary: Doc): Set<string> {
  const out = new Set<string>();
  for (const s of summary.sentences) {
    const { forms, from, to } = tokenForms(s);
    for (let x = from; x < to; x++) {
      // (with a possessive too: "the WHO's daily guideline", a fresh editor pair's false name)
      const acronym = acronymOf(forms[x].text);
      if (acronym !== undefined) out.add(acronym);
    }
  }
  return out;
}

/**
 * Which of the wanted acronyms the source spells out: capitalised words whose initials are its letters,
 * with short function words between them (European Union for EU, World Health Organization for WHO,
 * Organization of the Petroleum Exporting Countries for OPEC), so that a summary's EU is no unknown name
 * in a source that writes the name in full. One pass over the source's token forms, which stops once
 * every wanted acronym is found (a regular expression over an 18 MB source took 0.16 s, one per acronym 0.24 s).
 */
/** lexicons/entities.json acronymPrefixes: country prefixes that a source's spelled-out name may leave out (USDA: the Department of Agriculture). */
const ACRONYM_PREFIXES = lexiconWords('entities', 'acronymPrefixes');

/** Longest clipped form read as a word the source writes in full (Dem, Lib, Gov, Sen, Corp). */
const CLIPPED_MAX = 4;
/** A word with a capital and then lower case (Dem, not DEM: an acronym is spelledOut's). */
const cased0 = (t: Token): boolean => /^\p{Lu}\p{Ll}+$/u.test(t.text);

/**
 * The source's words clipped with a period, lower-cased: a capital, two to four lower-case letters and a period that no
 * letter follows (Del., Calif., Okla., Gov., Sept.). Three letters or more are read (Del is Delaware's, Mr no Marker's).
 */
export function dottedClips(text: string): string[] {
  const out = new Set<string>();
  // (the expression tried only where it can end, a few characters before each period: run over the whole text it
  // tried every position, 0.6 s of the English bench pair's check at 100,000 source sentences. Matches cannot overlap,
  // since none starts after a letter or a period, so the same matches are found)
  const clip = /(?<![\p{L}.])(\p{Lu}\p{Ll}{2,4})\./uy;
  for (let p = text.indexOf('.'); p >= 0; p = text.indexOf('.', p + 1)) {
    if (NOT_BEFORE_LETTER.test(text.slice(p + 1, p + 3))) continue;
    // (three to five letters, each one or two UTF-16 units)
    for (let s = Math.max(0, p - 10); s <= p - 3; s++) {
      clip.lastIndex = s;
      const m = clip.exec(text);
      if (m && clip.lastIndex === p + 1) out.add(m[1].toLowerCase());
    }
  }
  return [...out];
}
/** A letter at the start of a string: what may not follow a clipped word's period. */
const NOT_BEFORE_LETTER = /^\p{L}/u;

/**
 * The clipped forms of the source's words that begin with a capital and go on in lower case: each one's first
 * three to CLIPPED_MAX letters, lower-cased, when the word is longer (Dem, Demo for Democrat).
 */
function clippedForms(source: Doc): Set<string> {
  const out = new Set<string>();
  // (each distinct form read once: the source's forms are shared by its tokens)
  const seen = new Set<unknown>();
  for (const s of source.sentences) {
    const { forms, from, to } = tokenForms(s);
    for (let x = from; x < to; x++) {
      if (seen.has(forms[x])) continue;
      seen.add(forms[x]);
      const w = forms[x].text;
      if (!/^\p{Lu}\p{Ll}/u.test(w)) continue;
      const l = w.toLowerCase();
      for (let n = 3; n <= CLIPPED_MAX && n < l.length; n++) out.add(l.slice(0, n));
    }
  }
  return out;
}

function spelledOutIn(source: Doc, wanted: Set<string>): Set<string> {
  const found = new Set<string>();
  let run = '';
  // (and words in lower case in a row, for an acronym of three letters or more: LNG for "liquefied natural gas", GDP
  // for "gross domestic product"; a probe pair's faithful "cheaper LNG" drew an unknown name. Two letters are left to
  // capitals: any two words in a row would spell some pair)
  let lower = '';
  const match = (letters: string, min: number) => {
    for (let a = 0; a + min <= letters.length; a++)
      for (let b = a + min; b <= letters.length && b - a <= 6; b++) {
        const x = letters.slice(a, b);
        if (wanted.has(x)) found.add(x);
      }
  };
  const flush = () => {
    match(run, 2);
    run = '';
  };
  const flushLower = () => {
    match(lower, 3);
    lower = '';
  };
  for (const s of source.sentences) {
    const { forms, from, to } = tokenForms(s);
    for (let x = from; x < to && found.size < wanted.size; x++) {
      const w = forms[x].text,
        c = w.charCodeAt(0);
      if (c >= 65 && c <= 90 && w.length > 1 && w.charCodeAt(1) >= 97 && w.charCodeAt(1) <= 122) run += w[0];
      else if (!(run && INNER.has(w))) flush();
      if (c >= 97 && c <= 122 && w.length > 2) lower += w[0].toUpperCase();
      else flushLower();
    }
    flush();
    flushLower();
    if (found.size >= wanted.size) break;
  }
  return found;
}

/**
 * Does a particle that negates a verb stand right before tokens[i] (لا يليق)? The word after it is a verb, not a name, though
 * the word list lacks it: a fresh editor pair's faithful "لا يليق بعاصمة حديثة" drew an unknown name.
 */
const afterVerbalNegation = (tokens: readonly Token[], i: number): boolean => i > 0 && isVerbalNegationKey(tokens[i - 1].key);

/**
 * A unit written in capitals (TEU, MWh, GWh): two to five letters, two of them capitals at least, so that a name after a
 * year ("in 2024 Khan …") stays a name (one capital allowed made WiCE dev's made name edits' word F1 0.472 → 0.469).
 */
const UNIT_CAPS = /^(?=(?:[a-z]*[A-Z]){2})[A-Za-z]{2,5}$/;
/** Does a figure stand right before tokens[i], or a figure and its scale (3.8 million)? */
/** Most tokens before "per" within which a rate's figure stands: the figure, its unit and a word or two ("476 zlotys per", "NZ$8.50 a kilogram per"). */
const PER_REACH = 5;

function figureBefore(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev === undefined) return false;
  if (prev.kind === 'number') return true;
  // (or a rate's unit after "per" and the figure's own unit: "476 zlotys per MWh" for the source's "per megawatt-hour", a
  // faithful line of the 196th batch of fresh editor pairs that drew an unknown name)
  if (prev.key === 'per') return tokens.slice(Math.max(0, i - PER_REACH), i - 1).some((t) => t.kind === 'number');
  return isScaleWord(prev.key) && tokens[i - 2]?.kind === 'number';
}

/** lexicons/entities.json capitalAsPlace, by key. */
const CAPITAL_AS_PLACE = new Set(lexiconWords('entities', 'capitalAsPlace').map((w) => makeToken(w, 0).key));
/**
 * Is tokens[i] in a place's slot: after a word of capitalAsPlace, or with ب glued (بمانيلا)? Not after generic speakers and
 * their preposition ("officials in Manila said", مسؤولون في مانيلا): the government's people, the capital's metonym.
 */
function capitalAsPlace(tokens: readonly Token[], i: number): boolean {
  const after = i > 0 && CAPITAL_AS_PLACE.has(tokens[i - 1].key);
  if (after && i > 1 && isGeneric(tokens[i - 2])) return false;
  if (after) return true;
  // (a glued ب, not the first letter of the city's own name: بغداد, برلين; not ل, "to", which is as often the government's:
  // "بديون مستحقة لطهران", debts owed to Tehran, for the source's "مستحقة للجانب الإيراني", a fresh editor pair's faithful
  // line, 211th batch, drew an unknown name)
  const e = /^ب/.test(tokens[i].key) ? entityOf(tokens[i]) : undefined;
  return e !== undefined && !/^ب/.test(e.id);
}
