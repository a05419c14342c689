/**
 * Unicode-aware word boundaries for regular expressions. JavaScript's `\b` knows only ASCII letters, so `\bafirmó\b`
 * never matches after the "ó" and `\bsaid\b` matches inside "saidé"; these lookarounds treat every letter and digit
 * of any script as a word character.
 */

/** Not preceded by a letter or digit (of any script). */
export const WB_BEFORE = String.raw`(?<![\p{L}\p{N}])`;
/** Not followed by a letter or digit (of any script). */
export const WB_AFTER = String.raw`(?![\p{L}\p{N}])`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One alternation of words and phrases, longest first (so "said on" wins over "said"), each space matching any run
 * of white space. Not wrapped in boundaries: see `wordPattern`.
 */
export function alternation(words: Iterable<string>): string {
  const unique = [...new Set(words)].filter((w) => w.length > 0);
  return unique
    .sort((a, b) => b.length - a.length)
    .map((w) => escape(w).replace(/ /g, String.raw`\s+`))
    .join('|');
}

/** A whole-word pattern for any of `words`, with one capture group around the word. */
export function wordPattern(words: Iterable<string>): string {
  return `${WB_BEFORE}(${alternation(words)})${WB_AFTER}`;
}

/** A case-insensitive, Unicode regex matching any of `words` as whole words (`g` for matchAll). */
export function wordRegex(words: Iterable<string>, flags = 'giu'): RegExp {
  return new RegExp(wordPattern(words), flags);
}
