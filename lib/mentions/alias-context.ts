/**
 * What the words around a surname say about who it is: a first name written before it ("Mike Johnson"), and a
 * title or descriptor beside it ("Speaker Johnson", "Lee, the leader of the Democratic Party").
 */
import { cuesFor } from '../lang/compile-cues';
import { LEFT_STOPS, titleBefore } from '../officials/find-titled-names';
import { NOT_NAME_WORDS, TITLE_MODIFIERS, isTitleHead, withoutFormerPrefix } from '../officials/title-words';
import { foldKey } from '../text/normalize';
import { type Token, gapBefore } from '../text/tokens';

export interface SurnameContext {
  /** A capitalised given name right before the surname, or null. */
  firstName: string | null;
  /** The given name opens a sentence, where any word is capitalised ("Everything Trump does"). */
  firstNameOpens: boolean;
  /** What a title or descriptor beside the surname requires of the person's titles, or null when nothing says. */
  role: RegExp | null;
  /** The same, only where it can be held against the dataset's English role titles (role nouns, English titles). */
  datasetRole: RegExp | null;
}

const SPACE_GAP = /^[ \u00A0]+$/;
/** ", the leader of …" / ", le chef de …": an apposition right after the surname, up to its closing punctuation. */
const APPOSITION =
  /^,[ \u00A0]+(?:the|a|an|le|la|l['’]|un|une|el|los|o|os|der|die|das|ein|eine)[ \u00A0]+([^,.;:()\n]{2,80})/iu;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True for a word that can be a given name: capitalised, not all capitals, not a title, place or function word. */
function isGivenName(t: Token, lang: string | null): boolean {
  if (!t.cap || /['’]s$/.test(t.text) || (t.text.length > 1 && t.text === t.text.toUpperCase())) return false;
  const l = t.lower.replace(/\.$/, '');
  const cues = cuesFor(lang);
  return (
    !NOT_NAME_WORDS.has(t.lower) &&
    !LEFT_STOPS.has(l) &&
    !TITLE_MODIFIERS.has(l) &&
    !isTitleHead(t.lower, lang) &&
    !cues.notNames.has(l) &&
    !cues.honorifics.has(l) &&
    !cues.pronouns.has(l) &&
    !cues.roleNouns.some(([k]) => k === l)
  );
}

/**
 * The role pattern a phrase names: its longest role noun's pattern ("leader" → president|prime|…), or its title head;
 * `english` is false when the pattern is a title word of another language ("Kremlchef"), not comparable with English.
 */
export function roleOf(phrase: string, lang: string | null): { pattern: RegExp; english: boolean } | null {
  const lower = ` ${phrase.toLowerCase().replace(/\s+/g, ' ')} `;
  const cues = cuesFor(lang);
  let best: [string, RegExp] | null = null;
  for (const [key, pattern] of [...cues.roleNouns, ...(lang === 'en' ? [] : cuesFor('en').roleNouns)])
    if (lower.includes(` ${key} `) && (!best || key.length > best[0].length)) best = [key, pattern];
  if (best) return { pattern: best[1], english: true };
  const head = lower
    .trim()
    .split(' ')
    .find((w) => isTitleHead(w, lang));
  if (!head) return null;
  // The office itself: "l'ex-président" → "président", "Sen." → "Sen".
  let office = head.replace(/^[ld]['’]/, '').replace(/\.$/, '');
  const joined = office.startsWith('ex') ? withoutFormerPrefix(office) : null;
  if (joined && isTitleHead(joined, lang)) office = joined;
  return { pattern: new RegExp(escape(office), 'iu'), english: isTitleHead(office, 'en') };
}

/** Reads the context of the surname token `at` (index into `tokens`) ending at offset `end`. */
export function surnameContext(
  text: string,
  tokens: Token[],
  at: number,
  end: number,
  lang: string | null,
): SurnameContext {
  const prev = at > 0 ? tokens[at - 1]! : null;
  const firstName = prev && SPACE_GAP.test(gapBefore(text, tokens, at)) && isGivenName(prev, lang) ? prev.text : null;
  const firstNameOpens = at < 2 || /[.!?:;"“”«»\n]\s*$/u.test(gapBefore(text, tokens, at - 1));
  let role: ReturnType<typeof roleOf> = null;
  const title = at >= 0 ? titleBefore(text, tokens, at, lang) : null;
  if (title) role = roleOf(title.title, lang);
  else {
    // Lower-case words right before the surname: "the Chinese leader Xi", "el líder chino Xi".
    let from = at;
    while (from > 0 && at - from < 3 && !tokens[from - 1]!.cap && SPACE_GAP.test(gapBefore(text, tokens, from))) from--;
    if (from < at) role = roleOf(text.slice(tokens[from]!.start, tokens[at - 1]!.end), lang);
  }
  if (!role) {
    const appos = APPOSITION.exec(text.slice(end, end + 100));
    if (appos) role = roleOf(appos[1]!, lang);
  }
  return {
    firstName,
    firstNameOpens,
    role: role?.pattern ?? null,
    datasetRole: role?.english ? role.pattern : null,
  };
}

/** Edit distance of two short strings (given names are short: this stays cheap). */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/**
 * True when `given` can be the first name of someone called by any of `names`: the same opening letters, allowing one
 * change for transliterations (Wladimir/Vladimir, Sergej/Sergei), or a matching initial ("D.").
 */
export function givenNameFits(given: string, names: string[]): boolean {
  const g = foldKey(given).replace(/\.$/, '');
  return names.some((n) => {
    const first = foldKey(n).split(' ')[0] ?? '';
    if (g.length === 1) return first.startsWith(g);
    return distance(g.slice(0, 4), first.slice(0, 4)) <= 1;
  });
}
