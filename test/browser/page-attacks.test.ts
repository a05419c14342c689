/** A page that tries to switch On Record off, drive its UI or make it read the page again and again. */
import { describe, expect, it, vi } from 'vitest';
import { waitForAnalysis } from '../../lib/browser-harness/tab-analysis';
import { callOnCard } from '../../lib/browser-harness/closed-card';
import { wordCentre } from '../../lib/browser-harness/word-box';
import { cardText, highlightCounts, useHarness } from './harness';
import { storedState } from './probe';

vi.setConfig({ expect: { poll: { timeout: 5000 } } });
const h = useHarness();

describe('a page cannot switch On Record off', () => {
  it('keeps running when the page replays WXT\'s "content script started" event', async () => {
    const { page, tabId } = await h().open('/seed-003.html');
    await expect.poll(() => highlightCounts(page)).toHaveProperty('on-record-person');
    const before = await highlightCounts(page);
    await page.evaluate((id) => {
      const type = `${id}:content:wxt:content-script-started`;
      const detail = { contentScriptName: 'content', messageId: 'forged' };
      document.dispatchEvent(new CustomEvent(type, { detail }));
      window.postMessage({ type, ...detail }, '*');
    }, h().browser.extensionId);
    await page.waitForTimeout(1500);
    expect(await highlightCounts(page)).toEqual(before);
    // Commands still reach the running script.
    expect(await h().tell(tabId, { type: 'toggle-highlights' })).toBe(false);
    expect(await h().tell(tabId, { type: 'toggle-highlights' })).toBe(true);
    await expect.poll(() => highlightCounts(page)).toEqual(before);
    await page.close();
  });

  it('reads a page that clobbers the re-injection guard and defines our card element first', async () => {
    // `open` waits until the background has the page's analysis: a stopped script never sends one.
    const { page } = await h().open('/pre-empt.html');
    await expect.poll(() => highlightCounts(page)).toHaveProperty('on-record-person');
    const spot = (await wordCentre(page, 'Ryabkov said the two'))!;
    await page.waitForTimeout(100);
    await page.mouse.move(spot.x - 60, spot.y);
    await expect.poll(() => cardText(page)).toContain('Sergei Ryabkov');
    await page.close();
  });
});

describe('a page cannot drive our UI', () => {
  it('does not show the card for synthetic pointer events, nor press its buttons with synthetic clicks', async () => {
    const { page, tabId } = await h().open('/seed-003.html');
    await expect.poll(() => highlightCounts(page)).toHaveProperty('on-record-person');
    const spot = (await wordCentre(page, 'Ryabkov stressed'))!;
    await page.evaluate(
      ([x, y]) => {
        const target = document.elementFromPoint(x, y)!;
        for (const type of ['pointermove', 'mousemove', 'mouseover'])
          target.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, bubbles: true }));
      },
      [spot.x - 30, spot.y] as const,
    );
    await page.waitForTimeout(500);
    expect(await cardText(page)).toBeNull();
    // The reader's own pointer shows it; the page's clicks on its button do nothing.
    await page.mouse.move(spot.x - 30, spot.y);
    await expect.poll(() => cardText(page)).toContain('Open in side panel');
    // The page cannot reach the button (closed root): it fires at whatever stands at the button's place.
    const at = (await callOnCard<{ x: number; y: number }>(
      page,
      'function () { const r = this.querySelector("button").getBoundingClientRect(); return { x: r.left + 5, y: r.top + 5 }; }',
    ))!;
    await page.evaluate(
      ([x, y]) => {
        const target = document.elementFromPoint(x, y)!;
        for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])
          target.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, bubbles: true, composed: true }));
        (target as HTMLElement).click();
      },
      [at.x, at.y] as const,
    );
    await page.waitForTimeout(500);
    expect((await storedState(h().browser.worker)).session).not.toContain(`focus:${tabId}`);
    await page.close();
  });

  it('keeps the card in a closed shadow root the page can neither read, steal nor rewrite', async () => {
    // The page replaced attachShadow before any script of ours ran, to keep every root and force it open.
    const { page } = await h().open('/shadow-thief.html');
    await expect.poll(() => highlightCounts(page)).toHaveProperty('on-record-person');
    const spot = (await wordCentre(page, 'Ryabkov said the two'))!;
    await page.waitForTimeout(100);
    await page.mouse.move(spot.x - 60, spot.y);
    await expect.poll(() => cardText(page)).toContain('Sergei Ryabkov');
    const seen = await page.evaluate(() => {
      const host = document.querySelector('[data-on-record="card"]') as HTMLElement;
      const stolen = (window as unknown as { __stolen: ShadowRoot[] }).__stolen;
      let reattached = 'no error';
      try {
        host.attachShadow({ mode: 'open' });
      } catch (e) {
        reattached = (e as Error).name;
      }
      // Light-DOM children of the host are not shown: the root has no slot.
      host.textContent = 'The page wrote this';
      return { shadowRoot: host.shadowRoot, stolen: stolen.length, reattached, text: host.innerText };
    });
    expect(seen).toEqual({ shadowRoot: null, stolen: 0, reattached: 'NotSupportedError', text: '' });
    const shown = (await cardText(page))!;
    expect(shown).toContain('Sergei Ryabkov');
    expect(shown).not.toContain('The page wrote this');
    await page.close();
  });

  it('does not read the page again for forged pageshow and location-change events', async () => {
    const { page, url } = await h().open('/seed-003.html');
    await expect.poll(() => highlightCounts(page)).toHaveProperty('on-record-person');
    const before = await storedState(h().browser.worker);
    await page.evaluate((id) => {
      for (let i = 0; i < 10; i++) {
        window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
        window.dispatchEvent(new CustomEvent(`${id}:content:wxt:locationchange`));
        window.dispatchEvent(new CustomEvent('wxt:locationchange'));
        window.dispatchEvent(new PopStateEvent('popstate'));
      }
    }, h().browser.extensionId);
    await page.waitForTimeout(2500);
    const after = await storedState(h().browser.worker);
    expect(after.analyses).toEqual(before.analyses);
    expect(after.flags).toEqual(before.flags);
    expect(Object.values(after.analyses).filter((a) => a.url === url)).toHaveLength(1);
    await page.close();
  });
});

describe('reading what the page really shows', () => {
  it('reads the new view of a single-page app navigated while the first read was still in flight', async () => {
    const { blockWorker } = await import('./probe');
    const base = h().server.origin;
    const since = new Date().toISOString();
    // The background is busy (as with a heavy first view): the first read waits for its answer.
    blockWorker(h().browser.worker, 4000);
    const page = await h().browser.context.newPage();
    await page.goto(`${base}/spa/zakharova`);
    await page.waitForTimeout(300);
    await page.getByRole('link', { name: 'Ryabkov interview' }).click();
    const stored = await waitForAnalysis(h().browser.worker, `${base}/spa/ryabkov`, since, 20_000);
    expect(stored.analysis.mentions.some((m) => m.id === 'sergei-ryabkov')).toBe(true);
    await page.close();
  });

  it('analyses an article whose address is over 4,000 characters long', async () => {
    const { page, url } = await h().open(`/seed-003.html?q=${'x'.repeat(5000)}`);
    expect(url.length).toBeGreaterThan(5000);
    await expect.poll(() => highlightCounts(page)).toHaveProperty('on-record-person');
    await page.close();
  });
});
