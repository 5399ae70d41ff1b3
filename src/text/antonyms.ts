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
  ['direction',
    ['ارتفع', 'يرتفع', 'ارتفعت', 'ترتفع', 'ارتفاع', 'رفع', 'يرفع', 'ترفع', 'رفعت', 'زيادة', 'يزيد', 'تزيد', 'زاد', 'زادت', 'قفزة', 'يقفز', 'قفز', 'قفزت', 'صعود', 'يصعد', 'صعد', 'صعدت', 'مكاسب', 'نمو', 'ينمو', 'نما',
      'rise', 'rises', 'rose', 'risen', 'rising', 'increase', 'increased', 'increases', 'jump', 'jumped', 'surge', 'surged', 'climb', 'climbed', 'gain', 'gained', 'gains', 'growth', 'grew', 'raise', 'raised', 'hike', 'hiked', 'hikes', 'soar', 'soared', 'boost', 'boosted'],
    ['انخفض', 'ينخفض', 'انخفضت', 'تنخفض', 'انخفاض', 'خفض', 'يخفض', 'تخفض', 'خفضت', 'تخفيض', 'هبط', 'يهبط', 'تهبط', 'هبطت', 'هبوط', 'تراجع', 'يتراجع', 'تتراجع', 'تراجعت', 'نقص', 'ينقص', 'تدهور', 'يتدهور', 'انكماش', 'خسائر',
      'fall', 'falls', 'fell', 'fallen', 'falling', 'decrease', 'decreased', 'decreases', 'drop', 'dropped', 'drops', 'decline', 'declined', 'declines', 'plunge', 'plunged', 'slump', 'slumped', 'cut', 'lowered', 'shrank', 'losses', 'reduce', 'reduced', 'reduces', 'slash', 'slashed', 'tumble', 'tumbled', 'dip', 'dipped']],
  ['extreme', ['أعلى', 'highest', 'record-high'], ['أدنى', 'lowest', 'record-low']],
  ['quantity', ['أكثر', 'more'], ['أقل', 'fewer', 'less']],
  ['confirmation', ['أكد', 'يؤكد', 'تؤكد', 'أكدت', 'تأكيد', 'confirm', 'confirmed', 'confirms'], ['نفى', 'ينفي', 'تنفي', 'نفت', 'deny', 'denied', 'denies']],
  ['acceptance', ['وافق', 'يوافق', 'توافق', 'وافقت', 'موافقة', 'accept', 'accepted', 'approve', 'approved'], ['رفض', 'يرفض', 'ترفض', 'رفضت', 'reject', 'rejected', 'refuse', 'refused']],
  ['outcome', ['فاز', 'يفوز', 'تفوز', 'فازت', 'فوز', 'win', 'wins', 'won'], ['خسر', 'يخسر', 'تخسر', 'خسرت', 'خسارة', 'هزيمة', 'lose', 'loses', 'lost', 'defeat', 'defeated']],
  ['opening', ['فتح', 'يفتح', 'تفتح', 'فتحت', 'افتتاح', 'open', 'opened', 'opens', 'reopened'], ['أغلق', 'يغلق', 'تغلق', 'أغلقت', 'إغلاق', 'close', 'closed', 'closes', 'shut']],
  ['start', ['بدأ', 'يبدأ', 'تبدأ', 'بدأت', 'بدء', 'began', 'begin', 'begins', 'started', 'launched'], ['انتهى', 'ينتهي', 'تنتهي', 'انتهت', 'انتهاء', 'إنهاء', 'ended', 'ends', 'finished', 'halted']],
  ['permission', ['سمح', 'يسمح', 'تسمح', 'سمحت', 'منح', 'يمنح', 'تمنح', 'منحت', 'allow', 'allowed', 'allows', 'permitted'], ['منع', 'يمنع', 'تمنع', 'منعت', 'حظر', 'يحظر', 'ممنوعة', 'ban', 'banned', 'bans', 'prohibited', 'barred']],
  ['custody', ['أفرج', 'يفرج', 'الإفراج', 'سراح', 'released', 'freed'], ['اعتقل', 'اعتقلت', 'يعتقل', 'تعتقل', 'اعتقال', 'احتجاز', 'سجن', 'arrested', 'detained', 'jailed']],
  ['stance', ['support', 'supported', 'supports', 'backed'], ['oppose', 'opposed', 'opposes']],
  ['success', ['نجح', 'ينجح', 'تنجح', 'نجحت', 'نجاح', 'succeed', 'succeeded', 'succeeds', 'success'], ['فشل', 'يفشل', 'تفشل', 'فشلت', 'أخفق', 'أخفقت', 'يخفق', 'إخفاق', 'fail', 'failed', 'fails', 'failure']],
  ['reaction', ['رحب', 'يرحب', 'ترحب', 'رحبت', 'ترحيب', 'welcome', 'welcomed', 'welcomes'], ['ندد', 'يندد', 'تندد', 'نددت', 'تنديد', 'condemn', 'condemned', 'condemns']],
  ['judgement', ['أشاد', 'أشادت', 'إشادة', 'praise', 'praised', 'praises'], ['انتقد', 'ينتقد', 'تنتقد', 'انتقدت', 'انتقاد', 'انتقادات', 'criticize', 'criticized', 'criticise', 'criticised', 'criticizes']],
  ['accord', ['agree', 'agreed', 'agrees'], ['disagree', 'disagreed', 'disagrees']],
  ['verdict', ['convicted', 'conviction', 'guilty'], ['acquitted', 'acquittal', 'innocent']],
];

/** Matching key of a word for the lexicon: its Arabic root when it has one, else its stem. */
export const antonymKey = (t: Pick<Token, 'root' | 'stem' | 'alt'>): string => t.root ?? t.stem;

const SIDE = new Map<string, { group: string; side: 0 | 1 }>();
for (const [group, a, b] of GROUPS) {
  for (const [side, words] of [[0, a], [1, b]] as const) {
    for (const w of words) {
      const key = antonymKey(makeToken(w.toLowerCase(), 0));
      const seen = SIDE.get(key);
      // a key on both sides of a group (or in two groups) tells nothing: drop it
      if (seen && (seen.group !== group || seen.side !== side)) SIDE.set(key, { group: '', side: 0 });
      else SIDE.set(key, { group, side });
    }
  }
}

/** The group and side of a word in the lexicon, if it is there. */
export function antonymSide(t: Pick<Token, 'root' | 'stem' | 'alt'>): { group: string; side: 0 | 1 } | undefined {
  const s = SIDE.get(antonymKey(t)) ?? (t.alt !== undefined ? SIDE.get(t.alt) : undefined);
  return s && s.group ? s : undefined;
}
