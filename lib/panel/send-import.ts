/**
 * Sends an imported file's entries to the background in chunks, so no one message is huge; entries too deeply
 * nested to cross a message (the browser cannot copy them) are rejected here with the reason. Stops at the first
 * chunk storage could not take, and counts the rest as not stored.
 */
import { type ImportReport, MAX_LISTED, emptyReport, reject } from '../flags/import-flags';

const CHUNK = 500;
/** Deeper than any flag is; the browser's message copy fails far deeper, after a long wait. */
export const MAX_DEPTH = 64;

/** How deep `value` nests, counted without recursion and stopping once past `limit`. */
export function nestingDepth(value: unknown, limit = MAX_DEPTH): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    deepest = Math.max(deepest, d);
    if (deepest > limit) return deepest;
    for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return deepest;
}

/** Imports `items` through `send` (one call per chunk); merges the reports, with indexes into the whole file. */
export async function sendImport(
  items: unknown[],
  send: (chunk: unknown[]) => Promise<ImportReport>,
): Promise<ImportReport> {
  const total = emptyReport();
  for (let start = 0; start < items.length; start += CHUNK) {
    const chunk: unknown[] = [];
    const offsets: number[] = [];
    items.slice(start, start + CHUNK).forEach((item, i) => {
      if (nestingDepth(item) > MAX_DEPTH) reject(total, start + i, `nested more than ${MAX_DEPTH} levels deep`);
      else {
        chunk.push(item);
        offsets.push(start + i);
      }
    });
    if (chunk.length === 0) continue;
    const r = await send(chunk);
    total.added += r.added;
    total.duplicates += r.duplicates;
    total.invalidCount += r.invalidCount;
    for (const bad of r.invalid)
      if (total.invalid.length < MAX_LISTED) total.invalid.push({ ...bad, index: offsets[bad.index] ?? bad.index });
    if (r.problem) {
      total.problem = r.problem;
      total.notStored = r.notStored + Math.max(0, items.length - start - CHUNK);
      break;
    }
  }
  total.invalid.sort((a, b) => a.index - b.index);
  return total;
}

/** The report in one or two sentences: counts, the first rejected entries, and what storage could not take. */
export function describeImport(name: string, r: ImportReport): string {
  const listed = r.invalid.map((i) => `entry ${i.index + 1}: ${i.reason}`).join('; ');
  const more = r.invalidCount - r.invalid.length;
  const rejected = r.invalidCount
    ? `, rejected ${r.invalidCount} (${listed}${more > 0 ? `; and ${more} more` : ''})`
    : '';
  const stored = r.problem
    ? ` ${r.problem}: ${r.notStored} entr${r.notStored === 1 ? 'y was' : 'ies were'} not imported. Your other flags are unchanged; make room (export, then delete flags) and import the file again: what is already here is skipped.`
    : '';
  return `${name}: imported ${r.added}, skipped ${r.duplicates} already here${rejected}.${stored}`;
}
