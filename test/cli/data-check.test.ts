import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, snapshot, tempData } from './cli-helpers';

const check = (data: string, ...args: string[]) => runCli('data-check', [...args, '--data', data]);
const STACK = /^\s+at /m;

describe('data:check on files it cannot trust', () => {
  it('--fix only reformats: an invalid record stays in its file, and the check fails naming it', () => {
    const data = tempData();
    const file = join(data, 'statements/sergei-ryabkov.json');
    const records = JSON.parse(readFileSync(file, 'utf8')) as { id: string; summary: string }[];
    const bad = records[1]!;
    bad.summary = 'short';
    writeFileSync(file, JSON.stringify(records)); // not canonical either, so --fix has reason to rewrite it
    const manifest = readFileSync(join(data, 'manifest.json'), 'utf8');
    const r = check(data, '--fix');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`data/statements/sergei-ryabkov.json [${bad.id}] summary`);
    expect(r.stdout).not.toContain('valid');
    const after = JSON.parse(readFileSync(file, 'utf8')) as { id: string; summary: string }[];
    expect(after).toHaveLength(records.length);
    expect(after.find((s) => s.id === bad.id)?.summary).toBe('short');
    expect(readFileSync(join(data, 'manifest.json'), 'utf8')).toBe(manifest);
  }, 30_000);

  it('names a folder called x.json, a symbolic-link loop, a link to nothing and a FIFO, and exits 1', () => {
    const data = tempData();
    const before = snapshot(data);
    mkdirSync(join(data, 'statements/x.json'));
    symlinkSync('loop.json', join(data, 'statements/loop.json'));
    symlinkSync('no-such-file', join(data, 'statements/gone.json'));
    // Readable by nobody, root included: a FIFO with no writer (reading it would block for ever).
    expect(spawnSync('mkfifo', [join(data, 'statements/fifo.json')]).status).toBe(0);
    for (const args of [[], ['--fix']]) {
      const r = check(data, ...args);
      expect(r.status).toBe(1);
      expect(r.stderr).not.toMatch(STACK);
      expect(r.stderr).toContain('data/statements/x.json is a folder, not a file');
      expect(r.stderr).toContain('data/statements/loop.json is a symbolic link that loops');
      expect(r.stderr).toContain('data/statements/gone.json is a symbolic link to nothing');
      expect(r.stderr).toContain('data/statements/fifo.json is not a regular file');
      expect(r.stderr.trim().split('\n')).toHaveLength(4);
    }
    for (const name of ['loop.json', 'gone.json', 'fifo.json']) rmSync(join(data, 'statements', name));
    rmSync(join(data, 'statements/x.json'), { recursive: true });
    expect(snapshot(data)).toEqual(before);
  }, 30_000);

  it.skipIf(process.getuid?.() === 0)(
    'names a statement file it has no permission to read',
    () => {
      const data = tempData();
      const file = join(data, 'statements/sergei-ryabkov.json');
      chmodSync(file, 0o000);
      try {
        const r = check(data);
        expect(r.status).toBe(1);
        expect(r.stderr.trim()).toBe(
          'data:check: data/statements/sergei-ryabkov.json cannot be read (permission denied)',
        );
      } finally {
        chmodSync(file, 0o644);
      }
    },
    30_000,
  );

  it('reads a file that starts with a UTF-8 BOM, reports the BOM, and --fix removes it and nothing else', () => {
    const data = tempData();
    const file = join(data, 'statements/maria-zakharova.json');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, `\uFEFF${text}`);
    const r = check(data);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('BOM at start of data/statements/maria-zakharova.json');
    expect(r.stderr).not.toContain('Unexpected token');
    const fixed = check(data, '--fix');
    expect(fixed.status).toBe(0);
    expect(fixed.stdout).toContain('files are valid');
    expect(readFileSync(file, 'utf8')).toBe(text);
  }, 30_000);
});
