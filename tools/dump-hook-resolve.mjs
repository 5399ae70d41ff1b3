// The resolve hook of tools/dump-hook.mjs.
const WRAPPER = 'isnad-dump:check';
export async function resolve(specifier, context, next) {
  if (specifier === WRAPPER) return { url: WRAPPER, shortCircuit: true };
  const r = await next(specifier, context);
  if (r.url.endsWith('/dist/check/check.js') && !context.parentURL?.startsWith(WRAPPER) && !new URL(context.parentURL ?? 'file:///').searchParams.has('real')) {
    return { url: WRAPPER + '?' + encodeURIComponent(r.url), shortCircuit: true };
  }
  return r;
}
export async function load(url, context, next) {
  if (!url.startsWith(WRAPPER)) return next(url, context);
  const real = decodeURIComponent(url.slice(WRAPPER.length + 1)) + '?real';
  const source = `
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import * as real from ${JSON.stringify(real)};
export * from ${JSON.stringify(real)};
const file = process.env.ISNAD_DUMP_CHECKS;
const record = (r) => { fs.appendFileSync(file, createHash('sha256').update(JSON.stringify(r)).digest('hex') + '\\n'); return r; };
export function check(...a) { return record(real.check(...a)); }
export function checkDocs(...a) { return record(real.checkDocs(...a)); }
`;
  return { format: 'module', source, shortCircuit: true };
}
