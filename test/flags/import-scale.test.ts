import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { listFlags, saveFlag } from '../../lib/flags/flag-store';
import { MAX_LISTED, importFlags } from '../../lib/flags/import-flags';
import { readExportFile, exportJson, exportJsonLines } from '../../lib/flags/export-flags';
import { describeImport, nestingDepth, sendImport } from '../../lib/panel/send-import';
import { sampleFlag } from './fixtures';

const flagOn = (n: number) => sampleFlag({ url: `http://127.0.0.1:8080/page-${n}.html` });
const send = (chunk: unknown[]) => importFlags(structuredClone(chunk));

describe('importing at scale and at the storage quota', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('imports 10,000 flags (about 18 MB with long notes) and lists them all', async () => {
    const note = 'n'.repeat(1800);
    const items = Array.from({ length: 10_000 }, (_, i) => ({ ...flagOn(i), note }));
    expect(JSON.stringify(items).length).toBeGreaterThan(18_000_000);
    const report = await sendImport(items, send);
    expect(report).toMatchObject({ added: 10_000, duplicates: 0, invalidCount: 0, problem: null });
    expect((await listFlags()).flags).toHaveLength(10_000);
  }, 120_000);

  it('at the quota: says how many were not imported, keeps what was stored before, and does not throw', async () => {
    const before = flagOn(-1);
    await saveFlag(before);
    const real = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let calls = 0;
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if (++calls > 2) throw new Error('QUOTA_BYTES quota exceeded');
      return real(items);
    });
    const items = Array.from({ length: 3000 }, (_, i) => flagOn(i));
    const report = await sendImport(items, send);
    expect(report.added).toBeGreaterThan(0);
    expect(report.added + report.notStored).toBe(3000);
    const text = describeImport('big.json', report);
    expect(text).toContain('QUOTA_BYTES quota exceeded');
    expect(text).toContain(`${report.notStored} entries were not imported`);
    vi.restoreAllMocks();
    const ids = (await listFlags()).flags.map((f) => f.id);
    expect(ids).toContain(before.id);
    expect(ids).toHaveLength(1 + report.added);
  }, 60_000);

  it('rejects entries nested 200,000 deep before they reach a message, with the reason', async () => {
    let deep: unknown = [];
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(nestingDepth(deep)).toBeGreaterThan(64);
    const report = await sendImport([deep, flagOn(1)], send);
    expect(report.added).toBe(1);
    expect(report.invalid).toEqual([{ index: 0, reason: 'nested more than 64 levels deep' }]);
  });

  it('names only the first 20 of 50,000 junk entries, and counts the rest', async () => {
    const junk = Array.from({ length: 50_000 }, (_, i) => ({ type: 'Annotation', junk: 'x'.repeat(1000), i }));
    const report = await sendImport(junk, send);
    expect(report.invalidCount).toBe(50_000);
    expect(report.invalid).toHaveLength(MAX_LISTED);
    const text = describeImport('junk.json', report);
    expect(text).toContain('rejected 50000');
    expect(text).toContain('and 49980 more');
    expect(text.length).toBeLessThan(5000);
  }, 120_000);

  it('reads an export with an extra top-level key, and says what is wrong with a bad header', () => {
    const body = JSON.parse(exportJson([flagOn(1)]));
    expect(readExportFile(JSON.stringify({ ...body, comment: 'from my laptop' }))).toMatchObject({ ok: true });
    expect(readExportFile(JSON.stringify({ ...body, version: 2 }))).toEqual({
      ok: false,
      error: 'its "version" is 2; this version reads 1',
    });
    expect(readExportFile(JSON.stringify({ ...body, flags: 'x' }))).toEqual({
      ok: false,
      error: 'its "flags" is not a list',
    });
  });

  it('drops tracking and session parameters from exported addresses', () => {
    const f = sampleFlag({
      url: 'https://news.example/a?id=7&utm_source=x&fbclid=1&gclid=2&sessionid=abc&PHPSESSID=q',
    });
    const out = JSON.parse(exportJson([f])).flags[0];
    expect(out.target.source).toBe('https://news.example/a?id=7');
    expect(out.body.statement.source.url).toBe('https://news.example/a?id=7');
    expect(JSON.parse(exportJsonLines([f])).target.source).toBe('https://news.example/a?id=7');
  });
});
