/**
 * Computes how a person's position moved on each topic dimension: consecutive statements ordered by the date said;
 * a move of 2 or more, or a change of sign, is a shift; crossing from one side of 0 to the other is a reversal.
 */
import type { Statement, Topic } from '../../data/schema';
import type { Change, Series } from './card';

const sign = (v: number) => (v > 0 ? 1 : v < 0 ? -1 : 0);

/** Classifies one step between two stance values, or null when the step is not a change. */
export function classifyStep(from: number, to: number): Change['kind'] | null {
  if (sign(from) * sign(to) < 0) return 'reversal';
  return Math.abs(to - from) >= 2 ? 'shift' : null;
}

/** Builds every (topic, dimension) series of one person's statements (already filtered by date). */
export function computeSeries(
  statements: Statement[],
  topics: Map<string, Topic>,
  relevantTopics: Set<string>,
): Series[] {
  const byKey = new Map<string, { topic: string; dimension: string; points: { s: Statement; value: number }[] }>();
  for (const s of statements) {
    for (const st of s.stances) {
      const key = `${st.topic}/${st.dimension}`;
      const entry = byKey.get(key) ?? { topic: st.topic, dimension: st.dimension, points: [] };
      entry.points.push({ s, value: st.value });
      byKey.set(key, entry);
    }
  }
  const series: Series[] = [];
  for (const { topic, dimension, points } of byKey.values()) {
    const t = topics.get(topic);
    const dim = t?.dimensions.find((d) => d.id === dimension);
    if (!t || !dim) continue;
    points.sort((a, b) =>
      a.s.said.date < b.s.said.date ? -1 : a.s.said.date > b.s.said.date ? 1 : a.s.id < b.s.id ? -1 : 1,
    );
    const changes: Change[] = [];
    let since = points[0]!.s.said.date;
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1]!;
      const b = points[i]!;
      const kind = classifyStep(a.value, b.value);
      if (!kind) continue;
      changes.push({ kind, from: a.s.id, to: b.s.id, fromValue: a.value, toValue: b.value, date: b.s.said.date });
      since = b.s.said.date;
    }
    series.push({
      topic,
      topicLabel: t.label,
      dimension,
      dimensionLabel: dim.label,
      points: points.map((p) => ({
        statementId: p.s.id,
        date: p.s.said.date,
        value: p.value,
        label: dim.scale[p.value + 2]!,
      })),
      status: changes.some((c) => c.kind === 'reversal') ? 'reversed' : changes.length > 0 ? 'shifted' : 'consistent',
      changes,
      since,
      relevant: relevantTopics.has(topic),
    });
  }
  // Series on the article's topics first, then longer series.
  return series.sort(
    (a, b) =>
      Number(b.relevant) - Number(a.relevant) || b.points.length - a.points.length || a.topic.localeCompare(b.topic),
  );
}
