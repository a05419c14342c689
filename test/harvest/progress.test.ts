import { describe, expect, it } from 'vitest';
import { createProgress } from '../../lib/harvest/progress';

function sink() {
  const writes: string[] = [];
  return { stream: { write: (s: string) => writes.push(s) > 0 } as unknown as NodeJS.WriteStream, writes };
}
const stats = (pages: number) => ({ pages, resumed: 2, candidates: 3 * pages, unreadable: 1, fraction: 0.5 });

describe('harvest progress', () => {
  it('draws a bar in place on a terminal, with pages per second, and puts page notes above it', () => {
    const { stream, writes } = sink();
    const p = createProgress(stream, true);
    p.update(stats(10));
    // The line starts by returning the cursor and clearing the line (ESC [2K), then the bar.
    expect(writes.at(-1)!.startsWith('\r\x1b[2K')).toBe(true);
    expect(writes.at(-1)!.slice(5)).toMatch(
      /^\[#{12}-{12}\] 50% 10 pages \(\+2 read before\) · [\d.]+ pages\/s · 30 candidates · 1 unreadable · \d+ MB$/,
    );
    p.note('data:harvest: unreadable: x.html: it is not text');
    expect(writes.slice(-2)).toEqual(['\r\x1b[2K', 'data:harvest: unreadable: x.html: it is not text\n']);
    p.finish(stats(12));
    expect(writes.at(-1)).toMatch(/^data:harvest: 12 pages .* in [\d.]+ s\n$/);
  });

  it('writes plain lines at most every interval elsewhere (a pipe, CI)', () => {
    const { stream, writes } = sink();
    const p = createProgress(stream, false, 60_000);
    p.update(stats(1));
    p.update(stats(2));
    p.update(stats(3));
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatch(/^data:harvest: 1 pages \(\+2 read before\) · [\d.]+ pages\/s .*\n$/);
    expect(writes.join('')).not.toContain('\r');
  });
});
