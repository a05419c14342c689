import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFixture } from '../helpers';
import { oneLine, runCli } from './cli-helpers';

const tmp = mkdtempSync(join(tmpdir(), 'on-record-analyze-'));
const analyze = (args: string[], options: Parameters<typeof runCli>[2] = {}) =>
  runCli('analyze', args, { timeout: 60_000, ...options });

/** A page of about `bytes` bytes: seed 003's paragraphs over and over inside one <article>. */
function bigPage(bytes: number): string {
  const paragraphs = readFixture('pages/seed-003.html')
    .match(/<p>[\s\S]*?<\/p>/g)!
    .join('\n');
  const body = paragraphs.repeat(Math.ceil(bytes / paragraphs.length));
  return `<!doctype html><html lang="en"><head><title>Long</title></head><body><article>${body}</article></body></html>`;
}

describe('analyze on input it cannot trust', () => {
  it('refuses a FIFO with no writer, /dev/zero and /dev/urandom at once, without reading them (exit 2)', () => {
    const fifo = join(tmp, 'pipe.html');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    for (const file of [fifo, '/dev/zero', '/dev/urandom']) {
      const r = analyze(['--json', file], { timeout: 30_000 });
      expect(r.signal, `${file} was still being read after 30 s`).toBeNull();
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(oneLine(r.stderr)).toBe(
        `analyze: ${file} is not a regular file (a FIFO, socket or device): give a saved page`,
      );
    }
  }, 120_000);

  it('gives one line and exit 2 for --url that is not an http(s) address', () => {
    const page = join(tmp, 'seed.html');
    writeFileSync(page, readFixture('pages/seed-000.html'));
    for (const [url, message] of [
      ['not a url', 'is not an address'],
      ['javascript:alert(1)', 'must be an http or https address'],
    ] as const) {
      const r = analyze(['--json', '--url', url, page]);
      expect(r.status).toBe(2);
      expect(oneLine(r.stderr)).toContain(message);
    }
  }, 60_000);

  it('gives the not-an-article result for 1,000,000 nested <div>s, with no stack trace', () => {
    const page = join(tmp, 'nested.html');
    writeFileSync(page, `<!doctype html><html><body>${'<div>'.repeat(1e6)}deep${'</div>'.repeat(1e6)}</body></html>`);
    const r = analyze(['--json', page], { timeout: 180_000 });
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(JSON.parse(r.stdout)).toMatchObject({
      article: null,
      notArticle: expect.stringContaining('could not be read'),
    });
  }, 200_000);

  it('reads a 10 MB page up to its limit, says so, and stays within a 512 MB heap', () => {
    const page = join(tmp, 'long.html');
    writeFileSync(page, bigPage(10_000_000));
    const r = analyze(['--json', page], { timeout: 180_000, nodeArgs: ['--max-old-space-size=512'] });
    expect(r.signal, 'killed: still running after 180 s').toBeNull();
    expect(r.status).toBe(0);
    expect(oneLine(r.stderr)).toMatch(/^analyze: note: .*long\.html is 10\.\d MB; only its first 5\.0 MB were read/);
    const out = JSON.parse(r.stdout);
    expect(out.article.analysedLength).toBe(2_000_000);
    expect(out.mentions.length).toBeGreaterThan(1000);
  }, 200_000);

  it('reads a page whose style sheet jsdom cannot parse (uncompiled SCSS) instead of crashing', () => {
    const page = join(tmp, 'scss.html');
    const seed = readFixture('pages/seed-003.html');
    writeFileSync(page, seed.replace('</head>', '<style>.a { width: calc(100% - #{$gutter}); }</style></head>'));
    const r = analyze(['--json', page]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).article.title).toContain('Ryabkov');
  }, 60_000);
});
