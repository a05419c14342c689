/**
 * The shipped dataset, split so that loading stays fast however many statements there are: a small core (people,
 * events, topics, coverage) read at start, and one shard per person and per event, read when an article names them.
 */
import type { AsPlainObject } from 'minisearch';
import { z } from 'zod';
import {
  EventSchema,
  ManifestSchema,
  PersonSchema,
  StatementSchema,
  TopicSchema,
  type Statement,
} from '../../data/schema';
import type { Dataset } from './dataset';
import { datasetStats, type DatasetStats } from './stats';

/** What the background reads at start. */
export interface DatasetCore extends Pick<Dataset, 'manifest' | 'people' | 'events' | 'topics'> {
  stats: DatasetStats;
  /** The people and events that have a shard (everyone else has no statements). */
  shards: { people: string[]; events: string[] };
}

/** One person's statements in the order said, with their prebuilt text index. */
export interface PersonShard {
  person: string;
  statements: Statement[];
  textIndex?: AsPlainObject;
}

/** The statements about one event, in the order said. */
export interface EventShard {
  event: string;
  statements: Statement[];
}

/** Where each part lives inside the built extension. */
export const SHARD_PATHS = {
  core: 'dataset/core.json',
  person: (id: string) => `dataset/people/${id}.json`,
  event: (id: string) => `dataset/events/${id}.json`,
};

const byDate = (a: Statement, b: Statement) => (a.said.date < b.said.date ? -1 : a.said.date > b.said.date ? 1 : 0);

/** Groups statements by a key each statement may have several of, each group in the order said. */
export function groupStatements(statements: Statement[], keys: (s: Statement) => string[]): Map<string, Statement[]> {
  const groups = new Map<string, Statement[]>();
  for (const s of statements) {
    for (const k of keys(s)) {
      const list = groups.get(k);
      if (list) list.push(s);
      else groups.set(k, [s]);
    }
  }
  for (const list of groups.values()) list.sort(byDate);
  return groups;
}

/** Splits a validated dataset; `indexOf` builds a person's text index (at build time). */
export function splitDataset(
  d: Dataset,
  indexOf?: (statements: Statement[]) => AsPlainObject,
): { core: DatasetCore; people: PersonShard[]; events: EventShard[] } {
  const people = [...groupStatements(d.statements, (s) => [s.person])].map(([person, statements]) => ({
    person,
    statements,
    ...(indexOf ? { textIndex: indexOf(statements) } : {}),
  }));
  const events = [...groupStatements(d.statements, (s) => s.events)].map(([event, statements]) => ({
    event,
    statements,
  }));
  const core: DatasetCore = {
    manifest: d.manifest,
    people: d.people,
    events: d.events,
    topics: d.topics,
    stats: datasetStats(d),
    shards: { people: people.map((p) => p.person), events: events.map((e) => e.event) },
  };
  return { core, people, events };
}

/** The files the build writes: the core, then each person's and event's shard, as JSON text. */
export function shippedFiles(
  d: Dataset,
  indexOf: (statements: Statement[]) => AsPlainObject,
): { path: string; contents: string }[] {
  const { core, people, events } = splitDataset(d, indexOf);
  return [
    { path: SHARD_PATHS.core, contents: JSON.stringify(core) },
    ...people.map((p) => ({ path: SHARD_PATHS.person(p.person), contents: JSON.stringify(p) })),
    ...events.map((e) => ({ path: SHARD_PATHS.event(e.event), contents: JSON.stringify(e) })),
  ];
}

// The core is validated in full at start (it is small). Shards are validated when read: a few hundred statements.
const CoreSchema = z.strictObject({
  manifest: ManifestSchema,
  people: z.array(PersonSchema),
  events: z.array(EventSchema),
  topics: z.array(TopicSchema),
  stats: z.record(z.string(), z.unknown()),
  shards: z.strictObject({ people: z.array(z.string()), events: z.array(z.string()) }),
});
const PersonShardSchema = z.strictObject({
  person: z.string(),
  statements: z.array(StatementSchema),
  textIndex: z.optional(z.record(z.string(), z.unknown())),
});
const EventShardSchema = z.strictObject({ event: z.string(), statements: z.array(StatementSchema) });

function parse<T>(schema: z.ZodType, what: string, value: unknown): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data as T;
  const issue = r.error.issues[0]!;
  throw new Error(`${what} is invalid at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

export const parseCore = (value: unknown) => parse<DatasetCore>(CoreSchema, 'dataset core', value);
export const parsePersonShard = (id: string, value: unknown) =>
  parse<PersonShard>(PersonShardSchema, `dataset shard for ${id}`, value);
export const parseEventShard = (id: string, value: unknown) =>
  parse<EventShard>(EventShardSchema, `dataset shard for ${id}`, value);
