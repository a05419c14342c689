/** Scores direct quotes, their speakers (overall and by cue), indirect statements and the named speakers. */
import type { Analysis } from '../engine/analysis';
import type { Speaker } from '../quotes/quote';
import type { Labels } from './labels';
import { clauseMatches, namesMatch, namesSpeaker, speakerMatches, spansMatch } from './match';
import type { UnitList } from './unit';

const who = (s: Speaker) => (namesSpeaker(s) ? `${s.name ?? '?'}${s.id ? ` (${s.id})` : ''}` : 'no speaker');
const cut = (s: string) => (s.length > 90 ? `${s.slice(0, 87)}…` : s);

/** Adds the quote, speaker and indirect-statement units of one item. */
export function scoreQuotes(labels: Labels, a: Analysis, out: UnitList): void {
  const people = labels.people ?? [];
  for (const q of labels.quotes) {
    const got = a.quotes.find((g) => spansMatch(g.text, q.quote));
    out.add('quotes', 'label', !!got, cut(q.quote), got ? cut(got.text) : null);
    const expected = q.speaker === null ? null : `${q.speaker}: ${cut(q.quote)}`;
    const right = !!got && speakerMatches(got.speaker, q.speaker, people);
    const byCue = q.cue === 'none' ? [] : ([`speakers.${q.cue}`] as const);
    for (const stage of q.unresolved ? [] : (['speakers', ...byCue] as const)) {
      if (q.speaker !== null) out.add(stage, 'label', right, expected, got ? who(got.speaker) : 'quote not found');
      if (got && namesSpeaker(got.speaker))
        out.add(
          stage,
          'report',
          right,
          q.speaker ?? 'no speaker in the article',
          `${who(got.speaker)}: ${cut(q.quote)}`,
        );
    }
  }
  for (const g of a.quotes) {
    if (labels.quotes.some((q) => spansMatch(g.text, q.quote))) out.add('quotes', 'report', true, null, cut(g.text));
    else if ((labels.ignoreQuotes ?? []).some((s) => spansMatch(g.text, s))) continue;
    else {
      const term = (labels.terms ?? []).find((t) => spansMatch(g.text, t));
      out.add('quotes', 'report', false, term ? `a term, not a quote: "${term}"` : 'no such quote', cut(g.text));
    }
  }
  const indirect = labels.indirect ?? [];
  for (const s of indirect) {
    const got = a.statements.find((g) => clauseMatches(g.text, s.text));
    out.add('indirect', 'label', !!got, cut(s.text), got ? cut(got.text) : null);
    if (got && s.speaker !== null)
      out.add(
        'indirect.speakers',
        'label',
        speakerMatches(got.speaker, s.speaker, people),
        `${s.speaker}: ${cut(s.text)}`,
        who(got.speaker),
      );
  }
  for (const g of a.statements)
    out.add(
      'indirect',
      'report',
      indirect.some((s) => clauseMatches(g.text, s.text)),
      null,
      cut(g.text),
    );
  // Every named speaker: each distinct person the labels give as a speaker, against each the engine names.
  const expected = [...new Set([...labels.quotes, ...indirect].flatMap((x) => (x.speaker ? [x.speaker] : [])))];
  const named = new Map<string, Speaker>();
  for (const x of [...a.quotes, ...a.statements])
    if (namesSpeaker(x.speaker)) named.set(x.speaker.id ?? `name:${x.speaker.name}`, x.speaker);
  for (const e of expected) {
    const got = [...named.values()].find((s) => speakerMatches(s, e, people));
    out.add('people.speakers', 'label', !!got, e, got ? who(got) : null);
  }
  for (const s of named.values())
    out.add(
      'people.speakers',
      'report',
      expected.some((e) => speakerMatches(s, e, people) || (s.name !== null && namesMatch(s.name, e))),
      null,
      who(s),
    );
}
