import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchWithExtension } from '../../lib/browser-harness/launch-extension';
import { serveFolder, type Served } from '../../lib/browser-harness/serve-folder';
import { waitForAnalysis } from '../../lib/browser-harness/tab-analysis';
import { DATA_DIR } from '../../lib/dataset/read-dataset';
import { PAGES, SHOTS } from './harness';

vi.setConfig({ expect: { poll: { timeout: 8000 } } });

const ROOT = resolve(import.meta.dirname, '../..');
const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', `lib/cli/${script}.ts`, ...args], { cwd: ROOT, encoding: 'utf8' });
const WORDS = 'Of course, not as fast as we would like, that is clear, and we commented on this regularly';

let server: Served;
const profile = mkdtempSync(join(tmpdir(), 'on-record-flag-profile-'));
const work = mkdtempSync(join(tmpdir(), 'on-record-flag-work-'));

beforeAll(async () => {
  server = await serveFolder(PAGES);
});
afterAll(async () => {
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

describe('flagging a statement, from the article to the dataset', () => {
  it('flags a quote in two clicks, keeps it through a stopped service worker and a browser restart, exports it, and data:merge makes it known', async () => {
    // 1. Flag a quote the dataset does not hold, from the side panel: "Flag as new statement", then "Save flag".
    let browser = await launchWithExtension({ profileDir: profile });
    const url = `${server.origin}/seed-000.html`;
    const since = new Date().toISOString();
    const page = await browser.context.newPage();
    await page.goto(url);
    const { tabId } = await waitForAnalysis(browser.worker, url, since);
    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 420, height: 1000 });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tab=${tabId}`);
    const quote = panel.locator('[data-testid="quotes"] li', { hasText: WORDS });
    await quote.getByRole('button', { name: 'Flag as new statement' }).click();
    const form = panel.getByRole('form', { name: 'Flag a new statement' });
    await expect.poll(() => form.locator('input[name="personName"]').inputValue()).toBe('Maria Zakharova');
    expect(await form.locator('input[name="date"]').inputValue()).toBe('2025-11-14');
    expect(await form.locator('textarea[name="words"]').inputValue()).toBe(WORDS);
    await panel.screenshot({ path: `${SHOTS}/flag-form.png` });
    await form.getByRole('button', { name: 'Save flag' }).click();
    await expect.poll(() => panel.locator('.notice').textContent()).toContain('Flag saved');

    // 2. Flagging the same words again is recognised as a duplicate.
    await quote.getByRole('button', { name: 'Flag as new statement' }).click();
    await form.getByRole('button', { name: 'Save flag' }).click();
    await expect.poll(() => form.locator('[role="alert"]').textContent()).toContain('already flagged');
    await form.getByRole('button', { name: 'Cancel' }).click();

    // 3. Stop the service worker (as the browser does when idle), reload the panel: the flag is still listed.
    const cdp = await browser.context.newCDPSession(panel);
    const stopped = new Promise<void>((resolve) =>
      cdp.on(
        'ServiceWorker.workerVersionUpdated',
        (e) =>
          e.versions.some((v) => v.scriptURL.endsWith('/background.js') && v.runningStatus === 'stopped') && resolve(),
      ),
    );
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
    await panel.reload();
    await panel.getByRole('tab', { name: /Flagged/ }).click();
    await expect.poll(() => panel.locator('[data-testid="flags"] li').count()).toBe(1);
    await browser.close();

    // 4. Close the browser and come back: the flag is listed on the options page, pending.
    browser = await launchWithExtension({ profileDir: profile });
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const item = options.locator('[data-testid="flags"] li');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.textContent()).toContain(WORDS);
    expect(await item.locator('.badge').textContent()).toBe('pending');

    // 5. Export it as JSON.
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export JSON', exact: true }).click(),
    ]);
    const file = join(work, 'flags.json');
    await download.saveAs(file);
    await expect.poll(() => item.locator('.badge').textContent()).toBe('exported');
    await options.screenshot({ path: `${SHOTS}/flagged-list.png`, fullPage: true });
    await browser.close();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({ format: 'on-record-flags', version: 1 });
    expect(exported.flags[0].target.selector[0]).toMatchObject({ type: 'TextQuoteSelector', exact: WORDS });

    // 6. A maintainer merges it with one command into (a copy of) data/, and analyze knows the quote.
    const data = join(work, 'data');
    cpSync(DATA_DIR, data, { recursive: true });
    const merged = run('data-merge', file, '--data', data);
    expect(merged.stdout).toContain('1 added');
    expect(run('data-check', '--data', data).status).toBe(0);
    const analysis = JSON.parse(run('analyze', '--json', '--data', data, join(PAGES, 'seed-000.html')).stdout);
    const known = analysis.quotes.find((q: { text: string }) => q.text === WORDS)?.known;
    expect(known).toMatchObject({
      statementId: expect.stringMatching(/^maria-zakharova-2025-11-14-/),
      fidelity: 'verbatim',
      statement: { words: { text: WORDS }, contributed: { reviewed: false } },
    });
  }, 120_000);
});
