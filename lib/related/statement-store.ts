/** The dataset's statements indexed for the engine: by id, by person in date order, and a MiniSearch text index. */
import MiniSearch, { type AsPlainObject } from 'minisearch';
import type { Statement } from '../../data/schema';

export interface StatementStore {
  byId: Map<string, Statement>;
  /** Each person's statements, ordered by the date said. */
  byPerson: Map<string, Statement[]>;
  /** Statements about each event, ordered by the date said. */
  byEvent: Map<string, Statement[]>;
  /** Full-text search over the words and summaries; `person` narrows to one speaker. */
  search(query: string, opts?: { person?: string; limit?: number }): { id: string; score: number }[];
}

/** Queries with more words than this are article context, not a quote. */
const SHORT_QUERY_TERMS = 12;
/** How many of a long query's words are searched. */
const LONG_QUERY_TERMS = 40;

const OPTIONS = {
  fields: ['text', 'summary'],
  storeFields: ['person'],
  searchOptions: { boost: { text: 2 }, fuzzy: 0.15, prefix: true, combineWith: 'OR' as const },
};

const docs = (statements: Statement[]) =>
  statements.map((s) => ({ id: s.id, person: s.person, text: s.words.text, summary: s.summary }));

/** Builds the text index (at build time, or in tests). */
export function buildTextIndex(statements: Statement[]): AsPlainObject {
  const index = new MiniSearch(OPTIONS);
  index.addAll(docs(statements));
  return index.toJSON();
}

/** Creates the store; a prebuilt index (from the shipped dataset) saves indexing on every start. */
export function createStatementStore(statements: Statement[], prebuilt?: AsPlainObject): StatementStore {
  const index = prebuilt ? MiniSearch.loadJS(prebuilt, OPTIONS) : new MiniSearch(OPTIONS);
  if (!prebuilt) index.addAll(docs(statements));
  const byId = new Map(statements.map((s) => [s.id, s]));
  const byPerson = new Map<string, Statement[]>();
  for (const s of statements) byPerson.set(s.person, [...(byPerson.get(s.person) ?? []), s]);
  const byEvent = new Map<string, Statement[]>();
  for (const s of statements) for (const e of s.events) byEvent.set(e, [...(byEvent.get(e) ?? []), s]);
  for (const list of [...byPerson.values(), ...byEvent.values()])
    list.sort((a, b) => (a.said.date < b.said.date ? -1 : a.said.date > b.said.date ? 1 : 0));
  return {
    byId,
    byPerson,
    byEvent,
    search(query, opts = {}) {
      // Long queries (an article's context) keep their most distinctive words and match exactly: fuzzy and prefix
      // matching over dozens of terms costs far more than it finds.
      const terms = [...new Set(query.toLowerCase().match(/\p{L}{4,}/gu) ?? [])].sort((a, b) => b.length - a.length);
      const long = terms.length > SHORT_QUERY_TERMS;
      const q = long ? terms.slice(0, LONG_QUERY_TERMS).join(' ') : query;
      const results = index.search(q, {
        ...(long ? { fuzzy: false, prefix: false } : {}),
        ...(opts.person ? { filter: (r) => r.person === opts.person } : {}),
      });
      return results.slice(0, opts.limit ?? 20).map((r) => ({ id: String(r.id), score: r.score }));
    },
  };
}
