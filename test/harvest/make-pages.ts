/**
 * Writes saved pages for harvest tests and measurements: the five seed pages, each copy with its own address, a
 * varied headline, its paragraphs in a different order and one sentence of its own (a quote by a dataset person),
 * so no two pages give the same text. Also writes them into a WARC file, gzip'd per record, with warcio.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';
import { ROOT } from '../cli/cli-helpers';

const SEEDS = [0, 1, 2, 3, 4].map((i) => readFileSync(join(ROOT, `test/fixtures/pages/seed-00${i}.html`), 'utf8'));
const TOPICS = ['the talks', 'the embassies', 'the summit', 'arms control', 'the exchange', 'sanctions relief'];
const VERBS = ['continue', 'resume', 'stall', 'widen', 'narrow', 'slow down'];

/** The address of generated page `n`. */
export const pageUrl = (n: number) => `https://news.example/world/2025/story-${n}`;

/** The quote that only page `n` carries (four words or more, by Sergei Ryabkov). */
export const ownQuote = (n: number) =>
  `We expect ${TOPICS[n % TOPICS.length]} to ${VERBS[Math.floor(n / 6) % VERBS.length]} in round ${n}`;

/** Page `n`: seed n mod 5, varied as described above. */
export function makePage(n: number): string {
  const seed = SEEDS[n % SEEDS.length]!;
  const paragraphs = [...seed.matchAll(/<p\b[^>]*>[\s\S]*?<\/p>/g)].map((m) => m[0]);
  const rotated = paragraphs.length > 2 ? [...paragraphs.slice(n % 3), ...paragraphs.slice(0, n % 3)] : paragraphs;
  let body = seed;
  paragraphs.forEach((p, i) => (body = body.replace(p, `\u0000${i}\u0000`)));
  rotated.forEach((p, i) => (body = body.replace(`\u0000${i}\u0000`, p)));
  const own = `<p>“${ownQuote(n)},” Deputy Foreign Minister Sergei Ryabkov said.</p>`;
  return body
    .replace('<head>', `<head>\n<link rel="canonical" href="${pageUrl(n)}">`)
    .replace(/<\/article>/, `${own}</article>`)
    .replace(/(<h1\b[^>]*>)/, `$1Report ${n}: `);
}

/** Writes pages from..to-1 into `dir` (in sub-folders of 100, to exercise the recursive walk); returns the paths. */
export function writePages(dir: string, count: number, from = 0): string[] {
  const paths: string[] = [];
  for (let n = from; n < from + count; n++) {
    const sub = join(dir, `part-${Math.floor(n / 100)}`);
    mkdirSync(sub, { recursive: true });
    const path = join(sub, `story-${n}.html`);
    writeFileSync(path, makePage(n));
    paths.push(path);
  }
  return paths;
}

async function* once(bytes: Uint8Array) {
  yield bytes;
}

/** A gzip'd-per-record WARC with a warcinfo record, a request, and a response for each of pages from..from+count-1. */
export async function writeWarc(path: string, count: number, from = 0, extra: WARCRecord[] = []): Promise<void> {
  const parts: Uint8Array[] = [];
  const add = async (r: WARCRecord) => parts.push(await WARCSerializer.serialize(r, { gzip: true }));
  await add(WARCRecord.createWARCInfo({ filename: 'test.warc.gz', warcVersion: 'WARC/1.1' }, { software: 'test' }));
  const enc = new TextEncoder();
  for (let n = from; n < from + count; n++) {
    const url = pageUrl(n);
    const date = '2025-12-01T10:00:00Z';
    await add(
      WARCRecord.create(
        { url, date, type: 'request', warcVersion: 'WARC/1.1' },
        once(enc.encode(`GET / HTTP/1.1\r\n\r\n`)),
      ),
    );
    const headers = { 'Content-Type': 'text/html; charset=utf-8' };
    const record = WARCRecord.create(
      { url, date, type: 'response', warcVersion: 'WARC/1.1', httpHeaders: headers, statusline: 'HTTP/1.1 200 OK' },
      once(enc.encode(makePage(n).replace(/<link rel="canonical"[^>]*>/, ''))),
    );
    await add(record);
  }
  for (const r of extra) await add(r);
  writeFileSync(path, Buffer.concat(parts));
}
