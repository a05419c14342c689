/** The kinds of highlight On Record paints. Their look is in entrypoints/content/highlights.css. */

export type HighlightKind = 'person' | 'event' | 'quote-known' | 'quote-new' | 'flash';

export const HIGHLIGHT_PREFIX = 'on-record-';
