/**
 * Converts one PolNeAR article (raw text, BRAT attributions, CoreNLP output) into the engine's input and labels in
 * the labelled-page format. Direct quotes are the attributions whose Content lies wholly inside quotation marks,
 * one label per quoted stretch; the other attributions are indirect statements, and quoted fragments inside them
 * are ignored (neither expected nor false). Quoted stretches outside every Content are terms when shorter than four
 * words, and ignored otherwise (PolNeAR's annotators missed about 6% of attributions).
 */
import { parseBrat, spanText } from './brat';
import { parseCoreNlp } from './corenlp';
import type { Labels } from './labels';
import { sourceSpeaker } from './polnear-speaker';
import { quotedSpans, wordCount } from './quote-marks';

export interface PolnearArticle {
  name: string;
  compartment: 'train' | 'dev';
  text: string;
  ann: string;
  corenlp: string;
  publisher: string;
  date: string | null;
  commit: string;
}

const BROADSHEETS = new Set(['nyt', 'wash-post', 'usa-today']);
const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];

/** The labels for one PolNeAR article. */
export function convertPolnear(a: Omit<PolnearArticle, 'date'> & { date: string | null }): Labels {
  const { text } = a;
  const nlp = parseCoreNlp(a.corenlp);
  const quoted = quotedSpans(text);
  const used = new Set<number>();
  const labels: Labels = {
    source: {
      url: `https://github.com/networkdynamics/PolNeAR/blob/${a.commit}/data/${a.compartment}/text/${a.name}.txt`,
      publisher: a.publisher,
      published: a.date,
      obtained: `networkdynamics/PolNeAR data/${a.compartment}/{text,attributions,corenlp}/${a.name}* @ ${a.commit}`,
      licence:
        'no licence for the data in the repository (its software is MIT); news text (c) publisher, used for research evaluation',
      markup: 'original',
    },
    language: 'en',
    kind: BROADSHEETS.has(a.publisher) ? 'broadsheet' : 'other',
    quotes: [],
    terms: [],
    indirect: [],
    ignoreQuotes: [],
  };
  for (const attr of parseBrat(a.ann, text, a.name)) {
    const parts = attr.contents.flatMap((c) => c.parts);
    if (parts.length === 0) continue;
    const inside = quoted.flatMap((q, i) => (parts.some((p) => overlaps(q, [p[0] - 1, p[1] + 1])) ? [i] : []));
    // Direct when no letter of the Content stands outside its quoted stretches.
    const covered = (k: number) => inside.some((i) => k >= quoted[i]![0] && k < quoted[i]![1]);
    const direct =
      inside.length > 0 &&
      parts.every(([s, e]) =>
        text
          .slice(s, e)
          .split('')
          .every((ch, k) => !/\p{L}/u.test(ch) || covered(s + k)),
      );
    const who = attr.source ? sourceSpeaker(text, nlp, attr.source.parts) : { speaker: null, cue: 'none' as const };
    for (const i of inside) used.add(i);
    if (direct) {
      const cueAt = attr.cue?.parts[0]?.[0] ?? null;
      for (const i of inside) {
        const [qs, qe] = quoted[i]!;
        const between = cueAt === null ? '' : text.slice(Math.min(qe, cueAt), Math.max(qs, cueAt));
        const cue = who.cue !== 'none' && between.includes('\n') ? 'continuation' : who.cue;
        const unresolved = 'unresolved' in who ? { unresolved: true } : {};
        labels.quotes.push({ quote: text.slice(qs, qe).trim(), speaker: who.speaker, cue, ...unresolved });
      }
    } else {
      labels.indirect!.push({ text: spanText(text, attr.contents[0]!).trim(), speaker: who.speaker });
      for (const i of inside) labels.ignoreQuotes!.push(text.slice(...quoted[i]!).trim());
    }
  }
  quoted.forEach((q, i) => {
    if (used.has(i)) return;
    const s = text.slice(...q).trim();
    (wordCount(s) < 4 ? labels.terms! : labels.ignoreQuotes!).push(s);
  });
  return labels;
}

/** The engine's input for a PolNeAR text: the text as a file, with its date line so roles are read on that date. */
export function polnearInput(text: string, date: string | null): string {
  return date ? `date ${date}\n${text}` : text;
}
