import { describe, expect, it } from 'vitest';
import {
  clauseMatches,
  eventMatches,
  namesMatch,
  normaliseText,
  speakerMatches,
  spansMatch,
} from '../../lib/eval/match';

describe('evaluation matching rules', () => {
  it('normalises quote marks, dashes, spaces and case', () => {
    expect(normaliseText('  “We’ll  go — now,”\u00A0')).toBe("we'll go - now");
  });

  it('matches a reported quote that contains its label, or keeps half of it', () => {
    expect(
      spansMatch('“The aim remains to bring about a ceasefire in Ukraine,”', 'The aim remains to bring about'),
    ).toBe(true);
    expect(spansMatch('The aim remains', 'The aim remains to bring about a ceasefire')).toBe(false);
    expect(spansMatch('difficult', 'I want to repeat that Ukraine')).toBe(false);
  });

  it('matches names by full name or surname, without honorifics or diacritics', () => {
    expect(namesMatch('Mr. Trump', 'Donald Trump')).toBe(true);
    expect(namesMatch('Steinmeier', 'Frank-Walter Steinmeier')).toBe(true);
    expect(namesMatch('Mevlut Cavusoglu', 'Mevlüt Çavuşoğlu')).toBe(true);
    expect(namesMatch('Donald J. Trump', 'Donald Trump')).toBe(true);
    expect(namesMatch('Ivanka Trump', 'Donald Trump')).toBe(false);
  });

  it('matches a speaker by dataset id first, then by name; a null label never matches', () => {
    const people = [{ name: 'Theresa May', official: true, datasetId: 'theresa-may' }];
    expect(speakerMatches({ id: 'theresa-may', name: 'Theresa May' }, 'Theresa May', people)).toBe(true);
    expect(speakerMatches({ id: 'brian-may', name: 'Theresa May' }, 'Theresa May', people)).toBe(false);
    expect(speakerMatches({ id: null, name: 'Mrs May' }, 'Theresa May', people)).toBe(true);
    expect(speakerMatches({ id: null, name: 'Someone' }, null, people)).toBe(false);
  });

  it('matches events by id, or by containment outside the dataset', () => {
    expect(
      eventMatches(
        { id: null, name: 'NATO summit', text: 'NATO summit' },
        { name: 'a NATO summit in Wales', datasetId: null },
      ),
    ).toBe(true);
    expect(
      eventMatches({ id: 'x', name: 'NATO summit', text: 'NATO summit' }, { name: 'NATO summit', datasetId: 'y' }),
    ).toBe(false);
  });

  it('matches indirect clauses by most of their words, but not inside a much longer span', () => {
    expect(
      clauseMatches(
        'he was moderately optimistic that the crisis was heading to de-escalation',
        'he was moderately optimistic that the crisis in Ukraine was heading towards a de-escalation',
      ),
    ).toBe(true);
    const long = `${'word '.repeat(80)}the crisis was heading towards a de-escalation`;
    expect(clauseMatches(long, 'crisis heading towards de-escalation now')).toBe(false);
  });
});
