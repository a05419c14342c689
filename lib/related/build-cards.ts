/** Builds the cards for an analysed article: people with related statements and position changes, and events. */
import type { Event, Person, Statement, Topic } from '../../data/schema';
import { latestRole, roleAt } from '../dataset/roles';
import type { Mention } from '../mentions/mention';
import type { Span } from '../text/sentences';
import { sentenceIndex } from '../quotes/resolve-speaker';
import type { Card, EventCard, PersonCard, RelatedStatement } from './card';
import type { TopicScore } from './detect-topics';
import { computeSeries } from './position-changes';
import { initialsOf } from '../present/format';
import type { StatementStore } from './statement-store';

export interface CardContext {
  people: Map<string, Person>;
  events: Map<string, Event>;
  topics: Map<string, Topic>;
  store: StatementStore;
  /** The dataset's last-updated date: "now" for roles. */
  today: string;
}

export interface CardInput {
  text: string;
  /** The text's sentences, split once for the whole analysis. */
  sentences: Span[];
  title: string | null;
  date: string | null;
  mentions: Mention[];
  topics: TopicScore[];
}

/** Ranking weights: topic overlap matters most, then text similarity, then recency. */
const WEIGHTS = { topic: 0.4, text: 0.35, recency: 0.25 };
const RELATED_LIMIT = 6;
const EVENT_STATEMENTS_LIMIT = 6;
const DAYS_PER_YEAR = 365.25;

/** A date ("2024", "2024-02" or "2024-02-09") as a day count, to the day: cheap enough to run for every statement. */
function dayNumber(date: string): number {
  const num = (from: number, len: number) => {
    let v = 0;
    for (let k = from; k < from + len; k++) v = v * 10 + date.charCodeAt(k) - 48;
    return v;
  };
  const month = date.length >= 7 ? num(5, 2) : 1;
  const day = date.length >= 10 ? num(8, 2) : 1;
  return num(0, 4) * DAYS_PER_YEAR + (month - 1) * (DAYS_PER_YEAR / 12) + day - 1;
}

/** The sentences of the article that name the person: the context for text similarity. */
function contextOf(text: string, sentences: Span[], mentions: Mention[]): string {
  const parts = new Set<string>();
  for (const m of mentions) {
    const s = sentences[sentenceIndex(sentences, m.start)];
    if (s) parts.add(text.slice(Math.max(s.start, m.start - 200), Math.min(s.end, m.end + 200)));
  }
  return [...parts].join(' ').slice(0, 2000);
}

function rankRelated(
  earlier: Statement[],
  input: CardInput,
  context: string,
  ctx: CardContext,
  personId: string,
): RelatedStatement[] {
  if (earlier.length === 0) return [];
  const maxTopic = input.topics[0]?.score ?? 1;
  const topicWeight = new Map(input.topics.map((t) => [t.topic, t.score / maxTopic]));
  const hits = ctx.store.search(`${input.title ?? ''} ${context}`, { people: [personId], limit: 50 });
  const maxText = hits[0]?.score ?? 1;
  const textScore = new Map(hits.map((h) => [h.statement, h.score / maxText]));
  const ref = dayNumber(input.date ?? earlier.at(-1)!.said.date);
  return earlier
    .map((s) => {
      let topic = 0;
      for (const t of s.topics) topic = Math.max(topic, topicWeight.get(t) ?? 0);
      const years = Math.max(0, (ref - dayNumber(s.said.date)) / DAYS_PER_YEAR);
      const score =
        WEIGHTS.topic * topic + WEIGHTS.text * (textScore.get(s) ?? 0) + WEIGHTS.recency * Math.exp(-years / 3);
      return { statementId: s.id, score: Math.round(score * 1000) / 1000 };
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, RELATED_LIMIT);
}

function personCard(group: Mention[], input: CardInput, ctx: CardContext): PersonCard {
  const first = group[0]!;
  const base = {
    kind: 'person' as const,
    group: first.group,
    name: first.name,
    title: group.find((m) => m.title)?.title ?? null,
    initials: initialsOf(first.name),
    mentionCount: group.length,
    firstMention: first.start,
  };
  const person = first.id ? ctx.people.get(first.id) : undefined;
  if (!person)
    return {
      ...base,
      id: null,
      articleDate: input.date,
      roleThen: null,
      roleNow: null,
      formerRole: null,
      earlierCount: 0,
      related: [],
      series: [],
      statements: {},
    };
  const all = ctx.store.ofPerson(person.id);
  // Related statements are those said before the article; its own day's words are its quotes, checked separately.
  // Positions include them: the article may be where the latest position was stated.
  const earlier = input.date ? all.filter((s) => s.said.date < input.date!) : all;
  const upToArticle = input.date ? all.filter((s) => s.said.date <= input.date!) : all;
  const related = rankRelated(earlier, input, contextOf(input.text, input.sentences, group), ctx, person.id);
  const series = computeSeries(upToArticle, ctx.topics, new Set(input.topics.map((t) => t.topic)));
  const roleNow = roleAt(person, ctx.today);
  const ids = new Set([
    ...related.map((r) => r.statementId),
    ...series.flatMap((s) => s.points.map((p) => p.statementId)),
  ]);
  return {
    ...base,
    id: person.id,
    name: person.name,
    articleDate: input.date,
    // "Then" is only ever the article's date; "now" only a role that has not ended.
    roleThen: input.date ? roleAt(person, input.date) : null,
    roleNow,
    formerRole: roleNow ? null : latestRole(person),
    earlierCount: earlier.length,
    related,
    series,
    statements: Object.fromEntries(all.filter((s) => ids.has(s.id)).map((s) => [s.id, s])),
  };
}

function eventCard(group: Mention[], ctx: CardContext): EventCard | null {
  const event = ctx.events.get(group[0]!.id ?? '');
  if (!event) return null;
  const about = ctx.store.ofEvent(event.id);
  return {
    kind: 'event',
    group: group[0]!.group,
    id: event.id,
    name: event.name,
    start: event.start,
    end: event.end,
    place: event.place,
    status: event.status,
    participants: event.participants.map((id) => ({ id, name: ctx.people.get(id)?.name ?? id })),
    mentionCount: group.length,
    firstMention: group[0]!.start,
    before: about.filter((s) => s.said.date < event.start).slice(-EVENT_STATEMENTS_LIMIT),
    after: about.filter((s) => s.said.date >= event.start).slice(0, EVENT_STATEMENTS_LIMIT),
  };
}

/** One card per person and event, ordered by prominence: how often the article names them, then who comes first. */
export function buildCards(input: CardInput, ctx: CardContext): Card[] {
  const groups = new Map<string, Mention[]>();
  for (const m of input.mentions) {
    const group = groups.get(m.group);
    if (group) group.push(m);
    else groups.set(m.group, [m]);
  }
  const cards: Card[] = [];
  for (const group of groups.values()) {
    const card = group[0]!.kind === 'person' ? personCard(group, input, ctx) : eventCard(group, ctx);
    if (card) cards.push(card);
  }
  return cards.sort((a, b) => b.mentionCount - a.mentionCount || a.firstMention - b.firstMention);
}
