import { describe, expect, it } from 'vitest';
import { statementCount } from '../../lib/present/card-lines';
import { formatDate, seriesBadge } from '../../lib/present/format';
import type { PersonCard, Series } from '../../lib/related/card';

const series = (dates: string[], status: Series['status']): Series => ({
  topic: 'russia-us-dialogue',
  topicLabel: 'Russia–US dialogue',
  dimension: 'state',
  dimensionLabel: 'Dialogue state',
  points: dates.map((date, i) => ({ statementId: `s${i}`, date, value: 1, label: 'resumed or limited' })),
  status,
  changes: [],
  since: dates[0]!,
  relevant: true,
});

describe('what the cards say', () => {
  it('calls one stance alone one statement, never "consistent since"', () => {
    expect(seriesBadge(series(['2025-11-14'], 'consistent'))).toBe('one statement, Nov 2025');
    expect(seriesBadge(series(['2022-01-01', '2025-11-14'], 'consistent'))).toBe('consistent since 2022');
  });

  it('says "No earlier statements on record" once, and counts otherwise', () => {
    const card = (earlierCount: number, articleDate: string | null) => ({ earlierCount, articleDate }) as PersonCard;
    expect(statementCount(card(0, '2015-03-14'))).toBe('No earlier statements on record');
    expect(statementCount(card(0, null))).toBe('No statements on record');
    expect(statementCount(card(1, '2015-03-14'))).toBe('1 earlier statement on record');
  });

  it('writes a month as chips and badges do elsewhere: "Oct 2016"', () => {
    expect(formatDate('2016-10-09', 'month')).toBe('Oct 2016');
  });
});
