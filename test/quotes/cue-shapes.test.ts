import { describe, expect, it } from 'vitest';
import type { Person } from '../../data/schema';
import { createEngine } from '../../lib/engine/create-engine';

const people: Person[] = [
  {
    id: 'donald-trump',
    name: 'Donald Trump',
    aliases: ['Trump'],
    roles: [{ title: 'President', organisation: 'US', country: 'US', from: '2017', to: null }],
    description: 'Test.',
    gender: 'male',
  },
];
const engine = createEngine({ people, events: [] });
const run = (text: string, lang = 'en') =>
  engine.analyzeArticle({ title: null, byline: null, siteName: null, publishedTime: '2016-10-01', lang, text });
const who = (text: string, lang = 'en') => run(text, lang).quotes.map((q) => q.speaker.id ?? q.speaker.name);

describe('every named speaker', () => {
  it('names a speaker outside the dataset, and later surname and pronoun cues go to that person', () => {
    const text =
      'Douglas Brinkley, a historian at Rice University, was blunt.\n\n"We are not there yet," Brinkley said. "It will take years," he said.';
    expect(who(text)).toEqual(['Douglas Brinkley', 'Douglas Brinkley']);
  });

  it('never lets a pronoun skip over the person being discussed to reach an official', () => {
    const text = 'Donald Trump spoke in Ohio.\n\nTim Kaine said he was worried. "This is not who we are," he said.';
    expect(who(text)).toEqual(['Tim Kaine']);
  });

  it('keeps honorifics out of the name and takes gender from them', () => {
    const text = 'Mrs. Jane Hollis met Mr. Peter Quill.\n\n"We agree," Mr. Clyburn said. "We do not," she said.';
    const quotes = run(text).quotes;
    expect(quotes.map((q) => q.speaker.name)).toEqual(['Clyburn', 'Jane Hollis']);
  });
});

describe('cue shapes', () => {
  it.each([
    ['"We will win," said the Rev. Al Sharpton.', 'Al Sharpton'],
    ['"Rates stay," Fed Chair Janet L. Yellen said.', 'Janet L. Yellen'],
    ['"No comment," Sadie Weiner, the committee\'s spokeswoman, said in a statement.', 'Sadie Weiner'],
    ['"I will win," Trump, 70, told CNN.', 'donald-trump'],
    ['"We are open," said a spokeswoman for Trump hotels, Jennifer Rodstrom.', 'Jennifer Rodstrom'],
    ['"The race is close," Tucker McClendon said.', 'Tucker McClendon'],
    ['"The race is close," Ana Panuncio-Feldman said.', 'Ana Panuncio-Feldman'],
    ['Meghan McCain, Twitter: "This is a disgrace to the party."', 'Meghan McCain'],
    ['"The talks will go on," according to Maria Lopez Garcia.', 'Maria Lopez Garcia'],
    ['Trump returned later and declared, "We will build the wall."', 'donald-trump'],
  ])('%s', (text, speaker) => {
    expect(who(text)).toEqual([speaker]);
  });

  it.each([
    ['fr', '« Il n’y aura pas de solution militaire », a déclaré Alain Juppé.', 'Alain Juppé'],
    [
      'fr',
      'Le ministre Alain Juppé était à Paris. « Nous verrons dans les prochains jours », a-t-il ajouté.',
      'Alain Juppé',
    ],
    [
      'fr',
      '« La situation est grave », a déclaré jeudi le ministre des Affaires étrangères, Alain Juppé.',
      'Alain Juppé',
    ],
    ['es', '“Hemos ofrecido nuestra experiencia y colaboración”, afirmó Alfonso Dastis.', 'Alfonso Dastis'],
    ['es', '“No hay mediación posible”, señaló Alfonso Dastis.', 'Alfonso Dastis'],
    [
      'es',
      'El canciller Alfonso Dastis afirmó: “Hemos ofrecido nuestra experiencia y colaboración”.',
      'Alfonso Dastis',
    ],
    ['fr', 'Le ministre Alain Juppé a déclaré : « Il n’y aura pas de solution militaire ».', 'Alain Juppé'],
    [
      'pt',
      'O ministro Augusto Santos Silva declarou: "A cimeira ultrapassou as expectativas".',
      'Augusto Santos Silva',
    ],
    ['pt', '"A cimeira ultrapassou as expectativas", afirmou Augusto Santos Silva.', 'Augusto Santos Silva'],
    ['de', 'Olaf Scholz sprach im Bundestag. „Uns alle eint ein Ziel“, sagte Scholz.', 'Olaf Scholz'],
    ['de', '„Wir werden nicht nachlassen“, so Olaf Scholz.', 'Olaf Scholz'],
  ])('%s: %s', (lang, text, speaker) => {
    expect(who(text, lang)).toEqual([speaker]);
  });

  it('does not read a verb followed by its object as an inverted subject', () => {
    expect(who('Norbert Röttgen nannte Putin „den klaren Gewinner dieses Gipfels“.', 'de')).toEqual([
      'Norbert Röttgen',
    ]);
  });
});

describe('indirect statements that are not statements', () => {
  it('leaves out an address and a list of names after a dash', () => {
    const text =
      'Donald Trump said that the full text of the speech was posted at https://example.com/speech today.\n\nDonald Trump said that he spoke to reporters aboard Air Force One — Josh Earnest.';
    expect(run(text).statements).toEqual([]);
  });

  it('leaves out what follows a bare verb when it is an adverbial, not a clause', () => {
    const text =
      'Donald Trump said it on Tuesday, the wire service reports.\n\nDonald Trump said after meeting the governors in Ohio.\n\nDonald Trump warned of the prospect of higher tariffs on steel.';
    expect(run(text).statements).toEqual([]);
    const clause = 'Donald Trump said about 20 people had applied for the post.';
    expect(run(clause).statements.map((s) => s.text)).toEqual(['about 20 people had applied for the post']);
  });

  it("keeps the sentence's own trailing cue, opening punctuation and closing note out of the statement", () => {
    const statements = (text: string) => run(text).statements.map((s) => s.text);
    expect(
      statements(
        'Donald Trump said the talks in Ohio were the last chance for a deal, a statement from his office said.',
      ),
    ).toEqual(['the talks in Ohio were the last chance for a deal']);
    expect(statements('Donald Trump said that, since taking office, he had visited nine countries.')).toEqual([
      'since taking office, he had visited nine countries',
    ]);
    expect(
      statements('Donald Trump said that the tariffs helped the steel industry.[citation: a wire report]'),
    ).toEqual(['the tariffs helped the steel industry']);
  });
});

describe('a reported clause after the cue verb', () => {
  it('never names the speaker: the subject of "that …" is not the one who spoke', () => {
    const fr =
      'Le Premier ministre Paul Girard avait déclaré que l’ex-dirigeant libyen Omar Salem serait accueilli « les bras grands ouverts et sans conditions » à Bissau.';
    expect(who(fr, 'fr')).not.toContain('Omar Salem');
    const en =
      'The minister said that Ambassador John Hale would be welcomed "with open arms and no conditions at all".';
    expect(who(en)).not.toContain('John Hale');
  });
});
