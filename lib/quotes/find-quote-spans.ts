/** Finds the spans of direct quotations: straight and curly double quotes, «guillemets», „German quotes“, continued paragraphs. */

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark. */
  close: number;
}

const OPENERS: Record<string, string> = { '\u201C': '\u201D', '\u00AB': '\u00BB', '\u201E': '\u201C\u201D', '"': '"' };

/** Scans once through the text; an unclosed quote continues only where the next paragraph reopens it. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  let closers = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (open >= 0 && closers.includes(ch)) {
      if (i - open > 1) spans.push({ open, close: i });
      open = -1;
      continue;
    }
    if (ch === '\n' && text[i + 1] === '\n' && open >= 0) {
      // Newspaper style: a quote running into the next paragraph has no closing mark, and that paragraph reopens it.
      let j = i + 2;
      while (text[j] === ' ') j++;
      if (OPENERS[text[j] ?? ''] === closers) {
        i = j;
        continue;
      }
      open = -1;
      continue;
    }
    if (open < 0 && ch in OPENERS) {
      open = i;
      closers = OPENERS[ch]!;
    }
  }
  return spans;
}
