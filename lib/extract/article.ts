/** The result of reading an article out of a page or a text file. */

export interface Article {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** ISO date or date-time, as the page states it. */
  publishedTime: string | null;
  /** Two-letter language code, from the page or guessed from the text. */
  lang: string | null;
  /**
   * 'other' for a page that is not news (a wiki page; a page with no date and neither a byline nor article markup):
   * it is read for the people it names but gets no quote list. Absent means news (plain text files, tests).
   */
  pageKind?: 'news' | 'other';
  /** Plain text; paragraphs are separated by one blank line. */
  text: string;
}

export type Extraction = { kind: 'article'; article: Article } | { kind: 'not-article'; reason: string };

/** Fewer characters than this is not an article. */
export const MIN_ARTICLE_CHARS = 250;
