/**
 * Runs axe-core in a page (Node only: tests). axe is evaluated over the DevTools protocol, which extension pages'
 * strict script policy does not block. The hover card lives in a closed shadow root that axe cannot enter, so for the
 * page with the card open a copy of the card's root (its styles and markup, as shown) is put in an open one beside it.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { callOnCard } from './closed-card';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** The tag of the open copy of the hover card's root. */
export const CARD_COPY = 'on-record-axe-card-copy';

/** axe's violations on the page (WCAG 2 A and AA, and best practice), in a compact form. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: never[] }> } })
      .axe;
    const { violations } = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return (
      violations as { id: string; impact: string | null; help: string; nodes: { target: string[]; html: string }[] }[]
    ).map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String), html: n.html.slice(0, 200) })),
    }));
  });
}

/** Puts an open copy of the shown hover card's root in the page, at the card's place; false when no card is shown. */
export async function copyCardForAxe(page: Page): Promise<boolean> {
  const done = await callOnCard<boolean>(
    page,
    `function () {
      const root = this.getRootNode();
      const host = root.host;
      const copy = document.createElement(${JSON.stringify(CARD_COPY)});
      copy.style.cssText = host.style.cssText;
      const open = copy.attachShadow({ mode: 'open' });
      for (const child of root.childNodes) open.append(child.cloneNode(true));
      host.after(copy);
      return true;
    }`,
  );
  return done === true;
}
