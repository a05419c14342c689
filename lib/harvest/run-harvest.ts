/**
 * The harvest's main loop: page files, then the pages of each WARC file, sent to the pool with a bounded number in
 * flight (so a WARC of millions of records is read as fast as the workers go, not into memory). Each result is
 * recorded in the state as it arrives; stopping (the signal) sends no more pages and does not wait for those in
 * flight, which a re-run reads again.
 */
import { type Inputs, fileKey } from './find-inputs';
import type { HarvestState } from './harvest-state';
import type { Pool, TaskResult } from './pool';
import type { Progress } from './progress';
import { warcPages } from './warc-pages';
import type { PageTask } from './worker-protocol';

export interface HarvestSummary {
  pages: number;
  resumed: number;
  articles: number;
  notArticles: number;
  skipped: number;
  unreadable: number;
  peakRssMb: number;
}

export interface HarvestRun {
  inputs: Inputs;
  state: HarvestState;
  pool: Pool;
  progress: Progress;
  signal: AbortSignal;
  /** Pages in flight at most (default: twice the workers, so none waits idle). */
  inFlight?: number;
}

/** Harvests every input not already in the state; rejects only when the pool cannot run. */
export async function runHarvest(run: HarvestRun): Promise<HarvestSummary> {
  const { inputs, state, pool, progress, signal } = run;
  const s: HarvestSummary = {
    pages: 0,
    resumed: 0,
    articles: 0,
    notArticles: 0,
    skipped: 0,
    unreadable: 0,
    peakRssMb: 0,
  };
  const total = [...inputs.pages, ...inputs.warcs].reduce((n, f) => n + f.size, 0);
  let bytes = 0;
  let candidates = state.flags.length;
  let nextId = 0;
  const stats = () => ({
    pages: s.pages,
    resumed: s.resumed,
    candidates,
    unreadable: s.unreadable,
    fraction: total > 0 ? bytes / total : null,
  });
  const stopped = new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
  const flying = new Set<Promise<void>>();
  const limit = run.inFlight ?? 2 * pool.size;

  const unreadable = (name: string, reason: string) => {
    s.unreadable++;
    progress.note(`data:harvest: unreadable: ${name}: ${reason}`);
  };
  const handle = (key: string, name: string, r: TaskResult) => {
    s.pages++;
    if (r.status === 'read') {
      s.articles++;
      candidates += r.flags.length;
    } else if (r.status === 'not-article') s.notArticles++;
    else if (r.status === 'skipped') s.skipped++;
    else unreadable(name, r.reason);
    if (r.truncated) progress.note(`data:harvest: note: only the first 5 MB of ${name} were read`);
    const line = r.status === 'read' ? { held: r.held, flags: r.flags } : { reason: r.reason };
    state.record({ key, name, status: r.status, ...line });
    s.peakRssMb = Math.max(s.peakRssMb, process.memoryUsage.rss() / 1e6);
    progress.update(stats());
  };
  const submit = async (key: string, task: Omit<PageTask, 'id'>, size: number) => {
    while (flying.size >= limit && !signal.aborted) await Promise.race([...flying, pool.failed, stopped]);
    if (signal.aborted) return;
    const p = pool.run({ ...task, id: nextId++ }).then((r) => {
      bytes += size;
      handle(key, task.name, r);
    });
    flying.add(p);
    void p.finally(() => flying.delete(p));
  };

  for (const u of inputs.unreadable) unreadable(u.name, u.reason);
  for (const f of inputs.pages) {
    if (signal.aborted) break;
    let key: string;
    try {
      key = fileKey(f);
    } catch (e) {
      unreadable(f.path, `it went away (${(e as NodeJS.ErrnoException).code})`);
      continue;
    }
    if (state.done.has(key)) {
      s.resumed++;
      bytes += f.size;
      continue;
    }
    const task = { name: f.path, path: f.path, bytes: null, url: null, charset: null, relative: f.relative };
    await submit(key, task, f.size);
  }
  for (const w of inputs.warcs) {
    let read = 0;
    try {
      for await (const page of warcPages(w.path, (key) => state.done.has(key))) {
        if (signal.aborted) break;
        if (page === 'skipped') {
          s.resumed++;
          continue;
        }
        const { key, offset, truncated, ...rest } = page;
        if (truncated) progress.note(`data:harvest: note: only the first 5 MB of ${page.name} were read`);
        await submit(key, { ...rest, path: null, relative: null }, offset - read);
        read = offset;
      }
    } catch (e) {
      unreadable(w.path, `the archive breaks off: ${e instanceof Error ? e.message : e}`);
    }
    bytes += Math.max(0, w.size - read);
  }
  await Promise.race([Promise.all(flying), pool.failed, stopped]);
  progress.finish(stats());
  s.peakRssMb = Math.max(s.peakRssMb, process.memoryUsage.rss() / 1e6);
  return s;
}
