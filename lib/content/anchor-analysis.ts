/** Turns the engine's offsets into live ranges on the page: mentions, then quotes with their dataset status. */
import { anchorSpans } from '../anchoring/anchor-spans';
import { collectDomText, rangeFor } from '../anchoring/dom-text';
import type { Analysis } from '../engine/analysis';
import type { HighlightKind } from '../highlight/highlight-kinds';

export interface Anchored {
  kind: HighlightKind;
  range: Range;
  /** The span in the extracted text (what the side panel refers to). */
  start: number;
  end: number;
  /** The mention group (person or event), or null for a quote. */
  group: string | null;
}

export interface AnchorResult {
  anchored: Anchored[];
  /** Spans that could not be placed on the live page (orphans). */
  orphans: number;
}

/** Anchors every mention and quote of `analysis` (whose article text is `text`) in `root`. */
export function anchorAnalysis(root: Node, text: string, analysis: Analysis): AnchorResult {
  const dom = collectDomText(root);
  const items = [
    // An event outside the dataset has no card to show: it is listed in the side panel, not painted.
    ...analysis.mentions
      .filter((m) => m.kind === 'person' || m.id !== null)
      .map((m) => ({ kind: m.kind as HighlightKind, start: m.start, end: m.end, group: m.group })),
    ...analysis.quotes.map((q) => ({
      kind: (q.known ? 'quote-known' : 'quote-new') as HighlightKind,
      start: q.start,
      end: q.end,
      group: null,
    })),
  ].sort((a, b) => a.start - b.start);
  const spans = anchorSpans(text, dom.text, items);
  const anchored: Anchored[] = [];
  spans.forEach((span, i) => {
    const range = span && rangeFor(dom, span.start, span.end);
    if (range) anchored.push({ ...items[i]!, range });
  });
  return { anchored, orphans: items.length - anchored.length };
}
