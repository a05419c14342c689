/** Finds indirect statements: "Ryabkov emphasized that ...", "..., according to Sergei Ryabkov", "He added that ...". */
import type { Mention } from '../mentions/mention';
import { subjectBefore } from './cues';
import { attributeQuotes, resolveSubject, resolverFor } from './attribute-quotes';
import type { IndirectStatement, Quote } from './quote';
import type { SpeakerContext } from './resolve-speaker';
import { containing, firstStartingIn } from '../text/spans';

const QUOTE_MARK = /[“”"«»„]/;
const MIN_CLAUSE_WORDS = 4;
// A dateline at the start of a sentence is not part of what was said ("Moscow, Russia – November 22, 2025 – ").
const DATELINE = /^[^–—\n]{0,60}[–—]\s*[^–—\n]{0,30}\d{4}\s*[–—]\s*/u;
const BARE = /^\s+(?=[\p{L}])/u;
// Not a claim: an address ("the full text was posted at https://…"), or a list of names after a dash.
const NOT_A_CLAIM = /https?:\/\/|www\.|\s[—–]\s*\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s*$/u;

// A bracketed note closing the sentence is the page's, not the speaker's ("… of Kyiv.[citation: TASS]").
const CLOSING_NOTE = /\s*\[[^\]]*\]?\s*$/u;
/** How far back from a clause's end a closing note is looked for: a sentence may be megabytes long. */
const NOTE_CHARS = 200;
const trimEnd = (text: string, start: number, end: number) => {
  const from = Math.max(start, end - NOTE_CHARS);
  let e = from + text.slice(from, end).replace(CLOSING_NOTE, '').length;
  while (e > start && /[\s.!?,;]/.test(text[e - 1]!)) e--;
  return e;
};
/** Past punctuation that opens a clause (", desde que …" after "disse que"). */
const trimStart = (text: string, start: number, end: number) => {
  let s = start;
  while (s < end && /[\s,;:–—]/.test(text[s]!)) s++;
  return s;
};
const words = (s: string) => s.trim().split(/\s+/).length;
/** A reported claim longer than this is not one statement (or the sentence splitter lost its way). */
const MAX_CLAUSE = 1000;

/** Finds indirect statements in each sentence; parts inside direct quotes are left to the quote finder. */
export function findIndirectStatements(
  ctx: Omit<SpeakerContext, 'persons'>,
  mentions: Mention[],
  quotes: Quote[],
): IndirectStatement[] {
  const { text } = ctx;
  const r = resolverFor(ctx, mentions);
  const { cues } = r;
  const verbRe = new RegExp(`(?<![\\p{L}\\p{N}])(?:${cues.verb})(?![\\p{L}\\p{N}])`, 'giu');
  // "told state news agency TASS that": a few words may stand between the verb and "that", but not another clause.
  const that = new RegExp(
    `^\\s+(?:(?:(?!and\\s|but\\s|et\\s|y\\s|e\\s|und\\s)[^\\s.;,“”"«»„]+\\s+){0,6})?(?:${cues.complementiser})\\s*`,
    'iu',
  );
  const trailingCue = new RegExp(
    `,\\s+[^,]{0,90}?(?<![\\p{L}\\p{N}])(?:${cues.verb})(?![\\p{L}\\p{N}])(?:\\s+(?:on|in|at)\\s+[^,.]{1,30})?[.!?]?$`,
    'iu',
  );
  const out: IndirectStatement[] = [];
  const push = (subjectResolved: ReturnType<typeof resolveSubject>, from: number, end: number) => {
    const start = trimStart(text, from, end);
    const e = trimEnd(text, start, end);
    const clause = text.slice(start, e);
    if (
      e - start > MAX_CLAUSE ||
      !subjectResolved?.speaker.name ||
      words(clause) < MIN_CLAUSE_WORDS ||
      QUOTE_MARK.test(clause) ||
      NOT_A_CLAIM.test(clause)
    )
      return;
    // Statements come sentence by sentence, so only the last few can overlap a new one.
    for (let k = out.length - 1; k >= 0 && out[k]!.end > start - 10_000; k--)
      if (out[k]!.start < e && start < out[k]!.end) return;
    out.push({ speaker: subjectResolved.speaker, text: clause, start, end: e });
  };
  for (const span of ctx.sentences) {
    const sentence = text.slice(span.start, span.end);
    // "..., according to Deputy Foreign Minister Sergei Ryabkov."
    const acc = new RegExp(`,\\s+(?:${cues.accordingTo.source})\\s+`, 'iu').exec(sentence);
    if (acc) {
      const lead = DATELINE.exec(sentence)?.[0].length ?? 0;
      const at = span.start + acc.index + acc[0].length;
      const m = firstStartingIn(r.persons, at, at + 61);
      if (m)
        push(
          resolveSubject(r, { kind: 'mention', mention: m, start: m.start }, m.start),
          span.start + lead,
          span.start + acc.index,
        );
    }
    // "..., Russian Foreign Ministry Spokeswoman Maria Zakharova said on Friday."
    // Only a sentence's end can hold a trailing cue: look at its last characters (a sentence may be megabytes long).
    const tailFrom = Math.max(0, sentence.length - 160);
    const trailing = trailingCue.exec(sentence.slice(tailFrom));
    // Where the sentence ends in a cue of its own, a clause read from an earlier verb ends before it.
    const tStart = trailing ? span.start + tailFrom + trailing.index : span.end;
    if (trailing && !QUOTE_MARK.test(sentence)) {
      const verbAt = text.slice(tStart, span.end).search(verbRe);
      verbRe.lastIndex = 0;
      const subject = verbAt >= 0 ? subjectBefore(r, tStart + verbAt, tStart) : null;
      if (subject && subject.start >= tStart) push(resolveSubject(r, subject, subject.start), span.start, tStart);
    }
    // "Ryabkov emphasized that ...", "He added that ...", "Ushakov said the talks ...".
    for (const verb of sentence.matchAll(verbRe)) {
      const verbStart = span.start + verb.index;
      const verbEnd = verbStart + verb[0].length;
      if (containing(quotes, verbStart, verbStart + 1)) continue;
      const rest = text.slice(verbEnd, Math.min(span.end, verbEnd + 120));
      const thatMatch = that.exec(rest);
      const lastWord = verb[0].split(/\s+/).at(-1)!.toLowerCase();
      const bare = !thatMatch && cues.bareClause.has(lastWord) ? BARE.exec(rest) : null;
      const clauseStart = thatMatch ? verbEnd + thatMatch[0].length : bare ? verbEnd + bare[0].length : -1;
      if (clauseStart < 0 || /^(?:on|in|at|to)\b/i.test(text.slice(clauseStart, clauseStart + 3))) continue;
      if (bare && cues.notAClause?.test(text.slice(clauseStart, clauseStart + 40))) continue;
      let subject = subjectBefore(r, verbStart, span.start);
      if ((!subject || subject.start < span.start) && cues.gerunds.has(lastWord)) {
        const first = firstStartingIn(r.persons, span.start, verbStart);
        subject = first ? { kind: 'mention', mention: first, start: first.start } : null;
      }
      if (!subject || subject.start < span.start) continue;
      push(resolveSubject(r, subject, subject.start), clauseStart, tStart > clauseStart ? tStart : span.end);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export { attributeQuotes };
