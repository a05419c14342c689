/** Cards: what On Record shows beside an article for each person and event it names. */
import type { Role, Statement } from '../../data/schema';

export type SeriesStatus = 'consistent' | 'shifted' | 'reversed';

/** One step between consecutive stances of a series that counts as a change. */
export interface Change {
  kind: 'shift' | 'reversal';
  /** The statements that bracket the change: the last before and the first after. */
  from: string;
  to: string;
  fromValue: number;
  toValue: number;
  /** The date of the later statement: when the change became visible. */
  date: string;
}

/** A person's stances on one topic dimension, in the order they were said. */
export interface Series {
  topic: string;
  topicLabel: string;
  dimension: string;
  dimensionLabel: string;
  points: { statementId: string; date: string; value: number; label: string }[];
  status: SeriesStatus;
  changes: Change[];
  /** The first date of the run of stances since the last change. */
  since: string;
  /** True when the article is about this topic. */
  relevant: boolean;
}

export interface RelatedStatement {
  statementId: string;
  score: number;
}

export interface PersonCard {
  kind: 'person';
  /** The mention group the card stands for (the dataset id, or "new:" and the name for a new official). */
  group: string;
  /** Null for an official the dataset does not hold yet. */
  id: string | null;
  name: string;
  /** The title the article gives, if any. */
  title: string | null;
  initials: string;
  /** The article's own calendar date (YYYY-MM-DD), or null when the page states none. */
  articleDate: string | null;
  /** The role held on the article's date; null when the date is unknown or no role covers it. */
  roleThen: Role | null;
  /** A role held today that has not ended; null when every role has ended. */
  roleNow: Role | null;
  /** The last role, when every role has ended ("Former President, 2009–2017"). */
  formerRole: Role | null;
  mentionCount: number;
  firstMention: number;
  /** How many of the person's statements were said before the article's date (all of them when it is unknown). */
  earlierCount: number;
  related: RelatedStatement[];
  series: Series[];
  /** Every statement the card refers to, by id. */
  statements: Record<string, Statement>;
}

export interface EventCard {
  kind: 'event';
  group: string;
  id: string;
  name: string;
  start: string;
  end: string;
  place: string;
  status: string;
  participants: { id: string; name: string }[];
  mentionCount: number;
  firstMention: number;
  /** Statements about the event said before it began, and from its start on. */
  before: Statement[];
  after: Statement[];
}

export type Card = PersonCard | EventCard;

export type Fidelity = 'verbatim' | 'trimmed' | 'paraphrased';

export interface KnownQuote {
  statementId: string;
  fidelity: Fidelity;
  /** The dataset's record of the words, so a verdict is shown beside the wording, date and source it was made on. */
  statement: Statement;
}
