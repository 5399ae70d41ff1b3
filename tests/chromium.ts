import fs from 'node:fs';
import path from 'node:path';

/**
 * Where the browser tests find Chromium: CHROMIUM_PATH (or the older ISNAD_CHROMIUM) when set, else
 * Debian's /usr/bin/chromium, else `chromium` or `chromium-browser` on the PATH. playwright-core
 * downloads no browser of its own, so without one the browser tests are skipped, unless
 * ISNAD_REQUIRE_BROWSER=1 (set by .ci/run), where a missing browser is a failure.
 */
/** The browser found, or what is wrong; `given` when the path came from the environment (a wrong one fails the tests). */
export interface ChromiumLookup {
  path?: string;
  problem?: string;
  given?: boolean;
}

export const HOW_TO_RUN = 'install Chromium (Debian: apt-get install -y chromium) or set CHROMIUM_PATH=/path/to/chromium, then run npm test';

export function findChromium(env: NodeJS.ProcessEnv = process.env, isExecutable: (file: string) => boolean = executable): ChromiumLookup {
  const given = env.CHROMIUM_PATH || env.ISNAD_CHROMIUM;
  // a path the user gave that is no browser is a mistake to report, not a reason to skip quietly
  if (given) return isExecutable(given) ? { path: given, given: true } : { problem: `CHROMIUM_PATH=${given} is not an executable file`, given: true };
  const onPath = (env.PATH ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .flatMap((d) => ['chromium', 'chromium-browser'].map((n) => path.join(d, n)));
  for (const file of ['/usr/bin/chromium', '/usr/bin/chromium-browser', ...onPath]) if (isExecutable(file)) return { path: file };
  return { problem: 'no Chromium found (CHROMIUM_PATH, /usr/bin/chromium, chromium or chromium-browser on the PATH)' };
}

function executable(file: string): boolean {
  try {
    return fs.statSync(file).isFile() && (fs.accessSync(file, fs.constants.X_OK), true);
  } catch {
    return false;
  }
}
