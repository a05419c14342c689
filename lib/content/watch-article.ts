/**
 * The content script's life on one page: reads the article (from a clone), asks the background to analyse it,
 * paints the result, and runs again after SPA navigation or when a late-loading article grows. Every listener and
 * timer belongs to `life`, which only the extension can end (never the page), and ending it removes them all.
 */
import type { Analysis } from '../engine/analysis';
import { articleScope } from '../extract/article-scope';
import { extractArticleInSteps } from '../extract/extract-article';
import { createSlicer } from './slicer';
import { type Message, type Reply, parseMessage } from '../messaging/contract';
import type { ExtensionApi } from '../messaging/extension-api';
import { isExcluded, loadSettings, settingsItem, type Settings } from '../settings/settings';
import type { Article } from '../extract/article';
import { describeRange } from './describe-for-flag';
import { type CardUi, type PageSession, startPageSession } from './page-session';
import { type Lifetime, watchLocation } from './lifetime';
import { createRunGate } from './run-gate';

/** When to look again for an article that arrives late, in ms after start; bounded and cheap. */
const GROWTH_CHECKS = [1500, 4000, 9000];
/** How long after an SPA navigation to read the new view. */
const SPA_SETTLE_MS = 400;
/** Growth that counts as the article having arrived: a fifth more text and at least this many characters. */
const MIN_GROWTH = 500;
/** Re-reads of one page are at least this far apart, whatever the page does. */
const MIN_GAP_MS = 1000;

/** Where the time of one run went, in ms of `performance.now()` (the page's clock). */
export interface PageTimings {
  /** When the run began: document_idle for the first run, when the script started. */
  startedAt: number;
  extractMs: number;
  /** Waiting for the background's analysis (engine and messaging). */
  analyseMs: number;
  anchorMs: number;
  paintMs: number;
  /** From `startedAt` to highlights painted. */
  totalMs: number;
}

export interface WatchOptions {
  browser: ExtensionApi;
  /** When the script started (`performance.now()`), so the first run's timings count from document_idle. */
  startedAt?: number;
  createCardUi: () => CardUi;
  /** Run now even in click-only mode (the script was injected by a toolbar click). */
  triggered?: boolean;
}

/** Yields to the page: the rest runs in a later task, after input and rendering waiting in the queue. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Starts watching the page; returns the current session for tests and debugging. */
export async function watchArticle(
  life: Lifetime,
  doc: Document,
  opts: WatchOptions,
): Promise<() => PageSession | null> {
  const { browser } = opts;
  let { settings } = await loadSettings();
  let session: PageSession | null = null;
  let article: Article | null = null;
  let ui: CardUi | null = null;
  let highlightsOn = settings.highlights;
  let started = opts.triggered === true;
  let timings: PageTimings | null = null;
  let firstStart = opts.startedAt ?? null;

  const send = async (m: Message) => (await browser.runtime.sendMessage(m)) as Reply<Analysis>;
  const stop = () => {
    session?.dispose();
    session = null;
  };

  const run = async () => {
    if (life.isInvalid) return;
    if (isExcluded(settings, doc.location.hostname) || (settings.clickOnly && !started)) return stop();
    const startedAt = firstStart ?? performance.now();
    firstStart = null;
    try {
      const t0 = performance.now();
      // Each step of reading the article runs between the page's frames (see extractArticleInSteps).
      const slicer = createSlicer(doc.defaultView!, () => life.isInvalid);
      const scope = articleScope(doc);
      await slicer.pause();
      const extraction = await extractArticleInSteps(doc, scope, slicer.pause);
      const t1 = performance.now();
      const reply = await send({ type: 'analyze-article', url: doc.location.href, extraction });
      if (life.isInvalid) return;
      stop();
      if (!reply?.ok || extraction.kind !== 'article') return;
      article = extraction.article;
      ui ??= opts.createCardUi();
      // A new task for the page work, so reading the article and painting never add up to one long task.
      const t2 = performance.now();
      await nextTask();
      const t3 = performance.now();
      const current = startPageSession(doc, scope ?? doc.body, extraction.article.text, reply.value, ui, {
        highlights: highlightsOn,
        hoverCards: settings.hoverCards,
      });
      session = current;
      // Anchoring and painting go on in slices between the page's frames; the timings are for the whole of it.
      await current.ready;
      if (session !== current) return;
      const t4 = performance.now();
      timings = {
        startedAt,
        extractMs: t1 - t0,
        analyseMs: t2 - t1,
        anchorMs: current.anchorMs,
        paintMs: Math.max(0, t4 - t3 - current.anchorMs),
        totalMs: t4 - startedAt,
      };
    } catch (e) {
      // After an extension update the old content script's context is gone: clean up and say nothing.
      if (String(e).includes('Extension context invalidated')) return stop();
      console.warn('On Record: could not analyse this page:', e);
    }
  };
  const gate = createRunGate(run, life, MIN_GAP_MS);

  const onMessage = (raw: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const m = parseMessage(raw);
    if (!m) return undefined;
    switch (m.type) {
      case 'toggle-highlights':
        highlightsOn = !(session?.highlightsOn ?? highlightsOn);
        session?.setHighlights(highlightsOn);
        void browser.runtime
          .sendMessage({ type: 'highlights-toggled', on: highlightsOn } satisfies Message)
          .catch(() => {});
        return Promise.resolve(highlightsOn);
      case 'focus-next-mention':
        session?.focusNext();
        return Promise.resolve(true);
      case 'reveal-span':
        return Promise.resolve(session?.reveal(m.start, m.end) ?? false);
      case 'describe-span': {
        const range = session?.rangeOf(m.start, m.end);
        return Promise.resolve(range ? describeRange(doc, range, article) : null);
      }
      case 'describe-selection': {
        const sel = doc.getSelection();
        const range = sel && sel.rangeCount > 0 && !sel.isCollapsed ? sel.getRangeAt(0) : null;
        return Promise.resolve(range ? describeRange(doc, range, article) : null);
      }
      case 'get-page-timings':
        return Promise.resolve(timings);
      case 'get-page-address':
        return Promise.resolve(doc.location.href);
      case 'get-card-text':
        return Promise.resolve(ui?.text() ?? null);
      case 'run-now':
        started = true;
        return gate.runNow().then(() => true);
      default:
        return undefined;
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  life.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    stop();
    ui?.dispose();
  });

  const unwatch = settingsItem.watch((next: Settings | null) => {
    if (!next) return;
    const wasRunning = session !== null;
    settings = next;
    highlightsOn = next.highlights;
    session?.setHighlights(next.highlights);
    session?.setHoverCards(next.hoverCards);
    if (isExcluded(next, doc.location.hostname) || (next.clickOnly && !started)) stop();
    else if (!wasRunning) gate.request();
  });
  life.onInvalidated(unwatch);

  // Watch from the start: a navigation while the first read is in flight is queued, not missed.
  const first = gate.runNow();
  // The app changes the URL before it has rendered the new view: let it settle.
  let settle = 0;
  watchLocation(life, doc.location, () => {
    clearTimeout(settle);
    settle = life.setTimeout(() => gate.request(), SPA_SETTLE_MS);
  });
  // Back/forward cache: the page comes back as it was; tell the background again so the panel follows. Only the
  // browser's own event counts: a page can dispatch a "pageshow" of its own.
  life.addEventListener(doc.defaultView!, 'pageshow', (e) => {
    if (e.isTrusted && (e as PageTransitionEvent).persisted) gate.request();
  });
  const initialLength = doc.body?.textContent?.length ?? 0;
  let grown = false;
  for (const delay of GROWTH_CHECKS) {
    life.setTimeout(() => {
      const length = doc.body?.textContent?.length ?? 0;
      if (!grown && length - initialLength >= Math.max(MIN_GROWTH, initialLength / 5)) {
        grown = true;
        gate.request();
      }
    }, delay);
  }
  await first;
  return () => session;
}
