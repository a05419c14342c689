import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { storage } from 'wxt/utils/storage';
import {
  CORRUPT_FLAGS_KEY,
  DuplicateFlagError,
  flagsItem,
  importFlags,
  listFlags,
  saveFlag,
} from '../../lib/flags/flag-store';
import { sampleFlag } from './fixtures';

describe('the flag store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('saves a flag at once and lists it again', async () => {
    const flag = sampleFlag();
    await saveFlag(flag);
    expect((await listFlags()).flags.map((f) => f.id)).toEqual([flag.id]);
  });

  it('recognises the same words on the same page as a duplicate, whatever the fragment of the address', async () => {
    await saveFlag(sampleFlag());
    await expect(
      saveFlag(sampleFlag({ url: 'http://127.0.0.1:8080/seed-000.html#:~:text=Of%20course' })),
    ).rejects.toBeInstanceOf(DuplicateFlagError);
    await saveFlag(sampleFlag({ url: 'http://127.0.0.1:8080/seed-001.html' }));
    expect((await listFlags()).flags).toHaveLength(2);
  });

  it('sets an unreadable stored value aside, keeps the readable flags, and says so', async () => {
    const good = sampleFlag();
    await storage.setItem('local:flags', [good, { broken: true }]);
    const list = await listFlags();
    expect(list.flags.map((f) => f.id)).toEqual([good.id]);
    expect(list.problem).toContain('1 stored flag was unreadable');
    expect(await storage.getItem(CORRUPT_FLAGS_KEY)).toEqual([{ broken: true }]);
  });

  it('migrates flags stored by version 1, whose page addresses kept their fragment', async () => {
    const old = sampleFlag({ url: 'http://127.0.0.1:8080/seed-000.html' });
    const v1 = { ...old, target: { ...old.target, source: 'http://127.0.0.1:8080/seed-000.html#top' } };
    await storage.setItem('local:flags', [v1]);
    await storage.setMeta('local:flags', { v: 1 });
    // Migrations run when the background starts (the item is defined); run them as a new version would.
    await flagsItem.migrate();
    const { flags } = await listFlags();
    expect(flags[0]!.target.source).toBe('http://127.0.0.1:8080/seed-000.html');
    expect(await storage.getMeta('local:flags')).toEqual({ v: 2 });
  });

  it('imports a file: validated, duplicates skipped, with a report', async () => {
    const a = sampleFlag();
    const b = sampleFlag({ url: 'http://127.0.0.1:8080/seed-003.html' });
    await saveFlag(a);
    const report = await importFlags([a, b, { type: 'Annotation' }]);
    expect(report.added).toBe(1);
    expect(report.duplicates).toBe(1);
    expect(report.invalid).toHaveLength(1);
    expect(report.invalid[0]!.index).toBe(2);
  });
});
