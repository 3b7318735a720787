// Where Debian's browsers are, and how Chromium runs headless here: shared by the unit tests, the
// end-to-end tests, the size check and the benchmark. Nothing here downloads a browser.
import { execFileSync } from 'node:child_process';

/** Flags for headless Chromium on a machine with no network but the package registries. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const which = (name) => {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
};

/** `CHROME_PATH`, else `chromium` on the PATH. */
export const chromiumPath = () => process.env.CHROME_PATH || which('chromium') || which('chromium-browser');

/** `FIREFOX_PATH`, else `firefox-esr` on the PATH. */
export const firefoxPath = () => process.env.FIREFOX_PATH || which('firefox-esr') || which('firefox');
