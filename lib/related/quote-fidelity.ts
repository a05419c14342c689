/**
 * The quote-fidelity check: does the dataset already hold a quote, and did the article quote it verbatim, trimmed
 * (a contiguous part of the recorded words) or paraphrased (most of the same words)?
 */
import { normalizeWords } from '../dataset/normalize-words';
import type { Statement } from '../../data/schema';
import type { KnownQuote } from './card';
import type { StatementStore } from './statement-store';

/** Share of the quote's words that must appear in a statement for a paraphrase. */
const PARAPHRASE_OVERLAP = 0.6;
/** Quotes shorter than this many words are too short to match ("impressive"). */
const MIN_WORDS = 4;
/**
 * A quote the article gives to nobody is compared with everyone it names; a phrase that short ("deal with the
 * devil") is an idiom as often as a quotation, so it needs this many words to count as one.
 */
const MIN_UNATTRIBUTED_WORDS = 8;

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

const wordCount = (s: string) => s.split(' ').filter(Boolean).length;
/** Whether `part` is a run of whole words of `whole` ("the devil" is in "with the devil", not in "the devils"). */
const hasWords = (whole: string, part: string) => ` ${whole} `.includes(` ${part} `);

/**
 * Finds the dataset statement a quote reproduces: among the speaker's statements when the speaker is known, else among
 * those of everyone the article names (`named`). An article cannot quote what was said after it: with the article's
 * date known (`articleDate`, YYYY-MM-DD), later statements are left out.
 */
export function matchQuote(
  store: StatementStore,
  quote: string,
  speaker: string | null,
  named: string[],
  articleDate: string | null = null,
): KnownQuote | null {
  const q = normalizeWords(quote);
  const words = q.split(' ').filter(Boolean);
  if (words.length < (speaker ? MIN_WORDS : MIN_UNATTRIBUTED_WORDS)) return null;
  let best: { known: KnownQuote; rank: number } | null = null;
  const rank = { verbatim: 3, trimmed: 2, paraphrased: 1 } as const;
  for (const { statement: s } of store.search(quote, { people: speaker ? [speaker] : named, limit: 10 })) {
    if (s.words.indirect) continue;
    if (articleDate && s.said.date > articleDate) continue;
    const n = normalizedWords(s);
    const fidelity =
      n === q
        ? 'verbatim'
        : hasWords(n, q) || (hasWords(q, n) && wordCount(n) >= MIN_WORDS)
          ? 'trimmed'
          : overlap(words, new Set(n.split(' '))) >= PARAPHRASE_OVERLAP
            ? 'paraphrased'
            : null;
    if (fidelity && (!best || rank[fidelity] > best.rank))
      best = { known: { statementId: s.id, fidelity, statement: s }, rank: rank[fidelity] };
    if (best?.known.fidelity === 'verbatim') break;
  }
  return best?.known ?? null;
}
