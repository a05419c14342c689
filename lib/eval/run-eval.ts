/** Loads the labelled items, runs the engine on each and scores what it reported. */
import { join } from 'node:path';
import { parseDataset } from '../dataset/dataset';
import { DATA_DIR, assembleDataset, readDatasetFiles } from '../dataset/read-dataset';
import { createEngine } from '../engine/create-engine';
import { computeFigures, type Figures } from './figures';
import type { EvalItem } from './item';
import { loadPages } from './load-pages';
import { loadPolnearCheckout, loadPolnearFixtures } from './load-polnear';
import { runEngine } from './run-engine';
import { scorePeople } from './score-people';
import { scoreQuotes } from './score-quotes';
import { UnitList, type Unit } from './unit';

export const EVAL_DIR = new URL('../../test/fixtures/eval/', import.meta.url).pathname;

export interface EvalResult {
  items: EvalItem[];
  units: Unit[];
  figures: Figures;
  /** Items the engine did not read as articles, with its reason. */
  notArticles: { item: string; reason: string }[];
}

/** The committed items (labelled pages and the PolNeAR dev subset); with `polnearDir`, every train and dev article of that checkout instead of the subset. */
export function loadItems(opts: { evalDir?: string; polnearDir?: string } = {}): EvalItem[] {
  const dir = opts.evalDir ?? EVAL_DIR;
  const polnear = opts.polnearDir ? loadPolnearCheckout(opts.polnearDir) : loadPolnearFixtures(join(dir, 'polnear'));
  return [...loadPages(join(dir, 'pages')), ...polnear];
}

/** Runs the engine (on the dataset in `data/`) over the items and scores them. */
export function runEval(items: EvalItem[], dataDir = DATA_DIR): EvalResult {
  const engine = createEngine(parseDataset(assembleDataset(readDatasetFiles(dataDir))));
  const units: Unit[] = [];
  const notArticles: EvalResult['notArticles'] = [];
  for (const item of items) {
    const analysis = runEngine(engine, item);
    if (!analysis.article) notArticles.push({ item: item.id, reason: analysis.notArticle ?? 'not an article' });
    const list = new UnitList(item.id);
    scorePeople(item.labels, analysis, list);
    scoreQuotes(item.labels, analysis, list);
    units.push(...list.units);
  }
  return { items, units, figures: computeFigures(items, units), notArticles };
}
