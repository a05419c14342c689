/**
 * Normalises a stated date or timestamp to ISO 8601 in the article's own time: the calendar date and clock time are
 * kept as written and the offset, if any, is only normalised, so `.slice(0, 10)` is always the article's own date.
 * Nothing goes through `Date`, which would shift the date through UTC or through the machine's time zone.
 */
import { calendarDate } from './calendar-date';
import { dateInText } from './date-text';

const ISO =
  /^(\d{4})[-/](\d{2})[-/](\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$/i;

function offsetOf(zone: string | undefined): string {
  if (!zone) return '';
  if (/^(z|utc|gmt)$/i.test(zone)) return 'Z';
  const [, sign, hh, mm] = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
  return `${sign}${hh}:${mm ?? '00'}`;
}

/**
 * Returns "YYYY-MM-DD" for a date, "YYYY-MM-DDTHH:MM:SS" (plus "Z" or "±HH:MM" when the source gave a zone) for a
 * timestamp, or null when the value holds no date. Written dates ("Sat, 14 Mar 2015 10:00 GMT", "14 mars 2015") give
 * their calendar date.
 */
export function normaliseDate(value: string | null | undefined): string | null {
  const v = value?.trim();
  if (!v) return null;
  const m = ISO.exec(v);
  if (!m) return dateInText(v);
  const [, y, mo, d, hh, mi, ss, zone] = m;
  const date = calendarDate(Number(y), Number(mo), Number(d));
  if (!date) return null;
  if (hh === undefined) return date;
  if (Number(hh) > 23 || Number(mi) > 59 || Number(ss ?? 0) > 59) return date;
  return `${date}T${hh}:${mi}:${ss ?? '00'}${offsetOf(zone)}`;
}
