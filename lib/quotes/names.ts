/**
 * Reads a person's name as written beside a cue: capitalised words with particles, initials, hyphens and internal
 * capitals ("Janet L. Yellen", "Tucker McClendon", "Panuncio-Feldman", "Marcelo Rebelo de Sousa", "al-Bashir"), with
 * the honorific and any title words before it kept out of the name.
 */
import type { CompiledCues } from '../lang/compile-cues';
import type { Gender } from '../lang/cue-table';
import { isTitleHead } from '../officials/title-words';

/** One capitalised word: "Yellen", "McClendon", "Panuncio-Feldman", "O’Brien", "Ki-moon", "al-Bashir". */
const WORD = String.raw`(?:(?:al|el|ad|bin|ibn|abu)-)?\p{Lu}\p{Ll}*(?:[\p{L}\p{M}'’-]*[\p{Ll}\p{M}])?(?![\p{L}\p{N}])`;
const INITIAL = String.raw`\p{Lu}\.`;
const PARTICLE = '(?:von|van|der|den|de|da|do|dos|das|del|della|di|du|bin|ibn|al|el|ben|ter|zu|y|e)';
const GAP = '[ \\u00A0]+';
/** A run of name words; the caller cleans it (`cleanName`). */
export const NAME_RUN = `${WORD}(?:${GAP}(?:${PARTICLE}${GAP})?(?:${WORD}|${INITIAL}(?=${GAP}\\p{Lu})))*`;
const RUN_AT_END = new RegExp(`(?<![\\p{L}\\p{N}'’.-])(${NAME_RUN})$`, 'u');
const RUN_AT_START = new RegExp(`^(${NAME_RUN})`, 'u');

export interface FoundName {
  /** The name as written, without honorific or title ("Janet L. Yellen"). */
  name: string;
  start: number;
  end: number;
  /** Title words written before the name inside the run ("Fed Chair"), or null. */
  title: string | null;
  /** Gender said by an honorific ("Mrs."), when there is one. */
  gender: Gender;
  /** True when an honorific stands before the name. */
  honorific: boolean;
}

/** True for a title or role word ("minister", "spokeswoman", "historian"), in the text's language or English. */
export const isRoleWord = (w: string, cues: CompiledCues) => isRole(w, cues);

const isRole = (w: string, cues: CompiledCues) => {
  const l = w.toLowerCase();
  return isTitleHead(l, cues.lang) || cues.roleNouns.some(([k]) => k === l) || l === 'chair' || l === 'councillor';
};

/**
 * Cleans a run of capitalised words found at `start`: drops everything up to the last word that cannot be part of a
 * name (a determiner, a month, a title), keeps those title words as the title. Null when no name word is left, when a
 * word ends in a possessive, or when a determiner stands right before the name ("the Washington Post").
 */
export function cleanName(run: string, start: number, cues: CompiledCues, before: string): FoundName | null {
  const words = [...run.matchAll(/\S+/g)];
  let from = 0;
  let title: string | null = null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]![0];
    const l = w.toLowerCase();
    if (isRole(w, cues)) {
      from = i + 1;
      title = run.slice(words[0]!.index, words[i]!.index + w.length);
    } else if (
      cues.notNames.has(l) ||
      cues.honorifics.has(l) ||
      cues.pronouns.has(l) ||
      cues.definite.has(l) ||
      cues.indefinite.has(l)
    ) {
      from = i + 1;
    }
  }
  const kept = words.slice(from);
  if (kept.length === 0 || /['’]s$/.test(kept.at(-1)![0]) || /\.$/.test(kept.at(-1)![0])) return null;
  const s = start + kept[0]!.index!;
  const last = kept.at(-1)!;
  const e = start + last.index! + last[0].length;
  const name = run.slice(kept[0]!.index, last.index! + last[0].length);
  // What stands before the name (when nothing of the run was dropped): an honorific, or a determiner.
  const lead = from === 0 ? before : '';
  const hon = new RegExp(`(${cues.honorific})\\s+$`, 'u').exec(lead);
  const gender = hon ? (cues.honorifics.get(hon[1]!.toLowerCase().replace(/\.$/, '')) ?? null) : null;
  if (!hon && !title && new RegExp(`(?:^|\\s)(?:${cues.determiner})\\s+$`, 'iu').test(lead)) return null;
  return { name, start: s, end: e, title, gender, honorific: !!hon };
}

/** The name that ends exactly at `end`, or null. */
export function nameEndingAt(text: string, end: number, cues: CompiledCues): FoundName | null {
  const from = Math.max(0, end - 100);
  const m = RUN_AT_END.exec(text.slice(from, end));
  if (!m) return null;
  const start = from + m.index;
  return cleanName(m[1]!, start, cues, text.slice(Math.max(0, start - 12), start));
}

/** The name that starts at `start` (after an optional honorific), or null. */
export function nameStartingAt(text: string, start: number, cues: CompiledCues): FoundName | null {
  // "said the Rev. Al Sharpton": a determiner may stand before the honorific.
  const hon = new RegExp(`^(?:(?:${cues.determiner})\\s+)?(?:${cues.honorific})\\s+`, 'iu').exec(
    text.slice(start, start + 24),
  );
  const at = start + (hon ? hon[0].length : 0);
  const m = RUN_AT_START.exec(text.slice(at, at + 100));
  if (!m) return null;
  return cleanName(m[1]!, at, cues, text.slice(Math.max(0, at - 12), at));
}
