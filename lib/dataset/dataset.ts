/** The whole dataset as one value: what the extension ships and the engine reads. */
import { z } from 'zod';
import { EventSchema, ManifestSchema, PersonSchema, StatementSchema, TopicSchema } from '../../data/schema';

export const DatasetSchema = z.strictObject({
  manifest: ManifestSchema,
  people: z.array(PersonSchema),
  events: z.array(EventSchema),
  topics: z.array(TopicSchema),
  statements: z.array(StatementSchema),
});

export type Dataset = z.infer<typeof DatasetSchema>;

/** Parses a shipped dataset (an edge: it comes from a file); throws with the first problem's path. */
export function parseDataset(value: unknown): Dataset {
  const r = DatasetSchema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  throw new Error(`dataset is invalid at ${issue.path.join('.')}: ${issue.message}`);
}
