// `npm run build`, after tsc: the CLI as one CommonJS script with a V8 code cache (dist/cli/isnad.cjs and
// dist/cli/isnad.cjs.cache) and its lexicons' word forms (dist/cli/word-forms.json), and the corpus worker as one
// module (dist/cli/worker.mjs), built by esbuild from tsc's output. Node 20's loader reads, resolves and links each
// module of a program one by one: the 85 modules of a one-pair check cost about 130 ms of a 0.7 s run on the bench
// machine (bench/README.md, issue 25), one file a fraction of that. The CLI is a script rather than a module because
// Node 20 has no compile cache for modules (Node 22's module.enableCompileCache) while vm.Script takes V8's
// cachedData: bin/isnad.js compiles the script with the cache made here, so the functions a check runs start with
// their bytecode instead of being parsed and compiled on first call. Packages (yargs, piscina, stemmer,
// string-similarity, the font) stay outside, loaded from node_modules. The files sit beside main.js so that the paths
// they resolve from their own location (`import.meta.url`, given to the script by bin/isnad.js) find lexicons/, data/
// and node_modules as tsc's modules do; bin/isnad.js and the pool take a bundle only when it is newer than tsc's
// module it was made from (a tsc-only build never runs an old bundle).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', packages: 'external', logLevel: 'warning', legalComments: 'none' };
// the script's entry: what bin/isnad.js calls (main.ts's body, minus its top-level await, which a script cannot have)
const entry = "export { runCli } from './run.js'; export { IsnadError } from '../errors.js';";
await build({
  ...common,
  format: 'cjs',
  stdin: { contents: entry, resolveDir: 'dist/cli', sourcefile: 'isnad-entry.js' },
  // the modules' own location, for their relative URLs; bin/isnad.js passes the bundle's file URL under this name
  define: { 'import.meta.url': '__isnadModuleUrl' },
  outfile: 'dist/cli/isnad.cjs',
});
// The packages loaded on demand (yargs for a command line the fast reader does not take, piscina for a corpus on
// several threads) are imported by bin/isnad.js's `__isnadImport`: Node 20 loses a script's dynamic-import
// callback when the script is compiled from a code cache (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING), so the script
// itself has no `import()`.
const script = readFileSync('dist/cli/isnad.cjs', 'utf8');
const imports = script.match(/\bimport\(/g) ?? [];
const rewritten = script.replace(/\bimport\(("(?:yargs|piscina)")\)/g, '__isnadImport($1)');
if ((rewritten.match(/\bimport\(/g) ?? []).length !== 0 || imports.length !== 2)
  throw new Error(`bundle-cli: expected the two dynamic imports of yargs and piscina in dist/cli/isnad.cjs, found ${imports.length}`);
writeFileSync('dist/cli/isnad.cjs', rewritten);
await build({ ...common, format: 'esm', entryPoints: ['dist/cli/worker.js'], outfile: 'dist/cli/worker.mjs' });
// the ESM bundle of the previous build, no longer read
rmSync('dist/cli/isnad.mjs', { force: true });

// The token forms of the lexicons' words for this script (tools/word-forms.mjs, src/text/word-forms.ts), before the
// code cache's run so that the cache holds the code a check runs with them. In a child: it loads tsc's modules.
const forms = 'dist/cli/word-forms.json';
rmSync(forms, { force: true });
const made = spawnSync(process.execPath, ['tools/word-forms.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (made.status !== 0) {
  process.stderr.write(`bundle-cli: the lexicons' word forms were not made (exit ${made.status}); the CLI computes them\n`);
  rmSync(forms, { force: true });
}

// The code cache: V8 serialises the bytecode of every function compiled so far, so it is made after a run of the
// corpus/ examples, which runs what a one-pair check runs (the seed pair: Arabic; the cross-language pair: English
// and the bridge), in a
// child started with no V8 flags, as bin/isnad.js will be (a cache made under other flags is rejected by V8).
// Their outputs are discarded; the cache does not change any output, only how soon the code runs.
const cache = 'dist/cli/isnad.cjs.cache';
rmSync(cache, { force: true });
const r = spawnSync(process.execPath, ['bin/isnad.js', 'check', '--corpus', 'corpus', '--no-config', '--exit-zero'], {
  env: { ...process.env, ISNAD_WRITE_CODE_CACHE: cache },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (r.status !== 0) {
  process.stderr.write(`bundle-cli: the code cache's training run failed (exit ${r.status}); the CLI runs without a cache\n`);
  rmSync(cache, { force: true });
}
