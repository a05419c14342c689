import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { deleteFlag, listFlags, markExported, saveFlag } from '../../lib/flags/flag-store';
import { importFlags } from '../../lib/flags/import-flags';
import { sampleFlag } from './fixtures';

const flagOn = (n: number) => sampleFlag({ url: `http://127.0.0.1:8080/page-${n}.html` });

describe('flag operations fired at the same moment', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores all of 10 saves sent together', async () => {
    const flags = Array.from({ length: 10 }, (_, i) => flagOn(i));
    await Promise.all(flags.map((f) => saveFlag(f)));
    expect((await listFlags()).flags.map((f) => f.id).sort()).toEqual(flags.map((f) => f.id).sort());
  });

  it('saves the same words sent twice at once only once: the second is a duplicate', async () => {
    const results = await Promise.allSettled([saveFlag(flagOn(1)), saveFlag(flagOn(1))]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((await listFlags()).flags).toHaveLength(1);
  });

  it('keeps a save made during an import, and everything imported', async () => {
    const imported = [1, 2].map(flagOn);
    const saved = flagOn(3);
    const [report] = await Promise.all([importFlags(imported), saveFlag(saved)]);
    expect(report.added).toBe(2);
    expect((await listFlags()).flags).toHaveLength(3);
  });

  it('does not bring back a flag deleted while another is being saved', async () => {
    const a = flagOn(1);
    await saveFlag(a);
    await Promise.all([saveFlag(flagOn(2)), deleteFlag(a.id), saveFlag(flagOn(3))]);
    const ids = (await listFlags()).flags.map((f) => f.id);
    expect(ids).toHaveLength(2);
    expect(ids).not.toContain(a.id);
  });

  it('keeps a flag saved while others are marked exported', async () => {
    const a = flagOn(1);
    await saveFlag(a);
    await Promise.all([markExported([a.id]), saveFlag(flagOn(2))]);
    const { flags } = await listFlags();
    expect(flags.map((f) => f.status)).toEqual(['exported', 'pending']);
  });

  it('goes on after a failed operation: the queue is not stuck', async () => {
    const a = flagOn(1);
    await Promise.all([saveFlag(a), saveFlag(a).catch(() => null), saveFlag(flagOn(1)).catch(() => null)]);
    await saveFlag(flagOn(2));
    expect((await listFlags()).flags).toHaveLength(2);
  });
});
