/** Binary searches over spans sorted by start: the engine's lookups stay logarithmic on long pages. */

export interface Spanned {
  start: number;
  end: number;
}

/** Index of the first item whose start is at or after `offset` (items sorted by start). */
export function firstFrom(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last item starting at or before `offset`, or -1 (items sorted by start). */
export function lastStartingBy(items: readonly { start: number }[], offset: number): number {
  return firstFrom(items, offset + 1) - 1;
}

/** The first item starting within [from, to), or undefined. */
export function firstStartingIn<T extends Spanned>(
  items: readonly T[],
  from: number,
  to: number,
  fits: (item: T) => boolean = () => true,
): T | undefined {
  for (let i = firstFrom(items, from); i < items.length && items[i]!.start < to; i++)
    if (fits(items[i]!)) return items[i];
  return undefined;
}

/** The item ending exactly at `end` (items sorted and not overlapping), or undefined. */
export function endingAt<T extends Spanned>(items: readonly T[], end: number): T | undefined {
  const i = firstFrom(items, end) - 1;
  return i >= 0 && items[i]!.end === end ? items[i] : undefined;
}

/** True when [start, end) overlaps an item of a sorted, non-overlapping list. */
export function overlapsAny(items: readonly Spanned[], start: number, end: number): boolean {
  const i = firstFrom(items, end) - 1;
  return i >= 0 && items[i]!.end > start;
}

/** The item that contains [start, end), or undefined (items sorted and not overlapping). */
export function containing<T extends Spanned>(items: readonly T[], start: number, end: number): T | undefined {
  const i = firstFrom(items, start + 1) - 1;
  return i >= 0 && items[i]!.start <= start && end <= items[i]!.end ? items[i] : undefined;
}
