import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers';

const ROOT = resolve(import.meta.dirname, '../..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/analyze.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
const tmp = mkdtempSync(join(tmpdir(), 'on-record-cli-'));

describe('analyze CLI', () => {
  it('prints exactly one JSON object with the documented fields', () => {
    const r = run('--json', join(FIXTURES, 'pages/seed-003.html'));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(expect.arrayContaining(['article', 'mentions', 'quotes', 'statements']));
    expect(Object.keys(out.article)).toEqual(
      expect.arrayContaining(['title', 'byline', 'siteName', 'publishedTime', 'lang', 'textLength']),
    );
    expect(out.article.text).toBeUndefined();
    expect(Object.keys(out.mentions[0])).toEqual(
      expect.arrayContaining(['kind', 'id', 'name', 'title', 'text', 'start', 'end']),
    );
    expect(Object.keys(out.quotes[0])).toEqual(
      expect.arrayContaining(['text', 'start', 'end', 'speaker', 'cue', 'attribution']),
    );
    expect(Object.keys(out.statements[0])).toEqual(expect.arrayContaining(['speaker', 'text', 'start', 'end']));
    expect(out.article.publishedTime).toBe('2025-11-22T15:30:00Z');
  }, 300_000);

  it('adds the article text with --text, and reads the date line of a text file', () => {
    const out = JSON.parse(run('--json', '--text', join(FIXTURES, 'seeds/seed-000.txt')).stdout);
    expect(out.article.publishedTime).toBe('2025-11-14');
    expect(out.article.text.startsWith('MOSCOW, November 14.')).toBe(true);
    for (const m of out.mentions) expect(out.article.text.slice(m.start, m.end)).toBe(m.text);
  }, 300_000);

  it('prints a readable report without --json', () => {
    const r = run(join(FIXTURES, 'seeds/seed-001.txt'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Sergei Ryabkov, Russian Deputy Foreign Minister');
    expect(r.stdout).toContain('Indirect statements (4)');
  }, 300_000);

  it('gives article null (exit 0) for a page that is not an article and for an empty file', () => {
    for (const file of [
      join(FIXTURES, 'pages/not-article.html'),
      (writeFileSync(join(tmp, 'empty.txt'), ''), join(tmp, 'empty.txt')),
    ]) {
      const r = run('--json', file);
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ article: null, mentions: [], quotes: [], statements: [] });
    }
  }, 300_000);

  it('fails with one clear line and exit 2 on binary garbage, a missing file or a folder', () => {
    const garbage = join(tmp, 'garbage.html');
    writeFileSync(garbage, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    for (const [file, message] of [
      [garbage, 'is not text'],
      [join(tmp, 'missing.html'), 'no such file'],
      [tmp, 'is a folder'],
    ] as const) {
      const r = run('--json', file);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(message);
    }
  }, 300_000);
});
