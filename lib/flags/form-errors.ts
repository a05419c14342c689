/**
 * The flag form's errors in plain words. The validator's own text ("Too small: expected string to have >=3
 * characters", a regular expression) means nothing to a reader, so each problem is said by the field's name and
 * what to do; a date is described as the date field shows it, never as "YYYY-MM-DD".
 */
import type { z } from 'zod';

/** Form fields by the name of the statement's path they fill. */
export type FieldKey =
  | 'personName'
  | 'said.date'
  | 'words.text'
  | 'words.lang'
  | 'topics'
  | 'source.publisher'
  | 'source.url'
  | 'source.published'
  | 'source.title'
  | 'note'
  | 'form';

/** What each field is called in a sentence ("The words must be…"). */
const NOUNS: Record<FieldKey, string> = {
  personName: 'speaker’s name',
  'said.date': 'date said',
  'words.text': 'words',
  'words.lang': 'language',
  topics: 'topics',
  'source.publisher': 'publisher',
  'source.url': 'source address',
  'source.published': 'published date',
  'source.title': 'source title',
  note: 'note for the maintainers',
  form: 'flag',
};

/** Date fields by the label the reader sees beside them. */
const DATE_LABELS: Partial<Record<FieldKey, string>> = { 'said.date': 'Date said', 'source.published': 'Published' };

/** The form field an issue belongs to (flag-level paths such as `target.source` count as the source address). */
export function fieldOf(path: readonly PropertyKey[]): FieldKey {
  const key = path.map(String).join('.');
  if (key in NOUNS) return key as FieldKey;
  if (key.startsWith('said')) return 'said.date';
  if (key === 'target.source') return 'source.url';
  if (key.startsWith('topics')) return 'topics';
  const head = String(path[0] ?? '');
  return head in NOUNS ? (head as FieldKey) : 'form';
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** One issue as a sentence a reader can act on. */
export function plainMessage(field: FieldKey, issue: z.core.$ZodIssue, value: unknown): string {
  const noun = NOUNS[field];
  const empty = value === '' || value === null || value === undefined;
  const dateLabel = DATE_LABELS[field];
  if (dateLabel)
    return empty
      ? `The ${noun} is missing. Choose the day in “${dateLabel}”.`
      : `The ${noun} is not a real day. Choose it again in “${dateLabel}”.`;
  if (field === 'topics') return 'Choose at least one topic.';
  if (field === 'source.url') return 'The source address must be a web address that starts with http:// or https://.';
  if (field === 'words.lang') return 'The language must be a two-letter code, such as “en”.';
  if (issue.code === 'too_small' && typeof issue.minimum === 'number')
    return empty
      ? `${capital(`the ${noun}`)} is missing.`
      : `The ${noun} must be at least ${issue.minimum} characters.`;
  if (issue.code === 'too_big' && typeof issue.maximum === 'number')
    return `The ${noun} must be at most ${issue.maximum} characters.`;
  return field === 'form'
    ? 'The flag could not be built from these values. Check the fields and try again.'
    : `The ${noun} is not valid. Check it and try again.`;
}

/** Reader-facing errors by field from a failed parse of `input` (the first problem of each field). */
export function plainErrors(error: z.ZodError, input: unknown): Partial<Record<FieldKey, string>> {
  const out: Partial<Record<FieldKey, string>> = {};
  for (const issue of error.issues) {
    const field = fieldOf(issue.path);
    out[field] ??= plainMessage(field, issue, valueAt(input, issue.path));
  }
  return out;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const p of path) v = typeof v === 'object' && v !== null ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}
