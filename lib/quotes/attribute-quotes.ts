/** Finds direct quotes and attributes each to its speaker: named cue, pronoun, descriptive cue, or continuation. */
import type { Mention } from '../mentions/mention';
import { type Subject, subjectBefore, verbThenSubject } from './cues';
import { findQuoteSpans, type QuoteSpan } from './find-quote-spans';
import { NO_SPEAKER, type Attribution, type Quote, type Speaker } from './quote';
import { type SpeakerContext, resolveDescriptor, resolvePronoun, sentenceIndex, speakerOf } from './resolve-speaker';
import { SPEECH_VERB } from './speech-verbs';
import { indexParagraphs } from '../text/paragraphs';
import { containing } from '../text/spans';

interface Resolved {
  speaker: Speaker;
  attribution: Attribution;
}

/** Turns a cue's subject into a speaker; `before` bounds the search for antecedents. */
export function resolveSubject(ctx: SpeakerContext, subject: Subject, before: number): Resolved | null {
  switch (subject.kind) {
    case 'mention':
      return { speaker: speakerOf(subject.mention), attribution: 'name' };
    case 'name':
      return { speaker: { id: null, name: subject.name }, attribution: 'name' };
    case 'pronoun': {
      const m = resolvePronoun(ctx, subject.word, before);
      return m ? { speaker: speakerOf(m), attribution: 'pronoun' } : { speaker: NO_SPEAKER, attribution: 'pronoun' };
    }
    case 'descriptor': {
      if (!subject.definite) return { speaker: NO_SPEAKER, attribution: 'descriptive' };
      const m = resolveDescriptor(ctx, subject.words, before);
      return { speaker: m ? speakerOf(m) : NO_SPEAKER, attribution: 'descriptive' };
    }
  }
}

/** Looks for a cue after the closing mark: '…," Ryabkov said' or '…," said Ryabkov'. */
function cueAfter(ctx: SpeakerContext, span: QuoteSpan, limit: number) {
  const { text } = ctx;
  let p = span.close + 1;
  while (p < limit && /[,.!?\s]/.test(text[p]!)) p++;
  if (p >= limit) return null;
  const vts = verbThenSubject(text, p, ctx.persons);
  if (vts && vts.end <= limit) return { subject: vts.subject, cue: text.slice(p, vts.end) };
  // Subject then verb: find the first speech verb within reach and what stands before it.
  const window = text.slice(p, Math.min(limit, p + 100));
  const verb = new RegExp(String.raw`\b(${SPEECH_VERB})\b`, 'iu').exec(window);
  if (!verb || /[.!?“”"«»]/.test(window.slice(0, verb.index))) return null;
  const subject = subjectBefore(text, p + verb.index, ctx.persons);
  if (!subject || subject.start < p - 1) return null;
  return { subject, cue: text.slice(p, p + verb.index + verb[0].length) };
}

/** Looks for a cue before the opening mark in the same sentence: 'Ryabkov said: "…"', 'Trump describing it as "…"'. */
function cueBefore(ctx: SpeakerContext, span: QuoteSpan, sentenceStart: number) {
  const { text } = ctx;
  // A cue stands close to its quote: look back no further than a long sentence.
  const from = Math.max(sentenceStart, span.open - 300);
  const before = text.slice(from, span.open);
  if (/[“”"«»]/.test(before)) return null;
  const verbs = [...before.matchAll(new RegExp(String.raw`\b(${SPEECH_VERB})\b`, 'giu'))];
  for (const verb of verbs.reverse()) {
    const at = from + verb.index!;
    const subject = subjectBefore(text, at, ctx.persons);
    if (subject && subject.start >= from) return { subject, cue: text.slice(subject.start, at + verb[0].length) };
  }
  return null;
}

/** Finds and attributes every direct quote in the text. `persons` are person mentions, sorted. */
export function attributeQuotes(ctx: Omit<SpeakerContext, 'persons'>, mentions: Mention[]): Quote[] {
  const { text } = ctx;
  const spans = findQuoteSpans(text);
  const inner = spans.map((s) => ({ start: s.open, end: s.close }));
  const inside = (m: Mention) => containing(inner, m.start, m.end) !== undefined;
  const full: SpeakerContext = { ...ctx, persons: mentions.filter((m) => m.kind === 'person' && !inside(m)) };
  const quotes: Quote[] = [];
  const paragraphs = indexParagraphs(text);
  spans.forEach((span, i) => {
    const pEnd = paragraphs.endOf(span.close);
    const nextOpen = spans[i + 1]?.open ?? Infinity;
    const sentence = ctx.sentences[sentenceIndex(ctx.sentences, span.open)];
    const sentenceStart = Math.max(
      paragraphs.startOf(span.open),
      sentence?.start ?? 0,
      (spans[i - 1]?.close ?? -1) + 1,
    );
    const found = cueAfter(full, span, Math.min(pEnd, nextOpen)) ?? cueBefore(full, span, sentenceStart);
    let resolved: Resolved = { speaker: NO_SPEAKER, attribution: 'none' };
    let cue: string | null = null;
    if (found) {
      resolved = resolveSubject(full, found.subject, span.open) ?? resolved;
      cue = found.cue.replace(/\s+/g, ' ').trim();
    } else {
      // A quote with no cue continues the speaker of the quote just before it (same or previous paragraph).
      const prev = quotes.at(-1);
      const samePara = prev && paragraphs.startOf(prev.start) === paragraphs.startOf(span.open);
      const nextPara =
        prev &&
        !samePara &&
        paragraphs.startOf(span.open) === span.open &&
        paragraphs.endOf(prev.end) + 2 === span.open;
      if (prev && prev.attribution !== 'none' && (samePara || nextPara)) {
        resolved = { speaker: prev.speaker, attribution: 'continuation' };
      }
    }
    // The comma that closes a quoted sentence before its cue belongs to the cue, not to the words.
    let end = span.close;
    while (end > span.open + 1 && /[,\s]/.test(text[end - 1]!)) end--;
    quotes.push({ text: text.slice(span.open + 1, end), start: span.open + 1, end, ...resolved, cue });
  });
  return quotes;
}
