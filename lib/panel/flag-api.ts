/** The side panel's and options page's access to flags, through the background (the only writer). */
import type { Flag } from '../flags/annotation';
import type { FlagDraft, PageDescription } from '../flags/draft';
import type { SaveResult } from '../flags/flag-store';
import type { ImportReport } from '../flags/import-flags';
import { type Message, type Reply, parseMessage } from '../messaging/contract';
import type { ExtensionApi } from '../messaging/extension-api';

export interface FlagChoices {
  people: { id: string; name: string }[];
  topics: { id: string; label: string }[];
}

export interface FlagListing {
  flags: Flag[];
  problem: string | null;
  unsaved: Flag[];
}

export interface FlagApi {
  choices(): Promise<FlagChoices>;
  describe(tabId: number, start: number, end: number): Promise<PageDescription>;
  takeDraft(tabId: number): Promise<FlagDraft | null>;
  /** Saves; `problem` tells of stored flags set aside on the way. */
  save(flag: Flag): Promise<SaveResult>;
  list(): Promise<FlagListing>;
  remove(id: string): Promise<void>;
  markExported(ids: string[]): Promise<void>;
  importItems(items: unknown[]): Promise<ImportReport>;
  /** Calls back when flags change anywhere; returns the unsubscribe. */
  onChange(callback: () => void): () => void;
}

/** Creates the API; every call rejects with the background's reader-facing error. */
export function createFlagApi(browser: ExtensionApi): FlagApi {
  const call = async <T>(m: Message): Promise<T> => {
    const reply = (await browser.runtime.sendMessage(m)) as Reply<T> | undefined;
    if (!reply) throw new Error('On Record’s background did not answer. Reload the panel.');
    if (!reply.ok) throw new Error(reply.error);
    return reply.value;
  };
  return {
    choices: () => call({ type: 'get-flag-choices' }),
    describe: (tabId, start, end) => call({ type: 'describe-span', tabId, start, end }),
    takeDraft: (tabId) => call({ type: 'take-flag-draft', tabId }),
    save: (flag) => call({ type: 'save-flag', flag }),
    list: () => call({ type: 'list-flags' }),
    remove: (id) => call({ type: 'delete-flag', id }),
    markExported: (ids) => call({ type: 'mark-flags-exported', ids }),
    importItems: (items) => call({ type: 'import-flags', items }),
    onChange(callback) {
      const listener = (raw: unknown, sender: { id?: string }) => {
        if (sender.id === browser.runtime.id && parseMessage(raw)?.type === 'flags-updated') callback();
      };
      const onStorage = (changes: Record<string, unknown>, area: string) => {
        if (area === 'session' && Object.keys(changes).some((k) => k.startsWith('draft:'))) callback();
      };
      browser.runtime.onMessage.addListener(listener);
      browser.storage.onChanged.addListener(onStorage);
      return () => {
        browser.runtime.onMessage.removeListener(listener);
        browser.storage.onChanged.removeListener(onStorage);
      };
    },
  };
}
