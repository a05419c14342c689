/** Which role a person held on a given date; role dates may be known to the year or month only. */
import type { Person, Role } from '../../data/schema';

/** Pads a partial date to the first (or, with `end`, the last) day it may mean. */
export function padDate(partial: string, end = false): string {
  if (partial.length === 10) return partial;
  if (partial.length === 7) return end ? `${partial}-31` : `${partial}-01`;
  return end ? `${partial}-12-31` : `${partial}-01-01`;
}

/** True when the role covers the date (YYYY-MM-DD). */
export function roleCovers(role: Role, date: string): boolean {
  return padDate(role.from) <= date && (role.to === null || date <= padDate(role.to, true));
}

/** The role held on `date` (the latest-starting one when roles overlap), or null. */
export function roleAt(person: Person, date: string): Role | null {
  let best: Role | null = null;
  for (const role of person.roles) {
    if (roleCovers(role, date) && (!best || padDate(role.from) >= padDate(best.from))) best = role;
  }
  return best;
}

/** The person's most recent role, whether or not it has ended. */
export function latestRole(person: Person): Role | null {
  return [...person.roles].sort((a, b) => padDate(a.from).localeCompare(padDate(b.from))).at(-1) ?? null;
}
