/** The note a harvested flag carries for its reviewer: where it was found, how the speaker was attributed, context. */
import type { Attribution } from '../quotes/quote';
import type { KnownQuote } from '../related/card';

/** Characters of article text kept on each side of the words in the context snippet. */
const CONTEXT_CHARS = 160;
/** The flag schema's limit on a note. */
const MAX_NOTE = 2000;

const HOW: Record<Attribution | 'reported', string> = {
  name: 'by name',
  pronoun: 'by a pronoun',
  continuation: 'as a continuation of the previous quote',
  descriptive: 'by a description',
  none: 'by no cue',
  reported: 'as reported speech',
};

/** What the dataset already holds of these words, in a reviewer's terms. */
export function describeKnown(known: KnownQuote | null): string {
  if (!known) return 'not in the dataset';
  return known.fidelity === 'trimmed'
    ? `the dataset holds these words within a longer or shorter quote (${known.statementId})`
    : `the dataset holds similar words (${known.statementId}, worded differently)`;
}

/** About CONTEXT_CHARS of text either side of [start, end), cut at spaces, with ellipses where cut. */
export function contextSnippet(text: string, start: number, end: number): string {
  let from = Math.max(0, start - CONTEXT_CHARS);
  let to = Math.min(text.length, end + CONTEXT_CHARS);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(' ', to) > end ? text.lastIndexOf(' ', to) : to;
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}

export interface NoteInput {
  page: string;
  attribution: Attribution | 'reported';
  cue: string | null;
  known: KnownQuote | null;
  context: string;
}

/** One note: found where, attributed how, what the dataset holds, and the context (cut to the schema's limit). */
export function harvestNote(n: NoteInput): string {
  const cue = n.cue ? ` ("${n.cue}")` : '';
  const head = `Harvested from ${n.page}. Speaker attributed ${HOW[n.attribution]}${cue}; ${describeKnown(n.known)}.`;
  const note = `${head} Context: ${n.context}`;
  return note.length <= MAX_NOTE ? note : `${note.slice(0, MAX_NOTE - 1)}…`;
}
