#!/usr/bin/env node
import { statSync } from 'node:fs';

// The CLI bundled into one module by `npm run build` (tools/bundle-cli.mjs), when it is at least as new as
// tsc's dist/cli/main.js; else tsc's modules.
const fresh = (bundle, from) => {
  try {
    return statSync(new URL(bundle, import.meta.url)).mtimeMs >= statSync(new URL(from, import.meta.url)).mtimeMs;
  } catch {
    return false;
  }
};
await import(fresh('../dist/cli/isnad.mjs', '../dist/cli/main.js') ? '../dist/cli/isnad.mjs' : '../dist/cli/main.js');
