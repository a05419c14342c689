/** The text of a live page as one string, with a map from string offsets back to its text nodes. */

export interface DomText {
  text: string;
  nodes: Text[];
  /** `starts[i]` is the offset in `text` where `nodes[i]` begins. */
  starts: number[];
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'SVG', 'IFRAME']);
const SHOW_ELEMENT = 1;
const SHOW_TEXT = 4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;

/** Collects the text nodes under `root` in document order, skipping code, form fields and On Record's own UI. */
export function collectDomText(root: Node): DomText {
  const doc = root.ownerDocument ?? (root as Document);
  // Elements are visited only to reject whole subtrees: one visit per node, whatever the depth.
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === 3) return FILTER_ACCEPT;
      const tag = (node as Element).tagName.toUpperCase();
      return SKIP.has(tag) || tag.startsWith('ON-RECORD-') ? FILTER_REJECT : FILTER_SKIP;
    },
  });
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const value = (n as Text).data;
    nodes.push(n as Text);
    starts.push(length);
    parts.push(value);
    length += value.length;
  }
  return { text: parts.join(''), nodes, starts };
}

/** The text node and offset at `offset` of the collected text (binary search). */
function locate(dom: DomText, offset: number, preferEnd: boolean): { node: Text; offset: number } | null {
  let lo = 0;
  let hi = dom.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (dom.starts[mid]! < offset || (!preferEnd && dom.starts[mid] === offset)) lo = mid;
    else hi = mid - 1;
  }
  const node = dom.nodes[lo];
  return node ? { node, offset: offset - dom.starts[lo]! } : null;
}

/** A live Range over [start, end) of the collected text, or null when the offsets fall outside it. */
export function rangeFor(dom: DomText, start: number, end: number): Range | null {
  const a = locate(dom, start, false);
  const b = locate(dom, end, true);
  if (!a || !b) return null;
  const range = a.node.ownerDocument.createRange();
  range.setStart(a.node, Math.min(a.offset, a.node.length));
  range.setEnd(b.node, Math.min(b.offset, b.node.length));
  return range;
}
