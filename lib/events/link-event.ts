/**
 * Links an event phrase to the dataset event it stands for, or to none. Evidence, strongest first: the place it
 * names is the event's place; people named in its sentence took part; a word of its name is a word of the event's
 * names. Always with a head that fits the event's kind and, where the article has a date, an event held (or
 * announced) near that date. Trade-off: a phrase whose place is not the event's is never linked, even with a
 * participant named ("a NATO ministerial in Antalya" is not the NATO summit in The Hague five weeks later).
 */
import type { Event } from '../../data/schema';
import type { EventClass } from '../lang/event-words';
import type { EventPhrase } from './find-event-phrases';
import { nameKey } from './event-words-in-text';

/** How far from an event (in days) an article may be and still be about it without saying which one. */
type EventKind = Event['kind'];

const WINDOW_DAYS = 45;
/** A lone participant links a described event only this close to it: "a meeting with Putin" recurs. */
const CLOSE_DAYS = 7;
const DAY = 86_400_000;

const DIPLOMACY: EventKind[] = ['summit', 'talks', 'meeting', 'ministerial', 'visit'];
const KINDS: Record<EventClass, readonly EventKind[]> = {
  summit: DIPLOMACY,
  talks: DIPLOMACY,
  meeting: DIPLOMACY,
  visit: DIPLOMACY,
  conference: ['conference'],
  assembly: [],
  session: [],
  council: [],
};

/** The same organisation in other languages' acronyms. */
const SAME: Record<string, string> = { otan: 'nato', onu: 'un', uno: 'un', ue: 'eu', eeuu: 'us', eua: 'us' };
const key = (w: string) => {
  const k = nameKey(w);
  return SAME[k] ?? k;
};
const wordsOf = (s: string) =>
  s
    .split(/[\s,–—/()]+/)
    .filter((w) => w.length > 1)
    .map(key);

export interface LinkInput {
  phrase: EventPhrase;
  /** Dataset ids of the people named in the phrase's sentence. */
  people: Set<string>;
  /** The article's date (YYYY-MM-DD) or null. */
  date: string | null;
}

/** Days from the event to `date`: 0 within it, negative before its start, positive after its end. */
function distance(e: Event, date: string): number {
  const d = Date.parse(date);
  if (d < Date.parse(e.start)) return (d - Date.parse(e.start)) / DAY;
  if (d > Date.parse(e.end)) return (d - Date.parse(e.end)) / DAY;
  return 0;
}

/** The dataset event the phrase stands for, or null when none fits or two fit equally. */
export function linkEvent(input: LinkInput, events: Iterable<Event>): Event | null {
  const { phrase, people, date } = input;
  const places = new Set(phrase.places.map(key));
  const names = new Set(phrase.qualifiers.map(key));
  let best: { e: Event; score: number; days: number } | null = null;
  let tie = false;
  for (const e of events) {
    if (!KINDS[phrase.cls].includes(e.kind)) continue;
    const days = date ? Math.abs(distance(e, date)) : 0;
    if (date && days > WINDOW_DAYS) continue;
    // The city (the place's first part) or a place alias: a country is too wide ("en France" is not Paris).
    const where = new Set(wordsOf([e.place.split(',')[0]!, ...(e.placeAliases ?? [])].join(' ')));
    const placeFits = [...places].some((p) => where.has(p));
    if (places.size > 0 && !placeFits) continue;
    const called = new Set(wordsOf([e.name, ...e.aliases].join(' ')).concat([...where]));
    const nameFits = [...names].some((n) => called.has(n));
    const shared = e.participants.filter((p) => people.has(p)).length;
    let score = 0;
    if (placeFits) score = 3;
    else if (shared >= 2) score = 2;
    else if (nameFits && date) score = 1;
    else if (shared === 1 && date && days <= CLOSE_DAYS && phrase.how !== 'named') score = 1;
    if (score === 0) continue;
    // Without a date, only a place or two participants can tell one event from another.
    if (!date && score < 2) continue;
    if (!best || score > best.score || (score === best.score && days < best.days)) {
      tie = false;
      best = { e, score, days };
    } else if (score === best.score && days === best.days) tie = true;
  }
  return best && !tie ? best.e : null;
}
