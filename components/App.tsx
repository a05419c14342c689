import { useEffect, useState } from 'preact/hooks';
import type { FeedState, TabFeed } from '@/lib/panel/tab-feed';
import { Findings } from './Findings';

export interface AppProps {
  feed: TabFeed;
}

/** The side panel: what On Record found on the active tab, or why there is nothing to show. */
export function App({ feed }: AppProps) {
  const [state, setState] = useState<FeedState>({ kind: 'loading' });
  useEffect(() => feed.subscribe(setState), [feed]);
  return (
    <main aria-live="polite">
      {state.kind === 'loading' && <p class="state">Loading…</p>}
      {state.kind === 'no-tab' && <p class="state">Open a news article to see its sources.</p>}
      {state.kind === 'waiting' && <p class="state">Reading this page… (reload the page if this stays.)</p>}
      {state.kind === 'error' && (
        <p class="state" role="alert">
          Something went wrong: {state.message}. Reload the page to try again.
        </p>
      )}
      {state.kind === 'ready' && <Findings data={state.data} />}
    </main>
  );
}
