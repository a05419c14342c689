/** A checked calendar date: the one place that decides whether year, month and day make a real day. */
import { isExists } from 'date-fns';

const pad = (n: number) => String(n).padStart(2, '0');

/** A calendar date as YYYY-MM-DD, or null when the day does not exist (31 April) or the year is implausible. */
export function calendarDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || !isExists(year, month - 1, day)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}
