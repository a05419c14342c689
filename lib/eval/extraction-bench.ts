/**
 * Extraction scored against a public benchmark's hand-cleaned text: for each page, the bag of words the product's
 * extraction keeps against the gold text's, beside bare Readability's in the same run. A benchmark folder holds
 * `input/NAME.html` and `gold/NAME.txt` (dragnet's layout; CleanEval's markup in gold files is removed).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Readability } from '@mozilla/readability';
import iconv from 'iconv-lite';
import { parsePage } from '../cli/parse-page';
import { extractArticle } from '../extract/extract-article';

export interface PageScore {
  precision: number;
  recall: number;
  f1: number;
}

export interface SystemFigures extends PageScore {
  pages: number;
  /** Pages the system gave no text for although the gold has some. */
  refused: number;
}

export interface BenchResult {
  set: string;
  pages: number;
  systems: Record<'readability' | 'onRecord', SystemFigures>;
  refusedByOnRecord: { page: string; reason: string }[];
}

/** Dragnet separates an article from its comments with this line; only the article is the target. */
const COMMENTS = '!@#$%^&*()  COMMENTS';
/** CleanEval's gold files start with the page's URL and mark blocks with <p>, <h> and <l>. */
const CLEANEVAL_MARKS = /^URL: .*$|<\/?[phl]>/gm;

export function goldText(raw: string): string {
  const article = raw.includes(COMMENTS) ? raw.slice(0, raw.indexOf(COMMENTS)) : raw;
  return article.replace(CLEANEVAL_MARKS, ' ');
}

/** Lower-cased words (letters and digits in any script), counted. */
export function wordBag(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const [w] of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) bag.set(w, (bag.get(w) ?? 0) + 1);
  return bag;
}

const total = (bag: Map<string, number>) => [...bag.values()].reduce((a, b) => a + b, 0);

/** Precision, recall and F1 of one extraction's words against the gold's (multiset overlap). */
export function scoreText(extracted: string, gold: string): PageScore {
  const got = wordBag(extracted);
  const want = wordBag(gold);
  let common = 0;
  for (const [w, n] of got) common += Math.min(n, want.get(w) ?? 0);
  const nGot = total(got);
  const nWant = total(want);
  const precision = nGot ? common / nGot : nWant ? 0 : 1;
  const recall = nWant ? common / nWant : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/**
 * Decodes a saved page in the charset its head declares (old benchmark pages are often Windows-1252). iconv-lite,
 * because Node's TextDecoder treats windows-1252 as Latin-1 where it is built without full ICU.
 */
export function decodePage(bytes: Buffer): string {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const label = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  return iconv.decode(bytes, label && iconv.encodingExists(label) ? label : 'utf8');
}

function bareReadability(doc: Document): string {
  try {
    return new Readability(doc.cloneNode(true) as Document).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}

function average(scores: PageScore[], refused: number): SystemFigures {
  const mean = (k: keyof PageScore) => scores.reduce((a, s) => a + s[k], 0) / Math.max(1, scores.length);
  return { pages: scores.length, refused, precision: mean('precision'), recall: mean('recall'), f1: mean('f1') };
}

/** The benchmark folders under `dir`: `dir` itself when it has input/ and gold/, else its subfolders that do. */
export function benchSets(dir: string): string[] {
  const isSet = (d: string) => existsSync(join(d, 'input')) && existsSync(join(d, 'gold'));
  if (isSet(dir)) return [dir];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && isSet(join(dir, e.name)))
    .map((e) => join(dir, e.name))
    .sort();
}

/** The pages of one benchmark folder that have both an input page and a gold text. */
export function benchPages(dir: string): string[] {
  return readdirSync(join(dir, 'gold'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => basename(f, '.txt'))
    .filter((n) => existsSync(join(dir, 'input', `${n}.html`)))
    .sort();
}

export interface PageResult {
  page: string;
  readability: PageScore & { empty: boolean };
  onRecord: PageScore & { empty: boolean; reason: string | null };
  goldEmpty: boolean;
}

/** Both systems' scores on one page. */
export function scorePage(dir: string, name: string): PageResult {
  const gold = goldText(readFileSync(join(dir, 'gold', `${name}.txt`), 'utf8'));
  const page = parsePage(decodePage(readFileSync(join(dir, 'input', `${name}.html`))), 'https://example.invalid/');
  const doc = page.ok ? page.document : null;
  const bare = doc ? bareReadability(doc) : '';
  const ours = doc ? extractArticle(doc) : { kind: 'not-article' as const, reason: page.ok ? '' : page.reason };
  doc?.defaultView?.close();
  const oursText = ours.kind === 'article' ? ours.article.text : '';
  return {
    page: name,
    goldEmpty: wordBag(gold).size === 0,
    readability: { ...scoreText(bare, gold), empty: !bare.trim() },
    onRecord: {
      ...scoreText(oursText, gold),
      empty: !oursText.trim(),
      reason: ours.kind === 'not-article' ? ours.reason : null,
    },
  };
}

/** The figures of one benchmark folder from its pages' results. */
export function summarise(set: string, pages: PageResult[]): BenchResult {
  const refusedBy = (k: 'readability' | 'onRecord') => pages.filter((p) => !p.goldEmpty && p[k].empty).length;
  return {
    set,
    pages: pages.length,
    systems: {
      readability: average(
        pages.map((p) => p.readability),
        refusedBy('readability'),
      ),
      onRecord: average(
        pages.map((p) => p.onRecord),
        refusedBy('onRecord'),
      ),
    },
    refusedByOnRecord: pages
      .filter((p) => !p.goldEmpty && p.onRecord.empty)
      .map((p) => ({ page: p.page, reason: p.onRecord.reason ?? 'no text' })),
  };
}
