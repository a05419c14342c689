/**
 * Finds the phrases that name or describe an event, in one pass over the tokens: a head noun ("summit", "sommet",
 * "Gipfel") with a name before it ("the G20 summit", "der Nato-Gipfel") or after it ("le sommet de l'Otan", "talks
 * in Minsk"), and a head followed by its participants ("a meeting between X and Y"). A head with neither ("a
 * meeting", "the Council said", "a meeting room") is no event. Each head looks at a bounded window of tokens.
 */
import type { EventClass } from '../lang/event-words';
import { joined, sequenceAt, sequenceEndingAt } from './compile-event-words';
import { readParticipants, roundBefore } from './described-phrase';
import { bare, headAt } from './event-heads';
import type { EventPhrase } from './event-phrase';
import { type WordContext, isNameWord, nameGap } from './event-words-in-text';
import { nameAfter, occasionBefore } from './names-after-head';

export type { EventPhrase } from './event-phrase';

/** Heads that are also verbs in English ("Trump talks with", "Merkel visit"): a name before them needs a determiner. */
const VERB_LIKE = new Set(['talks', 'visit', 'meeting']);
/** English words that may stand before the name of a verb-like head ("for Madrid peace talks"). */
const PREPOSITIONS = new Set(['at', 'in', 'for', 'during', 'after', 'before', 'since', 'from', 'into', 'to', 'ahead']);
/** English words after which a name and a verb-like head are a clause ("and Brinkley talks with"). */
const CLAUSE_OPENERS = new Set(['and', 'but', 'or', 'while', 'as', 'when', 'where', 'because', 'so', 'if', 'then']);
/** Words that make an institution's head an occasion from inside its name ("General Assembly"). */
const WEAK: ReadonlySet<EventClass> = new Set(['council', 'assembly']);

/** The event phrase headed by token `h`, or null. `personStarts`: offsets where a person's mention starts. */
function phraseAt(w: WordContext, h: number, personStarts: Set<number>): EventPhrase | null {
  const { tokens, cues } = w;
  const head = headAt(w, h);
  if (!head) return null;
  const tok = tokens[h]!;
  if (joined(w.text, tokens, h + 1) && sequenceAt(w.text, tokens, h + 1, cues.notAfter) > 0) return null;
  const out: EventPhrase = {
    start: tok.start,
    end: tok.end,
    nameEnd: tok.end,
    cls: head.cls,
    how: 'named',
    qualifiers: [],
    places: [],
  };
  let first = h;
  let named = false;
  let inner: string[] = [bare(tok)];
  if (head.prefixName) {
    out.qualifiers.push(head.prefixName);
    named = true;
  }
  if (cues.order === 'name-first') {
    // Walk back over the name and its modifiers: "the [G-20 Foreign Ministers'] meeting", "[Münchner] Sicherheitskonferenz".
    for (let j = h - 1; j >= 0 && h - j <= 6 && nameGap(w, j + 1);) {
      const german = cues.compoundHeads.length > 0;
      if (isNameWord(w, j) && (!german || /(?:er|ische[nmr]?)$/u.test(tokens[j]!.text))) {
        out.qualifiers.unshift(tokens[j]!.text);
        inner.push(tokens[j]!.lower);
        first = j--;
        named = true;
        continue;
      }
      const m = german ? 0 : sequenceEndingAt(w.text, tokens, j, cues.modifiers);
      if (m === 0) break;
      inner.push(...tokens.slice(j - m + 1, j + 1).map((x) => x.lower));
      j -= m;
    }
    // "Trump talks with Putin", "Brinkley visit": a name before a verb-like head needs a determiner or preposition.
    if (named && cues.lang === 'en' && VERB_LIKE.has(tok.lower)) {
      const before = tokens[first - 1];
      // A lower-case adjective opens a noun phrase too ("their latest Berlin crisis meeting"); "and", "but" do not.
      const opens =
        before &&
        ((!before.cap && !CLAUSE_OPENERS.has(before.lower)) ||
          cues.function.has(before.lower) ||
          cues.of.has(before.lower) ||
          PREPOSITIONS.has(before.lower));
      const possessive = /['’]s$/u.test(tokens[first]!.text);
      if (!possessive && (!opens || (personStarts.has(tokens[first]!.start) && !cues.function.has(before.lower))))
        return null;
    }
  }
  let k = h + 1;
  if (cues.order === 'head-first') {
    // "réunion ministérielle", "Cimeira Ibérica", "sommet G20", then "de l'Otan", "à Antalya".
    for (let n = 0; n < 3 && tokens[k] && nameGap(w, k); n++) {
      const m = sequenceAt(w.text, tokens, k, cues.modifiers);
      if (m > 0) {
        // A capitalised modifier is part of a name: "Cimeira Ibérica", "Consejo de Ministros".
        for (let i = k; i < k + m; i++) {
          inner.push(tokens[i]!.lower);
          if (tokens[i]!.cap && isNameWord(w, i)) {
            out.qualifiers.push(tokens[i]!.text);
            named = true;
          }
        }
        k += m;
      } else if (isNameWord(w, k) && !cues.of.has(tokens[k]!.lower)) {
        out.qualifiers.push(tokens[k]!.text);
        inner.push(tokens[k]!.lower);
        named = true;
        k++;
      } else break;
    }
  }
  const before = tokens[first - 1];
  if (before && cues.verbBefore.has(before.lower) && !named) return null;
  const last = nameAfter(w, k, tok.cap, out);
  if (last >= k) named = true;
  const lastTok = tokens[Math.max(last, k - 1)]!;
  out.start = tokens[first]!.start;
  out.end = out.nameEnd =
    lastTok.end + (w.text[lastTok.end] === ')' && w.text.slice(out.start, lastTok.end).includes('(') ? 1 : 0);
  inner = inner.concat(tok.lower.split('-').slice(1));
  if (
    WEAK.has(head.cls) &&
    !occasionBefore(w, first) &&
    !inner.some((x) => cues.occasion.some((s) => s.length === 1 && s[0] === x))
  )
    return null;
  if (head.cls === 'visit' && last < k) return null;
  const next = Math.max(last, k - 1) + 1;
  const round = roundBefore(w, first);
  if (round >= 0 && !named) {
    out.start = tokens[round]!.start;
    out.how = 'round';
  }
  if (head.cls !== 'council' && head.cls !== 'assembly' && !(before && cues.verbBefore.has(before.lower))) {
    const last = readParticipants(w, next);
    if (last > 0) {
      // "a meeting with Putin in Alaska": the place after the participants.
      const at = tokens[last + 1];
      const placed = at && w.cues.at.has(at.lower) ? nameAfter(w, last + 1, false, out) : last;
      out.end = tokens[Math.max(last, placed)]!.end;
      if (!named) out.how = 'described';
      return out;
    }
  }
  return named || out.how === 'round' ? out : null;
}

/** Every event phrase of the text, sorted by start and not overlapping (the longer one wins). */
export function findEventPhrases(w: WordContext, personStarts: Set<number>): EventPhrase[] {
  const found: EventPhrase[] = [];
  for (let h = 0; h < w.tokens.length; h++) {
    const p = phraseAt(w, h, personStarts);
    if (!p) continue;
    const prev = found.at(-1);
    if (prev && p.start < prev.end) {
      if (p.end - p.start > prev.end - prev.start) found[found.length - 1] = p;
      continue;
    }
    found.push(p);
  }
  return found;
}
