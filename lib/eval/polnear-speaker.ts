/**
 * Who a PolNeAR Source span names. PolNeAR marks the span ("Clinton spokesman Brian Fallon", "he", "a source") but
 * not the person; the person is read from CoreNLP's output shipped with the corpus: PERSON tokens in the span, or for
 * a pronoun or description, the coreference chain the span belongs to. This is automatic, not a person's reading:
 * speaker labels of pronoun and descriptive cues carry CoreNLP's coreference errors.
 */
import type { Cue } from './labels';
import type { CoreNlp } from './corenlp';

const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'him', 'her', 'it', 'you', 'his', 'them']);

/**
 * Token index ranges of the PERSON names within [from, to), leaving out possessives ("Trump's spokeswoman") and
 * anything after an apposition or relative clause starts ("Don Fowler, who … has backed Hillary Clinton").
 */
function personRuns(nlp: CoreNlp, from: number, end: number): [number, number][] {
  const cut = nlp.tokens.slice(from + 1, end).findIndex((t) => /^(,|who|which|whose|--|-LRB-)$/.test(t.word));
  const to = cut < 0 ? end : from + 1 + cut;
  const runs: [number, number][] = [];
  for (let i = from; i < to; i++) {
    if (nlp.tokens[i]?.ner !== 'PERSON') continue;
    let j = i;
    while (j < to && nlp.tokens[j]?.ner === 'PERSON') j++;
    const next = nlp.tokens[j]?.word ?? '';
    if (!/^['’]s?$/.test(next)) runs.push([i, j]);
    i = j;
  }
  return runs;
}

function tokensIn(nlp: CoreNlp, parts: [number, number][]): [number, number] | null {
  const idx = nlp.tokens.flatMap((t, i) => (parts.some(([s, e]) => t.start >= s && t.end <= e) ? [i] : []));
  return idx.length ? [idx[0]!, idx.at(-1)! + 1] : null;
}

const runText = (text: string, nlp: CoreNlp, [a, b]: [number, number]) =>
  text.slice(nlp.tokens[a]!.start, nlp.tokens[b - 1]!.end);

/** The first named PERSON in the coreference chain of a mention whose head lies in [from, to). */
function chainName(text: string, nlp: CoreNlp, from: number, to: number): string | null {
  const chain = nlp.chains.find((c) => c.mentions.some((m) => m.head >= from && m.head < to));
  for (const m of chain?.mentions ?? []) {
    const run = personRuns(nlp, m.from, m.to).at(-1);
    if (run) return runText(text, nlp, run);
  }
  return null;
}

/** The speaker a Source span names, and how (name, pronoun or description); null when no person is identified. */
export function sourceSpeaker(
  text: string,
  nlp: CoreNlp,
  parts: [number, number][],
): { speaker: string | null; cue: Cue; unresolved?: true } {
  const range = tokensIn(nlp, parts);
  if (!range) return { speaker: null, cue: 'none' };
  const [from, to] = range;
  const run = personRuns(nlp, from, to).at(-1);
  if (run) {
    const name = runText(text, nlp, run);
    // "Trump" is "Donald Trump" when the chain it belongs to says so.
    const full = chainName(text, nlp, run[0], run[1]);
    const last = (s: string) => s.split(/\s+/).at(-1);
    return { speaker: full && full.length > name.length && last(full) === last(name) ? full : name, cue: 'name' };
  }
  const words = parts
    .map(([s, e]) => text.slice(s, e))
    .join(' ')
    .trim()
    .toLowerCase();
  const cue: Cue = PRONOUNS.has(words) ? 'pronoun' : 'descriptive';
  const speaker = chainName(text, nlp, from, to);
  if (speaker) return { speaker, cue };
  // "The New York Post reports": an organisation speaks, and no person is the speaker.
  const organisation = nlp.tokens.slice(from, to).some((t) => t.ner === 'ORGANIZATION');
  return organisation ? { speaker: null, cue } : { speaker: null, cue, unresolved: true };
}
