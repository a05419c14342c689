/** Looks into the extension's storage from its service worker, for tests that prove a page changed nothing. */
import type { Worker } from 'playwright-core';

type Area = { get(k: null): Promise<Record<string, unknown>> };
type Chrome = { chrome: { storage: { local: Area; session: Area } } };

export interface Stored {
  /** Every stored flag (local storage keys `flag:…`, with their values). */
  flags: Record<string, unknown>;
  /** Every tab's stored result: url and when it was analysed. */
  analyses: Record<string, { url?: string; analyzedAt?: string }>;
  /** Everything else in session storage (focus requests, drafts). */
  session: string[];
}

/** What the extension has stored right now. */
export function storedState(worker: Worker): Promise<Stored> {
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as Chrome;
    const local = await chrome.storage.local.get(null);
    const session = await chrome.storage.session.get(null);
    const tabs = Object.entries(session).filter(([k]) => k.startsWith('tab:'));
    return {
      flags: Object.fromEntries(Object.entries(local).filter(([k]) => k.startsWith('flag:'))),
      analyses: Object.fromEntries(
        tabs.map(([k, v]) => [
          k,
          { url: (v as { url?: string }).url, analyzedAt: (v as { analyzedAt?: string }).analyzedAt },
        ]),
      ),
      session: Object.keys(session).filter((k) => !k.startsWith('tab:')),
    };
  });
}

/** Keeps the service worker busy for `ms` (the analysis of every page waits), without waiting for it. */
export function blockWorker(worker: Worker, ms: number): void {
  void worker
    .evaluate((t) => {
      const until = Date.now() + t;
      while (Date.now() < until);
    }, ms)
    .catch(() => {});
}
