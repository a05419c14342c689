/** Compiles a language's cue table into the patterns the quote attribution reads with, once per language. */
import type { CueTable, Gender } from './cue-table';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { pt } from './pt';
import { WB_AFTER, WB_BEFORE, alternation } from '../text/word-boundary';

export const CUE_TABLES: Record<string, CueTable> = { en, fr, es, pt, de };

export interface CompiledCues {
  lang: string;
  /** Source of a pattern matching one speech verb (auxiliary and participle included), with no groups. */
  verb: string;
  /** `verb` as a whole word, global: one scan of a text finds every cue verb. */
  verbRe: RegExp;
  /** French-style "a-t-il déclaré", "dit-elle" at the start of a string; group 1 is the pronoun. */
  invertedPronoun: RegExp | null;
  /** Cue words that only stand right after a quote, before their subject ("so"), at the start of a string. */
  invertedOnly: RegExp | null;
  /** "according to", "selon", "laut" as a whole word; global. */
  accordingTo: RegExp;
  /** "zufolge" right after its source, at the start of a string. */
  accordingToAfter: RegExp | null;
  proDrop: boolean;
  /** Verbs (lower case) never read as "verb, then its subject". */
  objectFirst: Set<string>;
  gerunds: Set<string>;
  bareClause: Set<string>;
  /** Matches, at the start of what follows a bare-clause verb, an adverbial or object that is not a clause. */
  notAClause: RegExp | null;
  /** "that", "que", "dass" as a whole word. */
  complementiser: string;
  pronouns: Map<string, Gender>;
  pronoun: string;
  honorifics: Map<string, Gender>;
  honorific: string;
  /** Role nouns (lower case), longest first, and the titles each fits. */
  roleNouns: [string, RegExp][];
  roleNoun: string;
  definite: Set<string>;
  indefinite: Set<string>;
  determiner: string;
  filler: string;
  /** Capitalised words that are never part of a person's name (lower case). */
  notNames: Set<string>;
}

/** Words of organisations and media in every language: a run holding one is not a person ("Radio Nacional"). */
const ORGANISATIONS = [
  ...['Radio', 'TV', 'Noticias', 'News', 'Agency', 'Press', 'Times', 'Post', 'Journal', 'Tribune', 'Herald', 'Daily'],
  ...['Mail', 'Telegraph', 'Guardian', 'Monde', 'Figaro', 'País', 'Zeitung', 'Spiegel', 'Welt', 'Folha', 'Globo'],
  ...['Exteriores', 'Relações', 'Relaciones', 'Affaires', 'Étrangères', 'Estrangeiros', 'Negócios', 'Canal'],
  ...['Ministry', 'Ministerio', 'Ministério', 'Ministère', 'Ministerium', 'Council', 'Conseil', 'Consejo', 'Conselho'],
  ...['Party', 'Parti', 'Partido', 'Partei', 'Fox', 'CNN', 'BBC', 'NBC', 'CBS', 'ABC', 'MSNBC', 'AFP', 'AP'],
  // Documents and bodies named like people ("GNU General Public License" is not an official "Public License").
  ...['License', 'Licence', 'Act', 'Treaty', 'Agreement', 'Accord', 'Court', 'Committee', 'Assembly', 'Agency'],
  ...['Foundation', 'Institute', 'University', 'Bank', 'Fund', 'Corporation', 'Company', 'Group', 'Inc', 'Ltd'],
];

const cache = new Map<string, CompiledCues>();
const lower = (xs: Iterable<string>) => new Set([...xs].map((x) => x.toLowerCase()));
const word = (alt: string) => `${WB_BEFORE}(?:${alt})${WB_AFTER}`;

function compile(lang: string, t: CueTable): CompiledCues {
  const fillers = alternation(t.fillers);
  const aux = t.auxiliaries?.length ? alternation(t.auxiliaries) : null;
  const part = t.participles?.length ? alternation(t.participles) : null;
  const compound = aux && part ? `(?:${aux})\\s+(?:(?:${fillers})\\s+){0,2}(?:${part})` : null;
  const verb = [compound, alternation([...t.verbs, ...(t.gerunds ?? [])])].filter(Boolean).join('|');
  const pron = alternation(Object.keys(t.pronouns));
  let invertedPronoun: RegExp | null = null;
  if (t.hyphenInversion) {
    const withAux = aux && part ? `(?:${aux})-t-(${pron})\\s+(?:(?:${fillers})\\s+){0,2}(?:${part})` : null;
    const simple = `(?:${alternation(t.verbs)})-(?:t-)?(${pron})`;
    invertedPronoun = new RegExp(`^(?:${[withAux, simple].filter(Boolean).join('|')})${WB_AFTER}`, 'iu');
  }
  const roleNouns = Object.entries(t.roleNouns)
    .sort((a, b) => b[0].length - a[0].length)
    .map(([k, v]): [string, RegExp] => [k.toLowerCase(), new RegExp(v, 'iu')]);
  return {
    lang,
    verb,
    verbRe: new RegExp(`${WB_BEFORE}(?:${verb})${WB_AFTER}`, 'giu'),
    invertedPronoun,
    invertedOnly: t.invertedOnly?.length ? new RegExp(`^${word(alternation(t.invertedOnly))}`, 'iu') : null,
    accordingTo: new RegExp(word(alternation(t.accordingTo)), 'giu'),
    accordingToAfter: t.accordingToAfter?.length
      ? new RegExp(`^\\s+${word(alternation(t.accordingToAfter))}`, 'iu')
      : null,
    proDrop: t.proDrop ?? false,
    objectFirst: lower(t.objectFirst ?? []),
    gerunds: lower(t.gerunds ?? []),
    bareClause: lower(t.bareClause ?? []),
    notAClause: t.notAClause
      ? new RegExp(
          `^(?:${word(alternation(t.notAClause.objects))}\\s+)?${word(alternation(t.notAClause.adverbials))}`,
          'iu',
        )
      : null,
    complementiser: word(alternation(t.complementiser)),
    pronouns: new Map(Object.entries(t.pronouns).map(([k, v]) => [k.toLowerCase(), v])),
    pronoun: word(pron),
    honorifics: new Map(Object.entries(t.honorifics).map(([k, v]) => [k.toLowerCase().replace(/\.$/, ''), v])),
    // Case matters: "Sr." is an honorific, "sr." is not; "M." needs its period.
    honorific: `${WB_BEFORE}(?:${alternation(Object.keys(t.honorifics))})(?=\\s)`,
    roleNouns,
    roleNoun: alternation(roleNouns.map(([k]) => k)),
    definite: lower(t.definite),
    indefinite: lower(t.indefinite),
    determiner: alternation([...t.definite, ...t.indefinite]),
    filler: fillers,
    notNames: lower([...t.notNames, ...ORGANISATIONS]),
  };
}

/** The compiled cues of a language ("en" for one without a table, or none). */
export function cuesFor(lang: string | null | undefined): CompiledCues {
  const key = lang && CUE_TABLES[lang] ? lang : 'en';
  let c = cache.get(key);
  if (!c) {
    c = compile(key, CUE_TABLES[key]!);
    cache.set(key, c);
  }
  return c;
}
