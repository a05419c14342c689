import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '@/components/App';
import type { DatasetStats } from '@/lib/dataset/stats';
import type { Message, Reply } from '@/lib/messaging/contract';
import { createFlagApi } from '@/lib/panel/flag-api';
import { createTabFeed } from '@/lib/panel/tab-feed';

const feed = createTabFeed(browser, new URLSearchParams(location.search));
const loadStats = async () => {
  const reply = (await browser.runtime.sendMessage({
    type: 'get-dataset-info',
  } satisfies Message)) as Reply<DatasetStats>;
  return reply?.ok ? reply.value : null;
};
const onReveal = (tabId: number, start: number, end: number) => {
  void browser.runtime.sendMessage({ type: 'reveal-in-page', tabId, start, end } satisfies Message);
};
render(
  <App feed={feed} flags={createFlagApi(browser)} loadStats={loadStats} onReveal={onReveal} />,
  document.getElementById('app')!,
);
