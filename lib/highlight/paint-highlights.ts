/**
 * The one module that paints on the page. With the CSS Custom Highlight API nothing is added to the DOM: ranges are
 * registered by name and styled by the sheet the manifest injects (entrypoints/content/highlights.css). Where the API is missing, text is wrapped in
 * <on-record-mark> elements. Either way, `dispose()` removes every trace.
 */
import { HIGHLIGHT_PREFIX, type HighlightKind } from './highlight-kinds';

export interface Painted {
  kind: HighlightKind;
  range: Range;
}

export interface Painting {
  /** Which method painted: 'highlight-api' leaves the DOM untouched. */
  method: 'highlight-api' | 'wrap';
  /**
   * Paints more ranges. With the Highlight API this is cheap and may be called per slice; wrapping changes the DOM
   * that later ranges point into, so a wrapped painting should get its ranges in one call.
   */
  add(items: Painted[]): void;
  dispose(): void;
}

interface HighlightApi {
  highlights: Map<string, unknown>;
}
type HighlightCtor = new (...ranges: Range[]) => { add(range: Range): unknown };

function cssOf(doc: Document): HighlightApi | null {
  const css = (doc.defaultView as unknown as { CSS?: Partial<HighlightApi> } | null)?.CSS;
  const ctor = (doc.defaultView as unknown as { Highlight?: HighlightCtor } | null)?.Highlight;
  return css?.highlights && ctor ? (css as HighlightApi) : null;
}

function paintWithApi(doc: Document, api: HighlightApi, items: Painted[]): Painting {
  const Highlight = (doc.defaultView as unknown as { Highlight: HighlightCtor }).Highlight;
  const byKind = new Map<HighlightKind, { add(range: Range): unknown }>();
  const add = (more: Painted[]) => {
    for (const item of more) {
      let highlight = byKind.get(item.kind);
      if (!highlight) {
        // Ranges are added one by one: spreading tens of thousands as arguments overflows the call stack.
        highlight = new Highlight();
        api.highlights.set(`${HIGHLIGHT_PREFIX}${item.kind}`, highlight);
        byKind.set(item.kind, highlight);
      }
      highlight.add(item.range);
    }
  };
  add(items);
  return {
    method: 'highlight-api',
    add,
    dispose() {
      for (const kind of byKind.keys()) api.highlights.delete(`${HIGHLIGHT_PREFIX}${kind}`);
      byKind.clear();
    },
  };
}

/** Wraps each text node a range covers in a mark element; returns the marks for the undo. */
function wrapRange(doc: Document, kind: HighlightKind, range: Range): Element[] {
  const marks: Element[] = [];
  const walker = doc.createTreeWalker(range.commonAncestorContainer, 4);
  const texts: Text[] = [];
  if (range.commonAncestorContainer.nodeType === 3) texts.push(range.commonAncestorContainer as Text);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) texts.push(n as Text);
  for (const text of texts) {
    const start = text === range.startContainer ? range.startOffset : 0;
    const end = text === range.endContainer ? range.endOffset : text.length;
    if (end <= start) continue;
    const target = text.splitText(start);
    target.splitText(end - start);
    const mark = doc.createElement('on-record-mark');
    mark.setAttribute('data-kind', kind);
    target.parentNode!.replaceChild(mark, target);
    mark.appendChild(target);
    marks.push(mark);
  }
  return marks;
}

function paintByWrapping(doc: Document, items: Painted[]): Painting {
  const marks: Element[] = [];
  // Wrap from the end so earlier ranges' offsets stay valid.
  const add = (more: Painted[]) => {
    for (const item of [...more].reverse()) marks.push(...wrapRange(doc, item.kind, item.range));
  };
  add(items);
  return {
    method: 'wrap',
    add,
    dispose() {
      for (const mark of marks.splice(0)) {
        const parent = mark.parentNode;
        if (!parent) continue;
        while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
        parent.removeChild(mark);
        parent.normalize();
      }
    },
  };
}

/** Paints the ranges; `forceWrap` exercises the fallback where the Highlight API exists. */
export function paintHighlights(doc: Document, items: Painted[], opts: { forceWrap?: boolean } = {}): Painting {
  const api = opts.forceWrap ? null : cssOf(doc);
  return api ? paintWithApi(doc, api, items) : paintByWrapping(doc, items);
}
