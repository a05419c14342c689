/**
 * The quote-fidelity check: does the dataset already hold a quote, and did the article quote it verbatim, trimmed
 * (a contiguous part of the recorded words) or paraphrased (most of the same words)?
 */
import { normalizeWords } from '../dataset/normalize-words';
import type { Statement } from '../../data/schema';
import type { Fidelity, KnownQuote } from './card';
import type { StatementStore } from './statement-store';

/** Share of the quote's words that must appear in a statement for a paraphrase. */
const PARAPHRASE_OVERLAP = 0.6;
/** Quotes shorter than this many words are too short to match ("impressive"). */
const MIN_WORDS = 4;

// A statement's comparison form, worked out once: the same statements come back for article after article.
const normalized = new WeakMap<Statement, string>();
function normalizedWords(s: Statement): string {
  let n = normalized.get(s);
  if (n === undefined) normalized.set(s, (n = normalizeWords(s.words.text)));
  return n;
}

function overlap(quoteWords: string[], statementWords: Set<string>): number {
  return quoteWords.filter((w) => statementWords.has(w)).length / quoteWords.length;
}

/**
 * How quoted words (`q`) stand to recorded ones (`n`), both in normalised form: the same, a contiguous part one of
 * the other, most of the same words, or unrelated (null). Quotes under MIN_WORDS words are too short to compare.
 */
export function compareWords(q: string, n: string): Fidelity | null {
  const words = q.split(' ').filter(Boolean);
  if (words.length < MIN_WORDS) return null;
  return n === q
    ? 'verbatim'
    : n.includes(q) || q.includes(n)
      ? 'trimmed'
      : overlap(words, new Set(n.split(' '))) >= PARAPHRASE_OVERLAP
        ? 'paraphrased'
        : null;
}

/**
 * Finds the dataset statement a quote reproduces: among the speaker's statements when the speaker is known, else among
 * those of everyone the article names (`named`).
 */
export function matchQuote(
  store: StatementStore,
  quote: string,
  speaker: string | null,
  named: string[],
): KnownQuote | null {
  const q = normalizeWords(quote);
  const words = q.split(' ').filter(Boolean);
  if (words.length < MIN_WORDS) return null;
  let best: { known: KnownQuote; rank: number } | null = null;
  const rank = { verbatim: 3, trimmed: 2, paraphrased: 1 } as const;
  for (const { statement: s } of store.search(quote, { people: speaker ? [speaker] : named, limit: 10 })) {
    if (s.words.indirect) continue;
    const fidelity = compareWords(q, normalizedWords(s));
    if (fidelity && (!best || rank[fidelity] > best.rank))
      best = { known: { statementId: s.id, fidelity }, rank: rank[fidelity] };
    if (best?.known.fidelity === 'verbatim') break;
  }
  return best?.known ?? null;
}
