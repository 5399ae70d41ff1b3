import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The layers, lowest first: a module imports only from its own directory or from a lower layer
 * (README "Layers", docs/ARCHITECTURE.md). The public API (src/index.ts) sits above the engine, so
 * that eval, which measures what a user of the library gets, reads it; cli and eval are two
 * programs side by side and import neither each other.
 */
const LAYERS: Record<string, number> = {
  // the leaves every layer may use
  'settings.ts': 0,
  'typed-arrays.ts': 0,
  'errors.ts': 0,
  'version.ts': 0,
  'json-file.ts': 0,
  text: 1,
  io: 2,
  align: 2,
  // the cross-language path is a part of the check (check.ts hands it texts in two languages)
  check: 3,
  xling: 3,
  review: 4,
  report: 5,
  'index.ts': 6,
  cli: 7,
  eval: 7,
};
/** Parts of one layer that may import each other (the rest of a layer may not). */
const SAME_LAYER = [
  ['check', 'xling'],
  ['settings.ts', 'typed-arrays.ts', 'errors.ts', 'version.ts', 'json-file.ts'],
];

const files: string[] = [];
const walk = (d: string) => {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (p.endsWith('.ts')) files.push(p);
  }
};
walk('src');
/** Every relative import (static, dynamic, type-only and re-exports alike) of every file under src, as paths under src. */
const graph = new Map(
  files.map((f) => [
    f,
    ts
      .preProcessFile(fs.readFileSync(f, 'utf8'), true, true)
      .importedFiles.map((i) => i.fileName)
      .filter((n) => n.startsWith('.') && !n.endsWith('.json'))
      .map((n) => path.join(path.dirname(f), n).replace(/\.js$/, '.ts')),
  ]),
);
const part = (f: string) => path.relative('src', f).split(path.sep)[0];

describe('module boundaries', () => {
  it('reads the import graph (each import names a file that exists)', () => {
    expect(files.length).toBeGreaterThan(50);
    for (const [f, deps] of graph) for (const d of deps) expect(fs.existsSync(d), `${f} imports ${d}`).toBe(true);
  });

  it('no module imports from a layer above its own, nor from a sibling of its layer', () => {
    const bad: string[] = [];
    for (const [f, deps] of graph) {
      const from = part(f);
      expect(LAYERS[from], `${from}: a new directory or top-level module needs its layer in this test`).toBeDefined();
      for (const d of deps) {
        const to = part(d);
        if (to === from || LAYERS[to] < LAYERS[from] || SAME_LAYER.some((g) => g.includes(from) && g.includes(to))) continue;
        bad.push(`${f} → ${d}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('has no import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 1 | 2>();
    const stack: string[] = [];
    const visit = (f: string) => {
      state.set(f, 1);
      stack.push(f);
      for (const d of graph.get(f) ?? []) {
        if (state.get(d) === 1) cycles.push([...stack.slice(stack.indexOf(d)), d].join(' → '));
        else if (!state.has(d)) visit(d);
      }
      stack.pop();
      state.set(f, 2);
    };
    for (const f of [...graph.keys()].sort()) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });
});

describe('rule ids are listed once (RULE_IDS in check/types.ts)', () => {
  it("the rules, the report schema and the README's rule table follow RULE_IDS", async () => {
    const { RULE_IDS } = await import('../src/check/types.js');
    const { RULES } = await import('../src/check/rules/index.js');
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
    const schema = JSON.parse(fs.readFileSync('schemas/isnad-report.schema.json', 'utf8'));
    const enums: unknown[][] = [];
    const find = (x: unknown) => {
      if (x && typeof x === 'object') {
        const o = x as Record<string, unknown>;
        if (Array.isArray(o.enum) && o.enum.includes('omission')) enums.push(o.enum);
        Object.values(o).forEach(find);
      }
    };
    find(schema);
    expect(enums.length).toBeGreaterThan(0);
    for (const e of enums) expect(e).toEqual([...RULE_IDS]);
    const readme = fs.readFileSync('README.md', 'utf8');
    for (const id of RULE_IDS) expect(readme, id).toContain(`| \`${id}\` |`);
  });
});
