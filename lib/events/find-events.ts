/**
 * Event mentions beyond the dataset's aliases: named events ("the Madrid peace talks", "der Nato-Gipfel") and
 * described ones ("a meeting between X and Y"). Each is linked to the dataset event it stands for when the evidence
 * says so (`linkEvent`); otherwise it is reported with id null, its words as written and the people named in it,
 * as officials outside the dataset are.
 */
import type { Event } from '../../data/schema';
import type { Mention } from '../mentions/mention';
import { foldKey } from '../text/normalize';
import { splitSentences, type Span } from '../text/sentences';
import { firstFrom, overlapsAny } from '../text/spans';
import type { Token } from '../text/tokens';
import { eventCuesFor } from './compile-event-words';
import { wordContext } from './event-words-in-text';
import { findEventPhrases } from './find-event-phrases';
import { linkEvent } from './link-event';

export interface EventContext {
  events: Map<string, Event>;
  date: string | null;
  lang: string | null;
}

/** Person mentions within [start, end) (mentions sorted by start). */
function peopleIn(people: Mention[], start: number, end: number): Mention[] {
  const out: Mention[] = [];
  for (let i = firstFrom(people, start); i < people.length && people[i]!.start < end; i++) out.push(people[i]!);
  return out;
}

/** Finds the events of `text` that the dataset's aliases did not; `mentions` are those already found. */
export function findEvents(text: string, tokens: Token[], mentions: Mention[], ctx: EventContext): Mention[] {
  const people = mentions.filter((m) => m.kind === 'person').sort((a, b) => a.start - b.start);
  const known = mentions.filter((m) => m.kind === 'event').sort((a, b) => a.start - b.start);
  const w = wordContext(text, tokens, eventCuesFor(ctx.lang));
  const phrases = findEventPhrases(w, new Set(people.map((m) => m.start)));
  if (phrases.length === 0) return [];
  const sentences: Span[] = splitSentences(text);
  const out: Mention[] = [];
  for (const p of phrases) {
    if (overlapsAny(known, p.start, p.end)) continue;
    const s = sentences[Math.max(0, firstFrom(sentences, p.start + 1) - 1)];
    const inSentence = s ? peopleIn(people, s.start, s.end) : [];
    const ids = new Set(inSentence.flatMap((m) => (m.id ? [m.id] : [])));
    const event = linkEvent({ phrase: p, people: ids, date: ctx.date }, ctx.events.values());
    if (event) {
      // Only the name is painted, never over a person's name: "meeting" of "meeting between Putin and …",
      // "summit" of "Putin-Trump summit" (the people are highlighted as people).
      const inside = peopleIn(people, p.start, p.nameEnd);
      let [from, to] = [p.start, p.nameEnd];
      if (inside[0] && inside[0].start > from) to = inside[0].start;
      else if (inside.length > 0) from = inside.at(-1)!.end;
      while (from < to && !/[\p{L}\p{N}]/u.test(text[from]!)) from++;
      while (to > from && /\s/.test(text[to - 1]!)) to--;
      const surface = text.slice(from, to);
      if (surface)
        out.push({
          kind: 'event',
          id: event.id,
          name: event.name,
          title: null,
          text: surface,
          start: from,
          end: to,
          group: event.id,
        });
      continue;
    }
    const own = peopleIn(people, p.start, p.end);
    // A round of talks that names no one is too vague to report on its own.
    if (p.how === 'round' && own.length === 0 && ids.size === 0) continue;
    const surface = text.slice(p.start, p.end);
    const participants = [...new Map(own.map((m) => [m.group, { id: m.id, name: m.name }])).values()];
    out.push({
      kind: 'event',
      id: null,
      name: surface,
      title: null,
      text: surface,
      start: p.start,
      end: p.end,
      group: `event:${foldKey(surface)}`,
      ...(participants.length > 0 ? { participants } : {}),
    });
  }
  return out;
}
