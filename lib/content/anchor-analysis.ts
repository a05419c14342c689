/**
 * Turns the engine's offsets into live ranges on the page: mentions and quotes in reading order, in slices of a few
 * milliseconds with a pause between them, so the page renders and answers input while a long article is anchored.
 */
import { createAnchorer } from '../anchoring/anchor-spans';
import { collectDomText, rangeFor } from '../anchoring/dom-text';
import type { Analysis } from '../engine/analysis';
import type { HighlightKind } from '../highlight/highlight-kinds';
import type { Slicer } from './slicer';

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
  /** False when the slicer stopped the work before the end. */
  complete: boolean;
}

/**
 * Anchors every mention and quote of `analysis` (whose article text is `text`) in `root`, handing each slice's ranges
 * to `onSlice` as soon as they are placed (the first highlights appear before the last are found).
 */
export async function anchorAnalysis(
  root: Node,
  text: string,
  analysis: Analysis,
  slicer: Slicer,
  onSlice: (batch: Anchored[]) => void,
): Promise<AnchorResult> {
  const items = [
    ...analysis.mentions.map((m) => ({ kind: m.kind as HighlightKind, start: m.start, end: m.end, group: m.group })),
    ...analysis.quotes.map((q) => ({
      kind: (q.known ? 'quote-known' : 'quote-new') as HighlightKind,
      start: q.start,
      end: q.end,
      group: null,
    })),
  ].sort((a, b) => a.start - b.start);
  const anchored: Anchored[] = [];
  const result = (complete: boolean) => ({ anchored, orphans: items.length - anchored.length, complete });
  const dom = collectDomText(root);
  if (!(await slicer.pause())) return result(false);
  const anchor = createAnchorer(text, dom.text);
  let batch: Anchored[] = [];
  for (const item of items) {
    const span = anchor(item);
    const range = span && rangeFor(dom, span.start, span.end);
    if (range) {
      const a = { ...item, range };
      anchored.push(a);
      batch.push(a);
    }
    if (slicer.due()) {
      onSlice(batch);
      batch = [];
      if (!(await slicer.pause())) return result(false);
    }
  }
  if (batch.length) onSlice(batch);
  return result(true);
}
