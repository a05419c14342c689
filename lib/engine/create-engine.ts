/**
 * Builds the engine once per dataset; analysing a text is then linear in its length. Statements are read per person
 * and event named, from memory or from the extension's shards.
 */
import type { Dataset } from '../dataset/dataset';
import type { Article, Extraction } from '../extract/article';
import { buildAliasMatcher } from '../mentions/alias-matcher';
import { boundMentions } from './bound-mentions';
import { findMentions } from '../mentions/find-mentions';
import type { Mention } from '../mentions/mention';
import { attributeQuotes } from '../quotes/attribute-quotes';
import { findIndirectStatements } from '../quotes/find-indirect';
import { buildCards } from '../related/build-cards';
import { createTopicDetector } from '../related/detect-topics';
import { matchQuote } from '../related/quote-fidelity';
import { type ShardSource, createStatementStore, memorySource } from '../related/statement-store';
import { splitSentences } from '../text/sentences';
import type { Analysis } from './analysis';

/** The most characters of one article the engine reads (2 MB). */
export const MAX_ANALYSED_CHARS = 2_000_000;

/** The engine's stages: finding names, reading the statements of those named, quotes, cards. */
export type Stage = 'mentions' | 'load' | 'quotes' | 'cards';

export interface AnalyzeOptions {
  /** Put the article text into the result. */
  includeText?: boolean;
  /** Called with each stage's time in ms (for the benchmark). */
  onStage?: (stage: Stage, ms: number) => void;
}

export interface Engine {
  /** Analyses an extracted article. */
  analyzeArticle(article: Article, opts?: AnalyzeOptions): Analysis;
  /** Analyses an extraction result; a page that is not an article gives `article: null`. */
  analyze(extraction: Extraction, opts?: AnalyzeOptions): Analysis;
  /**
   * Reads the statements of the people and events the article names, where they come from files: await it before
   * `analyze`. Statements in memory need no preparing.
   */
  prepare(extraction: Extraction): Promise<void>;
}

/** What the engine needs: people and events at least; topics, and statements in memory or as shards, for cards. */
export type EngineInput = Pick<Dataset, 'people' | 'events'> &
  Partial<Pick<Dataset, 'statements' | 'topics' | 'manifest'>> & { shards?: ShardSource };

/** Creates an engine over the dataset with one alias automaton and a statement store. */
export function createEngine(dataset: EngineInput): Engine {
  const matcher = buildAliasMatcher(dataset.people, dataset.events);
  const people = new Map(dataset.people.map((p) => [p.id, p]));
  const events = new Map(dataset.events.map((e) => [e.id, e]));
  const topics = new Map((dataset.topics ?? []).map((t) => [t.id, t]));
  const store = createStatementStore(dataset.shards ?? memorySource(dataset.statements ?? []));
  const detector = createTopicDetector(dataset.topics ?? [], store);
  const today = dataset.manifest?.updated ?? new Date().toISOString().slice(0, 10);

  // Bounded work on absurd pages: beyond this many characters (ten times a very long article) nothing is read.
  const textOf = (article: Article) =>
    article.text.length > MAX_ANALYSED_CHARS ? article.text.slice(0, MAX_ANALYSED_CHARS) : article.text;
  // Mentions found while preparing an article are kept for its analysis.
  const prepared = new WeakMap<Article, Mention[]>();
  const mentionsOf = (article: Article) =>
    prepared.get(article) ??
    findMentions(
      textOf(article),
      { matcher, people, events },
      { date: article.publishedTime?.slice(0, 10) ?? null, lang: article.lang },
    );
  const namedIn = (mentions: Mention[]) => ({
    people: [...new Set(mentions.flatMap((m) => (m.kind === 'person' && m.id ? [m.id] : [])))],
    events: [...new Set(mentions.flatMap((m) => (m.kind === 'event' && m.id ? [m.id] : [])))],
  });

  const analyzeArticle: Engine['analyzeArticle'] = (article, opts = {}) => {
    const text = textOf(article);
    const date = article.publishedTime?.slice(0, 10) ?? null;
    let t = performance.now();
    const lap = (stage: Stage) => {
      const now = performance.now();
      opts.onStage?.(stage, now - t);
      t = now;
    };
    const mentions = mentionsOf(article);
    prepared.delete(article);
    const named = namedIn(mentions);
    lap('mentions');
    if (store.need(named.people, named.events))
      throw new Error('the statements of the people named are not loaded: await engine.prepare() first');
    lap('load');
    const ctx = { text, sentences: splitSentences(text), people, date, lang: article.lang };
    // A page that is not news (a wiki page, reference lists) has quoted titles and terms, not statements.
    const news = article.pageKind !== 'other';
    const quotes = news
      ? attributeQuotes(ctx, mentions).map((q) => ({
          ...q,
          known: matchQuote(store, q.text, q.speaker.id, named.people, date),
        }))
      : [];
    const statements = news ? findIndirectStatements(ctx, mentions, quotes) : [];
    lap('quotes');
    const articleTopics = detector.detect(text, article.title, named.people);
    const cardInput = { text, sentences: ctx.sentences, title: article.title, date, mentions, topics: articleTopics };
    const cards = buildCards(cardInput, { people, events, topics, store, today });
    lap('cards');
    const { text: full, ...meta } = article;
    const bounded = boundMentions(mentions);
    return {
      article: {
        ...meta,
        textLength: full.length,
        ...(full.length > text.length ? { analysedLength: text.length } : {}),
        ...(bounded.limit ? { mentionLimit: bounded.limit } : {}),
        ...(opts.includeText ? { text: full } : {}),
      },
      mentions: bounded.reported,
      quotes,
      statements,
      topics: articleTopics,
      cards,
    };
  };

  return {
    analyzeArticle,
    async prepare(extraction) {
      if (extraction.kind !== 'article') return;
      const mentions = mentionsOf(extraction.article);
      prepared.set(extraction.article, mentions);
      const named = namedIn(mentions);
      await store.need(named.people, named.events);
    },
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
