/** Writes the dataset as the one JSON asset the extension ships (used by wxt.config.ts at build time). */
import { join } from 'node:path';
import { DATASET_ASSET } from './asset-name';
import { parseDataset } from './dataset';
import { assembleDataset, readDatasetFiles } from './read-dataset';

/** Validates data/ and returns it as a generated public file; a broken dataset fails the build. */
export function writeDatasetAsset(root: string): { relativeDest: string; contents: string } {
  const dataset = parseDataset(assembleDataset(readDatasetFiles(join(root, 'data'))));
  const contents = JSON.stringify(dataset);
  console.log(
    `On Record dataset: ${dataset.statements.length} statements, ${dataset.people.length} people, ${(contents.length / 1024).toFixed(1)} KiB`,
  );
  return { relativeDest: DATASET_ASSET, contents };
}
