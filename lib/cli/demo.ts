/**
 * `npm start [-- --headless] [--seed 003 | --page FILE]`: serves the seed articles (or the folder of a saved page) on
 * 127.0.0.1 and opens Chromium with the built extension on one of them, with the side panel's view beside it. Without a
 * display it runs headless, writes screenshots (the hover card open on the first official with a card) and prints
 * where they are.
 */
import { mkdirSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { closedCardText } from '../browser-harness/closed-card';
import { launchWithExtension } from '../browser-harness/launch-extension';
import { serveFolder } from '../browser-harness/serve-folder';
import { waitForAnalysis } from '../browser-harness/tab-analysis';
import { wordCentre } from '../browser-harness/word-box';

const ROOT = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    headless: { type: 'boolean' },
    seed: { type: 'string', default: '003' },
    page: { type: 'string' },
    out: { type: 'string' },
  },
});
const headless =
  values.headless || (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const outDir = resolve(values.out ?? resolve(ROOT, '.demo'));

const seeds = ['000', '001', '002', '003', '004'];
const index = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>On Record demo articles</title></head><body><h1>On Record demo articles</h1><ul>${seeds.map((s) => `<li><a href="/seed-${s}.html">Seed article ${s}</a></li>`).join('')}</ul></body></html>`;

async function main() {
  const file = values.page ? resolve(values.page) : null;
  const server = await serveFolder(file ? dirname(file) : resolve(ROOT, 'test/fixtures/pages'), { '/': index });
  const browser = await launchWithExtension({ headless });
  const url = file
    ? `${server.origin}/${encodeURIComponent(basename(file))}`
    : `${server.origin}/seed-${values.seed}.html`;
  const since = new Date().toISOString();
  const page = await browser.context.newPage();
  await page.goto(url);

  const stored = await waitForAnalysis(browser.worker, url, since);

  const panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 420, height: 1100 });
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tab=${stored.tabId}`);
  await panel.getByTestId('officials').waitFor();
  // Open the most prominent official's card, as a reader would.
  await panel.locator('button.name').first().click();

  const people = new Set(stored.analysis.mentions.filter((m) => m.kind === 'person').map((m) => m.name));
  console.log(
    `On Record found ${people.size} officials (${[...people].join(', ')}) and ${stored.analysis.quotes.length} quotes on ${url}`,
  );
  if (headless) {
    mkdirSync(outDir, { recursive: true });
    await page.bringToFront();
    // The first official the panel has a card for, pointed at as a reader would (a little inside the name).
    const carded = new Set(stored.analysis.cards.map((c) => c.group));
    const first = stored.analysis.mentions.find((m) => m.kind === 'person' && carded.has(m.group));
    const words = first?.text;
    const spot = words ? await wordCentre(page, words) : null;
    if (spot) {
      await page.mouse.move(spot.x, spot.y);
      // The card is in a closed shadow root: wait for its text over CDP.
      for (let i = 0; i < 50 && !(await closedCardText(page)); i++) await page.waitForTimeout(100);
    }
    await page.screenshot({ path: resolve(outDir, 'article.png') });
    await panel.screenshot({ path: resolve(outDir, 'side-panel.png') });
    console.log(
      `Screenshots written to ${outDir}:\n  ${resolve(outDir, 'article.png')}\n  ${resolve(outDir, 'side-panel.png')}`,
    );
    await browser.close();
    await server.close();
    return;
  }
  await page.bringToFront();
  console.log(`Demo articles: ${server.origin}/  ·  Click the On Record toolbar button to open the side panel.`);
  console.log('Press Ctrl+C to stop.');
  const stop = async () => {
    await browser.close().catch(() => {});
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  browser.context.on('close', stop);
}

main().catch((e: unknown) => {
  console.error(`demo: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
