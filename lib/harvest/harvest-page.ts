/**
 * Reads one saved page into candidate statements: jsdom, the extension's extraction and engine, then candidates. The
 * jsdom window is always closed, whatever happens: an unclosed window keeps 4–7 MB alive, which over thousands of
 * pages is the difference between flat memory and running out of heap.
 */
import { collectDomText } from '../anchoring/dom-text';
import { FIRST_DATE } from '../dataset/check-dataset';
import type { Engine } from '../engine/create-engine';
import { extractArticle } from '../extract/extract-article';
import { parsePage } from '../cli/parse-page';
import { pageCandidates, type CandidateOptions } from './candidates';
import { addressUnder, pageAddress } from './page-address';
import type { PageResult } from './page-result';

export interface PageInput {
  name: string;
  bytes: Uint8Array;
  /** The address the archive recorded (WARC-Target-URI), if any. */
  url: string | null;
  /** The charset the archive's Content-Type gave, if any. */
  charset: string | null;
  /** For files: the path under the folder given, to build an address under --base-url. */
  relative: string | null;
}

export interface HarvestContext {
  engine: Engine;
  known: CandidateOptions['known'];
  baseUrl: string | null;
  today: string;
  now: string;
}

/** Binary data is not a page: NUL bytes or many control characters in the first 8 kB (the analyze command's test). */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) controls++;
  }
  return controls > sample.length * 0.05;
}

function decode(bytes: Uint8Array, charset: string | null): string {
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    // An unknown label ("x-user-defined-whatever") reads as UTF-8, as a browser would fall back.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Harvests one page; a page that cannot be read is a result with its reason, never an exception. */
export function harvestPage(input: PageInput, ctx: HarvestContext): PageResult {
  if (input.bytes.length === 0) return { status: 'unreadable', reason: 'the page is empty' };
  if (looksBinary(input.bytes)) return { status: 'unreadable', reason: 'it is not text (it looks like binary data)' };
  const html = decode(input.bytes, input.charset);
  const guess = input.url ?? (ctx.baseUrl && input.relative ? addressUnder(ctx.baseUrl, input.relative) : null);
  const parsed = parsePage(html, guess ?? 'https://example.invalid/');
  if (!parsed.ok) return { status: 'unreadable', reason: parsed.reason };
  const doc = parsed.document;
  try {
    const url = input.url ?? pageAddress(doc, html) ?? guess;
    const extraction = extractArticle(doc);
    if (extraction.kind === 'not-article') return { status: 'not-article', reason: extraction.reason };
    if (!url) return { status: 'skipped', reason: 'the page gives no address (no canonical link; give --base-url)' };
    const date = extraction.article.publishedTime?.slice(0, 10) ?? null;
    if (!date) return { status: 'skipped', reason: 'the article’s date is not known' };
    if (date < FIRST_DATE || date > ctx.today)
      return { status: 'skipped', reason: `the article’s date ${date} is outside ${FIRST_DATE}…${ctx.today}` };
    const analysis = ctx.engine.analyze(extraction, { includeText: true });
    const page = { url, name: input.name, fallbackTitle: doc.title || null, date };
    const pageText = doc.body ? collectDomText(doc.body).text : null;
    const found = pageCandidates(analysis, page, { known: ctx.known, pageText, now: ctx.now });
    return { status: 'read', quotes: analysis.quotes.length + analysis.statements.length, ...found };
  } finally {
    doc.defaultView?.close();
  }
}
