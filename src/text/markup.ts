/**
 * Visible text of HTML or Markdown input with offsets kept: every character of markup (tags,
 * comments, script and style contents, Markdown syntax) becomes a space, and block-level tags become
 * line breaks, so the masked text has exactly the input's length and every offset into it is an offset
 * into the file as the user gave it. Entities are decoded in place (the decoded character, then
 * spaces to the entity's length). Matching and splitting run on the masked text; reports quote the
 * original. This is the offset-preserving approach of linters that check prose inside markup
 * (textlint's AST plugins map positions back the same way).
 */
export type InputFormat = 'text' | 'html' | 'markdown';

const BLOCK =
  /^(?:address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|tbody|td|tfoot|th|thead|tr|ul|title|body|html|head)$/i;
const HIDDEN = /^(?:script|style|noscript|template|head)$/i;
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  laquo: '\u00AB',
  raquo: '\u00BB',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201C',
  rdquo: '\u201D',
  shy: '\u00AD',
  zwnj: '\u200C',
  zwj: '\u200D',
  lrm: '\u200E',
  rlm: '\u200F',
  copy: '\u00A9',
  reg: '\u00AE',
  deg: '\u00B0',
  times: '\u00D7',
};

export function formatOf(file: string, given?: string): InputFormat {
  if (given === 'text' || given === 'html' || given === 'markdown') return given;
  if (/\.x?html?$/i.test(file)) return 'html';
  if (/\.(md|markdown)$/i.test(file)) return 'markdown';
  return 'text';
}

export function visibleText(text: string, format: InputFormat): string {
  if (format === 'text') return text;
  return masked(text, format, ' ').join('');
}

/**
 * The visible text as a reader sees it, for display (the HTML report's panels), with where each
 * offset of the file went: `text.slice(at[a], at[b])` shows file offsets [a, b). Markup is dropped
 * (not padded), and the white space between words collapses as a browser collapses it: one space, a
 * line break, or an empty line where the run held two or more line breaks (block tags, paragraphs).
 */
export function displayText(text: string, format: InputFormat): { text: string; at: Int32Array } {
  const n = text.length;
  const at = new Int32Array(n + 1);
  const chars = format === 'text' ? text.split('') : masked(text, format, '');
  let out = '';
  let breaks = -1; // line breaks in the pending run of white space; -1: none pending
  for (let i = 0; i < n; i++) {
    const c = chars[i];
    if (c === '') {
      at[i] = out.length;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f') {
      at[i] = out.length;
      if (breaks < 0) breaks = 0;
      if (c === '\n') breaks++;
      continue;
    }
    // a run of white space is written before the word after it (none at the start of the text)
    if (breaks >= 0 && out.length) out += breaks === 0 ? ' ' : breaks === 1 ? '\n' : '\n\n';
    breaks = -1;
    at[i] = out.length;
    out += c;
  }
  at[n] = out.length;
  return { text: out, at };
}

/** The file's characters with markup replaced by `fill` (one space for checking, '' for display). */
function masked(text: string, format: InputFormat, fill: string): string[] {
  const chars = text.split('');
  if (format === 'markdown') maskMarkdown(text, chars, fill);
  maskHtml(text, chars, fill);
  return chars;
}

function blank(chars: string[], a: number, b: number, fill: string, lineBreak = false): void {
  for (let i = a; i < b; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = fill;
  if (lineBreak && b - a >= 1) {
    chars[a] = '\n';
    if (b - a >= 2) chars[b - 1] = '\n';
  }
}

/**
 * A small scanner after the HTML tokenizer's states (WHATWG §13.2.5): a tag is `<` + letter (or `</`
 * + letter) up to the first `>` outside a quoted attribute value, and a quote opens a value only after
 * `=`; comments run to `-->`, other `<!`/`<?` constructs to `>`. Unclosed constructs run to the end, as
 * in a browser. Contents of script, style and the like are hidden too.
 */
function maskHtml(text: string, chars: string[], fill: string): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text[i];
    if (c === '&') {
      const m = /^&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});/.exec(text.slice(i, i + 12));
      const dec = m ? entity(m[1]) : undefined;
      if (m && dec !== undefined) {
        const units = dec.split('');
        for (let k = 0; k < m[0].length; k++) chars[i + k] = k < units.length ? units[k] : fill;
        i += m[0].length;
      } else i++;
      continue;
    }
    if (c !== '<') {
      i++;
      continue;
    }
    const next = text[i + 1] ?? '';
    if (text.startsWith('<!--', i)) {
      const e = text.indexOf('-->', i + 4);
      const end = e < 0 ? n : e + 3;
      blank(chars, i, end, fill);
      i = end;
      continue;
    }
    if (next === '!' || next === '?') {
      const e = text.indexOf('>', i);
      const end = e < 0 ? n : e + 1;
      blank(chars, i, end, fill);
      i = end;
      continue;
    }
    const closing = next === '/';
    const nameStart = closing ? i + 2 : i + 1;
    if (!/[A-Za-z]/.test(text[nameStart] ?? '')) {
      // `</` not followed by a letter is dropped (`</>`) or a bogus comment up to `>` (WHATWG: end tag open state)
      if (closing && nameStart < n) {
        const e = text.indexOf('>', nameStart);
        const end = e < 0 ? n : e + 1;
        blank(chars, i, end, fill);
        i = end;
        continue;
      }
      i++;
      continue;
    }
    let j = nameStart;
    while (j < n && !/[\s/>]/.test(text[j])) j++;
    const name = text.slice(nameStart, j);
    let afterEq = false;
    while (j < n && text[j] !== '>') {
      const d = text[j];
      if (afterEq && (d === '"' || d === "'")) {
        const e = text.indexOf(d, j + 1);
        j = e < 0 ? n : e + 1;
        afterEq = false;
        continue;
      }
      if (d === '=') afterEq = true;
      else if (!/\s/.test(d)) afterEq = false;
      j++;
    }
    const end = Math.min(n, j + 1);
    blank(chars, i, end, fill, BLOCK.test(name));
    i = end;
    if (!closing && HIDDEN.test(name) && text[end - 2] !== '/') {
      const close = new RegExp(`</${name}[\\s/>]`, 'ig');
      close.lastIndex = end;
      const m = close.exec(text);
      const stop = m ? m.index : n;
      blank(chars, end, stop, fill, true);
      i = stop;
    }
  }
}

function entity(body: string): string | undefined {
  if (body[0] === '#') {
    const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
    return String.fromCodePoint(cp);
  }
  return Object.hasOwn(NAMED, body) ? NAMED[body] : undefined;
}

function maskMarkdown(text: string, chars: string[], fill: string): void {
  const mask = (re: RegExp, fn: (m: RegExpExecArray) => [number, number][]) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      for (const [a, b] of fn(m)) blank(chars, a, b, fill);
      if (m[0] === '') re.lastIndex++;
    }
  };
  // fenced code blocks: code is not prose
  mask(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^\1[^\n]*$|(?![\s\S]))/gm, (m) => [[m.index, m.index + m[0].length]]);
  // line starts: headings, quotes, list markers, horizontal rules
  mask(/^([ \t]{0,3})(#{1,6}[ \t]+|(?:>[ \t]?)+|[-*+][ \t]+|\d{1,9}[.)][ \t]+|(?:[-*_][ \t]*){3,}$)/gm, (m) => [
    [m.index + m[1].length, m.index + m[0].length],
  ]);
  // closing hashes of ATX headings
  mask(/[ \t]+#+[ \t]*$/gm, (m) => [[m.index, m.index + m[0].length]]);
  // images: keep the alt text; links: keep the text, drop the target
  mask(/!?\[([^\]\n]*)\]\(([^)\n]*)\)/g, (m) => {
    const a = m.index,
      textEnd = a + m[0].indexOf(']');
    const open = m[0][0] === '!' ? 2 : 1;
    return [
      [a, a + open],
      [textEnd, a + m[0].length],
    ];
  });
  // reference definitions
  mask(/^[ \t]{0,3}\[[^\]\n]+\]:[^\n]*$/gm, (m) => [[m.index, m.index + m[0].length]]);
  // emphasis and code markers (the words inside stay)
  mask(/\*{1,3}|_{2,3}|(?<![\p{L}\p{N}])_(?=\S)|(?<=\S)_(?![\p{L}\p{N}])|`+|~~/gu, (m) => [[m.index, m.index + m[0].length]]);
  // setext underlines
  mask(/^[ \t]{0,3}(?:=+|-+)[ \t]*$/gm, (m) => [[m.index, m.index + m[0].length]]);
}
