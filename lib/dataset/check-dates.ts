/** Checks that a statement's date said agrees with its source's date, its events and the basis it names. */
import type { Event, Statement } from '../../data/schema';

/**
 * How many days a dateline may precede the page's publication date: a wire copy is often published or updated a
 * day or two after the dateline it carries. Words said earlier than that are dated from the text ("on Sunday").
 */
export const DATELINE_SLACK_DAYS = 3;

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;

/** One problem with a statement's date: the field it is in and what is wrong. */
export interface DateProblem {
  field: string;
  message: string;
}

/**
 * The problems with one statement's date. The date said is the first day of its period (a month's statement is
 * dated YYYY-MM-01), so "after its source was published" compares that first day for every precision.
 */
export function checkStatementDate(s: Statement, events: ReadonlyMap<string, Event>): DateProblem[] {
  const out: DateProblem[] = [];
  const { date, precision, basis } = s.said;
  const published = s.source.published;
  if (precision === 'month' && !date.endsWith('-01'))
    out.push({ field: 'said.date', message: `a month's date must be its first day (${date.slice(0, 7)}-01)` });
  if (precision === 'year' && !date.endsWith('-01-01'))
    out.push({ field: 'said.date', message: `a year's date must be its first day (${date.slice(0, 4)}-01-01)` });
  if (date > published)
    out.push({
      field: 'said.date',
      message: `${date} is after the source was published (${published}): words cannot be reported before they are said`,
    });
  const samePeriod =
    published.slice(0, { day: 10, month: 7, year: 4 }[precision]) ===
    date.slice(0, { day: 10, month: 7, year: 4 }[precision]);
  if (basis === 'published-date' && !samePeriod)
    out.push({
      field: 'said.basis',
      message: `"published-date" but the date said (${date}, ${precision}) is not the publication date ${published}`,
    });
  if (basis === 'dateline') {
    if (precision !== 'day')
      out.push({ field: 'said.precision', message: 'a dateline gives the day: precision must be "day"' });
    else if (daysBetween(date, published) > DATELINE_SLACK_DAYS)
      out.push({
        field: 'said.basis',
        message: `"dateline" ${date} is more than ${DATELINE_SLACK_DAYS} days before the page (${published}): date it from the text ("source-text")`,
      });
  }
  if (basis === 'event-date') {
    const known = s.events.map((id) => events.get(id)).filter((e): e is Event => e !== undefined);
    if (s.events.length === 0)
      out.push({ field: 'said.basis', message: '"event-date" but the statement names no event to take the date from' });
    else if (known.length > 0 && !known.some((e) => e.start <= date && date <= e.end))
      out.push({
        field: 'said.date',
        message: `"event-date" ${date} is outside the dates of its events (${known.map((e) => `${e.id} ${e.start}…${e.end}`).join(', ')})`,
      });
  }
  return out;
}
