/**
 * Launches Firefox (Debian's firefox-esr) headless over WebDriver BiDi with the Firefox build installed as a temporary
 * add-on (Node only: tests). Its moz-extension:// id is fixed by a preference, so pages of the add-on have known URLs.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { findFirefox } from './find-browser';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv2');
/** The add-on's id (wxt.config.ts, browser_specific_settings) and the internal UUID given to it here. */
const ADDON_ID = 'on-record@on-record.invalid';
export const FIREFOX_ADDON_UUID = '0e5ec0de-0000-4000-8000-00000000a11d';

/** Starts Firefox with the built add-on installed. */
export async function launchFirefoxWithExtension(): Promise<Browser> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run npm run build:firefox first.`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: FIREFOX_ADDON_UUID }),
      // A machine without internet: no update checks, telemetry or remote settings.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'services.settings.server': 'http://127.0.0.1:9/',
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return browser;
}
