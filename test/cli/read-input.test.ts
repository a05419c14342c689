import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputFile } from '../../lib/cli/read-input';

const tmp = mkdtempSync(join(tmpdir(), 'on-record-read-'));

describe('readInputFile', () => {
  it('reads a file whole when it fits, and says it was not cut', () => {
    const file = join(tmp, 'small.txt');
    writeFileSync(file, 'Ryabkov said so.');
    expect(readInputFile(file, 16)).toMatchObject({ ok: true, truncated: false, size: 16 });
  });

  it('cuts a longer file at the limit without splitting a UTF-8 character', () => {
    const file = join(tmp, 'accents.txt');
    writeFileSync(file, 'aé€😀'.repeat(10)); // 1, 2, 3 and 4 bytes: 10 bytes a round
    for (let limit = 1; limit <= 20; limit++) {
      const r = readInputFile(file, limit);
      if (!r.ok) throw new Error(r.error);
      expect(r.truncated).toBe(true);
      expect(r.size).toBe(100);
      expect(r.bytes.length).toBeLessThanOrEqual(limit);
      expect(r.bytes.length).toBeGreaterThan(limit - 4);
      expect(r.bytes.toString('utf8')).not.toContain('\uFFFD');
    }
  });

  it('refuses a folder and a device without reading them', () => {
    expect(readInputFile(tmp)).toEqual({ ok: false, error: `${tmp} is a folder, not a file` });
    expect(readInputFile('/dev/zero')).toMatchObject({
      ok: false,
      error: expect.stringContaining('not a regular file'),
    });
  });
});
