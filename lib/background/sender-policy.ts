/**
 * Who may ask the background what. Content scripts run inside web pages, so a page that subverts one must learn
 * nothing about other tabs and must not manage flags: they may only report their own page, ask about their own tab,
 * and open the panel. Everything else is for the extension's own pages (side panel, options).
 */
import type { Message } from '../messaging/contract';

export type Sender = { id?: string; tab?: { id?: number }; url?: string };

const FOR_CONTENT_SCRIPTS = new Set<Message['type']>([
  'analyze-article',
  'get-tab-analysis',
  'open-side-panel',
  'highlights-toggled',
]);

/** True when the sender is one of the extension's own pages (at `extensionOrigin`), not a content script. */
export const isExtensionPage = (sender: Sender, extensionOrigin: string) =>
  typeof sender.url === 'string' && sender.url.startsWith(`${extensionOrigin}/`);

/** Null when `sender` may send `message`, otherwise the reason it is refused. */
export function refusal(message: Message, sender: Sender, extensionOrigin: string): string | null {
  if (isExtensionPage(sender, extensionOrigin)) return null;
  if (!FOR_CONTENT_SCRIPTS.has(message.type)) return `${message.type} is taken only from On Record's own pages`;
  if (message.type === 'get-tab-analysis' && message.tabId !== sender.tab?.id)
    return 'a page may ask only about its own tab';
  return null;
}
