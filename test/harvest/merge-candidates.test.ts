import { describe, expect, it } from 'vitest';
import { mergeCandidates } from '../../lib/harvest/merge-candidates';
import { sampleFlag } from '../flags/fixtures';

const on = (url: string, published: string, exact = 'Of course, not as fast as we would like, that is clear') =>
  sampleFlag({
    url,
    publishedTime: `${published}T09:00:00Z`,
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
  });

describe('mergeCandidates', () => {
  it('keeps the earliest page of the same words by the same speaker, the later ones as other sources', () => {
    const merged = mergeCandidates([
      on('https://b.example/copy', '2025-11-15'),
      on('https://a.example/first', '2025-11-14'),
      on('https://c.example/copy', '2025-11-16'),
      // Case, punctuation and quotation marks do not make other words.
      on('https://d.example/copy', '2025-11-17', 'of course — not as fast as we would like; that is clear!'),
    ]);
    expect(merged).toHaveLength(1);
    const s = merged[0]!.body.statement;
    expect(s.source.url).toBe('https://a.example/first');
    expect(s.said.date).toBe('2025-11-14');
    expect(s.alsoIn.map((x) => x.url)).toEqual([
      'https://b.example/copy',
      'https://c.example/copy',
      'https://d.example/copy',
    ]);
  });

  it('takes the first address as the source among pages of the same day, whatever order they came in', () => {
    const a = on('https://a.example/1', '2025-11-14');
    const b = on('https://b.example/1', '2025-11-14');
    expect(mergeCandidates([b, a])[0]!.body.statement.source.url).toBe('https://a.example/1');
    expect(mergeCandidates([a, b])[0]!.body.statement.source.url).toBe('https://a.example/1');
  });

  it('keeps other words, and the same page twice, apart and once', () => {
    const merged = mergeCandidates([
      on('https://a.example/1', '2025-11-14'),
      on('https://a.example/1', '2025-11-14'),
      on('https://a.example/1', '2025-11-14', 'There were further contacts between the ministers'),
    ]);
    expect(merged).toHaveLength(2);
    expect(merged.every((f) => f.body.statement.alsoIn.length === 0)).toBe(true);
  });
});
