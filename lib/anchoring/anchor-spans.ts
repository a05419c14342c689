/**
 * Maps spans of the extracted article text back to the live page's text, which Readability normalised (white space,
 * dropped blocks) and the page may have changed since. Each span is found by its own words, and among several
 * occurrences the one whose preceding words best match the span's context wins; failing that, fuzzy matching
 * (approx-string-match, as Hypothesis does) on the span itself. A span that cannot be placed is an orphan (null).
 */
import approxSearch from 'approx-string-match';
import { foldText } from '../text/normalize';

export interface Span {
  start: number;
  end: number;
}

const ASCII_SPACE = /[\t\n\v\f\r]/g;
/** How many characters of context before a span to compare. */
const CONTEXT = 32;
/** How many later occurrences to weigh against each other. */
const CANDIDATES = 8;
/** Fuzzy matching tolerates one error per this many characters. */
const CHARS_PER_ERROR = 8;

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Anchors spans of `extracted` in `live` one at a time, in reading order: the texts are folded once, up front. */
export function createAnchorer(extracted: string, live: string): (span: Span) => Span | null {
  // foldText leaves ASCII control white space (a page's indentation: "Obama\n        is") as it is; one space for
  // each keeps every offset and lets a quote that wraps in the page's source match the extracted text exactly.
  const e = foldText(extracted.replace(ASCII_SPACE, ' '));
  const l = foldText(live.replace(ASCII_SPACE, ' '));
  // Folded offset of an original offset: the first folded character at or after it.
  const toFolded = new Int32Array(extracted.length + 1).fill(-1);
  for (let i = e.map.length - 1; i >= 0; i--) toFolded[e.map[i]!] = i;
  for (let i = extracted.length - 1; i >= 0; i--) if (toFolded[i] === -1) toFolded[i] = toFolded[i + 1]!;
  const liveEnd = (f: number) => (f >= l.map.length - 1 ? live.length : l.map[f - 1]! + 1);

  let cursor = 0;
  const used = new Set<number>();
  return (span) => {
    const fs = toFolded[span.start]!;
    const fe = toFolded[span.end]!;
    const needle = e.text.slice(fs, fe).trim();
    if (!needle) return null;
    // The words before and after the span tell its occurrences apart; either side may have changed on the page.
    const before = e.text.slice(Math.max(0, fs - CONTEXT), fs);
    const after = e.text.slice(fe, fe + CONTEXT);
    const full = before.length + after.length;
    let best = -1;
    let bestScore = -1;
    const consider = (from: number) => {
      for (
        let k = 0, at = l.text.indexOf(needle, from);
        at >= 0 && k < CANDIDATES;
        k++, at = l.text.indexOf(needle, at + 1)
      ) {
        if (used.has(at)) continue;
        const score =
          commonSuffix(before, l.text.slice(Math.max(0, at - CONTEXT), at)) +
          commonPrefix(after, l.text.slice(at + needle.length, at + needle.length + CONTEXT));
        if (score > bestScore) [best, bestScore] = [at, score];
        if (score >= full) break;
      }
    };
    consider(cursor);
    if (bestScore < full / 2) consider(0);
    let start = best;
    let end = best + needle.length;
    if (best < 0) {
      const matches = approxSearch(
        l.text,
        needle.slice(0, 64),
        Math.floor(Math.min(needle.length, 64) / CHARS_PER_ERROR),
      );
      const m = matches.sort((a, b) => a.errors - b.errors)[0];
      if (!m) return null;
      start = m.start;
      end = needle.length > 64 ? Math.min(l.text.length, m.start + needle.length) : m.end;
    }
    cursor = end;
    used.add(start);
    return { start: l.map[start]!, end: liveEnd(end) };
  };
}

/** Anchors `spans` (offsets into `extracted`) in `live`; returns live offsets or null for each, in the same order. */
export function anchorSpans(extracted: string, live: string, spans: Span[]): (Span | null)[] {
  const anchor = createAnchorer(extracted, live);
  return spans.map(anchor);
}
