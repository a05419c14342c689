import { describe, expect, it } from 'vitest';
import { refusal } from '../../lib/background/sender-policy';
import type { Message } from '../../lib/messaging/contract';

const ORIGIN = 'chrome-extension://abcdefghijklmnop';
const contentScript = { id: 'x', tab: { id: 7 }, url: 'https://news.example/a' };
const panelInATab = { id: 'x', tab: { id: 9 }, url: `${ORIGIN}/sidepanel.html?tab=7` };
const options = { id: 'x', url: `${ORIGIN}/options.html` };

describe('who may ask the background what', () => {
  it('lets a content script ask only about its own tab', () => {
    expect(refusal({ type: 'get-tab-analysis', tabId: 7 }, contentScript, ORIGIN)).toBeNull();
    expect(refusal({ type: 'get-tab-analysis', tabId: 8 }, contentScript, ORIGIN)).toBe(
      'a page may ask only about its own tab',
    );
    expect(refusal({ type: 'get-tab-analysis', tabId: 8 }, panelInATab, ORIGIN)).toBeNull();
  });

  it('takes flag management and panel commands only from extension pages', () => {
    const commands: Message[] = [
      { type: 'list-flags' },
      { type: 'delete-flag', id: 'urn:uuid:x' },
      { type: 'import-flags', items: [] },
      { type: 'mark-flags-exported', ids: [] },
      { type: 'save-flag', flag: {} },
      { type: 'take-flag-draft', tabId: 7 },
      { type: 'describe-span', tabId: 7, start: 0, end: 1 },
      { type: 'reveal-in-page', tabId: 8, start: 0, end: 1 },
    ];
    for (const m of commands) {
      expect(refusal(m, contentScript, ORIGIN)).toBe(`${m.type} is taken only from On Record's own pages`);
      expect(refusal(m, options, ORIGIN)).toBeNull();
      expect(refusal(m, panelInATab, ORIGIN)).toBeNull();
    }
    // A page whose address merely starts with the extension's id is not an extension page.
    expect(
      refusal({ type: 'list-flags' }, { ...contentScript, url: `${ORIGIN}.evil.example/` }, ORIGIN),
    ).not.toBeNull();
  });

  it('still takes what content scripts send', () => {
    expect(refusal({ type: 'open-side-panel', group: 'g' }, contentScript, ORIGIN)).toBeNull();
    expect(refusal({ type: 'highlights-toggled', on: true }, contentScript, ORIGIN)).toBeNull();
  });
});
