import { describe, expect, it } from 'vitest';
import { cuesFor } from '../../lib/lang/compile-cues';
import { wordRegex } from '../../lib/text/word-boundary';

describe('Unicode word boundaries', () => {
  it('match words that end or start with a letter outside ASCII, and never inside a longer word', () => {
    const re = wordRegex(['afirmó', 'señaló', 'a déclaré', 'said']);
    expect([...'Él afirmó que sí; ella señaló, y él a déclaré.'.matchAll(re)].map((m) => m[1])).toEqual([
      'afirmó',
      'señaló',
      'a déclaré',
    ]);
    expect('saidé unsaid'.match(re)).toBeNull();
  });

  it('compile each language table once, with its verbs, pronouns and honorifics', () => {
    expect(cuesFor('fr')).toBe(cuesFor('fr'));
    const fr = cuesFor('fr');
    expect(new RegExp(`^(?:${fr.verb})$`, 'iu').test('a également déclaré')).toBe(true);
    expect(fr.invertedPronoun?.exec('a-t-elle ajouté')?.slice(1).find(Boolean)).toBe('elle');
    expect(cuesFor('de').pronouns.get('er')).toBe('male');
    expect(cuesFor('es').honorifics.get('sra')).toBe('female');
    expect(cuesFor('xx').lang).toBe('en');
  });
});
