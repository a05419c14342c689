/** Resolves who a cue refers to: a named mention, a pronoun, or a role noun ("the diplomat"). */
import type { Person } from '../../data/schema';
import { roleAt } from '../dataset/roles';
import type { Mention } from '../mentions/mention';
import type { Span } from '../text/sentences';
import { DESCRIPTORS, PRONOUNS } from './speech-verbs';
import type { Speaker } from './quote';
import { firstStartingIn, lastStartingBy } from '../text/spans';

export interface SpeakerContext {
  text: string;
  /** Person mentions outside quotations, sorted by offset. */
  persons: Mention[];
  sentences: Span[];
  people: Map<string, Person>;
  date: string | null;
}

/** How many sentences back a pronoun may reach. */
const PRONOUN_REACH = 15;

export const speakerOf = (m: Mention): Speaker => ({ id: m.id, name: m.name });

function genderOf(m: Mention, ctx: SpeakerContext): 'female' | 'male' | null {
  if (m.id) return ctx.people.get(m.id)?.gender ?? null;
  if (/woman|\bMrs|\bMs\b|madame|presidenta|ministra|kanzlerin|ministerin/i.test(m.title ?? '')) return 'female';
  if (/spokesman|chairman|\bMr\b/i.test(m.title ?? '')) return 'male';
  return null;
}

function titleOf(m: Mention, ctx: SpeakerContext): string {
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
export function findAntecedent(ctx: SpeakerContext, before: number, fits: (m: Mention) => boolean): Mention | null {
  const first = sentenceIndex(ctx.sentences, before);
  for (let s = first; s >= 0 && first - s <= PRONOUN_REACH; s--) {
    const span = ctx.sentences[s]!;
    const limit = s === first ? before : span.end;
    const found = firstStartingIn(ctx.persons, span.start, limit, fits);
    if (found) return found;
  }
  return null;
}

/** Resolves a pronoun ("she") to the most recent fitting person. */
export function resolvePronoun(ctx: SpeakerContext, pronoun: string, before: number): Mention | null {
  const gender = PRONOUNS[pronoun.toLowerCase()] ?? null;
  return findAntecedent(ctx, before, (m) => {
    const g = genderOf(m, ctx);
    return gender === null || g === null || g === gender;
  });
}

/** Resolves a role noun ("the diplomat", "the Kremlin spokesman") to the person introduced in that role. */
export function resolveDescriptor(ctx: SpeakerContext, descriptor: string, before: number): Mention | null {
  const noun = Object.keys(DESCRIPTORS)
    .sort((a, b) => b.length - a.length)
    .find((k) => descriptor.toLowerCase().endsWith(k));
  const pattern = noun ? DESCRIPTORS[noun]! : /./;
  const female = /woman$/i.test(descriptor);
  return findAntecedent(ctx, before, (m) => pattern.test(titleOf(m, ctx)) && (!female || genderOf(m, ctx) !== 'male'));
}
