/** Splits text into word tokens with offsets, in one linear pass. */

export interface Token {
  text: string;
  /** Lower case, curly apostrophes made straight, trailing period kept. */
  lower: string;
  start: number;
  end: number;
  /** True when the first letter is upper case. */
  cap: boolean;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\u00AD'’.-]*[\p{L}\p{N}.])?/gu;

/** Returns the word tokens of `text`; hyphenated and dotted words (U.S., Yong-hyun) stay one token. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    // A sentence-final period is not part of the word, except in abbreviations such as "U.S." or "Mr.".
    if (
      word.endsWith('.') &&
      !/^(?:\p{L}\.)+$/u.test(word) &&
      !/^(?:mr|mrs|ms|dr|gen|sen|rep|gov|lt|st|jr|sr)\.$/i.test(word)
    ) {
      word = word.slice(0, -1);
    }
    const start = m.index;
    tokens.push({
      text: word,
      lower: word
        .toLowerCase()
        .replace(/’/g, "'")
        .replace(/\u00AD/g, ''),
      start,
      end: start + word.length,
      cap: /^\p{Lu}/u.test(word),
    });
  }
  return tokens;
}

/** The text between two tokens (or from the text's start). */
export function gapBefore(text: string, tokens: Token[], i: number): string {
  return text.slice(i > 0 ? tokens[i - 1]!.end : 0, tokens[i]!.start);
}
