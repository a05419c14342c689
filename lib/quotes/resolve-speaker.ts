/** Resolves who a cue refers to: a named mention, a pronoun, or a role noun ("the diplomat"). */
import type { Person } from '../../data/schema';
import { roleAt } from '../dataset/roles';
import type { CompiledCues } from '../lang/compile-cues';
import type { Gender } from '../lang/cue-table';
import type { Mention } from '../mentions/mention';
import type { Span } from '../text/sentences';
import type { Speaker } from './quote';
import { firstStartingIn, lastStartingBy } from '../text/spans';
import type { NameIndex } from './name-index';

export interface SpeakerContext {
  text: string;
  /** Person mentions outside quotations (officials and named speakers), sorted by offset. */
  persons: Mention[];
  sentences: Span[];
  people: Map<string, Person>;
  date: string | null;
  /** The article's language (its cue table), or null. */
  lang?: string | null;
}

/** What resolving needs beyond the context: the compiled cues, the names, and the genders known so far. */
export interface Resolver extends SpeakerContext {
  cues: CompiledCues;
  names: NameIndex;
  /** Gender by mention group, from honorifics and from gendered pronouns already resolved to someone. */
  genders: Map<string, Gender>;
}

/** How many sentences back a pronoun may reach. */
const PRONOUN_REACH = 15;
/** A person named this near the start of a sentence is taken for its subject. */
const SUBJECT_REACH = 50;

export const speakerOf = (m: Mention): Speaker => ({ id: m.id, name: m.name });

const FEMALE_TITLE =
  /woman|\bMrs\b|\bMs\b|madame|presidenta|ministra|kanzlerin|ministerin|sprecherin|politikerin|chanceli[eè]re|primeira/i;
const MALE_TITLE = /spokesman|chairman|\bMr\b|congressman/i;

function genderOf(m: Mention, ctx: Resolver): Gender {
  if (m.id) return ctx.people.get(m.id)?.gender ?? null;
  const known = ctx.genders.get(m.group);
  if (known) return known;
  if (FEMALE_TITLE.test(m.title ?? '')) return 'female';
  if (MALE_TITLE.test(m.title ?? '')) return 'male';
  return null;
}

function titleOf(m: Mention, ctx: Resolver): string {
  const person = m.id ? ctx.people.get(m.id) : undefined;
  const role = person && ctx.date ? roleAt(person, ctx.date) : null;
  return [m.title, role?.title, person?.roles.at(-1)?.title].filter(Boolean).join(' ');
}

/** Index of the sentence containing `offset`. */
export function sentenceIndex(sentences: Span[], offset: number): number {
  return Math.max(0, lastStartingBy(sentences, offset));
}

/**
 * Walks back sentence by sentence from `before` and returns the first person (the subject) of the nearest sentence
 * with a person who fits. Subjects win over later names because "He" usually continues the last sentence's subject.
 */
export function findAntecedent(
  ctx: SpeakerContext,
  before: number,
  fits: (m: Mention) => boolean,
  subjectsOnly = false,
): Mention | null {
  const first = sentenceIndex(ctx.sentences, before);
  let fallback: Mention | null = null;
  for (let s = first; s >= 0 && first - s <= PRONOUN_REACH; s--) {
    const span = ctx.sentences[s]!;
    const limit = s === first ? before : span.end;
    const found = firstStartingIn(ctx.persons, span.start, limit, fits);
    if (!found) continue;
    // A pronoun continues a sentence's subject (named near its start), not a person named further on in it.
    if (!subjectsOnly || found.start - span.start <= SUBJECT_REACH) return found;
    fallback ??= found;
  }
  return fallback;
}

/** Resolves a pronoun ("she") to the most recent fitting person, and remembers that person's gender. */
export function resolvePronoun(ctx: Resolver, pronoun: string, before: number): Mention | null {
  const gender = ctx.cues.pronouns.get(pronoun.toLowerCase()) ?? null;
  const m = findAntecedent(
    ctx,
    before,
    (p) => {
      const g = genderOf(p, ctx);
      return gender === null || g === null || g === gender;
    },
    true,
  );
  if (m && gender && !m.id && !ctx.genders.has(m.group)) ctx.genders.set(m.group, gender);
  return m;
}

/** Resolves a role noun ("the diplomat", "le ministre") to the person introduced in that role. */
export function resolveDescriptor(ctx: Resolver, descriptor: string, before: number): Mention | null {
  const d = descriptor.toLowerCase();
  const noun = ctx.cues.roleNouns.find(([k]) => new RegExp(`(?:^|[\\s-])${k}(?![\\p{L}])`, 'u').test(d));
  const pattern = noun ? noun[1] : /./;
  const female = FEMALE_TITLE.test(descriptor);
  return findAntecedent(ctx, before, (m) => {
    // Someone named without a known title may be the one described ("… a déclaré Alassane Ouattara. «…», a
    // poursuivi le président ivoirien"); a dataset person's roles are known and must fit.
    const title = titleOf(m, ctx);
    if (title ? !pattern.test(title) : m.id !== null) return false;
    return !(female && genderOf(m, ctx) === 'male');
  });
}
