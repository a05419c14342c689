/**
 * Each tab's result in session storage (10 MB for all tabs). Only what the panel shows is kept; when the area is
 * full the least recently used tabs give way, and a tab whose result cannot be kept is recorded as such (a few
 * bytes), so the panel says plainly what happened instead of suggesting the page was never read.
 */
import type { Analysis } from '../engine/analysis';
import { createQueue } from '../flags/serialise';
import type { ExtensionApi } from '../messaging/extension-api';
import { type StoredTab, type TabAnalysis, tabKey } from '../messaging/contract';
import { forThePanel } from './for-the-panel';

/** Recency of the stored tabs, least recent first: [tabId, characters stored]. */
const ORDER_KEY = 'tabs:order';
/** Kept well under the browser's 10 MB, for flags left unsaved, drafts and focus requests. */
export const BUDGET = 7_000_000;

type Order = [tabId: number, size: number][];
const inTurn = createQueue();

const readOrder = async (browser: ExtensionApi): Promise<Order> => {
  const raw: unknown = (await browser.storage.session.get(ORDER_KEY))[ORDER_KEY];
  return Array.isArray(raw) ? (raw as Order) : [];
};

/** What a tab that gave way, or could not be stored, leaves behind. */
const notKept = (t: { tabId: number; url: string; analyzedAt: string }, reason: 'evicted' | 'failed', detail = '') => ({
  tabId: t.tabId,
  url: t.url.slice(0, 2000),
  analyzedAt: t.analyzedAt,
  notKept: { reason, detail: detail.slice(0, 300) },
});

/** Stores a tab's result; resolves to true when it was kept, false when only the note that it was not is. */
export const storeTabAnalysis = (
  browser: ExtensionApi,
  tab: { tabId: number; url: string; analyzedAt: string },
  analysis: Analysis,
  budget = BUDGET,
): Promise<boolean> =>
  inTurn(async () => {
    const stored: TabAnalysis = { ...tab, analysis: forThePanel(analysis) };
    const size = JSON.stringify(stored).length;
    const order = (await readOrder(browser)).filter(([id]) => id !== tab.tabId);
    let error = '';
    // Make room: the least recent tabs first, until this one fits the budget (and the browser takes it).
    for (;;) {
      let total = order.reduce((n, [, s]) => n + s, 0);
      const evict: Order = [];
      while (order.length > 0 && total + size > budget) {
        const oldest = order.shift()!;
        evict.push(oldest);
        total -= oldest[1];
      }
      await evictTabs(browser, evict);
      if (total + size > budget) break;
      try {
        await browser.storage.session.set({ [tabKey(tab.tabId)]: stored, [ORDER_KEY]: [...order, [tab.tabId, size]] });
        return true;
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
        if (order.length === 0) break;
        budget = Math.max(0, total - 1); // The browser is fuller than we count (other keys): make more room.
      }
    }
    const note = notKept(tab, 'failed', error || 'larger than the room the browser gives all tabs');
    await browser.storage.session
      .set({ [tabKey(tab.tabId)]: note, [ORDER_KEY]: order })
      .catch((e: unknown) => console.warn('On Record: could not even note that a tab was not kept:', e));
    return false;
  });

/** Replaces the results of `tabs` by the note that they gave way. */
async function evictTabs(browser: ExtensionApi, tabs: Order) {
  if (tabs.length === 0) return;
  const keys = tabs.map(([id]) => tabKey(id));
  const got = await browser.storage.session.get(keys);
  const notes = Object.fromEntries(
    Object.values(got)
      .filter((v): v is StoredTab => typeof v === 'object' && v !== null && 'tabId' in v)
      .map((v) => [tabKey(v.tabId), notKept(v, 'evicted')]),
  );
  await browser.storage.session.remove(keys);
  if (Object.keys(notes).length) await browser.storage.session.set(notes);
}

/**
 * Forgets a tab's result (a closed tab), or, with `keep`, only when `keep` says no to what is stored: decided in turn
 * with the stores, so a result stored for the tab's new page meanwhile is never the one forgotten. True if forgotten.
 */
export const forgetTab = (
  browser: ExtensionApi,
  tabId: number,
  keep?: (stored: StoredTab | undefined) => boolean,
): Promise<boolean> =>
  inTurn(async () => {
    if (keep) {
      const stored = (await browser.storage.session.get(tabKey(tabId)))[tabKey(tabId)] as StoredTab | undefined;
      if (keep(stored)) return false;
    }
    const order = (await readOrder(browser)).filter(([id]) => id !== tabId);
    await browser.storage.session.remove([tabKey(tabId), `focus:${tabId}`]);
    await browser.storage.session.set({ [ORDER_KEY]: order });
    return true;
  });
