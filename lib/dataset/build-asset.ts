/** Writes the dataset as the one JSON asset the extension ships (used by wxt.config.ts at build time). */
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildTextIndex } from '../related/statement-store';
import { DATASET_ASSET } from './asset-name';
import { parseDataset, type ShippedDataset } from './dataset';
import { assembleDataset, readDatasetFiles } from './read-dataset';

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

/** Validates data/ and returns it with its prebuilt text index as a generated public file; bad data fails the build. */
export function writeDatasetAsset(root: string): { relativeDest: string; contents: string } {
  const dataset = parseDataset(assembleDataset(readDatasetFiles(join(root, 'data'))));
  const shipped: ShippedDataset = { dataset, textIndex: buildTextIndex(dataset.statements) };
  const contents = JSON.stringify(shipped);
  console.log(
    `On Record dataset: ${dataset.statements.length} statements, ${dataset.people.length} people → ${DATASET_ASSET} ${kib(Buffer.byteLength(contents))} (text index ${kib(JSON.stringify(shipped.textIndex).length)}; ${kib(gzipSync(contents).length)} gzip)`,
  );
  return { relativeDest: DATASET_ASSET, contents };
}
