/**
 * A tab that goes to another page drops the previous page's result, so the panel never shows an article the reader
 * has left (in click-only mode nothing reads the new page until the button is clicked). Chromium reports a change of
 * fragment as "loading" too and does not give us the address, so the tab's own content script is asked where it is;
 * a tab whose script does not answer is on a page nothing has read. A result stored meanwhile for the new page is
 * kept: the check runs in turn with the stores.
 */
import type { Message, StoredTab } from '../messaging/contract';
import type { ExtensionApi } from '../messaging/extension-api';
import { forgetTab } from './tab-store';

/** The page an address shows: a change of fragment alone is the same page. */
const pageOf = (url: string) => url.split('#')[0];

/** True when what is stored still belongs to the page the tab now shows (when its address is known). */
export function stillCurrent(stored: StoredTab | undefined, url: string | null): boolean {
  if (!stored) return true; // Nothing to forget.
  return url !== null && pageOf(stored.url) === pageOf(url);
}

/** Listens for tabs loading or finishing a page; returns the unsubscribe. */
export function forgetOnNavigation(browser: ExtensionApi): () => void {
  const addressOf = async (tabId: number, known: string | undefined): Promise<string | null> => {
    if (known) return known;
    const answer: unknown = await browser.tabs
      .sendMessage(tabId, { type: 'get-page-address' } satisfies Message)
      .catch(() => null);
    return typeof answer === 'string' ? answer : null;
  };
  const onUpdated = (tabId: number, change: { status?: string; url?: string }, tab: { url?: string }) => {
    if (!change.status) return;
    void addressOf(tabId, change.url ?? tab.url)
      .then((url) => forgetTab(browser, tabId, (stored) => stillCurrent(stored, url)))
      .then((forgotten) => {
        if (forgotten) return browser.runtime.sendMessage({ type: 'tab-analysis-updated', tabId } satisfies Message);
      })
      .catch(() => {}); // No panel is open to hear it.
  };
  browser.tabs.onUpdated.addListener(onUpdated);
  return () => browser.tabs.onUpdated.removeListener(onUpdated);
}
