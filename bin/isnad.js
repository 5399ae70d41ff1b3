#!/usr/bin/env node
// A CommonJS script (bin/package.json): Node 20 starts its ECMAScript module loader for a module entry point, a
// few milliseconds of a one-pair check that this file does not need (bench/README.md, issue 25).
const { createHash } = require('node:crypto');
const { readFileSync, statSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const vm = require('node:vm');

// The CLI bundled into one script by `npm run build` (tools/bundle-cli.mjs), when it is at least as new as tsc's
// dist/cli/main.js; else tsc's modules.
const dist = path.join(__dirname, '..', 'dist', 'cli');
const fresh = (bundle, from) => {
  try {
    return statSync(bundle).mtimeMs >= statSync(from).mtimeMs;
  } catch {
    return false;
  }
};
const bundle = path.join(dist, 'isnad.cjs');
if (fresh(bundle, path.join(dist, 'main.js'))) runBundle(bundle);
else import(pathToFileURL(path.join(dist, 'main.js')).href);

/**
 * Runs the bundled CLI as main.js runs tsc's modules, compiled with the V8 code cache the build made beside it
 * (bytecode of the functions a check runs: no parse and compile on their first call). The cache is used only when
 * it was made from this very script: it starts with the SHA-1 of the script's text, because V8's own test of a
 * cache against its source is the source's length. Any other cache (stale, from another build, truncated) is not
 * given to V8, and one V8 rejects (another Node version, other V8 flags) is ignored by it: either way the script
 * compiles as it would without a cache, and the output is the same.
 */
async function runBundle(file) {
  const bytes = readFileSync(file);
  const digest = createHash('sha1').update(bytes).digest('hex');
  const cacheFile = process.env.ISNAD_WRITE_CODE_CACHE;
  let cachedData;
  if (!cacheFile) {
    try {
      const data = readFileSync(`${file}.cache`);
      if (data.toString('latin1', 0, 40) === digest) cachedData = data.subarray(40);
    } catch {}
  }
  // the script as Node wraps a CommonJS module, with the bundle's URL for its modules' import.meta.url, an
  // import() for the packages it loads on demand (the script's own import() would fail once it is compiled from a
  // cache: tools/bundle-cli.mjs) and the script's SHA-1, which says whether the build's table of its lexicons' word
  // forms (dist/cli/word-forms.json, src/text/word-forms.ts) was made for it
  const script = new vm.Script(
    `(function (exports, require, module, __filename, __dirname, __isnadModuleUrl, __isnadImport, __isnadScriptDigest) {${bytes.toString('utf8')}\n})`,
    { filename: file, cachedData },
  );
  const module = { exports: {} };
  try {
    script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file), pathToFileURL(file).href, (p) => import(p), digest);
    process.exitCode = await module.exports.runCli(process.argv.slice(2));
  } catch (e) {
    // as main.js: the engine's modules read their word lists when they load, and a broken list is one line. The
    // exports are getters, defined before the modules load: the error class once its module has loaded.
    const IsnadError = module.exports.IsnadError;
    if (typeof IsnadError !== 'function' || !(e instanceof IsnadError)) throw e;
    process.stderr.write(`isnad: ${e.message}\n`);
    process.exitCode = 2;
  }
  // `npm run build` only: the cache, after a run has compiled what a check uses
  if (cacheFile) writeFileSync(cacheFile, Buffer.concat([Buffer.from(digest, 'latin1'), script.createCachedData()]));
  // the run is over once what it wrote to standard output and error has gone out: the process ends then, instead of
  // leaving V8 to finish the full collection that a check's last allocations start and to tear down its heap (the seed
  // pair as a whole process, in turn with the same build without it, 30 runs each: 0.97x the wall time and 0.96x the CPU)
  else exitWhenFlushed(process.exitCode);
}

/** Ends the process with `code` once standard output and standard error have taken everything written to them. */
function exitWhenFlushed(code) {
  let open = 2;
  const done = () => {
    if (--open === 0) process.exit(code);
  };
  process.stdout.write('', done);
  process.stderr.write('', done);
}
