/** Reads the article out of a page with Readability, always on a clone so the live page is never touched. */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { Extraction } from './article';
import { articleScope, scopedDocument } from './article-scope';
import { blockText } from './block-text';
import { pageSignals, type PageSignals } from './page-signals';
import { proseOf } from './prose-chars';
import { findPublishedTime } from './published-time';
import { baseLanguage, detectLanguage } from '../text/detect-language';

/** Half of Readability's defaults (140 characters, score 20). */
const LOOSE_READERABLE = { minContentLength: 70, minScore: 10 };
/**
 * Prose outside links that makes a page without article markup worth reading (old table layouts, short plain
 * pages), as long as its links hold no more than LINK_RATIO times as much text: a home page or a listing is mostly
 * links. Set on dragnet's training pages: short real articles in link-heavy templates have 1–2× as much link text.
 */
const MIN_PROSE_CHARS = 140;
const LINK_RATIO = 4;
/**
 * Less text than this out of Readability is not worth reading. Lower than for a plain text file: on an extraction
 * benchmark the real articles refused at 250 were short notices and briefs.
 */
const MIN_PAGE_TEXT_CHARS = 150;

function hasProse(doc: Document): boolean {
  const prose = proseOf(doc);
  return prose.chars >= MIN_PROSE_CHARS && prose.chars * LINK_RATIO >= prose.linkChars;
}

/**
 * News or another kind of page: wiki pages never are; pages with article markup are; a page without any is news
 * when it has both a published date and a byline. Other pages get no quote list.
 */
function pageKind(signals: PageSignals, publishedTime: string | null, byline: string | null): 'news' | 'other' {
  if (signals.wiki) return 'other';
  if (signals.markedAsArticle) return 'news';
  return publishedTime && byline ? 'news' : 'other';
}

const clean = (s: string | null | undefined) => s?.replace(/\s+/g, ' ').trim() || null;
/** Bylines often come with the date beside them ("By Elena Marsh · 2022-11-29"): keep the names. */
const cleanByline = (s: string | null | undefined) =>
  clean(s?.split(/\s[·|•]\s|\s[-–—]\s(?=\d)/)[0]?.replace(/^(by|von|par|por)\s+/i, ''));

const notReadable = (e: unknown): Extraction => ({
  kind: 'not-article',
  // A malformed or hostile page (an impossible doctype, nesting deeper than the stack) is not an article.
  reason: `the page could not be read (${e instanceof Error ? e.name : 'error'})`,
});

/**
 * Extracts title, byline, site, date, language and paragraph text; pages that are not articles give a reason.
 * `scope` is the element to read on a large page (see article-scope); by default it is found.
 */
export function extractArticle(doc: Document, scope?: Element | null): Extraction {
  try {
    const steps = readArticle(doc, scope);
    for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
  } catch (e) {
    return notReadable(e);
  }
}

/**
 * The same, in the page: each step (finding the scope, the page's signals, the clone, Readability's pass, the text)
 * runs in a task of its own, with `pause` between them, so reading the article is not one long task.
 */
export async function extractArticleInSteps(
  doc: Document,
  scope: Element | null | undefined,
  pause: () => Promise<unknown>,
): Promise<Extraction> {
  try {
    const steps = readArticle(doc, scope);
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) return step.value;
      await pause();
    }
  } catch (e) {
    return notReadable(e);
  }
}

/** The reading, as a generator that yields between its steps (the callers above decide what a pause is). */
function* readArticle(doc: Document, given: Element | null | undefined): Generator<void, Extraction> {
  if (!doc.body) return { kind: 'not-article', reason: 'the page has no body' };
  // Finding the scope walks the whole page.
  const scope = given === undefined ? articleScope(doc) : given;
  yield;
  const signals = pageSignals(doc);
  // A page that marks itself up as an article is read whatever its shape; other pages are first checked cheaply, so
  // home pages and listings cost no Readability pass. The check is looser than Readability's default, which refuses
  // short real articles (a few paragraphs in table layouts).
  if (!signals.markedAsArticle && !isProbablyReaderable(doc, LOOSE_READERABLE) && !hasProse(doc))
    return { kind: 'not-article', reason: 'the page does not read as an article' };
  yield;
  const clone = scope ? scopedDocument(doc, scope) : (doc.cloneNode(true) as Document);
  yield;
  const parsed = new Readability(clone, { serializer: (el: Node) => el, keepClasses: true }).parse();
  if (!parsed?.content) return { kind: 'not-article', reason: 'no article content was found' };
  yield;
  const text = blockText(parsed.content as unknown as Node);
  if (text.length < MIN_PAGE_TEXT_CHARS) return { kind: 'not-article', reason: 'too little article text' };
  const byline = cleanByline(parsed.byline);
  const publishedTime = findPublishedTime(doc, parsed.publishedTime, text);
  return {
    kind: 'article',
    article: {
      title: clean(parsed.title),
      byline,
      siteName: clean(parsed.siteName),
      publishedTime,
      pageKind: pageKind(signals, publishedTime, byline),
      lang: baseLanguage(parsed.lang ?? doc.documentElement?.getAttribute('lang')) ?? detectLanguage(text),
      text,
    },
  };
}
