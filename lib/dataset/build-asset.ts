/** Writes the dataset as the files the extension ships (used by wxt.config.ts at build time). */
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildTextIndex } from '../related/statement-store';
import { parseDataset } from './dataset';
import { assembleDataset, readDatasetFiles } from './read-dataset';
import { shippedFiles } from './shards';

export interface Asset {
  relativeDest: string;
  contents: string;
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

/** Validates data/ and returns the core and one shard per person (with its text index) and event; bad data fails. */
export function writeDatasetAssets(root: string): Asset[] {
  const dataset = parseDataset(assembleDataset(readDatasetFiles(join(root, 'data'))));
  const assets: Asset[] = shippedFiles(dataset, buildTextIndex).map((f) => ({
    relativeDest: f.path,
    contents: f.contents,
  }));
  const shards = (kind: string) => assets.filter((a) => a.relativeDest.startsWith(`dataset/${kind}/`)).length;
  const bytes = assets.reduce((n, a) => n + Buffer.byteLength(a.contents), 0);
  const gzip = assets.reduce((n, a) => n + gzipSync(a.contents).length, 0);
  console.log(
    `On Record dataset: ${dataset.statements.length} statements, ${dataset.people.length} people → core ${kib(Buffer.byteLength(assets[0]!.contents))}, ${shards('people')} person and ${shards('events')} event shards; ${kib(bytes)} in all (${kib(gzip)} gzip)`,
  );
  return assets;
}
