import { describe, it, expect } from 'vitest';
import { findChromium } from './chromium.js';

describe('finding Chromium for the browser tests', () => {
  const only =
    (...files: string[]) =>
    (f: string) =>
      files.includes(f);
  it('takes CHROMIUM_PATH first, and reports one that is not a browser instead of skipping', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/c/chrome', PATH: '/usr/bin' }, only('/opt/c/chrome', '/usr/bin/chromium'))).toEqual({
      path: '/opt/c/chrome',
      given: true,
    });
    expect(findChromium({ CHROMIUM_PATH: '/opt/none' }, only('/usr/bin/chromium')).problem).toBe('CHROMIUM_PATH=/opt/none is not an executable file');
  });
  it("then Debian's /usr/bin/chromium, then chromium or chromium-browser on the PATH", () => {
    expect(findChromium({ PATH: '/snap/bin' }, only('/usr/bin/chromium', '/snap/bin/chromium'))).toEqual({ path: '/usr/bin/chromium' });
    expect(findChromium({ PATH: '/a:/snap/bin' }, only('/snap/bin/chromium-browser'))).toEqual({ path: '/snap/bin/chromium-browser' });
  });
  it('finds none on a machine without a browser, and says where it looked', () => {
    const r = findChromium({ PATH: '/usr/bin:/bin' }, () => false);
    expect(r.path).toBeUndefined();
    expect(r.problem).toMatch(/^no Chromium found \(CHROMIUM_PATH, \/usr\/bin\/chromium/);
  });
});
