/** Guesses the language of a text from common short words: enough to pick title patterns. */

const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'that', 'is', 'was', 'said', 'with', 'for', 'on'],
  fr: ['le', 'la', 'les', 'et', 'des', 'du', 'que', 'est', 'dans', 'une', 'pour', 'pas'],
  es: ['el', 'la', 'los', 'las', 'y', 'del', 'que', 'en', 'por', 'una', 'con', 'para'],
  pt: ['o', 'a', 'os', 'as', 'e', 'do', 'da', 'que', 'em', 'um', 'uma', 'não'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'sich', 'auf'],
  ru: ['и', 'в', 'не', 'на', 'что', 'с', 'по', 'это', 'как', 'к', 'из', 'о'],
};

/** Returns a two-letter code, or null for text too short to tell. */
export function detectLanguage(text: string): string | null {
  const words =
    text
      .slice(0, 5000)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  if (words.length < 20) return null;
  let best: string | null = null;
  let bestScore = 0;
  for (const [lang, list] of Object.entries(STOPWORDS)) {
    const set = new Set(list);
    const score = words.reduce((n, w) => n + (set.has(w) ? 1 : 0), 0);
    if (score > bestScore) [best, bestScore] = [lang, score];
  }
  return bestScore >= 3 ? best : null;
}

/** Reduces a language tag such as "en-GB" to "en". */
export function baseLanguage(tag: string | null | undefined): string | null {
  const m = /^([a-z]{2,3})\b/i.exec(tag?.trim() ?? '');
  return m ? m[1]!.toLowerCase() : null;
}
