/**
 * Every person named as a speaker, not only officials: a name read in a cue ("Brinkley said", "said the Rev. Al
 * Sharpton", "according to Jennifer Rodstrom"), with an honorific ("Mrs. May") or with a title ("Councillor Mike
 * Whitby") is a person (id null, the name as written), and each later mention of the full name or the surname is
 * the same person, so pronouns and descriptions can point back to them.
 */
import type { CompiledCues } from '../lang/compile-cues';
import type { Gender } from '../lang/cue-table';
import type { Mention } from '../mentions/mention';
import { foldKey } from '../text/normalize';
import { containing, overlapsAny, type Spanned } from '../text/spans';
import { type CueText, subjectBefore, verbThenSubject } from './cues';
import type { NameIndex } from './name-index';
import { isRoleWord } from './names';

interface Known {
  name: string;
  gender: Gender;
  genderSet: boolean;
  title: string | null;
}

/** Person mentions (officials and named speakers, outside quotes, sorted) and what honorifics say of their gender. */
export interface SpeakerPeople {
  persons: Mention[];
  genders: Map<string, Gender>;
}

const groupOf = (name: string) => `new:${foldKey(name)}`;

/** Finds the named speakers and merges them with the officials (`persons`, sorted, outside quotes). */
export function findNamedSpeakers(
  text: string,
  officials: Mention[],
  cues: CompiledCues,
  names: NameIndex,
  quotes: Spanned[],
): SpeakerPeople {
  const t: CueText = { text, persons: officials, cues, names };
  const known = new Map<string, Known>();
  const bySurname = new Map<string, Known>();
  const establish = (name: string, gender: Gender, title: string | null) => {
    let k = known.get(name);
    if (!k) {
      const words = name.split(/\s+/);
      const surname = words.at(-1)!;
      const prior = bySurname.get(surname);
      // A surname alone is the person named in full with it ("Clyburn" after "Jim Clyburn").
      if (prior && (words.length === 1 || prior.name.split(/\s+/)[0] === words[0])) k = prior;
      else {
        k = { name, gender: null, genderSet: false, title };
        known.set(name, k);
        if (words.length > 1 || !bySurname.has(surname)) bySurname.set(surname, k);
      }
    }
    if (gender && !k.genderSet) [k.gender, k.genderSet] = [gender, true];
    else if (gender && k.gender !== gender) k.gender = null;
    k.title ??= title;
  };
  const inQuote = (at: number) => containing(quotes, at, at + 1) !== undefined;
  for (const m of text.matchAll(cues.verbRe)) {
    if (inQuote(m.index)) continue;
    const before = subjectBefore(t, m.index, Math.max(0, m.index - 200));
    if (before?.kind === 'name') establish(before.name, before.gender, before.title);
    const after = verbThenSubject(t, m.index);
    if (after?.subject.kind === 'name') establish(after.subject.name, after.subject.gender, after.subject.title);
  }
  for (const r of names.runs) {
    if (inQuote(r.start)) continue;
    if (r.honorific || (r.title && /\s/.test(r.name))) establish(r.name, r.gender, r.title);
    else if (/\s/.test(r.name)) {
      // "city council leader councillor Albert Bore", "historian Douglas Brinkley": a role word in lower case.
      const role = /(?:^|\s)(\p{Ll}[\p{L}-]+),?\s+$/u.exec(text.slice(Math.max(0, r.start - 30), r.start))?.[1];
      if (role && isRoleWord(role, cues)) establish(r.name, null, role);
    }
  }
  const speakers: Mention[] = [];
  const genders = new Map<string, Gender>();
  for (const r of names.runs) {
    if (inQuote(r.start) || overlapsAny(officials, r.start, r.end)) continue;
    const words = r.name.split(/\s+/);
    let k = known.get(r.name);
    if (!k) {
      const bySur = bySurname.get(words.at(-1)!);
      if (bySur && (words.length === 1 || bySur.name.split(/\s+/)[0] === words[0])) k = bySur;
    }
    if (!k) continue;
    const group = groupOf(k.name);
    if (k.gender) genders.set(group, k.gender);
    speakers.push({
      kind: 'person',
      id: null,
      name: k.name,
      title: r.title ?? k.title,
      text: r.name,
      start: r.start,
      end: r.end,
      group,
    });
  }
  return { persons: merge(officials, speakers), genders };
}

/** Merges two sorted lists of mentions, the first winning where they overlap. */
function merge(first: Mention[], second: Mention[]): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  for (const m of second) {
    while (i < first.length && first[i]!.start <= m.start) out.push(first[i++]!);
    const prev = out.at(-1);
    if ((prev && prev.end > m.start) || (first[i] && first[i]!.start < m.end)) continue;
    out.push(m);
  }
  while (i < first.length) out.push(first[i++]!);
  return out;
}
