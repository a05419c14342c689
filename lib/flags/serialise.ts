/**
 * One flag operation at a time. Every operation reads what it needs from storage when its turn comes, so the queue
 * is the only state kept in memory: if the service worker stops, nothing half-known survives it.
 */
export function createQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>) => {
    const run = tail.then(task, task);
    // The next operation waits for this one whatever its outcome; the caller still sees the failure.
    tail = run.catch(() => undefined);
    return run;
  };
}
