// `npm run build`, after tsc: the CLI and its corpus worker each as one module (dist/cli/isnad.mjs and
// dist/cli/worker.mjs), built by esbuild from tsc's output. Node 20's loader reads, resolves and links each
// module of a program one by one: the 85 modules of a one-pair check cost about 130 ms of a 0.7 s run on the
// bench machine (bench/README.md, issue 25), one file a fraction of that. Packages (yargs, piscina, stemmer,
// string-similarity, the font) stay outside, loaded from node_modules. The files sit beside main.js so that
// their import.meta.url finds lexicons/, data/ and node_modules as tsc's modules do; bin/isnad.js and the pool
// take a bundle only when it is newer than tsc's module it was made from (a tsc-only build never runs an
// old bundle).
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning', legalComments: 'none' };
await build({ ...common, entryPoints: ['dist/cli/main.js'], outfile: 'dist/cli/isnad.mjs' });
await build({ ...common, entryPoints: ['dist/cli/worker.js'], outfile: 'dist/cli/worker.mjs' });
