import type { Report } from '../../check/types.js';
import { escapeXml as esc } from '../positions.js';
import { STYLE } from './assets.js';

/** The corpus index: one row per pair with its counts, each linking its report (reports/<pair>.html). */
export function indexPage(results: Report[]): string {
  const rows = results
    .map(
      (r) =>
        `<tr><td><a href="${esc(encodeURIComponent(r.pair ?? 'report'))}.html">${esc(r.pair ?? r.summary.file)}</a></td><td>${esc(r.summary.lang)}/${esc(r.source.lang)}</td><td>${r.stats.claims}</td><td>${r.stats.supportedClaims}</td><td>${Math.round(r.stats.support * 100)}%</td><td class="c-error">${r.stats.flags.error}</td><td class="c-warning">${r.stats.flags.warning}</td><td>${r.stats.flags.info}</td><td>${r.stats.suppressed}</td></tr>`,
    )
    .join('\n');
  const t = results.reduce((a, r) => ({ e: a.e + r.stats.flags.error, w: a.w + r.stats.flags.warning }), { e: 0, w: 0 });
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"><meta name="viewport" content="width=device-width, initial-scale=1"><title>isnad: ${results.length} pair${results.length === 1 ? '' : 's'}</title><style>${STYLE}</style></head>
<body><header><h1>isnad: ${results.length} pair${results.length === 1 ? '' : 's'}</h1><p class="meta"><span class="c-error">${t.e} errors</span><span class="c-warning">${t.w} warnings</span><span>isnad ${esc(results[0]?.tool.version ?? '')}</span></p></header>
<main style="display:block"><section class="panel" aria-labelledby="h-pairs"><h2 id="h-pairs">Pairs</h2><table><thead><tr><th scope="col">pair</th><th scope="col">languages</th><th scope="col">claims</th><th scope="col">supported</th><th scope="col">support</th><th scope="col">errors</th><th scope="col">warnings</th><th scope="col">info</th><th scope="col">accepted</th></tr></thead><tbody>
${rows}
</tbody></table></section></main></body></html>
`;
}
