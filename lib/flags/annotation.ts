/**
 * A reader's flag, stored as a W3C Web Annotation: the target is the page with a TextQuoteSelector (the exact words
 * and about 32 characters either side) and a TextPositionSelector; the body is the proposed statement.
 */
import { z } from 'zod';
import { ProposedStatementSchema, UrlSchema } from '../../data/schema';

export const TextQuoteSelectorSchema = z.strictObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});

export const TextPositionSelectorSchema = z.strictObject({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const FlagStatusSchema = z.enum(['pending', 'exported']);

export const FlagSchema = z.strictObject({
  '@context': z.literal('http://www.w3.org/ns/anno.jsonld'),
  id: z.string().regex(/^urn:uuid:[0-9a-f-]{36}$/),
  type: z.literal('Annotation'),
  motivation: z.literal('describing'),
  created: z.string(),
  modified: z.string(),
  /** On Record's own: where the flag is in its way into the dataset. */
  status: FlagStatusSchema,
  /** The reader's optional note for the maintainers. */
  note: z.string().max(2000).optional(),
  target: z.strictObject({
    /** Only http: and https: pages: a flag's address is rendered as a link. */
    source: UrlSchema,
    selector: z.tuple([TextQuoteSelectorSchema, TextPositionSelectorSchema]),
  }),
  body: z.strictObject({ type: z.literal('ProposedStatement'), statement: ProposedStatementSchema }),
});

export type Flag = z.infer<typeof FlagSchema>;

/** Parses a flag; one that does not fit gives its first problem as "field.path: message". */
export function parseFlag(value: unknown): { ok: true; flag: Flag } | { ok: false; problem: string } {
  const r = FlagSchema.safeParse(value);
  if (r.success) return { ok: true, flag: r.data };
  const issue = r.error.issues[0]!;
  return { ok: false, problem: `${issue.path.join('.') || 'flag'}: ${issue.message}` };
}
export type TextQuoteSelector = z.infer<typeof TextQuoteSelectorSchema>;
export type TextPositionSelector = z.infer<typeof TextPositionSelectorSchema>;

/** The export file: flags with their statements in the dataset's schema (other top-level keys are ignored). */
export const FlagExportSchema = z.object({
  format: z.literal('on-record-flags'),
  version: z.literal(1),
  exported: z.string().optional(),
  flags: z.array(z.unknown()),
});

/** The page a flag belongs to, without its fragment, for duplicate checks. */
export const pageKey = (url: string) => url.split('#')[0]!;
