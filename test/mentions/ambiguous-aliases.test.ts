import { describe, expect, it } from 'vitest';
import type { Person } from '../../data/schema';
import { createEngine } from '../../lib/engine/create-engine';

const role = (title: string, from: string, to: string | null) => ({
  title,
  organisation: 'Test',
  country: 'Test',
  from,
  to,
});
const person = (id: string, name: string, aliases: string[], roles: Person['roles'], ambiguous?: string[]): Person => ({
  id,
  name,
  aliases,
  ...(ambiguous ? { ambiguousAliases: ambiguous } : {}),
  roles,
  description: 'A test person.',
});

const people: Person[] = [
  person(
    'boris-johnson',
    'Boris Johnson',
    ['Johnson'],
    [role('Prime Minister', '2019-07-24', '2022-09-06')],
    ['Johnson'],
  ),
  person('mike-johnson', 'Mike Johnson', ['Johnson'], [role('Speaker of the House', '2023-10-25', null)], ['Johnson']),
  person('mark-carney', 'Mark Carney', ['Carney'], [role('Prime Minister', '2025-03-14', null)], ['Carney']),
  person('xi-jinping', 'Xi Jinping', ['Xi'], [role('President', '2013-03-14', null)], ['Xi']),
  person(
    'dmitry-medvedev',
    'Dmitry Medvedev',
    ['Medvedev'],
    [role('President', '2008-05-07', '2012-05-07'), role('Deputy Chairman of the Security Council', '2020', null)],
    ['Medvedev'],
  ),
  person('kaja-kallas', 'Kaja Kallas', ['Kallas'], [role('High Representative', '2024-12-01', null)], ['Kallas']),
  person(
    'siim-kallas',
    'Siim Kallas',
    ['Kallas'],
    [role('European Commissioner', '2004-11-22', '2014-11-01')],
    ['Kallas'],
  ),
  person('sergei-ryabkov', 'Sergei Ryabkov', ['Ryabkov'], [role('Deputy Foreign Minister', '2008', null)]),
  person('vladimir-putin', 'Vladimir Putin', ['Putin'], [role('President', '2012-05-07', null)]),
  person('donald-trump', 'Donald Trump', ['Trump'], [role('President', '2025-01-20', null)]),
];
const engine = createEngine({ people, events: [] });

function mentions(text: string, date: string | null, lang = 'en') {
  return engine.analyzeArticle({ title: null, byline: null, siteName: null, publishedTime: date, lang, text }).mentions;
}
const ids = (text: string, date: string | null = '2025-06-01', lang = 'en') =>
  mentions(text, date, lang).map((m) => m.id ?? `new:${m.name}`);

describe('aliases marked ambiguous', () => {
  it('link the one person holding a role on the article date among those who share them', () => {
    expect(ids('Johnson said the House would vote.', '2024-03-01')).toEqual(['mike-johnson']);
    expect(ids('Johnson said Britain would leave.', '2020-03-01')).toEqual(['boris-johnson']);
    expect(ids('Kallas said the talks would go on.', '2012-05-01')).toEqual(['siim-kallas']);
    expect(ids('Kallas said the talks would go on.', '2025-05-01')).toEqual(['kaja-kallas']);
  });

  it('follow a title or descriptor that fits one of them', () => {
    expect(ids('Speaker Johnson said so.', '2020-03-01')).toEqual(['mike-johnson']);
    expect(ids('Prime Minister Johnson said so.', '2024-03-01')).toEqual(['boris-johnson']);
    expect(ids('Johnson, the House speaker, said so.', '2020-03-01')).toEqual(['mike-johnson']);
    expect(ids('Chinese leader Xi said so.')).toEqual(['xi-jinping']);
    expect(ids('former president Medvedev said so.')).toEqual(['dmitry-medvedev']);
    expect(ids('el líder chino Xi dijo que sí.', '2025-06-01', 'es')).toEqual(['xi-jinping']);
  });

  it('follow the full name earlier in the article', () => {
    expect(ids('Boris Johnson spoke. Later Johnson left.', '2024-03-01')).toEqual(['boris-johnson', 'boris-johnson']);
    expect(ids('Xi Jinping arrived. Xi said so.')).toEqual(['xi-jinping', 'xi-jinping']);
  });

  it('link nobody without such context', () => {
    expect(ids('Medvedev beat Sinner in the final.')).toEqual([]);
    expect(ids('Xi said so.')).toEqual([]);
    expect(ids('Johnson said so.', null)).toEqual([]);
  });

  it('are never a roman numeral or another person with the same surname', () => {
    expect(ids('India named its playing XI. Louis XI was king.')).toEqual([]);
    expect(ids('Xi Jinping arrived. The playing XI was named.')).toEqual(['xi-jinping']);
    expect(ids('Jay Carney said so. Carney added more.', '2013-06-01')).toEqual([]);
    expect(ids('Daniil Medvedev won. Medvedev was happy.')).toEqual([]);
    expect(ids('Mark Carney said so. Carney added more.')).toEqual(['mark-carney', 'mark-carney']);
  });
});

describe('a given name before a surname', () => {
  it('is another person unless it is a spelling of the person’s own', () => {
    expect(ids('Anna Ryabkov, a historian, said so.')).toEqual([]);
    expect(ids('Sergej Ryabkov said so.')).toEqual(['sergei-ryabkov']);
    expect(ids('Wladimir Putin sagte das.', '2025-06-01', 'de')).toEqual(['vladimir-putin']);
  });

  it('is not read into a word that opens a sentence, nor into a German noun', () => {
    expect(ids('Everything Trump does is news.')).toEqual(['donald-trump']);
    expect(ids('Der Kremlchef Putin sagte das.', '2025-06-01', 'de')).toEqual(['vladimir-putin']);
  });
});

describe('surnames of officials introduced in the article', () => {
  it('follow the descriptor beside them: another descriptor is another person', () => {
    const text =
      'Interior Minister Lee Sang-min resigned. Lee, the leader of the Democratic Party, said so. Lee, the minister, agreed.';
    const found = mentions(text, '2024-12-05').map((m) => [m.text, m.name]);
    expect(found).toEqual([
      ['Lee Sang-min', 'Lee Sang-min'],
      ['Lee', 'Lee Sang-min'],
    ]);
    expect(text.indexOf('Lee, the minister')).toBe(mentions(text, '2024-12-05')[1]!.start);
  });

  it('are not linked after another given name, nor inside a byline', () => {
    expect(ids('Defence Minister Kim Yong-hyun resigned. Kim left. By Stella Kim', '2024-12-05')).toEqual([
      'new:Kim Yong-hyun',
      'new:Kim Yong-hyun',
    ]);
    expect(ids('Defence Minister Kim Yong-hyun resigned. Stella Kim, a reporter, asked.', '2024-12-05')).toEqual([
      'new:Kim Yong-hyun',
    ]);
  });

  it('carry former: true when the official was introduced by a past office', () => {
    const found = mentions('a former U.S. ambassador, Michael Brandt, said so. Brandt added more.', '2024-01-01');
    expect(found.map((m) => [m.text, m.former])).toEqual([
      ['Michael Brandt', true],
      ['Brandt', true],
    ]);
    expect(mentions('Ambassador Michael Brandt said so.', '2024-01-01')[0]?.former).toBeUndefined();
  });
});

describe('bylines and credits', () => {
  it('hold no mention of a dataset person or official', () => {
    expect(ids('Putin spoke in Moscow.\nPhoto: Reuters/Vladimir Putin\nBy Donald Trump')).toEqual(['vladimir-putin']);
    expect(ids('Putin spoke. (Reporting by Sergei Ryabkov; Editing by Ambassador Michael Brandt)')).toEqual([
      'vladimir-putin',
    ]);
  });
});

describe('titles in the article’s language', () => {
  it('do not unlink a dataset person whose role titles are in English', () => {
    expect(ids('Außenminister Ryabkov sagte das.', '2025-06-01', 'de')).toEqual(['sergei-ryabkov']);
    expect(ids('Le président Putin a dit cela.', '2025-06-01', 'fr')).toEqual(['vladimir-putin']);
    expect(ids('El portavoz Putin dijo eso.', '2025-06-01', 'es')).toEqual([]);
  });
});
