/** Reads the file `analyze` is given: regular files only, and at most a bounded number of bytes of them. */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/**
 * The most bytes of one file read (5 MB). The engine reads at most 2 MB of article text; 5 MB holds the whole of
 * nearly every saved news page, inline scripts and styles included, and keeps jsdom within about 10 s and 600 MB.
 */
export const MAX_INPUT_BYTES = 5_000_000;

export type InputFile = { ok: true; bytes: Buffer; size: number; truncated: boolean } | { ok: false; error: string };

function openError(file: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `no such file: ${file}`;
  if (code === 'EACCES' || code === 'EPERM') return `cannot read ${file} (permission denied)`;
  if (code === 'ELOOP') return `${file} is a symbolic link that loops`;
  return `cannot read ${file} (${code ?? String(e)})`;
}

/** The longest prefix of `bytes` that does not end inside a UTF-8 character. */
function wholeCharacters(bytes: Buffer): Buffer {
  let end = bytes.length;
  let back = 0;
  while (back < 3 && end - back > 0 && (bytes[end - back - 1]! & 0xc0) === 0x80) back++;
  const lead = bytes[end - back - 1];
  if (lead !== undefined && lead >= 0xc0) {
    const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    if (back + 1 < need) end -= back + 1;
  }
  return bytes.subarray(0, end);
}

/**
 * Reads at most `limit` bytes of `file`. Folders, FIFOs, sockets and devices (/dev/zero, a pipe with no writer) are
 * refused without a byte being read: the file is opened non-blocking and checked with fstat before any read.
 */
export function readInputFile(file: string, limit = MAX_INPUT_BYTES): InputFile {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { ok: false, error: openError(file, e) };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, error: `${file} is a folder, not a file` };
    if (!stat.isFile())
      return { ok: false, error: `${file} is not a regular file (a FIFO, socket or device): give a saved page` };
    // One byte more than the limit tells a file of exactly `limit` bytes from a longer one; the size in stat can be
    // wrong (0 for files in /proc), so read until the end or the limit.
    const buffer = Buffer.alloc(limit + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n)
      n = readSync(fd, buffer, length, buffer.length - length, null);
    const truncated = length > limit;
    const bytes = truncated ? wholeCharacters(buffer.subarray(0, limit)) : buffer.subarray(0, length);
    return { ok: true, bytes, size: Math.max(stat.size, length), truncated };
  } catch (e) {
    return { ok: false, error: openError(file, e) };
  } finally {
    closeSync(fd);
  }
}
