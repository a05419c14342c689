/**
 * `npm run data:merge -- FILE [--data DIR]`: merges an export of readers' flags into data/ and prints a summary.
 * All or nothing: when the merged dataset would fail the check, nothing is written and the command exits 2.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { mergeFlags } from '../dataset/merge-flags';
import { DATA_DIR, DatasetReadError, assembleDataset, readDatasetFiles } from '../dataset/read-dataset';
import { parseDataset } from '../dataset/dataset';
import { writeMerge } from '../dataset/write-merge';
import { readExportFile } from '../flags/export-flags';

const USAGE = 'usage: npm run data:merge -- FILE (a flags export, .json or .jsonl) [--data DIR]';

function fail(...lines: string[]): never {
  for (const line of lines) console.error(`data:merge: ${line}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { data: { type: 'string' } } });
} catch (e) {
  fail(`${(e as Error).message} (${USAGE})`);
}
const { values, positionals } = parsed;
if (positionals.length !== 1) fail(USAGE);
const dataDir = values.data ?? DATA_DIR;
let text: string;
try {
  text = readFileSync(positionals[0]!, 'utf8');
} catch (e) {
  fail(`cannot read ${positionals[0]}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
}
const read = readExportFile(text);
if (!read.ok) fail(`${positionals[0]}: ${read.error}`);

let dataset;
try {
  dataset = parseDataset(assembleDataset(readDatasetFiles(dataDir)));
} catch (e) {
  fail(...(e instanceof DatasetReadError ? e.lines : [`data/ does not pass the check: run npm run data:check`]));
}
const result = mergeFlags(dataset, read.items);
for (const r of result.rejected) console.error(`rejected flag ${r.index + 1}: ${r.reason}`);
for (const s of result.skipped) console.log(`skipped flag ${s.index + 1}: ${s.reason}`);

if (result.added.length > 0) {
  const written = writeMerge(dataDir, result, dataset.manifest, new Date().toISOString().slice(0, 10));
  if (!written.ok) fail(...written.errors, 'nothing was written: data/ is as it was');
}
console.log(
  `data:merge: ${result.added.length} added (reader-contributed, awaiting review), ${result.skipped.length} already in the dataset, ${result.rejected.length} rejected; ${result.newPeople.length} new people marked for review${result.newPeople.length ? ` (${result.newPeople.map((p) => p.id).join(', ')})` : ''}.`,
);
for (const s of result.added) console.log(`  + ${s.id}`);
process.exit(result.rejected.length > 0 && result.added.length === 0 ? 1 : 0);
