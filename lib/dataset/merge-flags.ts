/**
 * Merges readers' flags into the dataset: each flag is validated, statements the dataset already holds are skipped
 * (normalised words + speaker + date), unknown speakers become people marked for review, ids are assigned, and the
 * new statements are marked as reader-contributed until a maintainer reviews them.
 */
import type { Person, Statement } from '../../data/schema';
import { type Flag, parseFlag } from '../flags/annotation';
import { foldKey } from '../text/normalize';
import { normalizeWords } from './normalize-words';

export interface MergeInput {
  people: Person[];
  statements: Statement[];
}

export interface MergeResult {
  people: Person[];
  statements: Statement[];
  added: Statement[];
  newPeople: Person[];
  skipped: { index: number; reason: string }[];
  rejected: { index: number; reason: string }[];
  /** The index of the flag each added statement and new person came from, by id. */
  flagOf: Map<string, number>;
}

/** What a merged statement says until a maintainer writes its summary. */
export const SUMMARY_PENDING = 'Reader-contributed statement; summary pending a maintainer’s review.';

const slug = (text: string, words = 4) =>
  foldKey(text)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 2)
    .slice(0, words)
    .join('-') || 'statement';

function personFor(flag: Flag, people: Person[], created: Person[]): Person {
  const s = flag.body.statement;
  const known = s.person ? people.find((p) => p.id === s.person) : undefined;
  if (known) return known;
  const key = foldKey(s.personName);
  const byName = [...people, ...created].find(
    (p) => foldKey(p.name) === key || p.aliases.some((a) => foldKey(a) === key),
  );
  if (byName) return byName;
  let id = slug(s.personName, 5);
  for (let n = 2; [...people, ...created].some((p) => p.id === id); n++) id = `${slug(s.personName, 5)}-${n}`;
  const person: Person = {
    id,
    name: s.personName,
    aliases: [],
    roles: [
      {
        title: s.personTitle ?? 'Official',
        organisation: 'To be reviewed',
        country: 'To be reviewed',
        from: s.said.date.slice(0, 4),
        to: null,
      },
    ],
    description: `Added from a reader's flag on ${flag.created.slice(0, 10)}; to be reviewed.`,
    review: true,
  };
  created.push(person);
  return person;
}

/** Merges the flags (raw entries from an export file) into copies of the people and statements. */
export function mergeFlags(input: MergeInput, entries: unknown[]): MergeResult {
  const people = [...input.people];
  const statements = [...input.statements];
  const result: MergeResult = {
    people,
    statements,
    added: [],
    newPeople: [],
    skipped: [],
    rejected: [],
    flagOf: new Map(),
  };
  const seen = new Set(statements.map((s) => `${s.person}|${s.said.date}|${normalizeWords(s.words.text)}`));
  const ids = new Set(statements.map((s) => s.id));
  entries.forEach((entry, index) => {
    const parsed = parseFlag(entry);
    if (!parsed.ok) {
      result.rejected.push({ index, reason: parsed.problem });
      return;
    }
    const flag = parsed.flag;
    const s = flag.body.statement;
    if (s.person && !people.some((p) => p.id === s.person)) {
      result.rejected.push({ index, reason: `person: unknown id "${s.person}"` });
      return;
    }
    const created: Person[] = [];
    const person = personFor(flag, people, created);
    const key = `${person.id}|${s.said.date}|${normalizeWords(s.words.text)}`;
    if (seen.has(key)) {
      result.skipped.push({ index, reason: `already in the dataset: ${person.name}, ${s.said.date}` });
      return;
    }
    seen.add(key);
    people.push(...created);
    result.newPeople.push(...created);
    for (const p of created) result.flagOf.set(p.id, index);
    let id = `${person.id}-${s.said.date}-${slug(s.words.text)}`;
    for (let n = 2; ids.has(id); n++) id = `${person.id}-${s.said.date}-${slug(s.words.text)}-${n}`;
    ids.add(id);
    const { personName: _n, personTitle: _t, person: _p, ...rest } = s;
    const statement: Statement = {
      ...rest,
      id,
      person: person.id,
      summary: s.summary.trim().length >= 10 ? s.summary.trim() : SUMMARY_PENDING,
      contributed: { flaggedAt: flag.created, reviewed: false, ...(flag.note ? { note: flag.note } : {}) },
    };
    statements.push(statement);
    result.added.push(statement);
    result.flagOf.set(id, index);
  });
  return result;
}
