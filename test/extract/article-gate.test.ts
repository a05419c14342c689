/**
 * Which pages are read and how: real articles in old layouts or with clutter-named wrappers are read whole; pages
 * made mostly of links are refused before Readability runs; wiki pages are read for names but get no quote list.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/extract-article';
import { htmlDocument, realEngine } from '../helpers';

const sentence = 'The committee met again on Tuesday to discuss the budget and the timetable for the vote. ';
const prose = (n: number) => sentence.repeat(n);
const quoted = '“We will not accept a deal that leaves our members worse off than before,” the chairman said.';

describe('the "news article or not" gate', () => {
  it('reads a table-layout page with prose but no paragraphs or article markup (refused before)', () => {
    const rows = Array.from({ length: 6 }, () => `<tr><td><font size="2">${prose(3)}</font></td></tr>`).join('');
    const html = `<html><head><title>Town notes</title></head><body><table>${rows}</table></body></html>`;
    const r = extractArticle(htmlDocument(html, 'https://town.example/notes'));
    expect(r.kind).toBe('article');
    if (r.kind === 'article') expect(r.article.text).toContain('The committee met again');
  });

  it('keeps an article whose wrapper carries a clutter word in its class (its text was dropped before)', () => {
    const body = `<div class="post-share-wrap"><h1>Budget talks</h1>${`<p>${prose(3)}</p>`.repeat(5)}</div>`;
    const html = `<html><head><title>Budget talks</title></head><body>${body}</body></html>`;
    const r = extractArticle(htmlDocument(html, 'https://blog.example/2011/03/budget'));
    expect(r.kind).toBe('article');
    if (r.kind === 'article') expect(r.article.text.length).toBeGreaterThan(1000);
  });

  it('refuses a page that is mostly links, without article markup', () => {
    const links = Array.from(
      { length: 80 },
      (_, i) => `<li><a href="/s/${i}">Story number ${i} about the budget vote</a></li>`,
    );
    const html = `<html><head><title>Home</title></head><body><ul>${links.join('')}</ul><p>Contact us.</p></body></html>`;
    const r = extractArticle(htmlDocument(html, 'https://news.example/'));
    expect(r).toMatchObject({ kind: 'not-article' });
  });

  it('reads a short brief that marks itself as an article (under 250 characters, refused before)', () => {
    const html = `<html><head><title>Brief</title><meta property="og:type" content="article"></head><body><article><p>${prose(2)}</p></article></body></html>`;
    const r = extractArticle(htmlDocument(html));
    expect(r.kind).toBe('article');
  });
});

describe('the kind of page', () => {
  const article = (head: string, url: string) =>
    extractArticle(
      htmlDocument(
        `<html><head><title>Chairman</title>${head}</head><body><article><h1>Chairman</h1>${`<p>${prose(3)} ${quoted}</p>`.repeat(4)}</article></body></html>`,
        url,
      ),
    );

  it('a news page is news and keeps its quotes', () => {
    const r = article('<meta property="og:type" content="article">', 'https://news.example/2024/05/06/chairman');
    expect(r.kind === 'article' && r.article.pageKind).toBe('news');
    expect(realEngine().engine.analyze(r).quotes.length).toBeGreaterThan(0);
  });

  it('a wiki page is read for the people it names but lists no quotes (a wiki got 83 "quotes" before)', () => {
    const r = article('<meta name="generator" content="MediaWiki 1.43.0-wmf.5">', 'https://wiki.example/wiki/Chairman');
    expect(r.kind === 'article' && r.article.pageKind).toBe('other');
    const analysis = realEngine().engine.analyze(r);
    expect(analysis.article).not.toBeNull();
    expect(analysis.quotes).toEqual([]);
    expect(analysis.statements).toEqual([]);
  });

  it('a page with neither article markup nor a date and byline is not news', () => {
    const html = `<html><head><title>About us</title></head><body><div>${`<p>${prose(3)} ${quoted}</p>`.repeat(4)}</div></body></html>`;
    const r = extractArticle(htmlDocument(html, 'https://company.example/about'));
    expect(r.kind === 'article' && r.article.pageKind).toBe('other');
  });
});
