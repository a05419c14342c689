/** The side panel with many tabs open: every tab's result is there, or the panel says plainly why not. */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { waitForAnalysis } from '../../lib/browser-harness/tab-analysis';
import { useHarness } from './harness';

const h = useHarness();
const TABS = 45;
type Session = {
  chrome: {
    storage: {
      session: {
        QUOTA_BYTES: number;
        getBytesInUse(k: null): Promise<number>;
        set(v: object): Promise<void>;
        remove(k: string): Promise<void>;
      };
    };
  };
};

/** What the panel pinned to `tabId` shows: "cards", "set aside", "not kept" or "nothing read". */
async function panelShows(panel: Page, tabId: number): Promise<string> {
  await panel.goto(`chrome-extension://${h().browser.extensionId}/sidepanel.html?tab=${tabId}`);
  const state = panel.locator('[data-testid="officials"], [data-testid="not-kept"], p.state:not(:has-text("Loading"))');
  await state.first().waitFor({ timeout: 30_000 });
  if (await panel.getByTestId('officials').count()) return 'cards';
  const text = (await state.first().textContent()) ?? '';
  if (text.includes('set aside to make room')) return 'set aside';
  if (text.includes('could not keep')) return 'not kept';
  return text.includes('Nothing read') ? 'nothing read' : text;
}

describe(`the side panel with ${TABS} tabs`, () => {
  afterEach(async () => {
    await h().browser.worker.evaluate(() =>
      (globalThis as unknown as Session).chrome.storage.session.remove('test:filler'),
    );
  });

  it('has the result of every tab, and when storage is full says which were set aside', async () => {
    const tabs: { page: Page; tabId: number }[] = [];
    // Five at a time, as a reader opening links from a front page would.
    // Generous waits: on a loaded machine five pages at once can take a while.
    const open = async (path: string) => {
      const url = `${h().server.origin}${path}`;
      const since = new Date().toISOString();
      const page = await h().browser.context.newPage();
      await page.goto(url);
      return { page, tabId: (await waitForAnalysis(h().browser.worker, url, since, 60_000)).tabId };
    };
    for (let i = 0; i < TABS; i += 5)
      tabs.push(...(await Promise.all([0, 1, 2, 3, 4].map((j) => open(`/seed-00${j}.html?tab=${i + j}`)))));
    const panel = await h().browser.context.newPage();
    const shown: string[] = [];
    for (const { tabId } of tabs) shown.push(await panelShows(panel, tabId));
    expect(shown).toEqual(tabs.map(() => 'cards'));

    // Something else fills session storage to within a few kilobytes of its quota: a new tab still gets its
    // result kept, the least recent ones give way, and the panel says so instead of "nothing read".
    await h().browser.worker.evaluate(async () => {
      const { session } = (globalThis as unknown as Session).chrome.storage;
      const free = session.QUOTA_BYTES - (await session.getBytesInUse(null));
      await session.set({ 'test:filler': 'x'.repeat(free - 20_000) });
    });
    const last = await open('/seed-003.html?tab=last');
    expect(await panelShows(panel, last.tabId)).toBe('cards');
    // The least recent give way: one of the first five (opened together, so which one was stored first varies).
    const first: string[] = [];
    for (const { tabId } of tabs.slice(0, 5)) first.push(await panelShows(panel, tabId));
    expect(first).toContain('set aside');
    expect(first.filter((s) => s !== 'set aside' && s !== 'cards')).toEqual([]);
    expect(await panelShows(panel, tabs.at(-1)!.tabId)).toBe('cards');
    await panel.screenshot({ path: 'test-results/panel-set-aside.png' });
    await Promise.all([...tabs.map((t) => t.page.close()), last.page.close(), panel.close()]);
  }, 600_000);
});
