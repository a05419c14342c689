/** Finds an article's published time: Readability's metadata, then meta tags, then JSON-LD, then <time>. */

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

/** Returns the date as an ISO string (date-only strings stay date-only), or null when it is not a date. */
export function normaliseDate(value: string | null | undefined): string | null {
  const v = value?.trim();
  if (!v) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return Number.isNaN(Date.parse(v)) ? null : v;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

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

function findDatePublished(node: unknown, depth = 0): string | null {
  if (depth > 6 || node === null || typeof node !== 'object') return null;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findDatePublished(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = node as Record<string, unknown>;
  if (typeof record.datePublished === 'string') return normaliseDate(record.datePublished);
  return findDatePublished(record['@graph'], depth + 1);
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

/** Picks the first published time that the page states, in order of reliability. */
export function findPublishedTime(doc: Document, readabilityTime: string | null | undefined): string | null {
  return (
    normaliseDate(readabilityTime) ??
    fromMeta(doc) ??
    fromJsonLd(doc) ??
    normaliseDate(doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime'))
  );
}
