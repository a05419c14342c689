import { describe, expect, it } from 'vitest';
import { eventCuesFor } from '../../lib/events/compile-event-words';
import { wordContext } from '../../lib/events/event-words-in-text';
import { findEventPhrases } from '../../lib/events/find-event-phrases';
import { tokenize } from '../../lib/text/tokens';

/** The event phrases of an invented sentence, as written. */
function phrases(lang: string, text: string, people: string[] = []): string[] {
  const w = wordContext(text, tokenize(text), eventCuesFor(lang));
  const starts = new Set(people.map((p) => text.indexOf(p)));
  return findEventPhrases(w, starts).map((p) => text.slice(p.start, p.end));
}

describe('named events', () => {
  it.each([
    ['en', 'Delegates arrived for the Madrid peace talks on Monday.', 'Madrid peace talks'],
    ['en', 'She spoke at the UN General Assembly last year.', 'UN General Assembly'],
    ['en', 'Leaders gathered at the G20 summit in Osaka.', 'G20 summit in Osaka'],
    ['en', 'He addressed the Munich Security Conference in February.', 'Munich Security Conference'],
    ['en', 'He spoke to a joint meeting of Congress.', 'meeting of Congress'],
    ['en', 'after the Nuclear Consultative Group meeting in Seoul', 'Nuclear Consultative Group meeting in Seoul'],
    ['en', 'ahead of Kishida’s state visit to Washington', 'Kishida’s state visit to Washington'],
    ['en', 'Previous lower-level talks in Belarus had failed.', 'talks in Belarus'],
    ['fr', "Il a rappelé l'enjeu du sommet de l'Otan à Vilnius.", "sommet de l'Otan à Vilnius"],
    ['fr', 'Elle était à la réunion ministérielle de l’OTAN à Antalya.', 'réunion ministérielle de l’OTAN à Antalya'],
    ['es', 'Los líderes llegaron a la cumbre de la OTAN en Madrid.', 'cumbre de la OTAN en Madrid'],
    ['es', 'La portavoz habló en la rueda de prensa posterior al Consejo de Ministros.', 'Consejo de Ministros'],
    ['pt', 'O presidente participou na cúpula do G20 no Rio.', 'cúpula do G20 no Rio'],
    ['pt', 'na conferência de imprensa após a 32.ª Cimeira Ibérica, em Trujillo', 'Cimeira Ibérica'],
    ['pt', 'falou na Assembleia-Geral das Nações Unidas.', 'Assembleia-Geral das Nações Unidas'],
    ['de', 'Der Nato-Gipfel in Vilnius beginnt am Dienstag.', 'Nato-Gipfel in Vilnius'],
    ['de', 'Die Münchner Sicherheitskonferenz beginnt am Freitag.', 'Münchner Sicherheitskonferenz'],
    [
      'de',
      'Bei einem Außenministertreffen des Ostseerates hat sie gesprochen.',
      'Außenministertreffen des Ostseerates',
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(phrases(lang, text)).toEqual([expected]);
  });
});

describe('described events', () => {
  it.each([
    [
      'en',
      'It follows a five-hour meeting between President Vladimir Putin and two senior U.S. envoys earlier this week.',
      'meeting between President Vladimir Putin and two senior U.S. envoys',
    ],
    ['en', 'He held talks with the U.S. envoys on Tuesday.', 'talks with the U.S. envoys'],
    ['en', 'The latest round of talks ended without a deal.', 'round of talks'],
    [
      'fr',
      'à l’issue d’un entretien avec son homologue italien Marco Rossi.',
      'entretien avec son homologue italien Marco Rossi',
    ],
    [
      'es',
      'El canciller detalló el encuentro entre Fernández y Johnson: fue tenso.',
      'encuentro entre Fernández y Johnson',
    ],
    [
      'pt',
      'depois de um encontro com o primeiro-ministro Luís Montenegro, em Lisboa',
      'encontro com o primeiro-ministro Luís Montenegro',
    ],
    ['de', 'Bei einem Treffen mit Macron sagte Scholz, es sei gut.', 'Treffen mit Macron'],
  ])('%s: %s', (lang, text, expected) => {
    expect(phrases(lang, text)).toEqual([expected]);
  });
});

describe('what is no event', () => {
  it.each([
    ['en', 'Officials met in a meeting room on the third floor.'],
    ['en', 'The Council said the vote would be delayed.'],
    ['en', 'There was a meeting, and then another meeting.'],
    ['en', 'Home | World | Summit News | Sport'],
    ['en', 'Nuclear Stability Talks and China’s Role'],
    ['en', 'He talks with reporters every day.'],
    ['en', 'Trump talks with Putin often.', ['Trump']],
    ['en', 'She told a press conference that the summit was useful.'],
    ['fr', 'Le ministre a parlé lors d’une conférence de presse.'],
    ['fr', 'Le Conseil a rejeté la demande.'],
    ['es', 'Se reunieron en la sala de reuniones.'],
    ['es', 'en diálogo con Radio Nacional dijo que no'],
    ['pt', 'A reunião foi adiada.'],
    ['de', 'Wir treffen uns morgen.'],
    ['de', 'Das Treffen war lang.'],
    ['de', 'Es war das Politik-Treffen des Jahres!'],
    ['de', 'bei der Pressekonferenz in Helsinki'],
  ] as [string, string, string[]?][])('%s: %s', (lang, text, people = []) => {
    expect(phrases(lang, text, people)).toEqual([]);
  });
});
