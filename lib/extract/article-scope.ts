/**
 * On a very large page (long comment threads, endless link lists) Readability scores every element, which takes
 * hundreds of milliseconds. Where the page marks its article up (<article>, articleBody, <main>) and that element holds
 * most of the page's paragraph text, reading that element alone gives the same article in a fraction of the time.
 */

/** Pages with more elements than this are read from their article element when they have one. */
export const LARGE_PAGE_ELEMENTS = 3000;
/** The article element must hold at least this share of all paragraph text on the page. */
const MIN_SHARE = 0.6;
/** An inner candidate is preferred when it keeps this share of the best candidate's paragraph text. */
const INNER_SHARE = 0.9;
const CANDIDATES = 'article, [itemprop~="articleBody"], main, [role="main"]';

function paragraphChars(root: ParentNode): number {
  let n = 0;
  for (const p of root.querySelectorAll('p')) n += p.textContent?.length ?? 0;
  return n;
}

/** The element to read the article from on a large page, or null to read the whole page. */
export function articleScope(doc: Document): Element | null {
  if (!doc.body || doc.getElementsByTagName('*').length <= LARGE_PAGE_ELEMENTS) return null;
  const scored = [...doc.querySelectorAll(CANDIDATES)].map((el) => ({ el, chars: paragraphChars(el) }));
  const best = scored.reduce<(typeof scored)[number] | null>((a, b) => (!a || b.chars > a.chars ? b : a), null);
  if (!best || best.chars === 0 || best.chars < paragraphChars(doc.body) * MIN_SHARE) return null;
  // <main> around <article>: take the innermost element that still holds nearly all of the text.
  const inner = scored.filter((s) => s.chars >= best.chars * INNER_SHARE && best.el.contains(s.el));
  return inner.reduce((a, b) => (a.el.contains(b.el) ? b : a), best).el;
}

/** A detached document with the page's head (for title, byline and date) and a copy of `scope` as its body. */
export function scopedDocument(doc: Document, scope: Element): Document {
  const copy = doc.implementation.createHTMLDocument('');
  const lang = doc.documentElement.getAttribute('lang');
  if (lang) copy.documentElement.setAttribute('lang', lang);
  if (doc.head) copy.documentElement.replaceChild(copy.importNode(doc.head, true), copy.head);
  copy.body.appendChild(copy.importNode(scope, true));
  return copy;
}
