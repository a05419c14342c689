/** `npm run data:check [-- --fix] [--data DIR]`: validates data/; with --fix, rewrites files in canonical form first. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { canonicalTexts, checkDataset } from '../dataset/check-dataset';
import { DATA_DIR, DatasetReadError, parseDatasetTexts, readDatasetTexts } from '../dataset/read-dataset';

const { values } = parseArgs({ options: { fix: { type: 'boolean' }, data: { type: 'string' } } });
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
  if (problems.length > 0) {
    console.error(`data:check: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    process.exit(1);
  }
  console.log(`data:check: ${files.length} files are valid`);
} catch (e) {
  if (e instanceof DatasetReadError) {
    console.error(`data:check: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
