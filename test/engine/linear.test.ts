import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../lib/extract/extract-plain-text';
import { readFixture, realEngine } from '../helpers';

const { engine } = realEngine();
// News prose (quotes, names, titles, paragraphs) and one long line with no paragraph break, in equal parts.
const seed = readFixture('seeds/seed-003.txt');
const line = 'Ryabkov said “we are ready” and Prime Minister Habib Essid agreed that talks continue, '.repeat(30);
const unit = `${seed}\n\n${line}\n\n`;
const textOf = (chars: number) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

/** The fastest of `runs` analyses of each text, measured in turn so that a busy machine slows both alike. */
function fastest(texts: string[], runs: number): number[] {
  const best = texts.map(() => Infinity);
  for (let r = 0; r < runs; r++)
    texts.forEach((text, i) => {
      const t = performance.now();
      engine.analyze(extractPlainText(text));
      best[i] = Math.min(best[i]!, performance.now() - t);
    });
  return best;
}

describe('the engine is linear in the text', () => {
  it('takes at most ~1.5x the time per character at 2 MB as at 0.5 MB, and finds 4x as much', () => {
    const small = textOf(500_000);
    const large = textOf(2_000_000);
    const a = engine.analyze(extractPlainText(small));
    const b = engine.analyze(extractPlainText(large));
    // The same kind of text four times over: four times the names and quotes (give or take the cut at the end).
    // Mentions found, not only those reported (the engine reports at most 500 per name).
    const found = (x: typeof a) => x.article?.mentionLimit?.found ?? x.mentions.length;
    expect(found(b) / found(a)).toBeCloseTo(4, 1);
    expect(b.quotes.length / a.quotes.length).toBeCloseTo(4, 1);
    expect(b.statements.length / a.statements.length).toBeCloseTo(4, 1);
    // Linear work gives a ratio near 4 (up to ~5 with the garbage collector's share); any stage that grows with the
    // square of the text gives 16 or more (before this test, 50). The shape is measured, not a wall clock.
    const [tSmall, tLarge] = fastest([small, large], 3);
    expect(tLarge! / tSmall!).toBeLessThan(6);
  }, 600_000);
});
