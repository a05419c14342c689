/**
 * What one language's event words are made of, as data (the `events` field of a cue table): the nouns that head a
 * named or described event and the small words around them. Compiled once by `lib/events/compile-event-words.ts`.
 */

/** What an event head names; linking to the dataset compares these with an event's `kind`. */
export type EventClass = 'summit' | 'talks' | 'meeting' | 'conference' | 'assembly' | 'session' | 'council' | 'visit';

export interface EventWords {
  /** Where a name stands: before the head in English and German ("the G20 summit"), after it in French, Spanish
   * and Portuguese ("le sommet de l'Otan"). */
  order: 'name-first' | 'head-first';
  /** Head nouns (lower case, singular and plural) and what each names. */
  heads: Record<string, EventClass>;
  /** German: a head also ends a compound ("Nato-Gipfel", "Außenministertreffen"); these are the endings. */
  compoundHeads?: Record<string, EventClass>;
  /** Words that end in a head but name no event ("Pressekonferenz": a press conference is a briefing). */
  notHeads?: string[];
  /** Lower-case words that may stand between a name and its head ("peace" talks; réunion "ministérielle"). */
  modifiers: string[];
  /** Words that join a name after the head: "of", "de", "des", "do", "der". */
  of: string[];
  /** Articles that may follow `of` or `at` ("de la", "do", "l'"). */
  articles: string[];
  /** Prepositions of place after the head ("in", "à", "en", "em"), or "to" for a visit. */
  at: string[];
  /** Prepositions that open the participants of a described event ("between", "with", "entre", "avec", "mit"). */
  with: string[];
  /** Words before a described head that count a round of talks ("round", "ronda"): "the latest round of talks". */
  rounds: string[];
  /** Words just before an institution's name that make it an occasion ("during", "after", "next", "lors du"). */
  occasion: string[];
  /** Lower-case words after a head that make it part of another noun ("meeting room", "summit venue"). */
  notAfter: string[];
  /** Words right before a head that make it a verb ("he talks", "was meeting"). */
  verbBefore: string[];
  /** Words that end the participants of a described event ("on" Sunday, "that", "qui", "pour"). */
  phraseEnd: string[];
}
