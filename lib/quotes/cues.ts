/** Reads the subject of a speech verb: a named person, a pronoun, a role noun, or a name as written. */
import type { CompiledCues } from '../lang/compile-cues';
import type { Gender } from '../lang/cue-table';
import type { Mention } from '../mentions/mention';
import { endingAt, firstStartingIn } from '../text/spans';
import type { NameIndex } from './name-index';
import { nameEndingAt, nameStartingAt, type FoundName } from './names';

export type Subject =
  | { kind: 'mention'; mention: Mention; start: number }
  | { kind: 'pronoun'; word: string; start: number }
  | { kind: 'descriptor'; words: string; definite: boolean; start: number }
  | { kind: 'name'; name: string; start: number; gender: Gender; title: string | null };

/** What reading a cue needs: the text, the people found so far, the language's cues and the text's names. */
export interface CueText {
  text: string;
  /** Person mentions outside quotes, sorted, not overlapping. */
  persons: Mention[];
  cues: CompiledCues;
  names: NameIndex;
}

const QUOTE_OR_END = /[.!?;“”"«»„\n]/;
const DAYS = [
  ...['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'today', 'yesterday'],
  ...['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', 'aujourd’hui', 'dimanche'],
  ...['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'hoy', 'ayer', 'hoje', 'ontem'],
  ...['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'Montag', 'Dienstag'],
  ...['Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag', 'heute', 'gestern'],
].join('|');
/** A day or "today" between an inverted verb and its subject: "a déclaré jeudi le ministre", "sagte am Montag". */
const TIME_WORDS = new RegExp(
  `^\\s*(?:(?:on|am|el|este|esta|ce|this|nesta|neste)\\s+)?(?:${DAYS}|morning|week|semana|matin|soir)(?![\\p{L}])\\s*`,
  'iu',
);

/** A name as written becomes a subject when it is a full name, or a single word the text names in full or titles. */
function nameSubject(t: CueText, found: FoundName): Subject | null {
  const single = !/\s/.test(found.name);
  let name = found.name;
  if (single) {
    const full = t.names.fullNameOf(found.name);
    if (full) name = full;
    else if (!found.honorific && !found.title) return null;
  }
  return { kind: 'name', name, start: found.start, gender: found.gender, title: found.title };
}

/** Where the subject ends before `verbStart`, once filler words ("also", "a également") are skipped. */
function subjectEndBefore(t: CueText, verbStart: number): number {
  const from = Math.max(0, verbStart - 60);
  const window = t.text.slice(from, verbStart);
  const filler = new RegExp(`(?:['’]s)?(?:\\s+(?:(?:${t.cues.filler})|\\p{Ll}+ly))*\\s+$`, 'iu').exec(window);
  return from + (filler ? filler.index : window.length);
}

/** The subject that ends at `end`: a mention, a pronoun, a descriptor, or a name. */
function subjectEndingAt(t: CueText, end: number, floor: number): Subject | null {
  const { text, cues } = t;
  const mention =
    endingAt(t.persons, end) ?? (/['’]s/.test(text.slice(end - 2, end)) ? endingAt(t.persons, end - 2) : undefined);
  if (mention) {
    const start = mention.title ? Math.max(floor, mention.start - mention.title.length - 1) : mention.start;
    return { kind: 'mention', mention, start };
  }
  const from = Math.max(floor, end - 100);
  const head = text.slice(from, end);
  const pronoun = new RegExp(`(?:^|[^\\p{L}])(${cues.pronoun})$`, 'iu').exec(head);
  if (pronoun) return { kind: 'pronoun', word: pronoun[1]!, start: end - pronoun[1]!.length };
  const desc = new RegExp(
    `(?:^|[\\s,;(])((${cues.determiner})\\s+(?:[\\p{L}’'-]+\\s+){0,5}?(?:${cues.roleNoun})(?:\\s+[\\p{L}’'-]+){0,4}?)$`,
    'iu',
  ).exec(head);
  if (desc && !/[,]/.test(desc[1]!) && new RegExp(`(?:^|\\s)(?:${cues.roleNoun})(?:\\s|$)`, 'iu').test(desc[1]!)) {
    return {
      kind: 'descriptor',
      words: desc[1]!,
      definite: cues.definite.has(desc[2]!.toLowerCase()),
      start: end - desc[1]!.length,
    };
  }
  const found = nameEndingAt(text, end, cues);
  return found && found.start >= floor ? nameSubject(t, found) : null;
}

/**
 * Finds the subject that ends right before `verbStart`, looking back at most 100 characters and not before `floor`:
 * "Ryabkov said", "Mr. Clyburn said", "Sadie Weiner, the committee's spokeswoman, said", "Trump, 70, told".
 */
export function subjectBefore(t: CueText, verbStart: number, floor = 0): Subject | null {
  const end = subjectEndBefore(t, verbStart);
  const direct = subjectEndingAt(t, end, floor);
  if (direct) return direct;
  // An apposition or an age between the name and its verb: "X, the committee's spokeswoman, said", "X (CDU) sagte".
  const gap = t.text.slice(Math.max(floor, end - 110), end);
  const close = /(?:,|\))$/.exec(gap);
  if (!close) return null;
  const open = close[0] === ')' ? gap.lastIndexOf('(') : gap.lastIndexOf(',', gap.length - 2);
  if (open < 0) return null;
  const inner = gap.slice(open + 1, gap.length - 1);
  if (QUOTE_OR_END.test(inner) || (close[0] === ',' && inner.includes(','))) return null;
  let nameEnd = end - gap.length + open;
  while (nameEnd > 0 && /\s/.test(t.text[nameEnd - 1]!)) nameEnd--;
  const subject = subjectEndingAt(t, nameEnd, floor);
  if (subject?.kind === 'name' && !subject.title) subject.title = inner.trim();
  return subject && (subject.kind === 'mention' || subject.kind === 'name') ? subject : null;
}

/** Reads the subject that follows an inverted verb at `at`: "said Ryabkov", "a déclaré le ministre, Alain Juppé". */
export function subjectAfter(t: CueText, at: number): { subject: Subject; end: number } | null {
  const { text, cues } = t;
  // Time words may stand between the verb and its subject: "a déclaré jeudi le ministre", "said on Tuesday".
  const skip = TIME_WORDS.exec(text.slice(at, at + 40));
  const s = at + (skip ? skip[0].length : /^\s*/.exec(text.slice(at, at + 10))![0].length);
  // "avait déclaré que l'ex-dirigeant Kadhafi serait…": after "that" comes the reported clause, not the speaker.
  if (new RegExp(`^(?:${cues.complementiser})(?:(?<=['’])|(?![\\p{L}]))`, 'iu').test(text.slice(s, s + 12)))
    return null;
  const mention = firstStartingIn(t.persons, s, s + 61, (m) => !/[.!?,;“”"«»„\n]/.test(text.slice(s, m.start)));
  const after = text.slice(s, s + 160);
  const roleTail = `(?:${cues.roleNoun})(?![\\p{L}])`;
  const descHead = `^((${cues.determiner})\\s+(?:[\\p{L}’'-]+\\s+){0,5}?${roleTail}`;
  // The long form reaches a comma ("a spokeswoman for Trump hotels, …"); the short one ends at the role noun.
  const desc =
    new RegExp(`${descHead}(?:\\s+(?:[\\p{Ll}’'-]+|\\p{Lu}[\\p{L}’'-]+)){0,6}?)(?=\\s*[,.;:!?()]|$)`, 'iu').exec(
      after,
    ) ?? new RegExp(`${descHead})`, 'iu').exec(after);
  // "said a spokeswoman for Trump hotels, Jennifer Rodstrom": the name after the description is the subject.
  if (desc) {
    const rest = text.slice(s + desc[1]!.length, s + desc[1]!.length + 80);
    const comma = /^\s*,\s+/.exec(rest);
    if (comma) {
      const nameAt = s + desc[1]!.length + comma[0].length;
      const m2 = firstStartingIn(t.persons, nameAt, nameAt + 1);
      if (m2) return { subject: { kind: 'mention', mention: m2, start: s }, end: m2.end };
      const found = nameStartingAt(text, nameAt, cues);
      if (found && /\s/.test(found.name))
        return {
          subject: { kind: 'name', name: found.name, start: s, gender: found.gender, title: desc[1]! },
          end: found.end,
        };
    }
  }
  if (mention && (!desc || mention.start < s + desc[1]!.length + 3))
    return { subject: { kind: 'mention', mention, start: s }, end: mention.end };
  const pronoun = new RegExp(`^(${cues.pronoun})`, 'iu').exec(after);
  if (pronoun) return { subject: { kind: 'pronoun', word: pronoun[1]!, start: s }, end: s + pronoun[0].length };
  if (desc) {
    const definite = cues.definite.has(desc[2]!.toLowerCase());
    return { subject: { kind: 'descriptor', words: desc[1]!, definite, start: s }, end: s + desc[1]!.length };
  }
  const found = nameStartingAt(text, s, cues);
  const subject = found ? nameSubject(t, found) : null;
  return subject && found ? { subject, end: found.end } : null;
}

/** Reads "said Ryabkov" / "a-t-il déclaré" / "said the diplomat" at `from`; returns the subject and the cue's end. */
export function verbThenSubject(t: CueText, from: number): { subject: Subject; end: number } | null {
  const rest = t.text.slice(from, from + 120);
  const inv = t.cues.invertedPronoun?.exec(rest);
  if (inv) {
    const word = inv.slice(1).find(Boolean)!;
    return { subject: { kind: 'pronoun', word, start: from }, end: from + inv[0].length };
  }
  const verb =
    new RegExp(`^(?:${t.cues.verb})(?![\\p{L}\\p{N}])`, 'iu').exec(rest) ?? t.cues.invertedOnly?.exec(rest) ?? null;
  if (!verb || t.cues.objectFirst.has(verb[0].split(/\s+/).at(-1)!.toLowerCase())) return null;
  return subjectAfter(t, from + verb[0].length);
}
