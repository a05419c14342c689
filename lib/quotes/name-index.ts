/**
 * Every run of capitalised words in the text that reads as a name, in one pass: the place to look up who a bare
 * surname stands for ("McClendon" → "Tucker McClendon", the first full name with that last word).
 */
import type { CompiledCues } from '../lang/compile-cues';
import { type FoundName, NAME_RUN, cleanName } from './names';

export interface NameIndex {
  /** Every cleaned name run, in text order. */
  runs: FoundName[];
  /** The first name of two or more words ending in this word (case as written). */
  fullNameOf(surname: string): string | null;
}

/** Scans the text once for name runs. */
export function indexNames(text: string, cues: CompiledCues): NameIndex {
  const re = new RegExp(`(?<![\\p{L}\\p{N}'’.-])(?:${NAME_RUN})`, 'gu');
  const runs: FoundName[] = [];
  const full = new Map<string, string>();
  for (const m of text.matchAll(re)) {
    const found = cleanName(m[0], m.index, cues, text.slice(Math.max(0, m.index - 12), m.index));
    if (!found) continue;
    runs.push(found);
    const words = found.name.split(/\s+/);
    if (words.length >= 2 && !full.has(words.at(-1)!)) full.set(words.at(-1)!, found.name);
  }
  return { runs, fullNameOf: (w) => full.get(w) ?? null };
}
