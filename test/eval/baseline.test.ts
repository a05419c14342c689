import { describe, expect, it } from 'vitest';
import { baselineItems, makeBaseline, regressions } from '../../lib/eval/baseline';
import { computeFigures } from '../../lib/eval/figures';
import type { EvalItem } from '../../lib/eval/item';
import { parseLabels } from '../../lib/eval/labels';
import type { EvalResult } from '../../lib/eval/run-eval';
import { UnitList } from '../../lib/eval/unit';

const labels = parseLabels(
  JSON.stringify({
    source: { url: 'u', publisher: 'p', published: null, obtained: 'o', licence: 'l', markup: 'original' },
    language: 'en',
    kind: 'wire',
    quotes: [],
  }),
  'x.labels.json',
);
const item: EvalItem = { id: 'pages/a', source: 'pages', input: { kind: 'text', content: '', url: null }, labels };

/** A result in which the engine found the given quotes of the labels "one" and "two". */
function result(found: { one: boolean; two: boolean }): EvalResult {
  const list = new UnitList(item.id);
  list.add('quotes', 'label', found.one, 'one', found.one ? 'one' : null);
  list.add('quotes', 'label', found.two, 'two', found.two ? 'two' : null);
  const units = list.units;
  return { items: [item], units, figures: computeFigures([item], units), notArticles: [] };
}

describe('evaluation baseline', () => {
  const base = makeBaseline(result({ one: true, two: false }), '2026-12-02');

  it('passes when nothing got worse, and when something got better', () => {
    for (const r of [result({ one: true, two: false }), result({ one: true, two: true })])
      expect(regressions(base, r.figures, r)).toEqual([]);
  });

  it('names the figure that fell and the item that was right and is now wrong', () => {
    const r = result({ one: false, two: true });
    const worse = regressions(base, r.figures, r);
    expect(worse).toEqual(['was right, now wrong: pages/a quotes label one (got: nothing)']);
    const r2 = result({ one: false, two: false });
    expect(regressions(base, r2.figures, r2)).toContain('all quotes recall: 0.0000 < baseline 0.5000');
  });

  it('gates only the items it was written on, and says which are gone', () => {
    const other = { ...item, id: 'pages/b' };
    expect(baselineItems(base, [other, item])).toEqual({ items: [item], missing: [] });
    expect(baselineItems(base, [other]).missing).toEqual(['pages/a']);
  });

  it('rejects a labels file with a clear message naming the file and field', () => {
    expect(() => parseLabels('{"language":"xx"}', 'p.labels.json')).toThrow(/^p\.labels\.json: source: /);
    expect(() => parseLabels('{', 'p.labels.json')).toThrow(/^p\.labels\.json: not valid JSON/);
  });
});
