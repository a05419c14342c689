import { describe, expect, it } from 'vitest';
import { findCreditSpans } from '../../lib/officials/credit-spans';

const credits = (text: string) => findCreditSpans(text).map((s) => text.slice(s.start, s.end).trim());

describe('credit spans', () => {
  it('finds byline lines in several languages', () => {
    expect(credits('The talks resumed.\nBy Stella Kim\nMore text.')).toEqual(['By Stella Kim']);
    expect(credits('Par Jean Dupont et Marie Lefèvre, à Paris\nLe texte.')).toEqual([
      'Par Jean Dupont et Marie Lefèvre, à Paris',
    ]);
    expect(credits('Por Ana María López | EFE')).toEqual(['Por Ana María López | EFE']);
    expect(credits('Von Anna Weber')).toEqual(['Von Anna Weber']);
  });

  it('finds photo, reporting and agency credits', () => {
    expect(credits('Photo: Reuters/Maxim Shemetov')).toEqual(['Photo: Reuters/Maxim Shemetov']);
    expect(credits('The minister left. (Reporting by Guy Faulconbridge; Editing by Mark Heinrich)')).toEqual([
      'Reporting by Guy Faulconbridge; Editing by Mark Heinrich',
    ]);
    expect(credits('The minister spoke in Kyiv. KEVIN LAMARQUE/AFP')).toEqual(['KEVIN LAMARQUE/AFP']);
    expect(credits('Foto: Tom Brenner for the Washington Post via Getty Images')).toEqual([
      'Foto: Tom Brenner for the Washington Post via Getty Images',
    ]);
    expect(credits('Stella Kim contributed reporting.')).toEqual(['Stella Kim contributed reporting']);
  });

  it('leaves sentences that only start like a credit alone', () => {
    expect(credits('By Wednesday Putin had left Moscow.')).toEqual([]);
    expect(credits('Video: Lavrov in Moscow, where he met envoys.')).toEqual([]);
    expect(credits('Reuters reported that the talks had stalled.')).toEqual([]);
    expect(credits('Por la tarde, el ministro habló.')).toEqual([]);
  });
});

describe('credit spans on hostile text', () => {
  it('stay linear on long runs of capitals, commas and credit words', () => {
    const runs = [
      `Photo: ${'ABCDEFGHIJ'.repeat(20_000)} x`,
      `${'Anna, '.repeat(40_000)}x`,
      `${'Photo: Anna Berg, '.repeat(10_000)}and more text`,
      `By ${'Anna Berg and '.repeat(20_000)}x`,
      `${'A '.repeat(100_000)}x`,
      `${'Anna/'.repeat(40_000)}x`,
    ];
    for (const text of runs) {
      const t = performance.now();
      findCreditSpans(text);
      expect(performance.now() - t).toBeLessThan(500);
    }
  });
});
