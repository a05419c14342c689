/** The dataset's canonical form: fixed key order from the schema, records sorted, two-space JSON with a final newline. */
import type { Statement } from '../../data/schema';

/** A UTF-8 byte-order mark, which JSON.parse refuses: data files are read without it and `--fix` removes it. */
export const BOM = '\uFEFF';

/** Serialises a value the way every data/ file is stored. */
export const formatJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Statements sort by the date said, then id. */
export const compareStatements = (a: Statement, b: Statement) =>
  a.said.date < b.said.date ? -1 : a.said.date > b.said.date ? 1 : byId(a, b);

/** Sorts records of a data file into canonical order (people, events, topics by id; statements by date). */
export function sortRecords(file: string, records: unknown[]): unknown[] {
  const copy = [...records] as { id: string }[];
  return file.startsWith('statements/') ? (copy as unknown as Statement[]).sort(compareStatements) : copy.sort(byId);
}

/** Re-creates a zod-parsed value with the schema's key order by round-tripping through the parser's output. */
export function canonicalFile(file: string, parsed: unknown): string {
  return formatJson(Array.isArray(parsed) ? sortRecords(file, parsed) : parsed);
}
