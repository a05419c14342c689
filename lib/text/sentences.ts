/** Splits text into sentence spans without a language model: enough for cue and pronoun windows. */

export interface Span {
  start: number;
  end: number;
}

// Abbreviations that end with a period but do not end a sentence.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'gen',
  'lt',
  'col',
  'sen',
  'rep',
  'gov',
  'u.s',
  'u.k',
  'u.n',
  'no',
  'jr',
  'sr',
  'prof',
  'capt',
  'sgt',
  'maj',
  'adm',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'jan',
  'feb',
  'aug',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/** Returns the spans of sentences in `text`; paragraph breaks always end a sentence. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && /\s/.test(text[s]!)) s++;
    if (end > s) spans.push({ start: s, end });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    // Let closing quotes and brackets belong to the sentence they close.
    let j = i + 1;
    while (j < text.length && /["'\u201D\u2019\u00BB)\]]/.test(text[j]!)) j++;
    if (j < text.length && !/\s/.test(text[j]!)) continue;
    if (ch === '.') {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1]?.toLowerCase() ?? '';
      if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)) continue;
    }
    // A sentence ends only where the next one starts with a capital, digit or quote.
    let k = j;
    while (k < text.length && text[k] === ' ') k++;
    if (k < text.length && text[k] !== '\n' && !/[\p{Lu}\p{N}"'\u201C\u2018\u00AB\u201E([]/u.test(text[k]!)) continue;
    push(j);
  }
  push(text.length);
  return spans;
}
