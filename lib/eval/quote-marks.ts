/** Finds the spans of a text that stand between quotation marks, paragraph by paragraph. */

const OPEN = new Set(['“', '„', '«']);
const CLOSE = new Set(['”', '»']);

/** A straight double quote opens a quotation at the start of a paragraph or after a space or an opening bracket. */
function isStraightOpen(text: string, i: number): boolean {
  return i === 0 || /[\s([{—–-]/.test(text[i - 1]!);
}

/**
 * The [start, end) spans of the words inside each pair of double quotation marks (curly or straight). A quotation
 * with no closing mark in its paragraph runs to the paragraph's end, as multi-paragraph quotes are written.
 * Single quotation marks are not read: they are apostrophes far more often than quotes in these texts.
 */
export function quotedSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  let straightOpen = false;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (ch === undefined || ch === '\n') {
      if (open >= 0 && i > open) out.push([open, i]);
      open = -1;
      continue;
    }
    // The New York Times writes a straight double quote as two apostrophes.
    const doubled = ch === "'" && text[i + 1] === "'";
    const straight = ch === '"' || doubled;
    if (open < 0) {
      if (OPEN.has(ch) || (straight && isStraightOpen(text, i)))
        [open, straightOpen] = [i + (doubled ? 2 : 1), straight];
    } else if (straightOpen ? straight : CLOSE.has(ch)) {
      // A quotation inside a quotation uses the other kind of mark, and stays inside.
      if (i > open) out.push([open, i]);
      open = -1;
      if (doubled) i++;
    }
  }
  return out.filter(([s, e]) => /\p{L}/u.test(text.slice(s, e)));
}

/** Number of words in a text. */
export function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w)).length;
}
