/** Writes the harvest's output: every candidate once, as a flags export (JSON, or JSON Lines for a .jsonl name). */
import { renameSync, writeFileSync } from 'node:fs';
import type { Flag } from '../flags/annotation';
import { exportJson, exportJsonLines } from '../flags/export-flags';
import { mergeCandidates } from './merge-candidates';

/** Writes `out` beside itself and renames it into place, so a stop mid-write never leaves half a file; returns the count. */
export function writeOutput(out: string, flags: Flag[]): number {
  const merged = mergeCandidates(flags);
  const text = /\.jsonl$/i.test(out) ? exportJsonLines(merged) : exportJson(merged);
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, out);
  return merged.length;
}
