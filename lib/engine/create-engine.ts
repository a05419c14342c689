/** Builds the engine once per dataset; analysing a text is then linear in its length. */
import type { AsPlainObject } from 'minisearch';
import type { Dataset } from '../dataset/dataset';
import type { Article, Extraction } from '../extract/article';
import { buildAliasMatcher } from '../mentions/alias-matcher';
import { findMentions } from '../mentions/find-mentions';
import { attributeQuotes } from '../quotes/attribute-quotes';
import { findIndirectStatements } from '../quotes/find-indirect';
import { buildCards } from '../related/build-cards';
import { createTopicDetector } from '../related/detect-topics';
import { matchQuote } from '../related/quote-fidelity';
import { createStatementStore } from '../related/statement-store';
import { splitSentences } from '../text/sentences';
import type { Analysis } from './analysis';

/** The most characters of one article the engine reads (2 MB). */
export const MAX_ANALYSED_CHARS = 2_000_000;

export interface AnalyzeOptions {
  /** Put the article text into the result. */
  includeText?: boolean;
  /** Called with each stage's time in ms (for the benchmark). */
  onStage?: (stage: 'mentions' | 'quotes' | 'cards', ms: number) => void;
}

export interface Engine {
  /** Analyses an extracted article. */
  analyzeArticle(article: Article, opts?: AnalyzeOptions): Analysis;
  /** Analyses an extraction result; a page that is not an article gives `article: null`. */
  analyze(extraction: Extraction, opts?: AnalyzeOptions): Analysis;
}

/** What the engine needs: people and events at least; statements and topics for cards; a prebuilt text index. */
export type EngineInput = Pick<Dataset, 'people' | 'events'> &
  Partial<Pick<Dataset, 'statements' | 'topics' | 'manifest'>> & { textIndex?: AsPlainObject };

/** Creates an engine over the dataset with one alias automaton and one statement index. */
export function createEngine(dataset: EngineInput): Engine {
  const matcher = buildAliasMatcher(dataset.people, dataset.events);
  const people = new Map(dataset.people.map((p) => [p.id, p]));
  const events = new Map(dataset.events.map((e) => [e.id, e]));
  const topics = new Map((dataset.topics ?? []).map((t) => [t.id, t]));
  const store = createStatementStore(dataset.statements ?? [], dataset.textIndex);
  const detector = createTopicDetector(dataset.topics ?? [], store);
  const today = dataset.manifest?.updated ?? new Date().toISOString().slice(0, 10);

  const analyzeArticle: Engine['analyzeArticle'] = (article, opts = {}) => {
    // Bounded work on absurd pages: beyond this many characters (ten times a very long article) nothing is read.
    const text = article.text.length > MAX_ANALYSED_CHARS ? article.text.slice(0, MAX_ANALYSED_CHARS) : article.text;
    const date = article.publishedTime?.slice(0, 10) ?? null;
    let t = performance.now();
    const lap = (stage: 'mentions' | 'quotes' | 'cards') => {
      const now = performance.now();
      opts.onStage?.(stage, now - t);
      t = now;
    };
    const mentions = findMentions(text, { matcher, people, events }, { date, lang: article.lang });
    lap('mentions');
    const ctx = { text, sentences: splitSentences(text), people, date };
    const quotes = attributeQuotes(ctx, mentions).map((q) => ({
      ...q,
      known: matchQuote(store, q.text, q.speaker.id),
    }));
    const statements = findIndirectStatements(ctx, mentions, quotes);
    lap('quotes');
    const articleTopics = detector.detect(text, article.title);
    const cardInput = { text, title: article.title, date, mentions, topics: articleTopics };
    const cards = buildCards(cardInput, { people, events, topics, store, today });
    lap('cards');
    const { text: full, ...meta } = article;
    return {
      article: {
        ...meta,
        textLength: full.length,
        ...(full.length > text.length ? { analysedLength: text.length } : {}),
        ...(opts.includeText ? { text: full } : {}),
      },
      mentions,
      quotes,
      statements,
      topics: articleTopics,
      cards,
    };
  };

  return {
    analyzeArticle,
    analyze(extraction, opts) {
      if (extraction.kind === 'not-article') {
        return {
          article: null,
          notArticle: extraction.reason,
          mentions: [],
          quotes: [],
          statements: [],
          topics: [],
          cards: [],
        };
      }
      return analyzeArticle(extraction.article, opts);
    },
  };
}
