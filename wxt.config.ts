import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { writeDatasetAssets } from './lib/dataset/build-asset';
import { PANEL_SHORTCUT } from './lib/messaging/panel-help';

const ICONS = Object.fromEntries([16, 32, 48, 128].map((size) => [size, `icon/${size}.png`]));

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact({ prerender: { enabled: false } })],
  }),
  webExt: { disabled: true },
  hooks: {
    // The dataset ships as JSON files that the background reads (a core, then shards as articles name people and
    // events); it is never bundled into the content script.
    'build:publicAssets': (wxt, assets) => {
      assets.push(...writeDatasetAssets(wxt.config.root));
    },
  },
  manifest: ({ browser }) => ({
    name: 'On Record',
    description: 'Source context for news articles: what officials said before, with dates and sources.',
    // Each permission is explained in the README ("Permissions").
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Drawn by lib/cli/draw-icons.ts (`npm run icons`).
    icons: ICONS,
    action: { default_title: 'On Record: open the side panel', default_icon: ICONS },
    // Extension pages load only their own scripts and styles, and talk to nothing but the extension itself.
    content_security_policy: {
      extension_pages:
        "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'; img-src 'self' data:; connect-src 'self'",
    },
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Turn highlights on or off on this page',
      },
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Go to the next highlighted name and show its card',
      },
      // The browser's own command for the toolbar button (Chrome) or the sidebar (Firefox): a shortcut to the panel.
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: PANEL_SHORTCUT },
        description: 'Open the On Record panel',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'on-record@on-record.invalid',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
