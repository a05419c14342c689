/** A mention of a person or event in the extracted text. */

export interface Mention {
  kind: 'person' | 'event';
  /** Dataset id, or null for an official or event the dataset does not hold yet. */
  id: string | null;
  /** Canonical name from the dataset, or the full name as introduced in the article. */
  name: string;
  /** Title as written before or beside the name in the article, if any. */
  title: string | null;
  /** Surface form as written. */
  text: string;
  start: number;
  end: number;
  /** Set when the article introduces the person by an office held before ("a former U.S. ambassador"). */
  former?: true;
  /** Mentions of the same person or event share a group: the dataset id, or "new:" and the folded name. */
  group: string;
  /** An event outside the dataset: the people named in its description ("a meeting between X and Y"). */
  participants?: { id: string | null; name: string }[];
}
