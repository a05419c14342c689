/** What harvesting one page gave: candidates, or why there are none. Plain data: it crosses worker threads. */
import type { Flag } from '../flags/annotation';

export type PageResult =
  | { status: 'read'; quotes: number; flags: Flag[]; held: number; left: Record<string, number> }
  /** The page is not an article (a home page, a listing): nothing to harvest. */
  | { status: 'not-article'; reason: string }
  /** An article whose statements cannot be flagged (no address, no date). */
  | { status: 'skipped'; reason: string }
  /** The page could not be read at all: named in the report. */
  | { status: 'unreadable'; reason: string };
