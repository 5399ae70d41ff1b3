#!/usr/bin/env node
import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

// The CLI bundled into one script by `npm run build` (tools/bundle-cli.mjs), when it is at least as new as tsc's
// dist/cli/main.js; else tsc's modules.
const fresh = (bundle, from) => {
  try {
    return statSync(new URL(bundle, import.meta.url)).mtimeMs >= statSync(new URL(from, import.meta.url)).mtimeMs;
  } catch {
    return false;
  }
};
if (fresh('../dist/cli/isnad.cjs', '../dist/cli/main.js')) await runBundle(new URL('../dist/cli/isnad.cjs', import.meta.url));
else await import('../dist/cli/main.js');

/**
 * Runs the bundled CLI as main.js runs tsc's modules, compiled with the V8 code cache the build made beside it
 * (bytecode of the functions a check runs: no parse and compile on their first call). The cache is used only when
 * it was made from this very script: it starts with the SHA-256 of the script's text, because V8's own test of a
 * cache against its source is the source's length. Any other cache (stale, from another build, truncated) is not
 * given to V8, and one V8 rejects (another Node version, other V8 flags) is ignored by it: either way the script
 * compiles as it would without a cache, and the output is the same.
 */
async function runBundle(url) {
  const file = fileURLToPath(url);
  const source = readFileSync(file, 'utf8');
  const cacheFile = process.env.ISNAD_WRITE_CODE_CACHE;
  let cachedData;
  if (!cacheFile) {
    try {
      const data = readFileSync(`${file}.cache`);
      if (data.toString('latin1', 0, 64) === createHash('sha256').update(source).digest('hex')) cachedData = data.subarray(64);
    } catch {}
  }
  // the script as Node wraps a CommonJS module, with the bundle's URL for its modules' import.meta.url and an
  // import() for the packages it loads on demand
  // the script's own import() would fail once it is compiled from a cache (tools/bundle-cli.mjs): the packages it
  // loads on demand are imported here
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __isnadModuleUrl, __isnadImport) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  const module = { exports: {} };
  const load = () => script.runInThisContext()(module.exports, createRequire(file), module, file, fileURLToPath(new URL('.', url)), url.href, (p) => import(p));
  // as main.js: the engine's modules read their word lists when they load, and a broken list is one line
  try {
    load();
    process.exitCode = await module.exports.runCli(process.argv.slice(2));
  } catch (e) {
    // the exports are getters, defined before the modules load: the error class once its module has loaded
    const IsnadError = module.exports.IsnadError;
    if (typeof IsnadError !== 'function' || !(e instanceof IsnadError)) throw e;
    process.stderr.write(`isnad: ${e.message}\n`);
    process.exitCode = 2;
  }
  // `npm run build` only: the cache, after a run has compiled what a check uses
  if (cacheFile) writeFileSync(cacheFile, Buffer.concat([Buffer.from(createHash('sha256').update(source).digest('hex'), 'latin1'), script.createCachedData()]));
}
