/**
 * Finds an article's published time, in order of trust: Readability's metadata, meta tags, JSON-LD, `<time>`, the
 * page's address, the date line near the headline, the dateline opening the text. Kept in the article's own time.
 */
import { dateInUrl, dateNearHeadline, datelineOf } from './date-in-page';
import { normaliseDate } from './normalise-date';

const META_NAMES = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'pubdate',
  'publishdate',
  'parsely-pub-date',
  'sailthru.date',
];

function fromMeta(doc: Document): string | null {
  const byName = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '')
      .trim()
      .toLowerCase();
    const content = meta.getAttribute('content');
    if (key && content && !byName.has(key)) byName.set(key, content);
  }
  for (const name of META_NAMES) {
    const date = normaliseDate(byName.get(name));
    if (date) return date;
  }
  return null;
}

/** The first valid `datePublished` in a JSON-LD value: at its top, in `@graph`, or nested (`mainEntity`, arrays). */
function findDatePublished(node: unknown, depth = 0): string | null {
  if (depth > 6 || node === null || typeof node !== 'object') return null;
  const values = Array.isArray(node) ? (node as unknown[]) : Object.values(node as Record<string, unknown>);
  const own = Array.isArray(node) ? undefined : (node as Record<string, unknown>).datePublished;
  const date = typeof own === 'string' ? normaliseDate(own) : null;
  if (date) return date;
  for (const value of values) {
    const found = findDatePublished(value, depth + 1);
    if (found) return found;
  }
  return null;
}

function fromJsonLd(doc: Document): string | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const found = findDatePublished(JSON.parse(script.textContent ?? ''));
      if (found) return found;
    } catch {
      // A broken JSON-LD block is the page's problem; try the next one.
    }
  }
  return null;
}

const timeElement = (doc: Document) =>
  (doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]'))?.getAttribute('datetime');

/** Picks the first published time that the page states, in order of trust; `text` is the article's text. */
export function findPublishedTime(doc: Document, readabilityTime: string | null | undefined, text = ''): string | null {
  return (
    normaliseDate(readabilityTime) ??
    fromMeta(doc) ??
    fromJsonLd(doc) ??
    normaliseDate(timeElement(doc)) ??
    dateInUrl(doc.URL) ??
    dateNearHeadline(doc) ??
    datelineOf(text)
  );
}
