/**
 * A pool of worker threads that harvest one page at a time each. Memory stays flat because every worker closes its
 * jsdom windows and is replaced after `recycleAfter` pages (whatever jsdom or V8 still holds goes with it). A page
 * that runs past the time limit or kills its worker (out of memory) is reported as unreadable, and a new worker
 * takes its place; a worker that cannot even start (the dataset does not load) stops the harvest.
 */
import { Worker } from 'node:worker_threads';
import type { PageResult } from './page-result';
import type { PageTask, WorkerSettings } from './worker-protocol';

export interface PoolOptions {
  size: number;
  recycleAfter: number;
  /** A page taking longer than this is given up (ms). */
  pageTimeout: number;
  /** Each worker's heap limit, so one hostile page cannot take the whole process down (MB). */
  heapMb: number;
  settings: WorkerSettings;
}

export type TaskResult = PageResult & { truncated?: boolean };

interface Slot {
  worker: Worker;
  ready: boolean;
  done: number;
  task: { task: PageTask; resolve: (r: TaskResult) => void; timer: NodeJS.Timeout } | null;
}

const ENTRY = new URL('./harvest-worker.ts', import.meta.url);

/** A worker running the TypeScript entry: tsx's loader is registered inside the thread before the entry loads. */
function spawn(settings: WorkerSettings, heapMb: number): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(ENTRY.href)}); })`;
  return new Worker(code, {
    eval: true,
    execArgv: [],
    workerData: { harvest: settings },
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
    stderr: false,
  });
}

export interface Pool {
  /** Harvests a page when a worker is free; resolves with its result (never rejects for a page's sake). */
  run(task: PageTask): Promise<TaskResult>;
  /** Stops every worker; pages in flight are abandoned. */
  close(): Promise<void>;
  /** Rejects when a worker cannot start: the harvest cannot go on. */
  failed: Promise<never>;
  /** Workers started so far (recycled ones included). */
  started(): number;
  /** How many workers run at once. */
  size: number;
}

/** Starts `size` workers. */
export function createPool(opts: PoolOptions): Pool {
  const queue: { task: PageTask; resolve: (r: TaskResult) => void }[] = [];
  const slots: Slot[] = [];
  let closed = false;
  let startedCount = 0;
  let fail: (e: Error) => void = () => {};
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => {});

  const finish = (slot: Slot, result: TaskResult) => {
    const t = slot.task;
    if (!t) return;
    clearTimeout(t.timer);
    slot.task = null;
    slot.done++;
    t.resolve(result);
  };
  const replace = (slot: Slot) => {
    void slot.worker.terminate();
    const i = slots.indexOf(slot);
    if (i >= 0) slots.splice(i, 1);
    if (!closed) start();
  };
  const next = (slot: Slot) => {
    if (closed || slot.task || !slot.ready) return;
    if (slot.done >= opts.recycleAfter) return replace(slot);
    const item = queue.shift();
    if (!item) return;
    const timer = setTimeout(() => {
      finish(slot, { status: 'unreadable', reason: `it took longer than ${opts.pageTimeout / 1000} s` });
      replace(slot);
    }, opts.pageTimeout);
    slot.task = { ...item, timer };
    slot.worker.postMessage(item.task);
  };
  function start() {
    startedCount++;
    const slot: Slot = { worker: spawn(opts.settings, opts.heapMb), ready: false, done: 0, task: null };
    slots.push(slot);
    slot.worker.on('message', (m: { ready?: true; id?: number; result?: TaskResult }) => {
      if (m.ready) slot.ready = true;
      else if (m.result && slot.task?.task.id === m.id) finish(slot, m.result);
      next(slot);
    });
    slot.worker.on('error', (e) => {
      if (!slot.ready) return fail(new Error(`a harvest worker could not start: ${e.message}`));
      finish(slot, { status: 'unreadable', reason: `its worker stopped (${e.message})` });
    });
    slot.worker.on('exit', () => {
      if (closed || !slots.includes(slot)) return;
      finish(slot, { status: 'unreadable', reason: 'its worker stopped' });
      if (slot.ready) replace(slot);
    });
  }
  for (let i = 0; i < opts.size; i++) start();

  return {
    run(task) {
      return new Promise((resolve) => {
        queue.push({ task, resolve });
        for (const slot of slots) next(slot);
      });
    },
    async close() {
      closed = true;
      for (const s of slots) if (s.task) clearTimeout(s.task.timer);
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
    failed,
    started: () => startedCount,
    size: opts.size,
  };
}
