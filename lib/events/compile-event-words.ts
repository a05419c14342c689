/** Compiles a language's event words (the `events` field of its cue table) into sets, once per language. */
import { CUE_TABLES } from '../lang/compile-cues';
import type { EventClass, EventWords } from '../lang/event-words';
import type { Token } from '../text/tokens';

export interface EventCues {
  lang: string;
  order: EventWords['order'];
  heads: Map<string, EventClass>;
  notHeads: Set<string>;
  /** Compound endings, longest first (German). */
  compoundHeads: [string, EventClass][];
  /** Word sequences (lower case, split on spaces). */
  modifiers: string[][];
  occasion: string[][];
  notAfter: string[][];
  of: Set<string>;
  articles: Set<string>;
  at: Set<string>;
  with: Set<string>;
  rounds: Set<string>;
  verbBefore: Set<string>;
  phraseEnd: Set<string>;
  /** Words that never qualify an event's name: determiners, pronouns, fillers (lower case). */
  function: Set<string>;
  /** Capitalised words that start no name (the cue table's notNames, lower case). */
  notNames: Set<string>;
}

const cache = new Map<string, EventCues>();
const sequences = (xs: string[]) =>
  xs.map((x) => x.toLowerCase().replace(/’/g, "'").split(/\s+/)).sort((a, b) => b.length - a.length);
const lower = (xs: Iterable<string>) => new Set([...xs].map((x) => x.toLowerCase().replace(/’/g, "'")));

/** The compiled event words of a language ("en" for one without a table). */
export function eventCuesFor(lang: string | null | undefined): EventCues {
  const key = lang && CUE_TABLES[lang] ? lang : 'en';
  const hit = cache.get(key);
  if (hit) return hit;
  const table = CUE_TABLES[key]!;
  const w = table.events;
  const c: EventCues = {
    lang: key,
    order: w.order,
    heads: new Map(Object.entries(w.heads)),
    notHeads: lower(w.notHeads ?? []),
    compoundHeads: Object.entries(w.compoundHeads ?? {}).sort((a, b) => b[0].length - a[0].length),
    modifiers: sequences(w.modifiers),
    occasion: sequences(w.occasion),
    notAfter: sequences(w.notAfter),
    of: lower(w.of),
    articles: lower(w.articles),
    at: lower(w.at),
    with: lower(w.with),
    rounds: lower(w.rounds),
    verbBefore: lower(w.verbBefore),
    // A speech verb ends the participants too: "bei einem Treffen mit Macron sagte Scholz".
    phraseEnd: lower([...w.phraseEnd, ...table.verbs.filter((v) => !v.includes(' '))]),
    function: lower([...table.definite, ...table.indefinite, ...Object.keys(table.pronouns), ...table.fillers]),
    notNames: lower(table.notNames),
  };
  cache.set(key, c);
  return c;
}

/** Whether only white space separates token `i` from the one before it. */
export function joined(text: string, tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const cur = tokens[i];
  return !!prev && !!cur && /^\s+$/.test(text.slice(prev.end, cur.start));
}

/** The number of tokens of the longest sequence of `seqs` starting at token `i` (joined by spaces), or 0. */
export function sequenceAt(text: string, tokens: Token[], i: number, seqs: string[][]): number {
  for (const seq of seqs) {
    let k = 0;
    while (k < seq.length && tokens[i + k]?.lower === seq[k] && (k === 0 || joined(text, tokens, i + k))) k++;
    if (k === seq.length) return k;
  }
  return 0;
}

/** The number of tokens of the longest sequence of `seqs` ending at token `j`, or 0. */
export function sequenceEndingAt(text: string, tokens: Token[], j: number, seqs: string[][]): number {
  for (const seq of seqs) {
    const from = j - seq.length + 1;
    if (from >= 0 && sequenceAt(text, tokens, from, [seq]) === seq.length) return seq.length;
  }
  return 0;
}
