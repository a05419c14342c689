/** `npm run -s analyze -- [--json] [--text] [--url URL] FILE`: runs the engine in Node on a saved page or text file. */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseDataset } from '../dataset/dataset';
import { DATA_DIR, assembleDataset, readDatasetFiles } from '../dataset/read-dataset';
import { createEngine } from '../engine/create-engine';
import { extractArticle } from '../extract/extract-article';
import { extractPlainText } from '../extract/extract-plain-text';
import type { Extraction } from '../extract/article';
import { formatReport } from './format-report';

const USAGE = 'usage: npm run -s analyze -- [--json] [--text] [--url URL] [--data DIR] FILE (.html, .htm or .txt)';

function fail(message: string): never {
  process.stderr.write(`analyze: ${message}\n`);
  process.exit(2);
}

/** Reads a page or text file into an extraction; binary or unreadable input is a clear error. */
export function extractFile(file: string, url: string | undefined): Extraction {
  let buffer: Buffer;
  try {
    buffer = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    fail(
      code === 'ENOENT'
        ? `no such file: ${file}`
        : code === 'EISDIR'
          ? `${file} is a folder, not a file`
          : `cannot read ${file} (${code ?? String(e)})`,
    );
  }
  if (buffer.length === 0) return { kind: 'not-article', reason: 'the file is empty' };
  const sample = buffer.subarray(0, 8192);
  const controls = sample.reduce((n, b) => n + (b === 0 || (b < 9 && b !== 0) || (b > 13 && b < 32) ? 1 : 0), 0);
  if (sample.includes(0) || controls > sample.length * 0.05) fail(`${file} is not text (it looks like binary data)`);
  const content = buffer.toString('utf8');
  const ext = extname(file).toLowerCase();
  const isHtml = ext === '.html' || ext === '.htm' || (ext !== '.txt' && /^\s*(<!doctype html|<html)/i.test(content));
  if (!isHtml) return extractPlainText(content);
  const dom = new JSDOM(content, { url: url ?? 'https://example.invalid/', virtualConsole: new VirtualConsole() });
  return extractArticle(dom.window.document);
}

function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        text: { type: 'boolean' },
        url: { type: 'string' },
        data: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals.length !== 1) fail(`expected one FILE\n${USAGE}`);
  let dataset;
  try {
    dataset = parseDataset(assembleDataset(readDatasetFiles(values.data ?? DATA_DIR)));
  } catch (e) {
    fail(`cannot load the dataset: ${(e as Error).message}`);
  }
  const engine = createEngine(dataset);
  const analysis = engine.analyze(extractFile(positionals[0]!, values.url), { includeText: values.text });
  process.stdout.write(values.json ? `${JSON.stringify(analysis)}\n` : formatReport(analysis));
}

main();
