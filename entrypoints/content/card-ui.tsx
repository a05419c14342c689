import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { HoverCard } from '@/components/HoverCard';
import type { CardUi } from '@/lib/content/page-session';
import { placeCard } from '@/lib/highlight/place-card';
import type { Message } from '@/lib/messaging/contract';
import { CARD_CSS } from './card-css';

/** The one hover card, in one shadow root, mounted on first use and reused; page CSS cannot reach it. */
export function createCardUi(ctx: ContentScriptContext): CardUi {
  let ui: Awaited<ReturnType<typeof createShadowRootUi<HTMLElement>>> | null = null;
  let pending = 0;

  const ensure = async () => {
    ui ??= await createShadowRootUi<HTMLElement>(ctx, {
      name: 'on-record-card',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: CARD_CSS,
      onMount: (container) => container,
      onRemove: (container) => container && render(null, container),
    });
    if (!ui.mounted) ui.mount();
    return ui.mounted!;
  };

  return {
    show(card, anchor) {
      const token = ++pending;
      void ensure().then((container) => {
        if (token !== pending) return;
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
      });
    },
    hide() {
      pending++;
      if (ui?.mounted) render(null, ui.mounted);
    },
    dispose() {
      pending++;
      ui?.remove();
      ui = null;
    },
  };
}
