/** Loads the shipped dataset once per service-worker life and builds the engine from it. */
import { type Dataset, parseShipped } from '../dataset/dataset';
import { createEngine, type Engine } from '../engine/create-engine';

export interface LoadedEngine {
  engine: Engine;
  dataset: Dataset;
}

/** Returns a loader that fetches `url` the first time it is called and reuses the result afterwards. */
export function engineLoader(url: string, fetchJson: (url: string) => Promise<unknown>): () => Promise<LoadedEngine> {
  let loading: Promise<LoadedEngine> | null = null;
  return () => {
    loading ??= fetchJson(url).then((raw) => {
      const { dataset, textIndex } = parseShipped(raw);
      return { engine: createEngine({ ...dataset, textIndex }), dataset };
    });
    loading.catch(() => (loading = null));
    return loading;
  };
}
