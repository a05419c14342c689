/** Shared set-up for browser tests: the built extension in Chromium and the fixture pages on 127.0.0.1. */
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { closedCardText } from '../../lib/browser-harness/closed-card';
import { largePageAround } from '../../lib/bench/generate';
import { launchWithExtension, type Launched } from '../../lib/browser-harness/launch-extension';
import { serveFolder, type Served } from '../../lib/browser-harness/serve-folder';
import { tellTab, waitForAnalysis } from '../../lib/browser-harness/tab-analysis';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';

export const PAGES = resolve(import.meta.dirname, '../fixtures/pages');
/** Real news pages (the evaluation's labelled ones), served under /eval/. */
export const EVAL_PAGES = resolve(import.meta.dirname, '../fixtures/eval/pages');
export const SHOTS = resolve(import.meta.dirname, '../../test-results');

export interface Harness {
  browser: Launched;
  server: Served;
  /** Every URL any page or the extension requested, to prove nothing leaves the machine. */
  requests: string[];
  open(path: string): Promise<{ page: Page; tabId: number; url: string }>;
  /** Sends a message to a tab's content script from the extension's service worker. */
  tell(tabId: number, message: object): Promise<unknown>;
  /** The id of the tab `page` is in (brought to the front: the extension may not read other tabs' addresses). */
  tabIdOf(page: Page): Promise<number>;
  /**
   * Waits until the tab's content script answers a message: proof that it has started and decided what to do (it
   * registers its listener only after reading the settings, in the same task as its first decision).
   */
  scriptAnswers(tabId: number): Promise<void>;
  /** Puts the reader's settings back to the defaults (tests that change settings call it in afterEach). */
  resetSettings(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts the harness before a test file's tests (then runs `setup` on it) and closes it after them; the returned
 * function gives the running harness.
 */
export function useHarness(setup?: (h: Harness) => Promise<unknown>): () => Harness {
  let running: Harness | null = null;
  beforeAll(async () => {
    running = await startHarness();
    await setup?.(running);
  }, 180_000);
  afterAll(async () => running?.close());
  return () => {
    if (!running) throw new Error('the browser harness is not running');
    return running;
  };
}

/** Launches the browser and the server; the SPA's routes all serve the same page. */
export async function startHarness(): Promise<Harness> {
  mkdirSync(SHOTS, { recursive: true });
  const spa = readFileSync(resolve(PAGES, 'spa.html'), 'utf8');
  const evalPages = Object.fromEntries(
    readdirSync(EVAL_PAGES)
      .filter((f) => f.endsWith('.html'))
      .map((f) => [`/eval/${f}`, readFileSync(resolve(EVAL_PAGES, f), 'utf8')]),
  );
  const server = await serveFolder(PAGES, {
    ...evalPages,
    '/spa/zakharova': spa,
    '/spa/ryabkov': spa,
    '/large.html': largePageAround(readFileSync(resolve(PAGES, 'seed-003.html'), 'utf8')),
    // About 480 kB naming one official 60,000 times: one page must not stall the background for every tab.
    '/many-mentions.html': `<!doctype html><html lang="en"><head><title>Ryabkov, again</title></head><body><article><h1>Ryabkov, again</h1>${'<p>Deputy Foreign Minister Sergei Ryabkov said talks go on. Ryabkov said so again. Ryabkov repeated it.</p>'.repeat(20_000)}</article></body></html>`,
  });
  const browser = await launchWithExtension();
  const requests: string[] = [];
  browser.context.on('request', (r) => requests.push(r.url()));
  const tell: Harness['tell'] = (tabId, message) => tellTab(browser.worker, tabId, message);
  return {
    browser,
    server,
    requests,
    async open(path) {
      const url = `${server.origin}${path}`;
      const since = new Date().toISOString();
      const page = await browser.context.newPage();
      await page.goto(url);
      const { tabId } = await waitForAnalysis(browser.worker, url, since);
      return { page, tabId, url };
    },
    tell,
    async tabIdOf(page) {
      await page.bringToFront();
      const id = await browser.worker.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } })
          .chrome;
        return (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null;
      });
      if (id === null) throw new Error(`no active tab for ${page.url()}`);
      return id;
    },
    async scriptAnswers(tabId) {
      const until = Date.now() + 30_000;
      for (;;) {
        try {
          return void (await tell(tabId, { type: 'get-page-timings' }));
        } catch (e) {
          // "Receiving end does not exist": the script has not registered its listener yet.
          if (Date.now() > until) throw new Error(`the content script of tab ${tabId} never answered: ${String(e)}`);
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    },
    async resetSettings() {
      await browser.worker.evaluate(
        (defaults) =>
          (
            globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
          ).chrome.storage.local.set({
            settings: defaults,
          }),
        DEFAULT_SETTINGS,
      );
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Runs in the page: how many ranges each On Record highlight holds (the registry is the document's, shared by worlds).
 * Any driver's `evaluate` takes it: Playwright's here, puppeteer's in the Firefox test.
 */
export const readHighlightCounts = (): Record<string, number> => {
  const out: Record<string, number> = {};
  (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((h, name) => {
    if (name.startsWith('on-record-')) out[name] = h.size;
  });
  return out;
};

/** How many ranges each On Record highlight holds on the page. */
export const highlightCounts = (page: Page) => page.evaluate(readHighlightCounts);

/** The text inside the hover card's closed shadow root (read over CDP), or null when no card is shown. */
export const cardText = (page: Page): Promise<string | null> => closedCardText(page);

/** Opens `path`, the side panel for its tab at 360 px, and the flag form of the quote containing `words`. */
export async function openFlagForm(h: Harness, path: string, words: string) {
  const { page, tabId } = await h.open(path);
  const panel = await h.browser.context.newPage();
  await panel.setViewportSize({ width: 360, height: 900 });
  await panel.goto(`chrome-extension://${h.browser.extensionId}/sidepanel.html?tab=${tabId}`);
  const quote = panel.locator('[data-testid="quotes"] li', { hasText: words });
  await quote.getByRole('button', { name: 'Flag as new statement' }).click();
  return { page, tabId, panel, form: panel.getByRole('form', { name: 'Flag a new statement' }) };
}
