/** Normalises quoted words for comparison: folded case and diacritics, unified quotes and dashes, no punctuation. */
import { foldText } from '../text/normalize';

/** The comparison form of some words: lower case letters and digits separated by single spaces. */
export function normalizeWords(text: string): string {
  return foldText(text)
    .text.replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
