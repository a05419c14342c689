/** What the engine reports for one page: the `analyze --json` contract. Later versions add fields, never rename. */
import type { Mention } from '../mentions/mention';
import type { MentionLimit } from './bound-mentions';
import type { IndirectStatement, Quote } from '../quotes/quote';
import type { Card, KnownQuote } from '../related/card';
import type { TopicScore } from '../related/detect-topics';

export interface ArticleSummary {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  textLength: number;
  /** Set when the text was longer than the engine reads: only this many characters were analysed. */
  analysedLength?: number;
  /** Set when the page named people or events more often than the engine reports (see `boundMentions`). */
  mentionLimit?: MentionLimit;
  /** Present only when asked for (`--text`) or where the caller needs it. */
  text?: string;
}

export interface Analysis {
  article: ArticleSummary | null;
  /** Why the page is not an article, when `article` is null. */
  notArticle?: string;
  mentions: Mention[];
  /** Each quote says whether the dataset already holds it, and how faithfully the article quotes it. */
  quotes: (Quote & { known: KnownQuote | null })[];
  statements: IndirectStatement[];
  /** The article's topics, strongest first. */
  topics: TopicScore[];
  cards: Card[];
}

/**
 * What the page's content script needs of an analysis: where to paint, and for each card what the hover card shows
 * (its most related statement). The rest stays with the side panel, so the reply to the page is a fraction of the
 * size (seed 003: from 150 kB to a few kB) and arrives sooner.
 */
export function forThePage(a: Analysis): Analysis {
  return {
    ...a,
    statements: [],
    topics: [],
    cards: a.cards.map((c) => {
      if (c.kind !== 'person') return { ...c, before: [], after: [] };
      const top = c.related[0]?.statementId;
      const statement = top ? c.statements[top] : undefined;
      return { ...c, statements: statement && top ? { [top]: statement } : {} };
    }),
  };
}
