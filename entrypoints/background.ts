import { browser } from 'wxt/browser';
import { createBackground } from '@/lib/background/create-background';

export default defineBackground(() => {
  createBackground(browser);
});
