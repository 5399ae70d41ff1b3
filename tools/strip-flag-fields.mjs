// Prints an isnad JSON report (one report, or { pairs }) without the flag fields issue 24 item 5 added
// (messageId, data, expected, actual, endLine, endColumn), laid out as isnad writes JSON: to show that a
// report differs from one written before them by those fields alone.
//   node tools/strip-flag-fields.mjs reports/x.json | diff - <(git show main:reports/x.json)
import fs from 'node:fs';

const ADDED = new Set(['messageId', 'data', 'expected', 'actual', 'endLine', 'endColumn']);
const isFlag = (x) => 'rule' in x && 'severity' in x && 'context' in x;
const strip = (x) => {
  if (Array.isArray(x)) return x.map(strip);
  if (x === null || typeof x !== 'object') return x;
  const flag = isFlag(x);
  return Object.fromEntries(
    Object.entries(x)
      .filter(([k]) => !(flag && ADDED.has(k)))
      .map(([k, v]) => [k, strip(v)]),
  );
};
process.stdout.write(JSON.stringify(strip(JSON.parse(fs.readFileSync(process.argv[2], 'utf8'))), null, 2) + '\n');
