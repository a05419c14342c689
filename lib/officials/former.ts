/** Words that introduce someone by an office they no longer hold: "a former U.S. ambassador", "l'ancien Premier ministre". */

import { isTitleHead, withoutFormerPrefix } from './title-words';

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

/** True when `words` (a title and the words right before it) say the office is a past one. */
export function saysFormer(words: string[], lang: string | null): boolean {
  const list = new Set([
    ...FORMER_WORDS.en!,
    ...(lang ? (FORMER_WORDS[lang] ?? []) : Object.values(FORMER_WORDS).flat()),
  ]);
  return words.some((w) => {
    const l = w.toLowerCase().replace(/^[ld]['’]/, '');
    // Spanish and Portuguese also join "ex" to the office: "expresidente", "ex-ministro".
    const joined = l.startsWith('ex') ? withoutFormerPrefix(l) : null;
    return list.has(l) || (!!joined && joined.length > 3 && isTitleHead(joined, lang));
  });
}
