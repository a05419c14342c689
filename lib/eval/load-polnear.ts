/**
 * PolNeAR items: the committed dev subset (test/fixtures/eval/polnear: original text and converted labels), or a
 * local checkout of the repository given by POLNEAR_DIR, of which only `data/train` and `data/dev` are ever opened.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalItem } from './item';
import { readLabelledFiles } from './labelled-files';
import { convertPolnear, polnearInput, type PolnearArticle } from './polnear';

/** The PolNeAR commit the committed subset was converted from. */
export const POLNEAR_COMMIT = 'c3eee833c035bf7b8c84f55b58c0bf7346cfae76';
const SPLITS = ['dev', 'train'] as const;

/** The committed subset: `<name>.txt` with `<name>.labels.json`, all from the dev split. */
export function loadPolnearFixtures(dir: string): EvalItem[] {
  return readLabelledFiles(dir).map(({ name, labels }) => {
    const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
    return {
      id: `polnear-dev/${name}`,
      source: 'polnear-dev',
      input: { kind: 'text', content: polnearInput(text, labels.source.published), url: null },
      labels,
    };
  });
}

/** Publisher and date of each train and dev article, from `data/metadata.tsv` (rows of other splits are skipped). */
function readMetadata(root: string): Map<string, { publisher: string; date: string | null }> {
  const out = new Map<string, { publisher: string; date: string | null }>();
  const file = join(root, 'data', 'metadata.tsv');
  if (!existsSync(file))
    throw new Error(`POLNEAR_DIR: ${file} is missing (expected a checkout of networkdynamics/PolNeAR)`);
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    const [compartment, name, , , publisher, date] = line.split('\t');
    if (name && (compartment === 'train' || compartment === 'dev'))
      out.set(name, { publisher: publisher ?? '', date: /^\d{4}-\d{2}-\d{2}$/.test(date ?? '') ? date! : null });
  }
  return out;
}

/** Reads one split's articles (those with text, attributions and CoreNLP output) into PolNeAR articles. */
export function readPolnearSplit(root: string, split: (typeof SPLITS)[number]): PolnearArticle[] {
  const meta = readMetadata(root);
  const dir = join(root, 'data', split);
  if (!existsSync(dir)) throw new Error(`POLNEAR_DIR: ${dir} is missing`);
  const anns = readdirSync(join(dir, 'attributions')).sort();
  return readdirSync(join(dir, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => {
      const name = f.slice(0, -4);
      const ann = anns.find((a) => a.startsWith(`${name}_`)); // the first annotator's file when there are two
      const corenlp = join(dir, 'corenlp', `${name}.txt.xml`);
      if (!ann || !existsSync(corenlp)) return [];
      const m = meta.get(name);
      return [
        {
          name,
          compartment: split,
          text: readFileSync(join(dir, 'text', f), 'utf8'),
          ann: readFileSync(join(dir, 'attributions', ann), 'utf8'),
          corenlp: readFileSync(corenlp, 'utf8'),
          publisher: m?.publisher ?? name.split('_')[0]!,
          date: m?.date ?? null,
          commit: POLNEAR_COMMIT,
        },
      ];
    });
}

/** Every train and dev article of a local checkout, converted. */
export function loadPolnearCheckout(root: string): EvalItem[] {
  return SPLITS.flatMap((split) =>
    readPolnearSplit(root, split).map((a): EvalItem => {
      const labels = convertPolnear(a);
      return {
        id: `polnear-${split}/${a.name}`,
        source: split === 'dev' ? 'polnear-dev' : 'polnear-train',
        input: { kind: 'text', content: polnearInput(a.text, a.date), url: null },
        labels,
      };
    }),
  );
}
