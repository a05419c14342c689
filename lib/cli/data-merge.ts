/** `npm run data:merge -- FILE [--data DIR]`: merges an export of readers' flags into data/ and prints a summary. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { canonicalTexts, checkDataset } from '../dataset/check-dataset';
import { formatJson } from '../dataset/canonical';
import { mergeFlags } from '../dataset/merge-flags';
import { DATA_DIR, assembleDataset, parseDatasetTexts, readDatasetTexts } from '../dataset/read-dataset';
import { parseDataset } from '../dataset/dataset';
import { readExportFile } from '../flags/export-flags';

function fail(message: string): never {
  console.error(`data:merge: ${message}`);
  process.exit(2);
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { data: { type: 'string' } } });
if (positionals.length !== 1) fail('usage: npm run data:merge -- FILE (a flags export, .json or .jsonl) [--data DIR]');
const dataDir = values.data ?? DATA_DIR;
let text: string;
try {
  text = readFileSync(positionals[0]!, 'utf8');
} catch (e) {
  fail(`cannot read ${positionals[0]}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
}
const read = readExportFile(text);
if (!read.ok) fail(`${positionals[0]}: ${read.error}`);

const dataset = parseDataset(assembleDataset(parseDatasetTexts(readDatasetTexts(dataDir))));
const result = mergeFlags(dataset, read.items);
for (const r of result.rejected) console.error(`rejected flag ${r.index + 1}: ${r.reason}`);
for (const s of result.skipped) console.log(`skipped flag ${s.index + 1}: ${s.reason}`);

if (result.added.length > 0) {
  // Write only what changed: the people file and the statement files of the speakers with new statements.
  const today = new Date().toISOString().slice(0, 10);
  const [major, minor, patch] = dataset.manifest.version.split('.').map(Number);
  writeFileSync(join(dataDir, 'people.json'), formatJson(result.people));
  for (const person of new Set(result.added.map((s) => s.person))) {
    writeFileSync(
      join(dataDir, 'statements', `${person}.json`),
      formatJson(result.statements.filter((s) => s.person === person)),
    );
  }
  const manifest = { ...dataset.manifest, version: `${major}.${minor}.${(patch ?? 0) + 1}`, updated: today };
  writeFileSync(join(dataDir, 'manifest.json'), formatJson(manifest));
  // Canonical order and counts, then the same check as npm run data:check.
  for (const [file, canonical] of canonicalTexts(parseDatasetTexts(readDatasetTexts(dataDir))))
    writeFileSync(join(dataDir, file), canonical);
  const texts = readDatasetTexts(dataDir);
  const problems = checkDataset(parseDatasetTexts(texts), texts, today);
  for (const p of problems) console.error(`data/${p.file}${p.id ? ` [${p.id}]` : ''} ${p.field}: ${p.message}`);
  if (problems.length) fail(`the merged dataset has ${problems.length} problems (see above)`);
}
console.log(
  `data:merge: ${result.added.length} added (reader-contributed, awaiting review), ${result.skipped.length} already in the dataset, ${result.rejected.length} rejected; ${result.newPeople.length} new people marked for review${result.newPeople.length ? ` (${result.newPeople.map((p) => p.id).join(', ')})` : ''}.`,
);
for (const s of result.added) console.log(`  + ${s.id}`);
process.exit(result.rejected.length > 0 && result.added.length === 0 ? 1 : 0);
