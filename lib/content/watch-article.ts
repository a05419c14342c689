/** Reads the article on the page and sends it to the background; again after SPA navigation. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extractArticle } from '../extract/extract-article';
import type { Message } from '../messaging/contract';

/** Runs once now and on every `wxt:locationchange`; all listeners belong to `ctx`. */
export function watchArticle(ctx: ContentScriptContext, doc: Document, send: (m: Message) => Promise<unknown>): void {
  const run = () => {
    if (ctx.isInvalid) return;
    const extraction = extractArticle(doc);
    send({ type: 'analyze-article', url: doc.location.href, extraction }).catch((e: unknown) => {
      // After an extension update the old content script's context is gone: clean up and say nothing.
      if (String(e).includes('Extension context invalidated')) return;
      console.warn('On Record: could not analyse this page:', e);
    });
  };
  run();
  ctx.addEventListener(window, 'wxt:locationchange', () => run());
}
