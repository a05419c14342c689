import type { PersonCard } from '@/lib/related/card';
import { seriesBadge } from '@/lib/present/format';
import { headlineChange, roleLines, statementCount } from '@/lib/present/card-lines';
import { SeriesView } from './SeriesView';
import { StatementItem } from './StatementItem';

/** The most related statements, shown as a timeline: newest first. */
const byDate = (card: PersonCard) =>
  card.related
    .map((r) => card.statements[r.statementId]!)
    .sort((a, b) => (a.said.date < b.said.date ? 1 : a.said.date > b.said.date ? -1 : 0));

export interface PersonCardViewProps {
  card: PersonCard;
  expanded: boolean;
  onToggle: () => void;
  onReveal: () => void;
}

/** An official named in the article: role then and now, earlier statements, and how their position moved. */
export function PersonCardView({ card, expanded, onToggle, onReveal }: PersonCardViewProps) {
  const roles = roleLines(card);
  const changed = headlineChange(card);
  const dated = card.articleDate !== null;
  const relatedHeading = dated ? 'Related earlier statements' : 'Related statements, by date';
  const panelId = `card-${card.group.replace(/[^a-z0-9-]/gi, '-')}`;
  return (
    <li class="card" data-person={card.id ?? ''} data-group={card.group}>
      <div class="card-head">
        <span class="avatar" aria-hidden="true">
          {card.initials}
        </span>
        <div class="who">
          <button type="button" class="name" aria-expanded={expanded} aria-controls={panelId} onClick={onToggle}>
            <span class="label">{card.name}</span>
            <span class="chevron" aria-hidden="true">
              {expanded ? ' ▾' : ' ▸'}
            </span>
          </button>
          <div class="meta">{card.id ? roles.then : (card.title ?? 'Official')}</div>
          {card.id && roles.other && <div class="meta">{roles.other}</div>}
          <div class="meta">
            {card.id ? statementCount(card) : 'Not in the dataset yet'}
            {changed && (
              <span class={`badge ${changed.status}`}>{`${changed.topicLabel}: ${seriesBadge(changed)}`}</span>
            )}
          </div>
        </div>
        <button type="button" class="reveal" onClick={onReveal} aria-label={`Show ${card.name} in the article`}>
          Show
        </button>
      </div>
      {expanded && (
        <div id={panelId} class="card-body">
          {card.related.length > 0 && (
            // Headings, not named sections: a named section is a landmark, and every card would repeat its name.
            <section>
              <h3>{relatedHeading}</h3>
              <ol class="timeline">
                {byDate(card).map((s) => (
                  <li key={s.id}>
                    <StatementItem statement={s} />
                  </li>
                ))}
              </ol>
            </section>
          )}
          {card.series.length > 0 && (
            <section>
              <h3>Positions over time</h3>
              {card.series.slice(0, 4).map((s) => (
                <SeriesView key={`${s.topic}/${s.dimension}`} series={s} statements={card.statements} dated={dated} />
              ))}
            </section>
          )}
          {/* With none on record the head already says so; with some, none of them is about this article. */}
          {card.id && card.related.length === 0 && card.earlierCount > 0 && (
            <p class="meta">None of them is related to this article.</p>
          )}
          {!card.id && (
            <p class="meta">On Record has no statements by {card.name} yet. Flag what they said to add it.</p>
          )}
        </div>
      )}
    </li>
  );
}
