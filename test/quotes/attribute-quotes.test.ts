import { describe, expect, it } from 'vitest';
import type { Person } from '../../data/schema';
import { createEngine } from '../../lib/engine/create-engine';

const role = {
  title: 'Deputy Foreign Minister',
  organisation: 'Ministry of Foreign Affairs of Russia',
  country: 'Russia',
  from: '2008',
  to: null,
};
const people: Person[] = [
  {
    id: 'sergei-ryabkov',
    name: 'Sergei Ryabkov',
    aliases: ['Ryabkov'],
    roles: [role],
    description: 'Test.',
    gender: 'male',
  },
  {
    id: 'maria-zakharova',
    name: 'Maria Zakharova',
    aliases: ['Zakharova'],
    roles: [{ ...role, title: 'Foreign Ministry Spokeswoman' }],
    description: 'Test.',
    gender: 'female',
  },
  {
    id: 'sergei-lavrov',
    name: 'Sergei Lavrov',
    aliases: ['Lavrov'],
    roles: [{ ...role, title: 'Foreign Minister' }],
    description: 'Test.',
    gender: 'male',
  },
];
const engine = createEngine({ people, events: [] });
const analyze = (text: string) =>
  engine.analyzeArticle({ title: null, byline: null, siteName: null, publishedTime: '2025-11-14', lang: 'en', text });
const quotes = (text: string) =>
  analyze(text).quotes.map((q) => [q.text, q.speaker.id ?? q.speaker.name, q.attribution]);

describe('direct quotes', () => {
  it('finds straight, curly and guillemet quotes with exact offsets', () => {
    const text =
      'Ryabkov said: "We are ready." Later, “The door is open,” Ryabkov said. «Nothing is excluded», Ryabkov added.';
    const a = analyze(text);
    expect(a.quotes.map((q) => q.text)).toEqual(['We are ready.', 'The door is open', 'Nothing is excluded']);
    for (const q of a.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('attributes named cues before and after the quote', () => {
    expect(quotes('"We are ready," Ryabkov said.')).toEqual([['We are ready', 'sergei-ryabkov', 'name']]);
    expect(quotes('"We are ready," said Ryabkov.')).toEqual([['We are ready', 'sergei-ryabkov', 'name']]);
    expect(quotes('Ryabkov said: "We are ready."')).toEqual([['We are ready.', 'sergei-ryabkov', 'name']]);
    expect(quotes('"We are ready," said Deputy Foreign Minister Sergei Ryabkov.')).toEqual([
      ['We are ready', 'sergei-ryabkov', 'name'],
    ]);
  });

  it('resolves pronouns to the most recent person who fits', () => {
    const text =
      'Maria Zakharova spoke after Sergei Ryabkov had left.\n\n"Contacts continue," she said. "Talks are possible," he said.';
    expect(quotes(text)).toEqual([
      ['Contacts continue', 'maria-zakharova', 'pronoun'],
      ['Talks are possible', 'sergei-ryabkov', 'pronoun'],
    ]);
  });

  it('resolves descriptive cues to the person introduced in that role', () => {
    const text = 'Foreign Ministry Spokeswoman Maria Zakharova held a briefing.\n\n"It is slow," the diplomat noted.';
    expect(quotes(text)).toEqual([['It is slow', 'maria-zakharova', 'descriptive']]);
  });

  it('continues the speaker for a following quote with no new cue, and over paragraphs', () => {
    const text = '"I would not rule anything out," Ryabkov said. "The search continues."\n\n"We will keep talking."';
    expect(quotes(text)).toEqual([
      ['I would not rule anything out', 'sergei-ryabkov', 'name'],
      ['The search continues.', 'sergei-ryabkov', 'continuation'],
      ['We will keep talking.', 'sergei-ryabkov', 'continuation'],
    ]);
  });

  it('joins a quotation that runs over several paragraphs', () => {
    const text = 'Ryabkov said: “The first point is clear.\n\n“The second point is also clear.”';
    const a = analyze(text);
    expect(a.quotes).toHaveLength(1);
    expect(a.quotes[0]!.text).toContain('The second point');
    expect(a.quotes[0]!.speaker.id).toBe('sergei-ryabkov');
  });

  it('never takes a person named inside the quote as its speaker', () => {
    const text = 'Zakharova held a briefing. "Sergei Lavrov also spoke about this in detail," she said.';
    expect(quotes(text)).toEqual([['Sergei Lavrov also spoke about this in detail', 'maria-zakharova', 'pronoun']]);
  });

  it('reports speakers who are not in the dataset by name as written', () => {
    expect(quotes('"Nothing will change," said John Kirby.')).toEqual([['Nothing will change', 'John Kirby', 'name']]);
  });

  it('leaves a quote with no cue unattributed', () => {
    expect(quotes('The word of the year was, once again, "a time of détente for all".')).toEqual([
      ['a time of détente for all', null, 'none'],
    ]);
  });

  it('keeps a quoted term of fewer than four words with no cue out of the quotes', () => {
    expect(quotes('The word of the year was "détente" again, and "peace through strength" too.')).toEqual([]);
    // With a cue it is a quote, however short; a whole short sentence is one too.
    expect(quotes('Ryabkov said it was "not possible".')).toEqual([['not possible', 'sergei-ryabkov', 'name']]);
    expect(quotes('"We are ready," Ryabkov said. "Nothing is excluded."')[1]).toEqual([
      'Nothing is excluded.',
      'sergei-ryabkov',
      'continuation',
    ]);
  });
});

describe('indirect statements', () => {
  it('reports reported speech with its speaker, apart from quotes', () => {
    const text =
      'Sergei Ryabkov stated that Moscow and Washington do not maintain a direct dialogue on Ukraine. He added that only signals are exchanged between the two sides.';
    const a = analyze(text);
    expect(a.quotes).toEqual([]);
    expect(a.statements.map((s) => [s.speaker.id, s.text])).toEqual([
      ['sergei-ryabkov', 'Moscow and Washington do not maintain a direct dialogue on Ukraine'],
      ['sergei-ryabkov', 'only signals are exchanged between the two sides'],
    ]);
    for (const s of a.statements) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('reads "according to" and a trailing cue', () => {
    const text =
      'Russia wants a new round of talks this autumn, according to Sergei Ryabkov.\n\nA dialogue between the two capitals is ongoing, Maria Zakharova said on Friday.';
    expect(analyze(text).statements.map((s) => [s.speaker.id, s.text])).toEqual([
      ['sergei-ryabkov', 'Russia wants a new round of talks this autumn'],
      ['maria-zakharova', 'A dialogue between the two capitals is ongoing'],
    ]);
  });
});
