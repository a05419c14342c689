/** Loads the shipped dataset's core once per service-worker life and builds the engine; shards are read on demand. */
import { type DatasetCore, SHARD_PATHS, shippedCore, shippedEventShard, shippedPersonShard } from '../dataset/shards';
import { createEngine, type Engine } from '../engine/create-engine';

export interface LoadedEngine {
  engine: Engine;
  core: DatasetCore;
}

/**
 * Returns a loader that reads the core the first time it is called and reuses the engine afterwards. `readJson` reads
 * a file of the extension by its path (fetch in the browser).
 */
export function engineLoader(readJson: (path: string) => Promise<unknown>): () => Promise<LoadedEngine> {
  let loading: Promise<LoadedEngine> | null = null;
  return () => {
    if (loading) return loading;
    const started = performance.now();
    loading = readJson(SHARD_PATHS.core).then((raw) => {
      const read = performance.now();
      const core = shippedCore(raw);
      const people = new Set(core.shards.people);
      const events = new Set(core.shards.events);
      const engine = createEngine({
        ...core,
        shards: {
          person: (id) =>
            people.has(id) ? readJson(SHARD_PATHS.person(id)).then((v) => shippedPersonShard(id, v)) : null,
          event: (id) =>
            events.has(id) ? readJson(SHARD_PATHS.event(id)).then((v) => shippedEventShard(id, v)) : null,
        },
      });
      // For the benchmark, which reads them from the service worker: reading the core, then building the engine.
      performance.measure('on-record:worker-script', { start: 0, end: started });
      performance.measure('on-record:read-core', { start: started, end: read });
      performance.measure('on-record:build-engine', { start: read, end: performance.now() });
      return { engine, core };
    });
    loading.catch(() => (loading = null));
    return loading;
  };
}
