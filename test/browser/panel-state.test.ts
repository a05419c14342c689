import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitForAnalysis } from '../../lib/browser-harness/tab-analysis';
import { useHarness } from './harness';

vi.setConfig({ expect: { poll: { timeout: 15_000 } } });

const h = useHarness();
afterEach(() => h().resetSettings());

describe('the side panel follows what the tab shows', () => {
  it('in click-only mode drops the previous article’s cards when the tab goes to another page, not on a #fragment', async () => {
    const options = await h().browser.context.newPage();
    await options.goto(`chrome-extension://${h().browser.extensionId}/options.html`);
    await options.getByRole('checkbox', { name: /Run only when I click/ }).check();
    await expect.poll(() => options.locator('.saved').textContent()).toContain('Saved');
    const page = await h().browser.context.newPage();
    await page.goto(`${h().server.origin}/seed-004.html`);
    const tabId = await h().tabIdOf(page);
    await h().scriptAnswers(tabId);
    await h().tell(tabId, { type: 'run-now' });
    await waitForAnalysis(h().browser.worker, page.url());
    const panel = await h().browser.context.newPage();
    await panel.goto(`chrome-extension://${h().browser.extensionId}/sidepanel.html?tab=${tabId}`);
    const cards = panel.locator('li.card');
    await expect.poll(() => cards.count()).toBeGreaterThan(0);

    // A change of fragment is the same article.
    await page.evaluate(() => {
      location.hash = '#later';
    });
    await page.waitForTimeout(1500);
    expect(await cards.count()).toBeGreaterThan(0);

    // Another page, which nothing reads until the button is clicked: the old cards go.
    await page.goto(`${h().server.origin}/seed-001.html`);
    await expect.poll(() => cards.count()).toBe(0);
    expect(await panel.locator('main').textContent()).toContain('Nothing read on this tab yet');
    await Promise.all([page.close(), panel.close(), options.close()]);
  });
});
