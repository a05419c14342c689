import type { TabAnalysis } from '@/lib/messaging/contract';
import { groupMentions } from '@/lib/panel/group-mentions';

export interface FindingsProps {
  data: TabAnalysis;
}

/** Lists the officials, events and quotes found in one tab's article. */
export function Findings({ data }: FindingsProps) {
  const { analysis } = data;
  if (!analysis.article) {
    return <p class="state">This page does not look like an article ({analysis.notArticle ?? 'no reason given'}).</p>;
  }
  const { people, events } = groupMentions(analysis.mentions);
  const art = analysis.article;
  return (
    <>
      <header>
        <h1>{art.title ?? 'Untitled article'}</h1>
        <p class="meta">{[art.siteName, art.publishedTime?.slice(0, 10)].filter(Boolean).join(' · ')}</p>
      </header>
      <section aria-labelledby="officials-h">
        <h2 id="officials-h">Officials ({people.length})</h2>
        {people.length === 0 && <p class="state">No officials found in this article.</p>}
        <ul data-testid="officials">
          {people.map((p) => (
            <li class="item" key={p.group} data-person={p.id ?? ''}>
              <span class="name">{p.name}</span>
              {!p.id && <span class="badge">not in the dataset yet</span>}
              {p.title && <div class="meta">{p.title}</div>}
              <div class="meta">
                {p.count} mention{p.count === 1 ? '' : 's'}
              </div>
            </li>
          ))}
        </ul>
      </section>
      {events.length > 0 && (
        <section aria-labelledby="events-h">
          <h2 id="events-h">Events ({events.length})</h2>
          <ul data-testid="events">
            {events.map((e) => (
              <li class="item" key={e.group} data-event={e.id ?? ''}>
                <span class="name">{e.name}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="quotes-h">
        <h2 id="quotes-h">Quotes ({analysis.quotes.length})</h2>
        <ul data-testid="quotes">
          {analysis.quotes.map((q) => (
            <li class="item" key={q.start}>
              “{q.text}”<div class="meta">— {q.speaker.name ?? 'speaker not named'}</div>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
