import type { Report, Flag, ReportUnit } from '../../check/types.js';
import type { FormatOptions } from '../registry.js';
import { escapeXml as esc } from '../positions.js';
import { wordMarks, type WordMark } from '../word-diff.js';
import { pairKey, matches, DEFAULT_DECISIONS_FILE } from '../../review/decisions.js';
import { RULE_IDS } from '../../check/types.js';
import { STYLE, LANGUAGE_FILTER, arabicFontFace } from './assets.js';
import { SCRIPT, SCRIPT_HASH } from './script.js';

const CSP = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${SCRIPT_HASH}'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'`;
const ARABIC_SCRIPT = new Set(['ar', 'fa', 'ur', 'ps', 'ckb', 'sd', 'ug']);

/** One pair's alignment report: header, filters, both texts side by side, the aligned pairs, the flags and the review panel. */
export function page(r: Report, texts: { summary: string; source: string } | undefined, options: FormatOptions = {}): string {
  const summaryText = texts?.summary ?? rebuild(r.summary.sentences);
  const sourceText = texts?.source ?? rebuild(r.source.sentences);
  const links = linksOf(r);
  const omitted = new Set(r.flags.filter((f) => f.rule === 'omission').map((f) => f.unit));
  const flagIndex = new Map(r.flags.map((f, i) => [f, i]));
  const summaryFlags = r.flags.filter((f) => f.document === 'summary');
  const sourceFlags = r.flags.filter((f) => f.document === 'source');
  const arabic = ARABIC_SCRIPT.has(r.summary.lang) || ARABIC_SCRIPT.has(r.source.lang);
  const { error, warning, info } = r.stats.flags;
  const ruleCounts = RULE_IDS.filter((id) => r.stats.byRule[id]).map((id) => [id, r.stats.byRule[id]!] as const);
  // which existing decision accepted each flag, found with the run's own matches(): the review panel
  // replaces exactly those, and keeps every other decision (other pairs, stale ones) as it was
  const existing = options.decisions ?? [];
  const decisionOf = r.flags.map((f) => (f.suppressed ? existing.findIndex((d) => matches(d, r, f)) : -1));
  const data = {
    pair: pairKey(r),
    decisionsFile: options.decisionsFile ?? DEFAULT_DECISIONS_FILE,
    existing,
    replaced: decisionOf.filter((i) => i >= 0),
    flags: r.flags.map((f, i) => ({
      key: { pair: pairKey(r), document: f.document, rule: f.rule, text: f.text, before: f.context.before, after: f.context.after },
      ...(f.suppressed ? { accepted: { ...f.suppressed, date: existing[decisionOf[i]]?.date } } : {}),
    })),
  };
  const title = r.pair ?? r.summary.file;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>isnad: ${esc(title)}</title>
<style>${arabic ? arabicFontFace() : ''}${STYLE}${r.stats.byRule['language-mismatch'] ? LANGUAGE_FILTER : ''}</style>
</head>
<body>
<header>
<h1>isnad alignment report: ${esc(title)}</h1>
<p class="meta"><span>summary: <bdi>${esc(r.summary.file)}</bdi> (${esc(r.summary.lang)}, ${esc(r.summary.encoding)})</span><span>source: <bdi>${esc(r.source.file)}</bdi> (${esc(r.source.lang)}, ${esc(r.source.encoding)})</span><span>isnad ${esc(r.tool.version)}</span></p>
<p class="meta"><span>${r.stats.sentences.summary} summary sentences, ${r.stats.sentences.source} source sentences</span><span>${r.stats.claims} claims, ${r.stats.supportedClaims} supported</span><span>overall support <strong id="support">${Math.round(r.stats.support * 100)}%</strong></span></p>
<p class="meta counts"><span class="c-error">${error} error${error === 1 ? '' : 's'}</span><span class="c-warning">${warning} warning${warning === 1 ? '' : 's'}</span><span class="c-info">${info} info</span><span>${r.stats.suppressed} accepted</span></p>
</header>
<nav class="filters" aria-label="Filters">
<fieldset><legend>Severity</legend>${['error', 'warning', 'info'].map((s) => `<label><input type="checkbox" data-filter="sev-${s}" checked> ${s}</label>`).join('')}</fieldset>
<fieldset><legend>Rule</legend>${ruleCounts.map(([id, n]) => `<label><input type="checkbox" data-filter="rule-${id}" checked> ${id} (${n})</label>`).join('') || 'no flags'}</fieldset>
</nav>
<main>
<section class="doc" id="summary" aria-labelledby="h-summary"><h2 id="h-summary">Summary</h2><div dir="${r.summary.dir}" lang="${esc(r.summary.lang)}">${render(summaryText, r.summary.sentences, summaryFlags, flagIndex, (id) => links.summary.get(id) ?? [], omitted)}</div></section>
<section class="doc" id="source" aria-labelledby="h-source"><h2 id="h-source">Source</h2><div dir="${r.source.dir}" lang="${esc(r.source.lang)}">${render(sourceText, r.source.sentences, sourceFlags, flagIndex, (id) => links.source.get(id) ?? [], omitted)}</div></section>
</main>
${pairsPanel(r, summaryText, sourceText)}
${flagsPanel(r, flagIndex)}
<script type="application/json" id="isnad-data">${jsonInHtml(data)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

function linksOf(r: Report) {
  const summary = new Map<string, string[]>();
  const source = new Map<string, string[]>();
  const sentenceIds = new Set(r.summary.sentences.map((s) => s.id));
  for (const a of r.alignments) {
    if (!sentenceIds.has(a.summary)) continue;
    summary.set(a.summary, a.sources.map((s) => 'u-' + s));
    for (const s of a.sources) source.set(s, [...(source.get(s) ?? []), 'u-' + a.summary]);
  }
  return { summary, source };
}

/** Each summary sentence lined up with its support set, with word-level marks of what they share. */
function pairsPanel(r: Report, summaryText: string, sourceText: string): string {
  const src = new Map(r.source.sentences.map((s) => [s.id, s]));
  const align = new Map(r.alignments.map((a) => [a.summary, a]));
  const rows: string[] = [];
  for (const s of r.summary.sentences) {
    if (s.kind === 'meta' || s.kind === 'byline' || s.kind === 'boilerplate') continue;
    const a = align.get(s.id);
    const sources = (a?.sources ?? []).map((id) => src.get(id)!).filter(Boolean);
    const sText = summaryText.slice(s.start, s.end);
    const joined = sources.map((t) => sourceText.slice(t.start, t.end)).join('\n');
    const sMarks = sources.length ? wordMarks(sText, r.summary.lang, joined, r.source.lang).a : [];
    const cells = sources.map((t) => {
      const tText = sourceText.slice(t.start, t.end);
      return `<p><span class="sid">${esc(t.id)}</span> ${withMarks(tText, wordMarks(sText, r.summary.lang, tText, r.source.lang).b)}</p>`;
    }).join('');
    rows.push(`<tr><td class="num">${esc(s.id)}</td><td dir="${r.summary.dir}" lang="${esc(r.summary.lang)}">${withMarks(sText, sMarks)}</td><td dir="${r.source.dir}" lang="${esc(r.source.lang)}">${cells || '<em>no source</em>'}</td><td class="num">${a ? Math.round(a.score * 100) + '%' : ''}</td></tr>`);
  }
  return `<section class="panel" id="pairs" aria-labelledby="h-pairs"><h2 id="h-pairs">Aligned sentences</h2>
<p class="legend meta"><span class="w-same">shared</span><span class="w-moved">shared, elsewhere in the sentence</span><span class="w-synonym">a synonym of a word there</span><span class="w-new">new: not in the paired source</span></p>
<table><thead><tr><th scope="col">sentence</th><th scope="col">summary</th><th scope="col">support set (best first)</th><th scope="col">support</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table></section>`;
}

function withMarks(text: string, marks: WordMark[]): string {
  let out = '', at = 0;
  for (const m of marks) {
    if (m.start < at) continue;
    out += esc(text.slice(at, m.start)) + `<span class="w-${m.kind}">${esc(text.slice(m.start, m.end))}</span>`;
    at = m.end;
  }
  return out + esc(text.slice(at));
}

function flagsPanel(r: Report, flagIndex: Map<Flag, number>): string {
  const rows = r.flags.map((f) => {
    const i = flagIndex.get(f)!;
    const doc = f.document === 'summary' ? r.summary : r.source;
    return `<tr class="sev-${f.severity}${f.suppressed ? ' accepted' : ''}" data-rule="${f.rule}" data-flag="${i}">`
      + `<td>${f.severity}</td><td>${esc(f.rule)}</td><td class="num"><a href="#f-${i}">${esc(f.document)} ${f.line}:${f.column}</a></td>`
      + `<td dir="auto" lang="${esc(doc.lang)}">${esc(f.text)}</td><td>${esc(f.message)}</td>`
      + `<td><input type="checkbox" class="accept" id="accept-${i}"${f.suppressed ? ' checked' : ''}><label for="accept-${i}"> accept</label></td>`
      + `<td><input type="text" class="reason" id="reason-${i}" aria-label="reason for accepting flag ${i + 1}" value="${esc(f.suppressed?.reason ?? '')}" placeholder="reason"></td></tr>`;
  }).join('\n');
  const byRule = RULE_IDS.filter((id) => r.stats.byRule[id]).map((id) => `<span>${id}: ${r.stats.byRule[id]}</span>`).join('');
  return `<section class="panel review" id="flags" aria-labelledby="h-flags"><h2 id="h-flags">Flags (${r.flags.length})</h2>
<p class="meta counts">${byRule || 'No flags.'}</p>
<div class="review-controls"><p class="who"><label for="reviewer">Your name (for decisions): </label><input type="text" id="reviewer" autocomplete="name"></p>
<p>Tick the flags you accept (an attribution to the outlet, a fact you know) and give a reason; then download the decisions file and commit it. Later runs report accepted flags as suppressed.</p>
<p><button type="button" id="download">Download decisions file</button> <span id="review-status" role="status"></span></p></div>
<table><thead><tr><th scope="col">severity</th><th scope="col">rule</th><th scope="col">where</th><th scope="col">words</th><th scope="col">message</th><th scope="col">decision</th><th scope="col">reason</th></tr></thead><tbody>
${rows}
</tbody></table>
<details><summary>Decisions file preview</summary><label for="decisions-json">isnad-decisions.json</label><textarea id="decisions-json" readonly></textarea></details>
</section>`;
}

/** A text with its sentences as focusable spans and the flags as marks on their exact words. */
function render(text: string, units: ReportUnit[], flags: Flag[], flagIndex: Map<Flag, number>, links: (id: string) => string[], omitted: Set<string>): string {
  const cuts = new Set<number>([0, text.length]);
  for (const u of units) { cuts.add(u.start); cuts.add(u.end); }
  for (const f of flags) { cuts.add(f.start); cuts.add(f.end); }
  const points = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
  const first = new Set<Flag>();
  let out = '';
  let ui = 0;
  let open: ReportUnit | undefined;
  for (let p = 0; p < points.length - 1; p++) {
    const a = points[p], b = points[p + 1];
    while (ui < units.length && units[ui].end <= a) ui++;
    const u = units[ui] && units[ui].start <= a && b <= units[ui].end ? units[ui] : undefined;
    if (open && open !== u) { out += '</span>'; open = undefined; }
    if (u && open !== u) {
      const cls = ['s', u.kind === 'meta' || u.kind === 'byline' ? 'meta-unit' : u.kind === 'boilerplate' ? 'boilerplate' : '', omitted.has(u.id) ? 'omitted' : ''].filter(Boolean).join(' ');
      const l = links(u.id);
      out += `<span class="${cls}" id="u-${esc(u.id)}" tabindex="0" role="button" aria-pressed="false" data-links="${esc(l.join(' '))}" title="${esc(u.id)} (${esc(u.kind)})${l.length ? ': ' + esc(l.map((x) => x.slice(2)).join(', ')) : ''}">`;
      open = u;
    }
    const on = flags.filter((f) => f.start <= a && b <= f.end && f.end > f.start);
    let piece = esc(text.slice(a, b));
    for (const f of on) {
      const i = flagIndex.get(f)!;
      const id = first.has(f) ? '' : ` id="f-${i}"`;
      first.add(f);
      piece = `<mark${id} class="${f.severity}${f.suppressed ? ' suppressed' : ''}" data-rule="${f.rule}" data-flag="${i}" title="${esc(`${f.severity} ${f.rule}: ${f.message}${f.suppressed ? ` (accepted: ${f.suppressed.reason})` : ''}`)}">${piece}</mark>`;
    }
    out += piece;
  }
  if (open) out += '</span>';
  return out;
}

/** Without the original texts the report's sentences still give the right offsets; gaps become spaces. */
export function rebuild(units: { start: number; end: number; text: string }[]): string {
  let s = '';
  for (const u of units) { s += ' '.repeat(Math.max(0, u.start - s.length)); s += u.text; }
  return s;
}

/** JSON inside a <script type="application/json">: '<' escaped so no input text can close the element. */
export function jsonInHtml(x: unknown): string {
  return JSON.stringify(x).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
