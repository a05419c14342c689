/** The parts of a described event: who it was with ("between X and Y", "avec son homologue"), and a round of talks. */
import type { WordContext } from './event-words-in-text';

/** At most this many words of participants: a description, not the rest of the sentence. */
const MAX_WORDS = 14;
const PLAIN_GAP = /^\s+$/;
const CONJUNCTIONS = new Set(['and', 'or', 'y', 'o', 'e', 'ou', 'et', 'und', 'oder']);

/**
 * If token `k` is "with"/"between" (or "avec", "con", "mit"…), the end offset of the participants after it: words up
 * to a punctuation mark or a word that ends the phrase ("on" Sunday, "qui", "para"): the index of the last token,
 * or -1 when there are none.
 */
export function readParticipants(w: WordContext, k: number): number {
  const { tokens, cues, text } = w;
  const t = tokens[k];
  if (!t || !cues.with.has(t.lower) || !PLAIN_GAP.test(text.slice(tokens[k - 1]!.end, t.start))) return -1;
  let last = -1;
  let capitals = 0;
  for (let i = k + 1; i < tokens.length && i - k <= MAX_WORDS; i++) {
    if (!PLAIN_GAP.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) break;
    // Only a lower-case word ends it: "the United States" is no verb "states".
    if (i > k + 1 && !tokens[i]!.cap && cues.phraseEnd.has(tokens[i]!.lower)) break;
    last = i;
    if (tokens[i]!.cap) capitals++;
  }
  // Drop determiners and conjunctions left at the end ("with the", "entre X y", cut by a comma).
  while (last > k && (cues.function.has(tokens[last]!.lower) || CONJUNCTIONS.has(tokens[last]!.lower))) last--;
  if (last <= k) return -1;
  // A lone pronoun or word ("talks with him") describes no one.
  if (capitals === 0 && last === k + 1) return -1;
  return last;
}

/** The token starting "the latest round of" before token `h` ("round", "ronda", "cycle"), or -1. */
export function roundBefore(w: WordContext, h: number): number {
  const { tokens, cues } = w;
  const own = tokens[h];
  if (own && cues.rounds.has(own.lower)) return h;
  const of = tokens[h - 1];
  const round = tokens[h - 2];
  return of && round && cues.of.has(of.lower) && cues.rounds.has(round.lower) ? h - 2 : -1;
}
