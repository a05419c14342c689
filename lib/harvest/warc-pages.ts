/**
 * The HTML pages in a WARC file (.warc or .warc.gz, gzip'd per record or whole), read with Webrecorder's warcio:
 * only `response` records whose HTTP Content-Type is HTML, at most MAX_INPUT_BYTES of each (decoded from chunked
 * or compressed transfer). A record already read (by its WARC-Record-ID) is passed over without reading its body.
 */
import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
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

/** True when the file starts with gzip's magic number. */
function isGzip(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(2);
    return readSync(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    closeSync(fd);
  }
}

/**
 * Yields the HTML responses of `file`; `skip(key)` says which records are already harvested. A file that breaks
 * off (a damaged gzip member, a cut record) throws after the records before the damage.
 */
export async function* warcPages(file: string, skip: (key: string) => boolean): AsyncGenerator<WarcPage | 'skipped'> {
  const size = statSync(file).size;
  const gzip = isGzip(file);
  const stream = createReadStream(file);
  try {
    const parser = new WARCParser(stream);
    for await (const record of parser) {
      // warcio waits forever for the rest of a cut uncompressed record: check it fits before reading it
      // (`_warcHeadersLength` is where the record's headers end in the file). A cut gzip member is dropped instead,
      // and caught below by where the parser stopped.
      const end = parser._warcHeadersLength + record.warcContentLength;
      if (!gzip && end > size) throw new Error(`the record at byte ${parser.offset} runs past the end of the file`);
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
    if (parser.offset < size) throw new Error(`nothing could be read after byte ${parser.offset} of ${size}`);
  } finally {
    stream.destroy();
  }
}
