/** Which tokens head an event ("summit", "sommet", "Nato-Gipfel"), and the name a German compound carries. */
import type { EventClass } from '../lang/event-words';
import type { Token } from '../text/tokens';
import type { WordContext } from './event-words-in-text';

/** German endings of common nouns: "Politik-Treffen" is no name, "Nato-Gipfel" and "Alaska-Gipfel" are. */
const COMMON_NOUN = /(?:ik|ung|heit|keit|schaft|tion|tät|ismus|ment|enz|ei|tum|nis)$/u;

/** A token's lower-case word without an elided article ("l'assemblée"). */
export const bare = (t: Token) => t.lower.replace(/^(?:l|d)'/, '');

/** The head class of token `i`, and the capitalised prefix of a German compound ("Nato-" of "Nato-Gipfel"). */
export function headAt(w: WordContext, i: number): { cls: EventClass; prefixName: string | null } | null {
  const t = w.tokens[i]!;
  const word = bare(t);
  if (w.cues.notHeads.has(word)) return null;
  const first = word.split('-')[0]!;
  const plain = w.cues.heads.get(word) ?? (word.includes('-') ? w.cues.heads.get(first) : undefined);
  // German heads are nouns: always capitalised, the lower-case word is a verb ("sich treffen").
  if (w.cues.compoundHeads.length > 0 && !t.cap) return null;
  if (plain) return { cls: plain, prefixName: null };
  for (const [suffix, cls] of w.cues.compoundHeads) {
    if (!word.endsWith(suffix) || word.length === suffix.length) continue;
    const cut = t.text.lastIndexOf('-');
    const prefix = cut > 0 ? t.text.slice(0, cut) : '';
    return { cls, prefixName: /^[\p{Lu}\d]/u.test(prefix) && !COMMON_NOUN.test(prefix) ? prefix : null };
  }
  return null;
}
