import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/extract-article';
import { extractPlainText } from '../../lib/extract/extract-plain-text';
import type { Extraction } from '../../lib/extract/article';
import { htmlDocument, readFixture, realEngine } from '../helpers';

interface Expected {
  mentions: { id: string | null; text: string; title?: string }[];
  /** Where the text form differs: it has no date, so a described event cannot be dated to the dataset's. */
  mentionsAsText?: Expected['mentions'];
  quotes: { speaker: string | null; attribution: string; begins: string }[];
  statements: { speaker: string; begins: string }[];
}

const SEEDS = ['000', '001', '002', '003', '004'];

describe.each(SEEDS)('seed %s', (seed) => {
  const expected = JSON.parse(readFixture(`expected/seed-${seed}.json`)) as Expected;
  const forms: [string, () => Extraction, Expected['mentions']][] = [
    [
      'as text',
      () => extractPlainText(readFixture(`seeds/seed-${seed}.txt`)),
      expected.mentionsAsText ?? expected.mentions,
    ],
    ['as a news page', () => extractArticle(htmlDocument(readFixture(`pages/seed-${seed}.html`))), expected.mentions],
  ];
  it.each(forms)('%s: finds every official and event, and attributes every quote', (_form, extract, mentions) => {
    const { engine } = realEngine();
    const extraction = extract();
    expect(extraction.kind).toBe('article');
    const a = engine.analyze(extraction, { includeText: true });
    const text = a.article!.text!;
    expect(a.mentions.map((m) => ({ id: m.id, text: m.text, ...(m.title ? { title: m.title } : {}) }))).toEqual(
      mentions,
    );
    for (const m of [...a.mentions, ...a.quotes, ...a.statements]) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(
      a.quotes.map((q) => ({ speaker: q.speaker.id, attribution: q.attribution, begins: q.text.slice(0, 40) })),
    ).toEqual(expected.quotes);
    expect(a.statements.map((s) => ({ speaker: s.speaker.id, begins: s.text.slice(0, 40) }))).toEqual(
      expected.statements,
    );
  });
});

describe('page debris', () => {
  it('keeps headline lists, ads, share links and comment forms out of the article text', () => {
    for (const seed of SEEDS) {
      const page = extractArticle(htmlDocument(readFixture(`pages/seed-${seed}.html`)));
      const txt = extractPlainText(readFixture(`seeds/seed-${seed}.txt`));
      if (page.kind !== 'article' || txt.kind !== 'article') throw new Error('not an article');
      for (const debris of [
        'Special Forces',
        'Leave a Reply',
        'Most read',
        'Advertisement',
        'Post Comment',
        'morning briefing',
        'All rights',
        'Zelenskiy Signals',
      ]) {
        expect(page.article.text).not.toContain(debris);
        expect(txt.article.text).not.toContain(debris);
      }
    }
  });
});
