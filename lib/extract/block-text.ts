/** Turns an element's content into plain text with one blank line between paragraphs. */

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
]);

// Readability keeps some in-article clutter; these class, id and label words mark it.
const CLUTTER =
  /(?:^|[\s_-])(?:ad|ads|advert|advertisement|sponsored|promo|share|sharing|social|newsletter|related|subscribe|outbrain|taboola)(?:$|[\s_-])/i;

const AD_LABEL = /^(?:advertisement|advertising|ad|sponsored(?: content)?|story continues below(?: advertisement)?)$/i;

/** A clutter-marked element holding more than this share of the text is kept. */
const MAX_CLUTTER_SHARE = 0.5;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Collects the text of `root`, collapsing white space inside paragraphs and separating blocks with "\n\n". */
export function blockText(root: Node): string {
  const paragraphs: string[] = [];
  const rootChars = root.textContent?.length ?? 0;
  let current = '';
  const flush = () => {
    const p = current.replace(/[ \t\r\n\f]+/g, ' ').trim();
    if (p && !AD_LABEL.test(p)) paragraphs.push(p);
    current = '';
  };
  // An explicit stack, not recursion: a hostile page may nest elements tens of thousands deep.
  const stack: { node: Node; leaving: boolean }[] = [{ node: root, leaving: false }];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop()!;
    if (leaving) {
      flush();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) continue;
    const marks = `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('aria-label') ?? ''}`;
    // A clutter mark on an element that holds most of the article (a theme's "post-share" wrapper) is not clutter.
    if (marks.trim() && CLUTTER.test(marks) && (el.textContent?.length ?? 0) < rootChars * MAX_CLUTTER_SHARE) continue;
    const block = BLOCK.has(tag);
    if (block) {
      flush();
      stack.push({ node, leaving: true });
    }
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push({ node: child, leaving: false });
  }
  flush();
  return paragraphs.join('\n\n');
}
