/** Detects an article's topics from the topics' keywords (one automaton, linear) and from similar statements. */
import AhoCorasick from 'modern-ahocorasick';
import type { Topic } from '../../data/schema';
import { foldKey, foldText, isWordChar } from '../text/normalize';
import type { StatementStore } from './statement-store';

export interface TopicScore {
  topic: string;
  score: number;
}

export interface TopicDetector {
  detect(text: string, title: string | null): TopicScore[];
}

/** Keyword hits needed, per 1,000 words, for a topic to count from keywords alone. */
const MIN_SCORE = 1;

/** Builds the detector once per dataset. */
export function createTopicDetector(topics: Topic[], store: StatementStore): TopicDetector {
  const patterns = topics.flatMap((t) => t.keywords.map((k) => ({ pattern: foldKey(k), data: t.id })));
  const automaton = new AhoCorasick(patterns);
  return {
    detect(text, title) {
      const f = foldText(`${title ?? ''}\n${text}`).text;
      const counts = new Map<string, number>();
      for (const m of automaton.search(f, { strategy: 'leftmost-longest' })) {
        if (isWordChar(f, m.start - 1) || isWordChar(f, m.end)) continue;
        const topic = m.data as string;
        counts.set(topic, (counts.get(topic) ?? 0) + 1);
      }
      // Statements similar to the article's opening lend their topics, weighted by rank.
      const lead = `${title ?? ''} ${text.slice(0, 1500)}`;
      store.search(lead, { limit: 10 }).forEach((hit, rank) => {
        for (const t of store.byId.get(hit.id)?.topics ?? []) counts.set(t, (counts.get(t) ?? 0) + 1 / (rank + 1));
      });
      return [...counts]
        .map(([topic, score]) => ({ topic, score }))
        .filter((t) => t.score >= MIN_SCORE)
        .sort((a, b) => b.score - a.score);
    },
  };
}
