import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { storage } from 'wxt/utils/storage';
import { CORRUPT_FLAGS_KEY, DuplicateFlagError, listFlags, saveFlag } from '../../lib/flags/flag-store';
import { importFlags } from '../../lib/flags/import-flags';
import { sampleFlag } from './fixtures';

describe('the flag store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('saves a flag at once and lists it again', async () => {
    const flag = sampleFlag();
    await saveFlag(flag);
    expect((await listFlags()).flags.map((f) => f.id)).toEqual([flag.id]);
  });

  it('keeps one storage key per flag, so a save writes that flag and the index only', async () => {
    const a = sampleFlag();
    const b = sampleFlag({ url: 'http://127.0.0.1:8080/seed-001.html' });
    await saveFlag(a);
    await saveFlag(b);
    const all = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(all).sort()).toEqual([`flag:${a.id}`, `flag:${b.id}`, 'flags:index'].sort());
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

  it('migrates the list kept by earlier versions (even with version 1 addresses) into one key per flag, losing nothing', async () => {
    const old = sampleFlag({ url: 'http://127.0.0.1:8080/seed-000.html' });
    const v1 = { ...old, target: { ...old.target, source: 'http://127.0.0.1:8080/seed-000.html#top' } };
    const others = [1, 2, 3, 4].map((n) => sampleFlag({ url: `http://127.0.0.1:8080/p${n}.html` }));
    await storage.setItem('local:flags', [v1, ...others]);
    await storage.setMeta('local:flags', { v: 1 });
    const { flags, problem } = await listFlags();
    expect(problem).toBeNull();
    expect(flags.map((f) => f.id)).toEqual([old.id, ...others.map((f) => f.id)]);
    expect(flags[0]!.target.source).toBe('http://127.0.0.1:8080/seed-000.html');
    expect(await storage.getItem('local:flags')).toBeNull();
    expect(await fakeBrowser.storage.local.get('flags$')).toEqual({});
  });

  it('tells the reader when a save meets an unreadable index, and rebuilds it from the flags', async () => {
    const a = sampleFlag();
    await saveFlag(a);
    await fakeBrowser.storage.local.set({ 'flags:index': 'garbage' });
    const { problem } = await saveFlag(sampleFlag({ url: 'http://127.0.0.1:8080/seed-001.html' }));
    expect(problem).toContain('list of your flags was unreadable and was rebuilt from the 1 flag stored');
    expect((await listFlags()).flags).toHaveLength(2);
  });

  it('tells the reader when a save meets an unreadable flag, and keeps it aside', async () => {
    const a = sampleFlag();
    await saveFlag(a);
    await fakeBrowser.storage.local.set({ [`flag:${a.id}`]: { ...a, status: 'lost' } });
    const { problem } = await saveFlag(sampleFlag({ url: 'http://127.0.0.1:8080/seed-000.html#x' }));
    expect(problem).toContain('1 stored flag was unreadable and set aside');
    expect(await storage.getItem(CORRUPT_FLAGS_KEY)).toEqual([{ ...a, status: 'lost' }]);
  });

  it('works on when the set-aside value is not a list', async () => {
    await fakeBrowser.storage.local.set({ 'flags:corrupt': 'not a list', flags: [{ broken: 1 }] });
    const list = await listFlags();
    expect(list.problem).toContain('1 stored flag was unreadable');
    expect(await storage.getItem(CORRUPT_FLAGS_KEY)).toEqual(['not a list', { broken: 1 }]);
    await saveFlag(sampleFlag());
    expect((await listFlags()).flags).toHaveLength(1);
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

  it('takes only http: and https: page addresses', async () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'chrome://settings', 'file:///etc/passwd']) {
      const f = sampleFlag();
      const bad = { ...f, target: { ...f.target, source: url } };
      await expect(saveFlag(bad)).rejects.toThrow();
      expect((await importFlags([bad])).invalid[0]!.reason).toMatch(/^target\.source:/);
    }
    expect((await listFlags()).flags).toHaveLength(0);
  });
});
