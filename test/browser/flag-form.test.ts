import { describe, expect, it, vi } from 'vitest';
import { SHOTS, openFlagForm, useHarness } from './harness';

vi.setConfig({ expect: { poll: { timeout: 10_000 } } });

const h = useHarness();
const KERRY =
  'We have made clear to Foreign Minister Sergei Lavrov that the ceasefire must hold, and we will keep pressing Moscow on that point every single day.';

describe('flagging on a page whose text is indented over many source lines and that gives no date', () => {
  it('prefills every letter, shows the date fields, says what is missing in plain words and leads to each field', async () => {
    const { page, panel, form } = await openFlagForm(h(), '/news/indented-undated.html', 'every single day');
    await expect.poll(() => form.locator('textarea[name="words"]').inputValue()).toBe(KERRY);

    // No article date: both dates are empty, and both are on screen (none folded away in "Source").
    const said = form.locator('input[name="date"]');
    const published = form.locator('input[name="published"]');
    expect(await said.inputValue()).toBe('');
    expect(await published.isVisible()).toBe(true);

    await form.getByRole('button', { name: 'Save flag' }).click();
    const summary = form.getByTestId('error-summary');
    await expect
      .poll(() => summary.textContent())
      .toContain('The date said is missing. Choose the day in “Date said”.');
    const text = (await summary.textContent())!;
    expect(text).toContain('The published date is missing. Choose the day in “Published”.');
    expect(text).not.toMatch(/Too small|expected string|YYYY|urn:uuid|regex/);
    // Focus went to the summary, which is in view.
    expect(await panel.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('error-summary');
    // In view below the sticky tabs, not under them.
    const tabsBottom = await panel.getByRole('tablist').evaluate((el) => el.getBoundingClientRect().bottom);
    expect(await summary.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(tabsBottom - 1);
    // Each wrong field says so, and points to its message.
    expect(await said.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await said.getAttribute('aria-describedby'))!;
    expect(await panel.locator(`#${describedBy}`).textContent()).toContain('The date said is missing');
    expect(await form.locator('textarea[name="words"]').getAttribute('aria-invalid')).toBeNull();
    await panel.screenshot({ path: `${SHOTS}/flag-form-errors.png` });

    // The summary's links take focus to their fields.
    await summary.getByRole('link', { name: /published date is missing/ }).click();
    expect(await panel.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('published');

    await said.fill('2015-03-14');
    await published.fill('2015-03-14');
    await form.getByRole('button', { name: 'Save flag' }).click();
    await expect.poll(() => panel.locator('.notice').textContent()).toContain('Flag saved');
    await Promise.all([page.close(), panel.close()]);
  });
});
