import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '@/components/App';
import { createTabFeed } from '@/lib/panel/tab-feed';

const feed = createTabFeed(browser, new URLSearchParams(location.search));
render(<App feed={feed} />, document.getElementById('app')!);
