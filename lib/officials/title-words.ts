/** Words that make an official title, by language: heads ("minister") and the modifiers that may precede them. */

/** Title heads: a person named right after (or in apposition to) one of these holds an office. */
export const TITLE_HEADS: Record<string, Set<string>> = {
  en: new Set([
    'president', 'vice-president', 'minister', 'premier', 'chancellor', 'secretary', 'secretary-general',
    'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'envoy', 'senator', 'sen.', 'governor', 'gov.',
    'mayor', 'king', 'queen', 'emir', 'chairman', 'chairwoman', 'speaker', 'commissioner', 'adviser', 'advisor',
    'aide', 'general', 'gen.', 'admiral', 'commander', 'representative', 'rep.', 'ombudsman', 'prosecutor',
    'attorney-general', 'diplomat', 'chief',
  ]),
  fr: new Set([
    'président', 'présidente', 'ministre', 'premier-ministre', 'chancelier', 'chancelière', 'porte-parole',
    'secrétaire', 'ambassadeur', 'ambassadrice', 'émissaire', 'envoyé', 'conseiller', 'conseillère', 'maire',
  ]),
  es: new Set([
    'presidente', 'presidenta', 'ministro', 'ministra', 'canciller', 'portavoz', 'vocero', 'vocera', 'secretario',
    'secretaria', 'embajador', 'embajadora', 'enviado', 'asesor', 'asesora', 'alcalde', 'alcaldesa',
  ]),
  pt: new Set([
    'presidente', 'ministro', 'ministra', 'primeiro-ministro', 'primeira-ministra', 'chanceler', 'porta-voz',
    'secretário', 'secretária', 'embaixador', 'embaixadora', 'enviado', 'assessor', 'conselheiro', 'prefeito',
  ]),
  de: new Set([
    'präsident', 'präsidentin', 'kanzler', 'kanzlerin', 'minister', 'ministerin', 'sprecher', 'sprecherin',
    'botschafter', 'botschafterin', 'gesandter', 'berater', 'beraterin', 'bürgermeister', 'bürgermeisterin',
    'staatssekretär', 'staatssekretärin', 'generalsekretär', 'generalsekretärin',
  ]),
};

/** German titles are compounds (Außenminister, Kremlsprecher, Bundeskanzlerin): matched by their ending. */
export const GERMAN_HEAD_SUFFIX = /(minister|ministerin|kanzler|kanzlerin|präsident|präsidentin|sprecher|sprecherin|botschafter|botschafterin|sekretär|sekretärin)$/;

/** Lower-case words that may stand inside a title before its head ("deputy foreign minister"). */
export const TITLE_MODIFIERS = new Set([
  'deputy', 'vice', 'foreign', 'prime', 'first', 'senior', 'former', 'acting', 'special', 'chief', 'presidential',
  'top', 'press', 'state', 'defense', 'defence', 'interior', 'finance', 'national', 'security', 'then', 'then-',
  'ministry', 'house', 'white', 'kremlin', 'general', 'assistant', 'under', 'economy', 'trade', 'energy', 'justice',
  'health', 'home', 'education', 'agriculture', 'us', 'u.s.', 'uk', 'eu', 'un', 'nato', 'russian', 'ukrainian',
  'american', 'new', 'incoming', 'outgoing', 'lead',
]);

/** Capitalised words that are never part of a person's name (institutions, places in titles, function words). */
export const NOT_NAME_WORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'on', 'in', 'at', 'of', 'for', 'to', 'from', 'with', 'by', 'this', 'that',
  'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'his', 'her', 'its', 'their', 'our', 'mr', 'mrs', 'ms',
  'mr.', 'mrs.', 'ms.', 'dr.', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'house', 'white', 'state', 'department', 'ministry', 'kremlin', 'affairs', 'foreign', 'defense',
  'defence', 'union', 'european', 'nations', 'united', 'states', 'office', 'council', 'commission', 'government',
  'republic', 'federation', 'russia', 'ukraine', 'washington', 'moscow', 'kyiv', 'kiev', 'beijing', 'london',
  'paris', 'berlin', 'nato', 'un', 'eu', 'us', 'u.s.', 'uk', 'tass', 'reuters', 'said', 'says', 'told',
  'république', 'étrangères', 'etats-unis', 'états-unis', 'maison', 'blanche', 'exteriores', 'asuntos', 'gobierno',
  'estado', 'estados', 'unidos', 'relaciones', 'defensa', 'relações', 'negócios', 'estrangeiros', 'auswärtigen',
  'bundesregierung', 'kreml', 'le', 'la', 'les', 'el', 'los', 'las', 'o', 'os', 'der', 'die', 'das', 'des', 'de',
  'del', 'du', 'da', 'do', 'dos', 'ministre', 'ministro', 'minister', 'president', 'président', 'presidente',
  'secretary', 'spokesman', 'spokeswoman', 'chancellor', 'prime', 'deputy', 'vice', 'senior', 'security', 'national',
  'general', 'adviser', 'advisor', 'envoy', 'ambassador', 'special', 'press', 'chief', 'after', 'before', 'when',
  'while', 'as', 'if', 'also', 'however', 'meanwhile', 'earlier', 'later', 'still', 'both', 'two', 'three',
]);

/** Particles that may stand inside a name in lower case (Ursula von der Leyen, Luiz Inácio Lula da Silva). */
export const NAME_PARTICLES = new Set(['von', 'der', 'van', 'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'bin', 'al', 'el', 'la', 'le', 'du', 'ben']);

/** Articles before a title in apposition ("the Tunisian president, ..."). */
export const ARTICLES = new Set(['the', 'a', 'le', 'la', "l'", 'el', 'o', 'a', 'der', 'die', 'das']);

/** True when a lower-cased token is a title head in the given language (English heads count everywhere). */
export function isTitleHead(lower: string, lang: string | null): boolean {
  if (TITLE_HEADS.en!.has(lower)) return true;
  if (lang && lang !== 'en') {
    if (TITLE_HEADS[lang]?.has(lower)) return true;
    if (lang === 'de' && GERMAN_HEAD_SUFFIX.test(lower)) return true;
  } else if (!lang) {
    for (const set of Object.values(TITLE_HEADS)) if (set.has(lower)) return true;
  }
  return false;
}
