/**
 * The re-injection guard: a toolbar click may inject the content script where a copy already runs, and that copy
 * answers "run-now" instead. The mark is a property of our isolated world's `window` holding a function, checked
 * as an own property, so the page can neither set nor fake it (an element with the same id is only a named
 * property of the page's window, never an own property here, and never a function). A copy whose extension is
 * gone (an update) does not count.
 */
const MARK = '__onRecordRunning';

type Mark = { alive: () => boolean; end: () => void };

/** Claims the page for this copy; false when a live copy already runs here. */
export function claimPage(win: Window, mine: Mark): boolean {
  const holder = win as unknown as Record<string, unknown>;
  const prev = Object.prototype.hasOwnProperty.call(holder, MARK) ? holder[MARK] : undefined;
  if (typeof prev === 'object' && prev !== null && typeof (prev as Mark).alive === 'function') {
    const other = prev as Mark;
    if (other.alive()) return false;
    other.end();
  }
  Object.defineProperty(holder, MARK, { value: mine, configurable: true, enumerable: false, writable: false });
  return true;
}

/** Gives the page back (when this copy ends). */
export function releasePage(win: Window, mine: Mark): void {
  const holder = win as unknown as Record<string, unknown>;
  if (Object.prototype.hasOwnProperty.call(holder, MARK) && holder[MARK] === mine) delete holder[MARK];
}
