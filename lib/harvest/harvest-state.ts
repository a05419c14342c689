/**
 * The state file beside the output (`OUT.state`): one JSON line per page harvested, appended as each page finishes,
 * with its key (path+size+mtime, or WARC record id), what it gave and its candidates. A re-run reads it, skips
 * those pages and writes the output from every page's candidates; a line torn by a crash is ignored.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Flag } from '../flags/annotation';
import type { PageResult } from './page-result';

export interface StateLine {
  key: string;
  name: string;
  status: PageResult['status'];
  reason?: string;
  held?: number;
  flags?: Flag[];
}

export interface HarvestState {
  done: Set<string>;
  flags: Flag[];
  /** Statements already in the dataset, over the pages read before. */
  held: number;
  /** Append one page's line. */
  record(line: StateLine): void;
}

/** The state file's path for an output file. */
export const statePath = (out: string) => `${out}.state`;

/** Opens the state for `out` (fresh when `restart`). */
export function openState(out: string, restart: boolean): HarvestState {
  const path = statePath(out);
  mkdirSync(dirname(path), { recursive: true });
  if (restart) rmSync(path, { force: true });
  const state: HarvestState = {
    done: new Set(),
    flags: [],
    held: 0,
    record(line) {
      appendFileSync(path, `${JSON.stringify(line)}\n`);
      state.done.add(line.key);
      state.flags.push(...(line.flags ?? []));
      state.held += line.held ?? 0;
    },
  };
  if (!existsSync(path)) return state;
  for (const text of readFileSync(path, 'utf8').split('\n')) {
    if (!text.trim()) continue;
    let line: StateLine;
    try {
      line = JSON.parse(text) as StateLine;
    } catch {
      continue;
    }
    if (typeof line?.key !== 'string') continue;
    state.done.add(line.key);
    if (Array.isArray(line.flags)) state.flags.push(...line.flags);
    state.held += typeof line.held === 'number' ? line.held : 0;
  }
  return state;
}
