import { callOnCard } from '../../lib/browser-harness/closed-card';
import { describe, expect, it, vi } from 'vitest';
import { storedAnalysis } from '../../lib/browser-harness/tab-analysis';
import { wordCentre } from '../../lib/browser-harness/word-box';
import { SHOTS, cardText, highlightCounts, useHarness } from './harness';
import { storedState } from './probe';

vi.setConfig({ expect: { poll: { timeout: 5000 } } });
const h = useHarness();

describe('a hostile page', () => {
  it('cannot run markup through our UI, fool the extension with forged messages, or restyle our card', async () => {
    const before = await storedState(h().browser.worker);
    const { page, tabId, url } = await h().open('/hostile.html');
    await expect.poll(() => highlightCounts(page)).toHaveProperty('on-record-person');
    // The quote's text carries markup: it is shown as text in the panel, never run.
    const panel = await h().browser.context.newPage();
    await panel.goto(`chrome-extension://${h().browser.extensionId}/sidepanel.html?tab=${tabId}`);
    const quote = panel.locator('[data-testid="quotes"] button.quote').first();
    await expect.poll(() => quote.textContent()).toContain('<img src=x onerror=');
    expect(await panel.locator('[data-testid="quotes"] img, [data-testid="quotes"] script').count()).toBe(0);
    expect(await panel.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // Forged messages and events changed nothing: one analysis, highlights on, no flags.
    expect(await page.evaluate(() => (window as unknown as { __forged: number }).__forged)).toBe(4);
    const stored = (await storedAnalysis(h().browser.worker, url))!;
    expect(stored.analysis.mentions.filter((m) => m.id === 'sergei-ryabkov').length).toBeGreaterThanOrEqual(3);
    const flags = await h().tell(tabId, { type: 'describe-selection' });
    expect(flags).toBeNull();
    // Stored flags are as they were, and the only analysis added is this tab's own, once.
    const after = await storedState(h().browser.worker);
    expect(after.flags).toEqual(before.flags);
    const { [`tab:${tabId}`]: mine, ...others } = after.analyses;
    expect(others).toEqual(before.analyses);
    expect(mine?.url).toBe(url);
    // The page's CSS does not reach into the card's shadow root.
    const spot = (await wordCentre(page, 'Ryabkov said the two'))!;
    await page.waitForTimeout(100);
    await page.mouse.move(spot.x - 60, spot.y);
    await expect.poll(() => cardText(page)).toContain('Sergei Ryabkov');
    const style = (await callOnCard<{ color: string; fontSize: string }>(
      page,
      'function () { const s = getComputedStyle(this); return { color: s.color, fontSize: s.fontSize }; }',
    ))!;
    expect(style.color).not.toBe('rgb(255, 0, 0)');
    expect(style.fontSize).toBe('13px');
    await page.screenshot({ path: `${SHOTS}/hostile-page.png` });
    await Promise.all([page.close(), panel.close()]);
  });

  it('runs its extension pages under a strict content security policy', async () => {
    const manifest = await h().browser.worker.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { runtime: { getManifest(): { content_security_policy?: { extension_pages?: string } } } };
        }
      ).chrome.runtime.getManifest(),
    );
    const csp = manifest.content_security_policy?.extension_pages ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("connect-src 'self'");
    const panel = await h().browser.context.newPage();
    await panel.goto(`chrome-extension://${h().browser.extensionId}/sidepanel.html`);
    // An inline script, as an injected page fragment would carry, is refused by the policy.
    const ran = await panel.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inline = 1';
      document.head.append(script);
      await new Promise((r) => setTimeout(r, 50));
      return (window as unknown as { __inline?: number }).__inline === 1;
    });
    expect(ran).toBe(false);
    await panel.close();
  });
});
