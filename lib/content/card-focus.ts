/**
 * Focus for the hover card when the keyboard opened it: the card takes focus, Tab and Shift+Tab stay among its
 * controls while it is open (the WAI-ARIA dialog pattern), and closing it gives focus back to where it was.
 * A card opened by the pointer never takes focus: the reader is reading, not typing.
 */
export interface CardFocus {
  /** Moves focus into `card` and keeps it there; the first call remembers where focus was. */
  take(card: HTMLElement): void;
  /** Gives focus back to where it was before `take`, if the card still holds it. */
  release(): void;
}

const CONTROLS = 'a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** Creates the focus keeper for cards shown in `doc` (the card itself may be inside a closed shadow root). */
export function createCardFocus(doc: Document): CardFocus {
  let card: HTMLElement | null = null;
  let returnTo: Element | null = null;

  const activeIn = (el: HTMLElement): Element | null => {
    const root = el.getRootNode() as Document | ShadowRoot;
    const active = root.activeElement;
    return active && (active === el || el.contains(active)) ? active : null;
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Tab' || !card) return;
    const controls = [...card.querySelectorAll<HTMLElement>(CONTROLS)];
    e.preventDefault();
    if (controls.length === 0) return card.focus();
    const at = controls.indexOf(activeIn(card) as HTMLElement);
    const last = controls.length - 1;
    const next = e.shiftKey ? (at <= 0 ? last : at - 1) : at < 0 || at === last ? 0 : at + 1;
    controls[next]!.focus();
  };

  return {
    take(el) {
      if (card !== el) {
        card?.removeEventListener('keydown', onKey);
        el.addEventListener('keydown', onKey);
      }
      // Stepping from one name to the next keeps the first place to return to.
      if (!card || !activeIn(card)) returnTo = doc.activeElement;
      card = el;
      el.focus({ preventScroll: true });
    },
    release() {
      if (!card) return;
      const held = activeIn(card);
      card.removeEventListener('keydown', onKey);
      card = null;
      if (!held) return;
      const back = returnTo as HTMLElement | null;
      returnTo = null;
      if (back && back !== doc.body && back.isConnected && typeof back.focus === 'function') back.focus();
      else (held as HTMLElement).blur();
    },
  };
}
