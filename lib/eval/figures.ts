/** Precision, recall and F1 per stage and per group of items (all, each source, each language), from the units. */
import type { EvalItem } from './item';
import type { Stage, Unit } from './unit';

export interface Figure {
  found: number;
  missed: number;
  right: number;
  wrong: number;
  /** Right among reported (null when nothing was reported). */
  precision: number | null;
  /** Found among labelled; for speakers this is the accuracy (null when nothing is labelled). */
  recall: number | null;
  f1: number | null;
}

export type Figures = Record<string, Partial<Record<Stage, Figure>>>;

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

function figure(units: Unit[]): Figure {
  const count = (side: Unit['side'], right: boolean) =>
    units.filter((u) => u.side === side && u.right === right).length;
  const [found, missed, right, wrong] = [
    count('label', true),
    count('label', false),
    count('report', true),
    count('report', false),
  ];
  const precision = ratio(right, right + wrong);
  const recall = ratio(found, found + missed);
  const f1 =
    precision === null || recall === null || precision + recall === 0
      ? null
      : (2 * precision * recall) / (precision + recall);
  return { found, missed, right, wrong, precision, recall, f1 };
}

/** The groups an item belongs to: "all", "source:<source>", "lang:<language>". */
export function groupsOf(item: EvalItem): string[] {
  return ['all', `source:${item.source}`, `lang:${item.labels.language}`];
}

/** Figures for every group and stage that has at least one unit. */
export function computeFigures(items: EvalItem[], units: Unit[]): Figures {
  const groupOf = new Map(items.map((i) => [i.id, groupsOf(i)]));
  const byGroup = new Map<string, Map<Stage, Unit[]>>();
  for (const u of units)
    for (const g of groupOf.get(u.item) ?? []) {
      const stages = byGroup.get(g) ?? new Map<Stage, Unit[]>();
      byGroup.set(g, stages);
      stages.set(u.stage, [...(stages.get(u.stage) ?? []), u]);
    }
  const out: Figures = {};
  for (const [g, stages] of byGroup) {
    out[g] = {};
    for (const [s, us] of stages) out[g][s] = figure(us);
  }
  return out;
}
