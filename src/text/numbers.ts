import type { Token } from './tokenize.js';

/**
 * Quantities in a run of tokens: digit numbers (any script, 1,200 / 3.5 / ٣٦٠), with a following
 * scale word (1.2 million, ٣ ملايين), and English number words (twelve, a dozen, two hundred).
 */
export interface Quantity {
  value: number;
  start: number;
  end: number;
  /** Index of the first token. */
  first: number;
}

const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, dozen: 12,
  مئه: 100, ميه: 100, الف: 1e3, الاف: 1e3, مليون: 1e6, ملايين: 1e6, مليار: 1e9, مليارات: 1e9,
};
const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
};

export function quantities(tokens: Token[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'number') {
      let v = Number(t.key);
      let end = t.end;
      const nx = tokens[i + 1];
      const sc = nx && SCALES[nx.key];
      if (sc && sc >= 1000 && nx.start - t.end <= 2) { v *= sc; end = nx.end; i++; }
      if (Number.isFinite(v)) out.push({ value: v, start: t.start, end, first: i });
      continue;
    }
    const k = t.key;
    if (k in UNITS && !(k === 'one' && tokens[i + 1] && !(tokens[i + 1].key in SCALES))) {
      let v = UNITS[k];
      const start = t.start;
      let end = t.end;
      let j = i + 1;
      // twenty-five, two hundred thousand
      while (j < tokens.length && tokens[j].start - tokens[j - 1].end <= 2) {
        const n = tokens[j].key;
        if (n in UNITS && UNITS[n] < 10 && v >= 20 && v % 10 === 0) v += UNITS[n];
        else if (n in SCALES) v *= SCALES[n];
        else break;
        end = tokens[j].end; j++;
      }
      out.push({ value: v, start, end, first: i });
      i = j - 1;
    } else if (k === 'a' && tokens[i + 1]?.key === 'dozen') {
      out.push({ value: 12, start: t.start, end: tokens[i + 1].end, first: i });
      i++;
    }
  }
  return out;
}
