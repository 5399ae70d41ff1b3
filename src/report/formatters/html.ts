import type { Formatter, FormatOptions, Results } from '../types.js';
import { page } from '../html/page.js';
import { indexPage } from '../html/index-page.js';
import { escapeXml as esc } from '../positions.js';

/**
 * A self-contained HTML alignment report (styles, script and font inline; no network): both texts
 * side by side in their own direction, flags on their exact words, the aligned pairs with word-level
 * marks, and a review panel that writes the decisions file. A corpus run gives the index page.
 */
export const html: Formatter = (results, options) => {
  if (results.corpus || results.length !== 1 || results.broken?.length) return corpusIndex(results, options);
  return page(results[0], options?.texts?.[0], options);
};

/**
 * The index page with its links pointed at where the pair pages are (or taken out when there are
 * none), and a row for every pair that could not be checked. Done on the page's text so that the page
 * itself (src/report/html/index-page.ts) stays as it is: its pair links are its only `<a href>`s.
 */
function corpusIndex(results: Results, options: FormatOptions = {}): string {
  let out = indexPage(results);
  const dir = options.pagesDir;
  if (dir === null) out = out.replace(/<a href="[^"#]*\.html">([^<]*)<\/a>/g, '$1');
  else if (dir) {
    const prefix =
      dir
        .split('/')
        .map((p) => (p === '..' || p === '.' ? p : encodeURIComponent(p)))
        .join('/') + '/';
    out = out.replace(/<a href="([^"#]*\.html)">/g, (_m, href: string) => `<a href="${esc(prefix)}${href}">`);
  }
  const broken = results.broken ?? [];
  if (broken.length) {
    const rows = broken
      .map((b) => `<tr class="broken"><td>${esc(b.pair)}</td><td colspan="8" class="c-error">not checked: ${esc(b.error)}</td></tr>`)
      .join('\n');
    out = out.replace('\n</tbody>', `\n${rows}\n</tbody>`);
  }
  return out;
}
