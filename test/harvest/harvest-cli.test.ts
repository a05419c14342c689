/**
 * data:harvest end to end, as a maintainer runs it: a folder of saved pages and a WARC file written here, the CLI in
 * a child process, and its output read back through the extension's import and data:merge (into a copy of data/).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { parseFlag, type Flag } from '../../lib/flags/annotation';
import { readExportFile } from '../../lib/flags/export-flags';
import { importFlags } from '../../lib/flags/import-flags';
import { ROOT, oneLine, runCli, tempData } from '../cli/cli-helpers';
import { makePage, ownQuote, pageUrl, writePages, writeWarc } from './make-pages';

const env = { ...process.env, CI: 'true' };
/** An official the dataset does not hold, and a speaker who is not an official. */
const OFFICIAL = 'We will keep the border crossings open for the time being';
const RESIDENT = 'Prices have gone up every week since the spring';
const OUTSIDE = `<p>“${OFFICIAL},” Foreign Minister Jan Kowalczyk told reporters.</p><p>“${RESIDENT},” said Tom Baker, who runs a bakery in the town.</p>`;
const harvest = (args: string[]) => runCli('data-harvest', [...args, '--workers', '2'], { env, timeout: 240_000 });

function readOutput(file: string): Flag[] {
  const read = readExportFile(readFileSync(file, 'utf8'));
  if (!read.ok) throw new Error(read.error);
  return read.items.map((item) => {
    const r = parseFlag(item);
    if (!r.ok) throw new Error(r.problem);
    return r.flag;
  });
}

const ownOf = (flags: Flag[], n: number) =>
  flags.find((f) => f.body.statement.words.text === ownQuote(n) && f.body.statement.person === 'sergei-ryabkov');

describe('data:harvest over a folder and a WARC file', () => {
  let dir: string;
  let out: string;
  let first: ReturnType<typeof harvest>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'on-record-harvest-'));
    writePages(join(dir, 'pages'), 6);
    writeFileSync(join(dir, 'pages', 'part-0', 'broken.html'), Buffer.from([0x3c, 0x68, 0, 0, 0, 0x01, 0x02, 0, 0xff]));
    writeFileSync(join(dir, 'pages', 'notes.txt'), 'not a page: the walk passes over it');
    writeFileSync(join(dir, 'pages', 'outside.html'), makePage(50).replace('</article>', `${OUTSIDE}</article>`));
    await writeWarc(join(dir, 'crawl.warc.gz'), 4, 100);
    out = join(dir, 'out', 'harvest.json');
    first = harvest([join(dir, 'pages'), join(dir, 'crawl.warc.gz'), '--out', out]);
  }, 300_000);

  it('reads every page, names the corrupt one on stderr and goes on', () => {
    expect(first.status).toBe(0);
    expect(first.stderr).toContain(`unreadable: ${join(dir, 'pages', 'part-0', 'broken.html')}: it is not text`);
    expect(first.stdout).toMatch(/11 articles, 0 not articles, 0 without address or date, 1 unreadable/);
    expect(first.stderr).toMatch(/pages\/s/);
  });

  it('writes each page’s own quote with speaker, date, page address, attribution and context', () => {
    const flags = readOutput(out);
    for (const n of [0, 1, 2, 3, 4, 5, 100, 101, 102, 103]) {
      const f = ownOf(flags, n);
      expect(f, `page ${n}`).toBeDefined();
      const s = f!.body.statement;
      expect(s.source.url).toBe(pageUrl(n));
      expect(f!.target.source).toBe(pageUrl(n));
      expect(s.said).toMatchObject({ precision: 'day', basis: 'published-date' });
      expect(s.said.date).toBe(s.source.published);
      expect(s.topics.length).toBeGreaterThan(0);
      expect(f!.note).toContain('Speaker attributed by name ("Deputy Foreign Minister Sergei Ryabkov said")');
      expect(f!.note).toContain('not in the dataset');
      expect(f!.note).toMatch(/Context: .*We expect/);
      expect(f!.target.selector[0].exact).toBe(ownQuote(n));
    }
    // WARC pages are named by their record id and address.
    expect(ownOf(flags, 100)!.note).toMatch(/crawl\.warc\.gz record urn:uuid:[0-9a-f-]+ \(https:\/\/news\.example/);
  });

  it('keeps officials outside the dataset, with the title written beside them, and leaves other speakers out', () => {
    const flags = readOutput(out);
    const official = flags.find((f) => f.body.statement.words.text === OFFICIAL);
    expect(official?.body.statement).toMatchObject({
      person: null,
      personName: 'Jan Kowalczyk',
      personTitle: 'Foreign Minister',
    });
    expect(flags.some((f) => f.body.statement.words.text === RESIDENT)).toBe(false);
  });

  it('keeps one candidate for words found on several pages, the others as other sources, and none the dataset holds', () => {
    const flags = readOutput(out);
    const keys = flags.map((f) => `${f.body.statement.person}|${f.body.statement.words.text}`);
    expect(new Set(keys).size).toBe(keys.length);
    // Seed 0's quotes appear on pages 0, 5 and 50 and WARC page 100, all of the same day: one is the source (the
    // first by address), the others its other sources.
    const shared = flags.find((f) => f.body.statement.words.text.startsWith('This communication is important'));
    const s = shared!.body.statement;
    expect(s.source.url).toBe(pageUrl(0));
    expect(s.alsoIn.map((a) => a.url).sort()).toEqual([pageUrl(100), pageUrl(5), pageUrl(50)].sort());
    expect(first.stdout).toMatch(/[1-9]\d* statements already in the dataset/);
  });

  it('is read by the Flagged view’s import, every entry valid', async () => {
    fakeBrowser.reset();
    const read = readExportFile(readFileSync(out, 'utf8'));
    if (!read.ok) throw new Error(read.error);
    const report = await importFlags(read.items);
    expect(report).toMatchObject({ added: read.items.length, duplicates: 0, invalidCount: 0, problem: null });
    expect((await importFlags(read.items)).duplicates).toBe(read.items.length);
  });

  it('merges with data:merge into a copy of data/', () => {
    const data = tempData();
    const flags = readOutput(out);
    const r = runCli('data-merge', [out, '--data', data], { timeout: 120_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`data:merge: ${flags.length} added`);
    expect(r.stdout).toContain('1 new people marked for review (jan-kowalczyk)');
    const merged = JSON.parse(readFileSync(join(data, 'statements', 'sergei-ryabkov.json'), 'utf8')) as unknown[];
    expect(JSON.stringify(merged)).toContain(ownQuote(3));
    expect(runCli('data-check', ['--data', data]).status).toBe(0);
  });

  it('skips the pages it has read on a re-run, and reads only new ones', () => {
    const again = harvest([join(dir, 'pages'), join(dir, 'crawl.warc.gz'), '--out', out]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('0 pages read now, 12 before');
    writePages(join(dir, 'pages'), 1, 6);
    const more = harvest([join(dir, 'pages'), join(dir, 'crawl.warc.gz'), '--out', out]);
    expect(more.stdout).toContain('1 pages read now, 12 before');
    const flags = readOutput(out);
    expect(ownOf(flags, 6)).toBeDefined();
    expect(ownOf(flags, 0)).toBeDefined();
  });
});

describe('data:harvest stops and resumes', () => {
  it('writes what it has on SIGINT (exit 130), and a re-run reads only the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'on-record-harvest-'));
    writePages(join(dir, 'pages'), 30);
    const out = join(dir, 'harvest.json');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'lib/cli/data-harvest.ts', join(dir, 'pages'), '--out', out, '--workers', '1'],
      { cwd: ROOT, env },
    );
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    const code = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    // Stop once a few pages are in the state file.
    const state = `${out}.state`;
    for (let i = 0; i < 600; i++) {
      if (existsSync(state) && readFileSync(state, 'utf8').split('\n').length > 3) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    child.kill('SIGINT');
    expect(await code).toBe(130);
    expect(stdout).toContain('stopped; run the same command again to resume');
    const before = readFileSync(state, 'utf8').trim().split('\n').length;
    expect(before).toBeGreaterThan(2);
    expect(before).toBeLessThan(30);
    expect(readOutput(out).length).toBeGreaterThan(0);
    const rest = harvest([join(dir, 'pages'), '--out', out]);
    expect(rest.stdout).toContain(`${30 - before} pages read now, ${before} before`);
    const flags = readOutput(out);
    for (let n = 0; n < 30; n++) expect(ownOf(flags, n), `page ${n}`).toBeDefined();
  }, 300_000);
});

describe('data:harvest arguments and archives', () => {
  it.each([
    [[], 'give at least one PATH'],
    [['/no/such/folder'], 'no such file or folder: /no/such/folder'],
    [['.', '--workers', '0'], '--workers must be a whole number of at least 1'],
    [['.', '--workers', 'many'], '--workers must be a whole number'],
    [['.', '--base-url', 'ftp://x'], '--base-url "ftp://x" must be an http or https address'],
    [['.', '--frobnicate'], "Unknown option '--frobnicate'"],
    [['.', '--data', '/no/such/data'], '--data /no/such/data is not a dataset folder'],
  ])('%j is one line and exit 2', (args, message) => {
    const r = runCli('data-harvest', args, { env });
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toContain(message);
  });

  it('names a WARC file that breaks off and keeps the records before the damage', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'on-record-harvest-'));
    const warc = join(dir, 'cut.warc.gz');
    await writeWarc(warc, 3, 200);
    const bytes = readFileSync(warc);
    writeFileSync(warc, bytes.subarray(0, bytes.length - 400));
    const out = join(dir, 'out.json');
    const r = harvest([warc, '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`unreadable: ${warc}: the archive breaks off`));
    const flags = readOutput(out);
    expect(ownOf(flags, 200)).toBeDefined();
    expect(ownOf(flags, 201)).toBeDefined();
  });

  it('gives up a page that runs past the time or memory limit, names it, and goes on with a new worker', () => {
    const dir = mkdtempSync(join(tmpdir(), 'on-record-harvest-'));
    writePages(join(dir, 'pages'), 2, 400);
    // About 4.8 MB of tiny elements: jsdom and Readability take over a minute on it (and then run out of heap), while
    // a real page takes under a second, or a few on a busy machine.
    const slow = join(dir, 'pages', 'slow.html');
    writeFileSync(slow, `<html><body><article>${'<p><b>x</b></p>'.repeat(320_000)}</article></body></html>`);
    const out = join(dir, 'out.json');
    const r = runCli('data-harvest', [join(dir, 'pages'), '--out', out, '--workers', '1', '--page-timeout', '30'], {
      env,
      timeout: 240_000,
    });
    expect(r.status).toBe(0);
    // Which limit it meets first depends on the machine: over 30 s, or jsdom's heap running out first.
    expect(r.stderr).toContain(`unreadable: ${slow}: `);
    expect(r.stderr).toMatch(
      /it took longer than 30 s|its worker stopped \(Worker terminated due to reaching memory limit/,
    );
    const flags = readOutput(out);
    expect(ownOf(flags, 400)).toBeDefined();
    expect(ownOf(flags, 401)).toBeDefined();
  });

  it('names an uncompressed WARC cut inside a record instead of waiting for the rest of it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'on-record-harvest-'));
    const whole = join(dir, 'whole.warc.gz');
    await writeWarc(whole, 3, 300);
    const plain = gunzipSync(readFileSync(whole));
    const warc = join(dir, 'cut.warc');
    writeFileSync(warc, plain.subarray(0, plain.length - 2000));
    const out = join(dir, 'out.json');
    const r = harvest([warc, '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`unreadable: ${warc}: the archive breaks off: the record at byte`);
    const flags = readOutput(out);
    expect(ownOf(flags, 300)).toBeDefined();
    expect(ownOf(flags, 302)).toBeUndefined();
  });
});
