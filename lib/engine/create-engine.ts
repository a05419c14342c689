/** Builds the engine once per dataset; analysing a text is then linear in its length. */
import type { Dataset } from '../dataset/dataset';
import type { Article, Extraction } from '../extract/article';
import { buildAliasMatcher } from '../mentions/alias-matcher';
import { findMentions } from '../mentions/find-mentions';
import { attributeQuotes } from '../quotes/attribute-quotes';
import { findIndirectStatements } from '../quotes/find-indirect';
import { splitSentences } from '../text/sentences';
import type { Analysis } from './analysis';

export interface Engine {
  /** Analyses an extracted article. */
  analyzeArticle(article: Article, opts?: { includeText?: boolean }): Analysis;
  /** Analyses an extraction result; a page that is not an article gives `article: null`. */
  analyze(extraction: Extraction, opts?: { includeText?: boolean }): Analysis;
}

/** Creates an engine over the dataset (people, events) with one alias automaton. */
export function createEngine(dataset: Pick<Dataset, 'people' | 'events'>): Engine {
  const matcher = buildAliasMatcher(dataset.people, dataset.events);
  const people = new Map(dataset.people.map((p) => [p.id, p]));
  const events = new Map(dataset.events.map((e) => [e.id, e]));

  const analyzeArticle: Engine['analyzeArticle'] = (article, opts = {}) => {
    const { text } = article;
    const date = article.publishedTime?.slice(0, 10) ?? null;
    const mentions = findMentions(text, { matcher, people, events }, { date, lang: article.lang });
    const ctx = { text, sentences: splitSentences(text), people, date };
    const quotes = attributeQuotes(ctx, mentions);
    const statements = findIndirectStatements(ctx, mentions, quotes);
    const { text: _omit, ...meta } = article;
    return {
      article: { ...meta, textLength: text.length, ...(opts.includeText ? { text } : {}) },
      mentions,
      quotes,
      statements,
    };
  };

  return {
    analyzeArticle,
    analyze(extraction, opts) {
      if (extraction.kind === 'not-article') {
        return { article: null, notArticle: extraction.reason, mentions: [], quotes: [], statements: [] };
      }
      return analyzeArticle(extraction.article, opts);
    },
  };
}
