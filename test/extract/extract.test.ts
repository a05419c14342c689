import { describe, expect, it } from 'vitest';
import { largePageAround } from '../../lib/bench/generate';
import { LARGE_PAGE_ELEMENTS, articleScope } from '../../lib/extract/article-scope';
import { extractArticle } from '../../lib/extract/extract-article';
import { extractPlainText } from '../../lib/extract/extract-plain-text';
import { htmlDocument, readFixture } from '../helpers';

const para = 'Officials met for several hours in the capital on Tuesday to discuss the next steps of the process. ';

describe('extraction from pages', () => {
  it('reads title, byline, site, date and language, and never changes the live document', () => {
    const doc = htmlDocument(readFixture('pages/seed-001.html'));
    const before = doc.documentElement.outerHTML;
    const r = extractArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(r).toMatchObject({
      kind: 'article',
      article: {
        title: 'Ryabkov: Moscow and Washington hold no direct dialogue on Ukraine',
        byline: 'Elena Marsh',
        siteName: 'Northern Bulletin',
        publishedTime: '2022-11-29T17:05:00Z',
        lang: 'en',
      },
    });
  });

  it('falls back to JSON-LD datePublished when there is no meta tag', () => {
    const html = `<html><head><title>T</title><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2024-05-06T07:08:09Z"}]}</script></head><body><article><h1>T</h1>${`<p>${para.repeat(4)}</p>`.repeat(4)}</article></body></html>`;
    const r = extractArticle(htmlDocument(html));
    expect(r.kind === 'article' && r.article.publishedTime).toBe('2024-05-06T07:08:09Z');
  });

  it('keeps paragraph boundaries as blank lines', () => {
    const r = extractArticle(htmlDocument(readFixture('pages/seed-000.html')));
    expect(r.kind === 'article' && r.article.text.split('\n\n').length).toBe(10);
  });

  it('says "not an article" for a home page, an empty page and a short note', () => {
    for (const html of [
      readFixture('pages/not-article.html'),
      '<html><body></body></html>',
      '<html><body><p>Back soon.</p></body></html>',
    ]) {
      expect(extractArticle(htmlDocument(html)).kind).toBe('not-article');
    }
  });
});

describe('extraction from plain text', () => {
  it('reads a leading "date YYYY-MM-DD" as the published date', () => {
    const r = extractPlainText(`date 2025-11-14 ${para.repeat(4)}`);
    expect(r).toMatchObject({ kind: 'article', article: { publishedTime: '2025-11-14' } });
    expect(r.kind === 'article' && r.article.text.startsWith('Officials met')).toBe(true);
  });

  it('drops a trailing list of other headlines and "Leave a Reply"', () => {
    const r = extractPlainText(
      `${para.repeat(4)}\n\nLeave a Reply\n\nMarkets Rally Again\nStorm Hits the Coast\nCup Final Goes to Extra Time\n`,
    );
    expect(r.kind === 'article' && r.article.text).toBe(para.repeat(4).trim());
  });

  it('says "not an article" for too little text', () => {
    expect(extractPlainText('Hello.').kind).toBe('not-article');
  });
});

describe('large pages', () => {
  const large = largePageAround(readFixture('pages/seed-003.html'));

  it('reads the article element alone on a large page, and gets the same article as reading the whole page', () => {
    const doc = htmlDocument(large);
    const scope = articleScope(doc);
    expect(scope?.tagName).toBe('ARTICLE');
    const scoped = extractArticle(doc, scope);
    const whole = extractArticle(doc, null);
    expect(scoped.kind).toBe('article');
    expect(scoped).toEqual(whole);
  }, 300_000);

  it('reads the whole page when no one element holds most of its paragraphs (a feed of teasers)', () => {
    const teaser = `<article><h2>Story</h2><p>${para.repeat(2)}</p></article>`;
    const links = '<li><a href="/x"><span>Link</span></a></li>'.repeat(LARGE_PAGE_ELEMENTS / 3);
    const doc = htmlDocument(`<html><body><ul>${links}</ul>${teaser.repeat(6)}</body></html>`);
    expect(articleScope(doc)).toBeNull();
    expect(articleScope(htmlDocument(readFixture('pages/seed-003.html')))).toBeNull();
  });
});
