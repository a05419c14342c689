import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { clickCardButton, closedCardFocus } from '../../lib/browser-harness/closed-card';
import { wordCentre } from '../../lib/browser-harness/word-box';
import { PANEL_BY_HAND } from '../../lib/messaging/panel-help';
import { SHOTS, cardText, highlightCounts, useHarness } from './harness';

// The page, the extension and the browser answer in their own time: give each check a few seconds.
vi.setConfig({ expect: { poll: { timeout: 15_000 } } });
const h = useHarness();

/** A real news page (South China Morning Post, 10 Mar 2022) naming Lavrov, whose statements the dataset holds. */
const PAGE = '/eval/en-scmp-kuleba-lavrov-antalya.html';

/** The addresses of the browser's page targets: the side panel is one, though no tab shows it. */
async function pageTargets(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { url: string; type: string }[] };
  await cdp.detach();
  return targetInfos.filter((t) => t.type === 'page').map((t) => t.url);
}

async function hoverLavrov(page: Page) {
  await expect.poll(() => highlightCounts(page)).toHaveProperty('on-record-person');
  const spot = (await wordCentre(page, 'Lavrov'))!;
  await page.mouse.move(spot.x, spot.y);
  await expect.poll(() => cardText(page)).toContain('Sergei Lavrov');
}

describe('the hover card on a real news page', () => {
  it('"Open in side panel" opens the side panel: a trusted click, the panel opened inside its gesture', async () => {
    const { page } = await h().open(PAGE);
    await hoverLavrov(page);
    const panelUrl = `chrome-extension://${h().browser.extensionId}/sidepanel.html`;
    expect(await pageTargets(page)).not.toContain(panelUrl);
    expect(await clickCardButton(page, 'Open in side panel')).toBe(true);
    await expect.poll(() => pageTargets(page)).toContain(panelUrl);
    expect(await cardText(page)).not.toContain(PANEL_BY_HAND);
    await page.close();
  });

  it('where the browser will not open the panel, the card says how to open it', async () => {
    const { page, tabId } = await h().open(PAGE);
    // The side panel switched off for this tab: Chrome's open() then fails, as Firefox's does without a gesture.
    await h().browser.worker.evaluate(
      (id) =>
        (
          globalThis as unknown as {
            chrome: { sidePanel: { setOptions(o: { tabId: number; enabled: boolean }): Promise<void> } };
          }
        ).chrome.sidePanel.setOptions({ tabId: id, enabled: false }),
      tabId,
    );
    await hoverLavrov(page);
    expect(await clickCardButton(page, 'Open in side panel')).toBe(true);
    await expect.poll(() => cardText(page)).toContain(PANEL_BY_HAND);
    await page.close();
  });

  it('from the keyboard: "next name" shows the card and gives it focus, Tab stays in it, Escape closes it and gives focus back', async () => {
    const { page, tabId } = await h().open(PAGE);
    await expect.poll(() => highlightCounts(page)).toHaveProperty('on-record-person');
    // The reader is on the page's own search field when they press the shortcut.
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'reader-was-here';
      document.body.prepend(input);
      input.focus();
    });
    await h().tell(tabId, { type: 'focus-next-mention' });
    await expect.poll(() => cardText(page)).not.toBeNull();
    await expect.poll(() => closedCardFocus(page)).toMatch(/^div:/);
    const stops: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      stops.push((await closedCardFocus(page)) ?? '');
    }
    // Every stop is one of the card's controls, and the button is among them.
    expect(stops.every((s) => /^(a|button):/.test(s))).toBe(true);
    expect(stops).toContain('button:Open in side panel');
    await page.keyboard.press('Shift+Tab');
    expect(await closedCardFocus(page)).toMatch(/^(a|button):/);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reader-was-here');
    await page.close();
  });

  it('shows a translated statement as a translation, with its date and source, not in quotation marks', async () => {
    const { page } = await h().open(PAGE);
    await hoverLavrov(page);
    const text = (await cardText(page))!;
    expect(text).toMatch(/Translation, not the speaker’s own words/i);
    const words = text.split('\n').find((l) => l.length > 40)!;
    expect(words).not.toMatch(/^“/);
    expect(text).toMatch(/\d{1,2} \w{3} \d{4} · \S/);
    await page.screenshot({ path: `${SHOTS}/hover-card-real-page.png` });
    await page.close();
  });

  it('a reported statement clicked in the panel is revealed and flashed whole in the page, not one word', async () => {
    const { page, tabId } = await h().open(PAGE);
    await expect.poll(() => highlightCounts(page)).toHaveProperty('on-record-person');
    const panel = await h().browser.context.newPage();
    await panel.goto(`chrome-extension://${h().browser.extensionId}/sidepanel.html?tab=${tabId}`);
    const reported = panel.locator('[data-testid="reported"] button.quote').first();
    await expect.poll(() => reported.count()).toBe(1);
    const statement = (await reported.textContent())!.trim();
    expect(statement).toBe('Moscow wanted to continue negotiations with Ukraine');
    await reported.click();
    await page.bringToFront();
    const flashed = () =>
      page.evaluate(() => {
        const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('on-record-flash');
        return h ? [...h].map((r) => r.toString().replace(/\s+/g, ' ')).join(' | ') : null;
      });
    await expect.poll(flashed).toBe(statement);
    await Promise.all([page.close(), panel.close()]);
  });

  it("the panel's fidelity verdict stands beside the dataset's wording, its date and its source", async () => {
    const { tabId } = await h().open('/seed-003.html');
    const panel = await h().browser.context.newPage();
    await panel.setViewportSize({ width: 360, height: 900 });
    await panel.goto(`chrome-extension://${h().browser.extensionId}/sidepanel.html?tab=${tabId}`);
    const known = panel.locator('[data-testid="quotes"] li.known').first();
    await expect.poll(() => known.count()).toBe(1);
    expect(await known.locator('.status').textContent()).toMatch(/^In the dataset, /);
    const record = known.getByTestId('dataset-wording');
    expect(await record.locator('.words').textContent()).toMatch(/\w{4,}/);
    expect(await record.locator('time').textContent()).toMatch(/^\d{1,2} \w{3} \d{4}$/);
    const source = record.locator('.source a');
    expect(await source.textContent()).toMatch(/\w/);
    expect(await source.getAttribute('href')).toMatch(/^https?:\/\//);
    await panel.locator('[data-testid="quotes"]').screenshot({ path: `${SHOTS}/panel-quote-fidelity.png` });
    await panel.close();
  });
});
