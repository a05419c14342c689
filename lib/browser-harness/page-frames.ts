/**
 * Long animation frames on real saved pages, with and without the extension, measured side by side in one run: the
 * same pages served from 127.0.0.1 to a plain Chromium and to one with the built extension, in turn, each page the
 * better of `runs` loads. What the extension adds is the difference (Node only; for `npm run bench:pages`).
 */
import { chromium, type BrowserContext } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, launchWithExtension } from './launch-extension';
import { findChromium } from './find-browser';
import { OBSERVE_LONG_TASKS, longEntries } from './browser-speed';
import { serveFolder } from './serve-folder';
import { tellTab, waitForAnalysis } from './tab-analysis';
import type { PageTimings } from '../content/watch-article';

export interface FrameFigures {
  /** The longest animation frame, in ms (0 when none was over 50 ms). */
  longestFrameMs: number;
  /** Frames over 50 ms. */
  longFrames: number;
  /** The sum of each long frame's time over 50 ms (its blocking time). */
  blockingMs: number;
}

export interface PageFrames {
  page: string;
  without: FrameFigures;
  with: FrameFigures;
  /** The content script's own stages on this page (the best run), or null when it painted nothing. */
  timings: PageTimings | null;
}

/** How long after load a page is watched when no analysis marks the end (the plain browser). */
const SETTLE_MS = 2500;

const round = (n: number) => Math.round(n * 10) / 10;

function figuresOf(frames: { duration: number }[]): FrameFigures {
  const long = frames.filter((f) => f.duration > 50);
  return {
    longestFrameMs: round(Math.max(0, ...long.map((f) => f.duration))),
    longFrames: long.length,
    blockingMs: round(long.reduce((s, f) => s + f.duration - 50, 0)),
  };
}

const best = (all: FrameFigures[]): FrameFigures => all.reduce((x, y) => (y.blockingMs < x.blockingMs ? y : x));

async function loadAndWatch(
  context: BrowserContext,
  url: string,
  afterLoad: (page: import('playwright-core').Page) => Promise<PageTimings | null>,
): Promise<{ figures: FrameFigures; timings: PageTimings | null }> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const timings = await afterLoad(page);
  await page.waitForTimeout(SETTLE_MS);
  const frames = (await longEntries(page)).filter((e) => e.kind === 'frame');
  await page.close();
  return { figures: figuresOf(frames), timings };
}

/** Measures every page in `paths` (served from `dir`) without, then with, the extension. */
export async function measurePageFrames(
  dir: string,
  paths: string[],
  log: (s: string) => void,
  runs = 3,
): Promise<PageFrames[]> {
  const server = await serveFolder(dir);
  const profile = mkdtempSync(join(tmpdir(), 'on-record-plain-'));
  const results = new Map<string, PageFrames>();
  try {
    const plain = await chromium.launchPersistentContext(profile, {
      executablePath: findChromium(),
      headless: true,
      args: chromiumArgs('').filter((a) => !a.includes('extension')),
      viewport: { width: 1280, height: 900 },
    });
    try {
      await plain.addInitScript(OBSERVE_LONG_TASKS);
      for (const path of paths) {
        log(`without the extension: ${path}…`);
        const all: FrameFigures[] = [];
        for (let i = 0; i < runs; i++)
          all.push((await loadAndWatch(plain, server.origin + path, async () => null)).figures);
        results.set(path, { page: path, without: best(all), with: best(all), timings: null });
      }
    } finally {
      await plain.close();
    }
    const b = await launchWithExtension();
    try {
      await b.context.addInitScript(OBSERVE_LONG_TASKS);
      for (const path of paths) {
        log(`with the extension: ${path}…`);
        const all: { figures: FrameFigures; timings: PageTimings | null }[] = [];
        for (let i = 0; i < runs; i++) {
          const url = server.origin + path;
          const since = new Date().toISOString();
          all.push(
            await loadAndWatch(b.context, url, async () => {
              const found = await waitForAnalysis(b.worker, url, since, 60_000).catch(() => null);
              if (!found) return null;
              for (let k = 0; k < 200; k++) {
                const t = (await tellTab(b.worker, found.tabId, { type: 'get-page-timings' })) as PageTimings | null;
                if (t) return t;
                await new Promise((r) => setTimeout(r, 50));
              }
              return null;
            }),
          );
        }
        const chosen = all.reduce((x, y) => (y.figures.blockingMs < x.figures.blockingMs ? y : x));
        const r = results.get(path)!;
        results.set(path, { ...r, with: chosen.figures, timings: chosen.timings });
      }
    } finally {
      await b.close();
    }
  } finally {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return paths.map((p) => results.get(p)!);
}
