import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../lib/dataset/dataset';
import { DATA_DIR, assembleDataset, readDatasetFiles } from '../../lib/dataset/read-dataset';
import { datasetStats, looksLikeBodyText } from '../../lib/dataset/stats';

describe('dataset stats', () => {
  it('tells a headline from body text cut off or opening with a dateline', () => {
    expect(looksLikeBodyText('MOSCOW, December 9. /TASS/. There is no hint of positivity …')).toBe(true);
    expect(
      looksLikeBodyText('Kremlin Spokesman Dmitry Peskov has called for cautious optimism in evaluating relations…'),
    ).toBe(true);
    expect(looksLikeBodyText('Steinmeier sees no grounds for optimism over Ukraine standoff')).toBe(false);
    expect(looksLikeBodyText('Reuters: Kremlin says peace prospects not improved by Europe')).toBe(false);
  });

  it('counts statements by the basis of their date, adding up to all statements', () => {
    const stats = datasetStats(parseDataset(assembleDataset(readDatasetFiles(DATA_DIR))));
    const total = Object.values(stats.perDateBasis).reduce((a, b) => a + b, 0);
    expect(total).toBe(stats.statements);
    expect(Object.keys(stats.perDateBasis).sort()).toEqual(['dateline', 'event-date', 'published-date', 'source-text']);
    expect(stats.titlesLikeBodyText).toBeGreaterThan(0);
    expect(stats.titlesLikeBodyText).toBeLessThan(stats.statements);
  });
});
