/**
 * The content script's lifetime, owned by the extension alone. WXT's own context also stops when the page replays
 * its "content-script-started" event, so a page could switch On Record off; this one ends only when the extension
 * is gone (its runtime id disappears after an update or removal) or when `end()` is called by our own code.
 */
export interface Lifetime {
  readonly isInvalid: boolean;
  /** Calls `cb` once when the lifetime ends; returns the function that removes it. */
  onInvalidated(cb: () => void): () => void;
  addEventListener(
    target: EventTarget,
    type: string,
    handler: (e: Event) => void,
    options?: AddEventListenerOptions,
  ): void;
  setTimeout(handler: () => void, ms: number): number;
  setInterval(handler: () => void, ms: number): number;
  end(): void;
}

/** How often to look whether the extension is still there (a property read). */
const CHECK_MS = 1000;

/** Starts a lifetime that lasts while `extensionAlive()` holds, checked every second and at every timer. */
export function createLifetime(win: Window, extensionAlive: () => boolean): Lifetime {
  const controller = new AbortController();
  const { signal } = controller;
  const life: Lifetime = {
    get isInvalid() {
      if (!signal.aborted && !extensionAlive()) controller.abort();
      return signal.aborted;
    },
    onInvalidated(cb) {
      if (signal.aborted) {
        cb();
        return () => {};
      }
      signal.addEventListener('abort', cb, { once: true });
      return () => signal.removeEventListener('abort', cb);
    },
    addEventListener(target, type, handler, options) {
      target.addEventListener(type, handler, { ...options, signal });
    },
    setTimeout(handler, ms) {
      const id = win.setTimeout(() => !life.isInvalid && handler(), ms);
      life.onInvalidated(() => win.clearTimeout(id));
      return id;
    },
    setInterval(handler, ms) {
      const id = win.setInterval(() => !life.isInvalid && handler(), ms);
      life.onInvalidated(() => win.clearInterval(id));
      return id;
    },
    end: () => controller.abort(),
  };
  // Nothing else tells a content script that its extension was updated or removed: look now and then.
  const check = win.setInterval(() => void life.isInvalid, CHECK_MS);
  life.onInvalidated(() => win.clearInterval(check));
  return life;
}

/**
 * Calls `onChange` when the page's address changes (single-page apps). Polls `location.href` instead of listening
 * for events, because any event a page can dispatch itself (popstate, WXT's locationchange) can be forged.
 */
export function watchLocation(life: Lifetime, loc: Location, onChange: () => void, everyMs = 500): void {
  let last = loc.href;
  life.setInterval(() => {
    if (loc.href === last) return;
    last = loc.href;
    onChange();
  }, everyMs);
}
