import type { Formatter } from '../types.js';
import { styleText } from 'node:util';
import type { Flag } from '../../check/types.js';

type Style = 'red' | 'yellow' | 'dim' | 'bold';
const ISOLATE = (s: string) => `\u2068${s}\u2069`; // first-strong isolate: Arabic words do not reorder the line around them

/** A readable terminal report (ESLint's "stylish"): file, then line:column severity rule words message. */
export const text: Formatter = (results, options = {}) => {
  // whether to colour is the caller's decision (the CLI's: --color, FORCE_COLOR, NO_COLOR, a terminal),
  // so styleText is told not to look at process.stdout, which may not be where this text goes
  const paint = (c: Style, s: string) => (options.color ? styleText(c, s, { validateStream: false }) : s);
  const out: string[] = [];
  const total = { error: 0, warning: 0, info: 0, suppressed: 0 };
  for (const r of results) {
    const head = `${r.pair ? r.pair + ': ' : ''}${r.summary.file} ← ${r.source.file}`;
    out.push(paint('bold', head));
    if (r.stats.sentences.summary === 0) out.push('  nothing to check: the summary has no sentences');
    out.push(
      paint(
        'dim',
        `  ${r.stats.sentences.summary} summary sentences, ${r.stats.claims} claims (${r.stats.supportedClaims} supported), ${r.stats.sentences.source} source sentences; support ${Math.round(r.stats.support * 100)}%`,
      ),
    );
    for (const f of r.flags) {
      if (f.suppressed) {
        total.suppressed++;
        continue;
      }
      total[f.severity]++;
      if (f.severity === 'info') continue;
      out.push(line(f, r.source.file, paint));
    }
    const info = r.flags.filter((f) => f.severity === 'info' && !f.suppressed).length;
    if (info) out.push(paint('dim', `  (${info} informational: omissions and headline notes; see the JSON or HTML report)`));
    out.push('');
  }
  for (const b of results.broken ?? []) out.push(paint('red', `${b.pair}: not checked: ${b.error}`), '');
  const problems = total.error + total.warning;
  const broken = results.broken?.length ?? 0;
  // no tick when some pair was not checked: "no unsupported claims" would speak for pairs nobody read
  if (problems === 0 && !broken) out.push(paint('bold', `✓ no unsupported claims${total.suppressed ? ` (${total.suppressed} accepted)` : ''}`));
  if (problems)
    out.push(
      paint(
        total.error ? 'red' : 'yellow',
        `✖ ${problems} problem${problems === 1 ? '' : 's'} (${total.error} error${total.error === 1 ? '' : 's'}, ${total.warning} warning${total.warning === 1 ? '' : 's'})${total.suppressed ? `, ${total.suppressed} accepted` : ''}`,
      ),
    );
  if (broken)
    out.push(
      paint(
        'red',
        `✖ ${broken} pair${broken === 1 ? '' : 's'} not checked${problems === 0 && results.length ? `; the ${results.length} checked had no problems${total.suppressed ? ` (${total.suppressed} accepted)` : ''}` : ''}`,
      ),
    );
  return out.join('\n') + '\n';
};

function line(f: Flag, source: string, paint: (c: Style, s: string) => string): string {
  const sev = f.severity === 'error' ? paint('red', 'error  ') : paint('yellow', 'warning');
  const words = f.text.length > 80 ? f.text.slice(0, 77) + '…' : f.text;
  return `  ${paint('dim', `${f.line}:${f.column}`.padEnd(7))} ${sev} ${f.rule.padEnd(18)} ${ISOLATE(words.replace(/\s+/g, ' '))}  ${paint('dim', ISOLATE(f.message))}${f.document === 'source' ? paint('dim', ` (${source})`) : ''}`;
}
