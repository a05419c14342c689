/** Folds text for matching (case, diacritics, soft hyphens, odd spaces) and keeps a map back to the original offsets. */

export interface FoldedText {
  /** The folded text: lower case, no diacritics, one plain space for any run of white space. */
  text: string;
  /** `map[i]` is the offset in the original text of folded character `i`; `map[text.length]` is the original length. */
  map: Int32Array;
}

// Characters that vanish: soft hyphen, zero-width space/joiners, word joiner, BOM.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const SPACE = /\s/;
const APOSTROPHES = /[\u2018\u2019\u02BC\u00B4`]/;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2212]/;
const MARKS = /\p{M}/gu;

/** Folds one character (a code point) to its matching form; may return '' or several characters. */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  if (INVISIBLE.test(ch)) return '';
  if (SPACE.test(ch)) return ' ';
  if (APOSTROPHES.test(ch)) return "'";
  if (DASHES.test(ch)) return '-';
  return ch.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** Folds a whole text in one linear pass, collapsing white space runs to one space. */
export function foldText(input: string): FoldedText {
  const out: string[] = [];
  const map = new Int32Array(input.length + 1);
  let n = 0;
  let lastSpace = false;
  for (let i = 0; i < input.length;) {
    const cp = input.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldChar(width === 2 ? input.slice(i, i + 2) : input[i]!);
    for (const f of folded) {
      if (f === ' ') {
        if (lastSpace) continue;
        lastSpace = true;
      } else lastSpace = false;
      for (let k = 0; k < f.length; k++) {
        out.push(f[k]!);
        map[n++] = i;
      }
    }
    i += width;
  }
  map[n] = input.length;
  return { text: out.join(''), map: map.slice(0, n + 1) };
}

/** Folds a short string (an alias) without keeping the offset map. */
export function foldKey(input: string): string {
  return foldText(input).text.trim();
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when the character at `i` is part of a word (letter or digit); false outside the text. */
export function isWordChar(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  return WORD_CHAR.test(text[i]!);
}
