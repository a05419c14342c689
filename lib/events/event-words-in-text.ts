/** What the event finders ask of a word in its text: is it part of a name, does it start a sentence. */
import type { Token } from '../text/tokens';
import type { EventCues } from './compile-event-words';

/** Days and months (lower case) of the five languages: capitalised, but never the name of an event or a place. */
const CALENDAR = new Set(
  [
    ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february'],
    ...['march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
    ...['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'januar', 'februar'],
    ...['märz', 'mai', 'juni', 'juli', 'oktober', 'dezember', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi'],
    ...['samedi', 'dimanche', 'janvier', 'février', 'mars', 'avril', 'juin', 'juillet', 'août', 'septembre'],
    ...['octobre', 'novembre', 'décembre', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
    ...['domingo', 'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre'],
    ...['octubre', 'noviembre', 'diciembre', 'janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho'],
    ...['setembro', 'outubro', 'novembro', 'dezembro'],
    // Genitives of time: "das Treffen des Jahres" is no name.
    ...['jahres', 'jahrs', 'tages', 'monats', 'woche'],
  ].map((w) => w.normalize('NFC')),
);

/** Gaps allowed inside a name: white space, and a quotation mark around a quoted name ("Normandy Four"). */
const NAME_GAP = /^[^\S\n]*["“”«»„‘’']?[^\S\n]*$/;
const OPENERS = /["“”«»„‘’'([\s]/;

/** The text's words and what the finders know of them, computed once per text. */
export interface WordContext {
  text: string;
  tokens: Token[];
  cues: EventCues;
  /** Words seen in lower case somewhere in the text: a capitalised one at a sentence's start is then no name. */
  seenLower: Set<string>;
  /** Tokens (by index) on a line written in title case, a heading: capitals there say nothing of names. */
  inHeading: Uint8Array;
}

/** A heading: a line without a final stop whose longer words are nearly all capitalised ("Nuclear Stability Talks"). */
function markHeadings(text: string, tokens: Token[], out: Uint8Array): void {
  let from = 0;
  while (from < tokens.length) {
    const lineEnd = text.indexOf('\n', tokens[from]!.start);
    const end = lineEnd < 0 ? text.length : lineEnd;
    let to = from;
    let long = 0;
    let caps = 0;
    for (; to < tokens.length && tokens[to]!.start < end; to++) {
      if (tokens[to]!.text.length < 4) continue;
      long++;
      if (tokens[to]!.cap) caps++;
    }
    const stop = /[.!?:…]["”’»)]*\s*$/.test(text.slice(tokens[from]!.start, end));
    if (long >= 3 && caps >= 0.75 * long && !stop) out.fill(1, from, to);
    from = to;
  }
}

export function wordContext(text: string, tokens: Token[], cues: EventCues): WordContext {
  const seenLower = new Set<string>();
  for (const t of tokens) if (!t.cap) seenLower.add(t.lower);
  const inHeading = new Uint8Array(tokens.length);
  markHeadings(text, tokens, inHeading);
  return { text, tokens, cues, seenLower, inHeading };
}

/** Whether only a name's gap (space, a quotation mark) separates token `i` from the one before. */
export function nameGap(w: WordContext, i: number): boolean {
  const prev = w.tokens[i - 1];
  const cur = w.tokens[i];
  return !!prev && !!cur && prev.end < cur.start && NAME_GAP.test(w.text.slice(prev.end, cur.start));
}

/** Whether token `i` opens a sentence (nothing before it but a sentence's end, a colon or a paragraph break). */
export function startsSentence(w: WordContext, i: number): boolean {
  let k = w.tokens[i]!.start - 1;
  while (k >= 0 && OPENERS.test(w.text[k]!)) {
    if (w.text[k] === '\n') return true;
    k--;
  }
  return k < 0 || '.!?:;…'.includes(w.text[k]!);
}

/** Whether token `i` can be part of an event's name: a capitalised word (not a determiner, day or month, nor a
 * common word that is only capitalised because it opens a sentence), an acronym, or a word with digits ("G20"). */
export function isNameWord(w: WordContext, i: number): boolean {
  const t = w.tokens[i]!;
  if (/\p{L}/u.test(t.text) && /\d/.test(t.text)) return true;
  if (/^\d{4}$/.test(t.text)) return true;
  // "l'OTAN", "d'Antalya": the elided article is not the name.
  if (!t.cap && !/^[lLdD]['’]\p{Lu}/u.test(t.text)) return false;
  if (w.inHeading[i] && !/^\p{Lu}{2,}$/u.test(t.text)) return false;
  const bare = t.lower.replace(/^(?:l|d)'/, '');
  if (w.cues.function.has(t.lower) || CALENDAR.has(bare)) return false;
  if (startsSentence(w, i) && (w.cues.notNames.has(t.lower) || w.seenLower.has(t.lower))) return false;
  return true;
}

/** The words a name is compared by: folded, hyphens and periods dropped ("G-20" and "G20", "U.N." and "UN"). */
export function nameKey(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^(?:l|d)['’]/, '')
    .replace(/[.\-‐‑]/g, '');
}
