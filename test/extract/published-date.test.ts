import { afterEach, describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/extract-article';
import { normaliseDate } from '../../lib/extract/normalise-date';
import { dateInText } from '../../lib/extract/date-text';
import { dateInUrl } from '../../lib/extract/date-in-page';
import { htmlDocument, readFixture } from '../helpers';

const publishedOn = (page: string, url?: string) => {
  const r = extractArticle(htmlDocument(readFixture(`pages/dates/${page}`), url));
  if (r.kind !== 'article') throw new Error(`${page} did not read as an article: ${r.reason}`);
  return r.article.publishedTime;
};

describe("the article's date, from every place a page states it", () => {
  it('meta tag: keeps the local date and offset, never shifting through UTC', () => {
    expect(publishedOn('meta-offset.html')).toBe('2025-11-22T23:30:00-05:00');
  });
  it('JSON-LD: datePublished nested inside @graph', () => {
    expect(publishedOn('jsonld-graph.html')).toBe('2015-03-14T08:00:00+09:00');
  });
  it('<time datetime> in the byline', () => {
    expect(publishedOn('time-element.html')).toBe('2016-10-09T23:50:00-07:00');
  });
  it.each([
    ['https://www.washingtonpost.com/news/the-fix/wp/2015/03/14/obama-talks/', '2015-03-14'],
    ['https://example.com/politics/2015-03-14/obama-talks', '2015-03-14'],
    ['https://www.lemonde.fr/international/article/20150314/obama_123.html', '2015-03-14'],
    ['https://example.com/news/20150314-obama-talks', '2015-03-14'],
  ])('the address: %s', (url, date) => {
    expect(publishedOn('no-date.html', url)).toBe(date);
  });
  it.each([
    ['byline-en.html', '2015-03-14'],
    ['byline-fr.html', '2015-03-01'],
    ['byline-de.html', '2015-03-14'],
    ['byline-es.html', '2015-03-14'],
    ['byline-pt.html', '2015-03-14'],
    ['dateline-text.html', '2015-03-14'],
    ['header-standfirst.html', '2015-03-14'],
  ])('the visible date line: %s', (page, date) => {
    expect(publishedOn(page)).toBe(date);
  });
  it('trusts metadata over the address, and the address over the visible date', () => {
    expect(publishedOn('meta-offset.html', 'https://example.com/2015/03/14/story')).toBe('2025-11-22T23:30:00-05:00');
    expect(publishedOn('byline-de.html', 'https://example.com/2016/01/02/story')).toBe('2016-01-02');
  });
  it('finds no date on a page that states none (the sidebar’s dates are other stories)', () => {
    expect(publishedOn('no-date.html')).toBeNull();
  });
});

describe('normaliseDate', () => {
  const tz = process.env.TZ;
  afterEach(() => {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });

  it.each(['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC'])(
    'gives the same date for zone-less and offset timestamps in the machine time zone %s',
    (zone) => {
      process.env.TZ = zone;
      expect(normaliseDate('2025-11-22T23:30')).toBe('2025-11-22T23:30:00');
      expect(normaliseDate('2025-11-22 00:15:00')).toBe('2025-11-22T00:15:00');
      expect(normaliseDate('2025-11-22T23:30-05:00')).toBe('2025-11-22T23:30:00-05:00');
      expect(normaliseDate('2025-11-22T00:30:00+0530')).toBe('2025-11-22T00:30:00+05:30');
      expect(normaliseDate('2025-11-22')).toBe('2025-11-22');
      expect(normaliseDate('Sat, 22 Nov 2025 23:30:00 -0500')).toBe('2025-11-22');
    },
  );
  it('keeps a UTC timestamp as UTC, with its milliseconds dropped', () => {
    expect(normaliseDate('2022-11-29T17:05:00.000Z')).toBe('2022-11-29T17:05:00Z');
  });
  it('refuses days that do not exist and values that hold no date', () => {
    expect(normaliseDate('2025-02-30')).toBeNull();
    expect(normaliseDate('2015-04-31T10:00:00Z')).toBeNull();
    expect(normaliseDate('yesterday')).toBeNull();
    expect(normaliseDate('')).toBeNull();
  });
});

describe('written dates in five languages', () => {
  it.each([
    ['March 14, 2015', '2015-03-14'],
    ['Sept. 3, 2016', '2016-09-03'],
    ['14th March 2015', '2015-03-14'],
    ['le 14 février 2015', '2015-02-14'],
    ['14 juil. 2015', '2015-07-14'],
    ['Samstag, 14. März 2015', '2015-03-14'],
    ['3. Dez. 2016', '2016-12-03'],
    ['14 de marzo de 2015', '2015-03-14'],
    ['1º de janeiro de 2016', '2016-01-01'],
    ['14 de março de 2015', '2015-03-14'],
  ])('%s', (text, date) => {
    expect(dateInText(text)).toBe(date);
  });
  it('reads no date from an abbreviation that could be two months, or from no month at all', () => {
    expect(dateInText('14 jui 2015')).toBeNull();
    expect(dateInText('14 people in 2015')).toBeNull();
    expect(dateInUrl('https://example.com/story?date=2015/03/14')).toBeNull();
  });
});
