import type { Formatter } from '../types.js';

const cell = (s: string) =>
  s
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ')
    .replace(/([\\`*_[\]<>])/g, '\\$1');

/** A compact table for a pull-request comment. */
export const markdown: Formatter = (results) => {
  const out: string[] = ['### isnad', ''];
  out.push('| pair | claims | supported | support | errors | warnings |', '|---|---:|---:|---:|---:|---:|');
  for (const r of results)
    out.push(
      `| ${cell(r.pair ?? r.summary.file)} | ${r.stats.claims} | ${r.stats.supportedClaims} | ${Math.round(r.stats.support * 100)}% | ${r.stats.flags.error} | ${r.stats.flags.warning} |`,
    );
  for (const b of results.broken ?? []) out.push(`| ${cell(b.pair)} | not checked: ${cell(b.error)} | | | | |`);
  const rows = results.flatMap((r) => r.flags.filter((f) => f.severity !== 'info' && !f.suppressed).map((f) => ({ r, f })));
  if (rows.length) {
    out.push('', '| where | severity | rule | words | message |', '|---|---|---|---|---|');
    for (const { r, f } of rows)
      out.push(
        `| ${cell(f.document === 'summary' ? r.summary.file : r.source.file)}:${f.line}:${f.column} | ${f.severity} | ${f.rule} | ${cell(f.text)} | ${cell(f.message)} |`,
      );
  } else out.push('', 'No unsupported claims.');
  return out.join('\n') + '\n';
};
