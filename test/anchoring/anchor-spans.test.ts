import { describe, expect, it } from 'vitest';
import { anchorSpans } from '../../lib/anchoring/anchor-spans';

describe('anchoring extracted spans in the live page text', () => {
  it('places a quote that wraps over indented lines in the page source, to its last letter', () => {
    // As Readability gives it (white space collapsed) and as the page's text nodes hold it (source indentation).
    const extracted =
      'The White House said that "President Obama is not going to send weapons while the talks go on," a spokesman said.';
    const live =
      '\n    \n                                The White House said that\n                                "President Obama\n                                is not going to send weapons while the talks go on," a spokesman\n                                said.\n    ';
    const words = 'President Obama is not going to send weapons while the talks go on';
    const start = extracted.indexOf(words);
    const [span] = anchorSpans(extracted, live, [{ start, end: start + words.length }]);
    expect(span).not.toBeNull();
    expect(live.slice(span!.start, span!.end).replace(/\s+/g, ' ')).toBe(words);
  });

  it('places a span whose line breaks are tabs and carriage returns', () => {
    const extracted = 'Lavrov said the agreement was holding in general and that Kiev was delaying.';
    const live = 'Lavrov said the agreement\r\n\twas holding in general and\r\n\tthat Kiev was delaying.';
    const words = 'the agreement was holding in general and that Kiev was delaying';
    const start = extracted.indexOf(words);
    const [span] = anchorSpans(extracted, live, [{ start, end: start + words.length }]);
    expect(live.slice(span!.start, span!.end).replace(/\s+/g, ' ')).toBe(words);
  });
});
