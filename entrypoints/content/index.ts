import { browser } from 'wxt/browser';
import { watchArticle } from '@/lib/content/watch-article';
import { createCardUi } from './card-ui';
import './highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const startedAt = performance.now();
    // Injected again by a toolbar click where it already runs: the running copy answers "run-now" instead.
    const marker = '__onRecordLoaded';
    if ((window as unknown as Record<string, boolean>)[marker]) return;
    (window as unknown as Record<string, boolean>)[marker] = true;
    ctx.onInvalidated(() => delete (window as unknown as Record<string, boolean>)[marker]);
    await watchArticle(ctx, document, { browser, createCardUi: () => createCardUi(ctx), triggered: false, startedAt });
  },
});
