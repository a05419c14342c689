import { describe, expect, it } from 'vitest';
import type { Event, Person } from '../../data/schema';
import { createEngine } from '../../lib/engine/create-engine';

const role = (title: string, from: string, to: string | null) => ({
  title,
  organisation: 'Test',
  country: 'Test',
  from,
  to,
});
const person = (id: string, name: string, aliases: string[], roles = [role('Minister', '2000', null)]): Person => ({
  id,
  name,
  aliases,
  roles,
  description: 'A test person.',
});

const people: Person[] = [
  person('sergei-ryabkov', 'Sergei Ryabkov', ['Sergey Ryabkov', 'Ryabkov', 'Рябков', 'Сергей Рябков']),
  person('yuri-ushakov', 'Yuri Ushakov', ['Yury Ushakov', 'Ushakov']),
  person('volodymyr-zelensky', 'Volodymyr Zelensky', [
    'Volodymyr Zelenskyy',
    'Volodymyr Zelenskiy',
    'Zelensky',
    'Zelenskyy',
    'Zelenskiy',
  ]),
  person('antony-blinken', 'Antony Blinken', ['Anthony Blinken', 'Blinken']),
  person('vladimir-putin', 'Vladimir Putin', ['Putin']),
  person('donald-trump', 'Donald Trump', ['Trump']),
  person('boris-johnson', 'Boris Johnson', ['Johnson'], [role('Prime Minister', '2019-07-24', '2022-09-06')]),
  person('mike-johnson', 'Mike Johnson', ['Johnson'], [role('Speaker of the House', '2023-10-25', null)]),
  person('theresa-may', 'Theresa May', ['May'], [role('Prime Minister', '2016-07-13', '2019-07-24')]),
];
const event = (
  id: string,
  aliases: string[],
  start: string,
  participants: string[],
  placeAliases?: string[],
): Event => ({
  id,
  name: id,
  aliases,
  placeAliases,
  kind: 'summit',
  start,
  end: start,
  place: 'Test',
  participants,
  status: 'held',
});
const events: Event[] = [
  event(
    'alaska-summit-2025',
    ['Alaska summit', 'Russia-US Summit in Alaska'],
    '2025-08-15',
    ['vladimir-putin', 'donald-trump'],
    ['Anchorage', 'Alaska'],
  ),
  event('budapest-summit-2025', ['Budapest summit'], '2025-10-16', ['vladimir-putin', 'donald-trump'], ['Budapest']),
  event('istanbul-talks-2025', ['Istanbul talks'], '2025-02-27', []),
];
const engine = createEngine({ people, events });

function mentions(text: string, date: string | null = '2025-11-01', lang: string | null = 'en') {
  return engine.analyzeArticle({ title: null, byline: null, siteName: null, publishedTime: date, lang, text }).mentions;
}
const ids = (text: string, date?: string | null, lang?: string | null) =>
  mentions(text, date, lang).map((m) => m.id ?? `new:${m.name}`);

describe('mentions of dataset people', () => {
  it('finds full names, surnames, titles and honorifics with exact offsets', () => {
    const text = 'Deputy Foreign Minister Sergei Ryabkov spoke on Monday. Mr. Ryabkov later added more.';
    const found = mentions(text);
    expect(found.map((m) => [m.id, m.text, m.title])).toEqual([
      ['sergei-ryabkov', 'Sergei Ryabkov', 'Deputy Foreign Minister'],
      ['sergei-ryabkov', 'Ryabkov', null],
    ]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('handles possessives, transliterations and misspellings kept as aliases', () => {
    expect(ids("Ryabkov's remarks")).toEqual(['sergei-ryabkov']);
    expect(ids('Sergey Ryabkov and Yury Ushakov met')).toEqual(['sergei-ryabkov', 'yuri-ushakov']);
    expect(ids('Zelenskyy, Zelenskiy and Zelensky')).toEqual([
      'volodymyr-zelensky',
      'volodymyr-zelensky',
      'volodymyr-zelensky',
    ]);
    expect(ids('US Secretary of State Anthony Blinken')).toEqual(['antony-blinken']);
  });

  it('ignores case and diacritics, soft hyphens and non-breaking spaces inside names', () => {
    const text = 'SERGEI RYABKOV, then Sérgei Ryábkov, then Ryab\u00ADkov and Sergei\u00A0Ryabkov.';
    const found = mentions(text);
    expect(found.map((m) => m.text)).toEqual([
      'SERGEI RYABKOV',
      'Sérgei Ryábkov',
      'Ryab\u00ADkov',
      'Sergei\u00A0Ryabkov',
    ]);
    expect(found.every((m) => m.id === 'sergei-ryabkov')).toBe(true);
  });

  it('finds Cyrillic aliases', () => {
    expect(mentions('Сергей Рябков заявил, что Рябков прав.').map((m) => m.text)).toEqual(['Сергей Рябков', 'Рябков']);
  });

  it('never fires inside other words', () => {
    expect(ids('Putinism and Trumpian politics, the Ryabkovs family, zelenskyism')).toEqual([]);
  });

  it('links a shared surname only when the article decides: the full name, or who held office on its date', () => {
    expect(ids('Boris Johnson spoke. Later Johnson left.', '2024-03-01')).toEqual(['boris-johnson', 'boris-johnson']);
    expect(ids('Johnson said the House would vote.', '2024-03-01')).toEqual(['mike-johnson']);
    expect(ids('Johnson said the House would vote.', '2018-03-01')).toEqual([]);
    expect(ids('Johnson said so.', null)).toEqual([]);
  });

  it('does not read a surname that is also a common word as a person without the full name', () => {
    expect(ids('In May the talks resumed.')).toEqual([]);
    expect(ids('Theresa May spoke. May said she would stay.', '2018-01-01')).toEqual(['theresa-may', 'theresa-may']);
  });
});

describe('mentions of events', () => {
  it('finds events by name and alias', () => {
    expect(
      ids('After the Alaska summit and the Russia-US Summit in Alaska, the Budapest summit and the Istanbul talks'),
    ).toEqual(['alaska-summit-2025', 'alaska-summit-2025', 'budapest-summit-2025', 'istanbul-talks-2025']);
  });
  it('links place names only when a participant is named and the article is not older than the event', () => {
    expect(ids('Putin spoke after Anchorage.')).toEqual(['vladimir-putin', 'alaska-summit-2025']);
    expect(ids('Tourism in Anchorage is growing.')).toEqual([]);
    expect(ids('Putin spoke in Anchorage.', '2019-01-01')).toEqual(['vladimir-putin']);
  });
});

describe('officials not in the dataset', () => {
  it('reports titled officials with their full name and title, and links later surname mentions', () => {
    const text =
      'Prime Minister Habib Essid said on Monday the cabinet would meet. Essid added that talks go on. White House spokesman Josh Earnest declined to comment, and Defense Minister Kim Yong-hyun resigned. Kim had been in office a year.';
    const found = mentions(text);
    expect(found.map((m) => [m.name, m.title, m.text])).toEqual([
      ['Habib Essid', 'Prime Minister', 'Habib Essid'],
      ['Habib Essid', null, 'Essid'],
      ['Josh Earnest', 'White House spokesman', 'Josh Earnest'],
      ['Kim Yong-hyun', 'Defense Minister', 'Kim Yong-hyun'],
      ['Kim Yong-hyun', null, 'Kim'],
    ]);
    expect(found.every((m) => m.id === null)).toBe(true);
    expect(new Set(found.slice(0, 2).map((m) => m.group)).size).toBe(1);
  });

  it('reads a title in apposition before or after the name', () => {
    expect(
      mentions('The visit was hosted by the Tunisian president, Beji Caid Essebsi, in Carthage.').map((m) => [
        m.name,
        m.title,
      ]),
    ).toEqual([['Beji Caid Essebsi', 'Tunisian president']]);
    expect(mentions('Josh Earnest, the White House spokesman, said little.').map((m) => [m.name, m.title])).toEqual([
      ['Josh Earnest', 'White House spokesman'],
    ]);
  });

  it('reads titles in French, Spanish, Portuguese and German', () => {
    expect(
      mentions('Le Premier ministre Édouard Philippe a déclaré que le texte sera voté.', null, 'fr').map((m) => m.name),
    ).toEqual(['Édouard Philippe']);
    expect(
      mentions('El presidente del Gobierno, Pedro Sánchez, dijo que habrá acuerdo.', null, 'es').map((m) => m.name),
    ).toEqual(['Pedro Sánchez']);
    expect(
      mentions('O presidente Luiz Inácio Lula da Silva disse que vai viajar.', null, 'pt').map((m) => m.name),
    ).toEqual(['Luiz Inácio Lula da Silva']);
    expect(
      mentions('Außenministerin Annalena Baerbock sagte, die Gespräche gingen weiter.', null, 'de').map((m) => m.name),
    ).toEqual(['Annalena Baerbock']);
  });

  it('does not report people named without an official title', () => {
    expect(mentions('Analyst John Smith and resident Maria Lopez spoke to reporter Anna Brown.')).toEqual([]);
  });
});
