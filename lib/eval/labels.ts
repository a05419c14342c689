/**
 * The hand-labelled page format of /work/briefs/eval-labels.md (`<page>.labels.json`), as a zod schema.
 * Extensions are optional fields only, so every file written to the fixed format still parses:
 * - `ignoreQuotes`: quoted spans that are neither expected nor false when the engine reports them (PolNeAR:
 *   quoted fragments inside a paraphrase, and long quoted spans its annotators left without an attribution);
 * - `quotes[].unresolved`: see below;
 * - a stage missing from the file (PolNeAR labels no people or events) is not scored for that item.
 */
import { z } from 'zod';

const cue = z.enum(['name', 'pronoun', 'descriptive', 'continuation', 'none']);
export type Cue = z.infer<typeof cue>;

export const labelsSchema = z.object({
  source: z.object({
    url: z.string(),
    publisher: z.string(),
    published: z.string().nullable(),
    obtained: z.string(),
    licence: z.string(),
    markup: z.enum(['original', 'reconstructed']),
  }),
  language: z.enum(['en', 'fr', 'es', 'pt', 'de']),
  kind: z.enum(['wire', 'broadsheet', 'tabloid', 'public-broadcaster', 'ministry', 'magazine', 'other']),
  people: z
    .array(
      z.object({
        name: z.string().min(1),
        official: z.boolean(),
        former: z.boolean().optional(),
        datasetId: z.string().nullable(),
      }),
    )
    .optional(),
  notPeople: z.array(z.string()).optional(),
  events: z.array(z.object({ name: z.string().min(1), datasetId: z.string().nullable() })).optional(),
  quotes: z.array(
    z.object({
      quote: z.string().min(1),
      speaker: z.string().nullable(),
      cue,
      // Extension: the article names the speaker by pronoun or description, but who it is was not resolved
      // (PolNeAR, where CoreNLP's coreference found no name): the quote is scored, its speaker is not.
      unresolved: z.boolean().optional(),
    }),
  ),
  terms: z.array(z.string()).optional(),
  indirect: z.array(z.object({ text: z.string().min(1), speaker: z.string().nullable() })).optional(),
  ignoreQuotes: z.array(z.string()).optional(),
});

export type Labels = z.infer<typeof labelsSchema>;
export type LabelledPerson = NonNullable<Labels['people']>[number];
export type LabelledQuote = Labels['quotes'][number];

/** Parses a labels file's JSON text; a bad file is an Error saying which file and which field. */
export function parseLabels(json: string, where: string): Labels {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    throw new Error(`${where}: not valid JSON (${(e as Error).message})`);
  }
  const parsed = labelsSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${where}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  }
  return parsed.data;
}
