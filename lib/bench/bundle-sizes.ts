/** Sizes of the built extension's entry points, raw and gzip. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  file: string;
  raw: number;
  gzip: number;
}

/** The JavaScript and data files of a build folder (e.g. .output/chrome-mv3), largest first. */
export function bundleSizes(dir: string): BundleSize[] {
  if (!existsSync(dir)) return [];
  const out: BundleSize[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${name.name}` : name.name;
      if (name.isDirectory()) walk(path);
      else if (/\.(js|json|css|html)$/.test(name.name)) {
        const buf = readFileSync(join(dir, path));
        out.push({ file: path, raw: buf.length, gzip: gzipSync(buf).length });
      }
    }
  };
  walk('');
  // The dataset's many shards count as one entry, beside its core (what the background reads at start).
  const shards = out.filter((b) => b.file.startsWith('dataset/') && b.file !== 'dataset/core.json');
  const rest = out.filter((b) => !shards.includes(b));
  if (shards.length > 0)
    rest.push({
      file: `dataset/ (${shards.length} shards)`,
      raw: shards.reduce((n, b) => n + b.raw, 0),
      gzip: shards.reduce((n, b) => n + b.gzip, 0),
    });
  return rest.sort((a, b) => b.raw - a.raw);
}
