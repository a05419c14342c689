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

  it('takes an agency dateline for body text even when the title is not cut off', () => {
    expect(looksLikeBodyText('MOSCOW (Sputnik) — The expansion of NATO is aimed at deterring Russia')).toBe(true);
    expect(looksLikeBodyText('BUENOS AIRES (Reuters) - French President Emmanuel Macron said that a major')).toBe(true);
    expect(looksLikeBodyText('Zagreb, 4 March 2020 (MIA) – NATO Secretary General Jens Stoltenberg announced')).toBe(
      true,
    );
    expect(looksLikeBodyText('NATO (finally) says Ukraine is on an irreversible path')).toBe(false);
    expect(looksLikeBodyText('Kallas on EU position: Any peace plan must be backed by Ukraine, Europe')).toBe(false);
    expect(looksLikeBodyText('Trump - Putin call expected this week')).toBe(false);
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
