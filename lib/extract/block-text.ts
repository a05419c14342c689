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

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Collects the text of `root`, collapsing white space inside paragraphs and separating blocks with "\n\n". */
export function blockText(root: Node): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const p = current.replace(/[ \t\r\n\f]+/g, ' ').trim();
    if (p && !AD_LABEL.test(p)) paragraphs.push(p);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === TEXT_NODE) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    const el = node as Element;
    const marks = `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('aria-label') ?? ''}`;
    if (marks.trim() && CLUTTER.test(marks)) return;
    const block = BLOCK.has(tag);
    if (block) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}
