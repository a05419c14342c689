/**
 * `npm run data:check [-- --fix] [--data DIR]`: validates data/; with --fix, first rewrites in canonical form every
 * file whose records all validate. --fix only reformats: a record that does not validate stays, and the check fails.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { canonicalTexts, checkDataset } from '../dataset/check-dataset';
import { DATA_DIR, DatasetReadError, parseDatasetTexts, readDatasetTexts } from '../dataset/read-dataset';

function fail(lines: string[]): never {
  for (const line of lines) console.error(`data:check: ${line}`);
  process.exit(1);
}

let values: { fix?: boolean; data?: string };
try {
  ({ values } = parseArgs({ options: { fix: { type: 'boolean' }, data: { type: 'string' } } }));
} catch (e) {
  fail([`${(e as Error).message} (usage: npm run data:check [-- --fix] [--data DIR])`]);
}
const dataDir = values.data ?? DATA_DIR;
const today = new Date().toISOString().slice(0, 10);

try {
  let texts = readDatasetTexts(dataDir);
  if (values.fix) {
    for (const [file, text] of canonicalTexts(parseDatasetTexts(texts))) {
      if (texts.get(file) !== text) {
        writeFileSync(join(dataDir, file), text);
        console.log(`rewrote data/${file}`);
      }
    }
    texts = readDatasetTexts(dataDir);
  }
  const files = parseDatasetTexts(texts);
  const problems = checkDataset(files, texts, today);
  for (const p of problems)
    console.error(`data/${p.file}${p.id ? ` [${p.id}]` : ''}${p.field ? ` ${p.field}` : ''}: ${p.message}`);
  if (problems.length > 0) fail([`${problems.length} problem${problems.length === 1 ? '' : 's'}`]);
  console.log(`data:check: ${files.length} files are valid`);
} catch (e) {
  if (e instanceof DatasetReadError) fail(e.lines);
  // A write refused by --fix, or anything else unforeseen: one line, not a stack trace.
  fail([e instanceof Error ? e.message : String(e)]);
}
