/** Reads data/ from disk (Node only: the CLI, tests and the build). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BOM } from './canonical';
import type { Dataset } from './dataset';

export interface DatasetFile {
  /** Path relative to the data folder, e.g. "statements/sergei-ryabkov.json". */
  file: string;
  value: unknown;
}

/** Files of data/ that cannot be read or parsed; each line of `lines` names one file and what is wrong with it. */
export class DatasetReadError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

const TOP_FILES = ['manifest.json', 'people.json', 'events.json', 'topics.json'];

/** Why a file could not be read, in words (a folder, a symbolic-link loop, no permission...). */
function readProblem(file: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  const why =
    code === 'EISDIR'
      ? 'is a folder, not a file'
      : code === 'ELOOP'
        ? 'is a symbolic link that loops'
        : code === 'ENOENT'
          ? 'is a symbolic link to nothing'
          : code === 'EACCES' || code === 'EPERM'
            ? 'cannot be read (permission denied)'
            : `cannot be read (${code ?? String(e)})`;
  return `data/${file} ${why}`;
}

/** Lists the dataset's files relative to `dataDir`; every `statements/*.json` entry, whatever it turns out to be. */
export function datasetFileNames(dataDir: string): string[] {
  const names = [...TOP_FILES];
  const statementsDir = join(dataDir, 'statements');
  let entries: string[];
  try {
    entries = readdirSync(statementsDir);
  } catch (e) {
    // No statements folder at all is a dataset without statements; one that cannot be listed is an error.
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' && !existsSync(statementsDir)) return names;
    throw new DatasetReadError([readProblem('statements', e).replace('cannot be read', 'cannot be listed')]);
  }
  for (const name of entries.sort()) if (name.endsWith('.json')) names.push(`statements/${name}`);
  return names;
}

/**
 * Reads the raw text of every dataset file. A missing top-level file is left out (the check reports it); a statement
 * file that is a folder, a link loop or unreadable is an error: every such file is named, none is skipped.
 */
export function readDatasetTexts(dataDir: string): Map<string, string> {
  const texts = new Map<string, string>();
  const problems: string[] = [];
  for (const file of datasetFileNames(dataDir)) {
    const path = join(dataDir, file);
    try {
      // Stat first: reading a FIFO or a device named *.json would block or never end; a folder fails with EISDIR.
      const stat = statSync(path);
      if (stat.isFile() || stat.isDirectory()) texts.set(file, readFileSync(path, 'utf8'));
      else problems.push(`data/${file} is not a regular file (a FIFO, socket or device)`);
    } catch (e) {
      const missing = (e as NodeJS.ErrnoException).code === 'ENOENT' && !existsSync(path);
      if (!(missing && TOP_FILES.includes(file))) problems.push(readProblem(file, e));
    }
  }
  if (problems.length > 0) throw new DatasetReadError(problems);
  return texts;
}

/** Parses the texts as JSON (ignoring a leading BOM); a syntax error names the file. */
export function parseDatasetTexts(texts: Map<string, string>): DatasetFile[] {
  const problems: string[] = [];
  const files = [...texts].flatMap(([file, text]) => {
    try {
      return [{ file, value: JSON.parse(text.startsWith(BOM) ? text.slice(1) : text) as unknown }];
    } catch (e) {
      problems.push(`data/${file}: not valid JSON (${(e as Error).message})`);
      return [];
    }
  });
  if (problems.length > 0) throw new DatasetReadError(problems);
  return files;
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
