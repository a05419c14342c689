/**
 * `npm run bench:pages -- DIR…` (or BENCH_PAGES_DIR=DIR): long animation frames on real saved pages with and without
 * the extension, side by side in one run, and the content script's own stages on each. Pages are read from a local
 * folder (saved pages are not ours to commit); prints a table and writes test-results/bench-pages.json.
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measurePageFrames } from '../browser-harness/page-frames';

const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (dirs.length === 0 && process.env.BENCH_PAGES_DIR) dirs.push(process.env.BENCH_PAGES_DIR);
if (dirs.length !== 1) {
  process.stderr.write('usage: npm run bench:pages -- DIR   (a folder of saved .html pages; or BENCH_PAGES_DIR)\n');
  process.exit(2);
}
const dir = resolve(dirs[0]!);
if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
  process.stderr.write(`bench:pages: ${dir} is not a folder\n`);
  process.exit(2);
}
const paths = readdirSync(dir)
  .filter((f) => f.endsWith('.html'))
  .sort()
  .map((f) => `/${f}`);
const figures = await measurePageFrames(dir, paths, (s) => process.stderr.write(`${s}\n`));
const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
console.log(
  line([
    'Page',
    'Longest frame without / with (ms)',
    'Long frames without / with',
    'Blocking without / with (ms)',
    'Extract / anchor / paint (ms)',
  ]),
);
console.log(line(['---', '---', '---', '---', '---']));
for (const f of figures) {
  const t = f.timings;
  console.log(
    line([
      f.page,
      `${f.without.longestFrameMs} / ${f.with.longestFrameMs}`,
      `${f.without.longFrames} / ${f.with.longFrames}`,
      `${f.without.blockingMs} / ${f.with.blockingMs}`,
      t ? `${Math.round(t.extractMs)} / ${Math.round(t.anchorMs)} / ${Math.round(t.paintMs)}` : 'not painted',
    ]),
  );
}
mkdirSync('test-results', { recursive: true });
writeFileSync(
  join('test-results', 'bench-pages.json'),
  JSON.stringify({ measuredAt: new Date().toISOString(), dir, figures }, null, 2),
);
