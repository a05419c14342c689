/** Finds where a word stands on a page (its box in the viewport), to hover it as a reader would. */
import type { Page } from 'playwright-core';

/** The centre of the `nth` occurrence of `word` in the page's text, scrolled into view; null when absent. */
export async function wordCentre(page: Page, word: string, nth = 0): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ([w, n]) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        let at = (node as Text).data.indexOf(w);
        while (at >= 0) {
          if (seen++ === n) {
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + w.length);
            (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
            const r = range.getBoundingClientRect();
            return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
          }
          at = (node as Text).data.indexOf(w, at + 1);
        }
      }
      return null;
    },
    [word, nth] as const,
  );
}
