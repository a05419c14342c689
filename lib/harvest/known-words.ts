/**
 * What the dataset already holds of a speaker's words, by the quote-fidelity rules (compareWords), over all of that
 * speaker's statements: direct quotes and reported speech alike, since a harvested indirect statement is often the
 * same sentence the dataset records as reported speech.
 */
import type { Statement } from '../../data/schema';
import { normalizeWords } from '../dataset/normalize-words';
import type { KnownQuote } from '../related/card';
import { compareWords } from '../related/quote-fidelity';

const RANK = { verbatim: 3, trimmed: 2, paraphrased: 1 } as const;

/** A lookup of a person's recorded words; `verbatim` means the dataset holds the same statement. */
export function knownWords(statements: Statement[]): (person: string, words: string) => KnownQuote | null {
  const byPerson = new Map<string, { s: Statement; n: string }[]>();
  for (const s of statements) {
    const list = byPerson.get(s.person) ?? [];
    list.push({ s, n: normalizeWords(s.words.text) });
    byPerson.set(s.person, list);
  }
  return (person, words) => {
    const q = normalizeWords(words);
    let best: KnownQuote | null = null;
    for (const { s, n } of byPerson.get(person) ?? []) {
      const fidelity = compareWords(q, n);
      if (fidelity && (!best || RANK[fidelity] > RANK[best.fidelity]))
        best = { statementId: s.id, fidelity, statement: s };
      if (best?.fidelity === 'verbatim') break;
    }
    return best;
  };
}
