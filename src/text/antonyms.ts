import { makeToken, type Token } from './tokenize.js';

/**
 * Opposite pairs that news rewrites flip: direction (rose/fell), confirmation (confirmed/denied),
 * acceptance, outcome, opening, start/end, permission, custody, support, quantity. Each group has two
 * sides; a word is known by its matching key (an Arabic root when it has one, else its stem), so
 * يرتفع/ارتفاع/ارتفعت and rise/rose/rising meet. Words whose root has a common second sense are left out
 * (يقبل shares قبل, "before"; يعارض shares عرض, "offer, show"; يؤيد shares يد, "hand"; خلاف shares خلف,
 * "successor"; يشيد shares شيد, "built"; يدين shares دين, "debt" and "religion"). Written from general
 * knowledge of news language, not from any benchmark's test split.
 */
const GROUPS: [string, string[], string[]][] = [
  [
    'direction',
    [
      'ارتفع',
      'يرتفع',
      'ارتفعت',
      'ترتفع',
      'ارتفاع',
      'رفع',
      'يرفع',
      'ترفع',
      'رفعت',
      'زيادة',
      'يزيد',
      'تزيد',
      'زاد',
      'زادت',
      'قفزة',
      'يقفز',
      'قفز',
      'قفزت',
      'صعود',
      'يصعد',
      'صعد',
      'صعدت',
      'مكاسب',
      'نمو',
      'ينمو',
      'نما',
      'rise',
      'rises',
      'rose',
      'risen',
      'rising',
      'increase',
      'increased',
      'increases',
      'jump',
      'jumped',
      'surge',
      'surged',
      'climb',
      'climbed',
      'gain',
      'gained',
      'gains',
      'growth',
      'grew',
      'raise',
      'raised',
      'hike',
      'hiked',
      'hikes',
      'soar',
      'soared',
      'boost',
      'boosted',
    ],
    [
      'انخفض',
      'ينخفض',
      'انخفضت',
      'تنخفض',
      'انخفاض',
      'خفض',
      'يخفض',
      'تخفض',
      'خفضت',
      'تخفيض',
      'هبط',
      'يهبط',
      'تهبط',
      'هبطت',
      'هبوط',
      'تراجع',
      'يتراجع',
      'تتراجع',
      'تراجعت',
      'نقص',
      'ينقص',
      'تدهور',
      'يتدهور',
      'انكماش',
      'خسائر',
      'fall',
      'falls',
      'fell',
      'fallen',
      'falling',
      'decrease',
      'decreased',
      'decreases',
      'drop',
      'dropped',
      'drops',
      'decline',
      'declined',
      'declines',
      'plunge',
      'plunged',
      'slump',
      'slumped',
      'cut',
      'lowered',
      'shrank',
      'losses',
      'reduce',
      'reduced',
      'reduces',
      'slash',
      'slashed',
      'tumble',
      'tumbled',
      'dip',
      'dipped',
    ],
  ],
  ['extreme', ['أعلى', 'highest', 'record-high'], ['أدنى', 'lowest', 'record-low']],
  ['quantity', ['أكثر', 'more'], ['أقل', 'fewer', 'less']],
  // (to admit or confess affirms what a denial negates: نفى against اعترف, denied against admitted)
  [
    'confirmation',
    [
      'أكد',
      'يؤكد',
      'تؤكد',
      'أكدت',
      'تأكيد',
      'confirm',
      'confirmed',
      'confirms',
      '=اعترف',
      '=اعترفت',
      '=يعترف',
      '=تعترف',
      '=اعترفوا',
      '=اعتراف',
      'admit',
      'admitted',
      'admits',
      'confess',
      'confessed',
      'confesses',
      'confession',
    ],
    ['نفى', 'ينفي', 'تنفي', 'نفت', 'deny', 'denied', 'denies'],
  ],
  [
    'acceptance',
    ['وافق', 'يوافق', 'توافق', 'وافقت', 'موافقة', 'accept', 'accepted', 'approve', 'approved'],
    ['رفض', 'يرفض', 'ترفض', 'رفضت', 'reject', 'rejected', 'refuse', 'refused'],
  ],
  [
    'outcome',
    ['فاز', 'يفوز', 'تفوز', 'فازت', 'فوز', 'win', 'wins', 'won'],
    ['خسر', 'يخسر', 'تخسر', 'خسرت', 'خسارة', 'هزيمة', 'lose', 'loses', 'lost', 'defeat', 'defeated'],
  ],
  [
    'opening',
    ['فتح', 'يفتح', 'تفتح', 'فتحت', 'افتتاح', 'open', 'opened', 'opens', 'reopened'],
    ['أغلق', 'يغلق', 'تغلق', 'أغلقت', 'إغلاق', 'close', 'closed', 'closes', 'shut'],
  ],
  [
    'start',
    ['بدأ', 'يبدأ', 'تبدأ', 'بدأت', 'بدء', 'began', 'begin', 'begins', 'started', 'launched'],
    ['انتهى', 'ينتهي', 'تنتهي', 'انتهت', 'انتهاء', 'إنهاء', 'ended', 'ends', 'finished', 'halted'],
  ],
  [
    'permission',
    ['سمح', 'يسمح', 'تسمح', 'سمحت', 'منح', 'يمنح', 'تمنح', 'منحت', 'allow', 'allowed', 'allows', 'permitted'],
    ['منع', 'يمنع', 'تمنع', 'منعت', 'حظر', 'يحظر', 'ممنوعة', 'ban', 'banned', 'bans', 'prohibited', 'barred'],
  ],
  [
    'custody',
    ['أفرج', 'يفرج', 'الإفراج', 'سراح', 'released', 'freed'],
    ['اعتقل', 'اعتقلت', 'يعتقل', 'تعتقل', 'اعتقال', 'احتجاز', 'سجن', 'arrested', 'detained', 'jailed'],
  ],
  ['stance', ['support', 'supported', 'supports', 'backed'], ['oppose', 'opposed', 'opposes']],
  [
    'success',
    ['نجح', 'ينجح', 'تنجح', 'نجحت', 'نجاح', 'succeed', 'succeeded', 'succeeds', 'success'],
    ['فشل', 'يفشل', 'تفشل', 'فشلت', 'أخفق', 'أخفقت', 'يخفق', 'إخفاق', 'fail', 'failed', 'fails', 'failure'],
  ],
  [
    'reaction',
    ['رحب', 'يرحب', 'ترحب', 'رحبت', 'ترحيب', 'welcome', 'welcomed', 'welcomes'],
    ['ندد', 'يندد', 'تندد', 'نددت', 'تنديد', 'condemn', 'condemned', 'condemns'],
  ],
  [
    'judgement',
    ['أشاد', 'أشادت', 'إشادة', 'praise', 'praised', 'praises'],
    ['انتقد', 'ينتقد', 'تنتقد', 'انتقدت', 'انتقاد', 'انتقادات', 'criticize', 'criticized', 'criticise', 'criticised', 'criticizes'],
  ],
  ['accord', ['agree', 'agreed', 'agrees'], ['disagree', 'disagreed', 'disagrees']],
  [
    'verdict',
    ['convicted', 'conviction', '=أدين', '=أدينت', '=أدانت', '=أدانته', '=يدان', '=إدانة', '=الإدانة', '=مدان', '=مدانا'],
    ['acquitted', 'acquittal', 'exonerated', '=برئ', '=برأت', '=برأته', '=تبرئة', '=براءة', '=مبرأ'],
  ],
  // a test result (إيجابية/سلبية; their roots are those of يجب "must" and سلب "robbed", so by stem)
  ['result', ['positive', '=إيجابية', '=إيجابي', '=إيجابيا', '=إيجابيتها'], ['negative', '=سلبية', '=سلبي', '=سلبيا', '=سلبيتها']],
];

/** Matching key of a word for the lexicon: its Arabic root when it has one, else its stem. */
export const antonymKey = (t: Pick<Token, 'root' | 'stem' | 'alt'>): string => t.root ?? t.stem;

/**
 * A word written with a leading = is known by its stem alone, not its root: a root that other common words
 * share would bring them in (إدانة has the root of دين "debt", إيجابية that of يجب "must", اعترف that of
 * معرفة "knowledge").
 */
const SIDE = new Map<string, { group: string; side: 0 | 1 }>();
const STEM_SIDE = new Map<string, { group: string; side: 0 | 1 }>();
const put = (m: Map<string, { group: string; side: 0 | 1 }>, key: string, group: string, side: 0 | 1) => {
  const seen = m.get(key);
  // a key on both sides of a group (or in two groups) tells nothing: drop it
  if (seen && (seen.group !== group || seen.side !== side)) m.set(key, { group: '', side: 0 });
  else m.set(key, { group, side });
};
for (const [group, a, b] of GROUPS) {
  for (const [side, words] of [
    [0, a],
    [1, b],
  ] as const) {
    for (const w of words) {
      if (w.startsWith('=')) put(STEM_SIDE, makeToken(w.slice(1), 0).stem, group, side);
      else put(SIDE, antonymKey(makeToken(w.toLowerCase(), 0)), group, side);
    }
  }
}

/**
 * Words of a side that news text negates as often as not: "pleaded not guilty", "found not guilty" (acquitted).
 * They are no antonyms on their own (the antonym rule reads a word, not its negation: "found not guilty"
 * against "acquitted" was an opposite); the negation rule reads them with their negation (polarSide).
 */
const NEGATABLE: [string, 0 | 1, string[]][] = [
  ['verdict', 0, ['guilty', '=مذنب', '=مذنبا']],
  ['verdict', 1, ['innocent', '=بريء', '=بريئا']],
];
const NEGATABLE_SIDE = new Map<string, { group: string; side: 0 | 1 }>();
for (const [group, side, words] of NEGATABLE)
  for (const w of words) NEGATABLE_SIDE.set(w.startsWith('=') ? makeToken(w.slice(1), 0).stem : makeToken(w, 0).stem, { group, side });

/** A word of NEGATABLE: its group and side before any negation. */
export function negatableSide(t: Pick<Token, 'stem' | 'alt'>): { group: string; side: 0 | 1 } | undefined {
  return NEGATABLE_SIDE.get(t.stem) ?? (t.alt !== undefined ? NEGATABLE_SIDE.get(t.alt) : undefined);
}

/** The group and side of a word for the negation rule: a word of the antonym lexicon or of NEGATABLE. */
export function polarSide(t: Pick<Token, 'root' | 'stem' | 'alt'>): { group: string; side: 0 | 1 } | undefined {
  return antonymSide(t) ?? negatableSide(t);
}

/** The group and side of a word in the lexicon, if it is there. */
export function antonymSide(t: Pick<Token, 'root' | 'stem' | 'alt'>): { group: string; side: 0 | 1 } | undefined {
  const s =
    STEM_SIDE.get(t.stem) ??
    (t.alt !== undefined ? STEM_SIDE.get(t.alt) : undefined) ??
    SIDE.get(antonymKey(t)) ??
    (t.alt !== undefined ? SIDE.get(t.alt) : undefined);
  return s && s.group ? s : undefined;
}
