/** The events an article names that the dataset does not hold: listed in the panel, never carded with dataset facts. */
import type { Mention } from '../mentions/mention';

/** One entry per event outside the dataset (id null), in reading order, with its first mention. */
export function eventsOutsideDataset(mentions: readonly Mention[]): Mention[] {
  const seen = new Set<string>();
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.kind !== 'event' || m.id !== null || seen.has(m.group)) continue;
    seen.add(m.group);
    out.push(m);
  }
  return out;
}
