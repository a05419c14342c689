/**
 * The dataset's statements as the engine reads them: each person's in the order said with a MiniSearch index, and
 * each event's. Shards are read only for the people and events an article names, and the least recently used are
 * let go, so a dataset a hundred times larger costs no more to start and little more per article.
 */
import MiniSearch, { type AsPlainObject } from 'minisearch';
import type { Statement } from '../../data/schema';
import { type EventShard, type PersonShard, groupStatements } from '../dataset/shards';

/** Where shards come from: the extension's files (async) or memory (Node). Null: nobody has statements there. */
export interface ShardSource {
  person(id: string): Promise<PersonShard | null> | PersonShard | null;
  event(id: string): Promise<EventShard | null> | EventShard | null;
}

export interface StatementHit {
  statement: Statement;
  score: number;
}

export interface StatementStore {
  /**
   * Reads the shards of these people and events unless they are at hand; a promise while files are still being
   * read, null when everything is at hand.
   */
  need(people: string[], events: string[]): Promise<void> | null;
  /** A loaded person's statements in the order said. */
  ofPerson(id: string): Statement[];
  /** A loaded event's statements in the order said. */
  ofEvent(id: string): Statement[];
  /** Full-text search over the words and summaries of the given (loaded) people's statements, best first. */
  search(query: string, opts: { people: Iterable<string>; limit?: number }): StatementHit[];
}

/** Queries with more words than this are article context, not a quote. */
const SHORT_QUERY_TERMS = 12;
/** How many of a long query's words are searched. */
const LONG_QUERY_TERMS = 20;
/** How many people's and events' shards stay loaded. */
const KEEP_SHARDS = 300;

const OPTIONS = {
  fields: ['text', 'summary'],
  // Exact words only: fuzzy and prefix matching over every term of a query cost more than half of an article's
  // analysis. Quotes are compared word for word anyway (the seed articles' quote matches are the same without them);
  // related statements then rank on shared words, topics and recency.
  searchOptions: { boost: { text: 2 }, combineWith: 'OR' as const },
};

const docs = (statements: Statement[]) => statements.map((s, i) => ({ id: i, text: s.words.text, summary: s.summary }));

/** Builds one person's text index (at build time, or in memory for Node). */
export function buildTextIndex(statements: Statement[]): AsPlainObject {
  const index = new MiniSearch(OPTIONS);
  index.addAll(docs(statements));
  return index.toJSON();
}

interface LoadedPerson {
  statements: Statement[];
  index: MiniSearch;
}

/** Keeps the most recently used entries of a map, up to `max`. */
function touch<K, V>(map: Map<K, V>, key: K, value: V, max: number) {
  map.delete(key);
  map.set(key, value);
  if (map.size > max) map.delete(map.keys().next().value!);
}

/** Long queries (an article's context) keep their most distinctive (longest) words. */
function queryOf(query: string): string {
  const terms = [...new Set(query.toLowerCase().match(/\p{L}{4,}/gu) ?? [])].sort((a, b) => b.length - a.length);
  return terms.length > SHORT_QUERY_TERMS ? terms.slice(0, LONG_QUERY_TERMS).join(' ') : query;
}

/** Creates a store over a shard source. */
export function createStatementStore(source: ShardSource): StatementStore {
  const people = new Map<string, LoadedPerson | null>();
  const events = new Map<string, Statement[]>();

  const keepPerson = (id: string, shard: PersonShard | null) => {
    const loaded = shard && {
      statements: shard.statements,
      index: shard.textIndex ? MiniSearch.loadJS(shard.textIndex, OPTIONS) : indexOf(shard.statements),
    };
    touch(people, id, loaded, KEEP_SHARDS);
  };
  const indexOf = (statements: Statement[]) => {
    const index = new MiniSearch(OPTIONS);
    index.addAll(docs(statements));
    return index;
  };

  // Loads what is missing; sources in memory answer at once, so nothing is left to wait for.
  const need = (personIds: string[], eventIds: string[]): Promise<void> | null => {
    const pending: Promise<void>[] = [];
    for (const id of personIds) {
      const have = people.get(id);
      if (have !== undefined) touch(people, id, have, KEEP_SHARDS);
      else {
        const shard = source.person(id);
        if (shard instanceof Promise) pending.push(shard.then((s) => keepPerson(id, s)));
        else keepPerson(id, shard);
      }
    }
    for (const id of eventIds) {
      const have = events.get(id);
      if (have !== undefined) touch(events, id, have, KEEP_SHARDS);
      else {
        const shard = source.event(id);
        if (shard instanceof Promise)
          pending.push(shard.then((s) => touch(events, id, s?.statements ?? [], KEEP_SHARDS)));
        else touch(events, id, shard?.statements ?? [], KEEP_SHARDS);
      }
    }
    return pending.length > 0 ? Promise.all(pending).then(() => {}) : null;
  };

  return {
    need,
    ofPerson: (id) => people.get(id)?.statements ?? [],
    ofEvent: (id) => events.get(id) ?? [],
    search(query, opts) {
      const q = queryOf(query);
      const hits: StatementHit[] = [];
      for (const id of new Set(opts.people)) {
        const p = people.get(id);
        if (!p) continue;
        for (const r of p.index.search(q)) hits.push({ statement: p.statements[r.id as number]!, score: r.score });
      }
      return hits.sort((a, b) => b.score - a.score).slice(0, opts.limit ?? 20);
    },
  };
}

/** A source over statements in memory (the CLI and tests): grouped when first read, indexed per person on load. */
export function memorySource(statements: Statement[]): ShardSource {
  let people: Map<string, Statement[]> | null = null;
  let events: Map<string, Statement[]> | null = null;
  return {
    person(id) {
      people ??= groupStatements(statements, (s) => [s.person]);
      const list = people.get(id);
      return list ? { person: id, statements: list } : null;
    },
    event(id) {
      events ??= groupStatements(statements, (s) => s.events);
      const list = events.get(id);
      return list ? { event: id, statements: list } : null;
    },
  };
}
