import type { Mention } from '@/lib/mentions/mention';

export interface OtherEventsListProps {
  /** Events outside the dataset, one per group (`eventsOutsideDataset`). */
  events: Mention[];
  onReveal: (start: number, end: number) => void;
}

/** Events the article names or describes that the dataset does not hold: their words and who took part, no card. */
export function OtherEventsList({ events, onReveal }: OtherEventsListProps) {
  if (events.length === 0) return null;
  return (
    <ul class="other-events" data-testid="other-events">
      {events.map((e) => (
        <li key={e.group}>
          <button type="button" class="event-words" onClick={() => onReveal(e.start, e.end)}>
            {e.name}
          </button>
          <div class="meta">
            {e.participants?.length ? `With ${e.participants.map((p) => p.name).join(', ')} · ` : ''}
            Not in On Record’s dataset yet
          </div>
        </li>
      ))}
    </ul>
  );
}
