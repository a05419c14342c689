/**
 * Brings the stored flags into the current layout before any operation: migrates the list kept by earlier
 * versions, rebuilds a missing or unreadable index from the flag keys, and sets unreadable flags aside (never
 * deleted: kept under "flags:corrupt" and reported).
 */
import { type Flag, FlagSchema, pageKey } from './annotation';
import {
  CORRUPT_KEY,
  FLAG_PREFIX,
  INDEX_KEY,
  type IndexEntry,
  local,
  LEGACY_KEY,
  dupKey,
  readAllFlagValues,
  readCorrupt,
  readIndex,
  removeKeys,
  writeFlags,
} from './flag-records';

export interface Loaded {
  index: IndexEntry[];
  /** What the reader should hear about (flags set aside, an index rebuilt). */
  problems: string[];
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Keeps unreadable values under the corrupt key and removes their flag keys; returns the reader's message. */
export async function setAside(bad: { key: string; value: unknown }[]): Promise<string | null> {
  if (bad.length === 0) return null;
  const kept = (await readCorrupt()).concat(bad.map((b) => b.value));
  await local.set({ [CORRUPT_KEY]: kept });
  await removeKeys(bad.map((b) => b.key).filter((k) => k.startsWith(FLAG_PREFIX)));
  return `${plural(bad.length, 'stored flag was', 'stored flags were')} unreadable and set aside (kept under "${CORRUPT_KEY}"); the others are safe.`;
}

/** Parses raw stored values: the flags in date order, and the rest apart. */
function sortOut(values: Record<string, unknown>) {
  const flags: Flag[] = [];
  const bad: { key: string; value: unknown }[] = [];
  for (const [key, value] of Object.entries(values)) {
    const r = FlagSchema.safeParse(value);
    if (r.success) flags.push(r.data);
    else bad.push({ key, value });
  }
  flags.sort((a, b) => (a.created < b.created ? -1 : a.created > b.created ? 1 : 0));
  return { flags, bad };
}

/** Moves the legacy list into one key per flag; the list is removed only once every flag is written. */
async function migrateLegacy(legacy: unknown[], index: IndexEntry[], problems: string[]): Promise<IndexEntry[]> {
  const values: Record<string, unknown> = {};
  legacy.forEach((item, i) => {
    // Version 1 kept the page address with its fragment (#section, #:~:text=…), so the same page could look like two.
    const f = item as { target?: { source?: unknown } } | null;
    const fixed =
      typeof f?.target?.source === 'string'
        ? { ...f, target: { ...f.target, source: pageKey(f.target.source) } }
        : item;
    // Not a flag key: setting an unreadable legacy entry aside must never remove a stored flag.
    values[`legacy:${i}`] = fixed;
  });
  const { flags, bad } = sortOut(values);
  const known = new Set(index.map(([id]) => id));
  const added = flags.filter((f) => !known.has(f.id));
  const next = [...index, ...added.map((f): IndexEntry => [f.id, dupKey(f)])];
  const problem = await setAside(bad);
  if (problem) problems.push(problem);
  await writeFlags(added, next);
  await removeKeys([LEGACY_KEY, `${LEGACY_KEY}$`]);
  return next;
}

/** The index rebuilt from the flag keys themselves. */
async function rebuildIndex(problems: string[], wasUnreadable: boolean): Promise<IndexEntry[]> {
  const { flags, bad } = sortOut(await readAllFlagValues());
  const problem = await setAside(bad);
  if (problem) problems.push(problem);
  const index = flags.map((f): IndexEntry => [f.id, dupKey(f)]);
  await local.set({ [INDEX_KEY]: index });
  if (wasUnreadable)
    problems.push(
      `The list of your flags was unreadable and was rebuilt from the ${plural(index.length, 'flag', 'flags')} stored.`,
    );
  return index;
}

/** The current index, after any migration or repair. */
export async function loadIndex(): Promise<Loaded> {
  const problems: string[] = [];
  const stored = await readIndex();
  let index = stored.entries ?? (await rebuildIndex(problems, stored.present));
  const legacy = (await local.get(LEGACY_KEY))[LEGACY_KEY];
  if (legacy !== undefined) index = await migrateLegacy(Array.isArray(legacy) ? legacy : [legacy], index, problems);
  return { index, problems };
}

/** Reads every flag in index order; flags found outside the index are added to it, missing ones dropped. */
export async function loadAll(): Promise<{ flags: Flag[]; problems: string[] }> {
  const { index, problems } = await loadIndex();
  const { flags, bad } = sortOut(await readAllFlagValues());
  const problem = await setAside(bad);
  if (problem) problems.push(problem);
  const byId = new Map(flags.map((f) => [f.id, f]));
  const ordered = index.flatMap(([id]) => byId.get(id) ?? []);
  const inIndex = new Set(index.map(([id]) => id));
  const orphans = flags.filter((f) => !inIndex.has(f.id));
  const all = [...ordered, ...orphans];
  if (all.length !== index.length) await local.set({ [INDEX_KEY]: all.map((f): IndexEntry => [f.id, dupKey(f)]) });
  return { flags: all, problems };
}

/**
 * Reads every flag without writing anything, so a listing need not wait for saves in the queue; null when
 * something needs repair or migration (then `loadAll`, in turn, does it).
 */
export async function peekAll(): Promise<Flag[] | null> {
  const stored = await readIndex();
  if (!stored.entries || (await local.get(LEGACY_KEY))[LEGACY_KEY] !== undefined) return null;
  const { flags, bad } = sortOut(await readAllFlagValues());
  if (bad.length > 0 || flags.length !== stored.entries.length) return null;
  const byId = new Map(flags.map((f) => [f.id, f]));
  const ordered = stored.entries.flatMap(([id]) => byId.get(id) ?? []);
  return ordered.length === flags.length ? ordered : null;
}
