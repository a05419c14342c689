/** Reads the article out of a page with Readability, always on a clone so the live page is never touched. */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { type Extraction, MIN_ARTICLE_CHARS } from './article';
import { articleScope, scopedDocument } from './article-scope';
import { blockText } from './block-text';
import { findPublishedTime } from './published-time';
import { baseLanguage, detectLanguage } from '../text/detect-language';

const clean = (s: string | null | undefined) => s?.replace(/\s+/g, ' ').trim() || null;
/** Bylines often come with the date beside them ("By Elena Marsh · 2022-11-29"): keep the names. */
const cleanByline = (s: string | null | undefined) =>
  clean(s?.split(/\s[·|•]\s|\s[-–—]\s(?=\d)/)[0]?.replace(/^(by|von|par|por)\s+/i, ''));

/**
 * Extracts title, byline, site, date, language and paragraph text; pages that are not articles give a reason.
 * `scope` is the element to read on a large page (see article-scope); by default it is found.
 */
export function extractArticle(doc: Document, scope?: Element | null): Extraction {
  try {
    // Finding the scope walks the whole page, so it is inside the guard too.
    return readArticle(doc, scope === undefined ? articleScope(doc) : scope);
  } catch (e) {
    // A malformed or hostile page (an impossible doctype, nesting deeper than the stack) is not an article.
    return { kind: 'not-article', reason: `the page could not be read (${e instanceof Error ? e.name : 'error'})` };
  }
}

function readArticle(doc: Document, scope: Element | null): Extraction {
  if (!doc.body) return { kind: 'not-article', reason: 'the page has no body' };
  if (!isProbablyReaderable(doc)) return { kind: 'not-article', reason: 'the page does not read as an article' };
  const clone = scope ? scopedDocument(doc, scope) : (doc.cloneNode(true) as Document);
  const parsed = new Readability(clone, { serializer: (el: Node) => el, keepClasses: true }).parse();
  if (!parsed?.content) return { kind: 'not-article', reason: 'no article content was found' };
  const text = blockText(parsed.content as unknown as Node);
  if (text.length < MIN_ARTICLE_CHARS) return { kind: 'not-article', reason: 'too little article text' };
  return {
    kind: 'article',
    article: {
      title: clean(parsed.title),
      byline: cleanByline(parsed.byline),
      siteName: clean(parsed.siteName),
      publishedTime: findPublishedTime(doc, parsed.publishedTime, text),
      lang: baseLanguage(parsed.lang ?? doc.documentElement?.getAttribute('lang')) ?? detectLanguage(text),
      text,
    },
  };
}
