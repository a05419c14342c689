/** Places the hover card next to the highlighted words without ever covering them: below, else above, in view. */

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** The gap between the words and the card, in pixels. */
const GAP = 8;

/** Returns the card's top-left corner in viewport coordinates. */
export function placeCard(
  anchor: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): { top: number; left: number } {
  const below = anchor.top + anchor.height + GAP;
  const above = anchor.top - GAP - card.height;
  const top = below + card.height <= viewport.height || above < 0 ? below : above;
  const left = Math.max(GAP, Math.min(anchor.left, viewport.width - card.width - GAP));
  return { top, left };
}
