import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../lib/dataset/check-dataset';
import { DATA_DIR, parseDatasetTexts, readDatasetTexts } from '../../lib/dataset/read-dataset';

const texts = readDatasetTexts(DATA_DIR);
const check = (t: Map<string, string>) => checkDataset(parseDatasetTexts(t), t, '2026-12-31');

/** A copy of the dataset's texts with one file changed. */
function withFile(file: string, change: (records: Record<string, unknown>[]) => void): Map<string, string> {
  const copy = new Map(texts);
  const records = JSON.parse(copy.get(file)!) as Record<string, unknown>[];
  change(records);
  copy.set(file, `${JSON.stringify(records, null, 2)}\n`);
  return copy;
}

describe('data:check', () => {
  it('passes on the repository dataset', () => {
    expect(check(texts)).toEqual([]);
  });

  it('names the file, record and field of a schema error', () => {
    const problems = check(
      withFile('statements/sergei-ryabkov.json', (r) => ((r[0]!.said as Record<string, unknown>).date = '2022-02-30')),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'statements/sergei-ryabkov.json',
        id: r0('statements/sergei-ryabkov.json'),
        field: 'said.date',
      }),
    );
  });

  it("finds an ambiguous alias that is not one of the person's aliases", () => {
    const problems = check(
      withFile('people.json', (r) => {
        const xi = r.find((p) => p.id === 'xi-jinping')!;
        xi.ambiguousAliases = ['Jinping'];
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'people.json', id: 'xi-jinping', field: 'ambiguousAliases' }),
    );
  });

  it('finds references that do not resolve and duplicates', () => {
    const file = 'statements/maria-zakharova.json';
    const problems = check(
      withFile(file, (r) => {
        r[0]!.topics = ['no-such-topic'];
        r.push({ ...r[1]!, id: 'maria-zakharova-copy' });
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ file, field: 'topics.0', message: 'unknown topic "no-such-topic"' }),
    );
    expect(problems).toContainEqual(expect.objectContaining({ file, id: 'maria-zakharova-copy', field: 'words.text' }));
  });

  it('finds a statement dated outside the dataset range, and formatting that is not canonical', () => {
    const file = 'statements/sergei-lavrov.json';
    const late = check(withFile(file, (r) => ((r[0]!.said as Record<string, unknown>).date = '2030-01-01')));
    expect(late).toContainEqual(expect.objectContaining({ file, field: 'said.date' }));
    const copy = new Map(texts);
    copy.set(file, JSON.stringify(JSON.parse(copy.get(file)!)));
    expect(check(copy)).toContainEqual(
      expect.objectContaining({ file, message: expect.stringContaining('canonical') }),
    );
  });
});

function r0(file: string): string {
  return (JSON.parse(texts.get(file)!) as { id: string }[])[0]!.id;
}
