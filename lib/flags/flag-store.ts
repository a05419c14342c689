/**
 * The reader's flags in versioned local storage, written only by the background (one writer, no races). A stored
 * value that does not parse is never thrown away: the unreadable part is kept aside under its own key and reported.
 */
import { storage } from 'wxt/utils/storage';
import { normalizeWords } from '../dataset/normalize-words';
import { type Flag, FlagSchema, pageKey, parseFlag } from './annotation';

export const flagsItem = storage.defineItem<unknown[]>('local:flags', {
  fallback: [],
  version: 2,
  migrations: {
    // Version 1 kept the page address with its fragment (#section, #:~:text=…), so the same page could look like two.
    2: (flags: unknown[]) =>
      Array.isArray(flags)
        ? flags.map((f) => {
            const flag = f as { target?: { source?: unknown } };
            return typeof flag?.target?.source === 'string'
              ? { ...flag, target: { ...flag.target, source: pageKey(flag.target.source) } }
              : f;
          })
        : flags,
  },
});
/** Where unreadable stored flags are kept for recovery. */
export const CORRUPT_FLAGS_KEY = 'local:flags:corrupt';
/** Where a flag that could not be saved is kept for this browser session, so it is not lost. */
export const UNSAVED_FLAGS_KEY = 'session:flags:unsaved';

export interface FlagList {
  flags: Flag[];
  /** A problem the reader should know about (unreadable stored flags were set aside). */
  problem: string | null;
}

/** Reads the flags; invalid entries are moved aside and reported, the valid ones kept. */
export async function listFlags(): Promise<FlagList> {
  const raw: unknown = await flagsItem.getValue();
  const items = Array.isArray(raw) ? raw : [raw];
  const flags: Flag[] = [];
  const bad: unknown[] = [];
  for (const item of items) {
    const r = FlagSchema.safeParse(item);
    if (r.success) flags.push(r.data);
    else bad.push(item);
  }
  if (bad.length === 0 && Array.isArray(raw)) return { flags, problem: null };
  const kept = ((await storage.getItem<unknown[]>(CORRUPT_FLAGS_KEY)) ?? []).concat(bad);
  await storage.setItem(CORRUPT_FLAGS_KEY, kept);
  await flagsItem.setValue(flags);
  return {
    flags,
    problem: `${bad.length} stored flag${bad.length === 1 ? ' was' : 's were'} unreadable and set aside (kept under "${CORRUPT_FLAGS_KEY}"); the others are safe.`,
  };
}

/** Same words on the same page: the same flag. */
export function findDuplicate(flags: Flag[], flag: Flag): Flag | undefined {
  const key = normalizeWords(flag.target.selector[0].exact);
  return flags.find(
    (f) =>
      f.id !== flag.id &&
      pageKey(f.target.source) === pageKey(flag.target.source) &&
      normalizeWords(f.target.selector[0].exact) === key,
  );
}

export class DuplicateFlagError extends Error {
  constructor(readonly existing: Flag) {
    super('You have already flagged these words on this page.');
  }
}

/** Saves a new or edited flag. A write failure keeps the flag in session storage and rethrows for the reader to see. */
export async function saveFlag(flag: Flag): Promise<Flag> {
  const checked = FlagSchema.parse({ ...flag, target: { ...flag.target, source: pageKey(flag.target.source) } });
  const { flags } = await listFlags();
  const duplicate = findDuplicate(flags, checked);
  if (duplicate) throw new DuplicateFlagError(duplicate);
  const next = flags.some((f) => f.id === checked.id)
    ? flags.map((f) => (f.id === checked.id ? checked : f))
    : [...flags, checked];
  try {
    await flagsItem.setValue(next);
  } catch (e) {
    const unsaved = (await storage.getItem<Flag[]>(UNSAVED_FLAGS_KEY).catch(() => null)) ?? [];
    await storage.setItem(UNSAVED_FLAGS_KEY, [...unsaved.filter((f) => f.id !== checked.id), checked]).catch(() => {});
    throw new Error(
      `The flag could not be saved (${e instanceof Error ? e.message : String(e)}). It is kept for this session: export it, or free some space and try again.`,
    );
  }
  return checked;
}

/** Removes a flag. */
export async function deleteFlag(id: string): Promise<void> {
  const { flags } = await listFlags();
  await flagsItem.setValue(flags.filter((f) => f.id !== id));
}

/** Marks flags as exported. */
export async function markExported(ids: string[]): Promise<void> {
  const { flags } = await listFlags();
  const now = new Date().toISOString();
  await flagsItem.setValue(
    flags.map((f) => (ids.includes(f.id) ? { ...f, status: 'exported' as const, modified: now } : f)),
  );
}

export interface ImportReport {
  added: number;
  duplicates: number;
  invalid: { index: number; reason: string }[];
}

/** Adds flags from an imported file: each validated, duplicates skipped, with a report of what was taken. */
export async function importFlags(items: unknown[]): Promise<ImportReport> {
  const { flags } = await listFlags();
  const report: ImportReport = { added: 0, duplicates: 0, invalid: [] };
  const next = [...flags];
  items.forEach((item, index) => {
    const r = parseFlag(item);
    if (!r.ok) {
      report.invalid.push({ index, reason: r.problem });
      return;
    }
    if (next.some((f) => f.id === r.flag.id) || findDuplicate(next, r.flag)) report.duplicates++;
    else {
      next.push(r.flag);
      report.added++;
    }
  });
  await flagsItem.setValue(next);
  return report;
}
