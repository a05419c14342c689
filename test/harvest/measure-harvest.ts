/**
 * Measures data:harvest over many generated pages: `npx tsx test/harvest/measure-harvest.ts [PAGES] [-- CLI ARGS]`.
 * Writes PAGES (default 1200) varied copies of the seed pages into a temp folder, runs the CLI on them and prints
 * the process's resident memory (main thread and workers together) as the pages go by, and pages per second.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../cli/cli-helpers';
import { writePages } from './make-pages';

const dashes = process.argv.indexOf('--');
const pages = Number(process.argv[2] && process.argv[2] !== '--' ? process.argv[2] : 1200);
const extra = dashes >= 0 ? process.argv.slice(dashes + 1) : [];
const dir = mkdtempSync(join(tmpdir(), 'on-record-measure-'));
writePages(join(dir, 'pages'), pages);
const started = Date.now();
const child = spawn(
  process.execPath,
  ['--import', 'tsx', 'lib/cli/data-harvest.ts', join(dir, 'pages'), '--out', join(dir, 'out.json'), ...extra],
  { cwd: ROOT, env: { ...process.env, CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] },
);
let last = '';
child.stderr.setEncoding('utf8').on('data', (d: string) => {
  for (const line of d.split('\n')) {
    const m = /(\d+) pages .*· ([\d.]+) pages\/s .*· (\d+) MB/.exec(line);
    if (m)
      process.stdout.write(
        `${((Date.now() - started) / 1000).toFixed(0)} s\t${m[1]} pages\t${m[2]} pages/s\t${m[3]} MB\n`,
      );
    else if (line.trim()) process.stdout.write(`${line}\n`);
  }
});
child.stdout.setEncoding('utf8').on('data', (d: string) => (last += d));
child.on('exit', (code) => {
  process.stdout.write(`${last.trim()}\nexit ${code}, ${((Date.now() - started) / 1000).toFixed(0)} s in all\n`);
  rmSync(dir, { recursive: true, force: true });
});
