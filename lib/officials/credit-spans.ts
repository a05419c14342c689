/**
 * Spans of article text that name the people who made the article, not the people it is about: bylines ("By Stella
 * Kim"), photo and video credits ("Photo: Reuters/Maxim Shemetov", "KEVIN LAMARQUE/AFP"), reporting credits
 * ("(Reporting by …; Editing by …)", "Stella Kim contributed reporting"). Nothing in them is a person mention.
 */

export interface Span {
  start: number;
  end: number;
}

/** One name word: a capitalised word, or an initial with its period (a sentence's final period ends the name). */
const WORD = String.raw`\p{Lu}(?:\.|[\p{L}'’-]+)`;
// Starts only where a word starts: otherwise every capital inside a long word would start a new try (quadratic).
const NAME = String.raw`(?<![\p{L}\p{N}'’.-])${WORD}(?:[ \u00A0]+(?:(?:de|da|van|von|del|dos|le|la)[ \u00A0]+)?${WORD}){0,3}`;
const AND = String.raw`(?:[ \u00A0]*,[ \u00A0]*|[ \u00A0]+(?:and|et|y|e|und|&)[ \u00A0]+)`;
const BY = String.raw`(?:By|BY|Par|PAR|Por|POR|Von|VON|Door|Di|Texto de|Reportage de)`;

/** A whole line that is a byline: "By Stella Kim", "Par Jean Dupont et Marie Curie, à Paris", "Von Anna Weber | dpa". */
const BYLINE_LINE = new RegExp(
  String.raw`^[ \t]*${BY}[ \u00A0]+${NAME}(?:${AND}${NAME}){0,5}[ \t]*(?:[,|·•—–-][^\n]{0,60})?$`,
  'gmu',
);

/** What a credit is made of: names, agencies and a few linking words ("Tom Brenner for the Post via Getty"). */
const CREDIT_WORD = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*|via|for|the|and|by|de|da|do|von|van|del|le|la|pour|para`;
/** Words of a credit are always separated (a space, or a slash or comma), so a run splits one way only: linear. */
const CREDIT_BODY = String.raw`[ \u00A0]*(?:${CREDIT_WORD})(?:(?:[ \u00A0]+|[ \u00A0]*[/,;|&][ \u00A0]*)(?:${CREDIT_WORD})){0,24}`;

/** Credit words, when all that follows up to the end of the line or a closing bracket is a credit. */
const CREDIT = new RegExp(
  String.raw`(?<![\p{L}])(?:Photos?|Photograph(?:s|y)?|Pictures?|Images?|Video|Crédits?(?:[ \u00A0]+photo)?|Credits?|Fotos?|Fotografía|Imagen|Bildquelle|Quelle|Fuente|(?:Additional[ \u00A0]+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled)(?:[ \u00A0]+and[ \u00A0]+\w+)?[ \u00A0]+by|Redacción|Mit[ \u00A0]+Material[ \u00A0]+von)(?:[ \u00A0]*:|(?<=[Bb]y)|[ \u00A0]+by(?![\p{L}]))${CREDIT_BODY}[ \u00A0]*(?=$|[)\]]|\.[ \u00A0]*$)`,
  'gmu',
);

/** An agency credit joined by a slash: "Reuters/Maxim Shemetov", "KEVIN LAMARQUE/AFP", "Name / Getty Images". */
const AGENCIES = String.raw`(?:AFP|Reuters|REUTERS|AP|EPA|EFE|dpa|DPA|Getty[ \u00A0]+Images|Sputnik|TASS|Anadolu|Xinhua|Bloomberg|ANSA|Lusa|LUSA|Agência[ \u00A0]+Brasil|Pool)`;
const AGENCY_CREDIT = new RegExp(
  String.raw`(?:${AGENCIES}[ \u00A0]*/[ \u00A0]*${NAME}|${NAME}[ \u00A0]*/[ \u00A0]*${AGENCIES}|${NAME}[ \u00A0]+via[ \u00A0]+${AGENCIES})`,
  'gu',
);

/** "Stella Kim contributed reporting", "… contributed to this report". */
const CONTRIBUTED = new RegExp(
  String.raw`${NAME}(?:${AND}${NAME}){0,5}[ \u00A0]+contributed[ \u00A0]+(?:reporting|to[ \u00A0]+this[ \u00A0]+(?:report|article|story))`,
  'gu',
);

/** Every credit span in `text`, sorted and merged. Linear: each pattern is one scan over lines of bounded width. */
export function findCreditSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const re of [BYLINE_LINE, CREDIT, AGENCY_CREDIT, CONTRIBUTED])
    for (const m of text.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length });
  spans.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}
