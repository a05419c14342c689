/**
 * How much readable prose a page has outside links, scripts and page furniture: a cheap measure (one walk over text
 * nodes) that lets a page with real text but no article markup, such as an old table-layout page, be read, while a
 * page that is mostly links (a home page, a listing) is not.
 */

const SKIP = new Set(['A', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'HEADER', 'FOOTER', 'SELECT', 'BUTTON']);
const SHOW_ELEMENT = 1;
const SHOW_TEXT = 4;
const ELEMENT_NODE = 1;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;
/** Text nodes shorter than this are labels and fragments, not prose. */
const MIN_RUN = 25;

export interface Prose {
  /** Characters of text in runs of MIN_RUN or more, outside links and furniture. */
  chars: number;
  /** Characters of text inside links. */
  linkChars: number;
}

export function proseOf(doc: Document): Prose {
  const body = doc.body;
  if (!body) return { chars: 0, linkChars: 0 };
  let chars = 0;
  let linkChars = 0;
  // Skipped elements are rejected whole (their subtree is never walked), so the walk is linear in the page.
  const walker = doc.createTreeWalker(body, SHOW_ELEMENT | SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType !== ELEMENT_NODE) return FILTER_ACCEPT;
      const tag = (node as Element).tagName;
      if (tag === 'A') linkChars += node.textContent?.trim().length ?? 0;
      return SKIP.has(tag) ? FILTER_REJECT : FILTER_SKIP;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.nodeValue?.trim().length ?? 0;
    if (length >= MIN_RUN) chars += length;
  }
  return { chars, linkChars };
}
