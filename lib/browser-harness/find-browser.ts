/** Finds the browsers the tests and the demo drive: an environment variable first, then the usual system paths. */
import { existsSync } from 'node:fs';

interface BrowserSearch {
  /** The environment variable that names the executable. */
  env: string;
  candidates: string[];
  /** What to say when none is found. */
  missing: string;
}

function findBrowser({ env, candidates, missing }: BrowserSearch): string {
  const fromEnv = process.env[env];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${env} is set to ${fromEnv}, but there is no file there.`);
  }
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(`${missing} or set ${env} to its executable.`);
}

/** Chromium or Chrome's path, or an error that says how to install one. */
export const findChromium = () =>
  findBrowser({
    env: 'CHROME_PATH',
    candidates: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/snap/bin/chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ],
    missing: 'No Chromium or Chrome found. Install one (Debian/Ubuntu: sudo apt-get install chromium)',
  });

/** Firefox's path, or an error that says how to install it. */
export const findFirefox = () =>
  findBrowser({
    env: 'FIREFOX_PATH',
    candidates: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'],
    missing: 'No Firefox found. Install one (Debian/Ubuntu: sudo apt-get install firefox-esr)',
  });
