/** A quoted term is not a quote: scare quotes ("bluntly"), titles and short phrases nobody is said to have said. */
import type { Quote } from './quote';

/** Fewer words than this, with no cue, make a term. */
export const MIN_QUOTE_WORDS = 4;

/**
 * True for a span of fewer than four words with no cue: it stays out of the quotes, the flags and fidelity. A whole
 * short sentence ("The search continues.") is still a quote: terms are not capitalised sentences.
 */
export function isTerm(q: Pick<Quote, 'text' | 'cue'>): boolean {
  if (q.cue !== null) return false;
  if (/^\s*\p{Lu}.*[.!?…]\s*$/su.test(q.text)) return false;
  return (q.text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length < MIN_QUOTE_WORDS;
}
