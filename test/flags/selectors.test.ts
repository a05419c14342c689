import { describe, expect, it } from 'vitest';
import { collectDomText } from '../../lib/anchoring/dom-text';
import { anchorQuote, describeSpan } from '../../lib/flags/selectors';
import { htmlDocument, readFixture } from '../helpers';

const words = 'Of course, not as fast as we would like, that is clear, and we commented on this regularly';

describe('flag selectors', () => {
  const before = collectDomText(htmlDocument(readFixture('pages/seed-000.html')).body).text;
  const start = before.indexOf(words);
  const [quote, position] = describeSpan(before, start, start + words.length);

  it('record the exact words with about 32 characters of context and their position', () => {
    expect(quote.exact).toBe(words);
    expect(quote.prefix).toHaveLength(32);
    expect(quote.suffix).toHaveLength(32);
    expect(before.slice(position.start, position.end)).toBe(words);
    expect(anchorQuote(before, quote, position)).toEqual({ start, end: start + words.length });
  });

  it('re-anchor after the page’s markup changed around the words (new header, new ad, reflowed paragraphs)', () => {
    const changed = readFixture('pages/seed-000.html')
      .replace(
        '<header class="site-header"',
        '<div class="breaking">Breaking: markets close higher after a volatile session on Wall Street</div><header class="site-header"',
      )
      .replace('Of course, not as fast', '<strong>Of course</strong>, not as\n   fast');
    const after = collectDomText(htmlDocument(changed).body).text;
    const found = anchorQuote(after, quote, position)!;
    expect(found).not.toBeNull();
    expect(after.slice(found.start, found.end).replace(/\s+/g, ' ')).toBe(words);
  });

  it('tell repeated words apart by their context', () => {
    const text = `A said: “we are ready”. Later B said: “we are ready” again.`;
    const second = text.lastIndexOf('we are ready');
    const [q, p] = describeSpan(text, second, second + 12);
    expect(anchorQuote(`Intro. ${text}`, q, p)).toEqual({ start: second + 7, end: second + 19 });
  });

  it('give up (an orphan) when the words are gone', () => {
    expect(anchorQuote('A completely different article about the weather in spring.', quote, position)).toBeNull();
  });
});
