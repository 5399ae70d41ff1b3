import type { Formatter } from '../types.js';
import { endOf } from '../positions.js';
import type { Flag } from '../../check/types.js';

// GitHub keeps 10 error and 10 warning annotations per step (50 per job): emit that many, then a notice.
const CAP = 10;

/** Workflow-command annotations. Property values escape % \r \n : ,; messages escape % \r \n. */
export const escapeProperty = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/:/g, '%3A').replace(/,/g, '%2C');
export const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

export const github: Formatter = (results) => {
  const lines: string[] = [];
  const shown = { error: 0, warning: 0 };
  const hidden = { error: 0, warning: 0 };
  for (const r of results) {
    for (const f of r.flags) {
      if (f.severity === 'info' || f.suppressed) continue;
      const kind = f.severity;
      if (shown[kind] >= CAP) {
        hidden[kind]++;
        continue;
      }
      shown[kind]++;
      lines.push(annotation(f, f.document === 'summary' ? r.summary.file : r.source.file));
    }
  }
  for (const b of results.broken ?? []) lines.push(`::error title=${escapeProperty(`isnad: ${b.pair} not checked`)}::${escapeData(b.error)}`);
  if (hidden.error || hidden.warning)
    lines.push(
      `::notice title=isnad::${escapeData(`${hidden.error} more errors and ${hidden.warning} more warnings are not shown as annotations (GitHub keeps 10 of each per step); see the SARIF or HTML report`)}`,
    );
  return lines.length ? lines.join('\n') + '\n' : '';
};

function annotation(f: Flag, file: string): string {
  const { endLine, endColumn } = endOf(f);
  const props = [
    `file=${escapeProperty(file)}`,
    `line=${f.line}`,
    `col=${f.column}`,
    `endLine=${endLine}`,
    `endColumn=${endColumn}`,
    `title=${escapeProperty(`isnad ${f.rule}`)}`,
  ];
  return `::${f.severity} ${props.join(',')}::${escapeData(`${f.message}: ${f.text}`)}`;
}
