/** Reads data/ from disk (Node only: the CLI, tests and the build). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from './dataset';

export interface DatasetFile {
  /** Path relative to the data folder, e.g. "statements/sergei-ryabkov.json". */
  file: string;
  value: unknown;
}

export class DatasetReadError extends Error {}

/** Lists the dataset's files relative to `dataDir`. */
export function datasetFileNames(dataDir: string): string[] {
  const names = ['manifest.json', 'people.json', 'events.json', 'topics.json'];
  const statementsDir = join(dataDir, 'statements');
  if (existsSync(statementsDir)) {
    for (const name of readdirSync(statementsDir).sort()) if (name.endsWith('.json')) names.push(`statements/${name}`);
  }
  return names;
}

/** Reads the raw text of every dataset file that exists. */
export function readDatasetTexts(dataDir: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const file of datasetFileNames(dataDir)) {
    const path = join(dataDir, file);
    if (existsSync(path)) texts.set(file, readFileSync(path, 'utf8'));
  }
  return texts;
}

/** Parses the texts as JSON; a syntax error names the file. */
export function parseDatasetTexts(texts: Map<string, string>): DatasetFile[] {
  return [...texts].map(([file, text]) => {
    try {
      return { file, value: JSON.parse(text) as unknown };
    } catch (e) {
      throw new DatasetReadError(`data/${file}: not valid JSON (${(e as Error).message})`);
    }
  });
}

/** Reads every JSON file of the dataset, unparsed by the schema, so a checker can name the file of each problem. */
export function readDatasetFiles(dataDir: string): DatasetFile[] {
  return parseDatasetTexts(readDatasetTexts(dataDir));
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
