import type { Formatter } from '../registry.js';
import { page } from '../html/page.js';
import { indexPage } from '../html/index-page.js';

/**
 * A self-contained HTML alignment report (styles, script and font inline; no network): both texts
 * side by side in their own direction, flags on their exact words, the aligned pairs with word-level
 * marks, and a review panel that writes the decisions file. A corpus run gives the index page.
 */
export const html: Formatter = (results, options) => {
  if (results.corpus || results.length !== 1) return indexPage(results);
  return page(results[0], options?.texts?.[0], options);
};
