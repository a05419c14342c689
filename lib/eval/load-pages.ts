/** The hand-labelled pages: `<page>.html` beside `<page>.labels.json` in one folder. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalItem } from './item';
import { parseLabels } from './labels';

/** Reads every labelled page in a folder; a labels file without its page is an error naming both. */
export function loadPages(dir: string): EvalItem[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.labels.json'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.labels.json'.length);
      const labels = parseLabels(readFileSync(join(dir, f), 'utf8'), join(dir, f));
      const page = ['.html', '.htm', '.txt'].map((ext) => join(dir, name + ext)).find((p) => existsSync(p));
      if (!page) throw new Error(`${join(dir, f)}: no page beside it (expected ${name}.html)`);
      return {
        id: `pages/${name}`,
        source: 'pages',
        input: {
          kind: page.endsWith('.txt') ? 'text' : 'html',
          content: readFileSync(page, 'utf8'),
          url: labels.source.url,
        },
        labels,
      };
    });
}
