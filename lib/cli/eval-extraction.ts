/**
 * `npm run -s eval:extraction -- [--json] [--verbose] DIR…` (or EXTRACTION_BENCH_DIR): scores the product's
 * extraction and bare Readability on the same pages of a public extraction benchmark (folders of input/NAME.html +
 * gold/NAME.txt, such as dragnet's training split or CleanEval's development set) and prints word precision, recall
 * and F1 for each, with the pages the product refused. The benchmarks are not committed (their licences differ):
 * see the README. Pages are read in child processes of CHUNK pages each, because jsdom keeps memory of every
 * document it builds beyond what closing the window frees; one process over a thousand pages runs out of heap.
 */
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import {
  benchPages,
  benchSets,
  scorePage,
  summarise,
  type BenchResult,
  type PageResult,
} from '../eval/extraction-bench';

const USAGE = 'usage: npm run -s eval:extraction -- [--json] [--verbose] DIR… (or set EXTRACTION_BENCH_DIR)';
const CHUNK = 60;

function fail(message: string): never {
  process.stderr.write(`eval:extraction: ${message}\n`);
  process.exit(2);
}

const f = (n: number) => n.toFixed(3);

function format(r: BenchResult, verbose: boolean): string {
  const { readability: a, onRecord: b } = r.systems;
  const lines = [
    `${r.set} (${r.pages} pages)`,
    '                       P      R      F1     pages refused',
    `  bare Readability   ${f(a.precision)}  ${f(a.recall)}  ${f(a.f1)}  ${a.refused}`,
    `  On Record          ${f(b.precision)}  ${f(b.recall)}  ${f(b.f1)}  ${b.refused}`,
    `  difference (F1)    ${b.f1 - a.f1 >= 0 ? '+' : ''}${f(b.f1 - a.f1)}`,
  ];
  const shown = verbose ? r.refusedByOnRecord : r.refusedByOnRecord.slice(0, 10);
  for (const p of shown) lines.push(`    refused ${p.page}: ${p.reason}`);
  if (shown.length < r.refusedByOnRecord.length)
    lines.push(`    … ${r.refusedByOnRecord.length - shown.length} more (--verbose)`);
  return `${lines.join('\n')}\n`;
}

/** Scores `pages` of `dir` in a child process (this file with --child), so its memory is returned when it exits. */
function scoreInChild(dir: string, pages: string[]): Promise<PageResult[]> {
  return new Promise((resolve, reject) => {
    const child = fork(import.meta.filename, ['--child', dir, ...pages], {
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    let results: PageResult[] | null = null;
    child.on('message', (m) => (results = m as PageResult[]));
    child.on('error', reject);
    child.on('exit', (code) =>
      results ? resolve(results) : reject(new Error(`the child reading ${dir} stopped (exit ${code})`)),
    );
  });
}

async function runSet(dir: string, progress: boolean): Promise<BenchResult> {
  const names = benchPages(dir);
  const results: PageResult[] = [];
  for (let i = 0; i < names.length; i += CHUNK) {
    results.push(...(await scoreInChild(dir, names.slice(i, i + CHUNK))));
    if (progress) process.stderr.write(`\r${basename(dir)}: ${results.length}/${names.length}`);
  }
  if (progress) process.stderr.write('\n');
  return summarise(basename(dir), results);
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        verbose: { type: 'boolean', short: 'v' },
        child: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.child) {
    const [dir, ...pages] = positionals;
    return void process.send!(
      pages.map((p) => scorePage(dir!, p)),
      () => process.exit(0),
    );
  }
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  const given = (positionals.length ? positionals : (process.env.EXTRACTION_BENCH_DIR ?? '').split(':')).filter(
    Boolean,
  );
  if (!given.length) fail(`no benchmark folder given\n${USAGE}`);
  for (const d of given) if (!existsSync(d)) fail(`${d} does not exist`);
  const sets = given.flatMap(benchSets);
  if (!sets.length) fail(`no folder with input/ and gold/ under ${given.join(', ')}`);
  const results: BenchResult[] = [];
  for (const dir of sets) results.push(await runSet(dir, process.stderr.isTTY && !process.env.CI));
  if (values.json) process.stdout.write(`${JSON.stringify(results)}\n`);
  else process.stdout.write(results.map((r) => format(r, values.verbose ?? false)).join('\n'));
}

main().catch((e: Error) => fail(e.message));
