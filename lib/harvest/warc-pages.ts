/**
 * The HTML pages in a WARC file (.warc or .warc.gz, gzip'd per record or whole), read with Webrecorder's warcio:
 * only `response` records whose HTTP Content-Type is HTML, at most MAX_INPUT_BYTES of each (decoded from chunked
 * or compressed transfer). A record already read (by its WARC-Record-ID) is passed over without reading its body.
 */
import { createReadStream } from 'node:fs';
import { WARCParser } from 'warcio';
import { MAX_INPUT_BYTES } from '../cli/read-input';

export interface WarcPage {
  key: string;
  name: string;
  url: string | null;
  charset: string | null;
  bytes: Uint8Array;
  truncated: boolean;
  /** Bytes of the WARC file read so far (for progress). */
  offset: number;
}

const HTML = /^\s*(text\/html|application\/xhtml\+xml)\b/i;

async function readBounded(source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, limit: number) {
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of source) {
    chunks.push(chunk);
    length += chunk.length;
    if (length > limit) break;
  }
  const all = Buffer.concat(chunks);
  return { bytes: all.subarray(0, limit), truncated: all.length > limit };
}

/**
 * Yields the HTML responses of `file`; `skip(key)` says which records are already harvested. A file that breaks
 * off (a damaged gzip member, a cut record) throws after the records before the damage.
 */
export async function* warcPages(file: string, skip: (key: string) => boolean): AsyncGenerator<WarcPage | 'skipped'> {
  const stream = createReadStream(file);
  try {
    const parser = new WARCParser(stream);
    for await (const record of parser) {
      if (record.warcType !== 'response') continue;
      const type = record.httpHeaders?.headers.get('content-type') ?? '';
      if (!HTML.test(type)) continue;
      const id = record.warcHeader('WARC-Record-ID')?.replace(/^<|>$/g, '');
      const key = `warc:${id ?? `${file}@${parser.offset}`}`;
      if (skip(key)) {
        yield 'skipped';
        continue;
      }
      const url = record.warcTargetURI ?? null;
      const { bytes, truncated } = await readBounded(record.contentReader, MAX_INPUT_BYTES);
      yield {
        key,
        name: `${file} record ${id ?? `at byte ${parser.offset}`}${url ? ` (${url})` : ''}`,
        url: url && /^https?:\/\//i.test(url) ? url : null,
        charset: /charset\s*=\s*"?([\w.:-]+)/i.exec(type)?.[1] ?? null,
        bytes,
        truncated,
        offset: stream.bytesRead,
      };
    }
  } finally {
    stream.destroy();
  }
}
