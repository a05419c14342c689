/** Dates a page states outside its metadata: in its address, and in the visible date line near the headline. */
import { calendarDate } from './calendar-date';
import { dateInText } from './date-text';

/** "/2015/03/14/", "/2015-03-14/" or "/20150314/" (also at the end of the path, or before "-slug"). */
const URL_DATE = /\/((?:19|20)\d{2})([/-]?)(\d{2})\2(\d{2})(?=[/_.-]|$)/;

/** The date in a page's address, or null. Only the path counts: a query string is not the page's date. */
export function dateInUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = URL_DATE.exec(path);
  return m ? calendarDate(Number(m[1]), Number(m[3]), Number(m[4])) : null;
}

const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, which not every DOM implementation exposes as a global.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** A date line is short ("By Ana Ruiz · 14 March 2015"); a longer block is prose, whose dates are events. */
const DATE_LINE_MAX = 120;
const LOOK_AHEAD_CHARS = 800;
/** A standfirst may come before the date line; a second block of prose means the article's body has begun. */
const PROSE_BLOCKS = 2;
/** Bounds the walk on pages with many empty nodes after the headline. */
const MAX_NODES = 200;

/** The first date on a short line of text just after the headline, or null. */
export function dateNearHeadline(doc: Document): string | null {
  const h1 = doc.querySelector('article h1') ?? doc.querySelector('h1');
  if (!h1 || !doc.body) return null;
  const walker = doc.createTreeWalker(doc.body, SHOW_TEXT);
  walker.currentNode = h1;
  const seen = new Set<Element>();
  let read = 0;
  let prose = 0;
  let nodes = 0;
  for (
    let node = walker.nextNode();
    node && read < LOOK_AHEAD_CHARS && prose < PROSE_BLOCKS;
    node = walker.nextNode()
  ) {
    if (++nodes > MAX_NODES) break;
    // Whitespace between elements belongs to a container whose text is the whole article: it says nothing.
    const own = (node.textContent ?? '').trim();
    const parent = node.parentElement;
    if (!own || !parent || h1.contains(parent) || SKIP.has(parent.tagName) || seen.has(parent)) continue;
    seen.add(parent);
    read += own.length;
    const line = (parent.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (line.length > DATE_LINE_MAX) prose++;
    if (line.length > DATE_LINE_MAX) continue;
    const date = dateInText(line);
    if (date) return date;
  }
  return null;
}

/** A dateline opening the article's text: "WASHINGTON, March 14, 2015 — …" or "Moscow, Russia – 22 November 2025 – …". */
export function datelineOf(text: string): string | null {
  const head = text.slice(0, 100);
  for (const dash of head.matchAll(/\s[-–—]\s|[–—]/g)) {
    const date = dateInText(head.slice(0, dash.index));
    if (date) return date;
  }
  return null;
}
