/**
 * The background's wiring: validates every message and its sender, runs the engine on what content scripts read,
 * keeps each tab's result in session storage (the service worker may stop at any time), and routes commands.
 */
import { type Message, type Reply, type StoredTab, parseMessage, tabKey } from '../messaging/contract';
import { forgetTab, storeTabAnalysis } from './tab-store';
import { forgetOnNavigation } from './forget-on-navigation';
import type { ExtensionApi } from '../messaging/extension-api';
import { forThePage } from '../engine/analysis';
import { engineLoader } from './load-engine';
import { handleFlagMessage, isFlagMessage } from './flag-messages';
import { openSidePanel } from './side-panel';
import { PANEL_BY_HAND } from '../messaging/panel-help';
import { startSelectionDraft } from './flag-messages';
import { type Sender, refusal } from './sender-policy';

export const MENU_TOGGLE = 'on-record-toggle-highlights';
export const MENU_FLAG = 'on-record-flag-selection';

/** Sets up the background; returns nothing because the browser owns its lifetime. */
export function createBackground(browser: ExtensionApi): void {
  // The dataset is generated at build time, so WXT's typed public paths do not list it.
  const getURL = browser.runtime.getURL as (path: string) => string;
  const loadEngine = engineLoader(async (path) => {
    const response = await fetch(getURL(`/${path}`));
    if (!response.ok) throw new Error(`the extension's file ${path} could not be read (${response.status})`);
    return response.json();
  });
  // Start reading the dataset now: the first page to ask then waits less.
  void loadEngine().catch(() => {});
  const extensionOrigin = new URL(getURL('/')).origin;
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

  const sendToTab = (tabId: number, message: Message) => browser.tabs.sendMessage(tabId, message);
  const activeTabId = async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;

  /** Makes sure the tab is analysed: asks its content script, or injects it (activeTab grants that on a click). */
  async function runOnTab(tabId: number) {
    try {
      await sendToTab(tabId, { type: 'run-now' });
    } catch {
      await browser.scripting
        ?.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] })
        .catch(() => {});
      // The injected script loads its settings first; ask until it answers.
      for (let i = 0; i < 20; i++) {
        if (
          await sendToTab(tabId, { type: 'run-now' }).then(
            () => true,
            () => false,
          )
        )
          return;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  async function handle(message: Message, sender: Sender): Promise<Reply<unknown>> {
    if (isFlagMessage(message)) return handleFlagMessage(browser, message, { loadEngine, sendToTab });
    switch (message.type) {
      case 'analyze-article': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return { ok: false, error: 'analyze-article must come from a tab' };
        const { engine } = await loadEngine();
        await engine.prepare(message.extraction);
        const analysis = engine.analyze(message.extraction);
        const tab = { tabId, url: message.url, analyzedAt: new Date().toISOString() };
        // The page paints as soon as it has the answer: storing waits until the reply is on its way, and the panel
        // hears of it once it is stored (or once it is known that it could not be).
        setTimeout(() => {
          void storeTabAnalysis(browser, tab, analysis)
            .then(() => browser.runtime.sendMessage({ type: 'tab-analysis-updated', tabId } satisfies Message))
            .catch(() => {}); // No panel is open to hear it: nothing is lost, the result is stored.
        }, 0);
        return { ok: true, value: forThePage(analysis) };
      }
      case 'get-tab-analysis': {
        const key = tabKey(message.tabId);
        const value = (await browser.storage.session.get(key))[key] as StoredTab | undefined;
        return { ok: true, value: value ?? null };
      }
      case 'get-dataset-info': {
        const { core } = await loadEngine();
        return { ok: true, value: core.stats };
      }
      case 'reveal-in-page': {
        const found = await sendToTab(message.tabId, {
          type: 'reveal-span',
          start: message.start,
          end: message.end,
        }).catch(() => false);
        return { ok: true, value: found === true };
      }
      case 'open-side-panel': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return { ok: false, error: 'open-side-panel must come from a tab' };
        // Open before any await: the reader's click counts as a gesture only in this task, and Chrome refuses
        // sidePanel.open() without one. The panel follows the focus key once it is stored.
        const opening = openSidePanel(browser, tabId);
        await browser.storage.session.set({ [`focus:${tabId}`]: message.group });
        return (await opening) ? { ok: true, value: true } : { ok: false, error: PANEL_BY_HAND };
      }
      case 'highlights-toggled':
        return { ok: true, value: null };
      default:
        return { ok: false, error: `${message.type} is not a command the background takes` };
    }
  }

  browser.runtime.onMessage.addListener((raw: unknown, sender: Sender) => {
    // Only our own extension's pages and content scripts may talk to us.
    if (sender.id !== browser.runtime.id) return undefined;
    if (!sender.tab && sender.url && !sender.url.startsWith(extensionOrigin)) return undefined;
    const message = parseMessage(raw);
    if (!message) return undefined;
    const refused = refusal(message, sender, extensionOrigin);
    if (refused) return Promise.resolve({ ok: false, error: refused } satisfies Reply<never>);
    return handle(message, sender).catch((e: unknown): Reply<never> => ({
      ok: false,
      error: e instanceof Error ? e.message : String(e),
    }));
  });

  // The toolbar button opens the side panel and makes sure the page is analysed (the only way in click-only mode).
  action?.onClicked.addListener((tab) => {
    if (tab.id === undefined) return;
    void openSidePanel(browser, tab.id);
    void runOnTab(tab.id);
  });

  browser.commands?.onCommand.addListener(async (command) => {
    const tabId = await activeTabId();
    if (tabId === undefined) return;
    if (command === 'toggle-highlights') sendToTab(tabId, { type: 'toggle-highlights' }).catch(() => {});
    if (command === 'next-mention') sendToTab(tabId, { type: 'focus-next-mention' }).catch(() => {});
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus?.create({
      id: MENU_TOGGLE,
      title: 'Turn highlights on or off on this page',
      contexts: ['action'],
    });
    browser.contextMenus?.create({ id: MENU_FLAG, title: 'Flag as statement…', contexts: ['selection'] });
  });
  browser.contextMenus?.onClicked.addListener((info, tab) => {
    if (tab?.id === undefined) return;
    if (info.menuItemId === MENU_TOGGLE) sendToTab(tab.id, { type: 'toggle-highlights' }).catch(() => {});
    if (info.menuItemId === MENU_FLAG) {
      // Open the panel first, while the click still counts as the reader's gesture; the draft follows.
      void openSidePanel(browser, tab.id);
      void startSelectionDraft(browser, tab.id, { loadEngine, sendToTab });
    }
  });

  forgetOnNavigation(browser);
  browser.tabs.onRemoved.addListener((tabId: number) => {
    forgetTab(browser, tabId).catch((e: unknown) => console.warn('On Record: could not forget a closed tab:', e));
  });
}
