import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/extract-article';
import { extractPlainText } from '../../lib/extract/extract-plain-text';
import { htmlDocument, readFixture, realEngine } from '../helpers';

const { engine } = realEngine();
const seedText = readFixture('seeds/seed-003.txt');
const seedPage = readFixture('pages/seed-003.html');

/** Runs text through the whole engine and checks the result's offsets hold. */
function analyseText(text: string) {
  const a = engine.analyze(extractPlainText(text), { includeText: true });
  if (a.article) {
    const t = a.article.text!;
    for (const m of [...a.mentions, ...a.quotes, ...a.statements]) expect(t.slice(m.start, m.end)).toBe(m.text);
  }
  return a;
}

/** Characters that break naive code: quotes of every kind, RTL, emoji, NUL, soft hyphen, surrogate halves. */
const nasty = fc.constantFrom(
  '"',
  '“',
  '”',
  '«',
  '»',
  '„',
  '‘',
  '’',
  '\u0000',
  '\u00AD',
  '\u200F',
  'שלום',
  'مرحبا',
  '👩‍👩‍👧',
  '\uD800',
  '\uDFFF',
  '\n\n',
  'Ryabkov',
  'Mr.',
  ' said ',
  ' that ',
  'Prime Minister ',
);
const mutatedText = fc
  .array(fc.oneof(nasty, fc.string({ maxLength: 20 }), fc.constantFrom(...seedText.split(/(?<=[ .,])/))), {
    maxLength: 400,
  })
  .map((parts) => parts.join(''));

describe('the engine on random and mutated input', () => {
  it('never throws on random and mutated text, and its offsets always hold', () => {
    fc.assert(
      fc.property(mutatedText, (text) => void analyseText(text)),
      { numRuns: 300 },
    );
  }, 300_000);

  it('never throws on mutated news pages (tags cut, duplicated, unbalanced)', () => {
    const cut = fc.tuple(
      fc.nat(seedPage.length),
      fc.nat(2000),
      fc.oneof(nasty, fc.constantFrom('<div>', '</p>', '<p><b>', '<!--', '<script>', '"><img src=x>')),
    );
    fc.assert(
      fc.property(fc.array(cut, { maxLength: 12 }), (edits) => {
        let html = seedPage;
        for (const [at, len, insert] of edits) html = html.slice(0, at) + insert + html.slice(at + len);
        const e = extractArticle(htmlDocument(html));
        engine.analyze(e);
      }),
      { numRuns: 40 },
    );
  }, 300_000);

  // Linear time is checked by test/engine/linear.test.ts and timed by `npm run bench`; here it only has to finish.
  it('finishes on a 10 MB single line, reading its first 2 MB', () => {
    const line = 'Ryabkov said “we are ready” and Prime Minister Habib Essid agreed that talks continue, '
      .repeat(Math.ceil(10_000_000 / 88))
      .slice(0, 10_000_000);
    const a = analyseText(line);
    expect(a.article?.textLength).toBeGreaterThan(9_000_000);
    expect(a.article?.analysedLength).toBe(2_000_000);
    expect(a.quotes.length).toBeGreaterThan(20_000);
  }, 300_000);

  it('finishes on deeply nested markup and on huge flat pages', () => {
    const deep = `<html><body><article>${'<div>'.repeat(5_000)}<p>${seedText.slice(0, 2000)}</p>${'</div>'.repeat(5_000)}</article></body></html>`;
    expect(() => engine.analyze(extractArticle(htmlDocument(deep)))).not.toThrow();
    const flat = `<html><body><article>${'<p>Officials met in the capital to talk about trade and other matters again.</p>'.repeat(20_000)}</article></body></html>`;
    expect(engine.analyze(extractArticle(htmlDocument(flat))).article).not.toBeNull();
  }, 300_000);

  it('handles unbalanced and nested quotes, right-to-left text, emoji and NUL bytes', () => {
    for (const text of [
      `${seedText}\n\n“An unclosed quote, said Ryabkov.\n\n«Nested “quotes” inside» , he said.`,
      `${seedText}\n\nהשר אמר “שלום” 👩‍👩‍👧 \u0000 and Ryabkov\u0000 said “x”.`,
      `"""""""""""""""" ${seedText} “““““”””””`,
    ]) {
      const a = analyseText(text);
      expect(a.article).not.toBeNull();
    }
  }, 300_000);
});
