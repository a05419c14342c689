/** Timing helpers for the benchmark: medians of repeated runs, in milliseconds. */
import { performance } from 'node:perf_hooks';

/** Runs `fn` `runs` times (after one warm-up) and returns the median time in ms. */
export function median(fn: () => unknown, runs = 7): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Throughput in MB/s (characters as bytes) for a median time. */
export const mbPerSecond = (chars: number, ms: number) => chars / 1e6 / (ms / 1000);

/** Heap in use after a garbage collection, where `--expose-gc` allows one. */
export function heapUsed(): number {
  // Twice: the first collection's finalizers can leave garbage for a second.
  (globalThis as { gc?: () => void }).gc?.();
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
