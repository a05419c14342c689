/** A flag in the making: what the page says about the words the reader wants to flag, before the form. */
import type { TextPositionSelector, TextQuoteSelector } from './annotation';

export interface PageDescription {
  url: string;
  title: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export interface FlagDraft extends PageDescription {
  speaker: { id: string | null; name: string | null };
  /** True for reported speech (an indirect statement), false for a direct quote. */
  indirect: boolean;
  topics: string[];
}
