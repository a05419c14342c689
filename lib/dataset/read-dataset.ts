/** Reads data/ from disk (Node only: the CLI, tests and the build). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from './dataset';

export interface DatasetFile {
  /** Path relative to the data folder, e.g. "statements/sergei-ryabkov.json". */
  file: string;
  value: unknown;
}

/** Reads every JSON file of the dataset, unparsed, so a checker can name the file of each problem. */
export function readDatasetFiles(dataDir: string): DatasetFile[] {
  const read = (file: string): DatasetFile => ({ file, value: JSON.parse(readFileSync(join(dataDir, file), 'utf8')) });
  const files = ['manifest.json', 'people.json', 'events.json', 'topics.json'].map(read);
  const statementsDir = join(dataDir, 'statements');
  if (existsSync(statementsDir)) {
    for (const name of readdirSync(statementsDir).sort()) {
      if (name.endsWith('.json')) files.push(read(`statements/${name}`));
    }
  }
  return files;
}

/** Assembles the files into one dataset value (not yet validated). */
export function assembleDataset(files: DatasetFile[]): unknown {
  const get = (file: string) => files.find((f) => f.file === file)?.value;
  return {
    manifest: get('manifest.json'),
    people: get('people.json'),
    events: get('events.json'),
    topics: get('topics.json'),
    statements: files.filter((f) => f.file.startsWith('statements/')).flatMap((f) => f.value as unknown[]),
  };
}

/** The default data folder of this repository. */
export const DATA_DIR = new URL('../../data/', import.meta.url).pathname;

export type { Dataset };
