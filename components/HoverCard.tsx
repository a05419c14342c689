import type { Card, PersonCard } from '@/lib/related/card';
import { clip, formatDate, seriesBadge, statementWords } from '@/lib/present/format';
import { headlineChange, roleLines } from '@/lib/present/card-lines';

export interface HoverCardProps {
  card: Card;
  onOpenPanel: () => void;
}

function PersonBody({ card }: { card: PersonCard }) {
  const top = card.related[0] ? card.statements[card.related[0].statementId] : undefined;
  const changed = headlineChange(card);
  const roles = roleLines(card);
  return (
    <>
      <div class="role">{card.id ? roles.then : (card.title ?? 'Official')}</div>
      {card.id && roles.other && <div class="role">{roles.other}</div>}
      {!card.id && (
        <p class="muted">Not in On Record’s dataset yet. You can flag what they said from the side panel.</p>
      )}
      {changed && (
        <p class="badge" title={`${changed.topicLabel}: ${changed.dimensionLabel}`}>
          {changed.topicLabel}: {seriesBadge(changed)}
        </p>
      )}
      {top && (
        <blockquote>
          <p class="words">{clip(statementWords(top), 220)}</p>
          <footer role="none">
            {formatDate(top.said.date, top.said.precision)} · {top.source.publisher}
          </footer>
        </blockquote>
      )}
      {card.id && !top && <p class="muted">No {card.articleDate ? 'earlier ' : ''}statements on record.</p>}
    </>
  );
}

/** The small card shown when hovering or focusing a highlighted name: who, role then, the most related statement. */
export function HoverCard({ card, onOpenPanel }: HoverCardProps) {
  return (
    <div class="card" role="dialog" aria-label={`On Record: ${card.name}`}>
      <div class="head">
        {card.kind === 'person' && (
          <span class="avatar" aria-hidden="true">
            {card.initials}
          </span>
        )}
        <strong>{card.name}</strong>
      </div>
      {card.kind === 'person' ? (
        <PersonBody card={card} />
      ) : (
        <div class="role">
          {formatDate(card.start)} · {card.place}
          {card.status !== 'held' ? ` · ${card.status}` : ''}
        </div>
      )}
      <button type="button" onClick={onOpenPanel}>
        Open in side panel
      </button>
    </div>
  );
}
