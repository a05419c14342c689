import { describe, expect, it } from 'vitest';
import { FlagSchema } from '../../lib/flags/annotation';
import { buildFlag, initialValues } from '../../lib/flags/build-flag';
import { draft } from './fixtures';

describe('the flag form', () => {
  it('comes prefilled from the article: speaker, date said, words, source and suggested topics', () => {
    const v = initialValues(draft);
    expect(v).toMatchObject({
      personId: 'maria-zakharova',
      personName: 'Maria Zakharova',
      date: '2025-11-14',
      precision: 'day',
      publisher: 'World Wire Daily',
      url: draft.url,
      published: '2025-11-14',
      topics: ['russia-us-dialogue'],
    });
    expect(v.words).toBe(draft.quote.exact);
  });

  it('builds a W3C Web Annotation with quote and position selectors and the statement as its body', () => {
    const r = buildFlag(draft, initialValues(draft), { now: '2026-11-21T10:00:00.000Z' });
    if (!r.ok) throw new Error('expected a flag');
    expect(FlagSchema.safeParse(r.flag).success).toBe(true);
    expect(r.flag).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      status: 'pending',
      created: '2026-11-21T10:00:00.000Z',
    });
    expect(r.flag.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    expect(r.flag.body.statement.said).toEqual({ date: '2025-11-14', precision: 'day', basis: 'published-date' });
  });

  it('says exactly what is missing, by the names the reader sees', () => {
    const v = { ...initialValues(draft), personName: '', date: '2025-13-40', words: '', topics: [], url: 'not a url' };
    const r = buildFlag(draft, v);
    if (r.ok) throw new Error('expected errors');
    expect(r.errors).toMatchObject({
      personName: expect.stringContaining('Speaker'),
      'said.date': expect.stringContaining('Date said'),
      'words.text': expect.stringContaining('Words'),
      topics: 'Topics: choose at least one',
      'source.url': expect.stringContaining('Source address'),
    });
  });

  it('takes a speaker the dataset does not hold yet, by name and title', () => {
    const v = { ...initialValues(draft), personId: null, personName: 'Habib Essid', personTitle: 'Prime Minister' };
    const r = buildFlag(draft, v);
    expect(r.ok && r.flag.body.statement).toMatchObject({
      person: null,
      personName: 'Habib Essid',
      personTitle: 'Prime Minister',
    });
  });
});
