import { englishKey, type Lexicon } from './lexicon.js';

/**
 * Matching keys that cross Arabic and English: an Arabic word's English glosses (through its
 * lemma: the dictionary headword it is an inflected or clitic-carrying form of), and a consonant
 * skeleton for names written in the other script (Kirby/كيربي, Sirte/سرت).
 */
export class Bridge {
  private readonly memo = new Map<string, readonly string[]>();
  private readonly words = new Map<string, boolean>();
  private readonly names = new Map<string, boolean>();
  private readonly compounds = new Map<string, readonly string[]>();
  private readonly indexes = new Map<string, { set: ReadonlySet<string>; pre: ReadonlySet<string> }>();
  constructor(readonly lexicon: Lexicon) {}

  /** English stems that an Arabic word (its matching key) may translate to; empty when the lexicon has no lemma for it. */
  glosses(key: string): readonly string[] {
    let g = this.memo.get(key);
    if (g !== undefined) return g;
    g = [];
    for (const lemma of this.lemmas(key)) {
      const hit = this.lexicon.arToEn.get(lemma);
      if (hit) g = g.length ? [...new Set([...g, ...hit])] : hit;
    }
    if (this.memo.size > 100_000) this.memo.clear();
    this.memo.set(key, g);
    return g;
  }

  /** A real Arabic word (some lemma of it is in the word list or the dictionary), as opposed to a name or a stray string. */
  isWord(key: string): boolean {
    let w = this.words.get(key);
    if (w === undefined) {
      w = this.glosses(key).length > 0 || arabicLemmas(key).some((c) => this.lexicon.arWords.has(c.form));
      if (this.words.size > 100_000) this.words.clear();
      this.words.set(key, w);
    }
    return w;
  }

  /**
   * The dictionary reads the word itself (or without its article or a conjunction) as a proper name only:
   * its headword's glosses hold a name WordNet writes capitalised and no common English word (فيصل
   * "Faisal", لاهور "Lahore"; not تنفيذي "executory", which WordNet lacks altogether), while a
   * clitic reading may give it a common sense (ف+يصل "and arrives", ل+اهور "marshes"). حسن ("good",
   * also Hassan) and الأسد ("lion", also Assad) have a common gloss: not names by this test.
   */
  isName(key: string): boolean {
    let n = this.names.get(key);
    if (n === undefined) {
      n = false;
      for (const form of [key, key.replace(/^و/, ''), key.replace(/^و?ال/, '')]) {
        const g = form.length >= 3 ? this.lexicon.arToEn.get(form) : undefined;
        if (g?.length) {
          n = g.some((x) => this.lexicon.enProper.has(x)) && !g.some((x) => this.lexicon.enCommon.has(x));
          break;
        }
      }
      if (this.names.size > 100_000) this.names.clear();
      this.names.set(key, n);
    }
    return n;
  }

  /**
   * The two parts of an English compound that no gloss uses (skateboarder: skate + boarder,
   * businessman: business + man, midair: mid + air), as bridge keys; empty for a word the glosses
   * know or that splits into no two common words of three letters or more. tokensMeet lets either
   * part meet a gloss (STS track 2 dev 0.808 → 0.816).
   */
  compoundParts(word: string): readonly string[] {
    let parts = this.compounds.get(word);
    if (parts === undefined) {
      parts = [];
      if (/^[a-z]{6,}$/.test(word) && !this.lexicon.enStems.has(englishKey(word))) {
        for (let i = 3; i <= word.length - 3; i++) {
          const head = englishKey(word.slice(0, i)),
            tail = englishKey(word.slice(i));
          if (this.lexicon.enCommon.has(head) && this.lexicon.enCommon.has(tail)) {
            parts = [head, tail];
            break;
          }
        }
      }
      if (this.compounds.size > 100_000) this.compounds.clear();
      this.compounds.set(word, parts);
    }
    return parts;
  }

  /**
   * A word's glosses as a set, and the prefixes of each gloss down to `PREFIX_EXTRA` letters shorter
   * (and four at least), for tokensMeet's prefix rule without a scan of the glosses per pair.
   */
  glossIndex(key: string): { set: ReadonlySet<string>; pre: ReadonlySet<string> } {
    let ix = this.indexes.get(key);
    if (!ix) {
      const g = this.glosses(key);
      const pre = new Set<string>();
      for (const x of g) if (x.length >= 4) for (let n = Math.max(4, x.length - PREFIX_EXTRA); n <= x.length; n++) pre.add(x.slice(0, n));
      if (this.indexes.size > 100_000) this.indexes.clear();
      this.indexes.set(key, (ix = { set: new Set(g), pre }));
    }
    return ix;
  }

  /**
   * Every dictionary form of a word that the lexicon knows, whatever the affixes stripped: a form
   * that is itself a headword may still be a clitic form of a commoner word (تأكل "corrodes" is
   * also ت+أكل "eats"). Taking only the least-stripped forms gave STS track 2 dev 0.632; all, 0.700.
   */
  lemmas(key: string): string[] {
    return arabicLemmas(key)
      .filter((c) => this.lexicon.arToEn.has(c.form))
      .map((c) => c.form);
  }
}

/** How many letters a gloss and an English word that starts with it (or it with the word) may differ by: pipe/pipeline. */
export const PREFIX_EXTRA = 3;

const CONJ = ['', 'و', 'ف'];
const PREP = ['', 'ب', 'ل', 'ك', 'س'];
const PRONOUNS = ['ه', 'ها', 'هم', 'هما', 'هن', 'كم', 'كما', 'نا', 'ك', 'ي', 'ني'];
// endings, then a plural, dual, construct or feminine ending before a pronoun (مقاتليهم: مقاتل+ي+هم)
const SUFFIXES = [
  ...new Set([
    '',
    'ا',
    ...PRONOUNS,
    'ات',
    'ون',
    'ين',
    'ان',
    'وا',
    'و',
    'تان',
    'تين',
    'يه',
    'يون',
    'يين',
    'ت',
    'تم',
    'ن',
    ...['ي', 'و', 'ات', 'ت', 'تا', 'تي'].flatMap((n) => PRONOUNS.map((p) => n + p)),
  ]),
];
const VERB = ['', 'ي', 'ت', 'ن', 'ا'];

const lemmaMemo = new Map<string, { form: string; cost: number }[]>();

/**
 * Candidate dictionary forms of an Arabic key, cheapest first: the word itself, then without a
 * conjunction (و ف), a preposition or future particle (ب ل ك س), the article (ال, and لل for ل+ال),
 * a present-tense prefix (ي ت ن ا) and a pronoun, plural, dual or feminine ending; a stripped ت may
 * be a taa marbuta (مدرستها → مدرسة), and a stem after a stripped present-tense prefix or article may
 * begin with the alef it dropped (تستخدم → استخدم, المرأة → امرأة: STS track 2 dev 0.805 → 0.808).
 * Each stripped affix costs one; a stem keeps two letters.
 */
export function arabicLemmas(key: string): { form: string; cost: number }[] {
  const hit = lemmaMemo.get(key);
  if (hit) return hit;
  const seen = new Map<string, number>();
  const put = (form: string, cost: number) => {
    if (form.length >= 2 && (seen.get(form) ?? Infinity) > cost) seen.set(form, cost);
  };
  for (const c of CONJ) {
    if (!key.startsWith(c)) continue;
    const a = key.slice(c.length);
    for (const p of PREP) {
      if (!a.startsWith(p)) continue;
      let b = a.slice(p.length);
      const bases: [string, number][] = [[b, 0]];
      if (b.startsWith('ال')) bases.push([b.slice(2), 1]);
      if (p === 'ل' && b.startsWith('ل')) bases.push([b.slice(1), 1]); // لل: ل + ال
      for (const [base, artCost] of bases) {
        for (const v of VERB) {
          if (!base.startsWith(v) || (v && artCost)) continue;
          b = base.slice(v.length);
          for (const x of SUFFIXES) {
            if (!b.endsWith(x) || b.length - x.length < 2) continue;
            // ن alone is the feminine plural of a present verb (يمشين، تسبحن، يضعن): only after a present-tense prefix
            if (x === 'ن' && !v) continue;
            const s = x ? b.slice(0, -x.length) : b;
            const cost = (c ? 1 : 0) + (p ? 1 : 0) + artCost + (v ? 1 : 0) + (x ? 1 : 0);
            put(s, cost);
            // the hamzat al-wasl that a prefix takes the place of: ي+ستخدم is استخدم, ت+رتدي ارتدى, ال+مرأة امرأة
            if ((v || artCost) && s.length >= 3) put('ا' + s, cost);
            // an active participle (فاعل) is its verb's: جالسة → جالس → جلس "sit", راكب → ركب (dev 0.816 → 0.819)
            if (!v && s.length === 4 && s[1] === 'ا') put(s[0] + s.slice(2), cost + 1);
            if (x && s.endsWith('ت')) put(s.slice(0, -1) + 'ه', cost);
            if (x === 'ات' || x === 'ت') put(s + 'ه', cost);
          }
        }
      }
    }
  }
  const out = [...seen].map(([form, cost]) => ({ form, cost })).sort((a, b) => a.cost - b.cost || b.form.length - a.form.length);
  if (lemmaMemo.size > 100_000) lemmaMemo.clear();
  lemmaMemo.set(key, out);
  return out;
}

// Consonant classes shared by both scripts; vowels, glides and the glottal letters drop out, so a
// name's skeleton survives the usual transliteration choices (ج/غ for g, ق/ك for k, ث/ت for t).
const AR_SKELETON: Record<string, string> = {
  ب: 'b',
  پ: 'b',
  ت: 't',
  ث: 't',
  ط: 't',
  ج: 'j',
  غ: 'j',
  ح: 'h',
  ه: 'h',
  خ: 'k',
  ك: 'k',
  ق: 'k',
  د: 'd',
  ض: 'd',
  ذ: 'z',
  ز: 'z',
  ظ: 'z',
  ر: 'r',
  س: 's',
  ص: 's',
  ش: 's',
  ف: 'f',
  ڤ: 'f',
  ل: 'l',
  م: 'm',
  ن: 'n',
};

/** The consonant skeleton of an Arabic name (its key, without the article): كيربي → krb, سرت → srt. */
export function arabicSkeleton(key: string): string {
  let k = key.startsWith('ال') && key.length > 4 ? key.slice(2) : key;
  if (k.endsWith('ه')) k = k.slice(0, -1); // a final taa marbuta or silent h
  let s = '';
  for (const ch of k) {
    const c = AR_SKELETON[ch];
    if (c && s[s.length - 1] !== c) s += c;
  }
  return s;
}

/** The consonant skeleton of a Latin-script name (lower case): kirby → krb, sirte → srt, george → jrj. */
export function latinSkeleton(word: string): string {
  // Abd- names: Abdul, Abdel, Abdalla write the article of the next word (عبد الله، عبد العزيز)
  let w = word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/^al-/, '')
    .replace(/[^a-z]/g, '')
    .replace(/^abd[aeiou]l(?=.)/, 'abd')
    .replace(/^abd[aeiou]l$/, 'abd');
  w = w
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/sh/g, 's')
    .replace(/ch/g, 's')
    .replace(/kh/g, 'k')
    .replace(/gh/g, 'j')
    .replace(/ck/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/[cq]/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/v/g, 'f')
    .replace(/p/g, 'b')
    .replace(/g/g, 'j')
    .replace(/h$/, '');
  let s = '';
  for (const ch of w) if (!'aeiouwy'.includes(ch) && s[s.length - 1] !== ch) s += ch;
  return s;
}

/** Two skeletons name the same person or place: equal (a single consonant too), or (four or more consonants) one consonant apart. */
export function sameSkeleton(a: string, b: string): boolean {
  if (a.length === 0 || b.length === 0) return false;
  // a short name keeps one consonant or two (Abiy/آبي, FIFA/الفيفا): equal skeletons only
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 4 || Math.abs(a.length - b.length) > 1) return false;
  return editDistance(a, b) <= 1;
}

function editDistance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const t = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = t;
    }
  }
  return d[b.length];
}
