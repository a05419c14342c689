/**
 * The one messaging contract between the content script, the background and the side panel.
 * Commands are imperative ("analyze-article"); events are in the past tense ("tab-analysis-updated").
 * Every receiver parses incoming messages with `parseMessage` and drops what does not fit.
 */
// zod/mini: the same validation with a fraction of the bundle, because the content script carries this contract.
import { z } from 'zod/mini';
import type { Analysis } from '../engine/analysis';

/**
 * Builds the schemas. Building them costs about 20 ms on a cold start, so it waits for the first message: a content
 * script that receives none never pays it, and the page's first task stays short.
 */
function buildMessageSchema() {
  const MAX_TEXT = 5_000_000;
  /** Chromium's own limit on an address (2 MB): any page the browser can show can be analysed. */
  const MAX_URL = 2 * 1024 * 1024;
  const str = z.nullable(z.string().check(z.maxLength(2000)));
  const int = () => z.number().check(z.int(), z.nonnegative());
  const text = (max: number) => z.string().check(z.maxLength(max));

  /** The article as the content script read it: page content, so untrusted and bounded. */
  const ArticleSchema = z.strictObject({
    title: str,
    byline: str,
    siteName: str,
    publishedTime: str,
    pageKind: z.optional(z.enum(['news', 'other'])),
    lang: z.nullable(text(20)),
    text: text(MAX_TEXT),
  });

  const ExtractionSchema = z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('article'), article: ArticleSchema }),
    z.strictObject({ kind: z.literal('not-article'), reason: text(500) }),
  ]);

  return z.discriminatedUnion('type', [
    /** Content script → background: analyse what I read on this tab; replies with the Analysis. */
    z.strictObject({ type: z.literal('analyze-article'), url: text(MAX_URL), extraction: ExtractionSchema }),
    /** Side panel → background: give me the latest analysis of a tab; replies with a TabAnalysis or null. */
    z.strictObject({ type: z.literal('get-tab-analysis'), tabId: int() }),
    /** Background → side panel: a tab's analysis changed. */
    z.strictObject({ type: z.literal('tab-analysis-updated'), tabId: int() }),
    /** Side panel → background: scroll the tab to this mention or quote and flash it. */
    z.strictObject({ type: z.literal('reveal-in-page'), tabId: int(), start: int(), end: int() }),
    /** Background → content script: scroll to this span of the extracted text and flash it. */
    z.strictObject({ type: z.literal('reveal-span'), start: int(), end: int() }),
    /** Background → content script: turn highlights on this page off or back on (keyboard shortcut, menu). */
    z.strictObject({ type: z.literal('toggle-highlights') }),
    /** Background → content script: select the next mention and show its card (keyboard shortcut). */
    z.strictObject({ type: z.literal('focus-next-mention') }),
    /** Background → content script: how long the last analysis of this page took, in ms (tests and diagnostics). */
    z.strictObject({ type: z.literal('get-page-timings') }),
    /** Background → content script: the hover card's text, or null when none is shown (tests and diagnostics). */
    z.strictObject({ type: z.literal('get-card-text') }),
    /** Background → content script: analyse this page now (click-only mode). */
    z.strictObject({ type: z.literal('run-now') }),
    /** Content script → background: open the side panel at a person's or event's card. */
    z.strictObject({ type: z.literal('open-side-panel'), group: text(300) }),
    /** Side panel or options → background: the dataset's version and coverage. */
    z.strictObject({ type: z.literal('get-dataset-info') }),
    /** Content script → background: highlights on this tab were turned on or off. */
    z.strictObject({ type: z.literal('highlights-toggled'), on: z.boolean() }),
    /** Side panel → background: the people and topics a flag may name. */
    z.strictObject({ type: z.literal('get-flag-choices') }),
    /** Side panel → background → content script: describe this span of the article for a flag (selectors, page). */
    z.strictObject({ type: z.literal('describe-span'), tabId: int(), start: int(), end: int() }),
    /** Background → content script: describe the reader's selection for a flag. */
    z.strictObject({ type: z.literal('describe-selection') }),
    /** Side panel → background: a flag draft left by the context menu for this tab, if any (used once). */
    z.strictObject({ type: z.literal('take-flag-draft'), tabId: int() }),
    /** Side panel or options → background: flag commands; the flag itself is validated by the background. */
    z.strictObject({ type: z.literal('save-flag'), flag: z.unknown() }),
    z.strictObject({ type: z.literal('list-flags') }),
    z.strictObject({ type: z.literal('delete-flag'), id: text(100) }),
    z.strictObject({ type: z.literal('mark-flags-exported'), ids: z.array(text(100)) }),
    z.strictObject({ type: z.literal('import-flags'), items: z.array(z.unknown()) }),
    /** Background → side panel: the flags changed. */
    z.strictObject({ type: z.literal('flags-updated') }),
  ]);
}

let messageSchema: ReturnType<typeof buildMessageSchema> | null = null;

export type Message = z.infer<ReturnType<typeof buildMessageSchema>>;

/** A tab's stored analysis, kept in session storage so a stopped service worker loses nothing. */
export interface TabAnalysis {
  tabId: number;
  url: string;
  analyzedAt: string;
  analysis: Analysis;
}

/** A tab whose result was read but is not kept: it gave way to more recent tabs, or storage refused it. */
export interface TabNotKept {
  tabId: number;
  url: string;
  analyzedAt: string;
  notKept: { reason: 'evicted' | 'failed'; detail: string };
}

/** What session storage holds for a tab. */
export type StoredTab = TabAnalysis | TabNotKept;

/** Replies that cross a boundary are plain data. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** Parses an incoming message; returns null (after logging) when it does not fit the contract. */
export function parseMessage(raw: unknown): Message | null {
  messageSchema ??= buildMessageSchema();
  const r = messageSchema.safeParse(raw);
  if (r.success) return r.data;
  console.warn('On Record: dropped a message that does not fit the contract:', r.error.issues[0]?.message);
  return null;
}

/** The storage key of a tab's analysis. */
export const tabKey = (tabId: number) => `tab:${tabId}`;
