/** What a person's card says about roles, counts and change, shared by the hover card and the side panel. */
import type { Role } from '../../data/schema';
import type { PersonCard, Series } from '../related/card';
import { formatDate, formatRole } from './format';

export const UNKNOWN_DATE = 'The article’s date is not known';

/** "Former President, 2009–2017": an ended role with its years. */
export function formatFormerRole(role: Role): string {
  const years = [role.from.slice(0, 4), role.to?.slice(0, 4)].filter(Boolean);
  const span = years[0] === years[1] ? years[0] : years.join('–');
  return `Former ${role.title}, ${span}`;
}

/** The role line for the article's date, and a second line for a current role or an ended one (or null). */
export function roleLines(card: PersonCard): { then: string; other: string | null } {
  const then = card.articleDate
    ? (formatRole(card.roleThen) ?? `No office on record on ${formatDate(card.articleDate)}`)
    : UNKNOWN_DATE;
  const now = formatRole(card.roleNow);
  if (now) return { then, other: now === formatRole(card.roleThen) ? null : `Now: ${now}` };
  return { then, other: card.formerRole ? formatFormerRole(card.formerRole) : null };
}

/**
 * The one change a card leads with: on a topic the article is about, and only when the article's date is known
 * (a change dated after an undated article would be news to it, or not). The hover card and the panel both use it.
 */
export function headlineChange(card: PersonCard): Series | null {
  if (!card.articleDate) return null;
  return card.series.find((s) => s.relevant && s.status !== 'consistent') ?? null;
}

/**
 * "3 earlier statements on record", or "3 statements on record" when the article's date is unknown; none is "No
 * earlier statements on record", said once (the card's body then does not repeat it).
 */
export function statementCount(card: PersonCard): string {
  const n = card.earlierCount;
  const earlier = card.articleDate ? 'earlier ' : '';
  if (n === 0) return `No ${earlier}statements on record`;
  return `${n} ${earlier}statement${n === 1 ? '' : 's'} on record`;
}
