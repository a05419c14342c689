/** Finds indirect statements: "Ryabkov emphasized that ...", "..., according to Sergei Ryabkov", "He added that ...". */
import type { Mention } from '../mentions/mention';
import { subjectBefore } from './cues';
import { attributeQuotes, resolveSubject } from './attribute-quotes';
import type { IndirectStatement, Quote } from './quote';
import type { SpeakerContext } from './resolve-speaker';
import { containing, firstStartingIn } from '../text/spans';
import { BARE_CLAUSE_VERBS, PARTICIPLES, SPEECH_VERB } from './speech-verbs';

const QUOTE_MARK = /[“”"«»„]/;
const MIN_CLAUSE_WORDS = 4;
const VERB = new RegExp(String.raw`\b(${SPEECH_VERB})\b`, 'giu');
// "told state news agency TASS that": a few words may stand between the verb and "that", but not another clause.
const THAT = /^\s+(?:(?:(?!and\b|but\b)[^\s.;,“”"«»„]+\s+){0,6})?that\s+/iu;
// A dateline at the start of a sentence is not part of what was said ("Moscow, Russia – November 22, 2025 – ").
const DATELINE = /^[^–—\n]{0,60}[–—]\s*[^–—\n]{0,30}\d{4}\s*[–—]\s*/u;
const BARE = /^\s+(?=[\p{L}])/u;
const ACCORDING_TO = /,\s+according\s+to\s+/iu;
const TRAILING_CUE = new RegExp(
  String.raw`,\s+[^,]{0,90}?\b(${SPEECH_VERB})\b(?:\s+(?:on|in|at)\s+[^,.]{1,30})?[.!?]?$`,
  'iu',
);

const trimEnd = (text: string, start: number, end: number) => {
  let e = end;
  while (e > start && /[\s.!?,;]/.test(text[e - 1]!)) e--;
  return e;
};
const words = (s: string) => s.trim().split(/\s+/).length;
/** A reported claim longer than this is not one statement (or the sentence splitter lost its way). */
const MAX_CLAUSE = 1000;

type Ctx = SpeakerContext;

/** Finds indirect statements in each sentence; parts inside direct quotes are left to the quote finder. */
export function findIndirectStatements(
  ctx: Omit<Ctx, 'persons'>,
  mentions: Mention[],
  quotes: Quote[],
): IndirectStatement[] {
  const { text } = ctx;
  const full: Ctx = {
    ...ctx,
    persons: mentions.filter((m) => m.kind === 'person' && !containing(quotes, m.start, m.end)),
  };
  const out: IndirectStatement[] = [];
  const push = (subjectResolved: ReturnType<typeof resolveSubject>, start: number, end: number) => {
    const e = trimEnd(text, start, end);
    const clause = text.slice(start, e);
    if (
      e - start > MAX_CLAUSE ||
      !subjectResolved?.speaker.name ||
      words(clause) < MIN_CLAUSE_WORDS ||
      QUOTE_MARK.test(clause)
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
    const acc = ACCORDING_TO.exec(sentence);
    if (acc) {
      const lead = DATELINE.exec(sentence)?.[0].length ?? 0;
      const at = span.start + acc.index + acc[0].length;
      const m = firstStartingIn(full.persons, at, at + 61);
      if (m)
        push(
          resolveSubject(full, { kind: 'mention', mention: m, start: m.start }, m.start),
          span.start + lead,
          span.start + acc.index,
        );
    }
    // "..., Russian Foreign Ministry Spokeswoman Maria Zakharova said on Friday."
    // Only a sentence's end can hold a trailing cue: look at its last characters (a sentence may be megabytes long).
    const tailFrom = Math.max(0, sentence.length - 160);
    const trailingMatch = TRAILING_CUE.exec(sentence.slice(tailFrom));
    const trailing = trailingMatch && Object.assign(trailingMatch, { index: trailingMatch.index + tailFrom });
    if (trailing && !QUOTE_MARK.test(sentence)) {
      const verbAt =
        span.start +
        trailing.index +
        trailing[0].indexOf(trailing[1]!, trailing[0].length - trailing[1]!.length - 40 > 0 ? 0 : 0);
      const verbStart =
        span.start + trailing.index + trailing[0].search(new RegExp(String.raw`\b(?:${SPEECH_VERB})\b`, 'iu'));
      const subject = subjectBefore(text, verbStart, full.persons);
      if (subject && subject.start >= span.start + trailing.index && verbAt >= 0) {
        push(resolveSubject(full, subject, subject.start), span.start, span.start + trailing.index);
      }
    }
    // "Ryabkov emphasized that ...", "He added that ...", "Ushakov said the talks ...".
    for (const verb of sentence.matchAll(VERB)) {
      const verbStart = span.start + verb.index!;
      const verbEnd = verbStart + verb[0].length;
      if (containing(quotes, verbStart, verbStart + 1)) continue;
      const rest = text.slice(verbEnd, Math.min(span.end, verbEnd + 120));
      const that = THAT.exec(rest);
      const bare = !that && BARE_CLAUSE_VERBS.has(verb[1]!.toLowerCase()) ? BARE.exec(rest) : null;
      const clauseStart = that ? verbEnd + that[0].length : bare ? verbEnd + bare[0].length : -1;
      if (clauseStart < 0 || /^(?:on|in|at|to)\b/i.test(text.slice(clauseStart, clauseStart + 3))) continue;
      let subject = subjectBefore(text, verbStart, full.persons);
      if ((!subject || subject.start < span.start) && PARTICIPLES.has(verb[1]!.toLowerCase())) {
        const first = firstStartingIn(full.persons, span.start, verbStart);
        subject = first ? { kind: 'mention', mention: first, start: first.start } : null;
      }
      if (!subject || subject.start < span.start) continue;
      push(resolveSubject(full, subject, subject.start), clauseStart, span.end);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export { attributeQuotes };
