/** Reads what the background stored for a tab, through the extension's service worker (tests and the demo). */
import type { Worker } from 'playwright-core';
import type { TabAnalysis } from '../messaging/contract';

type SessionApi = {
  chrome: {
    storage: {
      session: { get(k: null): Promise<Record<string, { url?: string; analyzedAt?: string; analysis?: unknown }>> };
    };
  };
};

/** The newest stored analysis of a tab showing `url` (analysed at or after `since`, an ISO time), or null. */
export async function storedAnalysis(worker: Worker, url: string, since = ''): Promise<TabAnalysis | null> {
  const found: unknown = await worker.evaluate(
    async ([u, t]) => {
      const all = await (globalThis as unknown as SessionApi).chrome.storage.session.get(null);
      const matches = Object.values(all).filter((v) => v?.url === u && v.analysis && (v.analyzedAt ?? '') >= t);
      return matches.sort((a, b) => (a.analyzedAt! < b.analyzedAt! ? 1 : -1))[0] ?? null;
    },
    [url, since] as const,
  );
  return found as TabAnalysis | null;
}

/** Waits (up to `timeoutMs`) until the background has stored an analysis for `url`, at or after `since`. */
export async function waitForAnalysis(
  worker: Worker,
  url: string,
  since = '',
  timeoutMs = 30_000,
): Promise<TabAnalysis> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const found = await storedAnalysis(worker, url, since);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no analysis reached the background for ${url}`);
}

/** Sends a message to a tab's content script from the extension's service worker, as the background would. */
export function tellTab(worker: Worker, tabId: number, message: object): Promise<unknown> {
  return worker.evaluate(
    ([id, m]) =>
      (
        globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: object): Promise<unknown> } } }
      ).chrome.tabs.sendMessage(id, m),
    [tabId, message] as const,
  );
}
