/** Finds which painted range lies under a point: highlights receive no events, so hover is hit-tested. */

interface CaretDoc {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as unknown as CaretDoc;
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

const inside = (rect: DOMRect, x: number, y: number) =>
  x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1;

/** Index of the range under (x, y), or -1; the caret must be in the range and the point on one of its boxes. */
export function rangeAtPoint(doc: Document, ranges: Range[], x: number, y: number): number {
  const caret = caretAt(doc, x, y);
  if (!caret) return -1;
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i]!;
    try {
      if (!r.isPointInRange(caret.node, caret.offset)) continue;
    } catch {
      continue;
    }
    if (Array.from(r.getClientRects()).some((rect) => inside(rect, x, y))) return i;
  }
  return -1;
}

/** Index of the range that contains the current selection's focus point, or -1. */
export function rangeAtSelection(doc: Document, ranges: Range[]): number {
  const sel = doc.getSelection();
  if (!sel || sel.rangeCount === 0 || !sel.focusNode) return -1;
  return ranges.findIndex((r) => {
    try {
      return r.isPointInRange(sel.focusNode!, sel.focusOffset) && r.isPointInRange(sel.anchorNode!, sel.anchorOffset);
    } catch {
      return false;
    }
  });
}
