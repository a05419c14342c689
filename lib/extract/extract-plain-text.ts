/** Reads an article from plain text: an optional leading "date YYYY-MM-DD", paragraphs, and trailing page debris removed. */
import { type Extraction, MIN_ARTICLE_CHARS } from './article';
import { datelineOf } from './date-in-page';
import { normaliseDate } from './normalise-date';
import { detectLanguage } from '../text/detect-language';

const DATE_LINE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*/i;
const BOILERPLATE =
  /^(leave a (reply|comment)|comments?|share( this)?|related( articles| posts| news)?|read more|advertisement|subscribe.*|sign up.*)$/i;

/** A trailing line that looks like a headline in a "more stories" list: short, no sentence end. */
function isHeadlineLike(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 160 && !/[.!?:"”]$/.test(t) && /^\p{Lu}/u.test(t);
}

/** Drops trailing lists of headlines and boilerplate lines such as "Leave a Reply". */
function dropTrailingDebris(paragraphs: string[]): string[] {
  const out = [...paragraphs];
  while (out.length > 0 && BOILERPLATE.test(out.at(-1)!.trim())) out.pop();
  let run = 0;
  while (run < out.length && isHeadlineLike(out[out.length - 1 - run]!)) run++;
  // Three or more headline-like lines at the end are a list of other stories, not the article.
  if (run >= 3) out.splice(out.length - run, run);
  while (out.length > 0 && BOILERPLATE.test(out.at(-1)!.trim())) out.pop();
  return out;
}

/** Splits text into paragraphs at line breaks, drops debris and reads the optional date line (or the opening dateline). */
export function extractPlainText(input: string): Extraction {
  let body = input.replace(/\r\n?/g, '\n');
  const dateMatch = DATE_LINE.exec(body);
  const stated = dateMatch ? normaliseDate(dateMatch[1]) : null;
  if (dateMatch) body = body.slice(dateMatch[0].length);
  const lines = body.split('\n').map((l) => l.replace(/[ \t\f\v\u00A0]+/g, ' ').trim());
  const paragraphs = dropTrailingDebris(lines.filter((l) => l.length > 0));
  // A first line in title case with no sentence end is the headline.
  const first = paragraphs[0] ?? '';
  const words = first.split(/\s+/);
  const titleCase = words.filter((w) => /^\p{Lu}/u.test(w)).length >= Math.ceil(words.length * 0.6);
  const title =
    paragraphs.length > 1 && isHeadlineLike(first) && titleCase && words.length >= 3 ? paragraphs.shift()! : null;
  const text = paragraphs.join('\n\n');
  if (text.length < MIN_ARTICLE_CHARS) return { kind: 'not-article', reason: 'too little article text' };
  return {
    kind: 'article',
    article: {
      title,
      byline: null,
      siteName: null,
      publishedTime: stated ?? datelineOf(text),
      lang: detectLanguage(text),
      text,
    },
  };
}
