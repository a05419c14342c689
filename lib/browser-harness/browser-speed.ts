/**
 * Speed in the real browser, for `npm run bench`: document_idle → highlights painted, the longest main-thread task and
 * animation frame the content script causes, the first page after the browser starts, and the side panel filled after
 * it opens. Node only (drives Chromium with the built extension over pages served from 127.0.0.1).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { PageTimings } from '../content/watch-article';
import { launchWithExtension, type Launched } from './launch-extension';
import { serveFolder, type Served } from './serve-folder';
import { tellTab, waitForAnalysis } from './tab-analysis';
import { largePageAround } from '../bench/generate';

/**
 * Records long tasks and long animation frames in the page's own world before any page script runs. Chromium's
 * `longtask` entries leave out work done in an extension's isolated world, so Long Animation Frames (which count it)
 * are watched too; a frame's work before rendering is the task's share. `__onRecordFlush` takes the entries still
 * queued in the observers, so none is missed by reading too early.
 */
export const OBSERVE_LONG_TASKS = `
  window.__onRecordLong = [];
  const keep = (kind) => (entries) => {
    for (const e of entries) {
      const work = kind === 'frame' ? (e.renderStart || e.startTime + e.duration) - e.startTime : e.duration;
      window.__onRecordLong.push({ kind, start: e.startTime, work, duration: e.duration });
    }
  };
  const observers = [];
  const watch = (type, kind) => {
    const o = new PerformanceObserver((list) => keep(kind)(list.getEntries()));
    o.observe({ type, buffered: true });
    observers.push([o, kind]);
  };
  watch('longtask', 'task');
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) watch('long-animation-frame', 'frame');
  window.__onRecordFlush = () => { for (const [o, kind] of observers) keep(kind)(o.takeRecords()); return window.__onRecordLong; };
`;

export interface LongEntry {
  kind: 'task' | 'frame';
  start: number;
  work: number;
  duration: number;
}

export interface PageFigures {
  page: string;
  idleToPaintedMs: number;
  extractMs: number;
  analyseMs: number;
  anchorMs: number;
  paintMs: number;
  longestTaskMs: number;
  longestFrameMs: number;
}

export interface BrowserFigures {
  /** The first page after the browser starts (the background loads the dataset's core for it). */
  cold: PageFigures;
  seeds: PageFigures[];
  large: PageFigures;
  /** From the side panel's navigation start to its first card shown, in ms. */
  panelFilledMs: number[];
  /** The service worker's start: reading the dataset's core and building the engine, and when that was done. */
  worker: { scriptMs: number; readCoreMs: number; buildEngineMs: number; readyAtMs: number } | null;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Lets two frames render, then takes every long entry reported since the page opened. */
export async function longEntries(page: Page): Promise<LongEntry[]> {
  return page.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0))));
    return (window as unknown as { __onRecordFlush(): LongEntry[] }).__onRecordFlush();
  });
}

async function openAndTime(b: Launched, origin: string, path: string) {
  const url = `${origin}${path}`;
  const since = new Date().toISOString();
  const page = await b.context.newPage();
  await page.goto(url);
  const { tabId } = await waitForAnalysis(b.worker, url, since, 60_000);
  const tell = () => tellTab(b.worker, tabId, { type: 'get-page-timings' }) as Promise<PageTimings | null>;
  let t: PageTimings | null = null;
  for (let i = 0; i < 600 && !(t = await tell()); i++) await page.waitForTimeout(50);
  if (!t) throw new Error(`${path}: no highlights were painted within 30 s`);
  return { page, tabId, timings: t };
}

async function measureOnce(b: Launched, origin: string, path: string): Promise<PageFigures> {
  const { page, timings: t } = await openAndTime(b, origin, path);
  const ours = (await longEntries(page)).filter((e) => e.start + e.duration >= t.startedAt);
  await page.close();
  return {
    page: path,
    idleToPaintedMs: round(t.totalMs),
    extractMs: round(t.extractMs),
    analyseMs: round(t.analyseMs),
    anchorMs: round(t.anchorMs),
    paintMs: round(t.paintMs),
    longestTaskMs: round(Math.max(0, ...ours.map((e) => e.work))),
    longestFrameMs: round(Math.max(0, ...ours.filter((e) => e.kind === 'frame').map((e) => e.duration))),
  };
}

/** The better of `runs` measurements of each figure: a busy machine only adds time. */
async function measure(b: Launched, origin: string, path: string, runs = 3): Promise<PageFigures> {
  const all: PageFigures[] = [];
  for (let i = 0; i < runs; i++) all.push(await measureOnce(b, origin, path));
  const best = all.reduce((x, y) => (y.idleToPaintedMs < x.idleToPaintedMs ? y : x));
  return {
    ...best,
    longestTaskMs: Math.min(...all.map((f) => f.longestTaskMs)),
    longestFrameMs: Math.min(...all.map((f) => f.longestFrameMs)),
  };
}

/** Opens the side panel for a tab and times it from navigation start to its first card. */
async function panelFilled(context: BrowserContext, extensionId: string, tabId: number): Promise<number> {
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  const shown = await panel.waitForFunction(
    () => (document.querySelector('li.card') ? performance.now() : false),
    null,
    { polling: 'raf', timeout: 30_000 },
  );
  const ms = (await shown.jsonValue()) as number;
  await panel.close();
  return round(ms);
}

/** Measures everything in one fresh browser; `pagesDir` holds the seed pages. */
export async function measureBrowserSpeed(pagesDir: string, log: (s: string) => void): Promise<BrowserFigures> {
  const server: Served = await serveFolder(pagesDir, {
    '/large.html': largePageAround(readFileSync(join(pagesDir, 'seed-003.html'), 'utf8')),
  });
  const b = await launchWithExtension();
  try {
    await b.context.addInitScript(OBSERVE_LONG_TASKS);
    log('browser: first page after start…');
    const cold = { ...(await measureOnce(b, server.origin, '/seed-000.html')), page: '/seed-000.html (first page)' };
    const marks = await b.worker.evaluate(() =>
      performance
        .getEntriesByType('measure')
        .filter((e) => e.name.startsWith('on-record:'))
        .map((e) => ({ name: e.name, duration: e.duration, end: e.startTime + e.duration })),
    );
    const mark = (name: string) => marks.find((m) => m.name === `on-record:${name}`);
    const built = mark('build-engine');
    const worker = built
      ? {
          scriptMs: round(mark('worker-script')?.duration ?? 0),
          readCoreMs: round(mark('read-core')!.duration),
          buildEngineMs: round(built.duration),
          readyAtMs: round(built.end),
        }
      : null;
    const seeds: PageFigures[] = [];
    for (const seed of ['000', '001', '002', '003', '004']) {
      log(`browser: seed ${seed}…`);
      seeds.push(await measure(b, server.origin, `/seed-${seed}.html`));
    }
    log('browser: 50,000-node page…');
    const large = await measure(b, server.origin, '/large.html');
    log('browser: side panel…');
    const { page, tabId } = await openAndTime(b, server.origin, '/seed-003.html');
    const panelFilledMs: number[] = [];
    for (let i = 0; i < 3; i++) panelFilledMs.push(await panelFilled(b.context, b.extensionId, tabId));
    await page.close();
    return { cold, seeds, large, panelFilledMs, worker };
  } finally {
    await b.close();
    await server.close();
  }
}
