/**
 * A small Arabic–English glossary written for isnad (MIT, like the code): everyday and news words
 * that the installed dictionaries gloss poorly or not at all (FreeDict glosses رجل only as "Adamic",
 * فتاة as "damsel"; the article forms of common nouns are often its only entries). Written from
 * general vocabulary (people, the body, clothes, daily actions, the words of wire copy: officials,
 * ministries, votes, prices, attacks, weather), not from any benchmark sentence. Each entry: an
 * Arabic word (its dictionary form; clitics and endings are stripped by the bridge) and its English
 * words, space-separated. Bump GLOSSARY_VERSION on any change (it keys the lexicon cache).
 */
export const GLOSSARY_VERSION = 4;

export const GLOSSARY: readonly (readonly [string, string])[] = [
  // people
  ['رجل', 'man men'], ['رجال', 'men man'], ['امرأة', 'woman women'], ['إمرأة', 'woman'], ['نساء', 'women woman'], ['سيدة', 'woman lady'],
  ['فتاة', 'girl'], ['فتيات', 'girls girl'], ['بنت', 'girl daughter'], ['ولد', 'boy child son'], ['أولاد', 'boys children'], ['صبي', 'boy'],
  ['طفل', 'child kid boy baby'], ['أطفال', 'children kids'], ['طفلة', 'girl child'], ['شاب', 'young man youth'], ['شابة', 'young woman'],
  ['شخص', 'person people'], ['أشخاص', 'people persons'], ['ناس', 'people'], ['مجموعة', 'group'], ['عائلة', 'family'], ['أسرة', 'family'],
  ['أم', 'mother'], ['أب', 'father'], ['ابن', 'son'], ['ابنة', 'daughter'], ['زوج', 'husband'], ['زوجة', 'wife'], ['صديق', 'friend'],
  ['عامل', 'worker'], ['عمال', 'workers'], ['لاعب', 'player'], ['لاعبون', 'players'], ['مواطن', 'citizen'], ['سكان', 'residents population'],
  ['مسؤول', 'official'], ['مسؤولون', 'officials'], ['وزير', 'minister'], ['رئيس', 'president head chief'], ['متحدث', 'spokesman spokeswoman spokesperson'],
  ['ناطق', 'spokesman'], ['حكومة', 'government'], ['وزارة', 'ministry'], ['برلمان', 'parliament'], ['نائب', 'deputy lawmaker'], ['شرطة', 'police'],
  ['جيش', 'army military'], ['جنود', 'soldiers troops'], ['جندي', 'soldier'], ['قوات', 'forces troops'], ['مسلحون', 'gunmen militants'],
  ['محكمة', 'court'], ['قاضي', 'judge'], ['محامي', 'lawyer'], ['شركة', 'company firm'], ['شركات', 'companies'], ['بنك', 'bank'], ['مصرف', 'bank'],
  ['طبيب', 'doctor'], ['أطباء', 'doctors'], ['مستشفى', 'hospital'], ['مدرسة', 'school'], ['جامعة', 'university'], ['طالب', 'student'], ['طلاب', 'students'],
  ['صحفي', 'journalist reporter'], ['وكالة', 'agency'], ['منظمة', 'organization organisation'], ['مجلس', 'council board'], ['لجنة', 'committee'],
  ['محافظ', 'governor'], ['سفير', 'ambassador'], ['مدير', 'director manager'], ['خبراء', 'experts'], ['محللون', 'analysts'], ['مستثمرون', 'investors'],
  ['لاجئون', 'refugees'], ['لاجئ', 'refugee'], ['ضحايا', 'victims casualties'], ['قتلى', 'dead killed'], ['جرحى', 'wounded injured'], ['مصابين', 'injured wounded'],
  // body, clothes, things
  ['رأس', 'head'], ['يد', 'hand'], ['وجه', 'face'], ['عين', 'eye'], ['شعر', 'hair'], ['قدم', 'foot feet'], ['قميص', 'shirt'], ['قبعة', 'hat'],
  ['نظارة', 'glasses'], ['ملابس', 'clothes clothing'], ['فستان', 'dress'], ['سترة', 'jacket'], ['حذاء', 'shoe shoes'], ['كرة', 'ball'],
  ['سيارة', 'car vehicle'], ['حافلة', 'bus'], ['قطار', 'train'], ['طائرة', 'plane aircraft airplane'], ['دراجة', 'bike bicycle'], ['قارب', 'boat'],
  ['سفينة', 'ship vessel'], ['بيت', 'house home'], ['منزل', 'house home'], ['شارع', 'street'], ['طريق', 'road'], ['مدينة', 'city town'],
  ['قرية', 'village'], ['بلد', 'country'], ['دولة', 'state country'], ['منطقة', 'area region'], ['حديقة', 'park garden'], ['شاطئ', 'beach'],
  ['بحر', 'sea'], ['نهر', 'river'], ['ماء', 'water'], ['مياه', 'water'], ['طعام', 'food'], ['كلب', 'dog'], ['قطة', 'cat'], ['حصان', 'horse'],
  ['كتاب', 'book'], ['هاتف', 'phone'], ['كاميرا', 'camera'], ['صورة', 'picture photo image'], ['لافتة', 'sign banner'], ['طاولة', 'table'],
  ['جدار', 'wall'], ['باب', 'door'], ['نافذة', 'window'], ['مبنى', 'building'], ['جسر', 'bridge'], ['مطار', 'airport'], ['ميناء', 'port'],
  ['نفط', 'oil'], ['غاز', 'gas'], ['كهرباء', 'electricity power'], ['سلاح', 'weapon'], ['أسلحة', 'weapons arms'], ['صاروخ', 'missile rocket'],
  // time, numbers, measures
  ['يوم', 'day'], ['أيام', 'days'], ['أسبوع', 'week'], ['شهر', 'month'], ['أشهر', 'months'], ['سنة', 'year'], ['عام', 'year'], ['أعوام', 'years'],
  ['سنوات', 'years'], ['ساعة', 'hour'], ['ساعات', 'hours'], ['دقيقة', 'minute'], ['صباح', 'morning'], ['مساء', 'evening'], ['ليلة', 'night'],
  ['أمس', 'yesterday'], ['اليوم', 'today'], ['غدا', 'tomorrow'], ['نسبة', 'rate percentage'], ['مئة', 'hundred percent'], ['المئة', 'percent'],
  ['ألف', 'thousand'], ['مليون', 'million'], ['مليار', 'billion'], ['دولار', 'dollar dollars'], ['دولارات', 'dollars'], ['يورو', 'euro euros'],
  ['كيلومتر', 'kilometre kilometer kilometres kilometers'], ['طن', 'ton tonne'], ['برميل', 'barrel barrels'], ['سعر', 'price'], ['أسعار', 'prices'],
  // adjectives
  ['كبير', 'big large major'], ['صغير', 'small little'], ['جديد', 'new'], ['قديم', 'old'], ['طويل', 'long tall'], ['قصير', 'short'],
  ['أحمر', 'red'], ['أزرق', 'blue'], ['أخضر', 'green'], ['أسود', 'black'], ['أبيض', 'white'], ['أصفر', 'yellow'], ['سوداء', 'black'], ['بيضاء', 'white'],
  ['سعيد', 'happy'], ['حزين', 'sad'], ['سريع', 'fast quick'], ['بطيء', 'slow'], ['قوي', 'strong'], ['ضعيف', 'weak'], ['جميل', 'beautiful'],
  ['أول', 'first'], ['أخير', 'last final'], ['آخر', 'other another last'], ['رسمي', 'official'], ['محلي', 'local'], ['دولي', 'international'],
  ['اقتصادي', 'economic'], ['سياسي', 'political'], ['عسكري', 'military'], ['أمني', 'security'], ['مرتفع', 'high'], ['منخفض', 'low'],
  // verbs (past and present stems: the bridge strips the present-tense prefix)
  ['قال', 'said say says'], ['يقول', 'says say'], ['أعلن', 'announced announce said'], ['أكد', 'confirmed said stressed'], ['أضاف', 'added'],
  ['أوضح', 'explained said'], ['نفى', 'denied deny'], ['صرح', 'said stated'], ['ذكر', 'said reported mentioned'], ['أفاد', 'reported said'],
  ['جلس', 'sat sit sitting'], ['يجلس', 'sits sitting sit'], ['وقف', 'stood stand standing'], ['يقف', 'stands standing stand'], ['مشى', 'walked walk'],
  ['يمشي', 'walks walking walk'], ['سار', 'walked walk'], ['يسير', 'walks walking walk'], ['ركض', 'ran run'], ['يركض', 'runs running run'],
  ['لعب', 'played play'], ['يلعب', 'plays playing play'], ['أكل', 'ate eat'], ['يأكل', 'eats eating eat'], ['شرب', 'drank drink'], ['يشرب', 'drinks drinking drink'],
  ['حمل', 'carried held carry hold'], ['يحمل', 'holds holding carries carrying hold carry'], ['ارتدى', 'wore wear'], ['يرتدي', 'wears wearing wear'],
  ['لبس', 'wore wear'], ['يلبس', 'wears wearing wear'], ['نظر', 'looked look'], ['ينظر', 'looks looking look'], ['رأى', 'saw see'], ['يرى', 'sees see'],
  ['ركب', 'rode ride'], ['يركب', 'rides riding ride'], ['قاد', 'drove led drive lead'], ['يقود', 'drives driving leads drive'], ['ضحك', 'laughed laugh'],
  ['يضحك', 'laughs laughing laugh'], ['بكى', 'cried cry'], ['يبكي', 'cries crying cry'], ['غنى', 'sang sing'], ['يغني', 'sings singing sing'],
  ['رقص', 'danced dance'], ['يرقص', 'dances dancing dance'], ['سبح', 'swam swim'], ['يسبح', 'swims swimming swim'], ['قفز', 'jumped jump'],
  ['يقفز', 'jumps jumping jump'], ['طبخ', 'cooked cook'], ['يطبخ', 'cooks cooking cook'], ['قرأ', 'read'], ['يقرأ', 'reads reading read'],
  ['كتب', 'wrote write'], ['يكتب', 'writes writing write'], ['عمل', 'worked work'], ['يعمل', 'works working work'], ['فتح', 'opened open'],
  ['أغلق', 'closed close shut'], ['بدأ', 'began started begin start'], ['يبدأ', 'begins starts'], ['انتهى', 'ended end'], ['قتل', 'killed kill'],
  ['أصيب', 'injured wounded hurt'], ['اعتقل', 'arrested detained arrest'], ['يعتقل', 'arrests arrest'], ['هاجم', 'attacked attack'], ['هجوم', 'attack'],
  ['انفجار', 'explosion blast'], ['زلزال', 'earthquake quake'], ['فيضانات', 'floods flooding'], ['حريق', 'fire blaze'], ['عاصفة', 'storm'],
  ['ارتفع', 'rose rise increased'], ['يرتفع', 'rises rising'], ['انخفض', 'fell fall dropped declined'], ['تراجع', 'fell declined dropped retreated'],
  ['زاد', 'increased rose'], ['زيادة', 'increase rise'], ['رفع', 'raised raise lifted'], ['خفض', 'cut lowered reduced'], ['وافق', 'approved agreed'],
  ['رفض', 'rejected refused'], ['وقع', 'signed'], ['اتفاق', 'agreement deal'], ['اتفاقية', 'agreement treaty'], ['صفقة', 'deal'], ['انتخابات', 'election elections'],
  ['فاز', 'won win'], ['خسر', 'lost lose'], ['زار', 'visited visit'], ['زيارة', 'visit'], ['التقى', 'met meet'], ['اجتماع', 'meeting'], ['محادثات', 'talks'],
  ['قرار', 'decision resolution'], ['قانون', 'law'], ['تقرير', 'report'], ['بيان', 'statement'], ['مؤتمر', 'conference'], ['قمة', 'summit'],
  ['حرب', 'war'], ['سلام', 'peace'], ['هدنة', 'truce ceasefire'], ['مساعدات', 'aid assistance'], ['أزمة', 'crisis'], ['اقتصاد', 'economy'],
  ['تضخم', 'inflation'], ['فائدة', 'interest'], ['نمو', 'growth'], ['صادرات', 'exports'], ['واردات', 'imports'], ['ميزانية', 'budget'], ['ديون', 'debt'],
  ['سوق', 'market'], ['أسواق', 'markets'], ['بورصة', 'stock exchange'], ['أسهم', 'shares stocks'], ['إنتاج', 'production output'], ['مصنع', 'factory plant'],
  ['مشروع', 'project'], ['خطة', 'plan'], ['بناء', 'building construction build'], ['استثمار', 'investment'], ['وظائف', 'jobs'], ['بطالة', 'unemployment'],
  ['صحة', 'health'], ['مرض', 'disease illness'], ['لقاح', 'vaccine'], ['علاج', 'treatment'], ['تعليم', 'education'], ['أمطار', 'rain rains'],
  ['استقبل', 'received receive welcomed welcome hosted'], ['يستقبل', 'receives receive welcomes welcome hosts'],
  ['اجتمع', 'met meet meeting'], ['يجتمع', 'meets meet meeting'], ['مجددا', 'again'], ['أيضا', 'also'], ['مرة', 'time times'], ['مرات', 'times'],
  ['نحو', 'about around nearly'], ['حوالي', 'about around'], ['أكثر', 'more most'], ['أقل', 'less fewer'], ['فقط', 'only'], ['جميع', 'all'],
  ['مقتل', 'killing killed death'], ['حتفهم', 'died killed'], ['لقي', 'met died'], ['توفي', 'died'], ['وفاة', 'death'], ['نقص', 'shortage shortages'],
  ['جنوب', 'south southern'], ['شمال', 'north northern'], ['شرق', 'east eastern'], ['غرب', 'west western'], ['وسط', 'central centre center'],
];
