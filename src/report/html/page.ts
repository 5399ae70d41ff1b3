import type { Report, Flag, ReportUnit } from '../../check/types.js';
import type { FormatOptions } from '../types.js';
import { escapeXml as esc, NEEDS_ESCAPE } from '../positions.js';
import { PageWords, type SentenceWords } from '../word-diff.js';
import { pairKey, matches, DEFAULT_DECISIONS_FILE } from '../../review/decisions.js';
import { RULE_IDS } from '../../check/types.js';
import { STYLE, LANGUAGE_FILTER, arabicFontFace } from './assets.js';
import { displayText, type InputFormat } from '../../text/markup.js';
import type { PairTexts } from '../types.js';
import { SCRIPT, SCRIPT_HASH } from './script.js';
import { sourceSays } from '../source-says.js';
import type { Locale } from '../../check/messages.js';

const CSP = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${SCRIPT_HASH}'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'`;
const ARABIC_SCRIPT = new Set(['ar', 'fa', 'ur', 'ps', 'ckb', 'sd', 'ug']);

/** One pair's alignment report: header, filters, both texts side by side, the aligned pairs, the flags and the review panel. */
export function page(r: Report, texts: PairTexts | undefined, options: FormatOptions = {}): string {
  // HTML and Markdown inputs are shown as their visible text; the offsets are the file's, mapped
  const summaryText = viewOf(texts?.summary ?? rebuild(r.summary.sentences), texts?.summaryFormat);
  const sourceText = viewOf(texts?.source ?? rebuild(r.source.sentences), texts?.sourceFormat);
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
  // the review data without repeated keys: each flag's key as [document, rule, text, before, after] (the
  // pair once), the accepted flags' decisions by flag index; and what the script makes each sentence span
  // interactive with (its links, its kind where it is not body): a few bytes of JSON instead of five
  // attributes on each of a large source's 35,000 spans
  const accepted: Record<number, unknown> = {};
  r.flags.forEach((f, i) => {
    if (f.suppressed) accepted[i] = { ...f.suppressed, date: existing[decisionOf[i]]?.date };
  });
  const data = {
    pair: pairKey(r),
    decisionsFile: options.decisionsFile ?? DEFAULT_DECISIONS_FILE,
    existing,
    replaced: decisionOf.filter((i) => i >= 0),
    // a flag's text is left out (null) where the page shows exactly it on its marks: the script reads it
    // there (an omission's text is its whole source sentence: most of a large source's review data)
    flags: r.flags.map((f) => [
      f.document,
      f.rule,
      shownOnMarks(f, f.document === 'summary' ? summaryText : sourceText) ? null : f.text,
      f.context.before,
      f.context.after,
    ]),
    accepted,
    units: [unitData(r.summary.sentences, links.summary), unitData(r.source.sentences, links.source)],
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
<a class="skip" href="#flags">Skip to the flags (${r.flags.length})</a>
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
<section class="doc" id="summary" aria-labelledby="h-summary"><h2 id="h-summary">Summary</h2><div dir="${r.summary.dir}" lang="${esc(r.summary.lang)}">${render(summaryText, r.summary.sentences, summaryFlags, flagIndex, omitted)}</div></section>
<section class="doc" id="source" aria-labelledby="h-source"><h2 id="h-source">Source</h2><div dir="${r.source.dir}" lang="${esc(r.source.lang)}">${render(sourceText, r.source.sentences, sourceFlags, flagIndex, omitted)}</div></section>
</main>
${pairsPanel(r, summaryText, sourceText, summaryFlags, flagIndex)}
${flagsPanel(r, flagIndex, summaryText, sourceText, options.locale)}
<div id="flag-note" role="status" hidden></div>
<script type="application/json" id="isnad-data">${jsonInHtml(data)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

/**
 * Whether the marks of flag f, their text read in the page (textContent) and joined, give exactly f.text:
 * the text shown there is the flag's own, and has nothing that the page shows otherwise (characters
 * escaped as \\uXXXX, a carriage return, which HTML's parser drops, a surrogate, written as U+FFFD when alone).
 */
function shownOnMarks(f: Flag, view: View): boolean {
  return f.end > f.start && !NOT_AS_IS.test(f.text) && view.slice(f.start, f.end) === f.text;
}
const NOT_AS_IS = /[\u0000-\u0008\u000B-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** A text's sentences for the page's script: [links by sentence id (the linked sentences' ids), kinds other than body by id]. */
function unitData(units: ReportUnit[], links: Map<string, string[]>): [Record<string, string[]>, Record<string, string>] {
  const kinds = Object.fromEntries(units.filter((u) => u.kind !== 'body').map((u) => [u.id, u.kind]));
  return [Object.fromEntries(links), kinds];
}

function linksOf(r: Report) {
  const summary = new Map<string, string[]>();
  const source = new Map<string, string[]>();
  const sentenceIds = new Set(r.summary.sentences.map((s) => s.id));
  for (const a of r.alignments) {
    if (!sentenceIds.has(a.summary)) continue;
    summary.set(a.summary, a.sources);
    for (const s of a.sources) {
      const l = source.get(s);
      if (l) l.push(a.summary);
      else source.set(s, [a.summary]);
    }
  }
  return { summary, source };
}

/**
 * A text as the report shows it: `slice(a, b)` is what file offsets [a, b) show, and `at(i)` where
 * offset i falls in what is shown. Plain text is shown as it is; HTML and Markdown as their visible text.
 */
interface View {
  slice(a: number, b: number): string;
  /** esc(slice(a, b)) */
  escaped(a: number, b: number): string;
  /** esc(slice(a, b).trim()) */
  escapedTrimmed(a: number, b: number): string;
  at(i: number): number;
  length: number;
}

function viewOf(text: string, format: InputFormat | undefined): View {
  if (!format || format === 'text') {
    const e = escapedText(text);
    return { slice: (a, b) => text.slice(a, b), escaped: e, escapedTrimmed: trimmedBy(text, e), at: (i) => i, length: text.length };
  }
  const d = displayText(text, format);
  const at = (i: number) => d.at[Math.max(0, Math.min(text.length, i))];
  const e = escapedText(d.text);
  const trimmed = trimmedBy(d.text, e);
  return {
    slice: (a, b) => d.text.slice(at(a), at(b)),
    escaped: (a, b) => e(at(a), at(b)),
    escapedTrimmed: (a, b) => trimmed(at(a), at(b)),
    at,
    length: text.length,
  };
}

/** (x, y) => esc(text.slice(x, y).trim()), by escapedText's slices: trim() takes off what \s matches (WhiteSpace and LineTerminator). */
export function trimmedBy(text: string, escaped: (x: number, y: number) => string): (x: number, y: number) => string {
  return (x, y) => {
    x = Math.max(0, x);
    y = Math.min(text.length, y);
    while (x < y && SPACE.test(text[x])) x++;
    while (y > x && SPACE.test(text[y - 1])) y--;
    return escaped(x, y);
  };
}
const SPACE = /\s/;

/**
 * (x, y) => esc(text.slice(x, y)), from the text escaped once: each place that needs escaping, and how
 * many characters the escapes before it added, so that offset x of the text is x + added(x) in the escaped text.
 */
export function escapedText(text: string): (x: number, y: number) => string {
  const needs: number[] = [];
  const addedBefore: number[] = [];
  const parts: string[] = [];
  const re = new RegExp(NEEDS_ESCAPE.source, 'g');
  let added = 0,
    last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const i = m.index;
    const r = esc(text[i]);
    needs.push(i);
    addedBefore.push(added);
    parts.push(text.slice(last, i), r);
    added += r.length - 1;
    last = i + 1;
  }
  if (!needs.length) return (x, y) => text.slice(x, y);
  const place = (x: number) => {
    let lo = 0,
      hi = needs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (needs[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // few places (most Arabic text): a piece without one is its slice, one with one escaped alone, and no copy
  // of the whole text is made
  if (needs.length * 2000 < text.length) return (x, y) => (place(x) < needs.length && needs[place(x)] < y ? esc(text.slice(x, y)) : text.slice(x, y));
  parts.push(text.slice(last));
  const escaped = parts.join('');
  const at = (x: number) => {
    const k = place(x);
    return x + (k < needs.length ? addedBefore[k] : added);
  };
  return (x, y) => (y <= x ? '' : escaped.slice(at(x), at(y)));
}

/**
 * Each summary sentence lined up with its support set, the flagged words of the summary marked, and
 * the words of both sides for the page's script to mark what they share (PageWords; the marks of
 * marksBetween, made in the page: written here for every row they were most of a large report's time).
 */
function pairsPanel(r: Report, summaryText: View, sourceText: View, summaryFlags: Flag[], flagIndex: Map<Flag, number>): string {
  // only the source sentences that stand in a support set (a map of all of a large source's was a tenth of this table's time)
  const needed = new Set<string>();
  for (const a of r.alignments) for (const id of a.sources) needed.add(id);
  const src = new Map<string, ReportUnit>();
  for (const t of r.source.sentences) if (needed.has(t.id)) src.set(t.id, t);
  const align = new Map<string, (typeof r.alignments)[number]>();
  for (const a of r.alignments) align.set(a.summary, a);
  const rows = new TextBuilder();
  const flagsOf = flagsBySentence(r.summary.sentences, summaryFlags);
  const pageWords = new PageWords();
  // the sentences' words in arrays, each row naming them by index (objects keyed by sentence id were
  // slow to fill and repeated every id in the page's JSON)
  const summaryWords: SentenceWords[] = [];
  // a source sentence can stand in many support sets: its words are found once
  const sourceWords: SentenceWords[] = [];
  const sourceIndex = new Map<string, number>();
  const wordRows: (number | number[] | (number | number[])[])[][] = [];
  for (const s of r.summary.sentences) {
    if (s.kind === 'meta' || s.kind === 'byline' || s.kind === 'boilerplate') continue;
    const a = align.get(s.id);
    const sources = (a?.sources ?? []).map((id) => src.get(id)!).filter(Boolean);
    const sText = summaryText.slice(s.start, s.end);
    const base = summaryText.at(s.start);
    const flagged = (flagsOf.get(s.id) ?? []).map((f) => ({ start: summaryText.at(f.start) - base, end: summaryText.at(f.end) - base, flag: f }));
    const texts = sources.map((t) => sourceText.slice(t.start, t.end));
    if (sources.length) {
      const si = summaryWords.push(pageWords.words(sText, r.summary.lang)) - 1;
      const ti = sources.map((t, k) => {
        let x = sourceIndex.get(t.id);
        if (x === undefined) {
          x = sourceWords.push(pageWords.words(texts[k], r.source.lang)) - 1;
          sourceIndex.set(t.id, x);
        }
        return x;
      });
      const row: (number | number[] | (number | number[])[])[] = [si, ti];
      // the figures of a support set of several are read over its sentences joined (wordsOf)
      if (sources.length > 1 && ti.some((x) => pageWords.hasFigures(sourceWords[x]))) {
        let offset = 0;
        const parts = sources.map((_t, k) => {
          const p = { text: texts[k], words: sourceWords[ti[k]], offset };
          offset += texts[k].length + 1;
          return p;
        });
        row.push(pageWords.values(parts));
      }
      wordRows.push(row);
    } else wordRows.push([-1, []]);
    let cells = '';
    for (let k = 0; k < sources.length; k++)
      cells += `<p><span class="sid">${esc(sources[k].id)}</span> ${sourceText.escaped(sources[k].start, sources[k].end)}</p>`;
    const summaryCell = flagged.length ? withFlags(sText, 0, sText.length, flagged, flagIndex) : summaryText.escaped(s.start, s.end);
    if (wordRows.length > 1) rows.add('\n');
    rows.add(
      `<tr><td class="num" data-label="sentence">${esc(s.id)}</td><td data-label="summary" dir="${r.summary.dir}" lang="${esc(r.summary.lang)}">${summaryCell}</td><td data-label="support set" dir="${r.source.dir}" lang="${esc(r.source.lang)}">${cells || '<em>no source</em>'}</td><td class="num" data-label="support">${a ? Math.round(a.score * 100) + '%' : ''}</td></tr>`,
    );
  }
  const words = { forms: pageWords.forms, s: summaryWords, t: sourceWords, rows: wordRows };
  return `<section class="panel" id="pairs" aria-labelledby="h-pairs"><h2 id="h-pairs">Aligned sentences</h2>
<p class="legend meta"><span><mark class="error">flagged</mark> (colour of the severity)</span><span class="w-same">shared</span><span class="w-moved">shared, elsewhere in the sentence</span><span class="w-synonym">a synonym of a word there</span><span class="w-new">new: not in the paired source</span></p>
<table class="cards"><thead><tr><th scope="col">sentence</th><th scope="col">summary</th><th scope="col">support set (best first)</th><th scope="col">support</th></tr></thead><tbody>
${rows.text()}
</tbody></table></section>
<script type="application/json" id="isnad-words">${jsonInHtml(words)}</script>`;
}

/** text[a, b) with the flagged words in it marked (a sentence has a few flags: a plain scan is enough). */
function withFlags(text: string, a: number, b: number, flagged: { start: number; end: number; flag: Flag }[], flagIndex: Map<Flag, number>): string {
  const cuts = [a, b];
  for (const f of flagged) for (const x of [f.start, f.end]) if (x > a && x < b) cuts.push(x);
  cuts.sort((x, y) => x - y);
  let out = '';
  for (let k = 0; k < cuts.length - 1; k++) {
    const x = cuts[k],
      y = cuts[k + 1];
    if (x === y) continue;
    let piece = esc(text.slice(x, y));
    for (const f of flagged) {
      if (!(f.start <= x && y <= f.end)) continue;
      piece = `<mark class="${f.flag.severity}${f.flag.suppressed ? ' suppressed' : ''}" data-rule="${f.flag.rule}" data-pair-flag="${flagIndex.get(f.flag)}">${piece}</mark>`;
    }
    out += piece;
  }
  return out;
}

/** Each sentence's flags (a flag across sentences goes to each), by a binary search of the sorted sentences. */
function flagsBySentence(units: ReportUnit[], flags: Flag[]): Map<string, Flag[]> {
  const out = new Map<string, Flag[]>();
  for (const f of flags) {
    if (f.end <= f.start) continue;
    let lo = 0,
      hi = units.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (units[mid].end <= f.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < units.length && units[k].start < f.end; k++) {
      const list = out.get(units[k].id);
      if (list) list.push(f);
      else out.set(units[k].id, [f]);
    }
  }
  return out;
}

function flagsPanel(r: Report, flagIndex: Map<Flag, number>, summaryText: View, sourceText: View, locale?: Locale): string {
  // each cell's column name on phones (the table laid out as cards) comes from the style sheet by the
  // cell's place, and the decision and reason cells from the page's script (reviewing needs it): a large
  // report has tens of thousands of rows, and those were most of each row's markup
  const rows = new TextBuilder();
  const messageLang = locale && locale !== 'en' ? ` lang="${locale}"` : '';
  const langs = { summary: esc(r.summary.lang), source: esc(r.source.lang) };
  r.flags.forEach((f, n) => {
    const i = flagIndex.get(f)!;
    const view = f.document === 'summary' ? summaryText : sourceText;
    const shown = view.escapedTrimmed(f.start, f.end) || esc(f.text);
    // what the source says there, from the flag's `expected` (the rule's data, not its message's words)
    const said = sourceSays(f, locale);
    if (n) rows.add('\n');
    rows.add(
      `<tr class="sev-${f.severity}${f.suppressed ? ' accepted' : ''}" data-rule="${f.rule}" data-flag="${i}">` +
        `<td>${f.severity}</td><td>${esc(f.rule)}</td><td class="num"><a href="#f-${i}">${esc(f.document)} ${f.line}:${f.column}</a></td>` +
        `<td dir="auto" lang="${langs[f.document]}">${shown}</td><td dir="auto"${messageLang}>${esc(f.message)}${said ? ` <span class="says" dir="auto">(${esc(said)})</span>` : ''}</td></tr>`,
    );
  });
  const byRule = RULE_IDS.filter((id) => r.stats.byRule[id])
    .map((id) => `<span>${id}: ${r.stats.byRule[id]}</span>`)
    .join('');
  return `<section class="panel review" id="flags" aria-labelledby="h-flags"><h2 id="h-flags">Flags (${r.flags.length})</h2>
<p class="meta counts">${byRule || 'No flags.'}</p>
<div class="review-controls"><p class="who"><label for="reviewer">Your name (for decisions): </label><input type="text" id="reviewer" autocomplete="name"></p>
<p>Tick the flags you accept (an attribution to the outlet, a fact you know) and give a reason; then download the decisions file and commit it. Later runs report accepted flags as suppressed.</p>
<p><button type="button" id="download">Download decisions file</button> <span id="review-status" role="status"></span></p></div>
<table class="cards"><thead><tr><th scope="col">severity</th><th scope="col">rule</th><th scope="col">where</th><th scope="col">words</th><th scope="col">message</th></tr></thead><tbody>
${rows.text()}
</tbody></table>
<details><summary>Decisions file preview</summary><label for="decisions-json">isnad-decisions.json</label><textarea id="decisions-json" readonly></textarea></details>
</section>`;
}

/**
 * A text with its sentences as spans and the flags as marks on their exact words. The page's script makes
 * each span a button (tabindex, role, aria-pressed, its links and title, from the page's data) and gives
 * each mark its message as a title when the pointer comes over it: written here, those attributes were
 * most of a large source's markup (a 32,000-sentence source has 35,000 spans and as many flags).
 */
function render(text: View, units: ReportUnit[], flags: Flag[], flagIndex: Map<Flag, number>, omitted: Set<string>): string {
  const points = cutPoints(text.length, units, flags);
  const covering = flagsOver(points, flags);
  const first = new Set<Flag>();
  const out = new TextBuilder();
  let ui = 0;
  let open: ReportUnit | undefined;
  for (let p = 0; p < points.length - 1; p++) {
    const a = points[p],
      b = points[p + 1];
    while (ui < units.length && units[ui].end <= a) ui++;
    const u = units[ui] && units[ui].start <= a && b <= units[ui].end ? units[ui] : undefined;
    if (open && open !== u) {
      out.add('</span>');
      open = undefined;
    }
    if (u && open !== u) {
      const kind = u.kind === 'meta' || u.kind === 'byline' ? ' meta-unit' : u.kind === 'boilerplate' ? ' boilerplate' : '';
      out.add(`<span class="s${kind}${omitted.has(u.id) ? ' omitted' : ''}" id="u-${esc(u.id)}">`);
      open = u;
    }
    let piece = text.escaped(a, b);
    if (!piece && covering[p].every((f) => first.has(f))) continue; // markup only: nothing to show or mark
    for (const f of covering[p]) {
      const i = flagIndex.get(f)!;
      const id = first.has(f) ? '' : ` id="f-${i}"`;
      first.add(f);
      piece = `<mark${id} class="${f.severity}${f.suppressed ? ' suppressed' : ''}" data-rule="${f.rule}" data-flag="${i}">${piece}</mark>`;
    }
    out.add(piece);
  }
  if (open) out.add('</span>');
  return out.text();
}

/** Every offset where a sentence or a flag starts or ends, with 0 and the text's end, sorted, inside the text. */
export function cutPoints(length: number, units: readonly { start: number; end: number }[], flags: readonly { start: number; end: number }[]): number[] {
  // sorted as numbers in a typed array and deduplicated in one pass (a Set and a sort with a comparator
  // of a 32,000-sentence source's 150,000 points took a tenth of its page's time)
  const all = new Float64Array(2 + 2 * units.length + 2 * flags.length);
  let n = 0;
  all[n++] = 0;
  all[n++] = length;
  for (const u of units) {
    all[n++] = u.start;
    all[n++] = u.end;
  }
  for (const f of flags) {
    all[n++] = f.start;
    all[n++] = f.end;
  }
  all.sort();
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = all[i];
    if (x >= 0 && x <= length && (out.length === 0 || out[out.length - 1] !== x)) out.push(x);
  }
  return out;
}

/**
 * For each piece [points[p], points[p + 1]), the flags that cover it, in the order of `flags` (the
 * order the marks nest in): by definition `flags.filter((f) => f.start <= a && b <= f.end && f.end > f.start)`.
 * That filter for every piece was quadratic (flags × pieces: 24 s of a 32,000-sentence source's page);
 * this sweep goes once over the flags sorted by start and keeps the ones open at the piece, so it costs
 * the pieces plus the flags times the few flags that overlap at one point. Every flag end inside the
 * text is a point, so a flag open at a piece's start covers the whole piece.
 */
export function flagsOver<F extends { start: number; end: number }>(points: readonly number[], flags: readonly F[]): F[][] {
  const order = flags
    .map((_, i) => i)
    .filter((i) => flags[i].end > flags[i].start)
    .sort((x, y) => flags[x].start - flags[y].start || x - y);
  const out: F[][] = [];
  let next = 0;
  let active: number[] = []; // indices into flags, ascending
  let current: F[] = [];
  for (let p = 0; p < points.length - 1; p++) {
    const a = points[p];
    let changed = false;
    if (active.some((i) => flags[i].end <= a)) {
      active = active.filter((i) => flags[i].end > a);
      changed = true;
    }
    for (; next < order.length && flags[order[next]].start <= a; next++) {
      const i = order[next];
      if (flags[i].end <= a) continue;
      let k = active.length;
      while (k > 0 && active[k - 1] > i) k--;
      active.splice(k, 0, i);
      changed = true;
    }
    // pieces with the same flags share one list (most pieces have none)
    if (changed) current = active.map((i) => flags[i]);
    out.push(current);
  }
  return out;
}

/**
 * A long text built from many small pieces, joined into flat strings of about 256 K characters as it
 * goes. The page's pieces (a 32,000-sentence source's page has about a million) concatenated with `+=`
 * stay alive as one tree of small strings until the end, and the collector copied every one of them:
 * a third of the page's time. Joined in blocks, a piece dies young and each block is one large string.
 */
export class TextBuilder {
  private pieces: string[] = [];
  private size = 0;
  private blocks: string[] = [];

  add(s: string): void {
    this.pieces.push(s);
    this.size += s.length;
    if (this.size >= 1 << 18) this.flush();
  }

  private flush(): void {
    if (this.pieces.length) this.blocks.push(this.pieces.join(''));
    this.pieces = [];
    this.size = 0;
  }

  text(): string {
    this.flush();
    // the blocks as one string without copying them again (it is flattened once, where it is written)
    let s = '';
    for (const b of this.blocks) s += b;
    return s;
  }
}

/** Without the original texts the report's sentences still give the right offsets; gaps become spaces. */
export function rebuild(units: { start: number; end: number; text: string }[]): string {
  let s = '';
  for (const u of units) {
    s += ' '.repeat(Math.max(0, u.start - s.length));
    s += u.text;
  }
  return s;
}

/** JSON inside a <script type="application/json">: '<' escaped so no input text can close the element. */
export function jsonInHtml(x: unknown): string {
  let s = JSON.stringify(x);
  // each replace copies the whole text (megabytes for a large report): only when there is something to replace
  if (s.includes('<')) s = s.replace(/</g, '\\u003c');
  if (s.includes('\u2028')) s = s.replace(/\u2028/g, '\\u2028');
  if (s.includes('\u2029')) s = s.replace(/\u2029/g, '\\u2029');
  return s;
}
