/** Paragraph bounds of a text whose paragraphs are separated by blank lines, found once and looked up by offset. */
import { firstFrom } from './spans';

export interface Paragraphs {
  /** Where the paragraph holding offset `i` starts. */
  startOf(i: number): number;
  /** Where the paragraph holding offset `i` ends (its separator, or the text's end). */
  endOf(i: number): number;
}

/** Indexes every "\n\n" once, so each lookup is a binary search instead of a scan of the whole text. */
export function indexParagraphs(text: string): Paragraphs {
  // Every position where a blank line starts, overlapping runs included ("\n\n\n" holds two).
  const breaks: { start: number }[] = [];
  for (let at = text.indexOf('\n\n'); at >= 0; at = text.indexOf('\n\n', at + 1)) breaks.push({ start: at });
  return {
    startOf(i) {
      const k = firstFrom(breaks, i) - 1; // the last break starting at or before i - 1
      return k < 0 ? 0 : breaks[k]!.start + 2;
    },
    endOf(i) {
      return breaks[firstFrom(breaks, i)]?.start ?? text.length;
    },
  };
}
