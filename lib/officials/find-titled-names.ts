/** Finds people introduced with an official title: "Prime Minister Habib Essid", "the Tunisian president, Beji Caid Essebsi". */
import { cuesFor } from '../lang/compile-cues';
import { type Token, gapBefore } from '../text/tokens';
import { saysFormer } from './former';
import { ARTICLES, NAME_PARTICLES, NOT_NAME_WORDS, TITLE_MODIFIERS, isTitleHead } from './title-words';

export interface TitledName {
  /** The name as written, without a possessive ending. */
  name: string;
  title: string;
  start: number;
  end: number;
  /** Offset of the title's first character. */
  titleStart: number;
  /** The title is a past one ("a former U.S. ambassador", "l'ancien Premier ministre"). */
  former: boolean;
}

/** Capitalised words that open sentences and never belong to a title ("Despite U.S. President ..."). */
export const LEFT_STOPS = new Set([
  'despite',
  'while',
  'although',
  'though',
  'however',
  'meanwhile',
  'on',
  'in',
  'at',
  'after',
  'before',
  'when',
  'as',
  'but',
  'and',
  'the',
  'a',
  'an',
  'with',
  'by',
  'for',
  'from',
  'earlier',
  'later',
  'then',
  'also',
  'since',
  'during',
  'under',
  'over',
  'of',
  'to',
  'said',
  'last',
  'next',
  'this',
  'that',
  'if',
  'so',
  'yet',
  'now',
  'today',
  'yesterday',
  'according',
  'between',
  'among',
  'outgoing',
  'both',
  'where',
  'why',
  'how',
  'what',
  'who',
  'because',
  'until',
  'unlike',
  'like',
  'former',
]);

const SPACE_GAP = /^[ \u00A0]+$/;
const NAME_GAP = /^,?[ \u00A0]+$/;
const MAX_NAME_TOKENS = 4;
const MAX_TITLE_TAIL = 7;
const MAX_TITLE_LEFT = 5;

const isNameWord = (t: Token, lang: string | null) =>
  t.cap &&
  !NOT_NAME_WORDS.has(t.lower) &&
  !cuesFor(lang).notNames.has(t.lower) &&
  !isTitleHead(t.lower, lang) &&
  /^\p{Lu}[\p{Ll}'’.-]/u.test(t.text + 'a');

/** Lower-case prepositions of place and time: a capitalised word right after one is a place ("in Minsk Andrejs …"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'en', 'à', 'em', 'no', 'na', 'aus', 'nach', 'im', 'desde']);

/** Words that end a title's tail but never stand between a title and a name ("la premier británica por las …"). */
const TAIL_LINKS = new Set(
  ['of', 'the', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'de', 'des', 'du', 'la', 'le', 'les', 'del', 'los'].concat(
    ['las', 'el', 'por', 'para', 'a', 'à', 'au', 'aux', 'en', 'em', 'da', 'do', 'das', 'dos', 'na', 'no', 'pela'],
    ['pelo', 'von', 'vom', 'zum', 'zur', 'der', 'die', 'das', 'den', 'dem', 'im', 'für', 'et', 'y', 'e', 'und'],
  ),
);

/** A speech verb at `offset` in the text's language ("subrayó", "a déclaré"): a title's tail stops before it. */
const verbAtCache = new Map<string, RegExp>();
function verbAt(text: string, offset: number, lang: string | null): boolean {
  const key = lang ?? 'en';
  let re = verbAtCache.get(key);
  if (!re) verbAtCache.set(key, (re = new RegExp(`^(?:${cuesFor(lang).verb})(?![\\p{L}\\p{N}])`, 'iu')));
  return re.test(text.slice(offset, offset + 40));
}

/** "Union Africaine Moussa Faki": in languages that put adjectives after the noun, a demonym follows the institution. */
const TRAILING_ADJECTIVE = /(?:aine|ain|aise|ais|ienne|ien|éenne|éen|ique|ale|ana|ano|ense|eña|eño|esa|ês)$/u;

/** A surname joined to its particle ("al-Bashir", "bin-Salman", "ibn-Khaldun"): part of a name, never its first word. */
const JOINED_PARTICLE = /^(?:al|el|ad|ash|as|bin|ibn|abu|ben)-\p{Lu}/u;

/** Reads a name of 2–4 capitalised words from token `i` onwards; returns the index after it, or -1. */
function readName(text: string, tokens: Token[], i: number, lang: string | null): number {
  let j = i;
  let words = 0;
  while (j < tokens.length && j - i < MAX_NAME_TOKENS + 2) {
    const t = tokens[j]!;
    if (j > i && !SPACE_GAP.test(gapBefore(text, tokens, j))) break;
    if (isNameWord(t, lang) || (words > 0 && JOINED_PARTICLE.test(t.text))) {
      words++;
      j++;
      if (/['’]s$/.test(t.text) || words === MAX_NAME_TOKENS) break;
    } else if (j > i && NAME_PARTICLES.has(t.text) && tokens[j + 1] && isNameWord(tokens[j + 1]!, lang)) j++;
    else break;
  }
  return words >= 2 ? j : -1;
}

/** Reads a name of 2–4 capitalised words ending at token `last` (for "Josh Earnest, the spokesman"). */
function readNameBackwards(text: string, tokens: Token[], last: number, lang: string | null): number {
  let j = last;
  while (
    j >= 0 &&
    last - j < MAX_NAME_TOKENS &&
    (isNameWord(tokens[j]!, lang) || (j > 0 && j === last && JOINED_PARTICLE.test(tokens[j]!.text)))
  ) {
    if (j < last && !SPACE_GAP.test(gapBefore(text, tokens, j + 1))) break;
    j--;
  }
  return last - j >= 2 ? j + 1 : -1;
}

/** Extends a title left of its head over modifiers and capitalised words ("Russian Deputy Foreign"). */
function titleStartIndex(text: string, tokens: Token[], head: number): number {
  let s = head;
  while (s > 0 && head - s < MAX_TITLE_LEFT) {
    const prev = tokens[s - 1]!;
    const gap = gapBefore(text, tokens, s);
    if (!SPACE_GAP.test(gap) && gap !== '-') break;
    if (ARTICLES.has(prev.lower) || (!prev.cap && !TITLE_MODIFIERS.has(prev.lower))) break;
    if (
      prev.cap &&
      !TITLE_MODIFIERS.has(prev.lower) &&
      (LEFT_STOPS.has(prev.lower) ||
        (NOT_NAME_WORDS.has(prev.lower) &&
          !/^(?:foreign|defen[cs]e|state|house|white|kremlin|ministry|security|national|special|chief|prime|deputy|vice|senior|press|general)$/.test(
            prev.lower,
          )))
    )
      break;
    s--;
  }
  return s;
}

/** Extends a title right of its head: "of State", "des Affaires étrangères", "russe". */
function titleTailEnd(text: string, tokens: Token[], head: number, lang: string | null): number {
  let e = head + 1;
  while (e < tokens.length && e - head <= MAX_TITLE_TAIL && SPACE_GAP.test(gapBefore(text, tokens, e))) {
    const t = tokens[e]!;
    const englishLink = ['of', 'the', 'for', 'to', 'and'].includes(t.lower);
    const foreignLower = lang !== null && lang !== 'en' && !t.cap && !verbAt(text, t.start, lang);
    const institution = t.cap && (NOT_NAME_WORDS.has(t.lower) || cuesFor(lang).notNames.has(t.lower));
    // "ministro de Cultura, Alejandro Salas", "presidente do Senado, Rodrigo Pacheco": one capitalised word after a
    // linking word names the office's domain, unless a capitalised word follows it (then it starts a name).
    const next = tokens[e + 1];
    const domain =
      t.cap && TAIL_LINKS.has(tokens[e - 1]!.lower) && !(next?.cap && SPACE_GAP.test(gapBefore(text, tokens, e + 1)));
    if (!(englishLink || foreignLower || institution || domain || isTitleHead(t.lower, lang))) break;
    e++;
  }
  // Never end a title on a linking word: "Secretary of" without its object is not a title.
  while (e > head + 1 && TAIL_LINKS.has(tokens[e - 1]!.lower)) e--;
  return e;
}

/** Reads a title that ends right before token `i` ("President" in "President Trump"), or null. */
export function titleBefore(
  text: string,
  tokens: Token[],
  i: number,
  lang: string | null,
): { title: string; start: number } | null {
  const head = i - 1;
  if (head < 0 || !SPACE_GAP.test(gapBefore(text, tokens, i)) || !isTitleHead(tokens[head]!.lower, lang)) return null;
  const ts = titleStartIndex(text, tokens, head);
  return { title: text.slice(tokens[ts]!.start, tokens[head]!.end), start: tokens[ts]!.start };
}

/** Finds every titled person in the text; where several titles lead to one name, the nearest wins. */
export function findTitledNames(text: string, tokens: Token[], lang: string | null): TitledName[] {
  const byStart = new Map<number, TitledName>();
  // The title and the two words before it: "l'ancien ministre", "el ex ministro", "a former U.S. ambassador".
  const formerAt = (ts: number, te: number) =>
    saysFormer(
      tokens.slice(Math.max(0, ts - 2), te).map((t) => t.text),
      lang,
    );
  /** Keeps the name at [start, end) with the title of tokens [ts, te), unless a nearer title already leads to it. */
  const keep = (start: number, end: number, title: string, ts: number, te: number) => {
    const found = {
      name: text.slice(start, end),
      title,
      start,
      end,
      titleStart: tokens[ts]!.start,
      former: formerAt(ts, te),
    };
    const prior = byStart.get(start);
    if (!prior || prior.titleStart < found.titleStart) byStart.set(start, found);
  };
  for (let h = 0; h < tokens.length; h++) {
    if (!isTitleHead(tokens[h]!.lower, lang)) continue;
    const ts = titleStartIndex(text, tokens, h);
    const te = titleTailEnd(text, tokens, h, lang);
    const title = text.slice(tokens[ts]!.start, tokens[te - 1]!.end);
    // Title then name: "Prime Minister Habib Essid", "the Tunisian president, Beji Caid Essebsi".
    if (te < tokens.length && NAME_GAP.test(gapBefore(text, tokens, te))) {
      let ns = te;
      const institution = tokens[te - 1]!.lower.replace(/^[ld]['’]/, '');
      if (lang !== 'en' && NOT_NAME_WORDS.has(institution) && TRAILING_ADJECTIVE.test(tokens[te]!.lower)) {
        const rest = readName(text, tokens, te + 1, lang);
        if (rest > 0) ns = te + 1;
      }
      const ne = readName(text, tokens, ns, lang);
      if (ne > 0) {
        const start = tokens[ns]!.start;
        const end = tokens[ne - 1]!.end - (/['’]s$/.test(tokens[ne - 1]!.text) ? 2 : 0);
        keep(start, end, title, ts, te);
        continue;
      }
    }
    // Name then title: "Josh Earnest, the White House spokesman".
    const article = ts - 1;
    if (article > 0 && ARTICLES.has(tokens[article]!.lower) && /^,[ \u00A0]+$/.test(gapBefore(text, tokens, article))) {
      let ns = readNameBackwards(text, tokens, article - 1, lang);
      // "in Minsk Andrejs Pildegovičs, the Secretary of State": the word after a preposition of place is the place.
      if (ns > 0 && article - ns >= 3 && PLACE_PREPOSITIONS.has(tokens[ns - 1]!.lower)) ns++;
      if (ns >= 0) {
        const start = tokens[ns]!.start;
        const end = tokens[article - 1]!.end;
        keep(start, end, title, ts, te);
      }
    }
  }
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}
