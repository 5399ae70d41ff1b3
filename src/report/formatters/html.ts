import { createHash } from 'node:crypto';
import type { Formatter, FormatOptions } from '../registry.js';
import type { Report, Flag } from '../../check/types.js';
import { escapeXml as esc } from '../positions.js';

// Every piece of input text goes through esc(); the only script is this constant, allowed by its hash
// in the Content-Security-Policy, so input text can never run (diff2html's raw {{{ }}} is the trap).
const SCRIPT = `
document.querySelectorAll('[data-links]').forEach(function (el) {
  var on = function (v) {
    el.classList.toggle('active', v);
    el.getAttribute('data-links').split(' ').forEach(function (id) {
      if (!id) return; var o = document.getElementById(id); if (o) o.classList.toggle('linked', v);
    });
  };
  el.addEventListener('mouseenter', function () { on(true); });
  el.addEventListener('mouseleave', function () { on(false); });
  el.addEventListener('focus', function () { on(true); });
  el.addEventListener('blur', function () { on(false); });
});
document.querySelectorAll('input[data-filter]').forEach(function (box) {
  box.addEventListener('change', function () {
    document.body.classList.toggle('hide-' + box.getAttribute('data-filter'), !box.checked);
  });
});`;
const SCRIPT_HASH = createHash('sha256').update(SCRIPT).digest('base64');

const STYLE = `
body{font-family:"Noto Naskh Arabic","Noto Sans Arabic","Amiri",Tahoma,system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fafafa}
header{padding:1rem 1.5rem;background:#fff;border-bottom:1px solid #ddd}
h1{font-size:1.2rem;margin:0 0 .4rem} .meta{color:#555;font-size:.9rem} .meta span{margin-inline-end:1.2rem}
main{display:grid;grid-template-columns:1fr 1fr;gap:1rem;padding:1rem 1.5rem}
section.doc{background:#fff;border:1px solid #ddd;border-radius:6px;padding:1rem;line-height:2;white-space:pre-wrap;font-size:1.05rem}
section.doc h2{font-size:1rem;margin:0 0 .5rem;white-space:normal;font-family:system-ui,sans-serif}
.s{border-radius:3px;cursor:pointer} .s:focus{outline:2px solid #3366cc}
.s.active{background:#e8f0ff} .s.linked{background:#fff2b3;box-shadow:0 0 0 2px #f0c000}
.s.meta-unit,.s.boilerplate{color:#777}
mark{background:none;border-bottom:3px solid;padding:0 1px}
mark.error{border-color:#d32f2f;background:#fde7e7} mark.warning{border-color:#ef8f00;background:#fff3e0} mark.info{border-color:#9e9e9e;border-bottom-style:dotted}
body.hide-error mark.error,body.hide-warning mark.warning,body.hide-info mark.info{background:none;border-bottom:0}
aside{padding:0 1.5rem 1.5rem} table{border-collapse:collapse;width:100%;background:#fff} td,th{border:1px solid #ddd;padding:.3rem .5rem;text-align:start;vertical-align:top}
.sev-error{color:#b71c1c;font-weight:bold} .sev-warning{color:#b45f00} .sev-info{color:#666}
@media print{main{grid-template-columns:1fr 1fr} .filters{display:none} .s.active,.s.linked{background:none}}
@media (max-width:800px){main{grid-template-columns:1fr}}`;

/** A self-contained HTML alignment report (no network): both texts side by side, flags on their words. */
export const html: Formatter = (results, options?: FormatOptions) => {
  if (results.corpus || results.length !== 1) return indexPage(results);
  return page(results[0], options?.texts?.[0]);
};

function page(r: Report, texts?: { summary: string; source: string }): string {
  const summaryText = texts?.summary ?? rebuild(r.summary.sentences);
  const sourceText = texts?.source ?? rebuild(r.source.sentences);
  const srcLinks = new Map<string, Set<string>>();
  const sumLinks = new Map<string, string[]>();
  for (const a of r.alignments) {
    if (!/^s\d+$/.test(a.summary)) continue;
    sumLinks.set(a.summary, a.sources.map((s) => 'u-' + s));
    for (const s of a.sources) { if (!srcLinks.has(s)) srcLinks.set(s, new Set()); srcLinks.get(s)!.add('u-' + a.summary); }
  }
  const counts = r.stats.flags;
  const byRule = Object.entries(r.stats.byRule).map(([k, v]) => `<span>${esc(k)}: ${v}</span>`).join('');
  const rows = r.flags.map((f) => `<tr><td class="sev-${f.severity}">${f.severity}</td><td>${esc(f.rule)}</td><td>${esc(f.document)} ${f.line}:${f.column}</td><td dir="auto">${esc(f.text)}</td><td>${esc(f.message)}</td></tr>`).join('\n');
  return `<!DOCTYPE html>
<html lang="${esc(r.summary.lang === 'und' ? 'en' : r.summary.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${SCRIPT_HASH}'; img-src data:; font-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>isnad: ${esc(r.pair ?? r.summary.file)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>isnad alignment report${r.pair ? `: ${esc(r.pair)}` : ''}</h1>
<div class="meta"><span>summary: ${esc(r.summary.file)} (${esc(r.summary.lang)})</span><span>source: ${esc(r.source.file)} (${esc(r.source.lang)})</span><span>isnad ${esc(r.tool.version)}</span></div>
<div class="meta"><span>${r.stats.sentences.summary} summary sentences, ${r.stats.claims} claims, ${r.stats.supportedClaims} supported</span><span>overall support ${Math.round(r.stats.support * 100)}%</span><span class="sev-error">${counts.error} errors</span><span class="sev-warning">${counts.warning} warnings</span><span class="sev-info">${counts.info} info</span>${byRule}</div>
<div class="meta filters"><label><input type="checkbox" data-filter="error" checked> errors</label> <label><input type="checkbox" data-filter="warning" checked> warnings</label> <label><input type="checkbox" data-filter="info" checked> info</label></div>
</header>
<main>
<section class="doc" dir="${r.summary.dir}" lang="${esc(r.summary.lang)}" aria-label="summary"><h2>Summary</h2>${render(summaryText, r.summary.sentences, r.flags.filter((f) => f.document === 'summary'), (id) => sumLinks.get(id) ?? [])}</section>
<section class="doc" dir="${r.source.dir}" lang="${esc(r.source.lang)}" aria-label="source"><h2>Source</h2>${render(sourceText, r.source.sentences, r.flags.filter((f) => f.document === 'source'), (id) => [...(srcLinks.get(id) ?? [])])}</section>
</main>
<aside><h2>Flags</h2><table><thead><tr><th>severity</th><th>rule</th><th>where</th><th>words</th><th>message</th></tr></thead><tbody>
${rows}
</tbody></table></aside>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

/** Renders a text with its sentences as focusable spans and the flags as marks on their exact words. */
function render(text: string, units: Report['summary']['sentences'], flags: Flag[], links: (id: string) => string[]): string {
  const cuts = new Set<number>([0, text.length]);
  for (const u of units) { cuts.add(u.start); cuts.add(u.end); }
  for (const f of flags) { cuts.add(f.start); cuts.add(f.end); }
  const points = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
  let out = '';
  let ui = 0;
  let open: (typeof units)[number] | undefined;
  for (let p = 0; p < points.length - 1; p++) {
    const a = points[p], b = points[p + 1];
    while (ui < units.length && units[ui].end <= a) ui++;
    const u = units[ui] && units[ui].start <= a && b <= units[ui].end ? units[ui] : undefined;
    if (open && open !== u) { out += '</span>'; open = undefined; }
    if (u && open !== u) {
      const cls = u.kind === 'meta' || u.kind === 'byline' ? 's meta-unit' : u.kind === 'boilerplate' ? 's boilerplate' : 's';
      out += `<span class="${cls}" id="u-${esc(u.id)}" tabindex="0" data-links="${esc(links(u.id).join(' '))}" title="${esc(u.id)} (${esc(u.kind)})">`;
      open = u;
    }
    const on = flags.filter((f) => f.start <= a && b <= f.end && f.end > f.start);
    let piece = esc(text.slice(a, b));
    for (const f of on) piece = `<mark class="${f.severity}" data-rule="${esc(f.rule)}" tabindex="0" title="${esc(`${f.severity} ${f.rule}: ${f.message}`)}">${piece}</mark>`;
    out += piece;
  }
  if (open) out += '</span>';
  return out;
}

/** Without the original texts the report's sentences still give the right offsets; gaps become spaces. */
function rebuild(units: { start: number; end: number; text: string }[]): string {
  let s = '';
  for (const u of units) { s += ' '.repeat(Math.max(0, u.start - s.length)); s += u.text; }
  return s;
}

function indexPage(results: Report[]): string {
  const rows = results.map((r) => `<tr><td><a href="${esc(encodeURIComponent(r.pair ?? 'report'))}.html">${esc(r.pair ?? r.summary.file)}</a></td><td>${r.stats.claims}</td><td>${r.stats.supportedClaims}</td><td>${Math.round(r.stats.support * 100)}%</td><td class="sev-error">${r.stats.flags.error}</td><td class="sev-warning">${r.stats.flags.warning}</td><td>${r.stats.flags.info}</td></tr>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><title>isnad: corpus</title><style>${STYLE}</style></head>
<body><header><h1>isnad: ${results.length} pairs</h1></header><aside><table><thead><tr><th>pair</th><th>claims</th><th>supported</th><th>support</th><th>errors</th><th>warnings</th><th>info</th></tr></thead><tbody>
${rows}
</tbody></table></aside></body></html>
`;
}
