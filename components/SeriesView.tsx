import type { Statement } from '@/data/schema';
import type { Series } from '@/lib/related/card';
import { formatDate, seriesBadge } from '@/lib/present/format';
import { StatementItem } from './StatementItem';

export interface SeriesViewProps {
  series: Series;
  statements: Record<string, Statement>;
  /** False when the article's date is unknown: no "since" or change badge, and the pair is labelled by order. */
  dated: boolean;
}

/** A person's stance on one topic over time, with a neutral badge and the then → now pair for each change. */
export function SeriesView({ series, statements, dated }: SeriesViewProps) {
  const last = series.changes.at(-1);
  return (
    // No accessible name: a named section is a landmark, and every card has one of these per topic.
    <section class="series">
      <div class="series-head">
        <span class="topic">{series.topicLabel}</span>
        <span class="dimension"> · {series.dimensionLabel}</span>
        {dated && <span class={`badge ${series.status}`}>{seriesBadge(series)}</span>}
      </div>
      <ol class="points" aria-label="Stances in order">
        {series.points.map((p) => (
          <li key={p.statementId} title={p.label}>
            <span class="point-date">{formatDate(p.date, 'month')}</span> {p.label}
          </li>
        ))}
      </ol>
      {last && statements[last.from] && statements[last.to] && (
        <div class="then-now" data-testid="then-now">
          <div>
            <div class="label">{dated ? 'Then' : 'Before'}</div>
            <StatementItem statement={statements[last.from]!} />
          </div>
          <div aria-hidden="true" class="arrow">
            →
          </div>
          <div>
            <div class="label">{dated ? 'Now' : 'After'}</div>
            <StatementItem statement={statements[last.to]!} />
          </div>
        </div>
      )}
    </section>
  );
}
