import { stemmer as porter } from 'stemmer';
import { arabicWords } from './arabic-words.js';
import { futureImperfect } from './stopwords.js';

/**
 * Light stemming on normalised keys.
 * Arabic: the light10 family (Larkey et al.; Lucene ArabicStemmer): strip one prefix group and one
 * suffix, keeping at least 3 letters. Single-letter proclitics ب ل ك ف (beyond و) are ambiguous with
 * root letters (لبنان, بحث), so they are not stripped here: `proclitic()` offers that as a second key.
 * Latin script: Porter (English), the project's second language.
 */
const AR_PREFIXES = ['وبال', 'وكال', 'ولل', 'وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const AR_SUFFIXES = ['هما', 'كما', 'ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'يا', 'وا', 'هم', 'هن', 'كم', 'نا', 'ه', 'ي', 'و', 'ا'];
const ARABIC_LETTERS = /^[\u0621-\u064A]+$/;
const LATIN = /^[a-z\u00DF-\u024F'’.]+$/;

/**
 * English irregular verb forms by their base form, for the stem: Porter leaves stood, fell, rose and won
 * as they are, so "stands out" never met "stood out" nor "rises" met "rose". Forms that are
 * as often another word are left out (left, found, lead, bore, saw, lay, felt, ground, wound, bound,
 * fed, woke), and so are the light verbs (make, take, come, go, see, give, know, think, keep, mean, hear,
 * sit, run, eat: made and took tie a claim to unrelated sentences: WiCE dev support-set F1 0.640 → 0.634
 * with them, 0.641 without). Also the third person of a base of three letters, which Porter stems while the base
 * stays as it is (pays → pai, pay).
 */
const IRREGULAR_EN: Record<string, string[]> = {
  stand: ['stood'],
  fall: ['fell', 'fallen'],
  rise: ['rose', 'risen'],
  grow: ['grew', 'grown'],
  shrink: ['shrank', 'shrunk'],
  win: ['won'],
  lose: ['lost'],
  sell: ['sold'],
  buy: ['bought', 'buys'],
  pay: ['paid', 'pays'],
  meet: ['met'],
  hold: ['held'],
  begin: ['began', 'begun'],
  tell: ['told'],
  bring: ['brought'],
  build: ['built'],
  send: ['sent'],
  spend: ['spent'],
  strike: ['struck'],
  fight: ['fought'],
  catch: ['caught'],
  drive: ['drove', 'driven'],
  write: ['wrote', 'written'],
  speak: ['spoke', 'spoken'],
  break: ['broke', 'broken'],
  choose: ['chose', 'chosen'],
  freeze: ['froze', 'frozen'],
  fly: ['flew', 'flown', 'flies'],
  flee: ['fled'],
  sink: ['sank', 'sunk'],
  seek: ['sought'],
  teach: ['taught'],
  swear: ['swore', 'sworn'],
  withdraw: ['withdrew', 'withdrawn'],
  overtake: ['overtook', 'overtaken'],
  shoot: ['shot'],
  hide: ['hid', 'hidden'],
  ride: ['rode', 'ridden'],
  steal: ['stole', 'stolen'],
  throw: ['threw', 'thrown'],
  forbid: ['forbade', 'forbidden'],
  forgive: ['forgave', 'forgiven'],
  undertake: ['undertook', 'undertaken'],
  arise: ['arose', 'arisen'],
  awake: ['awoke', 'awoken'],
  bear: ['borne'],
  beat: ['beaten'],
  bend: ['bent'],
  bleed: ['bled'],
  blow: ['blew', 'blown'],
  forget: ['forgot', 'forgotten'],
  hang: ['hung'],
  lend: ['lent'],
  shake: ['shook', 'shaken'],
  sleep: ['slept'],
  spin: ['spun'],
  sweep: ['swept'],
  swim: ['swam', 'swum'],
  tear: ['tore', 'torn'],
  wake: ['woken'],
  weep: ['wept'],
};
const IRREGULAR = new Map<string, string>();
for (const [base, forms] of Object.entries(IRREGULAR_EN)) for (const f of forms) IRREGULAR.set(f, base);

const cache = new Map<string, string>();

export function stem(key: string): string {
  let s = cache.get(key);
  if (s !== undefined) return s;
  if (ARABIC_LETTERS.test(key)) s = stemArabic(key);
  else if (LATIN.test(key)) {
    const base = IRREGULAR.get(key) ?? key;
    s = base.length > 3 && !base.includes('.') ? porter(base.replace(/['’]s$/, '')) : base;
  } else s = key;
  if (cache.size > 200_000) cache.clear();
  cache.set(key, s);
  return s;
}

export function stemArabic(w: string): string {
  let s = w;
  for (const p of AR_PREFIXES) {
    if (s.startsWith(p) && s.length - p.length >= 2) {
      s = s.slice(p.length);
      break;
    }
  }
  for (const x of AR_SUFFIXES) {
    if (s.endsWith(x) && s.length - x.length >= 3) {
      s = s.slice(0, -x.length);
      break;
    }
  }
  return s;
}

/**
 * A second stem for Arabic words that may carry a one-letter proclitic (و ف ب ل ك): لتعقب → تعقب,
 * وتحليل → تحليل. Kept apart from the main stem because the same letters begin many names and
 * roots (واشنطن، لبنان، بريطانيا); matching accepts either.
 */
export function proclitic(key: string): string | undefined {
  const c = key[0];
  // (and the future's س after و or ف: وسيتغير is يتغير, فستبدأ تبدأ, read as سيتغير is below; a planted line of the 181st batch
  // of fresh editor pairs, "وسيتغير نصيب الفرد" for the source's "ستبقى … دون أي تغيير", met no تغيير and dropped its negation
  // unseen, while "سيتغير" and "وتتغير" were read)
  if ((c === 'و' || c === 'ف') && futureImperfect(key.slice(1))) {
    const future = proclitic(key.slice(1));
    if (future !== undefined) return future;
  }
  if ((c === 'و' || c === 'ف' || c === 'ب' || c === 'ل' || c === 'ك') && key.length >= 4 && ARABIC_LETTERS.test(key)) return stemArabic(key.slice(1));
  // (and the future's س before an imperfect's prefix, in a word of five letters or more that is no word of the list as it
  // stands (سياسة، سيارة، سنوات are): سيجري is يجري, ستعيد تعيد. A fresh editor pair's "الاقتراع لن يجري في موعده" met
  // nothing of the source's "الاقتراع سيجري في موعده" but the vote, and its added negation was judged on too little support)
  if (futureImperfect(key) && key.length >= 5 && ARABIC_LETTERS.test(key)) {
    const words = arabicWords();
    // (as it stands, by its stem, or without a past's ت: سيطرت is سيطر)
    if (words && !words.has(key) && !words.has(stemArabic(key)) && !(key.endsWith('ت') && words.has(key.slice(0, -1)))) return stemArabic(key.slice(1));
  }
  return undefined;
}

/**
 * An approximate root for an Arabic stem, so that derived forms of one root meet at a lower credit
 * than the same stem: هجمات/هجوم/يهاجم → هجم, متابعة/تتبعت → تبع, توسيع/موسعة → وسع. Arabic derives
 * words from (mostly three-letter) roots through patterns of prefixes and long vowels; light
 * stemming leaves the patterns in (see ../../shared docs: Larkey et al. on light vs root stemming,
 * and Khoja's root stemmer). Here: drop a final ه (ة), the pattern prefixes است م ت ي ن ا (and ست after م ي ن), and
 * long vowels ا و ي after the first letter, while more than three letters remain, then a final ت. Only a result of
 * exactly three letters is a root; anything else gives undefined (no root key).
 */
export function arabicRoot(stemKey: string): string | undefined {
  if (!ARABIC_LETTERS.test(stemKey) || stemKey.length < 3) return undefined;
  let s = stemKey;
  const vowels = () => {
    for (let i = s.length - 1; i >= 1 && s.length > 3; i--) if ('اوي'.includes(s[i])) s = s.slice(0, i) + s.slice(i + 1);
  };
  if (s.length > 3 && s.endsWith('ه')) s = s.slice(0, -1);
  if (s.length > 5 && s.startsWith('است')) s = s.slice(3);
  // (the future's س before an imperfect's ت: ستعمم، ستشارك → تعمم، تشارك, read on below; a fresh editor pair's
  // "وإن تعميم التجربة … لم يُحسم" against "ستعمم تجربة" had no root in common. Not سي: سيطرت، سيارات are no futures)
  else if (s.length > 4 && s.startsWith('ست')) s = s.slice(1);
  if (s.length > 3 && 'مين'.includes(s[0])) {
    s = s.slice(1);
    // (the ست of استفعل after an imperfect's or participle's prefix: يستبعد، تستخدم، مستشار → بعد، خدم، شار, as استبعد
    // and استخدام are; يستبعد had no root, and لم يستبعد found no استبعد in its source)
    if (s.length > 4 && s.startsWith('ست')) s = s.slice(2);
  }
  // (the ن of انفعل after the past's or the masdar's ا and after an imperfect's prefix: انخفض، ينخفض، تنطلق، الانسحاب → خفض، طلق،
  // سحب; and the ت of افتعل after its first letter: ارتفع، يرتفع، اجتماع → رفع، جمع. Without them the commonest verbs of news
  // copy had no root, and "وانطلقت حملة التطعيم" did not meet the source's "ولم تنطلق أي حملة", a fresh editor pair's dropped
  // negation that drew nothing)
  const seventh = stemKey.length >= 5 && (stemKey.startsWith('ان') || ((stemKey[0] === 'ي' || stemKey[0] === 'ت') && stemKey[1] === 'ن'));
  if (s.length > 3 && 'تا'.includes(s[0]) && s[1] !== 'ا') {
    const t = s[0] === 'ت';
    s = s.slice(1);
    if (t && s.length > 4 && s.startsWith('ست')) s = s.slice(2);
    // (and the ت of تفعّل/تفاعل after the imperfect's ت: تتدخل، تتراجع → دخل، رجع, as تدخلت and يتدخل are; a fresh
    // editor pair's "ولم تتدخل القوى الأمنية" had no root, and "وتدخلت القوى الأمنية" dropped its negation unseen. Not
    // before a past's ت: تتبعت is تتبّع with its ending, whose second ت is the root's)
    else if (t && s.length > 3 && s[0] === 'ت' && s[1] !== 'ا' && !s.endsWith('ت')) s = s.slice(1);
  }
  vowels();
  if (s.length > 3 && s.endsWith('ت')) s = s.slice(0, -1);
  if (s.length === 4 && seventh && s[0] === 'ن') s = s.slice(1);
  else if (s.length === 4 && eighth(stemKey) && s[1] === 'ت') s = s[0] + s.slice(2);
  return s.length === 3 ? s : undefined;
}

/** Is a stem's key the shape of افتعل: its past or masdar (ارتفع، ارتفاع، اجتماع) or its imperfect (يرتفع، ترتفع)? */
function eighth(key: string): boolean {
  return key.length >= 5 && ((key[0] === 'ا' && key[2] === 'ت') || ((key[0] === 'ي' || key[0] === 'ت') && key[2] === 'ت'));
}
