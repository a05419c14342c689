/** Detects an article's topics from the topics' keywords (one automaton, linear) and from similar statements. */
import type { Topic } from '../../data/schema';
import { buildPhraseMatcher } from '../mentions/alias-matcher';
import { foldKey } from '../text/normalize';
import type { StatementStore } from './statement-store';

export interface TopicScore {
  topic: string;
  score: number;
}

export interface TopicDetector {
  /** The article's topics; `named` are the people it names, whose similar statements lend their topics. */
  detect(text: string, title: string | null, named: string[]): TopicScore[];
}

/** Keyword hits needed, per 1,000 words, for a topic to count from keywords alone. */
const MIN_SCORE = 1;

/** Builds the detector once per dataset. */
export function createTopicDetector(topics: Topic[], store: StatementStore): TopicDetector {
  // One entry per folded keyword, with every topic that lists it.
  const byKey = new Map<string, string[]>();
  for (const t of topics)
    for (const k of t.keywords) {
      const ids = byKey.get(foldKey(k));
      if (ids) ids.push(t.id);
      else byKey.set(foldKey(k), [t.id]);
    }
  const keys = [...byKey.keys()];
  const matcher = buildPhraseMatcher(keys);
  return {
    detect(text, title, named) {
      const counts = new Map<string, number>();
      for (const m of matcher.match(`${title ?? ''}\n${text}`)) {
        for (const topic of byKey.get(keys[m.pattern]!)!) counts.set(topic, (counts.get(topic) ?? 0) + 1);
      }
      // Statements of the people named that are similar to the article's opening lend their topics, weighted by rank.
      const lead = `${title ?? ''} ${text.slice(0, 1500)}`;
      store.search(lead, { people: named, limit: 10 }).forEach((hit, rank) => {
        for (const t of hit.statement.topics) counts.set(t, (counts.get(t) ?? 0) + 1 / (rank + 1));
      });
      return [...counts]
        .map(([topic, score]) => ({ topic, score }))
        .filter((t) => t.score >= MIN_SCORE)
        .sort((a, b) => b.score - a.score);
    },
  };
}
