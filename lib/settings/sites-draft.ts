/**
 * The site list as the reader is typing it, kept until it can be saved: a list with a line that is not a site is not
 * saved to the settings, and without this it would be lost when the options page is closed or reloaded.
 */
import { storage } from 'wxt/utils/storage';

export const sitesDraftItem = storage.defineItem<string | null>('local:excludedSitesDraft', { fallback: null });

/** The draft, or null when there is none (or what is stored is not text). */
export async function loadSitesDraft(): Promise<string | null> {
  const raw: unknown = await sitesDraftItem.getValue();
  return typeof raw === 'string' ? raw : null;
}

/** Keeps `text` as the draft, or drops the draft (null) once the list is saved. */
export const saveSitesDraft = (text: string | null): Promise<void> =>
  text === null ? sitesDraftItem.removeValue() : sitesDraftItem.setValue(text);
