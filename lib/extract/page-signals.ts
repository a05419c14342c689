/**
 * What a page says about itself before any text is read: whether it marks itself up as an article (schema.org
 * types, `og:type`, article meta tags, an `<article>` element, a dated address) and whether its software says it is
 * something else (a wiki). Cheap: a few selector queries, no layout, no text walk.
 */
import { dateInUrl } from './date-in-page';

/** schema.org types of news and other articles (NewsArticle's subtypes included). */
const ARTICLE_TYPES =
  /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|AskPublicNewsArticle|LiveBlogPosting|BlogPosting|Report|ScholarlyArticle)$/;

export interface PageSignals {
  /** The page marks itself up as an article (JSON-LD or microdata type, og:type, article meta, <article>). */
  markedAsArticle: boolean;
  /** The page is made by wiki software (an encyclopedia or wiki page, not reporting). */
  wiki: boolean;
}

function jsonLdTypes(doc: Document): string[] {
  const types: string[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (depth > 5 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    const record = node as Record<string, unknown>;
    const type = record['@type'];
    for (const t of Array.isArray(type) ? type : [type]) if (typeof t === 'string') types.push(t);
    visit(record['@graph'], depth + 1);
    visit(record.mainEntity, depth + 1);
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // A broken JSON-LD block says nothing.
    }
  }
  return types;
}

const metaContent = (doc: Document, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content')?.trim().toLowerCase() ??
  null;

export function pageSignals(doc: Document): PageSignals {
  const types = [
    ...jsonLdTypes(doc),
    ...Array.from(doc.querySelectorAll('[itemtype]'), (el) => el.getAttribute('itemtype')?.split('/').pop() ?? ''),
  ];
  const ogType = metaContent(doc, 'og:type');
  const published = metaContent(doc, 'article:published_time') !== null;
  const generator = metaContent(doc, 'generator') ?? '';
  const markedAsArticle =
    types.some((t) => ARTICLE_TYPES.test(t)) ||
    ogType === 'article' ||
    published ||
    doc.querySelector('article') !== null ||
    dateInUrl(doc.URL) !== null;
  return { markedAsArticle, wiki: /mediawiki|dokuwiki|confluence|tiddlywiki/.test(generator) };
}
