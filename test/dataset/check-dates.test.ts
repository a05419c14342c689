import { describe, expect, it } from 'vitest';
import type { Event, Statement } from '../../data/schema';
import { checkDataset } from '../../lib/dataset/check-dataset';
import { checkStatementDate } from '../../lib/dataset/check-dates';
import { DATA_DIR, parseDatasetTexts, readDatasetTexts } from '../../lib/dataset/read-dataset';

const summit: Event = {
  id: 'alaska-summit-2025',
  name: 'Alaska summit',
  aliases: [],
  kind: 'summit',
  start: '2025-08-15',
  end: '2025-08-15',
  place: 'Anchorage',
  participants: [],
  status: 'held',
};
const events = new Map([[summit.id, summit]]);

function statement(said: Statement['said'], published: string, eventIds: string[] = []): Statement {
  return {
    id: 'x',
    person: 'donald-trump',
    said,
    words: { text: 'words', lang: 'en', translation: false, indirect: false },
    summary: 'a summary of the words',
    topics: ['leader-summits'],
    stances: [],
    events: eventIds,
    source: { publisher: 'Wire', url: 'https://example.org/a', published, title: 'Headline' },
    alsoIn: [],
  };
}
const fields = (s: Statement) => checkStatementDate(s, events).map((p) => p.field);

describe('the date said against its source and events', () => {
  it('flags a statement dated after its source was published, at every precision', () => {
    expect(fields(statement({ date: '2025-08-16', precision: 'day', basis: 'source-text' }, '2025-08-15'))).toEqual([
      'said.date',
    ]);
    expect(fields(statement({ date: '2025-09-01', precision: 'month', basis: 'source-text' }, '2025-08-31'))).toEqual([
      'said.date',
    ]);
    expect(fields(statement({ date: '2025-08-14', precision: 'day', basis: 'source-text' }, '2025-08-15'))).toEqual([]);
  });

  it('flags an event date that its events do not contain, and an event date with no event', () => {
    const inside = statement({ date: '2025-08-15', precision: 'day', basis: 'event-date' }, '2025-08-16', [summit.id]);
    expect(fields(inside)).toEqual([]);
    const outside = statement({ date: '2025-08-16', precision: 'day', basis: 'event-date' }, '2025-08-16', [summit.id]);
    expect(checkStatementDate(outside, events)[0]?.message).toContain('outside the dates of its events');
    expect(fields(statement({ date: '2025-08-15', precision: 'day', basis: 'event-date' }, '2025-08-16'))).toEqual([
      'said.basis',
    ]);
  });

  it('holds each basis to what it claims', () => {
    // "published-date" must be the publication date, to the statement's precision.
    expect(fields(statement({ date: '2025-08-14', precision: 'day', basis: 'published-date' }, '2025-08-15'))).toEqual([
      'said.basis',
    ]);
    expect(
      fields(statement({ date: '2025-08-01', precision: 'month', basis: 'published-date' }, '2025-08-15')),
    ).toEqual([]);
    // A dateline is near the page's date and gives a day.
    expect(fields(statement({ date: '2025-08-01', precision: 'day', basis: 'dateline' }, '2025-08-15'))).toEqual([
      'said.basis',
    ]);
    expect(fields(statement({ date: '2025-08-01', precision: 'month', basis: 'dateline' }, '2025-08-15'))).toEqual([
      'said.precision',
    ]);
    // A month is dated by its first day.
    expect(fields(statement({ date: '2025-08-10', precision: 'month', basis: 'source-text' }, '2025-08-15'))).toEqual([
      'said.date',
    ]);
  });

  it('reports these through data:check with the file and record', () => {
    const texts = readDatasetTexts(DATA_DIR);
    const file = 'statements/donald-trump.json';
    const records = JSON.parse(texts.get(file)!) as Statement[];
    const target = records.find((s) => s.said.basis === 'event-date' && s.events.includes('alaska-summit-2025'))!;
    target.said.date = '2025-08-10';
    const copy = new Map(texts).set(file, `${JSON.stringify(records, null, 2)}\n`);
    expect(checkDataset(parseDatasetTexts(copy), copy, '2026-12-31')).toContainEqual(
      expect.objectContaining({ file, id: target.id, field: 'said.date' }),
    );
  });
});
