/**
 * `POLNEAR_DIR=… npm run -s eval:polnear-subset [-- N]`: writes the committed PolNeAR subset (test/fixtures/eval/
 * polnear) from a local checkout: N dev articles (20 by default) that have at least one direct quote, taken in turn
 * from each publisher in name order. Each gets its original text and annotations and the converted labels.
 * Only the dev split is read.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVAL_DIR } from '../eval/run-eval';
import { readPolnearSplit } from '../eval/load-polnear';
import { convertPolnear } from '../eval/polnear';

function fail(message: string): never {
  process.stderr.write(`eval:polnear-subset: ${message}\n`);
  process.exit(2);
}

const root = process.env.POLNEAR_DIR;
if (!root) fail('set POLNEAR_DIR to a checkout of networkdynamics/PolNeAR');
const n = Number(process.argv[2] ?? 20);
if (!Number.isInteger(n) || n < 1) fail(`N must be a whole number above 0, not "${process.argv[2]}"`);

let articles;
try {
  articles = readPolnearSplit(root, 'dev').map((a) => ({ a, labels: convertPolnear(a) }));
} catch (e) {
  fail((e as Error).message);
}
const byPublisher = new Map<string, typeof articles>();
for (const x of articles.filter((x) => x.labels.quotes.length > 0))
  byPublisher.set(x.a.publisher, [...(byPublisher.get(x.a.publisher) ?? []), x]);
const chosen: typeof articles = [];
for (let round = 0; chosen.length < n && [...byPublisher.values()].some((l) => l.length > round); round++)
  for (const list of [...byPublisher.keys()].sort().map((k) => byPublisher.get(k)!))
    if (list[round] && chosen.length < n) chosen.push(list[round]!);

const dir = join(EVAL_DIR, 'polnear');
mkdirSync(dir, { recursive: true });
for (const f of readdirSync(dir)) if (/\.(txt|ann|labels\.json)$/.test(f)) rmSync(join(dir, f));
for (const { a, labels } of chosen) {
  writeFileSync(join(dir, `${a.name}.txt`), a.text);
  writeFileSync(join(dir, `${a.name}.ann`), a.ann);
  writeFileSync(join(dir, `${a.name}.labels.json`), `${JSON.stringify(labels, null, 2)}\n`);
}
process.stdout.write(`wrote ${chosen.length} PolNeAR dev articles to ${dir}\n`);
