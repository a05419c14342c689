import { describe, expect, it } from 'vitest';
import { eventsOutsideDataset } from '../../lib/present/events-outside';
import { realEngine } from '../helpers';

/** The event mentions the engine (on the real dataset) finds in an invented article. */
function events(text: string, date: string | null, lang = 'en') {
  const { engine } = realEngine();
  const a = engine.analyzeArticle({ title: null, byline: null, siteName: null, publishedTime: date, lang, text });
  return { mentions: a.mentions.filter((m) => m.kind === 'event'), analysis: a };
}

describe('described events linked to the dataset', () => {
  const moscow =
    'The positive tone follows a five-hour meeting between President Vladimir Putin and two senior U.S. envoys earlier this week.';

  it('links a described meeting to the dataset event whose participants and dates fit the article', () => {
    const [m, ...rest] = events(moscow, '2025-12-04').mentions;
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ id: 'moscow-talks-2025-12', text: 'meeting', group: 'moscow-talks-2025-12' });
  });

  it('reports it with id null and its participants when the date does not fit, or is unknown', () => {
    for (const date of ['2024-03-01', null]) {
      const [m] = events(moscow, date).mentions;
      expect(m).toMatchObject({
        id: null,
        name: 'meeting between President Vladimir Putin and two senior U.S. envoys',
        participants: [{ id: 'vladimir-putin', name: 'Vladimir Putin' }],
      });
    }
  });

  it('links a named event by its place and date, in any language', () => {
    const [m] = events(
      'Minsk (dpa) - Wegen des Ukraine-Krisengipfels in Minsk verschob er die Reise.',
      '2015-02-11',
      'de',
    ).mentions;
    expect(m?.id).toBe('minsk-agreements-2015');
    const [n] = events(
      'President Petro Poroshenko said peace talks in Minsk on Wednesday were a last chance.',
      '2015-02-10',
    ).mentions;
    expect(n?.id).toBe('minsk-agreements-2015');
  });

  it('never links across places: a NATO ministerial in Antalya is not the summit in The Hague', () => {
    const [m] = events(
      'Marco Rubio est arrivé à la réunion ministérielle de l’OTAN à Antalya.',
      '2025-05-15',
      'fr',
    ).mentions;
    expect(m).toMatchObject({ id: null, name: 'réunion ministérielle de l’OTAN à Antalya' });
  });

  it('takes a country for no city: a state visit to France is not the Paris summit', () => {
    const [m] = events(
      'en marge de la visite d’État de Macky Sall en France, les présidents ont parlé.',
      null,
      'fr',
    ).mentions;
    expect(m).toMatchObject({ id: null, text: 'visite d’État de Macky Sall en France' });
  });
});

describe('events outside the dataset', () => {
  it('are reported with id null and their name as written, grouped by name', () => {
    const text = 'Delegates met at the Madrid peace talks. Later the Madrid peace talks stalled.';
    const { mentions, analysis } = events(text, '2025-11-01');
    expect(mentions.map((m) => [m.id, m.text, m.group])).toEqual([
      [null, 'Madrid peace talks', 'event:madrid peace talks'],
      [null, 'Madrid peace talks', 'event:madrid peace talks'],
    ]);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    // Listed once for the panel; no card of dataset facts.
    expect(eventsOutsideDataset(analysis.mentions).map((m) => m.name)).toEqual(['Madrid peace talks']);
    expect(analysis.cards.filter((c) => c.kind === 'event')).toEqual([]);
  });
});
