/** The dataset's zod schema: the single source of truth for its types. */
import { z } from 'zod';

const isRealDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

export const IdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)');
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine(isRealDate, 'is not a real calendar date');
export const UrlSchema = z.url({ protocol: /^https?$/ });

/** A role's dates may be known to the day, the month or the year only. */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((s) => s.length < 10 || isRealDate(s), 'is not a real calendar date');

export const RoleSchema = z.strictObject({
  title: z.string().min(2),
  organisation: z.string().min(2),
  country: z.string().min(2),
  from: PartialDateSchema,
  to: PartialDateSchema.nullable(),
});

export const PersonSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(2),
  aliases: z.array(z.string().min(2)),
  /**
   * Aliases that are also a common word, a roman numeral or another notable person's surname ("May", "Xi",
   * "Johnson"): each must be one of `aliases`, and links only with a first name, a title or descriptor that fits,
   * the full name earlier in the article, or (between people who share it) the one role held on the article's date.
   */
  ambiguousAliases: z.array(z.string().min(2)).optional(),
  roles: z.array(RoleSchema).min(1),
  description: z.string().min(5),
  /** Used only to resolve "he" and "she" in quote attribution. */
  gender: z.enum(['female', 'male']).optional(),
  wikidata: z
    .string()
    .regex(/^Q\d+$/)
    .optional(),
  review: z.boolean().optional(),
});

export const EventKindSchema = z.enum([
  'summit',
  'talks',
  'call',
  'meeting',
  'briefing',
  'conference',
  'ministerial',
  'interview',
  'visit',
]);

export const EventSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(2),
  aliases: z.array(z.string().min(2)),
  /** Place names that stand for the event only in context: linked when the article names a participant. */
  placeAliases: z.array(z.string().min(2)).optional(),
  kind: EventKindSchema,
  start: IsoDateSchema,
  end: IsoDateSchema,
  place: z.string().min(2),
  participants: z.array(IdSchema),
  /** For an event not held, start and end are the date it was announced. */
  status: z.enum(['held', 'planned', 'postponed', 'cancelled']),
  note: z.string().optional(),
});

export const StanceValueSchema = z.union([z.literal(-2), z.literal(-1), z.literal(0), z.literal(1), z.literal(2)]);

export const DimensionSchema = z.strictObject({
  id: IdSchema,
  label: z.string().min(2),
  /** Labels of the values -2, -1, 0, +1 and +2, in that order. */
  scale: z.tuple([z.string().min(2), z.string().min(2), z.string().min(2), z.string().min(2), z.string().min(2)]),
});

export const TopicSchema = z.strictObject({
  id: IdSchema,
  label: z.string().min(2),
  definition: z.string().min(10),
  keywords: z.array(z.string().min(2)).min(1),
  dimensions: z.array(DimensionSchema),
});

export const SourceSchema = z.strictObject({
  publisher: z.string().min(2),
  url: UrlSchema,
  published: IsoDateSchema,
  title: z.string().min(2),
});

export const StatementSchema = z.strictObject({
  id: IdSchema,
  person: IdSchema,
  said: z.strictObject({
    date: IsoDateSchema,
    precision: z.enum(['day', 'month', 'year']),
    /** How the date said was established. */
    basis: z.enum(['dateline', 'source-text', 'published-date', 'event-date']),
    /** The words or facts the date was taken from ("on Sunday in Buenos Aires", a dateline, another page's date). */
    note: z.string().min(5).optional(),
  }),
  words: z.strictObject({
    text: z.string().min(3),
    lang: z.string().regex(/^[a-z]{2}$/),
    translation: z.boolean(),
    indirect: z.boolean(),
  }),
  summary: z.string().min(10),
  topics: z.array(IdSchema).min(1),
  stances: z.array(z.strictObject({ topic: IdSchema, dimension: IdSchema, value: StanceValueSchema })),
  events: z.array(IdSchema),
  source: SourceSchema,
  alsoIn: z.array(z.strictObject({ publisher: z.string().min(2), url: UrlSchema })),
  contributed: z.strictObject({ flaggedAt: z.string(), reviewed: z.boolean(), note: z.string().optional() }).optional(),
});

export const ManifestSchema = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  updated: IsoDateSchema,
  counts: z.strictObject({
    people: z.number().int(),
    events: z.number().int(),
    topics: z.number().int(),
    statements: z.number().int(),
  }),
});

export type Role = z.infer<typeof RoleSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Event = z.infer<typeof EventSchema>;
export type Topic = z.infer<typeof TopicSchema>;
export type Dimension = z.infer<typeof DimensionSchema>;
export type Statement = z.infer<typeof StatementSchema>;
export type Manifest = z.infer<typeof ManifestSchema>;
export type StanceValue = z.infer<typeof StanceValueSchema>;

/**
 * A statement proposed by a reader's flag: the dataset's statement without the id (assigned at merge), with the
 * speaker as a dataset person or, for someone the dataset does not hold yet, a name as written.
 */
export const ProposedStatementSchema = StatementSchema.omit({
  id: true,
  person: true,
  contributed: true,
  summary: true,
}).extend({
  person: IdSchema.nullable(),
  /** A reader may leave the one-line summary to the maintainers. */
  summary: z.string(),
  personName: z.string().min(2, 'the speaker’s name is missing'),
  personTitle: z.string().nullable(),
});

export type ProposedStatement = z.infer<typeof ProposedStatementSchema>;
