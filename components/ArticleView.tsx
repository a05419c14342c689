import { useEffect, useState } from 'preact/hooks';
import type { TabAnalysis } from '@/lib/messaging/contract';
import { formatDate } from '@/lib/present/format';
import { UNKNOWN_DATE } from '@/lib/present/card-lines';
import { eventsOutsideDataset } from '@/lib/present/events-outside';
import { EventCardView } from './EventCardView';
import { OtherEventsList } from './OtherEventsList';
import { HighlightLegend } from './HighlightLegend';
import { PersonCardView } from './PersonCardView';
import { QuoteList } from './QuoteList';

/** What the reader asked to flag: a span of the article with its attributed speaker. */
export interface FlagRequest {
  start: number;
  end: number;
  speaker: { id: string | null; name: string | null };
  indirect: boolean;
}

export interface ArticleViewProps {
  data: TabAnalysis;
  onFlag: (request: FlagRequest) => void;
  /** A card to open and scroll to (from "Open in side panel" on the page). */
  focus: string | null;
  onReveal: (start: number, end: number) => void;
}

/** The article's cards, ordered by prominence, then its quotes. */
export function ArticleView({ data, focus, onReveal, onFlag }: ArticleViewProps) {
  const { analysis } = data;
  const [open, setOpen] = useState<Set<string>>(() => new Set(focus ? [focus] : []));
  useEffect(() => {
    if (!focus) return;
    setOpen((prev) => new Set([...prev, focus]));
    document.querySelector(`[data-group="${CSS.escape(focus)}"]`)?.scrollIntoView({ block: 'start' });
  }, [focus]);
  const art = analysis.article!;
  const firstMention = (group: string) => analysis.mentions.find((m) => m.group === group);
  const reveal = (group: string) => {
    const m = firstMention(group);
    if (m) onReveal(m.start, m.end);
  };
  const people = analysis.cards.filter((c) => c.kind === 'person');
  const events = analysis.cards.filter((c) => c.kind === 'event');
  const otherEvents = eventsOutsideDataset(analysis.mentions);
  const toggle = (group: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (!next.delete(group)) next.add(group);
      return next;
    });
  return (
    <>
      <header class="article">
        <h1>{art.title ?? 'Untitled article'}</h1>
        <p class="meta">
          {[art.siteName, art.publishedTime ? formatDate(art.publishedTime.slice(0, 10)) : UNKNOWN_DATE]
            .filter(Boolean)
            .join(' · ')}
        </p>
      </header>
      <HighlightLegend />
      <section aria-labelledby="officials-h">
        <h2 id="officials-h">Officials ({people.length})</h2>
        {people.length === 0 && <p class="meta">No officials found in this article.</p>}
        <ul class="cards" data-testid="officials">
          {people.map((c) => (
            <PersonCardView
              key={c.group}
              card={c}
              expanded={open.has(c.group)}
              onToggle={() => toggle(c.group)}
              onReveal={() => reveal(c.group)}
            />
          ))}
        </ul>
      </section>
      {events.length + otherEvents.length > 0 && (
        <section aria-labelledby="events-h">
          <h2 id="events-h">Events ({events.length + otherEvents.length})</h2>
          {events.length > 0 && (
            <ul class="cards" data-testid="events">
              {events.map((c) => (
                <EventCardView key={c.group} card={c} onReveal={() => reveal(c.group)} />
              ))}
            </ul>
          )}
          <OtherEventsList events={otherEvents} onReveal={onReveal} />
        </section>
      )}
      <section aria-labelledby="quotes-h">
        <h2 id="quotes-h">Quotes in this article ({analysis.quotes.length})</h2>
        <QuoteList
          quotes={analysis.quotes}
          onReveal={onReveal}
          onFlag={(q) => onFlag({ start: q.start, end: q.end, speaker: q.speaker, indirect: false })}
        />
      </section>
      {analysis.statements.length > 0 && (
        <section aria-labelledby="reported-h">
          <h2 id="reported-h">Reported statements ({analysis.statements.length})</h2>
          <ul class="quotes" data-testid="reported">
            {analysis.statements.map((st) => (
              <li key={st.start}>
                <button type="button" class="quote" onClick={() => onReveal(st.start, st.end)}>
                  {st.text}
                </button>
                <div class="meta">— {st.speaker.name}</div>
                <div class="actions">
                  <button
                    type="button"
                    class="link"
                    onClick={() => onFlag({ start: st.start, end: st.end, speaker: st.speaker, indirect: true })}
                  >
                    Flag as new statement
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
