import { describe, expect, it } from 'vitest';
import type { Statement, Topic } from '../../data/schema';
import { classifyStep, computeSeries } from '../../lib/related/position-changes';

const topic: Topic = {
  id: 'russia-us-dialogue',
  label: 'Russia–US dialogue',
  definition: 'Whether the two capitals talk.',
  keywords: ['dialogue'],
  dimensions: [
    {
      id: 'dialogue-state',
      label: 'State',
      scale: ['no contact', 'signals only', 'possible in principle', 'resumed or limited', 'fully working'],
    },
  ],
};
const statement = (id: string, date: string, value: -2 | -1 | 0 | 1 | 2): Statement => ({
  id,
  person: 'sergei-ryabkov',
  said: { date, precision: 'day', basis: 'dateline' },
  words: { text: `words ${id}`, lang: 'en', translation: false, indirect: false },
  summary: 'A test statement.',
  topics: ['russia-us-dialogue'],
  stances: [{ topic: 'russia-us-dialogue', dimension: 'dialogue-state', value }],
  events: [],
  source: { publisher: 'Test', url: 'https://example.org/a', published: date, title: 'Test' },
  alsoIn: [],
});
const topics = new Map([[topic.id, topic]]);

describe('position changes', () => {
  it('calls a move of 2 or more a shift, crossing zero a reversal, and anything else no change', () => {
    expect(classifyStep(-1, 1)).toBe('reversal');
    expect(classifyStep(2, -2)).toBe('reversal');
    expect(classifyStep(0, 2)).toBe('shift');
    expect(classifyStep(-2, 0)).toBe('shift');
    expect(classifyStep(1, 2)).toBeNull();
    expect(classifyStep(1, 0)).toBeNull();
    expect(classifyStep(-1, -1)).toBeNull();
  });

  it('orders by the date said and returns the two statements that bracket each change', () => {
    const series = computeSeries(
      [statement('c', '2025-11-22', 2), statement('a', '2022-11-29', -2), statement('b', '2023-05-01', -1)],
      topics,
      new Set(['russia-us-dialogue']),
    );
    expect(series).toHaveLength(1);
    const s = series[0]!;
    expect(s.points.map((p) => [p.statementId, p.label])).toEqual([
      ['a', 'no contact'],
      ['b', 'signals only'],
      ['c', 'fully working'],
    ]);
    expect(s.status).toBe('reversed');
    expect(s.changes).toEqual([
      { kind: 'reversal', from: 'b', to: 'c', fromValue: -1, toValue: 2, date: '2025-11-22' },
    ]);
    expect(s.since).toBe('2025-11-22');
    expect(s.relevant).toBe(true);
  });

  it('calls a series without changes consistent since its first statement', () => {
    const [s] = computeSeries(
      [statement('a', '2022-01-01', 1), statement('b', '2024-01-01', 2), statement('c', '2025-01-01', 1)],
      topics,
      new Set(),
    );
    expect(s).toMatchObject({ status: 'consistent', since: '2022-01-01', changes: [], relevant: false });
  });
});
