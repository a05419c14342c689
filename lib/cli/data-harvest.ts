/**
 * `npm run data:harvest -- PATH… [--out FILE]`: reads saved pages (HTML files, folders of them, WARC files), runs the
 * engine on each in a pool of worker threads, and writes candidate statements as a flags export that the Flagged
 * view imports and data:merge merges. Ctrl-C writes what it has; a re-run resumes from the state file beside the
 * output. Unreadable pages are named on stderr and the harvest goes on.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DATA_DIR } from '../dataset/read-dataset';
import { findInputs } from '../harvest/find-inputs';
import { openState, statePath } from '../harvest/harvest-state';
import { createPool } from '../harvest/pool';
import { createProgress } from '../harvest/progress';
import { runHarvest } from '../harvest/run-harvest';
import { writeOutput } from '../harvest/write-output';

const USAGE =
  'usage: npm run data:harvest -- PATH… [--out FILE] [--workers N] [--data DIR] [--base-url URL] [--recycle N] [--page-timeout S] [--restart]';

function fail(message: string): never {
  process.stderr.write(`data:harvest: ${message}\n`);
  process.exit(2);
}

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1)
    fail(`--${name} must be a whole number of at least 1 (got "${value}")`);
  return Number(value);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      workers: { type: 'string' },
      data: { type: 'string' },
      'base-url': { type: 'string' },
      recycle: { type: 'string' },
      'page-timeout': { type: 'string' },
      restart: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (e) {
  fail(`${(e as Error).message.split('\n')[0]} (${USAGE})`);
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (positionals.length === 0) fail(`give at least one PATH (${USAGE})`);
const baseUrl = values['base-url'] ?? null;
if (baseUrl !== null && !/^https?:\/\/[^/]/i.test(baseUrl))
  fail(`--base-url "${baseUrl}" must be an http or https address`);
const dataDir = values.data ?? DATA_DIR;
if (!existsSync(join(dataDir, 'manifest.json')))
  fail(`--data ${dataDir} is not a dataset folder (it has no manifest.json)`);
const out = values.out ?? 'on-record-harvest.json';
const workers = positive('workers', values.workers, Math.max(1, availableParallelism() - 1));
const recycleAfter = positive('recycle', values.recycle, 250);
const pageTimeout = positive('page-timeout', values['page-timeout'], 60) * 1000;

let inputs;
try {
  inputs = findInputs(positionals);
} catch (e) {
  fail((e as Error).message);
}
const state = openState(out, values.restart ?? false);
const now = new Date().toISOString();
const pool = createPool({
  size: workers,
  recycleAfter,
  pageTimeout,
  heapMb: 1536,
  settings: { dataDir, baseUrl, today: now.slice(0, 10), now },
});
// CI runners set CI (usually to "true"); their logs want lines, not a bar redrawn with carriage returns.
const ci = process.env.CI !== undefined && !['', '0', 'false'].includes(process.env.CI.toLowerCase());
const tty = Boolean(process.stderr.isTTY) && !ci;
const progress = createProgress(process.stderr, tty);
const stop = new AbortController();
process.once('SIGINT', () => {
  stop.abort();
  // A second Ctrl-C does not wait for the output to be written.
  process.once('SIGINT', () => process.exit(130));
});

const summary = await runHarvest({ inputs, state, pool, progress, signal: stop.signal }).catch((e: Error) => {
  void pool.close();
  fail(e.message);
});
await pool.close();
const written = writeOutput(out, state.flags);
const stopped = stop.signal.aborted ? 'stopped; run the same command again to resume. ' : '';
process.stdout.write(
  `data:harvest: ${stopped}${written} candidate statements written to ${out} (state: ${statePath(out)}); ` +
    `${summary.pages} pages read now, ${summary.resumed} before; ${summary.articles} articles, ` +
    `${summary.notArticles} not articles, ${summary.skipped} without address or date, ${summary.unreadable} unreadable; ` +
    `${state.held} statements already in the dataset; peak ${Math.round(summary.peakRssMb)} MB.\n`,
);
process.exit(stop.signal.aborted ? 130 : 0);
