/**
 * Finds a written date in text ("March 14, 2015", "14 mars 2015", "14. März 2015", "14 de marzo de 2015",
 * "14 de março de 2015", "2015-03-14"). Month names come from the runtime's own locale data (Intl), in English,
 * French, German, Spanish and Portuguese, so no list of names is kept here.
 */
import { calendarDate } from './calendar-date';

const LANGS = ['en', 'fr', 'de', 'es', 'pt'];
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

let monthNames: { name: string; month: number }[] | null = null;

/** Every language's full month names, folded, read once from Intl in the form used inside a date. */
function months(): { name: string; month: number }[] {
  if (monthNames) return monthNames;
  const names = new Map<string, number>();
  for (const lang of LANGS) {
    const format = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) {
      const part = format.formatToParts(Date.UTC(2001, m, 15)).find((p) => p.type === 'month');
      if (part) names.set(fold(part.value), m + 1);
    }
  }
  monthNames = [...names].map(([name, month]) => ({ name, month }));
  return monthNames;
}

/** The month a word names: a full name or an abbreviation of at least three letters ("Sept", "févr", "Mär"). */
export function monthOf(word: string): number | null {
  const w = fold(word);
  if (w.length < 3) return null;
  const found = new Set(months().flatMap((m) => (m.name.startsWith(w) ? [m.month] : [])));
  // "jui" could be juin or juillet: an abbreviation that names two months names none.
  return found.size === 1 ? [...found][0]! : null;
}

const DAY_MONTH_YEAR =
  /(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|º|°|\.º|\.)?\s+(?:de\s+)?(\p{L}{3,})\.?,?\s+(?:de\s+)?(\d{4})(?!\d)/u;
const MONTH_DAY_YEAR = /(?<!\p{L})(\p{L}{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/u;
const NUMERIC = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;

type Found = { at: number; date: string };

function first(re: RegExp, text: string, read: (m: RegExpExecArray) => string | null): Found | null {
  const g = new RegExp(re.source, `${re.flags}g`);
  for (let m = g.exec(text); m; m = g.exec(text)) {
    const date = read(m);
    if (date) return { at: m.index, date };
  }
  return null;
}

/** The first written date in the text as YYYY-MM-DD, or null. */
export function dateInText(text: string): string | null {
  const month = (w: string) => monthOf(w) ?? 0;
  const found = [
    first(DAY_MONTH_YEAR, text, (m) => calendarDate(Number(m[3]), month(m[2]!), Number(m[1]))),
    first(MONTH_DAY_YEAR, text, (m) => calendarDate(Number(m[3]), month(m[1]!), Number(m[2]))),
    first(NUMERIC, text, (m) => calendarDate(Number(m[1]), Number(m[2]), Number(m[3]))),
  ].filter((f): f is Found => f !== null);
  return found.sort((a, b) => a.at - b.at)[0]?.date ?? null;
}
