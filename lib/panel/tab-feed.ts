/** Follows the active tab (or the tab named by ?tab=) and delivers its stored analysis to the panel. */
import type { ExtensionApi } from '../messaging/extension-api';
import {
  type Message,
  type Reply,
  type StoredTab,
  type TabAnalysis,
  type TabNotKept,
  parseMessage,
} from '../messaging/contract';

export type FeedState =
  | { kind: 'loading' }
  | { kind: 'no-tab' }
  | { kind: 'waiting'; tabId: number }
  | { kind: 'ready'; data: TabAnalysis; focus: string | null }
  /** The tab was read, but its result gave way to more recent tabs or could not be stored. */
  | { kind: 'not-kept'; tabId: number; note: TabNotKept['notKept'] }
  | { kind: 'error'; message: string };

export interface TabFeed {
  /** Calls `listener` with every new state; returns the unsubscribe function. */
  subscribe(listener: (state: FeedState) => void): () => void;
}

/** Creates the feed; `params.get('tab')` pins it to one tab (used when the panel is opened as a page). */
export function createTabFeed(browser: ExtensionApi, params: URLSearchParams): TabFeed {
  const pinned = params.has('tab') ? Number(params.get('tab')) : null;
  return {
    subscribe(listener) {
      let tabId: number | null = pinned;
      let alive = true;
      const refresh = async () => {
        try {
          if (pinned === null) {
            const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
            tabId = tab?.id ?? null;
          }
          if (tabId === null) return listener({ kind: 'no-tab' });
          const reply = (await browser.runtime.sendMessage({
            type: 'get-tab-analysis',
            tabId,
          } satisfies Message)) as Reply<StoredTab | null>;
          if (!alive) return;
          if (!reply?.ok) return listener({ kind: 'error', message: reply?.error ?? 'no answer from the background' });
          if (!reply.value) return listener({ kind: 'waiting', tabId });
          if ('notKept' in reply.value) return listener({ kind: 'not-kept', tabId, note: reply.value.notKept });
          // A card the reader asked for from the page ("Open in side panel"), used once.
          const key = `focus:${tabId}`;
          const focus = ((await browser.storage.session.get(key))[key] as string | undefined) ?? null;
          if (focus) await browser.storage.session.remove(key);
          listener({ kind: 'ready', data: reply.value, focus });
        } catch (e) {
          listener({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
        }
      };
      const onMessage = (raw: unknown, sender: { id?: string }) => {
        if (sender.id !== browser.runtime.id) return;
        const m = parseMessage(raw);
        if (m?.type === 'tab-analysis-updated' && m.tabId === tabId) void refresh();
      };
      const onActivated = () => void refresh();
      const onStorage = (changes: Record<string, unknown>, area: string) => {
        if (area === 'session' && tabId !== null && `focus:${tabId}` in changes) void refresh();
      };
      listener({ kind: 'loading' });
      void refresh();
      browser.runtime.onMessage.addListener(onMessage);
      browser.storage.onChanged.addListener(onStorage);
      if (pinned === null) browser.tabs.onActivated.addListener(onActivated);
      return () => {
        alive = false;
        browser.runtime.onMessage.removeListener(onMessage);
        browser.tabs.onActivated.removeListener(onActivated);
        browser.storage.onChanged.removeListener(onStorage);
      };
    },
  };
}
