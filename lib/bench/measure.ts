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

/**
 * Runs each of `fns` `runs` times, in turn (after one warm-up each), and returns each one's fastest time in ms. A busy
 * or shared machine only ever adds time, so the fastest run is the closest to each one's own cost, and taking turns
 * exposes both to the same conditions.
 */
export function fastestInTurn(fns: (() => unknown)[], runs = 11): number[] {
  for (const fn of fns) fn();
  const times = fns.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    fns.forEach((fn, k) => {
      const t = performance.now();
      fn();
      times[k]!.push(performance.now() - t);
    });
  }
  return times.map((ts) => Math.min(...ts));
}

/** Throughput in MB/s (characters as bytes) for a median time. */
export const mbPerSecond = (chars: number, ms: number) => chars / 1e6 / (ms / 1000);

/**
 * Heap in use once garbage is collected (where `--expose-gc` allows it): collections with turns of the event loop
 * between them, so pending callbacks and finalizers release what they held.
 */
export async function settledHeap(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setImmediate(resolve));
    (globalThis as { gc?: () => void }).gc?.();
  }
  return process.memoryUsage().heapUsed;
}

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
