import type { Formatter } from '../types.js';
import { escapeXml as x } from '../positions.js';

/** JUnit XML: one suite per pair, one test case per checked claim; error and warning flags are failures. */
export const junit: Formatter = (results) => {
  const suites: string[] = [];
  let total = 0,
    failures = 0;
  for (const r of results) {
    const cases: string[] = [];
    let fails = 0;
    const flagsOf = new Map<string, typeof r.flags>();
    for (const f of r.flags) if (f.severity !== 'info' && !f.suppressed && f.document === 'summary') flagsOf.set(f.unit, [...(flagsOf.get(f.unit) ?? []), f]);
    for (const c of r.summary.claims) {
      const fl = flagsOf.get(c.id) ?? [];
      const name = `${c.id} ${c.text.length > 60 ? c.text.slice(0, 57) + '…' : c.text}`.replace(/\s+/g, ' ');
      if (fl.length === 0) {
        cases.push(`    <testcase classname="${x(r.summary.file)}" name="${x(name)}"/>`);
        continue;
      }
      fails++;
      const body = fl.map((f) => `${f.severity} ${f.rule} at ${r.summary.file}:${f.line}:${f.column}: ${f.message}: ${f.text}`).join('\n');
      cases.push(
        `    <testcase classname="${x(r.summary.file)}" name="${x(name)}">\n      <failure type="${x(fl[0].rule)}" message="${x(fl[0].message)}">${x(body)}</failure>\n    </testcase>`,
      );
    }
    total += r.summary.claims.length;
    failures += fails;
    suites.push(
      `  <testsuite name="${x(r.pair ?? r.summary.file)}" tests="${r.summary.claims.length}" failures="${fails}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  // a pair that could not be checked is a suite with one erroring case: CI shows it with the failures
  const broken = results.broken ?? [];
  for (const b of broken)
    suites.push(
      `  <testsuite name="${x(b.pair)}" tests="1" failures="0" errors="1" skipped="0">\n    <testcase classname="${x(b.pair)}" name="read the pair">\n      <error type="broken-pair" message="${x(b.error)}">${x(b.error)}</error>\n    </testcase>\n  </testsuite>`,
    );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="isnad" tests="${total + broken.length}" failures="${failures}" errors="${broken.length}">\n${suites.join('\n')}\n</testsuites>\n`;
};
