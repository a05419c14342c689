/** Checks data/ as a whole: schema, unique ids, references, plausible dates, duplicates, canonical form. */
import type { z } from 'zod';
import { EventSchema, ManifestSchema, PersonSchema, StatementSchema, TopicSchema } from '../../data/schema';
import type { Event, Manifest, Person, Statement, Topic } from '../../data/schema';
import { BOM, canonicalFile } from './canonical';
import { checkStatementDate } from './check-dates';
import { normalizeWords } from './normalize-words';
import type { DatasetFile } from './read-dataset';
import { padDate } from './roles';

export interface Problem {
  file: string;
  /** The record's id, or null for a problem with the file as a whole. */
  id: string | null;
  field: string;
  message: string;
}

/** The earliest date a statement may carry. */
export const FIRST_DATE = '2009-01-01';

interface Parsed {
  /** Each file's records as the schema parsed them (canonical key order), for the formatting check. */
  byFile: Map<string, unknown>;
  manifest: Manifest | null;
  people: Person[];
  events: Event[];
  topics: Topic[];
  statements: { file: string; s: Statement }[];
}

/** Parses each record of an array file, collecting problems with the record's id and the failing field. */
function parseRecords<T>(file: DatasetFile, schema: z.ZodType<T>, problems: Problem[]): T[] {
  if (!Array.isArray(file.value)) {
    problems.push({ file: file.file, id: null, field: '', message: 'must be a JSON array of records' });
    return [];
  }
  const out: T[] = [];
  file.value.forEach((raw, i) => {
    const r = schema.safeParse(raw);
    const id = (raw as { id?: unknown })?.id;
    if (r.success) out.push(r.data);
    else
      for (const issue of r.error.issues)
        problems.push({
          file: file.file,
          id: typeof id === 'string' ? id : `#${i}`,
          field: issue.path.join('.'),
          message: issue.message,
        });
  });
  return out;
}

function parseAll(files: DatasetFile[], problems: Problem[]): Parsed {
  const parsed: Parsed = { byFile: new Map(), manifest: null, people: [], events: [], topics: [], statements: [] };
  for (const f of files) {
    if (f.file === 'manifest.json') {
      const r = ManifestSchema.safeParse(f.value);
      if (r.success) parsed.manifest = r.data;
      else
        for (const issue of r.error.issues)
          problems.push({ file: f.file, id: null, field: issue.path.join('.'), message: issue.message });
      parsed.byFile.set(f.file, parsed.manifest);
    } else if (f.file === 'people.json')
      parsed.byFile.set(f.file, (parsed.people = parseRecords(f, PersonSchema, problems)));
    else if (f.file === 'events.json')
      parsed.byFile.set(f.file, (parsed.events = parseRecords(f, EventSchema, problems)));
    else if (f.file === 'topics.json')
      parsed.byFile.set(f.file, (parsed.topics = parseRecords(f, TopicSchema, problems)));
    else {
      const records = parseRecords(f, StatementSchema, problems);
      parsed.byFile.set(f.file, records);
      parsed.statements.push(...records.map((s) => ({ file: f.file, s })));
    }
  }
  return parsed;
}

function checkUnique(records: { file: string; id: string }[], problems: Problem[]) {
  const seen = new Map<string, string>();
  for (const r of records) {
    const prior = seen.get(r.id);
    if (prior) problems.push({ file: r.file, id: r.id, field: 'id', message: `duplicate id (also in ${prior})` });
    else seen.set(r.id, r.file);
  }
}

function checkPeople(people: Person[], problems: Problem[]) {
  for (const p of people) {
    for (const a of p.ambiguousAliases ?? [])
      if (!p.aliases.includes(a))
        problems.push({
          file: 'people.json',
          id: p.id,
          field: 'ambiguousAliases',
          message: `"${a}" is not one of the person's aliases`,
        });
    p.roles.forEach((role, i) => {
      if (role.to !== null && padDate(role.to, true) < padDate(role.from))
        problems.push({
          file: 'people.json',
          id: p.id,
          field: `roles.${i}.to`,
          message: `ends (${role.to}) before it starts (${role.from})`,
        });
      p.roles.slice(i + 1).forEach((other, k) => {
        const same = other.title === role.title && other.organisation === role.organisation;
        const overlap =
          padDate(other.from) < (role.to ? padDate(role.to, true) : '9999') &&
          padDate(role.from) < (other.to ? padDate(other.to, true) : '9999');
        if (same && overlap && padDate(other.from) !== padDate(role.to ?? '9999', true))
          problems.push({
            file: 'people.json',
            id: p.id,
            field: `roles.${i + k + 1}`,
            message: `overlaps roles.${i} with the same title and organisation`,
          });
      });
    });
  }
}

function checkStatements(d: Parsed, today: string, problems: Problem[]) {
  const people = new Set(d.people.map((p) => p.id));
  const eventsById = new Map(d.events.map((e) => [e.id, e]));
  const events = new Set(eventsById.keys());
  const topics = new Map(d.topics.map((t) => [t.id, new Set(t.dimensions.map((x) => x.id))]));
  const seenWords = new Map<string, string>();
  for (const { file, s } of d.statements) {
    const problem = (field: string, message: string) => problems.push({ file, id: s.id, field, message });
    if (!people.has(s.person)) problem('person', `unknown person "${s.person}"`);
    if (file !== `statements/${s.person}.json`) problem('person', `belongs in statements/${s.person}.json`);
    s.topics.forEach((t, i) => topics.has(t) || problem(`topics.${i}`, `unknown topic "${t}"`));
    s.stances.forEach((st, i) => {
      if (!topics.get(st.topic)?.has(st.dimension))
        problem(`stances.${i}`, `unknown dimension "${st.topic}/${st.dimension}"`);
      else if (!s.topics.includes(st.topic))
        problem(`stances.${i}.topic`, `"${st.topic}" is not among the statement's topics`);
    });
    s.events.forEach((e, i) => events.has(e) || problem(`events.${i}`, `unknown event "${e}"`));
    if (s.said.date < FIRST_DATE || s.said.date > today)
      problem('said.date', `${s.said.date} is outside ${FIRST_DATE}…${today}`);
    for (const p of checkStatementDate(s, eventsById)) problem(p.field, p.message);
    const key = `${s.person}|${normalizeWords(s.words.text)}`;
    const prior = seenWords.get(key);
    if (prior) problem('words.text', `duplicate of ${prior} (same speaker, same words)`);
    else seenWords.set(key, s.id);
  }
  for (const e of d.events) {
    e.participants.forEach(
      (p, i) =>
        people.has(p) ||
        problems.push({ file: 'events.json', id: e.id, field: `participants.${i}`, message: `unknown person "${p}"` }),
    );
    if (e.end < e.start)
      problems.push({
        file: 'events.json',
        id: e.id,
        field: 'end',
        message: `ends (${e.end}) before it starts (${e.start})`,
      });
  }
}

function checkManifest(d: Parsed, problems: Problem[]) {
  if (!d.manifest) return;
  const actual = {
    people: d.people.length,
    events: d.events.length,
    topics: d.topics.length,
    statements: d.statements.length,
  };
  for (const [k, v] of Object.entries(actual)) {
    const stated = d.manifest.counts[k as keyof typeof actual];
    if (stated !== v)
      problems.push({
        file: 'manifest.json',
        id: null,
        field: `counts.${k}`,
        message: `says ${stated}, the data has ${v}`,
      });
  }
}

/**
 * The canonical text of every file whose records all validate, keyed by file; what `--fix` writes. A file with an
 * invalid record is left as it is (the check then names the record), and the manifest's counts are brought up to
 * date only when every record validates, so fixing the format never drops or miscounts a record.
 */
export function canonicalTexts(files: DatasetFile[]): Map<string, string> {
  const problems: Problem[] = [];
  const d = parseAll(files, problems);
  const broken = new Set(problems.map((p) => p.file));
  const out = new Map<string, string>();
  for (const f of files) {
    if (broken.has(f.file)) continue;
    let value = d.byFile.get(f.file);
    if (f.file === 'manifest.json' && d.manifest && broken.size === 0) {
      value = {
        ...d.manifest,
        counts: {
          people: d.people.length,
          events: d.events.length,
          topics: d.topics.length,
          statements: d.statements.length,
        },
      };
    }
    if (value) out.set(f.file, canonicalFile(f.file, value));
  }
  return out;
}

/** Checks the files; `today` bounds statement dates. Returns every problem found (empty when the data is sound). */
export function checkDataset(files: DatasetFile[], raw: Map<string, string>, today: string): Problem[] {
  const problems: Problem[] = [];
  for (const name of ['manifest.json', 'people.json', 'events.json', 'topics.json']) {
    if (!files.some((f) => f.file === name))
      problems.push({ file: name, id: null, field: '', message: 'file is missing' });
  }
  for (const f of files)
    if (raw.get(f.file)?.startsWith(BOM))
      problems.push({
        file: f.file,
        id: null,
        field: '',
        message: `BOM at start of data/${f.file} (a UTF-8 byte-order mark): run npm run data:check -- --fix`,
      });
  const beforeRecords = problems.length;
  const d = parseAll(files, problems);
  const recordsValid = problems.length === beforeRecords;
  checkUnique(
    [
      ...d.people.map((p) => ({ file: 'people.json', id: p.id })),
      ...d.events.map((e) => ({ file: 'events.json', id: e.id })),
      ...d.topics.map((t) => ({ file: 'topics.json', id: t.id })),
      ...d.statements.map(({ file, s }) => ({ file, id: s.id })),
    ],
    problems,
  );
  checkPeople(d.people, problems);
  checkStatements(d, today, problems);
  // Counts are compared only when every record parsed: an invalid record is still in its file, and already named.
  if (recordsValid) checkManifest(d, problems);
  if (problems.length === 0) {
    for (const f of files) {
      if (raw.get(f.file) !== canonicalFile(f.file, d.byFile.get(f.file)))
        problems.push({
          file: f.file,
          id: null,
          field: '',
          message: 'not in canonical form (sort order or formatting): run npm run data:check -- --fix',
        });
    }
  }
  return problems;
}
