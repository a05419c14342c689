import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { forThePanel } from '../../lib/background/for-the-panel';
import { forgetTab, storeTabAnalysis } from '../../lib/background/tab-store';
import type { Analysis } from '../../lib/engine/analysis';
import { extractArticle } from '../../lib/extract/extract-article';
import type { ExtensionApi } from '../../lib/messaging/extension-api';
import { htmlDocument, readFixture, realEngine } from '../helpers';

const browser = fakeBrowser as unknown as ExtensionApi;
let analysis: Analysis;
const tab = (tabId: number) => ({ tabId, url: `https://news.example/${tabId}`, analyzedAt: new Date().toISOString() });
const session = () => fakeBrowser.storage.session.get(null) as Promise<Record<string, Record<string, unknown>>>;

beforeAll(async () => {
  const { engine } = realEngine();
  const extraction = extractArticle(htmlDocument(readFixture('pages/seed-003.html')));
  await engine.prepare(extraction);
  analysis = engine.analyze(extraction, { includeText: true });
});

describe("each tab's result in session storage", () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('keeps only what the panel shows: no article text, the statements its views show', () => {
    const slim = forThePanel(analysis);
    expect(slim.article?.text).toBeUndefined();
    expect(JSON.stringify(slim).length).toBeLessThan(JSON.stringify(analysis).length * 0.6);
    const ryabkov = slim.cards.find((c) => c.kind === 'person' && c.id === 'sergei-ryabkov');
    expect(ryabkov?.kind === 'person' && ryabkov.related.every((r) => ryabkov.statements[r.statementId])).toBe(true);
  });

  it('makes room by setting the least recently stored tabs aside, and notes that they were', async () => {
    const size = JSON.stringify({ ...tab(1), analysis: forThePanel(analysis) }).length;
    for (const id of [1, 2, 3, 4]) expect(await storeTabAnalysis(browser, tab(id), analysis, size * 2.5)).toBe(true);
    const stored = await session();
    expect(stored['tab:1']).toMatchObject({ notKept: { reason: 'evicted' } });
    expect(stored['tab:2']).toMatchObject({ notKept: { reason: 'evicted' } });
    expect(stored['tab:3']).toHaveProperty('analysis');
    expect(stored['tab:4']).toHaveProperty('analysis');
  });

  it('never swallows a failed write: the tab is noted as not kept, with the browser’s reason', async () => {
    await storeTabAnalysis(browser, tab(1), analysis);
    const real = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
    vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementation(async (items) => {
      if (Object.values(items).some((v) => (v as { analysis?: unknown })?.analysis))
        throw new Error('Session storage quota bytes exceeded');
      return real(items);
    });
    expect(await storeTabAnalysis(browser, tab(2), analysis)).toBe(false);
    const stored = await session();
    expect(stored['tab:2']).toMatchObject({
      notKept: { reason: 'failed', detail: 'Session storage quota bytes exceeded' },
    });
    // It made room first: the older tab gave way before the newer one was given up.
    expect(stored['tab:1']).toMatchObject({ notKept: { reason: 'evicted' } });
  });

  it('records every one of many tabs stored at once, and forgets closed ones', async () => {
    await Promise.all(Array.from({ length: 45 }, (_, i) => storeTabAnalysis(browser, tab(i), analysis)));
    const stored = await session();
    expect(Object.keys(stored).filter((k) => k.startsWith('tab:') && stored[k]!.analysis)).toHaveLength(45);
    await forgetTab(browser, 7);
    expect((await session())['tab:7']).toBeUndefined();
  });
});
