/**
 * The reader's settings: typed, versioned storage (WXT storage items with migrations). A stored value that does not
 * parse is kept aside under its own key, replaced by the defaults, and reported: nothing is deleted silently.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from './defaults';

export { DEFAULT_SETTINGS, SettingsSchema, type Settings } from './defaults';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** The key under which an unreadable stored value is kept for the reader to recover. */
export const CORRUPT_SETTINGS_KEY = 'local:settings:corrupt';

export interface LoadedSettings {
  settings: Settings;
  /** Set when the stored value was unreadable and was replaced by defaults. */
  problem: string | null;
}

/** Reads the settings; a corrupt value is moved aside and reported, and defaults are used. */
export async function loadSettings(): Promise<LoadedSettings> {
  const raw: unknown = await settingsItem.getValue();
  const parsed = SettingsSchema.safeParse(raw);
  if (parsed.success) return { settings: parsed.data, problem: null };
  const issue = parsed.error.issues[0];
  await storage.setItem(CORRUPT_SETTINGS_KEY, { savedAt: new Date().toISOString(), value: raw });
  await settingsItem.setValue(DEFAULT_SETTINGS);
  return {
    settings: DEFAULT_SETTINGS,
    problem: `Your settings could not be read (${issue?.path.join('.') || 'value'}: ${issue?.message}); defaults are in use and the old value was kept aside.`,
  };
}

/** True when `host` is one of the excluded sites or a subdomain of one. */
export function isExcluded(settings: Settings, host: string): boolean {
  const h = host.toLowerCase().replace(/^www\./, '');
  return settings.excludedSites.some((site) => {
    const s = site.toLowerCase().replace(/^www\./, '');
    return h === s || h.endsWith(`.${s}`);
  });
}
