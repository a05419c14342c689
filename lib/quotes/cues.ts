/** Reads the subject of a speech verb: a named person, a pronoun, a role noun, or a capitalised name. */
import type { Mention } from '../mentions/mention';
import { SPEECH_VERB } from './speech-verbs';
import { endingAt, firstStartingIn } from '../text/spans';

export type Subject =
  | { kind: 'mention'; mention: Mention; start: number }
  | { kind: 'pronoun'; word: string; start: number }
  | { kind: 'descriptor'; words: string; definite: boolean; start: number }
  | { kind: 'name'; name: string; start: number };

const ADVERBS = String.raw`(?:(?:also|then|later|further|again|once|had|has|have|was|is|\p{L}+ly)\s+)*`;
/** A verb at the start of a string, after optional filler words. */
export const VERB_AT_START = new RegExp(String.raw`^(?:['’]s)?\s+${ADVERBS}(${SPEECH_VERB})\b`, 'iu');
const PRONOUN_AT_END = /(?:^|[^\p{L}])(he|she|they)\s+$/iu;
const DESCRIPTOR_AT_END =
  /(?:^|[\s,;(])((the|a|an)\s+(?:[\p{L}-]+\s+){0,3}?(diplomat|spokeswoman|spokesman|spokesperson|minister|president|chancellor|secretary|envoy|adviser|aide|official|leader|ambassador|premier))\s+$/iu;
const NAME_AT_END = /(?:^|[\s(])(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\s+$/u;

/**
 * Finds the subject that ends right before `verbStart` (filler words allowed), looking back at most 80 characters.
 * `persons` are person mentions outside quotes.
 */
export function subjectBefore(text: string, verbStart: number, persons: Mention[]): Subject | null {
  const from = Math.max(0, verbStart - 80);
  const window = text.slice(from, verbStart);
  // Strip filler words ("also", "had") to find where the subject ends.
  const filler = new RegExp(String.raw`(?:['’]s)?\s+${ADVERBS}$`, 'iu').exec(window);
  const subjectEnd = from + (filler ? filler.index : window.length);
  const mention =
    endingAt(persons, subjectEnd) ??
    (/['’]s/.test(text.slice(subjectEnd - 2, subjectEnd)) ? endingAt(persons, subjectEnd - 2) : undefined);
  if (mention)
    return {
      kind: 'mention',
      mention,
      start: mention.title ? Math.max(from, mention.start - mention.title.length - 1) : mention.start,
    };
  const head = text.slice(from, subjectEnd) + ' ';
  const pronoun = PRONOUN_AT_END.exec(head);
  if (pronoun) return { kind: 'pronoun', word: pronoun[1]!, start: from + head.search(/(?:he|she|they)\s+$/i) };
  const desc = DESCRIPTOR_AT_END.exec(head);
  if (desc)
    return {
      kind: 'descriptor',
      words: desc[1]!,
      definite: desc[2]!.toLowerCase() === 'the',
      start: from + head.lastIndexOf(desc[1]!),
    };
  const name = NAME_AT_END.exec(head);
  if (name) return { kind: 'name', name: name[1]!, start: from + head.lastIndexOf(name[1]!) };
  return null;
}

const VERB_FIRST = new RegExp(String.raw`^\s*(${SPEECH_VERB})\s+`, 'iu');
const DESCRIPTOR_AFTER =
  /^((the|a|an)\s+(?:[\p{L}-]+\s+){0,3}?(diplomat|spokeswoman|spokesman|spokesperson|minister|president|chancellor|secretary|envoy|adviser|aide|official|leader|ambassador))\b/iu;
const NAME_AFTER = /^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})/u;

/** Reads "said Ryabkov" / "said the diplomat" / "said John Smith" at `from`; returns the subject and the cue's end. */
export function verbThenSubject(
  text: string,
  from: number,
  persons: Mention[],
): { subject: Subject; end: number } | null {
  const rest = text.slice(from, from + 120);
  const verb = VERB_FIRST.exec(rest);
  if (!verb) return null;
  const at = from + verb[0].length;
  const mention = firstStartingIn(persons, at, at + 61, (m) => !/[.!?,;“”"«»\n]/.test(text.slice(at, m.start)));
  if (mention) return { subject: { kind: 'mention', mention, start: from }, end: mention.end };
  const after = text.slice(at, at + 80);
  const pronoun = /^(he|she)\b/i.exec(after);
  if (pronoun) return { subject: { kind: 'pronoun', word: pronoun[1]!, start: at }, end: at + pronoun[0].length };
  const desc = DESCRIPTOR_AFTER.exec(after);
  if (desc)
    return {
      subject: { kind: 'descriptor', words: desc[1]!, definite: desc[2]!.toLowerCase() === 'the', start: at },
      end: at + desc[0].length,
    };
  const name = NAME_AFTER.exec(after);
  if (name) return { subject: { kind: 'name', name: name[1]!, start: at }, end: at + name[0].length };
  return null;
}
