/** Writes the dataset as the files the extension ships (used by wxt.config.ts at build time). */
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildTextIndex } from '../related/statement-store';
import { parseDataset } from './dataset';
import { assembleDataset, readDatasetFiles } from './read-dataset';
import { SHARD_PATHS, splitDataset } from './shards';

export interface Asset {
  relativeDest: string;
  contents: string;
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

/** Validates data/ and returns the core and one shard per person (with its text index) and event; bad data fails. */
export function writeDatasetAssets(root: string): Asset[] {
  const dataset = parseDataset(assembleDataset(readDatasetFiles(join(root, 'data'))));
  const { core, people, events } = splitDataset(dataset, buildTextIndex);
  const assets: Asset[] = [
    { relativeDest: SHARD_PATHS.core, contents: JSON.stringify(core) },
    ...people.map((p) => ({ relativeDest: SHARD_PATHS.person(p.person), contents: JSON.stringify(p) })),
    ...events.map((e) => ({ relativeDest: SHARD_PATHS.event(e.event), contents: JSON.stringify(e) })),
  ];
  const bytes = assets.reduce((n, a) => n + Buffer.byteLength(a.contents), 0);
  const gzip = assets.reduce((n, a) => n + gzipSync(a.contents).length, 0);
  console.log(
    `On Record dataset: ${dataset.statements.length} statements, ${dataset.people.length} people → core ${kib(Buffer.byteLength(assets[0]!.contents))}, ${people.length} person and ${events.length} event shards; ${kib(bytes)} in all (${kib(gzip)} gzip)`,
  );
  return assets;
}
