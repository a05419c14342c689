/** The names that follow a head: "of X", "in Y", "de l'Otan à Antalya"; and the occasion words before one. */
import { sequenceEndingAt } from './compile-event-words';
import type { EventPhrase } from './event-phrase';
import { type WordContext, isNameWord, nameGap } from './event-words-in-text';

/** Small words that may join the words of one name ("Comunidade dos Países", "Conference on Disarmament"). */
const CONNECTORS = new Set(
  ['of', 'the', 'and', 'for', 'de', 'du', 'des', 'do', 'da', 'dos', 'das', 'del', 'la', 'las', 'los'].concat([
    'le',
    'les',
    'y',
    'e',
    'et',
    'und',
    'der',
    'für',
    'pour',
    'para',
  ]),
);
/** The last token (inclusive) of a name starting at token `k`, or -1. */
function readName(w: WordContext, k: number): number {
  let last = -1;
  for (let i = k; i < w.tokens.length && i - k < 9; i++) {
    if (i > k && !nameGap(w, i) && !/^\s*\(\s*$/.test(w.text.slice(w.tokens[i - 1]!.end, w.tokens[i]!.start))) break;
    if (isNameWord(w, i)) last = i;
    else if (!(last >= 0 && CONNECTORS.has(w.tokens[i]!.lower) && w.tokens[i + 1] && isNameWord(w, i + 1))) break;
  }
  return last;
}

/** Names after the head: "of X", "in Y", "de l'Otan à Antalya". Returns the last token used (or k - 1). */
export function nameAfter(w: WordContext, k: number, headCap: boolean, out: EventPhrase): number {
  let end = k - 1;
  for (let ext = 0; ext < 3; ext++) {
    const t = w.tokens[k];
    if (!t || !nameGap(w, k)) break;
    const isOf = w.cues.of.has(t.lower) && (t.lower !== 'on' || headCap);
    if (!isOf && !w.cues.at.has(t.lower)) break;
    let from = k + 1;
    if (w.tokens[from] && w.cues.articles.has(w.tokens[from]!.lower) && nameGap(w, from + 1)) from++;
    if (!w.tokens[from] || !nameGap(w, from)) break;
    const last = readName(w, from);
    if (last < 0) break;
    const words = w.tokens.slice(from, last + 1).map((x) => x.text);
    (isOf ? out.qualifiers : out.places).push(...words);
    end = last;
    k = last + 1;
  }
  return end;
}

/** Whether an occasion word ("during", "lors du", "posterior al") stands just before token `i` (an article between). */
export function occasionBefore(w: WordContext, i: number): boolean {
  if (sequenceEndingAt(w.text, w.tokens, i - 1, w.cues.occasion) > 0) return true;
  const prev = w.tokens[i - 1];
  return !!prev && w.cues.function.has(prev.lower) && sequenceEndingAt(w.text, w.tokens, i - 2, w.cues.occasion) > 0;
}
