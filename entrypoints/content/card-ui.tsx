import { render } from 'preact';
import { browser } from 'wxt/browser';
import { HoverCard } from '@/components/HoverCard';
import type { Lifetime } from '@/lib/content/lifetime';
import type { CardUi } from '@/lib/content/page-session';
import { placeCard } from '@/lib/highlight/place-card';
import type { Message } from '@/lib/messaging/contract';
import { CARD_CSS } from './card-css';
import { type CardHost, createCardHost } from './card-host';

/** The one hover card, in one shadow root, mounted on first use and reused; page CSS and page events cannot reach it. */
export function createCardUi(life: Lifetime): CardUi {
  let ui: CardHost | null = null;
  const ensure = () => {
    if (!ui || !ui.host.isConnected) {
      ui?.remove();
      ui = createCardHost(document, CARD_CSS);
    }
    return ui.container;
  };
  const ui_: CardUi = {
    show(card, anchor) {
      if (life.isInvalid) return;
      const container = ensure();
      const open = () =>
        browser.runtime.sendMessage({ type: 'open-side-panel', group: card.group } satisfies Message).catch(() => {});
      render(<HoverCard card={card} onOpenPanel={open} />, container);
      const el = container.firstElementChild as HTMLElement | null;
      if (!el) return;
      el.style.visibility = 'hidden';
      const size = el.getBoundingClientRect();
      const pos = placeCard(anchor, size, { width: window.innerWidth, height: window.innerHeight });
      el.style.top = `${pos.top}px`;
      el.style.left = `${pos.left}px`;
      el.style.visibility = 'visible';
    },
    hide() {
      if (ui) render(null, ui.container);
    },
    text() {
      const el = ui?.host.isConnected ? (ui.container.firstElementChild as HTMLElement | null) : null;
      return el ? el.innerText : null;
    },
    dispose() {
      if (ui) render(null, ui.container);
      ui?.remove();
      ui = null;
    },
  };
  life.onInvalidated(() => ui_.dispose());
  return ui_;
}
