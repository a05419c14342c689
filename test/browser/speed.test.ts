/**
 * The content script's own timings, which `npm run bench` reads to measure speed in the browser. Speed itself is
 * measured there, against its targets; here only sanity bounds that a loaded machine never reaches by accident.
 */
import { describe, expect, it } from 'vitest';
import type { PageTimings } from '../../lib/content/watch-article';
import { highlightCounts, useHarness } from './harness';

const h = useHarness();

async function timingsOf(path: string): Promise<PageTimings> {
  const { page, tabId } = await h().open(path);
  let timings: PageTimings | null = null;
  await expect
    .poll(async () => (timings = (await h().tell(tabId, { type: 'get-page-timings' })) as PageTimings | null), {
      timeout: 30_000,
    })
    .not.toBeNull();
  expect(await highlightCounts(page)).toHaveProperty('on-record-person');
  await page.close();
  return timings!;
}

describe("the content script's timings", () => {
  it.each(['/seed-003.html', '/large.html'])(
    '%s: reports every stage once its highlights are painted',
    async (path) => {
      const t = await timingsOf(path);
      for (const ms of [t.extractMs, t.analyseMs, t.anchorMs, t.paintMs]) expect(ms).toBeGreaterThanOrEqual(0);
      // The stages add up to no more than the whole run, and the whole run finished (a sanity bound, not a target).
      expect(t.extractMs + t.analyseMs + t.anchorMs + t.paintMs).toBeLessThanOrEqual(t.totalMs + 1);
      expect(t.totalMs).toBeLessThan(20_000);
    },
  );
});
