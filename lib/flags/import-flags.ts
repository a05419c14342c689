/**
 * Adds flags from an imported file, in turn with every other flag operation: each entry validated, duplicates
 * skipped, written in batches. When storage runs out, what was written stays, the rest is counted and nothing
 * already stored changes. The report names at most the first few rejected entries, so it stays readable.
 */
import { type Flag, pageKey, parseFlag } from './annotation';
import { type IndexEntry, dupKey, readFlags, sameWords, writeFlags } from './flag-records';
import { loadIndex } from './flag-index';
import { inTurn } from './flag-store';

/** How many rejected entries a report names; the rest are counted. */
export const MAX_LISTED = 20;
const BATCH = 500;

export interface ImportReport {
  added: number;
  duplicates: number;
  /** The first rejected entries (at most MAX_LISTED), with the index of each in the file. */
  invalid: { index: number; reason: string }[];
  /** How many entries were rejected in all. */
  invalidCount: number;
  /** Valid entries not stored because storage failed (full); `problem` says why. */
  notStored: number;
  problem: string | null;
}

export const emptyReport = (): ImportReport => ({
  added: 0,
  duplicates: 0,
  invalid: [],
  invalidCount: 0,
  notStored: 0,
  problem: null,
});

/** Records one rejected entry, naming it only while the list is short. */
export function reject(report: ImportReport, index: number, reason: string) {
  report.invalidCount++;
  if (report.invalid.length < MAX_LISTED) report.invalid.push({ index, reason: reason.slice(0, 300) });
}

/** Imports `items`; `offset` is the position of the first one in the reader's file. */
export const importFlags = (items: unknown[], offset = 0): Promise<ImportReport> =>
  inTurn(async () => {
    const { index } = await loadIndex();
    const report = emptyReport();
    const ids = new Set(index.map(([id]) => id));
    const byDup = new Map<string, string[]>();
    for (const [id, d] of index) byDup.set(d, [...(byDup.get(d) ?? []), id]);
    const fresh = new Map<string, Flag[]>();
    const valid: Flag[] = [];
    for (let i = 0; i < items.length; i++) {
      const r = parseFlag(items[i]);
      if (!r.ok) {
        reject(report, offset + i, r.problem);
        continue;
      }
      const flag = { ...r.flag, target: { ...r.flag.target, source: pageKey(r.flag.target.source) } };
      const d = dupKey(flag);
      const stored = byDup.has(d) ? (await readFlags(byDup.get(d)!)).flags : [];
      if (ids.has(flag.id) || [...stored, ...(fresh.get(d) ?? [])].some((f) => sameWords(f, flag))) {
        report.duplicates++;
        continue;
      }
      ids.add(flag.id);
      fresh.set(d, [...(fresh.get(d) ?? []), flag]);
      valid.push(flag);
    }
    const next = [...index];
    for (let start = 0; start < valid.length; start += BATCH) {
      const batch = valid.slice(start, start + BATCH);
      const entries = batch.map((f): IndexEntry => [f.id, dupKey(f)]);
      try {
        await writeFlags(batch, [...next, ...entries]);
      } catch (e) {
        report.notStored = valid.length - start;
        report.problem = `Storage could not take more (${e instanceof Error ? e.message : String(e)})`;
        break;
      }
      next.push(...entries);
      report.added += batch.length;
    }
    return report;
  });
