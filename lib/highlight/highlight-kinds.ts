/** The kinds of highlight On Record paints, and their look: quiet, readable in light and dark pages. */

export type HighlightKind = 'person' | 'event' | 'quote-known' | 'quote-new' | 'flash';

export const HIGHLIGHT_PREFIX = 'on-record-';

/** The CSS for both painting methods: ::highlight() for the Highlight API, the custom element for the fallback. */
export const HIGHLIGHT_CSS = `
::highlight(on-record-person) { background-color: rgba(255, 214, 10, 0.35); }
::highlight(on-record-event) { background-color: rgba(64, 156, 255, 0.25); }
::highlight(on-record-quote-known) { text-decoration: underline dotted rgba(30, 140, 70, 0.9); text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(on-record-quote-new) { text-decoration: underline dotted rgba(120, 120, 120, 0.8); text-decoration-thickness: 1px; text-underline-offset: 3px; }
::highlight(on-record-flash) { background-color: rgba(255, 140, 0, 0.6); }
on-record-mark[data-kind="person"] { background-color: rgba(255, 214, 10, 0.35); color: inherit; }
on-record-mark[data-kind="event"] { background-color: rgba(64, 156, 255, 0.25); color: inherit; }
on-record-mark[data-kind="quote-known"] { text-decoration: underline dotted rgba(30, 140, 70, 0.9); }
on-record-mark[data-kind="quote-new"] { text-decoration: underline dotted rgba(120, 120, 120, 0.8); }
on-record-mark[data-kind="flash"] { background-color: rgba(255, 140, 0, 0.6); }
`;
