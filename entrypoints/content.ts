import { browser } from 'wxt/browser';
import { watchArticle } from '@/lib/content/watch-article';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    watchArticle(ctx, document, (message) => browser.runtime.sendMessage(message));
  },
});
