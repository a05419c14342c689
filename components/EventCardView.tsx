import type { EventCard } from '@/lib/related/card';
import { formatDate } from '@/lib/present/format';
import { StatementItem } from './StatementItem';

export interface EventCardViewProps {
  card: EventCard;
  onReveal: () => void;
}

/** An event named in the article: when and where, who took part, and what was said before and after it. */
export function EventCardView({ card, onReveal }: EventCardViewProps) {
  const when = card.start === card.end ? formatDate(card.start) : `${formatDate(card.start)} – ${formatDate(card.end)}`;
  return (
    <li class="card event" data-event={card.id}>
      <div class="card-head">
        <div class="who">
          <button type="button" class="name" onClick={onReveal}>
            {card.name}
          </button>
          <div class="meta">
            {card.status === 'held' ? when : `${card.status} (announced ${formatDate(card.start)})`} · {card.place}
          </div>
          {card.participants.length > 0 && (
            <div class="meta">With {card.participants.map((p) => p.name).join(', ')}</div>
          )}
        </div>
      </div>
      <div class="card-body">
        {card.before.length > 0 && (
          <section>
            <h3>Before</h3>
            {card.before.map((s) => (
              <StatementItem key={s.id} statement={s} />
            ))}
          </section>
        )}
        {card.after.length > 0 && (
          <section>
            <h3>After</h3>
            {card.after.map((s) => (
              <StatementItem key={s.id} statement={s} />
            ))}
          </section>
        )}
      </div>
    </li>
  );
}
