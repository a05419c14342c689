/**
 * When a page is read again. A request while a read is in flight is kept and served once it ends (an SPA
 * navigation during a slow read is never dropped), and re-reads are at least `minGapMs` apart, so nothing a page
 * does can make us read it in a loop; requests in between are merged into one.
 */
export interface RunGate {
  /** Asks for a read; it happens now, after the current one, or when the gap has passed. */
  request(): void;
  /** Runs a read now (the first one, or one the reader asked for) and resolves when it is done. */
  runNow(): Promise<void>;
}

export function createRunGate(
  run: () => Promise<void>,
  timers: { setTimeout(handler: () => void, ms: number): number },
  minGapMs: number,
  now: () => number = () => performance.now(),
): RunGate {
  let running: Promise<void> | null = null;
  let again = false;
  let waiting = false;
  let lastStart = -Infinity;

  const start = (): Promise<void> => {
    lastStart = now();
    running = run().finally(() => {
      running = null;
      if (again) {
        again = false;
        gate.request();
      }
    });
    return running;
  };
  const gate: RunGate = {
    request() {
      if (running) {
        again = true;
        return;
      }
      if (waiting) return;
      const wait = lastStart + minGapMs - now();
      if (wait <= 0) return void start();
      waiting = true;
      timers.setTimeout(() => {
        waiting = false;
        gate.request();
      }, wait);
    },
    async runNow() {
      if (running) {
        again = true;
        await running;
        return;
      }
      await start();
    },
  };
  return gate;
}
