/** The browser extension API as a type, so lib/ modules receive it as a parameter instead of importing a global. */
import type { browser } from 'wxt/browser';

export type ExtensionApi = typeof browser;
