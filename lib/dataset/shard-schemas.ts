/** Full validation of the shipped dataset files, for tests and tools (the background checks their shape only). */
import { z } from 'zod';
import { EventSchema, ManifestSchema, PersonSchema, StatementSchema, TopicSchema } from '../../data/schema';
import type { DatasetCore, EventShard, PersonShard } from './shards';

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
