import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitForAnalysis } from '../../lib/browser-harness/tab-analysis';
import { SHOTS, openFlagForm, useHarness } from './harness';

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

  it('keeps the flag form across panel tabs, clears stale notices, confirms an edit and undoes a delete', async () => {
    const { page, panel, form } = await openFlagForm(h(), '/news/indented-undated.html', 'every single day');
    await form.locator('input[name="summary"]').fill('Kerry says the ceasefire must hold');

    // Another tab hides the form; back on "This article" it is there with what was typed.
    await panel.getByRole('tab', { name: /Flagged/ }).click();
    expect(await form.isVisible()).toBe(false);
    await panel.getByRole('tab', { name: 'This article' }).click();
    expect(await form.locator('input[name="summary"]').inputValue()).toBe('Kerry says the ceasefire must hold');

    await form.locator('input[name="date"]').fill('2015-03-14');
    await form.locator('input[name="published"]').fill('2015-03-14');
    await form.getByRole('button', { name: 'Save flag' }).click();
    const notice = panel.locator('.notice');
    await expect.poll(() => notice.textContent()).toContain('Flag saved');

    await panel.getByRole('tab', { name: /Flagged/ }).click();
    const item = panel.locator('[data-testid="flags"] li', { hasText: 'every single day' });
    await expect.poll(() => item.count()).toBe(1);
    const message = panel.getByTestId('flagged-message');
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export JSON', exact: true }).click(),
    ]);
    await download.cancel();
    await expect.poll(() => message.textContent()).toContain('Exported');

    // An edit says it was saved.
    await item.getByRole('button', { name: 'Edit' }).click();
    await panel.locator('input[name="summary"]').fill('Kerry: the ceasefire must hold');
    await panel.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => panel.getByTestId('edit-saved').textContent()).toContain('Changes saved');

    // Deleting it: the notices about it go, and Undo brings it back as it was.
    await item.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => item.count()).toBe(0);
    await expect.poll(() => message.textContent()).toContain('Deleted');
    expect(await notice.count()).toBe(0);
    expect(await panel.getByTestId('edit-saved').textContent()).toBe('');
    await panel.screenshot({ path: `${SHOTS}/panel-deleted-undo.png` });
    await message.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.textContent()).toContain('every single day');
    await expect.poll(() => message.textContent()).toContain('Restored');
    await Promise.all([page.close(), panel.close()]);
  });

  it('the tabs follow the WAI-ARIA tabs pattern, and Import is a visible button, not a hidden focus stop', async () => {
    const { page, tabId } = await h().open('/seed-001.html');
    const panel = await h().browser.context.newPage();
    await panel.goto(`chrome-extension://${h().browser.extensionId}/sidepanel.html?tab=${tabId}`);
    const tabs = panel.getByRole('tab');
    await expect.poll(() => tabs.count()).toBe(3);
    const state = () =>
      tabs.evaluateAll((ts) => ts.map((t) => `${t.getAttribute('aria-selected')}/${t.getAttribute('tabindex')}`));
    expect(await state()).toEqual(['true/0', 'false/-1', 'false/-1']);
    await tabs.first().focus();
    await panel.keyboard.press('ArrowRight');
    expect(await state()).toEqual(['false/-1', 'true/0', 'false/-1']);
    expect(await panel.evaluate(() => document.activeElement?.id)).toBe('tab-flagged');
    const tabpanel = panel.getByRole('tabpanel');
    expect(await tabpanel.getAttribute('aria-labelledby')).toBe('tab-flagged');
    await panel.keyboard.press('ArrowLeft');
    await panel.keyboard.press('ArrowLeft');
    expect(await state()).toEqual(['false/-1', 'false/-1', 'true/0']);
    await panel.keyboard.press('Home');
    await panel.keyboard.press('ArrowRight');
    // From the selected tab, Tab leads into the panel and reaches Import… as a button one can see.
    const stops: string[] = [];
    // Flags saved by the tests before this one add their own controls first: go on until Import, or 40 stops.
    for (let i = 0; i < 40 && stops.at(-1) !== 'button:Import…:true'; i++) {
      await panel.keyboard.press('Tab');
      stops.push(
        await panel.evaluate(() => {
          const a = document.activeElement as HTMLElement;
          const r = a.getBoundingClientRect();
          return `${a.tagName.toLowerCase()}:${a.textContent?.trim()}:${r.width > 2 && r.height > 2}`;
        }),
      );
    }
    expect(stops, stops.join(' | ')).toContain('button:Import…:true');
    expect(stops.filter((s) => s.startsWith('input') || s.endsWith(':false'))).toEqual([]);
    // The toolbar shows On Record's own icon, not a grey letter: the manifest names PNGs that load at every size.
    const icons = await panel.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { runtime: { getManifest(): Record<string, unknown> } } }).chrome;
      const manifest = api.runtime.getManifest() as { icons: Record<string, string>; action: { default_icon: object } };
      const sizes = await Promise.all(
        Object.entries(manifest.icons).map(async ([size, path]) => {
          const bitmap = await createImageBitmap(await (await fetch(`/${path}`)).blob());
          return `${size}:${bitmap.width}x${bitmap.height}`;
        }),
      );
      return { sizes, action: manifest.action.default_icon };
    });
    expect(icons.sizes).toEqual(['16:16x16', '32:32x32', '48:48x48', '128:128x128']);
    expect(icons.action).toEqual({ 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' });
    await Promise.all([page.close(), panel.close()]);
  });

  it('at 320 px a long unbroken word wraps, and no "·" is left before a wrapped link', async () => {
    const { page, tabId } = await h().open('/news/indented-undated.html');
    const panel = await h().browser.context.newPage();
    await panel.setViewportSize({ width: 320, height: 900 });
    await panel.goto(`chrome-extension://${h().browser.extensionId}/sidepanel.html?tab=${tabId}`);
    await expect.poll(() => panel.locator('[data-testid="quotes"] li', { hasText: 'daily-report' }).count()).toBe(1);
    expect(await panel.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(320);
    const beforeLinks = await panel
      .locator('button.link')
      .evaluateAll((bs) => bs.map((b) => (b.previousSibling?.textContent ?? '').trim()));
    expect(beforeLinks.filter((t) => t.endsWith('·'))).toEqual([]);
    await Promise.all([page.close(), panel.close()]);
  });
});

describe('the options page', () => {
  it('keeps a typed site list across a reload until it is saved, and never says "Saved." beside an error', async () => {
    const options = await h().browser.context.newPage();
    await options.goto(`chrome-extension://${h().browser.extensionId}/options.html`);
    await options.getByRole('checkbox', { name: /Show a card/ }).uncheck();
    const status = options.locator('.saved');
    await expect.poll(() => status.textContent()).toBe('Saved.');
    const box = options.getByRole('textbox', { name: /Sites where On Record never runs/ });
    await box.fill('example.com\nnot a site!');
    await expect.poll(() => options.locator('#site-errors').textContent()).toContain('Line 2');
    expect(await status.textContent()).not.toContain('Saved.');
    expect(await status.textContent()).toContain('not saved');
    expect(await box.getAttribute('aria-invalid')).toBe('true');

    await options.reload();
    await expect.poll(() => box.inputValue()).toBe('example.com\nnot a site!');
    expect(await options.locator('#site-errors').textContent()).toContain('Line 2');

    await box.fill('example.com\nnews.example');
    await expect.poll(() => status.textContent()).toBe('Saved.');
    await options.reload();
    await expect.poll(() => box.inputValue()).toBe('example.com\nnews.example');
    await options.close();
  });
});
