/** One page that names an official tens of thousands of times, beside an ordinary one in another tab. */
import { describe, expect, it } from 'vitest';
import { highlightCounts, useHarness } from './harness';

const h = useHarness();

describe('a page naming one official 60,000 times', () => {
  it('is read with a bounded number of highlights, and another tab opened at the same time is still served', async () => {
    const heavy = await h().browser.context.newPage();
    // Not awaited: the ordinary tab asks while the heavy one is being read.
    const heavyLoaded = heavy.goto(`${h().server.origin}/many-mentions.html`);
    const { page } = await h().open('/seed-001.html');
    await expect.poll(() => highlightCounts(page), { timeout: 30_000 }).toHaveProperty('on-record-person');
    await heavyLoaded;
    // 500 highlights of the one name (the engine's bound per name), not 60,000.
    await expect
      .poll(async () => (await highlightCounts(heavy))['on-record-person'] ?? 0, { timeout: 60_000 })
      .toBe(500);
    await Promise.all([page.close(), heavy.close()]);
  });
});
