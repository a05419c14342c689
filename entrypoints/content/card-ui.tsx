import { render } from 'preact';
import { browser } from 'wxt/browser';
import { HoverCard } from '@/components/HoverCard';
import type { Lifetime } from '@/lib/content/lifetime';
import type { CardUi } from '@/lib/content/page-session';
import { placeCard } from '@/lib/highlight/place-card';
import type { Message, Reply } from '@/lib/messaging/contract';
import { PANEL_BY_HAND } from '@/lib/messaging/panel-help';
import type { Card } from '@/lib/related/card';
import { createCardFocus } from '@/lib/content/card-focus';
import { CARD_CSS } from './card-css';
import { type CardHost, createCardHost } from './card-host';

/** The one hover card, in one shadow root, mounted on first use and reused; page CSS and page events cannot reach it. */
export function createCardUi(life: Lifetime): CardUi {
  let ui: CardHost | null = null;
  let current: Card | null = null;
  let notice: string | null = null;
  const focus = createCardFocus(document);
  const ensure = () => {
    if (!ui || !ui.host.isConnected) {
      ui?.remove();
      ui = createCardHost(document, CARD_CSS);
    }
    return ui.container;
  };
  const cardEl = () => (ui?.host.isConnected ? (ui.container.firstElementChild as HTMLElement | null) : null);
  const draw = (card: Card) =>
    render(<HoverCard card={card} onOpenPanel={() => open(card)} notice={notice} />, ensure());
  // The background opens the panel inside this click's gesture; where the browser refuses, the card says how to
  // open it by hand. A card replaced meanwhile is left alone.
  const open = (card: Card) => {
    browser.runtime
      .sendMessage({ type: 'open-side-panel', group: card.group } satisfies Message)
      .then((reply: unknown) => {
        if ((reply as Reply<unknown> | undefined)?.ok || current !== card || life.isInvalid) return;
        notice = PANEL_BY_HAND;
        draw(card);
      })
      .catch(() => {}); // The extension was reloaded: this script is going away.
  };
  const ui_: CardUi = {
    show(card, anchor, _articleDate, opts) {
      if (life.isInvalid) return;
      if (card !== current) notice = null;
      current = card;
      draw(card);
      const el = cardEl();
      if (!el) return;
      el.style.visibility = 'hidden';
      const size = el.getBoundingClientRect();
      const pos = placeCard(anchor, size, { width: window.innerWidth, height: window.innerHeight });
      el.style.top = `${pos.top}px`;
      el.style.left = `${pos.left}px`;
      el.style.visibility = 'visible';
      if (opts?.focus) focus.take(el);
    },
    hide() {
      current = null;
      notice = null;
      focus.release();
      if (ui) render(null, ui.container);
    },
    text() {
      const el = cardEl();
      return el ? el.innerText : null;
    },
    dispose() {
      ui_.hide();
      ui?.remove();
      ui = null;
    },
  };
  life.onInvalidated(() => ui_.dispose());
  return ui_;
}
