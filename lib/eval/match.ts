/**
 * Every rule by which the evaluation decides that what the engine reported is what a label says. Kept in one place
 * so that the figures mean one thing; each rule says what it lets through and what it does not.
 */
import type { Speaker } from '../quotes/quote';
import type { LabelledPerson } from './labels';

/**
 * Text as compared: Unicode NFC, curly quotes and primes made straight, dashes made "-", soft hyphens dropped,
 * whitespace collapsed, case folded, and quotation marks and punctuation at either end trimmed. Trade-off: case and
 * quote style never make a miss, but "US" and "us" are the same text (harmless for spans of several words).
 */
export function normaliseText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/\u00AD/g, '')
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»‹›]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .replace(/^[\s"'.,;:!?()[\]-]+|[\s"'.,;:!?()[\]-]+$/g, '');
}

/**
 * A reported span matches a labelled one when either contains the other, and a reported span inside the label is at
 * least half the label's length. Labels of quotes hold only their first six or more words, so a whole reported quote
 * contains its label; a reported quote cut short still matches if it kept half of those words. Trade-off: a label
 * of one or two words ("no progress") is found inside any longer quote that has those words.
 */
export function spansMatch(reported: string, labelled: string): boolean {
  const r = normaliseText(reported);
  const l = normaliseText(labelled);
  if (r.length === 0 || l.length === 0) return false;
  return r.includes(l) || (l.includes(r) && r.length * 2 >= l.length);
}

const HONORIFIC =
  /^(mr|mrs|ms|miss|dr|sir|dame|lord|lady|rev|sen|rep|gov|gen|president|minister|m|mme|sr|sra|herr|frau)\.?$/;

/** The words of a name, folded, without honorifics, initials, diacritics or a possessive. */
export function nameWords(name: string): string[] {
  return normaliseText(name)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/'s$/, '')
    .split(/[\s,]+/)
    .map((w) => w.replace(/[^\p{L}\p{N}'-]/gu, ''))
    .filter((w) => w.length > 1 && !HONORIFIC.test(w));
}

/**
 * Two names are the same person when their word lists are equal, or when one is a single word equal to the other's
 * last word (a surname: "Steinmeier" and "Frank-Walter Steinmeier", "Mr. Trump" and "Donald Trump"). Trade-off: two
 * people who share a surname match each other (Bill and Hillary Clinton count as one when only "Clinton" is given).
 */
export function namesMatch(a: string, b: string): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  if (x.length === 0 || y.length === 0) return false;
  if (x.join(' ') === y.join(' ')) return true;
  if (x.length === 1) return x[0] === y.at(-1);
  if (y.length === 1) return y[0] === x.at(-1);
  // "Frank-Walter Steinmeier" against "Frank Walter Steinmeier", and a middle name or initial left out.
  return x[0] === y[0] && x.at(-1) === y.at(-1);
}

/**
 * The engine's speaker is the labelled one when its dataset id is the labelled person's id, or when its name
 * matches the label's name by `namesMatch`. A labelled speaker of null (the article does not say) is never matched.
 */
export function speakerMatches(got: Speaker, expected: string | null, people: readonly LabelledPerson[]): boolean {
  if (expected === null) return false;
  const person = people.find((p) => namesMatch(p.name, expected));
  if (got.id !== null && person?.datasetId) return got.id === person.datasetId;
  return got.name !== null && namesMatch(got.name, expected);
}

/** Whether the engine names a speaker at all. */
export function namesSpeaker(s: Speaker): boolean {
  return s.id !== null || s.name !== null;
}

/**
 * An event the engine reports matches a labelled one by dataset id, or (outside the dataset) when the normalised
 * name or surface text of one contains the other ("NATO summit" inside "a NATO summit in Wales"). Trade-off: a
 * described event is found only if the engine reports words of its description.
 */
export function eventMatches(
  got: { id: string | null; name: string; text: string },
  label: { name: string; datasetId: string | null },
): boolean {
  if (label.datasetId !== null) return got.id === label.datasetId;
  const l = normaliseText(label.name);
  return [got.name, got.text].some((s) => {
    const g = normaliseText(s);
    return g.length > 0 && (l.includes(g) || g.includes(l));
  });
}

/**
 * A reported indirect statement matches a labelled one when the spans match as quotes do, or when at least 70% of
 * the label's words occur in a reported clause at most three times as long. Trade-off: the engine's clause boundaries (where "said that" ends
 * and the claim stops) differ from a reader's, so an exact span would count near-misses as wrong.
 */
export function clauseMatches(reported: string, labelled: string): boolean {
  if (spansMatch(reported, labelled)) return true;
  const words = (s: string) =>
    normaliseText(s)
      .split(/[^\p{L}\p{N}']+/u)
      .filter(Boolean);
  const reportedWords = words(reported);
  const got = new Set(reportedWords);
  const want = words(labelled);
  const fits = reportedWords.length <= 3 * want.length;
  return fits && want.length > 0 && want.filter((w) => got.has(w)).length >= 0.7 * want.length;
}
