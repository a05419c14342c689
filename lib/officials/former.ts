/** Words that introduce someone by an office they no longer hold: "a former U.S. ambassador", "l'ancien Premier ministre". */

/** Per language (English everywhere); matched as whole lower-case words, or as a prefix joined by a hyphen ("ex-"). */
const FORMER_WORDS: Record<string, string[]> = {
  en: ['former', 'ex', 'onetime', 'one-time'],
  fr: ['ancien', 'ancienne', 'anciens', 'anciennes', 'ex'],
  es: ['ex', 'antiguo', 'antigua', 'expresidente', 'expresidenta', 'exministro', 'exministra', 'excanciller'],
  pt: ['ex', 'antigo', 'antiga'],
  de: [
    'ehemalige',
    'ehemaliger',
    'ehemaligen',
    'frühere',
    'früherer',
    'früheren',
    'ex',
    'altkanzler',
    'altbundeskanzler',
  ],
};

/** Spanish and Portuguese also join "ex" to the office: "expresidente", "ex-ministro". */
const JOINED = /^ex-?\p{L}/u;

/** True when `words` (a title and the words right before it) say the office is a past one. */
export function saysFormer(words: string[], lang: string | null): boolean {
  const list = new Set([
    ...FORMER_WORDS.en!,
    ...(lang ? (FORMER_WORDS[lang] ?? []) : Object.values(FORMER_WORDS).flat()),
  ]);
  return words.some((w) => {
    const l = w.toLowerCase().replace(/^[ld]['’]/, '');
    return list.has(l) || (JOINED.test(l) && l.length > 4 && !/^ex(?:ecutive|port|pert|tern|tra|press|cel)/.test(l));
  });
}

/** The office word inside a joined form: "ex-président" → "président", "expresidente" → "presidente". */
export function withoutFormerPrefix(lower: string): string | null {
  const m = /^ex-?(\p{L}.*)$/u.exec(lower);
  return m ? m[1]! : null;
}
