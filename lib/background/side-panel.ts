/** Opens On Record's panel for a tab: Chrome's side panel, or Firefox's sidebar. Needs a user gesture. */
import type { ExtensionApi } from '../messaging/extension-api';

interface ChromeSidePanel {
  open(options: { tabId: number }): Promise<void>;
}

/**
 * Returns false where the browser refused (no user gesture, or no panel API). The browser's `open()` is called
 * synchronously, before this function's first await, so a caller still inside the reader's gesture keeps it.
 */
export async function openSidePanel(browser: ExtensionApi, tabId: number): Promise<boolean> {
  const sidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  try {
    if (sidePanel) await sidePanel.open({ tabId });
    else if (sidebar) await sidebar.open();
    else return false;
    return true;
  } catch {
    return false;
  }
}
