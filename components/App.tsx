import { useCallback, useEffect, useState } from 'preact/hooks';
import type { DatasetStats } from '@/lib/dataset/stats';
import type { Flag } from '@/lib/flags/annotation';
import type { FlagFormValues } from '@/lib/flags/build-flag';
import type { FlagDraft } from '@/lib/flags/draft';
import type { FlagApi, FlagChoices, FlagListing } from '@/lib/panel/flag-api';
import type { FeedState, TabFeed } from '@/lib/panel/tab-feed';
import { AboutData } from './AboutData';
import { ArticleView, type FlagRequest } from './ArticleView';
import { FlagForm } from './FlagForm';
import { FlagsManager } from './FlagsManager';
import { PanelTabs } from './PanelTabs';

export interface AppProps {
  feed: TabFeed;
  flags: FlagApi;
  loadStats: () => Promise<DatasetStats | null>;
  onReveal: (tabId: number, start: number, end: number) => void;
}

type View = 'article' | 'flagged' | 'about';
type Editing = { draft: FlagDraft; existing?: { flag: Flag; values: FlagFormValues } };

/** The side panel: the active tab's article with its cards, the reader's flags, and About the data. */
export function App({ feed, flags, loadStats, onReveal }: AppProps) {
  const [state, setState] = useState<FeedState>({ kind: 'loading' });
  const [view, setView] = useState<View>('article');
  const [stats, setStats] = useState<DatasetStats | null>(null);
  const [listing, setListing] = useState<FlagListing | null>(null);
  const [choices, setChoices] = useState<FlagChoices | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  // A notice about one flag ("Flag saved") goes once that flag is no longer listed (deleted here or elsewhere).
  // `listed` turns true once the list has shown it, since the list may not have caught up when the notice is made.
  const [notice, setNotice] = useState<{ text: string; flagId: string | null; listed?: boolean } | null>(null);
  const tabId =
    state.kind === 'ready'
      ? state.data.tabId
      : state.kind === 'waiting' || state.kind === 'not-kept'
        ? state.tabId
        : null;

  const refreshFlags = useCallback(
    () => void flags.list().then(setListing, (e: Error) => setNotice({ text: e.message, flagId: null })),
    [flags],
  );
  const openForm = useCallback(
    (e: Editing) => {
      setEditing(e);
      if (!choices) void flags.choices().then(setChoices, () => {});
    },
    [flags, choices],
  );
  // A draft left by "Flag as statement…" in the page's context menu.
  const takeDraft = useCallback(() => {
    if (tabId !== null)
      void flags.takeDraft(tabId).then(
        (d) => d && openForm({ draft: d }),
        () => {},
      );
  }, [flags, tabId, openForm]);

  useEffect(() => feed.subscribe(setState), [feed]);
  useEffect(() => {
    if (!listing || !notice?.flagId) return;
    const listed = listing.flags.some((f) => f.id === notice.flagId);
    if (listed && !notice.listed) setNotice({ ...notice, listed: true });
    else if (!listed && notice.listed) setNotice(null);
  }, [listing, notice]);
  useEffect(() => {
    if (view === 'about' && !stats) void loadStats().then(setStats);
  }, [view, stats, loadStats]);
  useEffect(() => {
    refreshFlags();
    takeDraft();
    return flags.onChange(() => {
      refreshFlags();
      takeDraft();
    });
  }, [flags, refreshFlags, takeDraft]);

  const flagSpan = async (r: FlagRequest) => {
    if (state.kind !== 'ready') return;
    try {
      const page = await flags.describe(state.data.tabId, r.start, r.end);
      const topics = state.data.analysis.topics.slice(0, 3).map((t) => t.topic);
      openForm({ draft: { ...page, speaker: r.speaker, indirect: r.indirect, topics } });
    } catch (e) {
      setNotice({ text: e instanceof Error ? e.message : String(e), flagId: null });
    }
  };
  const save = async (flag: Flag) => {
    const { problem } = await flags.save(flag);
    setEditing(null);
    setNotice({
      text: `Flag saved: ${flag.body.statement.personName}, “${flag.body.statement.words.text.slice(0, 60)}…”. It is listed under Flagged.${problem ? ` ${problem}` : ''}`,
      flagId: flag.id,
    });
  };

  const tabs = [
    { id: 'article' as const, label: 'This article' },
    { id: 'flagged' as const, label: `Flagged${listing ? ` (${listing.flags.length})` : ''}` },
    { id: 'about' as const, label: 'About the data' },
  ];
  return (
    <main aria-busy={state.kind === 'loading'}>
      <h1 class="visually-hidden">On Record</h1>
      <PanelTabs tabs={tabs} selected={view} onSelect={setView} label="On Record">
        <div aria-live="polite">
          {notice && (
            <p class="notice" role="status">
              {notice.text}{' '}
              <button type="button" class="link" onClick={() => setNotice(null)}>
                Dismiss
              </button>
            </p>
          )}
        </div>
        {/* The form stays while the reader looks at another tab (hidden, with what they typed) and is back with
            "This article". */}
        {editing && (
          <div hidden={view !== 'article'}>
            <FlagForm
              draft={editing.draft}
              existing={editing.existing}
              choices={choices}
              onSave={save}
              onCancel={() => setEditing(null)}
            />
          </div>
        )}
        {view === 'about' && <AboutData stats={stats} />}
        {view === 'flagged' && <FlagsManager flags={flags} />}
        {view === 'article' && !editing && (
          <StateView state={state} onReveal={onReveal} onFlag={(r) => void flagSpan(r)} />
        )}
      </PanelTabs>
    </main>
  );
}

function StateView({
  state,
  onReveal,
  onFlag,
}: {
  state: FeedState;
  onReveal: AppProps['onReveal'];
  onFlag: (r: FlagRequest) => void;
}) {
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
    case 'not-kept':
      return (
        <p class="state" role="status" data-testid="not-kept">
          {state.note.reason === 'evicted'
            ? 'On Record read this page, but its result was set aside to make room for tabs you used more recently (the browser gives all tabs 10 MB).'
            : `On Record read this page, but the browser could not keep its result (${state.note.detail}).`}{' '}
          Click the On Record toolbar button to read it again.
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
        <ArticleView
          data={state.data}
          focus={state.focus}
          onReveal={(s, e) => onReveal(state.data.tabId, s, e)}
          onFlag={onFlag}
        />
      );
    }
  }
}
