/** Loads the shipped dataset's core once per service-worker life and builds the engine; shards are read on demand. */
import { type DatasetCore, SHARD_PATHS, parseCore, parseEventShard, parsePersonShard } from '../dataset/shards';
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
    loading ??= readJson(SHARD_PATHS.core).then((raw) => {
      const core = parseCore(raw);
      const people = new Set(core.shards.people);
      const events = new Set(core.shards.events);
      const engine = createEngine({
        ...core,
        shards: {
          person: (id) =>
            people.has(id) ? readJson(SHARD_PATHS.person(id)).then((v) => parsePersonShard(id, v)) : null,
          event: (id) => (events.has(id) ? readJson(SHARD_PATHS.event(id)).then((v) => parseEventShard(id, v)) : null),
        },
      });
      return { engine, core };
    });
    loading.catch(() => (loading = null));
    return loading;
  };
}
