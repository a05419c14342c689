/**
 * Builds and re-anchors a flag's selectors against a page's text. Re-anchoring tries the recorded position, then the
 * exact words (the occurrence whose context matches best), then fuzzy matching with approx-string-match, as
 * Hypothesis does: a flag survives the page's markup changing around it.
 */
import approxSearch from 'approx-string-match';
import type { TextPositionSelector, TextQuoteSelector } from './annotation';

/** Characters of context kept on each side of the words. */
export const CONTEXT_CHARS = 32;

/** The selectors for [start, end) of `text` (the page's text content). */
export function describeSpan(text: string, start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: text.slice(end, end + CONTEXT_CHARS),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

/** Scoring weights when several places could be the flag: context on each side, and closeness to the old position. */
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };

function similarity(a: string, b: string): number {
  if (!a && !b) return 1;
  const max = Math.max(a.length, b.length);
  const m = approxSearch(b, a.slice(0, 64), Math.floor(Math.min(a.length, 64) / 2))[0];
  return m ? 1 - m.errors / Math.max(1, Math.min(a.length, 64)) : max === 0 ? 1 : 0;
}

/** Finds the flag's words in `text` (exactly, else with up to one error in eight characters); null when gone. */
export function anchorQuote(
  text: string,
  quote: TextQuoteSelector,
  position?: TextPositionSelector,
): { start: number; end: number } | null {
  const { exact } = quote;
  if (position && text.slice(position.start, position.end) === exact)
    return { start: position.start, end: position.end };
  const maxErrors = Math.min(32, Math.floor(exact.length / 8));
  let candidates = exactMatches(text, exact);
  if (candidates.length === 0 && exact.length >= 4)
    candidates = approxSearch(text, exact.slice(0, 256), Math.max(1, maxErrors));
  let best: { start: number; end: number; score: number } | null = null;
  for (const c of candidates.slice(0, 50)) {
    const quoteScore = 1 - c.errors / Math.max(1, exact.length);
    const prefixScore = similarity(quote.prefix, text.slice(Math.max(0, c.start - quote.prefix.length), c.start));
    const suffixScore = similarity(quote.suffix, text.slice(c.end, c.end + quote.suffix.length));
    const positionScore = position ? 1 - Math.min(1, Math.abs(c.start - position.start) / Math.max(1, text.length)) : 0;
    const score =
      WEIGHTS.quote * quoteScore +
      WEIGHTS.prefix * prefixScore +
      WEIGHTS.suffix * suffixScore +
      WEIGHTS.position * positionScore;
    if (!best || score > best.score) best = { start: c.start, end: c.end, score };
  }
  return best && best.score >= WEIGHTS.quote * 0.5 ? { start: best.start, end: best.end } : null;
}

function exactMatches(text: string, exact: string) {
  const out: { start: number; end: number; errors: number }[] = [];
  for (let at = text.indexOf(exact); at >= 0 && out.length < 50; at = text.indexOf(exact, at + 1))
    out.push({ start: at, end: at + exact.length, errors: 0 });
  return out;
}
