/**
 * How flags are laid out in local storage: one key per flag (`flag:<id>`) and an index of ids with a short
 * duplicate key each, so that saving or deleting one flag writes that flag and the index, never all of them.
 * The flag keys are the truth; the index is rebuilt from them whenever it is missing or does not parse.
 */
import { storage } from 'wxt/utils/storage';
import { normalizeWords } from '../dataset/normalize-words';
import { type Flag, FlagSchema, pageKey } from './annotation';

export const FLAG_PREFIX = 'flag:';
export const INDEX_KEY = 'flags:index';
/** The list kept by versions before this layout (migrated on first use, then removed). */
export const LEGACY_KEY = 'flags';
/** Where unreadable stored flags are kept for recovery. */
export const CORRUPT_KEY = 'flags:corrupt';

/** One index entry: the flag's id and a hash of its page and words (equal hashes are then compared in full). */
export type IndexEntry = [id: string, dup: string];

/** FNV-1a over the page address without its fragment and the normalised words. */
export function dupKey(flag: Flag): string {
  const text = `${pageKey(flag.target.source)}\n${normalizeWords(flag.target.selector[0].exact)}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** The same words on the same page: the same flag. */
export const sameWords = (a: Flag, b: Flag) =>
  pageKey(a.target.source) === pageKey(b.target.source) &&
  normalizeWords(a.target.selector[0].exact) === normalizeWords(b.target.selector[0].exact);

/** The local area as plain keys (WXT's storage, which tests replace with a fake browser). */
export const local = {
  async get(keys: string | string[]): Promise<Record<string, unknown>> {
    const list = typeof keys === 'string' ? [keys] : keys;
    const got = list.length ? await storage.getItems(list.map((k) => `local:${k}` as const)) : [];
    return Object.fromEntries(got.filter((g) => g.value !== null).map((g) => [g.key.slice(6), g.value as unknown]));
  },
  all: (): Promise<Record<string, unknown>> => storage.snapshot('local'),
  set: (items: Record<string, unknown>) =>
    storage.setItems(Object.entries(items).map(([k, value]) => ({ key: `local:${k}` as const, value }))),
  remove: (keys: string[]) =>
    keys.length ? storage.removeItems(keys.map((k) => `local:${k}` as const)) : Promise.resolve(),
};
export const flagKey = (id: string) => `${FLAG_PREFIX}${id}`;

const isEntry = (e: unknown): e is IndexEntry =>
  Array.isArray(e) && e.length === 2 && typeof e[0] === 'string' && typeof e[1] === 'string';

/** The index (`entries` null when it is missing or unreadable; `present` when something was stored). */
export async function readIndex(): Promise<{ entries: IndexEntry[] | null; present: boolean }> {
  const raw: unknown = (await local.get(INDEX_KEY))[INDEX_KEY];
  return { entries: Array.isArray(raw) && raw.every(isEntry) ? raw : null, present: raw !== undefined };
}

/** The flags kept aside so far, whatever shape that value was left in. */
export async function readCorrupt(): Promise<unknown[]> {
  const raw: unknown = (await local.get(CORRUPT_KEY))[CORRUPT_KEY];
  return Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
}

/** Reads the given flags; any that do not parse are returned apart, with their keys. */
export async function readFlags(ids: string[]): Promise<{ flags: Flag[]; bad: { key: string; value: unknown }[] }> {
  const keys = ids.map(flagKey);
  const got = await local.get(keys);
  const flags: Flag[] = [];
  const bad: { key: string; value: unknown }[] = [];
  for (const key of keys) {
    if (!(key in got)) continue;
    const r = FlagSchema.safeParse(got[key]);
    if (r.success) flags.push(r.data);
    else bad.push({ key, value: got[key] });
  }
  return { flags, bad };
}

/** Every stored flag key and value (for listing and for rebuilding the index). */
export async function readAllFlagValues(): Promise<Record<string, unknown>> {
  const all = await local.all();
  return Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith(FLAG_PREFIX)));
}

/** Writes flags and the index in one storage call, so the two never disagree after a stop. */
export async function writeFlags(flags: Flag[], index: IndexEntry[], extra: Record<string, unknown> = {}) {
  await local.set({ ...Object.fromEntries(flags.map((f) => [flagKey(f.id), f])), [INDEX_KEY]: index, ...extra });
}

/** Removes flag keys (and other keys) outright. */
export const removeKeys = (keys: string[]) => local.remove(keys);
