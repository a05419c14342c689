import { browser } from 'wxt/browser';
import { claimPage, releasePage } from '@/lib/content/running-copy';
import { createLifetime } from '@/lib/content/lifetime';
import { watchArticle } from '@/lib/content/watch-article';
import { createCardUi } from './card-ui';
import './highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main() {
    const startedAt = performance.now();
    // WXT's ctx is not used: the page can end it by replaying WXT's own "script started" event.
    const alive = () => browser.runtime?.id !== undefined;
    const life = createLifetime(window, alive);
    const mark = { alive: () => alive() && !life.isInvalid, end: () => life.end() };
    if (!claimPage(window, mark)) return life.end();
    life.onInvalidated(() => releasePage(window, mark));
    await watchArticle(life, document, {
      browser,
      createCardUi: () => createCardUi(life),
      triggered: false,
      startedAt,
    });
  },
});
