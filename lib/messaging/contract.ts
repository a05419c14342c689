/**
 * The one messaging contract between the content script, the background and the side panel.
 * Commands are imperative ("analyze-article"); events are in the past tense ("tab-analysis-updated").
 * Every receiver parses incoming messages with `parseMessage` and drops what does not fit.
 */
import { z } from 'zod';
import type { Analysis } from '../engine/analysis';

const MAX_TEXT = 5_000_000;
const str = z.string().max(2000).nullable();

/** The article as the content script read it: page content, so untrusted and bounded. */
export const ArticleSchema = z.strictObject({
  title: str,
  byline: str,
  siteName: str,
  publishedTime: str,
  lang: z.string().max(20).nullable(),
  text: z.string().max(MAX_TEXT),
});

export const ExtractionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('article'), article: ArticleSchema }),
  z.strictObject({ kind: z.literal('not-article'), reason: z.string().max(500) }),
]);

export const MessageSchema = z.discriminatedUnion('type', [
  /** Content script → background: analyse what I read on this tab; replies with the Analysis. */
  z.strictObject({ type: z.literal('analyze-article'), url: z.string().max(4000), extraction: ExtractionSchema }),
  /** Side panel → background: give me the latest analysis of a tab; replies with a TabAnalysis or null. */
  z.strictObject({ type: z.literal('get-tab-analysis'), tabId: z.number().int().nonnegative() }),
  /** Background → side panel: a tab's analysis changed. */
  z.strictObject({ type: z.literal('tab-analysis-updated'), tabId: z.number().int().nonnegative() }),
]);

export type Message = z.infer<typeof MessageSchema>;

/** A tab's stored analysis, kept in session storage so a stopped service worker loses nothing. */
export interface TabAnalysis {
  tabId: number;
  url: string;
  analyzedAt: string;
  analysis: Analysis;
}

/** Replies that cross a boundary are plain data. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** Parses an incoming message; returns null (after logging) when it does not fit the contract. */
export function parseMessage(raw: unknown): Message | null {
  const r = MessageSchema.safeParse(raw);
  if (r.success) return r.data;
  console.warn('On Record: dropped a message that does not fit the contract:', r.error.issues[0]?.message);
  return null;
}

/** The storage key of a tab's analysis. */
export const tabKey = (tabId: number) => `tab:${tabId}`;
