/** Finds every mention of a dataset person or event, and officials and events the dataset does not hold yet. */
import type { Event, Person } from '../../data/schema';
import { findTitledNames, titleBefore, type TitledName } from '../officials/find-titled-names';
import { findCreditSpans } from '../officials/credit-spans';
import { saysFormer } from '../officials/former';
import { foldKey } from '../text/normalize';
import { tokenize } from '../text/tokens';
import type { AliasMatcher, AliasTarget } from './alias-matcher';
import { givenNameFits, surnameContext } from './alias-context';
import { resolvePerson } from './resolve-person';
import type { Mention } from './mention';
import { firstFrom, overlapsAny } from '../text/spans';
import { findEvents } from '../events/find-events';

export interface MentionContext {
  matcher: AliasMatcher;
  people: Map<string, Person>;
  events: Map<string, Event>;
}

export interface MentionOptions {
  /** The article's date (YYYY-MM-DD), used to choose between people and events that share a name. */
  date: string | null;
  lang: string | null;
}

const DAY = 86_400_000;
const daysBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / DAY;

/** Picks the event a hit stands for: the one nearest the article's date; place names need a participant named. */
function resolveEvent(
  targets: AliasTarget[],
  personIds: Set<string>,
  ctx: MentionContext,
  date: string | null,
): string | null {
  const events = targets
    .filter((t) => t.kind === 'event')
    .map((t) => ({ t, e: ctx.events.get(t.id)! }))
    .filter(({ t, e }) => {
      if (date && daysBetween(e.start, date) < -45) return false;
      return !t.place || e.participants.some((p) => personIds.has(p));
    });
  if (events.length === 0) return null;
  if (!date) return events.length === 1 ? events[0]!.e.id : null;
  events.sort((a, b) => Math.abs(daysBetween(a.e.start, date)) - Math.abs(daysBetween(b.e.start, date)));
  return events[0]!.e.id;
}

/** Surname forms of a newly introduced official: the last word, and the first for names like "Kim Yong-hyun". */
function surnamesOf(name: string): string[] {
  const words = name.split(/\s+/);
  const out = [words.at(-1)!];
  // "al-Bashir" is also written "Bashir".
  const joined = /^(?:al|el|ad|ash|as|bin|ibn|abu|ben)-(\p{Lu}.*)$/u.exec(out[0]!);
  if (joined) out.push(joined[1]!, out[0]![0]!.toUpperCase() + out[0]!.slice(1));
  if (words.length === 2 && /-\p{Ll}/u.test(words[1]!)) out.push(words[0]!);
  return out.filter((w) => w.length >= 3);
}

/** Index of the token starting at `offset`, or -1 (binary search: tokens are sorted). */
function tokenIndexAt(tokens: { start: number }[], offset: number): number {
  const i = firstFrom(tokens, offset);
  return tokens[i]?.start === offset ? i : -1;
}

/** Finds the mentions in `text`, sorted by offset. */
export function findMentions(text: string, ctx: MentionContext, opts: MentionOptions): Mention[] {
  // Bylines and credits name the article's makers: nothing in them is a mention.
  const credits = findCreditSpans(text);
  const hits = ctx.matcher.match(text).filter((h) => !overlapsAny(credits, h.start, h.end));
  const tokens = tokenize(text);
  const titled = findTitledNames(text, tokens, opts.lang).filter((t) => !overlapsAny(credits, t.start, t.end));
  const titleAt = new Map<number, TitledName>();
  for (const t of titled) titleAt.set(t.end, t).set(t.start, t);

  const mentions: Mention[] = [];
  const fullBefore = new Set<string>();
  const personIds = new Set<string>();
  for (const hit of hits) {
    const surface = text.slice(hit.start, hit.end);
    const at = tokenIndexAt(tokens, hit.start);
    const around = at >= 0 ? surnameContext(text, tokens, at, hit.end, opts.lang) : null;
    const id = resolvePerson(hit, surface, fullBefore, ctx, opts, around);
    if (!id) continue;
    if (!hit.targets.find((t) => t.id === id)?.short) fullBefore.add(id);
    personIds.add(id);
    const titledName = titleAt.get(hit.end) ?? titleAt.get(hit.start);
    let title = titledName && titledName.start <= hit.start && titledName.end >= hit.start ? titledName.title : null;
    if (!title) {
      title = at >= 0 ? (titleBefore(text, tokens, at, opts.lang)?.title ?? null) : null;
    }
    const former =
      titledName?.title === title ? titledName.former : !!title && saysFormer(title.split(/\s+/), opts.lang);
    mentions.push({
      kind: 'person',
      id,
      name: ctx.people.get(id)!.name,
      title,
      text: surface,
      start: hit.start,
      end: hit.end,
      group: id,
      ...(former ? { former: true as const } : {}),
    });
  }
  const personStarts = new Set(mentions.map((m) => m.start));
  for (const hit of hits) {
    if (personStarts.has(hit.start)) continue;
    const id = resolveEvent(hit.targets, personIds, ctx, opts.date);
    if (!id) continue;
    const surface = text.slice(hit.start, hit.end);
    mentions.push({
      kind: 'event',
      id,
      name: ctx.events.get(id)!.name,
      title: null,
      text: surface,
      start: hit.start,
      end: hit.end,
      group: id,
    });
  }

  // Officials the dataset does not hold: the titled name, then later mentions of the surname.
  // Spans already used: every alias hit (sorted, not overlapping), and the titled officials added below.
  const added: { start: number; end: number }[] = [];
  const taken = (s: number, e: number) => overlapsAny(hits, s, e) || overlapsAny(added, s, e);
  const surnames = new Map<string, { name: string; title: string; former: boolean; group: string; from: number }>();
  for (const t of titled) {
    if (taken(t.start, t.end)) continue;
    const group = `new:${foldKey(t.name)}`;
    added.push({ start: t.start, end: t.end });
    mentions.push({
      kind: 'person',
      id: null,
      name: t.name,
      title: t.title,
      text: t.name,
      start: t.start,
      end: t.end,
      group,
      ...(t.former ? { former: true as const } : {}),
    });
    for (const s of surnamesOf(t.name))
      if (!surnames.has(s)) surnames.set(s, { name: t.name, title: t.title, former: t.former, group, from: t.end });
  }
  if (surnames.size > 0) {
    tokens.forEach((tok, at) => {
      const word = tok.text.replace(/['’]s$/, '');
      const intro = surnames.get(word);
      if (!intro || tok.start < intro.from || taken(tok.start, tok.start + word.length)) return;
      if (overlapsAny(credits, tok.start, tok.start + word.length)) return;
      // Another given name, or a title that is not the one introduced, makes it someone else with the surname.
      const around = surnameContext(text, tokens, at, tok.start + word.length, opts.lang);
      if (around.firstName && !givenNameFits(around.firstName, [intro.name])) return;
      if (around.role && !around.role.test(intro.title)) return;
      mentions.push({
        kind: 'person',
        id: null,
        name: intro.name,
        title: null,
        text: word,
        start: tok.start,
        end: tok.start + word.length,
        group: intro.group,
        ...(intro.former ? { former: true as const } : {}),
      });
    });
  }
  // Events the aliases did not name: named ones outside the dataset, and described ones.
  mentions.push(...findEvents(text, tokens, mentions, { events: ctx.events, date: opts.date, lang: opts.lang }));
  return mentions.sort((a, b) => a.start - b.start);
}
