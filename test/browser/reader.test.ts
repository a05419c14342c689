import { afterEach, describe, expect, it, vi } from 'vitest';
import { storedAnalysis, waitForAnalysis } from '../../lib/browser-harness/tab-analysis';
import { closedCardBox } from '../../lib/browser-harness/closed-card';
import { wordCentre } from '../../lib/browser-harness/word-box';
import { SHOTS, cardText, highlightCounts, useHarness } from './harness';

// The page, the extension and the browser answer in their own time: give each check a few seconds.
vi.setConfig({ expect: { poll: { timeout: 15_000 } } });

const h = useHarness();
// A test that fails half-way must not leave its settings to the next one.
afterEach(() => h().resetSettings());

describe('reading a seed article with On Record', () => {
  it.each(['000', '001', '002', '003', '004'])(
    'seed %s: paints a highlight for every mention and quote the engine found',
    async (seed) => {
      const opened = new Date(Date.now() - 10_000).toISOString();
      const { page, url } = await h().open(`/seed-${seed}.html`);
      const { analysis } = (await storedAnalysis(h().browser.worker, url, opened))!;
      const expected = { person: 0, event: 0, quote: 0 };
      // Events outside the dataset are listed in the side panel, not painted (they have no card).
      for (const m of analysis.mentions) if (m.kind === 'person' || m.id !== null) expected[m.kind]++;
      expected.quote = analysis.quotes.length;
      await expect
        .poll(() => highlightCounts(page))
        .toMatchObject(
          Object.fromEntries(
            Object.entries({ 'on-record-person': expected.person, 'on-record-event': expected.event }).filter(
              ([, n]) => n > 0,
            ),
          ),
        );
      const counts = await highlightCounts(page);
      expect((counts['on-record-quote-known'] ?? 0) + (counts['on-record-quote-new'] ?? 0)).toBe(expected.quote);
      await page.screenshot({ path: `${SHOTS}/reader-seed-${seed}.png` });
      await page.close();
    },
  );

  it("leaves the page's own DOM and text unchanged (compared with the same page where On Record is switched off)", async () => {
    const { page } = await h().open('/seed-003.html');
    await expect.poll(() => highlightCounts(page)).toHaveProperty('on-record-person');
    const withExtension = await page.evaluate(() => document.documentElement.outerHTML);
    // The same page on a host the reader excluded: the content script does nothing there.
    const options = await h().browser.context.newPage();
    await options.goto(`chrome-extension://${h().browser.extensionId}/options.html`);
    await options.getByRole('textbox').fill('localhost');
    await expect.poll(() => options.locator('.saved').textContent()).toContain('Saved');
    const plain = await h().browser.context.newPage();
    await plain.goto(h().server.origin.replace('127.0.0.1', 'localhost') + '/seed-003.html');
    await h().scriptAnswers(await h().tabIdOf(plain));
    expect(await highlightCounts(plain)).toEqual({});
    const without = await plain.evaluate(() => document.documentElement.outerHTML);
    expect(withExtension).toBe(without);
    await Promise.all([page.close(), plain.close(), options.close()]);
  });

  it('shows the hover card when pointing at a highlighted name, never over the name, and on keyboard selection', async () => {
    const { page, tabId } = await h().open('/seed-003.html');
    await expect.poll(() => highlightCounts(page)).toHaveProperty('on-record-person');
    const spot = (await wordCentre(page, 'Ryabkov stressed'))!;
    await page.waitForTimeout(100);
    await page.mouse.move(spot.x - 30, spot.y);
    await expect.poll(() => cardText(page)).toContain('Sergei Ryabkov');
    const text = (await cardText(page))!;
    expect(text).toContain('Deputy Foreign Minister');
    expect(text).toMatch(/Open in side panel/);
    const card = (await closedCardBox(page))!;
    const [x, y] = [spot.x - 30, spot.y];
    expect(x >= card.left && x <= card.right && y >= card.top && y <= card.bottom).toBe(false);
    await page.screenshot({ path: `${SHOTS}/reader-hover-card.png` });
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBeNull();
    // Keyboard: the "next mention" command selects the next name and shows its card. The article's first
    // mention is the meeting it describes (the Budapest summit), then Putin.
    await h().tell(tabId, { type: 'focus-next-mention' });
    await expect.poll(() => cardText(page)).toContain('Planned Russia–US summit in Budapest');
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe('meeting');
    await h().tell(tabId, { type: 'focus-next-mention' });
    await expect.poll(() => cardText(page)).toContain('Vladimir Putin');
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe('Vladimir Putin');
    await page.close();
  });

  it("shows the side panel's cards, with Ryabkov's change of position on the Russia–US dialogue and its sources", async () => {
    const { page, tabId } = await h().open('/seed-003.html');
    const panel = await h().browser.context.newPage();
    await panel.setViewportSize({ width: 420, height: 1000 });
    await panel.goto(`chrome-extension://${h().browser.extensionId}/sidepanel.html?tab=${tabId}`);
    const ryabkov = panel.locator('li.card[data-person="sergei-ryabkov"]');
    await expect.poll(() => ryabkov.count()).toBe(1);
    await expect
      .poll(() => ryabkov.locator('.badge').first().textContent())
      .toMatch(/Russia–US dialogue: reversed in \w{3} 2025/);
    await ryabkov.getByRole('button', { name: 'Sergei Ryabkov', exact: true }).click();
    const dialogue = ryabkov.locator('section.series', { hasText: 'Russia–US dialogue' }).first();
    const thenNow = dialogue.getByTestId('then-now');
    await expect.poll(() => thenNow.locator('.statement').count()).toBe(2);
    const links = await thenNow.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.every((l) => /^https?:\/\//.test(l))).toBe(true);
    expect(await panel.locator('[data-testid="events"] > li').count()).toBe(2);
    expect(await panel.locator('[data-testid="quotes"] .status').first().textContent()).toBe(
      'In the dataset, quoted in part',
    );
    // Main text is never smaller than secondary lines (Chromium's 75% body size for extension pages made it so).
    const sizes = await panel.evaluate(() => {
      const px = (sel: string) => parseFloat(getComputedStyle(document.querySelector(sel)!).fontSize);
      return { quote: px('button.quote'), tab: px('[role="tab"]'), name: px('button.name'), meta: px('.meta') };
    });
    expect(Math.min(sizes.quote, sizes.tab, sizes.name)).toBeGreaterThanOrEqual(sizes.meta);
    expect(sizes.quote).toBeGreaterThanOrEqual(13);
    await panel.screenshot({ path: `${SHOTS}/reader-side-panel.png` });
    // Clicking a quote scrolls the page to it and flashes it.
    await panel.locator('button.quote').first().click();
    await expect.poll(() => highlightCounts(page)).toHaveProperty('on-record-flash', 1);
    // An event outside the dataset is not painted, but revealing it anchors its words now and flashes them.
    await expect.poll(() => highlightCounts(page)).not.toHaveProperty('on-record-flash');
    await panel.getByTestId('other-events').locator('button').first().click();
    await expect.poll(() => highlightCounts(page)).toHaveProperty('on-record-flash', 1);
    await Promise.all([page.close(), panel.close()]);
  });

  it('turns highlights off and on with the shortcut command, and follows the options page', async () => {
    const { page, tabId } = await h().open('/seed-001.html');
    await expect.poll(() => highlightCounts(page)).toHaveProperty('on-record-person');
    await h().tell(tabId, { type: 'toggle-highlights' });
    await expect.poll(() => highlightCounts(page)).toEqual({});
    await h().tell(tabId, { type: 'toggle-highlights' });
    await expect.poll(() => highlightCounts(page)).toHaveProperty('on-record-person');
    const options = await h().browser.context.newPage();
    await options.goto(`chrome-extension://${h().browser.extensionId}/options.html`);
    await options.getByRole('checkbox', { name: /Highlight officials/ }).uncheck();
    await expect.poll(() => highlightCounts(page)).toEqual({});
    await options.getByRole('checkbox', { name: /Highlight officials/ }).check();
    await expect.poll(() => highlightCounts(page)).toHaveProperty('on-record-person');
    await Promise.all([page.close(), options.close()]);
  });

  it('in click-only mode reads nothing until the toolbar button asks, then reads that page', async () => {
    const options = await h().browser.context.newPage();
    await options.goto(`chrome-extension://${h().browser.extensionId}/options.html`);
    await options.getByRole('checkbox', { name: /Run only when I click/ }).check();
    await expect.poll(() => options.locator('.saved').textContent()).toContain('Saved');
    const since = new Date().toISOString();
    const page = await h().browser.context.newPage();
    await page.goto(`${h().server.origin}/seed-004.html`);
    const tabId = await h().tabIdOf(page);
    await h().scriptAnswers(tabId);
    expect(await highlightCounts(page)).toEqual({});
    expect(await storedAnalysis(h().browser.worker, page.url(), since)).toBeNull();
    // The toolbar button's handler first asks the page's script to run now (it injects the script where none runs).
    await h().tell(tabId, { type: 'run-now' });
    await expect.poll(() => highlightCounts(page)).toHaveProperty('on-record-person');
    await Promise.all([page.close(), options.close()]);
  });

  it('runs again after a single-page-app navigation', async () => {
    const { page, url } = await h().open('/spa/zakharova');
    const first = await waitForAnalysis(h().browser.worker, url);
    expect(first.analysis.mentions.some((m) => m.id === 'maria-zakharova')).toBe(true);
    await page.getByRole('link', { name: 'Ryabkov interview' }).click();
    const second = await waitForAnalysis(h().browser.worker, `${h().server.origin}/spa/ryabkov`, first.analyzedAt);
    expect(second.analysis.mentions.some((m) => m.id === 'sergei-ryabkov')).toBe(true);
    await expect.poll(() => highlightCounts(page)).toHaveProperty('on-record-person');
    await page.close();
  });

  it('describes the reader’s selection for "Flag as statement…" with quote and position selectors', async () => {
    const { page, tabId } = await h().open('/seed-001.html');
    const selected = await page.evaluate(() => {
      const p = [...document.querySelectorAll('article p')].find((el) =>
        el.textContent!.includes('Ryabkov emphasized'),
      )!;
      const text = p.firstChild as Text;
      const start = text.data.indexOf('Ryabkov emphasized');
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + 60);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      return range.toString();
    });
    const described = (await h().tell(tabId, { type: 'describe-selection' })) as {
      url: string;
      quote: { exact: string; prefix: string; suffix: string };
      position: { start: number; end: number };
    };
    expect(described.url).toBe(`${h().server.origin}/seed-001.html`);
    expect(described.quote.exact).toBe(selected);
    expect(described.quote.prefix).toHaveLength(32);
    expect(described.quote.suffix).toHaveLength(32);
    expect(described.position.end - described.position.start).toBe(60);
    await page.close();
  });

  it('sends no request anywhere but the 127.0.0.1 test server and its own files', async () => {
    // Its own reading session: an article, its hover card and the side panel, whatever ran before.
    const from = h().requests.length;
    const { page, tabId } = await h().open('/seed-002.html');
    await h().tell(tabId, { type: 'focus-next-mention' });
    await expect.poll(() => cardText(page)).not.toBeNull();
    const panel = await h().browser.context.newPage();
    await panel.goto(`chrome-extension://${h().browser.extensionId}/sidepanel.html?tab=${tabId}`);
    await expect.poll(() => panel.locator('li.card').count()).toBeGreaterThan(0);
    await Promise.all([page.close(), panel.close()]);
    const requests = h().requests.slice(from);
    const outside = requests.filter(
      (u) =>
        !u.startsWith(h().server.origin) &&
        !u.startsWith(h().server.origin.replace('127.0.0.1', 'localhost')) &&
        !u.startsWith('chrome-extension://') &&
        !u.startsWith('data:'),
    );
    expect(requests.some((u) => u.endsWith('/seed-002.html'))).toBe(true);
    expect(requests.some((u) => u.startsWith('chrome-extension://'))).toBe(true);
    expect(outside).toEqual([]);
  });
});
