import fs from 'node:fs';
import path from 'node:path';
import AjvModule from 'ajv';
import { expect } from 'vitest';

/** The published report schema (schemas/isnad-report.schema.json), compiled once for every test that makes a report. */
const schema = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', 'schemas', 'isnad-report.schema.json'), 'utf8'));
const validate = new AjvModule.default({ strict: true, allErrors: false }).compile(schema);

/** Asserts that a report (object or JSON text, one report or a corpus run) validates against the schema. */
export function expectValidReport(report: unknown): void {
  const data = typeof report === 'string' ? JSON.parse(report) : JSON.parse(JSON.stringify(report));
  const ok = validate(data);
  expect(ok, ok ? '' : JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
}
