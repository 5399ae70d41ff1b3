import { IsnadError } from '../errors.js';

// The engine's modules read their word lists (lexicons/*.json) when they load, before runCli: a broken list is
// an IsnadError here, printed as one line naming the file, as a bad input is.
try {
  const { runCli } = await import('./run.js');
  process.exitCode = await runCli(process.argv.slice(2));
} catch (e) {
  if (!(e instanceof IsnadError)) throw e;
  process.stderr.write(`isnad: ${e.message}\n`);
  process.exitCode = 2;
}
