import { useEffect, useState } from 'preact/hooks';
import type { DatasetStats } from '@/lib/dataset/stats';
import type { FeedState, TabFeed } from '@/lib/panel/tab-feed';
import { AboutData } from './AboutData';
import { ArticleView } from './ArticleView';

export interface AppProps {
  feed: TabFeed;
  loadStats: () => Promise<DatasetStats | null>;
  onReveal: (tabId: number, start: number, end: number) => void;
}

type View = 'article' | 'about';

/** The side panel: the active tab's article with its cards, or why there is nothing to show; and About the data. */
export function App({ feed, loadStats, onReveal }: AppProps) {
  const [state, setState] = useState<FeedState>({ kind: 'loading' });
  const [view, setView] = useState<View>('article');
  const [stats, setStats] = useState<DatasetStats | null>(null);
  useEffect(() => feed.subscribe(setState), [feed]);
  useEffect(() => {
    if (view === 'about' && !stats) void loadStats().then(setStats);
  }, [view, stats, loadStats]);
  return (
    <>
      <div class="tabs" role="tablist" aria-label="On Record">
        <button type="button" role="tab" aria-selected={view === 'article'} onClick={() => setView('article')}>
          This article
        </button>
        <button type="button" role="tab" aria-selected={view === 'about'} onClick={() => setView('about')}>
          About the data
        </button>
      </div>
      <main aria-live="polite" aria-busy={state.kind === 'loading'}>
        {view === 'about' && <AboutData stats={stats} />}
        {view === 'article' && <StateView state={state} onReveal={onReveal} />}
      </main>
    </>
  );
}

function StateView({ state, onReveal }: { state: FeedState; onReveal: AppProps['onReveal'] }) {
  switch (state.kind) {
    case 'loading':
      return <p class="state">Loading…</p>;
    case 'no-tab':
      return <p class="state">Open a news article to see who said what before.</p>;
    case 'waiting':
      return (
        <p class="state">
          Nothing read on this tab yet. If it is an article, reload the page, or click the On Record button if it runs
          only on click. Pages listed under “Sites where On Record never runs” in the options are skipped.
        </p>
      );
    case 'error':
      return (
        <p class="state" role="alert">
          Something went wrong: {state.message}. Reload the page to try again.
        </p>
      );
    case 'ready': {
      const { analysis } = state.data;
      if (!analysis.article)
        return (
          <p class="state">
            This page does not look like a news article ({analysis.notArticle ?? 'no reason given'}), so there is
            nothing to show.
          </p>
        );
      if (analysis.mentions.length === 0 && analysis.quotes.length === 0)
        return (
          <p class="state">
            No officials, events or quotes that On Record knows were found in “
            {analysis.article.title ?? 'this article'}”.
          </p>
        );
      return (
        <ArticleView data={state.data} focus={state.focus} onReveal={(s, e) => onReveal(state.data.tabId, s, e)} />
      );
    }
  }
}
