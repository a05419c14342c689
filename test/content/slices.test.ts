/**
 * Page work in slices: reading the article and anchoring its spans pause between steps, so neither is one long task
 * on the page, and the result is the same as without pauses. (How long the slices take is measured in the browser
 * by `npm run bench:pages`; here, that the work is split and that splitting changes nothing.)
 */
import { describe, expect, it } from 'vitest';
import { anchorAnalysis, type Anchored } from '../../lib/content/anchor-analysis';
import type { Slicer } from '../../lib/content/slicer';
import { extractArticle, extractArticleInSteps } from '../../lib/extract/extract-article';
import { htmlDocument, readFixture, realEngine } from '../helpers';

/** A slicer that counts its pauses; `every` items make a slice; it cancels after `cancelAfter` pauses. */
function countingSlicer(every: number, cancelAfter = Infinity): Slicer & { pauses: number } {
  let items = 0;
  const s = {
    pauses: 0,
    due: () => ++items % every === 0,
    pause: async () => ++s.pauses <= cancelAfter,
  };
  return s;
}

const spansOf = (a: Anchored[]) => a.map((x) => `${x.kind}:${x.start}-${x.end}:${x.range.toString()}`);

describe('page work in slices', () => {
  const doc = () => htmlDocument(readFixture('pages/seed-003.html'));

  it('reads the article in steps with a pause between each, and reads the same article as in one go', async () => {
    let pauses = 0;
    const stepped = await extractArticleInSteps(doc(), undefined, async () => pauses++);
    expect(pauses).toBeGreaterThanOrEqual(4);
    expect(stepped).toEqual(extractArticle(doc()));
  });

  it('anchors spans in reading order, one slice at a time, and places the same ranges as in one slice', async () => {
    const page = doc();
    const read = extractArticle(page);
    if (read.kind !== 'article') throw new Error('seed 003 is an article');
    const analysis = realEngine().engine.analyze(read);
    const slices: Anchored[][] = [];
    const sliced = countingSlicer(1);
    const one = await anchorAnalysis(page.body, read.article.text, analysis, sliced, (b) => slices.push(b));
    const whole = await anchorAnalysis(page.body, read.article.text, analysis, countingSlicer(Infinity), () => {});
    expect(one.complete).toBe(true);
    expect(one.anchored.length).toBeGreaterThan(10);
    // Every item was its own slice, with a pause after it (and one after reading the page's text).
    expect(sliced.pauses).toBeGreaterThanOrEqual(one.anchored.length);
    expect(slices.flat()).toEqual(one.anchored);
    expect(spansOf(one.anchored)).toEqual(spansOf(whole.anchored));
    const starts = one.anchored.map((a) => a.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('stops when the session is gone, with what it had placed', async () => {
    const page = doc();
    const read = extractArticle(page);
    if (read.kind !== 'article') throw new Error('seed 003 is an article');
    const analysis = realEngine().engine.analyze(read);
    const r = await anchorAnalysis(page.body, read.article.text, analysis, countingSlicer(1, 3), () => {});
    expect(r.complete).toBe(false);
    // Pauses 1–3 (after the page text, items 1 and 2) went on; the fourth, after item 3, found it cancelled.
    expect(r.anchored.length).toBe(3);
  });
});
