import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { CARD_COPY, copyCardForAxe, runAxe, type AxeViolation } from '../../lib/browser-harness/run-axe';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import { SHOTS, cardText, highlightCounts, useHarness } from './harness';

vi.setConfig({ expect: { poll: { timeout: 15_000 } } });

const h = useHarness();
afterEach(() => h().resetSettings());

/** Violations as "rule: target" lines, for a readable failure. */
const lines = (vs: AxeViolation[]) => vs.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));

async function openPanel(tabId: number, scheme: 'light' | 'dark', width = 360): Promise<Page> {
  const panel = await h().browser.context.newPage();
  await panel.emulateMedia({ colorScheme: scheme });
  await panel.setViewportSize({ width, height: 900 });
  await panel.goto(`chrome-extension://${h().browser.extensionId}/sidepanel.html?tab=${tabId}`);
  await expect.poll(() => panel.locator('li.card').count()).toBeGreaterThan(0);
  return panel;
}

describe('axe-core finds nothing On Record adds', () => {
  it.each(['light', 'dark'] as const)('in the side panel, every view, %s', async (scheme) => {
    const { page, tabId } = await h().open('/seed-003.html');
    const panel = await openPanel(tabId, scheme);
    // Open every card, so their timelines, series and then → now pairs are checked too.
    const closed = panel.locator('li.card button.name[aria-expanded="false"]');
    while ((await closed.count()) > 0) await closed.first().click();
    await panel.locator('.legend summary').click();
    expect(lines(await runAxe(panel))).toEqual([]);
    await panel.getByRole('tab', { name: /Flagged/ }).click();
    expect(lines(await runAxe(panel))).toEqual([]);
    await panel.getByRole('tab', { name: 'About the data' }).click();
    await expect.poll(() => panel.locator('.about').count()).toBe(1);
    expect(lines(await runAxe(panel))).toEqual([]);
    await Promise.all([page.close(), panel.close()]);
  });

  it('on the options page, light and dark', async () => {
    const options = await h().browser.context.newPage();
    await options.goto(`chrome-extension://${h().browser.extensionId}/options.html`);
    await expect.poll(() => options.locator('h1').count()).toBe(1);
    expect(lines(await runAxe(options))).toEqual([]);
    await options.emulateMedia({ colorScheme: 'dark' });
    expect(lines(await runAxe(options))).toEqual([]);
    await options.close();
  });

  it('on a news page with the hover card open, compared with the same page On Record skips', async () => {
    // The same page where On Record never runs: what axe finds there is the page's own.
    await h().browser.worker.evaluate(
      (s) =>
        (
          globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
        ).chrome.storage.local.set({ settings: s }),
      { ...DEFAULT_SETTINGS, excludedSites: ['localhost'] },
    );
    const plain = await h().browser.context.newPage();
    await plain.goto(`${h().server.origin.replace('127.0.0.1', 'localhost')}/seed-003.html`);
    await h().scriptAnswers(await h().tabIdOf(plain));
    const own = new Set((await runAxe(plain)).map((v) => v.id));

    const { page, tabId } = await h().open('/seed-003.html');
    await expect.poll(() => highlightCounts(page)).toHaveProperty('on-record-person');
    await h().tell(tabId, { type: 'focus-next-mention' });
    await expect.poll(() => cardText(page)).not.toBeNull();
    expect(await copyCardForAxe(page)).toBe(true);
    await page.screenshot({ path: `${SHOTS}/axe-hover-card.png` });
    const found = await runAxe(page);
    const ours = found
      .map((v) => ({
        ...v,
        nodes: v.nodes.filter((n) => n.target[0]?.startsWith(CARD_COPY) || !own.has(v.id)),
      }))
      .filter((v) => v.nodes.length > 0);
    expect(lines(ours)).toEqual([]);
    await Promise.all([page.close(), plain.close()]);
  });
});
