/** `npm run -s analyze -- [--json] [--text] [--url URL] FILE`: runs the engine in Node on a saved page or text file. */
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDataset } from '../dataset/dataset';
import { DATA_DIR, assembleDataset, readDatasetFiles } from '../dataset/read-dataset';
import { createEngine } from '../engine/create-engine';
import { extractArticle } from '../extract/extract-article';
import { extractPlainText } from '../extract/extract-plain-text';
import type { Extraction } from '../extract/article';
import { formatReport } from './format-report';
import { parsePage } from './parse-page';
import { readInputFile } from './read-input';

const USAGE = 'usage: npm run -s analyze -- [--json] [--text] [--url URL] [--data DIR] FILE (.html, .htm or .txt)';

function fail(message: string): never {
  process.stderr.write(`analyze: ${message}\n`);
  process.exit(2);
}

const MB = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;

/** Reads a page or text file into an extraction; binary, unreadable or non-regular input is a clear error. */
export function extractFile(file: string, url: string | undefined): Extraction {
  const read = readInputFile(file);
  if (!read.ok) fail(read.error);
  const buffer = read.bytes;
  if (read.truncated)
    process.stderr.write(
      `analyze: note: ${file} is ${MB(read.size)}; only its first ${MB(buffer.length)} were read (the engine reads at most 2 MB of article text)\n`,
    );
  if (buffer.length === 0) return { kind: 'not-article', reason: 'the file is empty' };
  const sample = buffer.subarray(0, 8192);
  const controls = sample.reduce((n, b) => n + (b === 0 || (b < 9 && b !== 0) || (b > 13 && b < 32) ? 1 : 0), 0);
  if (sample.includes(0) || controls > sample.length * 0.05) fail(`${file} is not text (it looks like binary data)`);
  const content = buffer.toString('utf8');
  const ext = extname(file).toLowerCase();
  const isHtml = ext === '.html' || ext === '.htm' || (ext !== '.txt' && /^\s*(<!doctype html|<html)/i.test(content));
  if (!isHtml) return extractPlainText(content);
  const page = parsePage(content, url ?? 'https://example.invalid/');
  return page.ok ? extractArticle(page.document) : { kind: 'not-article', reason: page.reason };
}

/** Only a web address may stand for the page (as for flags and the dataset's sources). */
function checkUrl(url: string | undefined): void {
  if (url === undefined) return;
  const shown = url.length > 100 ? `${url.slice(0, 100)}…` : url;
  if (!URL.canParse(url)) fail(`--url "${shown}" is not an address (give one such as https://news.example/story)`);
  const { protocol } = new URL(url);
  if (protocol !== 'http:' && protocol !== 'https:') fail(`--url "${shown}" must be an http or https address`);
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
  checkUrl(values.url);
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

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));
try {
  main();
} catch (e) {
  // Whatever the engine did not foresee still gets one line, not a stack trace.
  process.stderr.write(
    `analyze: could not analyse the file (${e instanceof Error ? `${e.name}: ${e.message}` : String(e)})\n`,
  );
  process.exit(1);
}
