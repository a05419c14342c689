/** The hand-labelled pages: `<page>.html` beside `<page>.labels.json` in one folder. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalItem } from './item';
import { readLabelledFiles } from './labelled-files';

/** Reads every labelled page in a folder; a labels file without its page is an error naming both. */
export function loadPages(dir: string): EvalItem[] {
  return readLabelledFiles(dir).map(({ name, labels }) => {
    const page = ['.html', '.htm', '.txt'].map((ext) => join(dir, name + ext)).find((p) => existsSync(p));
    if (!page) throw new Error(`${join(dir, `${name}.labels.json`)}: no page beside it (expected ${name}.html)`);
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
