import { describe, expect, it } from 'vitest';
import { type Statement, UrlSchema } from '../../data/schema';
import { safeHref, sourceLink } from '../../lib/present/format';

describe('links we render', () => {
  it('are only ever http: or https: addresses', () => {
    expect(safeHref('https://news.example/a')).toBe('https://news.example/a');
    expect(safeHref('http://news.example/a')).toBe('http://news.example/a');
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,x',
      'chrome://settings',
      'file:///x',
      'nonsense',
    ])
      expect(safeHref(bad)).toBeNull();
    const s = {
      words: { text: 'one two three four five', lang: 'en', translation: false, indirect: false },
      source: { publisher: 'X', url: 'javascript:alert(1)', published: '2025-01-01' },
    } as Statement;
    expect(sourceLink(s)).toBeNull();
    // The dataset's source addresses are held to the same rule by its schema.
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'ftp://x.example/'])
      expect(UrlSchema.safeParse(bad).success).toBe(false);
  });
});
