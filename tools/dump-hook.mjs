// For tools/dump-outputs.mjs: every import of dist/check/check.js (but this hook's own) resolves to a
// wrapper whose check() and checkDocs() append the sha256 of each report's JSON to $ISNAD_DUMP_CHECKS.
import { register } from 'node:module';

if (process.env.ISNAD_DUMP_CHECKS) register('./dump-hook-resolve.mjs', import.meta.url);
