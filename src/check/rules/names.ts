import type { Rule } from '../context.js';
import { isChecked, severityFor } from '../context.js';
import type { Token } from '../../text/tokenize.js';
import { entityOf, stemsOf } from '../../text/entities.js';

const OPEN_CLOSE: Record<string, string> = { '«': '»', '“': '”', '"': '"', '(': ')', '‹': '›' };
const MAX_QUOTED = 4;

/**
 * A proper name or other rare term that appears nowhere in the source (not even as a spelling
 * variant). Names are recognised by script-neutral cues: a short quoted or bracketed term
 * (`«البنيان المرصوص»`, `(Odyssey Lightning)`), and in cased scripts a capitalised word inside the
 * sentence or an acronym.
 */
export const unknownName: Rule = {
  id: 'unknown-name',
  severity: 'error',
  description: 'A name or rare term of the summary appears nowhere in the source.',
  help: 'Names, places, organisations and operations must come from the source. Check the spelling against the source or remove the name.',
  run(ctx, emit) {
    // entities of the closed classes that the source names in any of their forms: U.K. is no unknown
    // name in a source that says British, nor مصري in one that says مصر
    // (looked up by the entity's stems in the source vocabulary: a scan of every source word cost a
    // third of a second at 100,000 sentences)
    const sourceNames = (id: string): boolean => stemsOf(id).some((st) => ctx.index.vocab.has(st));
    const firstOfSentence = new Set(ctx.summary.sentences.map((s) => s.tokens[0]).filter(Boolean));
    let acronyms: Set<string> | undefined;
    const spelledOut = (t: Token): boolean => ACRONYM.test(t.text) && (acronyms ??= sourceAcronyms(ctx.source.text)).has(t.text.replace(/\./g, ''));
    for (const { unit, query } of ctx.claims) {
      if (!isChecked(unit.kind)) continue;
      const unknown = new Set(query.keys.filter((k) => !ctx.index.known(k)).map((k) => k.stem));
      const quoted = quotedTokens(ctx.summary.text, unit.start, unit.end, unit.tokens);
      const names: Token[][] = [];
      let cur: Token[] = [];
      let curGroup = -2;
      unit.tokens.forEach((t, i) => {
        const group = quoted.get(t) ?? -1;
        const cased = /^\p{Lu}/u.test(t.text) && !firstOfSentence.has(t) && !t.stop;
        const candidate = !t.stop && t.kind === 'word' && unknown.has(t.stem) && (group >= 0 || cased);
        const e = candidate ? entityOf(t) : undefined;
        const isName = candidate && !(e && sourceNames(e.id)) && !spelledOut(t);
        if (isName && (cur.length === 0 || (group === curGroup && unit.tokens[i - 1] === cur[cur.length - 1]))) { cur.push(t); curGroup = group; }
        else { if (cur.length) names.push(cur); cur = isName ? [t] : []; curGroup = group; }
      });
      if (cur.length) names.push(cur);
      for (const n of names) {
        const a = n[0], b = n[n.length - 1];
        emit({
          rule: this.id, severity: severityFor(unit.kind, this.severity), document: 'summary', start: a.start, end: b.end, unit: unit.id,
          message: `"${ctx.summary.text.slice(a.start, b.end)}" appears nowhere in the source`,
        });
      }
    }
  },
};

/** Tokens inside short quoted or bracketed segments, mapped to the segment's number. */
function quotedTokens(text: string, a: number, b: number, tokens: Token[]): Map<Token, number> {
  const out = new Map<Token, number>();
  let group = 0;
  for (let i = a; i < b; i++) {
    const close = OPEN_CLOSE[text[i]];
    if (!close) continue;
    const j = text.indexOf(close, i + 1);
    if (j < 0 || j >= b + 2) continue;
    const inside = tokens.filter((t) => t.start > i && t.end <= j);
    if (inside.length > 0 && inside.length <= MAX_QUOTED) { for (const t of inside) out.set(t, group); group++; }
    i = j;
  }
  return out;
}

/** A Latin acronym as written: EU, WHO, OPEC, U.N. */
const ACRONYM = /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,6})$/;
/** Runs of capitalised words, with short function words between them (Organization of the Petroleum Exporting Countries). */
const NAME_RUN = /\b[A-Z][\p{Ll}]+(?:\s+(?:(?:of|the|and|for|on|de|du|des|la|le)\s+)*[A-Z][\p{Ll}]+)+/gu;

/**
 * The acronyms that a source spells out: the initials of its runs of capitalised words (European Union
 * → EU, World Health Organization → WHO, Organization of the Petroleum Exporting Countries → OPEC), so
 * that a summary's EU is no unknown name in a source that writes the name in full. Every contiguous part
 * of a run counts (the European Central Bank → ECB and CB). Read once per check, from the source text.
 */
function sourceAcronyms(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(NAME_RUN)) {
    const initials = m[0].split(/\s+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
    for (let a = 0; a < initials.length; a++) for (let b = a + 2; b <= initials.length && b - a <= 6; b++) out.add(initials.slice(a, b));
  }
  return out;
}
