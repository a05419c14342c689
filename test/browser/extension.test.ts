import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForAnalysis as waitFor } from '../../lib/browser-harness/tab-analysis';
import { launchWithExtension, type Launched } from '../../lib/browser-harness/launch-extension';
import { serveFolder, type Served } from '../../lib/browser-harness/serve-folder';
import { datasetStats } from '../../lib/dataset/stats';
import { realEngine } from '../helpers';

const SHOTS = resolve(import.meta.dirname, '../../test-results');
let browser: Launched;
let server: Served;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveFolder(resolve(import.meta.dirname, '../fixtures/pages'));
  browser = await launchWithExtension();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const waitForAnalysis = (url: string) => waitFor(browser.worker, url);

describe('the built extension in Chromium', () => {
  it('analyses a seed page and the side panel lists its officials', async () => {
    const url = `${server.origin}/seed-003.html`;
    const page = await browser.context.newPage();
    await page.goto(url);
    const stored = await waitForAnalysis(url);
    const ids = new Set(stored.analysis.mentions.map((m) => m.id));
    expect([...ids]).toEqual(
      expect.arrayContaining([
        'sergei-ryabkov',
        'vladimir-putin',
        'donald-trump',
        'alaska-summit-2025',
        'budapest-summit-2025',
      ]),
    );
    expect(stored.analysis.quotes.map((q) => q.speaker.id)).toEqual([
      'sergei-ryabkov',
      'sergei-ryabkov',
      'sergei-ryabkov',
      'sergei-ryabkov',
    ]);
    await page.screenshot({ path: `${SHOTS}/seed-003-page.png` });

    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tab=${stored.tabId}`);
    const officials = panel.getByTestId('officials');
    await expect.poll(() => officials.locator(':scope > li').count()).toBe(3);
    const names = await officials.locator('button.name .label').allTextContents();
    expect(names).toEqual(['Sergei Ryabkov', 'Vladimir Putin', 'Donald Trump']);
    await expect.poll(() => panel.getByTestId('events').locator(':scope > li').count()).toBe(2);
    // An event outside the dataset is listed by its words, with no card of dataset facts.
    const others = panel.getByTestId('other-events').locator(':scope > li');
    expect(await others.allTextContents()).toEqual([
      'meeting with China and the United StatesNot in On Record’s dataset yet',
    ]);
    expect(await others.locator('.card, [data-event]').count()).toBe(0);
    await panel.screenshot({ path: `${SHOTS}/seed-003-sidepanel.png` });

    // "About the data": the coverage the build computed into the dataset's core, the same as `npm run data:stats`.
    const stats = datasetStats(realEngine().dataset);
    await panel.getByRole('tab', { name: 'About the data' }).click();
    const about = panel.locator('.about');
    await expect.poll(() => about.textContent()).toContain(`${stats.statements} dated, sourced statements`);
    expect(await about.textContent()).toContain(`${stats.speakers} officials`);
    expect(await about.textContent()).toContain(`${stats.series4} person–topic series`);
  }, 60_000);

  it('reports a page that is not an article as such', async () => {
    const url = `${server.origin}/not-article.html`;
    const page = await browser.context.newPage();
    await page.goto(url);
    const stored = await waitForAnalysis(url);
    expect(stored.analysis.article).toBeNull();
    expect(stored.analysis.mentions).toEqual([]);
  }, 30_000);
});
