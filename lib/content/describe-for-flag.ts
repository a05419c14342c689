/** Describes a range of the live page for a flag: its selectors against the page's text, and the page's metadata. */
import { collectDomText } from '../anchoring/dom-text';
import type { Article } from '../extract/article';
import type { PageDescription } from '../flags/draft';
import { describeSpan } from '../flags/selectors';

/** Offset of a DOM point in the collected text, or -1. */
function offsetOf(dom: ReturnType<typeof collectDomText>, node: Node, offset: number): number {
  const i = dom.nodes.indexOf(node as Text);
  if (i >= 0) return dom.starts[i]! + offset;
  // An element boundary: the first text node at or after it.
  const doc = node.ownerDocument!;
  const probe = doc.createRange();
  probe.setStart(node, offset);
  const j = dom.nodes.findIndex((n) => probe.comparePoint(n, 0) >= 0);
  return j >= 0 ? dom.starts[j]! : dom.text.length;
}

/** The selectors of `range` in `doc.body`'s text, with the article's metadata; null for an empty range. */
export function describeRange(doc: Document, range: Range, article: Article | null): PageDescription | null {
  const dom = collectDomText(doc.body);
  const start = offsetOf(dom, range.startContainer, range.startOffset);
  const end = offsetOf(dom, range.endContainer, range.endOffset);
  if (start < 0 || end <= start) return null;
  const [quote, position] = describeSpan(dom.text, start, end);
  return {
    url: doc.location.href.split('#')[0]!,
    title: article?.title ?? (doc.title || null),
    siteName: article?.siteName ?? null,
    publishedTime: article?.publishedTime ?? null,
    lang: article?.lang ?? null,
    quote,
    position,
  };
}
