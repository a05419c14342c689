import { describe, expect, it } from 'vitest';
import { MENTION_LIMITS, boundMentions } from '../../lib/engine/bound-mentions';
import { extractPlainText } from '../../lib/extract/extract-plain-text';
import type { Mention } from '../../lib/mentions/mention';
import { realEngine } from '../helpers';

const mention = (group: string, start: number): Mention => ({
  kind: 'person',
  id: group,
  name: group,
  title: null,
  text: group,
  start,
  end: start + 1,
  group,
});

describe('a bound on the mentions reported for one page', () => {
  it('keeps every mention of an ordinary article, and says nothing', () => {
    const mentions = [mention('a', 0), mention('b', 5), mention('a', 9)];
    expect(boundMentions(mentions)).toEqual({ reported: mentions, limit: null });
  });

  it('keeps the first mentions of each name and of the page, in reading order, and says what it cut', () => {
    const mentions = Array.from({ length: 30 }, (_, i) => mention(i % 3 === 0 ? 'a' : `n${i}`, i));
    const { reported, limit } = boundMentions(mentions, { perName: 4, perPage: 12 });
    expect(reported.map((m) => m.start)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(reported.filter((m) => m.group === 'a')).toHaveLength(4);
    expect(limit).toEqual({ found: 30, reported: 12, perName: 4, perPage: 12 });
  });

  it('analyses a page naming one official 60,000 times: every mention counted, 500 reported', () => {
    const { engine } = realEngine();
    const text = 'Ryabkov said talks would go on. '.repeat(60_000);
    const a = engine.analyze(extractPlainText(text));
    expect(a.mentions).toHaveLength(MENTION_LIMITS.perName);
    expect(a.article?.mentionLimit).toEqual({ found: 60_000, reported: 500, ...MENTION_LIMITS });
    const card = a.cards.find((c) => c.kind === 'person' && c.id === 'sergei-ryabkov');
    expect(card?.mentionCount).toBe(60_000);
  }, 300_000);
});
