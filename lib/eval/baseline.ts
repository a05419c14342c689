/**
 * The regression gate's baseline: which items it covers, every figure measured on them, and every labelled unit the
 * engine got right. Items added after the baseline was written are measured but not gated until it is rewritten.
 */
import { z } from 'zod';
import type { Figure, Figures } from './figures';
import type { EvalResult } from './run-eval';

const figure = z.object({
  found: z.number(),
  missed: z.number(),
  right: z.number(),
  wrong: z.number(),
  precision: z.number().nullable(),
  recall: z.number().nullable(),
  f1: z.number().nullable(),
});

export const baselineSchema = z.object({
  measured: z.string(),
  items: z.array(z.string()),
  figures: z.record(z.string(), z.record(z.string(), figure)),
  right: z.array(z.string()),
});
export type Baseline = z.infer<typeof baselineSchema>;

/** Parses the baseline file's text; a bad file is an Error saying where. */
export function parseBaseline(json: string, where: string): Baseline {
  const parsed = baselineSchema.safeParse(JSON.parse(json));
  if (!parsed.success)
    throw new Error(`${where}: ${parsed.error.issues[0]!.path.join('.')}: ${parsed.error.issues[0]!.message}`);
  return parsed.data;
}

/** The baseline of a result (figures kept to 4 decimals so the file stays readable). */
export function makeBaseline(r: EvalResult, measured: string): Baseline {
  const round = (x: number | null) => (x === null ? null : Math.round(x * 1e4) / 1e4);
  const figures: Baseline['figures'] = {};
  for (const [g, stages] of Object.entries(r.figures)) {
    figures[g] = {};
    for (const [s, f] of Object.entries(stages) as [string, Figure][])
      figures[g][s] = { ...f, precision: round(f.precision), recall: round(f.recall), f1: round(f.f1) };
  }
  const right = r.units.filter((u) => u.side === 'label' && u.right).map((u) => u.key);
  return { measured, items: r.items.map((i) => i.id), figures, right: right.sort() };
}

const METRICS = ['precision', 'recall', 'f1'] as const;

/** What got worse than the baseline: each figure that fell and each unit that was right and is not now. */
export function regressions(base: Baseline, now: Figures, r: EvalResult): string[] {
  const out: string[] = [];
  for (const [g, stages] of Object.entries(base.figures))
    for (const [s, b] of Object.entries(stages))
      for (const m of METRICS) {
        const was = b[m];
        const is = (now[g] as Record<string, Figure> | undefined)?.[s]?.[m] ?? null;
        // Baseline figures are rounded to 4 decimals: a fall smaller than that is the rounding, not the engine.
        if (was !== null && (is === null || is < was - 5e-5))
          out.push(`${g} ${s} ${m}: ${is === null ? 'no figure' : is.toFixed(4)} < baseline ${was.toFixed(4)}`);
      }
  const rightNow = new Set(r.units.filter((u) => u.side === 'label' && u.right).map((u) => u.key));
  const byKey = new Map(r.units.map((u) => [u.key, u]));
  for (const key of base.right)
    if (!rightNow.has(key)) {
      const u = byKey.get(key);
      out.push(`was right, now wrong: ${key}${u ? ` (got: ${u.got ?? 'nothing'})` : ' (no longer measured)'}`);
    }
  return out;
}

/** The items a baseline covers, and the ids it names that are no longer among the items. */
export function baselineItems<T extends { id: string }>(base: Baseline, items: T[]): { items: T[]; missing: string[] } {
  const ids = new Set(base.items);
  const have = new Set(items.map((i) => i.id));
  return { items: items.filter((i) => ids.has(i.id)), missing: base.items.filter((id) => !have.has(id)) };
}
