/** Shared helpers for tests: the real dataset, an engine over it, and fixture paths. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseDataset, type Dataset } from '../lib/dataset/dataset';
import { DATA_DIR, assembleDataset, readDatasetFiles } from '../lib/dataset/read-dataset';
import { createEngine, type Engine } from '../lib/engine/create-engine';

export const FIXTURES = resolve(import.meta.dirname, 'fixtures');

let cached: { dataset: Dataset; engine: Engine } | null = null;

/** The repository's dataset and an engine over it, built once per test file. */
export function realEngine(): { dataset: Dataset; engine: Engine } {
  if (!cached) {
    const dataset = parseDataset(assembleDataset(readDatasetFiles(DATA_DIR)));
    cached = { dataset, engine: createEngine(dataset) };
  }
  return cached;
}

/** Parses HTML into a Document as a browser would, at `url`. */
export function htmlDocument(html: string, url = 'https://news.example/article'): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

export const readFixture = (path: string) => readFileSync(resolve(FIXTURES, path), 'utf8');
