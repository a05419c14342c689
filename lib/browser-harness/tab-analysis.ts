/** Reads what the background stored for a tab, through the extension's service worker (tests and the demo). */
import type { Worker } from 'playwright-core';
import type { TabAnalysis } from '../messaging/contract';

/** The stored analysis of the tab showing `url`, or null. */
export async function storedAnalysis(worker: Worker, url: string): Promise<TabAnalysis | null> {
  const found: unknown = await worker.evaluate(async (u) => {
    const api = (
      globalThis as unknown as {
        chrome: { storage: { session: { get(k: null): Promise<Record<string, { url?: string }>> } } };
      }
    ).chrome;
    return Object.values(await api.storage.session.get(null)).find((v) => v?.url === u) ?? null;
  }, url);
  return found as TabAnalysis | null;
}

/** Waits (up to `timeoutMs`) until the background has stored an analysis for `url`. */
export async function waitForAnalysis(worker: Worker, url: string, timeoutMs = 10_000): Promise<TabAnalysis> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const found = await storedAnalysis(worker, url);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no analysis reached the background for ${url}`);
}
