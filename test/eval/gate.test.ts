/** The regression gate: the engine on the committed labelled items must do no worse than the committed baseline. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baselineItems, parseBaseline, regressions } from '../../lib/eval/baseline';
import { EVAL_DIR, loadItems, runEval } from '../../lib/eval/run-eval';

const BASELINE = join(EVAL_DIR, 'baseline.json');

describe('evaluation gate', () => {
  it('no figure falls below the baseline and no item that was right is now wrong', () => {
    const base = parseBaseline(readFileSync(BASELINE, 'utf8'), BASELINE);
    const { items, missing } = baselineItems(base, loadItems());
    expect(missing, 'items the baseline covers that are gone').toEqual([]);
    const result = runEval(items);
    expect(regressions(base, result.figures, result)).toEqual([]);
  }, 120_000);
});
