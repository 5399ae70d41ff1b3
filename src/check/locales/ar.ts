import type { RuleId } from '../types.js';
import type { Catalog } from './catalog.js';

/**
 * The messages in Arabic (Modern Standard Arabic as a newsroom writes it), one per message id of each
 * rule's `meta.messages`, with the same placeholders (tests/messages.test.ts checks both).
 * Phrasing chosen to avoid agreement with a placeholder: a count is given after a colon or in brackets
 * (Arabic counted nouns change number and case with the count), a language after باللغة, an entity
 * class after من فئة. Source sentence ids (t3) and the words quoted from the texts stay as they are.
 */
const messages: Record<RuleId, Record<string, string>> = {
  'unsupported-claim': {
    weak: 'ادعاء بلا مصدر: لا تغطي أفضل مصادره إلا {{coverage}} من مضمونه',
    continues: 'ادعاء بلا مصدر: يكمل عبارة بلا مصدر، ولا تغطي أفضل مصادره إلا {{coverage}} من مضمونه',
    likely: 'ادعاء بلا مصدر على الأرجح (الاحتمال {{p}})؛ لا تغطي أفضل مصادره إلا {{coverage}} من مضمونه',
    likelyWords: 'كلمات بلا مصدر في ادعاء بلا مصدر على الأرجح (الاحتمال {{p}})',
    xlingOutOfOrder: 'لا مصدر له في الأصل باللغة {{lang}}: إذا قُرئت الجمل بترتيبها فهو لا يترجم أيًّا من جمل الأصل، وأقربها إليه يحمل {{coverage}} منه',
    xlingWeak: 'لا مصدر له في الأصل باللغة {{lang}}: أقوى ما يسنده يحمل {{coverage}} منه',
  },
  'unsupported-span': {
    unknownWords: 'كلمات لا ترد في أي موضع من المصدر (عددها {{count}})، داخل ادعاء له مصدر',
  },
  'unknown-name': {
    absent: '«{{name}}» لا يرد في أي موضع من المصدر',
    otherPerson: 'ينسب المصدر «{{name}}» إلى شخص آخر، لا إلى {{given}}',
    xlingAbsent: 'اسم لا يرد في الأصل بأي تهجئة',
    xlingOtherName: 'يذكر الأصل هنا {{expected}}',
  },
  'number-mismatch': {
    elsewhere: 'الرقم {{number}} غير موجود في جمل المصدر المقابلة، لكنه يرد في الجملة {{sentence}} من المصدر',
    absent: 'الرقم {{number}} لا يرد في أي موضع من المصدر',
    otherCurrency: 'تذكر الجملة {{sentence}} من المصدر الرقم {{number}} بعملة {{expected}} لا {{actual}}',
    xlingElsewhere: 'هذا الرقم موجود في الأصل، لكن ليس في الجمل التي تترجمها هذه الجملة',
    xlingAbsent: 'هذا الرقم غير موجود في الأصل',
  },
  'negation-mismatch': {
    opposite: 'تقول الجملة {{source}} من المصدر «{{expected}}»، وهو عكس «{{actual}}»',
    added: 'أداة النفي «{{cue}}» تنفي ما تقوله الجملة {{source}} من المصدر بصيغة الإثبات',
    dropped: 'تقول الجملة {{source}} من المصدر «{{expected}}»، والملخص يُسقط النفي',
    doubled: '«{{actual}}» نفيٌ للنفي يُثبت ما تنفيه الجملة {{source}} من المصدر: «{{expected}}»',
    xlingAdded: 'أداة النفي «{{cue}}» تنفي ما يقوله الأصل بصيغة الإثبات',
    xlingDropped: 'يقول الأصل «{{expected}}»، والترجمة تُسقط النفي',
  },
  'antonym-mismatch': {
    opposite: 'تقول الجملة {{source}} من المصدر «{{expected}}»، وهو عكس «{{actual}}»',
    figures: 'تنتقل الجملة {{source}} من المصدر من {{from}} إلى {{to}}، أي عكس اتجاه «{{actual}}»',
  },
  'entity-mismatch': {
    otherEntity: 'تذكر الجملة {{source}} من المصدر «{{expected}}» حيث يقول الملخص «{{actual}}»',
    xlingOtherEntity: 'يذكر الأصل هنا اسمًا آخر من فئة «{{cls}}» ({{expected}})',
  },
  'attribution-mismatch': {
    otherSpeaker: 'تنسب الجملة {{source}} من المصدر هذا الكلام إلى «{{expected}}»، لا إلى «{{actual}}»',
    declined: 'لا تنسب الجملة {{source}} من المصدر هذا الكلام إلى «{{actual}}»: لا يذكر المصدر عن «{{expected}}» إلا امتناعه عن التعليق',
    asFact: 'لا تورد الجملة {{source}} من المصدر هذا إلا اتهامًا أو ادعاءً («{{expected}}»)، ويقدمه الملخص هنا على أنه حقيقة',
    beliefAsFact: 'لا تورد الجملة {{source}} من المصدر هذا إلا ترجيحًا («{{expected}}»)، ويقدمه الملخص هنا على أنه مؤكد',
  },
  'hedge-dropped': {
    certain: 'تقول الجملة {{source}} من المصدر «{{expected}}»: احتمال يقدمه الملخص هنا على أنه مؤكد',
  },
  omission: {
    omitted: 'أغفلها الملخص (لا يحمل منها أكثر من {{carried}})',
    xlingOmitted: 'أغفلها النص باللغة {{lang}} (لا يحمل منها أكثر من {{carried}})',
  },
  'language-mismatch': {
    noLexiconInstalled:
      'الملخص باللغة {{summaryLang}} والمصدر باللغة {{sourceLang}}، والمعجم العربي الإنجليزي غير مثبت (لتثبيته: apt-get install {{packages}})؛ لذلك لم يُقارَن سوى الأرقام والأسماء وما هو مدرج من أماكن وأشهر وأيام',
    noLexicon:
      'الملخص باللغة {{summaryLang}} والمصدر باللغة {{sourceLang}}، ولا يملك isnad معجمًا لهاتين اللغتين؛ لذلك لم يُقارَن سوى الأرقام والأسماء وما هو مدرج من أماكن وأشهر وأيام',
  },
};

const LANGUAGES: Record<string, string> = {
  Arabic: 'العربية',
  English: 'الإنجليزية',
  'an undetermined language': 'غير المحددة',
  French: 'الفرنسية',
  Spanish: 'الإسبانية',
  German: 'الألمانية',
  Persian: 'الفارسية',
  Turkish: 'التركية',
  Hebrew: 'العبرية',
  Urdu: 'الأردية',
  Russian: 'الروسية',
  Chinese: 'الصينية',
};

export const ar: Catalog = {
  messages,
  // the values of these data keys are English words the rules write (a language's name, an entity's class)
  terms: {
    lang: LANGUAGES,
    summaryLang: LANGUAGES,
    sourceLang: LANGUAGES,
    cls: { country: 'البلدان', city: 'المدن', commodity: 'السلع', currency: 'العملات', month: 'الأشهر', weekday: 'أيام الأسبوع', colour: 'الألوان' },
  },
  labels: { sourceSays: 'يقول المصدر: «{{expected}}»' },
};
