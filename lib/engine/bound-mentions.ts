/**
 * A bound on the mentions the engine reports for one page: a page naming one official 60,000 times would otherwise
 * send, store and paint 60,000 highlights. Quotes and cards still use every mention; only the list that goes to the
 * page, the panel and storage is cut, and the analysis says so (`article.mentionLimit`).
 */
import type { Mention } from '../mentions/mention';

/** The most mentions reported for one person or event, and for one page, in reading order. */
export const MENTION_LIMITS = { perName: 500, perPage: 5_000 };

/** What the engine says when it reported fewer mentions than it found. */
export interface MentionLimit {
  found: number;
  reported: number;
  perName: number;
  perPage: number;
}

/** Keeps the first `perName` mentions of each group and the first `perPage` in all; linear in the mentions. */
export function boundMentions(
  mentions: Mention[],
  limits = MENTION_LIMITS,
): { reported: Mention[]; limit: MentionLimit | null } {
  const perGroup = new Map<string, number>();
  const reported: Mention[] = [];
  for (const m of mentions) {
    if (reported.length >= limits.perPage) break;
    const n = perGroup.get(m.group) ?? 0;
    if (n >= limits.perName) continue;
    perGroup.set(m.group, n + 1);
    reported.push(m);
  }
  if (reported.length === mentions.length) return { reported: mentions, limit: null };
  return { reported, limit: { found: mentions.length, reported: reported.length, ...limits } };
}
