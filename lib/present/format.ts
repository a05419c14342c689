/** Small formatting helpers shared by the hover card and the side panel. */
import type { Role, Statement } from '../../data/schema';
import type { Series } from '../related/card';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "14 Nov 2025", "Nov 2025" or "2025", as precise as the date is known. */
export function formatDate(date: string, precision: 'day' | 'month' | 'year' = 'day'): string {
  const [y, m, d] = date.split('-');
  const month = MONTHS[Number(m) - 1] ?? '';
  if (precision === 'year') return y!;
  if (precision === 'month') return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

/** A role as a short line: "Deputy Foreign Minister, Ministry of Foreign Affairs of Russia". */
export const formatRole = (role: Role | null) => (role ? `${role.title}, ${role.organisation}` : null);

/**
 * A neutral badge for a series: "shifted in Nov 2025", "reversed in Feb 2025", "consistent since 2022"; one stance
 * alone is no run to be consistent over: "one statement, Nov 2025".
 */
export function seriesBadge(series: Series): string {
  if (series.points.length < 2) return `one statement, ${formatDate(series.since, 'month')}`;
  if (series.status === 'consistent') return `consistent since ${series.since.slice(0, 4)}`;
  return `${series.status} in ${formatDate(series.since, 'month')}`;
}

/**
 * The statement's words for display: in quotation marks only when they are the speaker's own words; reported speech
 * is marked, and a translation is shown without quotation marks (the view labels it as a translation).
 */
export function statementWords(s: Statement): string {
  if (s.words.indirect) return `(reported) ${s.words.text}`;
  return s.words.translation ? s.words.text : `“${s.words.text}”`;
}

/** "Russian" for "ru" (in English, as the rest of the interface); the code itself where the name is unknown. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The address itself when it is an http: or https: page, otherwise null: no other scheme is ever made a link. */
export function safeHref(url: string): string | null {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** The source link, opening the page at the quoted words (URL text fragment) where they are a direct quote. */
export function sourceLink(s: Statement): string | null {
  if (!safeHref(s.source.url)) return null;
  if (s.words.indirect) return s.source.url;
  const words = s.words.text.replace(/[“”"]/g, '').split(/\s+/).filter(Boolean);
  if (words.length < 4) return s.source.url;
  const enc = (w: string[]) =>
    encodeURIComponent(w.join(' ')).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
  const fragment = words.length <= 8 ? enc(words) : `${enc(words.slice(0, 4))},${enc(words.slice(-4))}`;
  return `${s.source.url.split('#')[0]}#:~:text=${fragment}`;
}

/** Two initials for an avatar. */
export const initialsOf = (name: string) =>
  name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .slice(0, 2)
    .join('');

/** Shortens text to at most `max` characters at a word boundary, with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}
