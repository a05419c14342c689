/**
 * Expands the paths given to data:harvest into saved pages and WARC files. Folders are walked recursively (each
 * real folder once, so a symbolic-link loop ends); inside them only .html/.htm/.xhtml pages and .warc/.warc.gz
 * archives count, while a file named on the command line is read whatever its name. A path that does not exist is
 * an argument error; a folder or file inside that cannot be read is reported by name and the walk goes on.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface PageFile {
  path: string;
  /** The path under the folder it was found in (its own name when given directly). */
  relative: string;
  size: number;
  mtimeMs: number;
}

export interface Inputs {
  pages: PageFile[];
  warcs: PageFile[];
  /** Paths inside folders that could not be read, with why. */
  unreadable: { name: string; reason: string }[];
}

const PAGE = /\.(html?|xhtml)$/i;
const WARC = /\.warc(\.gz)?$/i;

/** The resume key of a page file: where it is, how big, and when it last changed. */
export const fileKey = (f: PageFile) => `file:${realpathSync(f.path)}|${f.size}|${Math.round(f.mtimeMs)}`;

/** Finds the inputs under `paths`; throws an Error with a one-line message for a path that is not there. */
export function findInputs(paths: string[]): Inputs {
  const out: Inputs = { pages: [], warcs: [], unreadable: [] };
  const seen = new Set<string>();
  const add = (path: string, root: string, named: boolean) => {
    let stat;
    try {
      stat = statSync(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (named)
        throw new Error(code === 'ENOENT' ? `no such file or folder: ${path}` : `cannot read ${path} (${code})`);
      return out.unreadable.push({ name: path, reason: `cannot read it (${code})` });
    }
    if (stat.isDirectory()) {
      const real = realpathSync(path);
      if (seen.has(real)) return;
      seen.add(real);
      let names: string[];
      try {
        names = readdirSync(path).sort();
      } catch (e) {
        return out.unreadable.push({ name: path, reason: `cannot list it (${(e as NodeJS.ErrnoException).code})` });
      }
      for (const name of names) add(join(path, name), root, false);
      return;
    }
    const file = { path, relative: named ? path : relative(root, path), size: stat.size, mtimeMs: stat.mtimeMs };
    if (WARC.test(path)) out.warcs.push(file);
    else if (named || PAGE.test(path)) out.pages.push(file);
  };
  for (const p of paths) add(p, p, true);
  return out;
}
