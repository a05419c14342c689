import type { Statement } from '@/data/schema';
import type { Card, PersonCard } from '@/lib/related/card';
import { clip, formatDate, seriesBadge, sourceLink, statementWords } from '@/lib/present/format';
import { headlineChange, roleLines } from '@/lib/present/card-lines';

export interface HoverCardProps {
  card: Card;
  onOpenPanel: () => void;
  /** Why the panel did not open and how to open it, after "Open in side panel" failed; null otherwise. */
  notice?: string | null;
}

/** A statement's words, its date and its source; a translation says so instead of standing in quotation marks. */
function TopStatement({ statement: s }: { statement: Statement }) {
  const href = sourceLink(s);
  return (
    <blockquote>
      {s.words.translation && <p class="tag">Translation, not the speaker’s own words</p>}
      <p class="words">{clip(statementWords(s), 220)}</p>
      <div class="source">
        {formatDate(s.said.date, s.said.precision)} ·{' '}
        {href ? (
          <a href={href} target="_blank" rel="noreferrer noopener">
            {s.source.publisher}
          </a>
        ) : (
          s.source.publisher
        )}
      </div>
    </blockquote>
  );
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
      {top && <TopStatement statement={top} />}
      {card.id && !top && <p class="muted">No {card.articleDate ? 'earlier ' : ''}statements on record.</p>}
    </>
  );
}

/**
 * The small card shown when hovering or focusing a highlighted name: who, role then, the most related statement.
 * It takes focus when opened from the keyboard (tabIndex -1 lets the dialog itself hold it).
 */
export function HoverCard({ card, onOpenPanel, notice = null }: HoverCardProps) {
  return (
    <div class="card" role="dialog" aria-label={`On Record: ${card.name}`} tabIndex={-1}>
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
      {/* Always there, so a screen reader announces the notice when it fills in. */}
      <p class={notice ? 'notice' : 'notice empty'} role="status">
        {notice}
      </p>
    </div>
  );
}
