/**
 * `npm run -s eval -- [--json] [--verbose] [--write-baseline [--force]]`: runs the engine on every labelled item and
 * prints precision, recall and F1 per stage, per source and per language. POLNEAR_DIR (a checkout of
 * networkdynamics/PolNeAR) replaces the committed PolNeAR subset with all of its train and dev articles.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { baselineItems, makeBaseline, parseBaseline, regressions } from '../eval/baseline';
import { formatEval } from '../eval/format';
import { EVAL_DIR, loadItems, runEval } from '../eval/run-eval';

const USAGE = 'usage: npm run -s eval -- [--json] [--verbose] [--write-baseline [--force]]';
const BASELINE = join(EVAL_DIR, 'baseline.json');

function fail(message: string): never {
  process.stderr.write(`eval: ${message}\n`);
  process.exit(2);
}

function writeBaseline(force: boolean): void {
  if (process.env.POLNEAR_DIR) fail('--write-baseline measures the committed items only: unset POLNEAR_DIR');
  const items = loadItems();
  if (existsSync(BASELINE) && !force) {
    const base = parseBaseline(readFileSync(BASELINE, 'utf8'), BASELINE);
    const gated = baselineItems(base, items);
    const before = runEval(gated.items);
    const worse = [
      ...gated.missing.map((id) => `item in the baseline is gone: ${id}`),
      ...regressions(base, before.figures, before),
    ];
    if (worse.length)
      fail(`not written: against the current baseline\n  ${worse.join('\n  ')}\n(--force writes it anyway)`);
  }
  const result = runEval(items);
  writeFileSync(BASELINE, `${JSON.stringify(makeBaseline(result, new Date().toISOString().slice(0, 10)), null, 2)}\n`);
  process.stdout.write(`wrote ${BASELINE} (${result.items.length} items)\n`);
}

function main(): void {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        json: { type: 'boolean' },
        verbose: { type: 'boolean', short: 'v' },
        'write-baseline': { type: 'boolean' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`);
  }
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  try {
    if (values['write-baseline']) return writeBaseline(values.force ?? false);
    const result = runEval(loadItems({ polnearDir: process.env.POLNEAR_DIR || undefined }));
    if (values.json) {
      const wrong = values.verbose ? { wrong: result.units.filter((u) => !u.right) } : {};
      process.stdout.write(
        `${JSON.stringify({ items: result.items.length, figures: result.figures, notArticles: result.notArticles, ...wrong })}\n`,
      );
    } else process.stdout.write(formatEval(result, values.verbose ?? false));
  } catch (e) {
    fail((e as Error).message);
  }
}

main();
