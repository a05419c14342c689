/** Direct quotes and indirect statements found in the article, with their speakers. */

export interface Speaker {
  id: string | null;
  name: string | null;
}

export type Attribution = 'name' | 'pronoun' | 'continuation' | 'descriptive' | 'none';

export interface Quote {
  /** The quoted words (between the quotation marks); for a quote over several paragraphs, the whole span. */
  text: string;
  start: number;
  end: number;
  speaker: Speaker;
  /** The words that attribute the quote ("Ryabkov said", "the diplomat noted"), or null. */
  cue: string | null;
  attribution: Attribution;
}

export interface IndirectStatement {
  speaker: Speaker;
  /** The reported claim as written ("Moscow and Washington do not maintain a direct dialogue ..."). */
  text: string;
  start: number;
  end: number;
}

export const NO_SPEAKER: Speaker = { id: null, name: null };
