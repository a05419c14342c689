/**
 * One analysed page: paints its highlights, shows the hover card for the highlight under the pointer or the keyboard
 * selection, reveals spans on request, and removes everything it added on dispose.
 */
import type { Analysis } from '../engine/analysis';
import { rangeAtPoint, rangeAtSelection } from '../highlight/hit-test';
import { paintHighlights, type Painting } from '../highlight/paint-highlights';
import type { Card } from '../related/card';
import { anchorSpans } from '../anchoring/anchor-spans';
import { collectDomText, rangeFor } from '../anchoring/dom-text';
import { anchorAnalysis, type Anchored } from './anchor-analysis';
import { createSlicer } from './slicer';

export interface CardUi {
  /** Shows `card` beside `anchor`; with `focus` (the keyboard opened it) the card takes focus until it is hidden. */
  show(card: Card, anchor: DOMRect, articleDate: string | null, opts?: { focus?: boolean }): void;
  hide(): void;
  /** The card's text as shown, or null when none is shown (tests and diagnostics). */
  text(): string | null;
  dispose(): void;
}

export interface SessionOptions {
  highlights: boolean;
  hoverCards: boolean;
  /** Paint by wrapping text even where the Highlight API exists (tests and old browsers). */
  forceWrap?: boolean;
}

export interface PageSession {
  /** What has been placed on the page so far, in reading order (all of it once `ready` has resolved). */
  readonly anchored: Anchored[];
  readonly orphans: number;
  /** From the start of anchoring to its end, slices and the pauses between them, in ms. */
  readonly anchorMs: number;
  /** Resolves when every span has been anchored and painted (or the session was disposed first). */
  readonly ready: Promise<void>;
  readonly highlightsOn: boolean;
  readonly method: Painting['method'] | null;
  setHighlights(on: boolean): void;
  setHoverCards(on: boolean): void;
  /** Scrolls to the span and flashes it; false when it is not on the page. */
  reveal(start: number, end: number): boolean;
  /** The live range of a span of the extracted text (a quote, statement or mention), or null when not on the page. */
  rangeOf(start: number, end: number): Range | null;
  /** Selects the next mention after the current selection and shows its card. */
  focusNext(): void;
  dispose(): void;
}

const FLASH_MS = 1200;

/**
 * Starts a session for `analysis` on `doc`; `text` is the extracted article text the offsets refer to, read from
 * `root` (the body, or the article element of a large page).
 */
export function startPageSession(
  doc: Document,
  root: Element,
  text: string,
  analysis: Analysis,
  ui: CardUi,
  opts: SessionOptions,
): PageSession {
  const win = doc.defaultView!;
  const anchored: Anchored[] = [];
  const mentions: Anchored[] = [];
  const ranges: Range[] = [];
  let orphans = 0;
  let anchorMs = 0;
  let complete = false;
  let disposed = false;
  const cards = new Map(analysis.cards.map((c) => [c.group, c]));
  const articleDate = analysis.article?.publishedTime?.slice(0, 10) ?? null;
  let painting: Painting | null = null;
  let flash: Painting | null = null;
  let hoverOn = opts.hoverCards;
  let shown = -1;
  let frame = 0;

  const painted = (items: Anchored[]) => items.map(({ kind, range }) => ({ kind, range }));
  const paint = (on: boolean) => {
    painting?.dispose();
    painting = on ? paintHighlights(doc, [], { forceWrap: opts.forceWrap }) : null;
    // Wrapping changes the text later ranges point into: it waits for the whole set.
    if (painting && (painting.method === 'highlight-api' || complete)) painting.add(painted(anchored));
  };
  const onSlice = (batch: Anchored[]) => {
    anchored.push(...batch);
    for (const a of batch)
      if (a.group !== null) {
        mentions.push(a);
        ranges.push(a.range);
      }
    if (painting?.method === 'highlight-api') painting.add(painted(batch));
  };
  const anchorStart = performance.now();
  const ready = anchorAnalysis(
    root,
    text,
    analysis,
    createSlicer(win, () => disposed),
    onSlice,
  ).then((r) => {
    anchorMs = performance.now() - anchorStart;
    orphans = r.orphans;
    if (disposed) return;
    complete = true;
    if (painting?.method === 'wrap') painting.add(painted(anchored));
  });

  const showAt = (i: number, focus = false) => {
    if (i === shown) return;
    shown = i;
    const m = mentions[i];
    const card = m?.group ? cards.get(m.group) : undefined;
    if (!m || !card || !hoverOn || !painting) return ui.hide();
    ui.show(card, m.range.getBoundingClientRect(), articleDate, { focus });
  };
  const onMove = (e: MouseEvent) => {
    // Only the reader's own pointer: a page can dispatch mouse events of its own.
    if (!e.isTrusted || frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      const i = rangeAtPoint(doc, ranges, e.clientX, e.clientY);
      if (i >= 0 || !(e.target as Element | null)?.closest?.('[data-on-record="card"]')) showAt(i);
    });
  };
  const onSelection = () => {
    const i = rangeAtSelection(doc, ranges);
    if (i >= 0) showAt(i);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && shown >= 0) showAt(-1);
  };
  // Keep the card beside its words while the page scrolls.
  const onScroll = () => {
    if (shown < 0 || frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      const i = shown;
      shown = -1;
      showAt(i);
    });
  };

  /** The live range of a span: the painted one when it is painted, else anchored now (statements are not painted). */
  const rangeOf = (start: number, end: number): Range | null => {
    const exact = anchored.find((a) => a.start === start && a.end === end);
    if (exact) return exact.range;
    const dom = collectDomText(root);
    const [span] = anchorSpans(text, dom.text, [{ start, end }]);
    return span ? rangeFor(dom, span.start, span.end) : null;
  };

  paint(opts.highlights);
  doc.addEventListener('mousemove', onMove, { passive: true });
  doc.addEventListener('selectionchange', onSelection);
  doc.addEventListener('keydown', onKey);
  win.addEventListener('scroll', onScroll, { passive: true });

  return {
    anchored,
    get orphans() {
      return orphans;
    },
    get anchorMs() {
      return anchorMs;
    },
    ready,
    get highlightsOn() {
      return painting !== null;
    },
    get method() {
      return painting?.method ?? null;
    },
    setHighlights(on) {
      paint(on);
      if (!on) showAt(-1);
    },
    setHoverCards(on) {
      hoverOn = on;
      if (!on) showAt(-1);
    },
    rangeOf,
    reveal(start, end) {
      // The whole span asked for (a reported statement is many words, not the name inside it); a span that cannot
      // be placed falls back to a painted highlight inside or across it.
      const range =
        rangeOf(start, end) ??
        (anchored.find((a) => a.start <= start && end <= a.end) ?? anchored.find((a) => a.start < end && start < a.end))
          ?.range;
      if (!range) return false;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      flash?.dispose();
      const f = paintHighlights(doc, [{ kind: 'flash', range }], { forceWrap: opts.forceWrap });
      flash = f;
      win.setTimeout(() => {
        f.dispose();
        if (flash === f) flash = null;
      }, FLASH_MS);
      return true;
    },
    focusNext() {
      if (mentions.length === 0) return;
      const next = (Math.max(shown, rangeAtSelection(doc, ranges)) + 1) % mentions.length;
      const sel = doc.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(mentions[next]!.range.cloneRange());
      mentions[next]!.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      shown = -1;
      showAt(next, true);
    },
    dispose() {
      disposed = true;
      doc.removeEventListener('mousemove', onMove);
      doc.removeEventListener('selectionchange', onSelection);
      doc.removeEventListener('keydown', onKey);
      win.removeEventListener('scroll', onScroll);
      if (frame) win.cancelAnimationFrame(frame);
      painting?.dispose();
      flash?.dispose();
      painting = flash = null;
      ui.hide();
    },
  };
}
