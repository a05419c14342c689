/** Finds direct quotes and attributes each to its speaker: named cue, pronoun, descriptive cue, or continuation. */
import { cuesFor } from '../lang/compile-cues';
import type { Mention } from '../mentions/mention';
import { detectLanguage } from '../text/detect-language';
import { indexParagraphs } from '../text/paragraphs';
import { containing, endingAt, firstStartingIn } from '../text/spans';
import { type CueText, type Subject, subjectAfter, subjectBefore, verbThenSubject } from './cues';
import { findQuoteSpans, type QuoteSpan } from './find-quote-spans';
import { indexNames } from './name-index';
import { nameEndingAt } from './names';
import { findNamedSpeakers } from './named-speakers';
import { NO_SPEAKER, type Attribution, type Quote, type Speaker } from './quote';
import {
  type Resolver,
  type SpeakerContext,
  resolveDescriptor,
  resolvePronoun,
  sentenceIndex,
  speakerOf,
} from './resolve-speaker';
import { isTerm } from './terms';

// "Trump returned later and declared": the verb is coordinated with the subject's first verb.
const FAR_SUBJECT = /\s(?:and|et|y|e|und)\s+(?:\p{L}+\s+){0,2}$/u;

const ABBREVIATION = /(?<![\p{L}])\p{Lu}\p{Ll}{0,3}\.(?=\s)/gu;
const objectFirst = (t: CueText, verb: string) => t.cues.objectFirst.has(verb.split(/\s+/).at(-1)!.toLowerCase());

interface Resolved {
  speaker: Speaker;
  attribution: Attribution;
}

/** Turns a cue's subject into a speaker; `before` bounds the search for antecedents. */
export function resolveSubject(ctx: Resolver, subject: Subject, before: number): Resolved | null {
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

const resolvers = new WeakMap<Mention[], Resolver>();

/** The resolver for a text and its mentions: named speakers found once, shared by quotes and indirect statements. */
export function resolverFor(ctx: SpeakerContext | Omit<SpeakerContext, 'persons'>, mentions: Mention[]): Resolver {
  const cached = resolvers.get(mentions);
  if (cached && cached.text === ctx.text) return cached;
  const { text } = ctx;
  const cues = cuesFor(ctx.lang ?? detectLanguage(text));
  const names = indexNames(text, cues);
  const spans = findQuoteSpans(text).map((s) => ({ start: s.open, end: s.close }));
  const inside = (m: Mention) => containing(spans, m.start, m.end) !== undefined;
  const officials = mentions.filter((m) => m.kind === 'person' && !inside(m));
  const { persons, genders } = findNamedSpeakers(text, officials, cues, names, spans);
  const r: Resolver = { ...ctx, persons, cues, names, genders };
  resolvers.set(mentions, r);
  return r;
}

/** Looks for a cue after the closing mark: '…," Ryabkov said', '…," said Ryabkov', '», a-t-il déclaré'. */
function cueAfter(t: CueText, span: QuoteSpan, limit: number) {
  const { text, cues } = t;
  let p = span.close + 1;
  while (p < limit && /[,.!?\s]/.test(text[p]!)) p++;
  if (p >= limit) return null;
  // After a full stop, a cue opens the next sentence only as "C'est ce qu'a déclaré X" or "X said." ending it.
  const newSentence = /[.!?]/.test(text.slice(span.close + 1, p));
  if (newSentence) {
    const lead = /^(?:c[’']est\s+ce\s+qu[’'e]\s*|es\s+lo\s+que\s+|foi\s+o\s+que\s+)/iu.exec(text.slice(p, p + 20));
    if (lead) p += lead[0].length;
  }
  const vts = verbThenSubject(t, p);
  if (vts && vts.end <= limit) return { subject: vts.subject, cue: text.slice(p, vts.end) };
  const alone = cues.proDrop
    ? new RegExp(`^(?:${cues.verb})(?![\\p{L}\\p{N}])(?=\\s*(?:[.,;]|$))`, 'iu').exec(text.slice(p, p + 60))
    : null;
  if (alone && !newSentence) return { subject: { kind: 'pronoun', word: '', start: p } as Subject, cue: alone[0] };
  const acc = new RegExp(`^(?:${cues.accordingTo.source})`, 'iu').exec(text.slice(p, p + 30));
  if (acc) {
    const after = subjectAfter(t, p + acc[0].length);
    if (after && after.end <= limit) return { subject: after.subject, cue: text.slice(p, after.end) };
  }
  // Subject then verb: find the first speech verb within reach and what stands before it.
  const window = text.slice(p, Math.min(limit, p + 160));
  const verb = new RegExp(`(?<![\\p{L}\\p{N}])(?:${cues.verb})(?![\\p{L}\\p{N}])`, 'iu').exec(window);
  // The period of an honorific or an initial ("Mr.", "Rev.", "L.") does not end the sentence.
  if (!verb || /[.!?“”"«»„]/.test(window.slice(0, verb.index).replace(ABBREVIATION, 'X'))) return null;
  // "…», il a indiqué que «…»": a verb that opens a reported clause belongs to the next quote.
  const next = window.slice(verb.index + verb[0].length);
  if (new RegExp(`^\\s*(?::|(?:${cues.complementiser}))\\s*[“"«„]`, 'iu').test(next)) return null;
  if (newSentence && !/^[\s\p{L}]{0,30}[.!?]/u.test(next)) return null;
  if (!newSentence && /,\s*$/.test(window.slice(0, verb.index))) {
    const inverted = objectFirst(t, verb[0]) ? null : subjectAfter(t, p + verb.index + verb[0].length);
    if (inverted && inverted.end <= limit && inverted.subject.kind !== 'pronoun')
      return { subject: inverted.subject, cue: text.slice(p + verb.index, inverted.end) };
  }
  const subject = subjectBefore(t, p + verb.index, p);
  if (!subject || subject.start < p - 1) return null;
  return { subject, cue: text.slice(p, p + verb.index + verb[0].length) };
}

/** 'Meghan McCain, Twitter: "…"', 'Abdoul Mbaye: "…"': a name opening the sentence, and a colon before the quote. */
function colonCue(t: CueText, span: QuoteSpan, sentenceStart: number) {
  const before = t.text.slice(Math.max(sentenceStart, span.open - 120), span.open);
  const direct = /\s*:\s*$/u.exec(before);
  if (!direct) return null;
  const medium = /,\s*\p{Lu}\p{L}*(?:\s+\p{L}+){0,2}\s*:\s*$/u.exec(before);
  for (const at of [direct.index, medium?.index]) {
    if (at === undefined) continue;
    const end = span.open - before.length + at;
    const mention = endingAt(t.persons, end);
    const found = mention ? null : nameEndingAt(t.text, end, t.cues);
    const start = mention?.start ?? found?.start;
    if (start === undefined || start < sentenceStart) continue;
    // Only what opens the sentence names the speaker ("… entre Fernández y Johnson: «…»" does not).
    const lead = t.text.slice(sentenceStart, start);
    if (lead.trim() && !/,\s*$/.test(lead)) continue;
    if (lead.trim() && new RegExp(`(?:${t.cues.verb})`, 'iu').test(lead)) continue;
    const cue = t.text.slice(start, span.open).trim();
    if (mention) return { subject: { kind: 'mention', mention, start } as Subject, cue };
    if (found && /\s/.test(found.name))
      return { subject: { kind: 'name', name: found.name, start, gender: found.gender, title: null } as Subject, cue };
  }
  return null;
}

/** Looks for a cue before the opening mark in the same sentence: 'Ryabkov said: "…"', 'Trump describing it as "…"'. */
function cueBefore(t: CueText, span: QuoteSpan, sentenceStart: number) {
  const { text, cues } = t;
  // A cue stands close to its quote: look back no further than a long sentence.
  const from = Math.max(sentenceStart, span.open - 300);
  const before = text.slice(from, span.open);
  if (/[“”"«»„]/.test(before)) return null;
  const verbs = [...before.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])(?:${cues.verb})(?![\\p{L}\\p{N}])`, 'giu'))];
  for (const verb of verbs.reverse()) {
    const at = from + verb.index;
    const subject = subjectBefore(t, at, from);
    if (subject && subject.start >= from) return { subject, cue: text.slice(subject.start, at + verb[0].length) };
    const after = objectFirst(t, verb[0]) ? null : subjectAfter(t, at + verb[0].length);
    if (after && after.end <= span.open && after.subject.kind !== 'pronoun')
      return { subject: after.subject, cue: text.slice(at, after.end) };
    // No subject where the language leaves it out: "Consultada sobre …, afirmó que «…»".
    if (cues.proDrop && /(?:^|[,;]|\s(?:y|e))\s*$/u.test(text.slice(sentenceStart, at)))
      return { subject: { kind: 'pronoun', word: '', start: at } as Subject, cue: verb[0] };
    // A far subject: "Trump returned later and declared, …": the sentence opens with the person.
    const first = firstStartingIn(t.persons, from, at);
    const between = first ? text.slice(first.end, at) : '';
    if (
      first &&
      first.start - from < 40 &&
      FAR_SUBJECT.test(between) &&
      !/[;:]/.test(between) &&
      !firstStartingIn(t.persons, first.end, at)
    )
      return {
        subject: { kind: 'mention', mention: first, start: first.start } as Subject,
        cue: text.slice(first.start, at + verb[0].length),
      };
  }
  return colonCue(t, span, sentenceStart);
}

/** Finds and attributes every direct quote in the text; quoted terms without a cue are left out. */
export function attributeQuotes(ctx: Omit<SpeakerContext, 'persons'>, mentions: Mention[]): Quote[] {
  const { text } = ctx;
  const r = resolverFor(ctx, mentions);
  const spans = findQuoteSpans(text);
  const quotes: Quote[] = [];
  const paragraphs = indexParagraphs(text);
  let prev: Quote | undefined;
  spans.forEach((span, i) => {
    const pEnd = paragraphs.endOf(span.close);
    const nextOpen = spans[i + 1]?.open ?? Infinity;
    const sentence = ctx.sentences[sentenceIndex(ctx.sentences, span.open)];
    const sentenceStart = Math.max(
      paragraphs.startOf(span.open),
      sentence?.start ?? 0,
      (spans[i - 1]?.close ?? -1) + 1,
    );
    const found = cueAfter(r, span, Math.min(pEnd, nextOpen)) ?? cueBefore(r, span, sentenceStart);
    let resolved: Resolved = { speaker: NO_SPEAKER, attribution: 'none' };
    let cue: string | null = null;
    if (found?.subject.kind === 'pronoun' && found.subject.word === '' && prev && prev.attribution !== 'none') {
      // A verb without a subject ("”, añadió.") goes on with the last speaker.
      resolved = { speaker: prev.speaker, attribution: 'pronoun' };
      cue = found.cue;
    } else if (found) {
      resolved = resolveSubject(r, found.subject, span.open) ?? resolved;
      cue = found.cue.replace(/\s+/g, ' ').trim();
    } else if (prev && prev.attribution !== 'none') {
      // A quote with no cue continues the speaker of the quote just before it (same or previous paragraph).
      const samePara = paragraphs.startOf(prev.start) === paragraphs.startOf(span.open);
      const nextPara =
        !samePara && paragraphs.startOf(span.open) === span.open && paragraphs.endOf(prev.end) + 2 === span.open;
      if (samePara || nextPara) resolved = { speaker: prev.speaker, attribution: 'continuation' };
    }
    // The comma that closes a quoted sentence before its cue belongs to the cue, not to the words.
    let end = span.close;
    while (end > span.open + 1 && /[,\s]/.test(text[end - 1]!)) end--;
    const quote: Quote = { text: text.slice(span.open + 1, end), start: span.open + 1, end, ...resolved, cue };
    if (isTerm(quote)) return;
    quotes.push(quote);
    prev = quote;
  });
  return quotes;
}
