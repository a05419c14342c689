/**
 * The reader's flags in local storage, written only by the background. Every operation goes through one queue, so
 * saves, imports, deletes and exports fired at the same moment all take effect; each writes only the flags it
 * changes and the index. A stored value that does not parse is never thrown away: it is kept aside and reported.
 */
import { storage } from 'wxt/utils/storage';
import { type Flag, FlagSchema, pageKey } from './annotation';
import {
  type IndexEntry,
  INDEX_KEY,
  dupKey,
  flagKey,
  local,
  readFlags,
  removeKeys,
  sameWords,
  writeFlags,
} from './flag-records';
import { loadAll, loadIndex, peekAll, setAside } from './flag-index';
import { createQueue } from './serialise';

/** Where unreadable stored flags are kept for recovery. */
export const CORRUPT_FLAGS_KEY = 'local:flags:corrupt';
/** Where a flag that could not be saved is kept for this browser session, so it is not lost. */
export const UNSAVED_FLAGS_KEY = 'session:flags:unsaved';

/** The one queue of flag operations in this background. */
export const inTurn = createQueue();

export interface FlagList {
  flags: Flag[];
  /** A problem the reader should know about (unreadable stored flags were set aside). */
  problem: string | null;
}

const joined = (problems: string[]) => (problems.length ? problems.join(' ') : null);

/**
 * Reads the flags; invalid entries are moved aside and reported, the valid ones kept. Reading needs no turn in
 * the queue (a save writes its flag and the index in one call); only a repair waits for one.
 */
export async function listFlags(): Promise<FlagList> {
  const flags = await peekAll();
  if (flags) return { flags, problem: null };
  return inTurn(async () => {
    const { flags, problems } = await loadAll();
    return { flags, problem: joined(problems) };
  });
}

export class DuplicateFlagError extends Error {
  constructor(readonly existing: Flag) {
    super('You have already flagged these words on this page.');
  }
}

/** The stored flag with the same words on the same page, if any (only flags whose hash matches are read). */
export async function findDuplicate(index: IndexEntry[], flag: Flag, problems: string[]): Promise<Flag | undefined> {
  const dup = dupKey(flag);
  const ids = index.filter(([id, d]) => d === dup && id !== flag.id).map(([id]) => id);
  const { flags, bad } = await readFlags(ids);
  const problem = await setAside(bad);
  if (problem) problems.push(problem);
  return flags.find((f) => sameWords(f, flag));
}

export interface SaveResult {
  flag: Flag;
  problem: string | null;
}

/** Saves a new or edited flag. A write failure keeps the flag in session storage and rethrows for the reader to see. */
export const saveFlag = (flag: Flag): Promise<SaveResult> =>
  inTurn(async () => {
    const checked = FlagSchema.parse({ ...flag, target: { ...flag.target, source: pageKey(flag.target.source) } });
    const { index, problems } = await loadIndex();
    const duplicate = await findDuplicate(index, checked, problems);
    if (duplicate) throw new DuplicateFlagError(duplicate);
    const entry: IndexEntry = [checked.id, dupKey(checked)];
    const next = index.some(([id]) => id === checked.id)
      ? index.map((e) => (e[0] === checked.id ? entry : e))
      : [...index, entry];
    try {
      await writeFlags([checked], next);
    } catch (e) {
      const unsaved = (await storage.getItem<Flag[]>(UNSAVED_FLAGS_KEY).catch(() => null)) ?? [];
      await storage
        .setItem(UNSAVED_FLAGS_KEY, [...unsaved.filter((f) => f.id !== checked.id), checked])
        .catch(() => {});
      throw new Error(
        `The flag could not be saved (${e instanceof Error ? e.message : String(e)}). It is kept for this session: export it, or free some space and try again.`,
      );
    }
    return { flag: checked, problem: joined(problems) };
  });

/** Removes a flag: its key first, so a stop in between leaves nothing that could bring it back. */
export const deleteFlag = (id: string): Promise<void> =>
  inTurn(async () => {
    const { index } = await loadIndex();
    await removeKeys([flagKey(id)]);
    await local.set({ [INDEX_KEY]: index.filter(([i]) => i !== id) });
  });

/** Marks flags as exported. */
export const markExported = (ids: string[]): Promise<void> =>
  inTurn(async () => {
    const { index } = await loadIndex();
    const { flags } = await readFlags(ids);
    const now = new Date().toISOString();
    await writeFlags(
      flags.map((f) => ({ ...f, status: 'exported' as const, modified: now })),
      index,
    );
  });
