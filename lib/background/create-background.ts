/** The background's wiring: validates messages, runs the engine on what content scripts read, stores results per tab. */
import type { ExtensionApi } from '../messaging/extension-api';
import { DATASET_ASSET } from '../dataset/asset-name';
import { type Message, type Reply, type TabAnalysis, parseMessage, tabKey } from '../messaging/contract';
import { engineLoader } from './load-engine';

type Sender = { id?: string; tab?: { id?: number }; url?: string };

/** Sets up the background; returns nothing because the browser owns its lifetime. */
export function createBackground(browser: ExtensionApi): void {
  // The dataset is generated at build time, so WXT's typed public paths do not list it.
  const getURL = browser.runtime.getURL as (path: string) => string;
  const loadEngine = engineLoader(getURL(`/${DATASET_ASSET}`), async (url) => (await fetch(url)).json());
  const extensionOrigin = new URL(getURL('/')).origin;

  // Chrome: the toolbar button opens the side panel.
  const sidePanel = (globalThis as { chrome?: { sidePanel?: { setPanelBehavior(o: object): Promise<void> } } }).chrome
    ?.sidePanel;
  sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});

  async function handle(message: Message, sender: Sender): Promise<Reply<unknown>> {
    switch (message.type) {
      case 'analyze-article': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return { ok: false, error: 'analyze-article must come from a tab' };
        const { engine } = await loadEngine();
        const analysis = engine.analyze(message.extraction);
        const stored: TabAnalysis = { tabId, url: message.url, analyzedAt: new Date().toISOString(), analysis };
        await browser.storage.session.set({ [tabKey(tabId)]: stored });
        browser.runtime.sendMessage({ type: 'tab-analysis-updated', tabId } satisfies Message).catch(() => {});
        return { ok: true, value: analysis };
      }
      case 'get-tab-analysis': {
        const key = tabKey(message.tabId);
        const value = (await browser.storage.session.get(key))[key] as TabAnalysis | undefined;
        return { ok: true, value: value ?? null };
      }
      case 'tab-analysis-updated':
        return { ok: false, error: 'not a command' };
    }
  }

  browser.runtime.onMessage.addListener((raw: unknown, sender: Sender) => {
    // Only our own extension's pages and content scripts may talk to us.
    if (sender.id !== browser.runtime.id) return undefined;
    if (!sender.tab && sender.url && !sender.url.startsWith(extensionOrigin)) return undefined;
    const message = parseMessage(raw);
    if (!message || message.type === 'tab-analysis-updated') return undefined;
    return handle(message, sender).catch((e: unknown): Reply<never> => ({
      ok: false,
      error: e instanceof Error ? e.message : String(e),
    }));
  });

  browser.tabs.onRemoved.addListener((tabId: number) => {
    browser.storage.session.remove(tabKey(tabId)).catch(() => {});
  });
}
