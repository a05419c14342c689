/**
 * What one language's attribution cues are made of, as data: adding a verb or a language is an edit of a table
 * (`en.ts`, `fr.ts`, …), compiled once by `compileCues`.
 */

export type Gender = 'female' | 'male' | null;

export interface CueTable {
  /** Finite speech verbs and fixed phrases, every form that can stand beside its subject ("said", "a déclaré"). */
  verbs: string[];
  /** Past participles combined with each auxiliary ("a" + "déclaré", "ha" + "dicho"). */
  participles?: string[];
  auxiliaries?: string[];
  /** French-style inversion: "a-t-il déclaré", "dit-elle", "estime-t-il" (pronouns joined by hyphens). */
  hyphenInversion?: boolean;
  /** Present participles and gerunds whose subject is the sentence's ("…, adding that", "en ajoutant"). */
  gerunds?: string[];
  /** Verbs that take their clause without a "that" ("said the talks were useful"). */
  bareClause?: string[];
  /**
   * After a bare-clause verb, words that open an adverbial or an object rather than a reported clause ("said after
   * meeting Putin", "warned of the prospect"), and object pronouns that may stand before them ("said it on Monday").
   */
  notAClause?: { adverbials: string[]; objects: string[] };
  /** The word that opens a reported clause ("that", "que", "dass"). */
  complementiser: string[];
  /** Verbs whose next word is their object, never an inverted subject ("called Trump “…”", "nannte Putin"). */
  objectFirst?: string[];
  /** Cue words that only ever stand before their subject, right after a quote ("„…“, so Scholz"). */
  invertedOnly?: string[];
  /** Prepositions that name the source after them ("according to", "selon", "laut"). */
  accordingTo: string[];
  /** Postpositions that name the source before them ("Scholz zufolge"). */
  accordingToAfter?: string[];
  /** The subject may be left out ("”, añadió."): a verb alone is a cue whose subject is the last one. */
  proDrop?: boolean;
  /** Subject pronouns and the gender each one says. */
  pronouns: Record<string, Gender>;
  /** Honorifics, with and without their period, and the gender each one says: kept out of the name. */
  honorifics: Record<string, Gender>;
  /** Role nouns of descriptive cues ("the diplomat noted"), each with a pattern (source) of the titles it fits. */
  roleNouns: Record<string, string>;
  /** Words that open a descriptive subject: definite ones point back to someone named, indefinite ones do not. */
  definite: string[];
  indefinite: string[];
  /** Words that may stand between a subject and its verb ("also", "a également"). */
  fillers: string[];
  /** Capitalised words that never start or end a person's name: pronouns, determiners, months, organisations. */
  notNames: string[];
}
