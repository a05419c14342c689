/**
 * The shipped dataset, split so that loading stays fast however many statements there are: a small core (people,
 * events, topics, coverage) read at start, and one shard per person and per event, read when an article names them.
 */
import type { AsPlainObject } from 'minisearch';
import type { Statement } from '../../data/schema';
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

/** Says what is wrong with a shipped file whose shape is not what the build writes. */
function shapeError(what: string, problem: string): Error {
  return new Error(`${what} is not what the build writes: ${problem} (rebuild the extension)`);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function statementsOf(what: string, v: Record<string, unknown>): Statement[] {
  if (!Array.isArray(v.statements)) throw shapeError(what, 'statements is not a list');
  return v.statements as Statement[];
}

/**
 * The files below were written by the build from data it validated in full (`data:check`, the build's own parse):
 * the background checks only their shape, so that starting costs no schema work. Anything read from storage or
 * imported is validated in full elsewhere; `parseCore` and the shard parsers do it for these files in tests.
 */
export function shippedCore(value: unknown): DatasetCore {
  const what = 'dataset core';
  if (!isObject(value)) throw shapeError(what, 'not an object');
  for (const key of ['people', 'events', 'topics'] as const)
    if (!Array.isArray(value[key])) throw shapeError(what, `${key} is not a list`);
  const shards = value.shards;
  if (!isObject(shards) || !Array.isArray(shards.people) || !Array.isArray(shards.events))
    throw shapeError(what, 'shards does not list people and events');
  if (!isObject(value.manifest)) throw shapeError(what, 'manifest is missing');
  return value as unknown as DatasetCore;
}

export function shippedPersonShard(id: string, value: unknown): PersonShard {
  const what = `dataset shard for ${id}`;
  if (!isObject(value) || value.person !== id) throw shapeError(what, `not the shard of ${id}`);
  statementsOf(what, value);
  return value as unknown as PersonShard;
}

export function shippedEventShard(id: string, value: unknown): EventShard {
  const what = `dataset shard for ${id}`;
  if (!isObject(value) || value.event !== id) throw shapeError(what, `not the shard of ${id}`);
  statementsOf(what, value);
  return value as unknown as EventShard;
}
