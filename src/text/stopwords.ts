import { normalizeToken } from './normalize.js';

// Function words that carry no claim of their own. Negators are kept apart (negation.ts) since
// they matter to the negation rule; they are still not content words for coverage.
const ARABIC = `في من على إلى الى عن مع أن إن ان أنه انه أنها إنه إنها أو او ثم هذا هذه ذلك تلك هؤلاء التي الذي الذين اللذين اللتين اللواتي
كان كانت كانوا يكون تكون قد لقد ما ماذا بين حتى عند منذ كل بعض أي اي هو هي هم هن هما نحن أنا انا كما كذلك أيضا ايضا
وفي ومن وعلى وإلى وعن ومع وأن وإن وهو وهي وهم ثم بل لكن ولكن لكنه لكنها ولكنه أما اما إذا اذا إذ اذ لو حيث حين بعد قبل
فيه فيها منه منها عليه عليها إليه اليه له لها لهم به بها بهم عنه عنها معه تم يتم كما وكما عبر خلال ضمن نحو لدى لدي أمام
وقد فقد وقال قال وقالت قالت يقول تقول يقولون وفق وفقا إلى الذى التى الى هذا وهذا وذلك وهذه والتي والذي الا إلا سوى
وكان وكانت وكانوا ويكون وتكون فكان فكانت بينما فيما وحيث عندما وعندما بحسب حسب وبحسب وحسب طبقا إثر اثر عقب وعقب بسبب وبسبب جراء جرّاء بشأن وبشأن مجددا مجدداً`;
const ENGLISH = `a an the and or but if then else of to in on at by for with from into onto upon about as than that this these those
is are was were be been being am do does did doing have has had having will would shall should can could may might must
it its it's he him his she her hers they them their theirs we us our ours you your yours i me my mine who whom whose which what
there here when where why how so such very too also just only even more most much many some any each every all both either
said says say told according while after before during over under again further once up down out off own same other another
s t d ll m o re ve y mr mrs ms dr prof sir`;

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean).map(normalizeToken));
export const STOP_AR = set(ARABIC);
export const STOP_EN = set(ENGLISH);

export function isStopKey(key: string): boolean {
  return STOP_AR.has(key) || STOP_EN.has(key);
}
