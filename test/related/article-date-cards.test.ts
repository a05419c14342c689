import { describe, expect, it } from 'vitest';
import type { PersonCard, Series } from '../../lib/related/card';
import { extractArticle } from '../../lib/extract/extract-article';
import { UNKNOWN_DATE, headlineChange, roleLines, statementCount } from '../../lib/present/card-lines';
import { htmlDocument, readFixture, realEngine } from '../helpers';

// A 2015 report whose date is only in its address; Obama's and Kerry's roles have all ended since.
const PAGE = 'pages/news/2015/03/14/kerry-lavrov-ukraine-ceasefire.html';
const DATED = 'https://www.courier.example/news/2015/03/14/kerry-lavrov-ukraine-ceasefire.html';
const UNDATED = 'https://www.courier.example/world/kerry-lavrov-ukraine-ceasefire.html';

function cardsAt(url: string): Map<string, PersonCard> {
  const extraction = extractArticle(htmlDocument(readFixture(PAGE), url));
  const cards = realEngine().engine.analyze(extraction).cards;
  return new Map(cards.flatMap((c) => (c.kind === 'person' && c.id ? [[c.id, c]] : [])));
}

describe('roles on a card are true for the article’s date', () => {
  const dated = cardsAt(DATED);

  it('"then" is the role held on the article’s date; a role that has ended is never "now"', () => {
    const obama = dated.get('barack-obama')!;
    expect(obama.articleDate).toBe('2015-03-14');
    expect(obama.roleThen?.title).toBe('President');
    expect(obama.roleNow).toBeNull();
    expect(roleLines(obama)).toEqual({
      then: 'President, Government of the United States',
      other: 'Former President, 2009–2017',
    });
    const kerry = dated.get('john-kerry')!;
    expect(kerry.roleThen?.title).toBe('Secretary of State');
    expect(roleLines(kerry).other).toBe('Former Special Presidential Envoy for Climate, 2021–2024');
  });

  it('a role still held is "now", and is not repeated when it is also "then"', () => {
    const lavrov = dated.get('sergei-lavrov')!;
    expect(lavrov.roleNow?.title).toBe('Foreign Minister');
    expect(roleLines(lavrov).other).toBeNull();
  });

  it('related statements and positions are from before the article’s date only', () => {
    for (const card of dated.values()) {
      for (const s of Object.values(card.statements)) expect(s.said.date <= '2015-03-14').toBe(true);
      expect(statementCount(card)).toMatch(/^(\d+|No) earlier statements? on record$/);
    }
  });
});

describe('a card for an article whose date is not known', () => {
  const undated = cardsAt(UNDATED);

  it('says the date is not known, and still says which roles have ended', () => {
    const obama = undated.get('barack-obama')!;
    expect(obama.articleDate).toBeNull();
    expect(obama.roleThen).toBeNull();
    expect(roleLines(obama)).toEqual({ then: UNKNOWN_DATE, other: 'Former President, 2009–2017' });
    expect(roleLines(undated.get('sergei-lavrov')!)).toEqual({
      then: UNKNOWN_DATE,
      other: 'Now: Foreign Minister, Ministry of Foreign Affairs of Russia',
    });
  });

  it('calls no statement "earlier" and leads with no change', () => {
    const lavrov = undated.get('sergei-lavrov')!;
    expect(lavrov.earlierCount).toBeGreaterThan(0);
    expect(statementCount(lavrov)).toMatch(/^\d+ statements on record$/);
    expect(headlineChange(lavrov)).toBeNull();
  });
});

describe('the change a card leads with', () => {
  const series = (topic: string, relevant: boolean, status: Series['status']): Series => ({
    topic,
    topicLabel: topic,
    dimension: 'd',
    dimensionLabel: 'd',
    points: [],
    status,
    changes: [],
    since: '2024-12-01',
    relevant,
  });
  const card = (s: Series[]) => ({ ...cardsAt(DATED).get('sergei-lavrov')!, series: s });

  it('is on a topic the article is about, never one it is not about', () => {
    expect(headlineChange(card([series('ukraine-peace-talks', false, 'reversed')]))).toBeNull();
    const relevant = series('ukraine-ceasefire', true, 'shifted');
    expect(headlineChange(card([series('a', false, 'reversed'), relevant]))).toBe(relevant);
  });
});
