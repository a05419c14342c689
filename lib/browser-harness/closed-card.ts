/**
 * Reads and presses the hover card, which lives in a closed shadow root that no page script can reach, through
 * Chromium's DevTools protocol (Node only: tests and the demo). `DOM.describeNode` with `pierce` sees inside closed
 * shadow roots; the card's element is then resolved to an object and read, and its button is pressed with a real,
 * trusted mouse click at its box.
 */
import type { CDPSession, Page } from 'playwright-core';

interface CdpNode {
  backendNodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
function sessionOf(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) sessions.set(page, (s = page.context().newCDPSession(page)));
  return s;
}

const hasClass = (n: CdpNode, name: string) => {
  const a = n.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === 'class' && a[i + 1]!.split(/\s+/).includes(name)) return true;
  return false;
};
function find(n: CdpNode, test: (n: CdpNode) => boolean): CdpNode | null {
  if (test(n)) return n;
  for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) {
    const hit = find(c, test);
    if (hit) return hit;
  }
  return null;
}

/** Calls `fn` with `this` bound to the card's `.card` element (inside the closed root); null when no card is shown. */
export async function callOnCard<T>(page: Page, fn: string): Promise<T | null> {
  const cdp = await sessionOf(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } };
  const { nodeId } = (await cdp.send('DOM.querySelector', {
    nodeId: root.nodeId,
    selector: '[data-on-record="card"]',
  })) as { nodeId: number };
  if (!nodeId) return null;
  const { node } = (await cdp.send('DOM.describeNode', { nodeId, depth: -1, pierce: true })) as { node: CdpNode };
  const card = node.shadowRoots?.[0] && find(node.shadowRoots[0], (n) => hasClass(n, 'card'));
  if (!card) return null;
  const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: card.backendNodeId })) as {
    object: { objectId?: string };
  };
  if (!object.objectId) return null;
  const { result } = (await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: fn,
    returnByValue: true,
    awaitPromise: true,
  })) as { result: { value?: T } };
  return result.value ?? null;
}

/** The hover card's text as shown, or null when none is shown. */
export const closedCardText = (page: Page) => callOnCard<string>(page, 'function () { return this.innerText; }');

/** The card's box in the viewport, or null. */
export const closedCardBox = (page: Page) =>
  callOnCard<{ left: number; top: number; right: number; bottom: number }>(
    page,
    'function () { const r = this.getBoundingClientRect(); return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }; }',
  );

/** What has focus inside the card's root: its text and tag ('' when the focus is not inside the card), or null. */
export const closedCardFocus = (page: Page) =>
  callOnCard<string>(
    page,
    'function () { const a = this.getRootNode().activeElement; return a ? a.tagName.toLowerCase() + ":" + (a.textContent || a.getAttribute("aria-label") || "") : ""; }',
  );

/** Presses the card's button labelled `label` with a trusted mouse click at its centre; false when not found. */
export async function clickCardButton(page: Page, label: string): Promise<boolean> {
  const spot = await callOnCard<{ x: number; y: number } | null>(
    page,
    `function () {
      const b = [...this.querySelectorAll('button')].find((b) => b.textContent.includes(${JSON.stringify(label)}));
      if (!b) return null;
      const r = b.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }`,
  );
  if (!spot) return false;
  await page.mouse.click(spot.x, spot.y);
  return true;
}
