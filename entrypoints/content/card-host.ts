/**
 * The hover card's host and shadow root, made so a page cannot pre-empt or restyle them. The host is our own
 * `<on-record-card>` unless the page has defined that name itself (then attaching our shadow root fails, and a
 * plain `<div>`, which no page can define, takes its place). The host's own styles are a `:host` rule inside the
 * shadow root, all `!important`: for important declarations the inner (shadow) context wins over the page's, so no
 * page rule restyles the host, while a reader's own style sheet (user-important) still can — an inline
 * `!important` style would also shut out a reader's text-spacing adjustments (WCAG 1.4.12).
 * Events the page dispatches itself (untrusted) are stopped before they reach the card's buttons.
 */
const HOST_CSS =
  ':host { all: initial !important; display: block !important; position: fixed !important; top: 0 !important; ' +
  'left: 0 !important; width: 0 !important; height: 0 !important; overflow: visible !important; ' +
  'z-index: 2147483646 !important; visibility: visible !important; opacity: 1 !important; transform: none !important; }\n';
const GUARDED = [
  'click',
  'auxclick',
  'dblclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
];
/** Closed: `host.shadowRoot` is null to the page, which can neither read nor rewrite the card (tests read it over CDP). */
const MODE: ShadowRootMode = 'closed';

export interface CardHost {
  host: HTMLElement;
  /** Where the card is rendered, inside the shadow root. */
  container: HTMLElement;
  remove(): void;
}

function attach(doc: Document, tag: string): { host: HTMLElement; root: ShadowRoot } | null {
  const host = doc.createElement(tag);
  try {
    return { host, root: host.attachShadow({ mode: MODE }) };
  } catch {
    return null;
  }
}

/** Creates the host at the end of the body, with the card's styles in its shadow root. */
export function createCardHost(doc: Document, css: string): CardHost {
  const made = attach(doc, 'on-record-card') ?? attach(doc, 'div')!;
  const { host, root } = made;
  host.setAttribute('data-on-record', 'card');
  const style = doc.createElement('style');
  style.textContent = HOST_CSS + css;
  const container = doc.createElement('div');
  root.append(style, container);
  for (const type of GUARDED)
    root.addEventListener(
      type,
      (e) => {
        if (!e.isTrusted) {
          e.stopImmediatePropagation();
          e.preventDefault();
        }
      },
      { capture: true },
    );
  (doc.body ?? doc.documentElement).append(host);
  return { host, container, remove: () => host.remove() };
}
