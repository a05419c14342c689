import { describe, expect, it } from 'vitest';
import type { PersonCard } from '../../lib/related/card';
import { extractPlainText } from '../../lib/extract/extract-plain-text';
import { readFixture, realEngine } from '../helpers';

const analyzeSeed = (seed: string) =>
  realEngine().engine.analyze(extractPlainText(readFixture(`seeds/seed-${seed}.txt`)));
const personCards = (seed: string) => analyzeSeed(seed).cards.filter((c): c is PersonCard => c.kind === 'person');

describe('cards on the seed articles', () => {
  it.each(['000', '001', '002', '003', '004'])(
    'seed %s: every official with statements in the dataset gets a card with earlier statements',
    (seed) => {
      const { dataset } = realEngine();
      const a = analyzeSeed(seed);
      const date = a.article?.publishedTime?.slice(0, 10) ?? '9999';
      const cards = personCards(seed);
      const officials = new Set(a.mentions.filter((m) => m.kind === 'person' && m.id).map((m) => m.id));
      expect(new Set(cards.map((c) => c.id))).toEqual(officials);
      for (const card of cards) {
        const has = dataset.statements.some((s) => s.person === card.id && s.said.date < date);
        expect(card.related.length > 0).toBe(has);
        for (const r of card.related) {
          const s = card.statements[r.statementId]!;
          expect(s.person).toBe(card.id);
          expect(s.said.date < date).toBe(true);
        }
      }
    },
  );

  it("seed 003: shows Ryabkov's change of position on the Russia–US dialogue, with the bracketing statements and their sources", () => {
    const ryabkov = personCards('003').find((c) => c.id === 'sergei-ryabkov')!;
    expect(ryabkov.roleThen?.title).toBe('Deputy Foreign Minister');
    const dialogue = ryabkov.series.filter(
      (s) => s.relevant && ['russia-us-dialogue', 'communication-channels'].includes(s.topic),
    );
    const changed = dialogue.filter((s) => s.status === 'reversed');
    expect(changed.length).toBeGreaterThan(0);
    const last = changed
      .flatMap((s) => s.changes)
      .sort((a, b) => a.date.localeCompare(b.date))
      .at(-1)!;
    const from = ryabkov.statements[last.from]!;
    const to = ryabkov.statements[last.to]!;
    expect(last.fromValue).toBeLessThan(0);
    expect(last.toValue).toBeGreaterThan(0);
    expect(from.said.date < to.said.date).toBe(true);
    expect(to.said.date >= '2025-01-01').toBe(true);
    for (const s of [from, to]) expect(s.source.url).toMatch(/^https?:\/\//);
  });

  it('seed 003: knows the quotes the dataset holds, with their fidelity', () => {
    const quotes = analyzeSeed('003').quotes;
    expect(quotes.find((q) => q.text.startsWith('I wouldn’t rule'))?.known).toMatchObject({
      statementId: 'sergei-ryabkov-2025-11-22-rule-nothing-out',
      fidelity: 'trimmed',
      statement: { id: 'sergei-ryabkov-2025-11-22-rule-nothing-out', said: { date: '2025-11-22' } },
    });
    expect(quotes.find((q) => q.text === 'impressive')?.known).toBeNull();
  });

  it('seed 000: the Alaska summit card lists what was said about it before and after', () => {
    const alaska = analyzeSeed('000').cards.find((c) => c.kind === 'event' && c.id === 'alaska-summit-2025');
    expect(alaska).toMatchObject({ kind: 'event', start: '2025-08-15', place: 'Anchorage, Alaska, United States' });
    if (alaska?.kind !== 'event') throw new Error('no event card');
    expect(alaska.participants.map((p) => p.name)).toEqual(['Vladimir Putin', 'Donald Trump']);
    expect(alaska.after.length).toBeGreaterThan(0);
    for (const s of alaska.after) expect(s.said.date >= '2025-08-15').toBe(true);
  });
});
