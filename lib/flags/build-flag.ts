/** Turns the flag form's values into a Web Annotation, validating the statement with the dataset's own schema. */
import { ProposedStatementSchema } from '../../data/schema';
import { type Flag, FlagSchema } from './annotation';
import { type FieldKey, plainErrors } from './form-errors';
import type { FlagDraft } from './draft';

export interface FlagFormValues {
  personId: string | null;
  personName: string;
  personTitle: string;
  date: string;
  precision: 'day' | 'month' | 'year';
  words: string;
  lang: string;
  translation: boolean;
  indirect: boolean;
  summary: string;
  topics: string[];
  publisher: string;
  url: string;
  sourceTitle: string;
  published: string;
  note: string;
}

/** The form's starting values from a draft (speaker from attribution, the article's date, the page as source). */
export function initialValues(draft: FlagDraft): FlagFormValues {
  const date = draft.publishedTime?.slice(0, 10) ?? '';
  return {
    personId: draft.speaker.id,
    personName: draft.speaker.name ?? '',
    personTitle: '',
    date,
    precision: 'day',
    // The page's own line breaks and indentation are not part of the words.
    words: draft.quote.exact.replace(/\s+/g, ' ').trim(),
    lang: draft.lang ?? 'en',
    translation: false,
    indirect: draft.indirect,
    summary: '',
    topics: draft.topics,
    publisher: draft.siteName ?? new URL(draft.url).hostname.replace(/^www\./, ''),
    url: draft.url,
    sourceTitle: draft.title ?? '',
    published: date,
    note: '',
  };
}

export type BuildResult = { ok: true; flag: Flag } | { ok: false; errors: Partial<Record<FieldKey, string>> };

/** Validates the values and builds the flag; errors are keyed by field with a reader-facing message. */
export function buildFlag(
  draft: FlagDraft,
  v: FlagFormValues,
  opts: { id?: string; created?: string; now?: string } = {},
): BuildResult {
  const statement = {
    person: v.personId,
    personName: v.personName.trim(),
    personTitle: v.personTitle.trim() || null,
    said: {
      date: v.date,
      precision: v.precision,
      basis: v.date === draft.publishedTime?.slice(0, 10) ? 'published-date' : 'source-text',
    },
    words: { text: v.words.trim(), lang: v.lang, translation: v.translation, indirect: v.indirect },
    summary: v.summary.trim(),
    topics: v.topics,
    stances: [],
    events: [],
    source: { publisher: v.publisher.trim(), url: v.url.trim(), published: v.published, title: v.sourceTitle.trim() },
    alsoIn: [],
  };
  const r = ProposedStatementSchema.safeParse(statement);
  if (!r.success) return { ok: false, errors: plainErrors(r.error, statement) };
  const now = opts.now ?? new Date().toISOString();
  const flag = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: opts.id ?? `urn:uuid:${crypto.randomUUID()}`,
    type: 'Annotation',
    motivation: 'describing',
    created: opts.created ?? now,
    modified: now,
    status: 'pending',
    ...(v.note.trim() ? { note: v.note.trim() } : {}),
    target: { source: draft.url, selector: [draft.quote, draft.position] },
    body: { type: 'ProposedStatement', statement: r.data },
  };
  // The whole annotation too (the page's address, the note's length), so the background never refuses it with the
  // validator's words.
  const whole = FlagSchema.safeParse(flag);
  return whole.success ? { ok: true, flag: whole.data } : { ok: false, errors: plainErrors(whole.error, flag) };
}

/** A draft from an existing flag, to edit it with the same form. */
export function draftOf(flag: Flag): FlagDraft {
  const s = flag.body.statement;
  return {
    url: flag.target.source,
    title: s.source.title,
    siteName: s.source.publisher,
    publishedTime: s.source.published,
    lang: s.words.lang,
    quote: flag.target.selector[0],
    position: flag.target.selector[1],
    speaker: { id: s.person, name: s.personName },
    indirect: s.words.indirect,
    topics: s.topics,
  };
}

/** Form values from an existing flag. */
export function valuesOf(flag: Flag): FlagFormValues {
  const s = flag.body.statement;
  return {
    personId: s.person,
    personName: s.personName,
    personTitle: s.personTitle ?? '',
    date: s.said.date,
    precision: s.said.precision,
    words: s.words.text,
    lang: s.words.lang,
    translation: s.words.translation,
    indirect: s.words.indirect,
    summary: s.summary,
    topics: s.topics,
    publisher: s.source.publisher,
    url: s.source.url,
    sourceTitle: s.source.title,
    published: s.source.published,
    note: flag.note ?? '',
  };
}
