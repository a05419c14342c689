/**
 * The worker thread's side of the pool: builds the engine once, then harvests each page it is sent and posts the
 * result back. Started by `startWorker` (pool.ts); importing this module elsewhere does nothing.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { parseDataset } from '../dataset/dataset';
import { assembleDataset, readDatasetFiles } from '../dataset/read-dataset';
import { createEngine } from '../engine/create-engine';
import { readInputFile } from '../cli/read-input';
import { type HarvestContext, harvestPage } from './harvest-page';
import { knownWords } from './known-words';
import type { PageResult } from './page-result';
import type { PageTask, WorkerSettings } from './worker-protocol';

function context(settings: WorkerSettings): HarvestContext {
  const dataset = parseDataset(assembleDataset(readDatasetFiles(settings.dataDir)));
  return {
    engine: createEngine(dataset),
    known: knownWords(dataset.statements),
    baseUrl: settings.baseUrl,
    today: settings.today,
    now: settings.now,
  };
}

function run(task: PageTask, ctx: HarvestContext): PageResult & { truncated?: boolean } {
  let bytes = task.bytes;
  let truncated = false;
  if (task.path !== null) {
    const read = readInputFile(task.path);
    if (!read.ok) return { status: 'unreadable', reason: read.error };
    ({ bytes, truncated } = read);
  }
  const result = harvestPage({ ...task, bytes: bytes ?? new Uint8Array() }, ctx);
  return truncated ? { ...result, truncated } : result;
}

/** Serves pages until the pool closes the port. */
function serve(settings: WorkerSettings) {
  const port = parentPort!;
  const ctx = context(settings);
  port.on('message', (task: PageTask) => {
    let result: PageResult;
    try {
      result = run(task, ctx);
    } catch (e) {
      // What the engine did not foresee costs this page, not the harvest.
      result = { status: 'unreadable', reason: `the engine failed on it (${e instanceof Error ? e.message : e})` };
    }
    port.postMessage({ id: task.id, result });
  });
  port.postMessage({ ready: true });
}

if (!isMainThread && (workerData as { harvest?: WorkerSettings } | null)?.harvest)
  serve((workerData as { harvest: WorkerSettings }).harvest);
