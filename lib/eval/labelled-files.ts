/** The `<name>.labels.json` files of a folder, parsed, in name order: what every source of labelled items reads. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLabels } from './labels';

export interface LabelledFile {
  /** The file name without `.labels.json`. */
  name: string;
  labels: ReturnType<typeof parseLabels>;
}

/** Reads and parses every labels file in `dir` (none when the folder does not exist). */
export function readLabelledFiles(dir: string): LabelledFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.labels.json'))
    .sort()
    .map((f) => ({
      name: f.slice(0, -'.labels.json'.length),
      labels: parseLabels(readFileSync(join(dir, f), 'utf8'), join(dir, f)),
    }));
}
