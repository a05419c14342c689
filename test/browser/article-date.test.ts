import { describe, expect, it, vi } from 'vitest';
import { wordCentre } from '../../lib/browser-harness/word-box';
import { SHOTS, cardText, highlightCounts, useHarness } from './harness';

// The page, the extension and the browser answer in their own time: give each check a few seconds.
vi.setConfig({ expect: { poll: { timeout: 15_000 } } });

const h = useHarness();

// A 2015 report whose only date is in its address (/2015/03/14/); Obama left office in 2017, Lavrov has not.
const PAGE = '/news/2015/03/14/kerry-lavrov-ukraine-ceasefire.html';

describe('a 2015 article dated only by its address', () => {
  it('the hover card gives the role held then, and says it has ended', async () => {
    const { page } = await h().open(PAGE);
    await expect.poll(() => highlightCounts(page)).toHaveProperty('on-record-person');
    const spot = (await wordCentre(page, 'Barack Obama'))!;
    await page.waitForTimeout(100);
    await page.mouse.move(spot.x, spot.y);
    await expect.poll(() => cardText(page)).toContain('Barack Obama');
    const text = (await cardText(page))!;
    expect(text).toContain('President, Government of the United States');
    expect(text).toContain('Former President, 2009–2017');
    expect(text).not.toContain('Now:');
    await page.screenshot({ path: `${SHOTS}/article-date-hover-card.png` });
    await page.close();
  });

  it('the panel shows the article’s date, roles then and since, and no statement from after the article', async () => {
    const { page, tabId } = await h().open(PAGE);
    const panel = await h().browser.context.newPage();
    await panel.setViewportSize({ width: 420, height: 1000 });
    await panel.goto(`chrome-extension://${h().browser.extensionId}/sidepanel.html?tab=${tabId}`);
    const obama = panel.locator('li.card[data-person="barack-obama"]');
    await expect.poll(() => obama.count()).toBe(1);
    await expect.poll(() => panel.locator('header.article .meta').textContent()).toContain('14 Mar 2015');
    const obamaText = (await obama.locator('.card-head').innerText()).replace(/\s+/g, ' ');
    expect(obamaText).toContain('President, Government of the United States');
    expect(obamaText).toContain('Former President, 2009–2017');
    expect(obamaText).not.toContain('Now:');
    const lavrov = panel.locator('li.card[data-person="sergei-lavrov"]');
    await lavrov.getByRole('button', { name: 'Sergei Lavrov', exact: true }).click();
    const dates = await lavrov
      .locator('.statement time')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d! <= '2015-03-14').toBe(true);
    await panel.screenshot({ path: `${SHOTS}/article-date-side-panel.png` });
    await Promise.all([page.close(), panel.close()]);
  });

  it('the same article at an address with no date: the panel says so, calls nothing "earlier" and shows no change badge', async () => {
    const { page, tabId } = await h().open('/news/kerry-lavrov-undated.html');
    const panel = await h().browser.context.newPage();
    await panel.setViewportSize({ width: 420, height: 1000 });
    await panel.goto(`chrome-extension://${h().browser.extensionId}/sidepanel.html?tab=${tabId}`);
    const lavrov = panel.locator('li.card[data-person="sergei-lavrov"]');
    await expect.poll(() => lavrov.count()).toBe(1);
    expect(await panel.locator('header.article .meta').textContent()).toContain('The article’s date is not known');
    const head = (await lavrov.locator('.card-head').innerText()).replace(/\s+/g, ' ');
    expect(head).toContain('The article’s date is not known');
    expect(head).toMatch(/\d+ statements on record/);
    await lavrov.getByRole('button', { name: 'Sergei Lavrov', exact: true }).click();
    await expect.poll(() => lavrov.locator('h3').first().textContent()).toBe('Related statements, by date');
    expect(await panel.locator('.badge').count()).toBe(0);
    expect(await panel.getByText(/earlier/i).count()).toBe(0);
    const dates = await lavrov
      .locator('.timeline .statement time')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
    expect(dates).toEqual([...dates].sort().reverse());
    await panel.screenshot({ path: `${SHOTS}/article-date-undated-panel.png` });
    await Promise.all([page.close(), panel.close()]);
  });
});
