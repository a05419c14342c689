import { describe, expect, it } from 'vitest';
import { findTitledNames } from '../../lib/officials/find-titled-names';
import { tokenize } from '../../lib/text/tokens';

const titled = (text: string, lang: string) =>
  findTitledNames(text, tokenize(text), lang).map((t) => [t.name, t.title, t.former]);
const names = (text: string, lang: string) => findTitledNames(text, tokenize(text), lang).map((t) => t.name);

describe('titled names', () => {
  it('marks officials introduced by a past office as former, in several languages', () => {
    expect(titled('a former U.S. ambassador, Michael Brandt, said', 'en')).toEqual([
      ['Michael Brandt', 'former U.S. ambassador', true],
    ]);
    expect(titled("l'ancien Premier ministre Paul Girard a déclaré", 'fr')).toEqual([
      ['Paul Girard', 'Premier ministre', true],
    ]);
    expect(titled('el expresidente Tomás Ortega dijo', 'es')[0]?.[2]).toBe(true);
    expect(titled('el ex ministro Juan Pérez dijo', 'es')[0]?.[2]).toBe(true);
    expect(titled('der ehemalige Außenminister Jonas Keller sagte', 'de')[0]?.[2]).toBe(true);
    expect(titled('Ex-Kanzler Gerd Albers sagte', 'de')).toEqual([['Gerd Albers', 'Ex-Kanzler', true]]);
  });

  it('does not mark a serving official as former', () => {
    expect(titled('el ministro de Relaciones Exteriores, Alfonso Ruiz, dijo', 'es')[0]?.[2]).toBe(false);
    expect(titled('Foreign Minister Anna Berg said', 'en')).toEqual([['Anna Berg', 'Foreign Minister', false]]);
  });

  it('never cuts a name at a hyphen, an internal capital or a joined particle', () => {
    expect(names('Sudanese President Omar Hassan al-Bashir said', 'en')).toEqual(['Omar Hassan al-Bashir']);
    expect(names('said Senator Tucker McClendon', 'en')).toEqual(['Tucker McClendon']);
    expect(names('Maria Panuncio-Feldman, the deputy minister, said', 'en')).toEqual(['Maria Panuncio-Feldman']);
    expect(names('o presidente da República Marcelo Rebelo de Sousa disse', 'pt')).toEqual(['Marcelo Rebelo de Sousa']);
    expect(names('Saudi Foreign Minister Faisal bin Farhan said', 'en')).toEqual(['Faisal bin Farhan']);
  });

  it('reads no place, document, outlet or demonym as a person', () => {
    expect(names('It is free software under the GNU General Public License.', 'en')).toEqual([]);
    expect(names('during the briefing in Minsk Andrejs Ozols, the Secretary of State, said', 'en')).toEqual([
      'Andrejs Ozols',
    ]);
    expect(names('habló con la premier británica por las Islas Malvinas', 'es')).toEqual([]);
    expect(names('En declaraciones al canal Todo Noticias, la canciller subrayó que', 'es')).toEqual([]);
    expect(names('selon le président de la commission de l’Union Africaine Moussa Diallo', 'fr')).toEqual([
      'Moussa Diallo',
    ]);
  });

  it('reads the office’s domain after a linking word as part of the title', () => {
    expect(titled('El ministro de Cultura, Alejandro Ruiz, señaló', 'es')).toEqual([
      ['Alejandro Ruiz', 'ministro de Cultura', false],
    ]);
    expect(names('La portavoz del Ejecutivo, Isabel Mora, ha señalado', 'es')).toEqual(['Isabel Mora']);
    expect(names('O presidente do Senado, Rodrigo Lemos (DEM-MG), disse', 'pt')).toEqual(['Rodrigo Lemos']);
    expect(names('Le ministre belge des Affaires étrangères, Didier Vanden, a réitéré', 'fr')).toEqual([
      'Didier Vanden',
    ]);
    expect(names('El ministro español de Asuntos Exteriores y Cooperación, Alfonso Gil, dijo', 'es')).toEqual([
      'Alfonso Gil',
    ]);
    expect(names('the U.S. ambassador to Ukraine, Bridget Hall, said', 'en')).toEqual(['Bridget Hall']);
    expect(names('disse o diplomata Mauricio Lemos, sherpa brasileiro', 'pt')).toEqual(['Mauricio Lemos']);
  });

  it('still reads a name after an institution that is not followed by a demonym', () => {
    expect(names('le président de la République Paul Girard a dit', 'fr')).toEqual(['Paul Girard']);
  });
});

describe('title heads of every language', () => {
  it('read counterparts, leaders, lawmakers and German compounds as titles', () => {
    expect(names('met his Russian counterpart Sergei Volkov on Monday', 'en')).toEqual(['Sergei Volkov']);
    expect(names('Councillor Mike Whitmore said', 'en')).toEqual(['Mike Whitmore']);
    expect(names("l'ex-dirigeant libyen Omar Salem serait accueilli", 'fr')).toEqual(['Omar Salem']);
    expect(names('su par colombiano, Gustavo Ruiz, y afirmó', 'es')).toEqual(['Gustavo Ruiz']);
    expect(names('der stellvertretende Fraktionsvorsitzende der Union, Norbert Lange, nannte', 'de')).toEqual([
      'Norbert Lange',
    ]);
    expect(names('mit ihrem luxemburgischen Kollegen Jean Weber in Berlin', 'de')).toEqual(['Jean Weber']);
    expect(names('AfD-Chefin Alice Brandt hat', 'de')).toEqual(['Alice Brandt']);
  });
});
