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

  it('says what is missing in plain words, never the validator’s text or a pattern', () => {
    const v = { ...initialValues(draft), personName: '', date: '', words: 'ab', topics: [], url: 'not a url' };
    const r = buildFlag(draft, v);
    if (r.ok) throw new Error('expected errors');
    expect(r.errors).toEqual({
      personName: 'The speaker’s name is missing.',
      'said.date': 'The date said is missing. Choose the day in “Date said”.',
      'words.text': 'The words must be at least 3 characters.',
      topics: 'Choose at least one topic.',
      'source.url': 'The source address must be a web address that starts with http:// or https://.',
    });
    for (const message of Object.values(r.errors))
      expect(message).not.toMatch(/Too small|expected|YYYY|regex|urn:uuid|\^|\$\//);
  });

  it('names the published date, as its field shows it, when the article has no date', () => {
    const undated = { ...draft, publishedTime: null };
    const r = buildFlag(undated, { ...initialValues(undated), date: '2015-03-14' });
    if (r.ok) throw new Error('expected errors');
    expect(r.errors).toEqual({ 'source.published': 'The published date is missing. Choose the day in “Published”.' });
  });

  it('checks the whole annotation too: a note over 2,000 characters is said plainly', () => {
    const r = buildFlag(draft, { ...initialValues(draft), note: 'x'.repeat(2001) });
    if (r.ok) throw new Error('expected errors');
    expect(r.errors).toEqual({ note: 'The note for the maintainers must be at most 2000 characters.' });
  });

  it('prefills the words with the page’s line breaks and indentation collapsed, keeping every letter', () => {
    const raw = 'President Obama\n                                is not going to send weapons';
    const v = initialValues({ ...draft, quote: { ...draft.quote, exact: `${raw}\n   ` } });
    expect(v.words).toBe('President Obama is not going to send weapons');
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
